// A PostgreSQL database that lives for one benchmark run, on the local server (BENCH_PG_ADMIN_URL, trust auth).
import pg from 'pg';

const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export interface ThrowAwayDatabase {
  /** Connection URL for DATABASE_URL. */
  url: string;
  /** Drops the database, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

/** Creates database `name` (lower-case letters, digits, underscores: it is spliced into DDL, which takes no parameters). */
export async function createThrowAwayDatabase(name: string): Promise<ThrowAwayDatabase> {
  if (!DATABASE_NAME.test(name)) throw new Error(`not a safe database name: ${name}`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
