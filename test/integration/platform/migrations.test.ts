import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';

describe(`migrations on ${TEST_DB_KIND}`, () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  async function tableNames(db: TestDatabase): Promise<string[]> {
    const result = (await db.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    )) as unknown as { rows: Array<{ table_name: string }> };
    return result.rows.map((row) => row.table_name);
  }

  it('apply from an empty database and are idempotent', async () => {
    database = await createTestDatabase({ migrate: false });
    expect(await tableNames(database)).toEqual([]);

    await database.migrate();
    const afterFirst = await tableNames(database);
    expect(afterFirst.length).toBeGreaterThan(0);
    expect(afterFirst).toContain('audit_log');

    await database.migrate();
    expect(await tableNames(database)).toEqual(afterFirst);
    const applied = (await database.db.execute(
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    )) as unknown as { rows: Array<{ count: string | number }> };
    const journal = await import('../../../migrations/meta/_journal.json', { with: { type: 'json' } });
    expect(Number(applied.rows[0]?.count)).toBe(journal.default.entries.length);
  });

  // PGlite is single-process by design: concurrent migrators only exist on a PostgreSQL server.
  it.skipIf(TEST_DB_KIND !== 'pg')('can be run by several migrators at once', async () => {
    database = await createTestDatabase({ migrate: false });
    const { openDatabase } = await import('../../../src/platform/db.js');
    const { testLogger } = await import('../../helpers/logger.js');
    const others = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ url: database?.url, dataDir: '', logger: testLogger(), maxConnections: 2 })),
    );
    await Promise.all(others.map((handle) => handle.migrate()));
    await Promise.all(others.map((handle) => handle.close()));
    expect(await tableNames(database)).toContain('audit_log');
  });
});
