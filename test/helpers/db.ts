import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase, pgliteStartParams, type DatabaseHandle } from '../../src/platform/db.js';
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
  const template = migrate ? `template ${await migratedPgTemplate()}` : '';
  await withAdminClient((client) => client.query(`create database ${name} ${template}`));
  const handle = await openDatabase({ url: databaseUrl(name), dataDir: '', logger: testLogger(), maxConnections: 5 });
  return {
    ...handle,
    url: databaseUrl(name),
    destroy: async () => {
      await handle.close();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The name of a PostgreSQL database with every migration applied, kept on the server as a template and keyed by the
 * content of migrations/: copying it (`create database … template …`) costs a fraction of migrating each test's
 * database. Built once under an advisory lock, so parallel test workers (and checkouts) never race to create it.
 */
let pgTemplate: Promise<string> | undefined;
function migratedPgTemplate(): Promise<string> {
  pgTemplate ??= (async () => {
    const name = `zegov_template_${await migrationsHash()}`;
    await withAdminClient(async (client) => {
      await client.query(`select pg_advisory_lock(hashtext('zegov-test-template'))`);
      try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (rowCount) return;
        // Built under another name and renamed when complete: a half-migrated template is never visible.
        const building = `${name}_building`;
        await client.query(`drop database if exists ${building}`);
        await client.query(`create database ${building}`);
        const handle = await openDatabase({ url: databaseUrl(building), dataDir: '', logger: testLogger() });
        try {
          await handle.migrate();
        } finally {
          await handle.close();
        }
        await client.query(`alter database ${building} rename to ${name}`);
      } finally {
        await client.query(`select pg_advisory_unlock(hashtext('zegov-test-template'))`);
      }
    });
    return name;
  })();
  return pgTemplate;
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
  // The server's settings (a 16 MB buffer pool), so the tests' load runs on the memory a server has.
  const client = await PGlite.create({
    loadDataDir: dump,
    startParams: pgliteStartParams(PGlite.defaultStartParams),
    ...(await pgliteBinaries()),
  });
  const db = drizzle(client);
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await client.query('select 1')),
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/**
 * PGlite's WebAssembly, compiled once per test process and shared by its databases: compiling it is a good part of
 * what opening a PGlite costs.
 */
let binaries: Promise<Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>> | undefined;
function pgliteBinaries() {
  binaries ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [pglite, initdb, bundle] = await Promise.all(
      ['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((file) => fs.readFile(path.join(dist, file))),
    );
    return {
      pgliteWasmModule: await compileWasm(pglite!),
      initdbWasmModule: await compileWasm(initdb!),
      fsBundle: new Blob([bundle!]),
    };
  })();
  return binaries;
}

// The server's type settings know WebAssembly's types but not its global object.
const { compile: compileWasm } = (
  globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } }
).WebAssembly;

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
