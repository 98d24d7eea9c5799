import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db.js';
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
    const handle = await openDatabase({ url: undefined, dataDir: 'memory://', logger: testLogger() });
    if (migrate) await handle.migrate();
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
