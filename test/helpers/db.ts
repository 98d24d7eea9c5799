import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, type DatabaseHandle } from '../../src/platform/db.js';
import { testLogger } from './logger.js';

/** Which engine integration tests run on: `pglite` (in-memory, default) or `pg` (the PostgreSQL server). */
export const TEST_DB_KIND = process.env.TEST_DB === 'pg' ? 'pg' : 'pglite';

/** Server-level URL used to create and drop throw-away databases. */
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and drops the throw-away database. */
  destroy(): Promise<void>;
  /** The database URL (pg only), for child processes. */
  url: string | undefined;
}

/** A fresh, migrated database of the engine under test; one per test file or test. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (TEST_DB_KIND === 'pglite') {
    if (!migrate) {
      const handle = await openDatabase({ url: undefined, dataDir: 'memory://', logger: testLogger() });
      return { ...handle, url: undefined, destroy: () => handle.close() };
    }
    const handle = await openMigratedPglite();
    return { ...handle, url: undefined, destroy: () => handle.close() };
  }
  const name = `zegov_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), dataDir: '', logger: testLogger(), maxConnections: 5 });
  if (migrate) await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    destroy: async () => {
      await handle.close();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh in-memory PGlite with every migration applied. Creating PGlite from scratch costs seconds (initdb in WASM);
 * loading a dump of an already migrated one costs well under one, so the dump is kept on disk, keyed by the content
 * of migrations/, and shared by every test file.
 */
async function openMigratedPglite(): Promise<DatabaseHandle> {
  const dumpFile = path.join(os.tmpdir(), `zegov-pglite-${await migrationsHash()}.tar`);
  let dump: Blob | undefined;
  try {
    dump = new Blob([await fs.readFile(dumpFile)]);
  } catch {
    const client = await PGlite.create('memory://');
    await migratePglite(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
    const blob = await client.dumpDataDir('none');
    await client.close();
    const temporary = `${dumpFile}.${randomBytes(4).toString('hex')}`;
    await fs.writeFile(temporary, Buffer.from(await blob.arrayBuffer()));
    await fs.rename(temporary, dumpFile);
    dump = blob;
  }
  const client = await PGlite.create({ loadDataDir: dump });
  const db = drizzle(client);
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await client.query('select 1')),
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hash.update(entry.name).update(await fs.readFile(full));
    }
  };
  await walk(MIGRATIONS_DIR);
  return hash.digest('hex').slice(0, 16);
}
