import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../../src/platform/db.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';

const RELEASES_MIGRATION = '0009_conversation_releases';

/** migrations/ as it was before releases: every migration up to the one that introduces them. */
function migrationsBeforeReleases(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-before-releases-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag === RELEASES_MIGRATION);
  if (index < 0) throw new Error(`${RELEASES_MIGRATION} is not in the journal`);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

async function rows<T>(database: TestDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe(`the releases migration on ${TEST_DB_KIND}`, () => {
  let database: TestDatabase | undefined;
  let before: string | undefined;
  afterAll(async () => {
    await database?.destroy();
    if (before) fs.rmSync(before, { recursive: true, force: true });
  });

  it('turns what was published into release 1, live, so nothing changes for citizens', async () => {
    database = await createTestDatabase({ migrate: false });
    before = migrationsBeforeReleases();
    await database.migrate(before);
    await database.db.execute(sql`
      insert into conversation_flow_versions (flow_id, version, definition) values
        ('help', 1, '{}'), ('help', 2, '{}'), ('menu', 1, '{}')`);
    await database.db.execute(sql`
      insert into conversation_flow_publications (flow_id, version) values ('help', 2), ('menu', 1)`);
    await database.db.execute(sql`
      insert into conversation_template_versions (namespace, language, version, content) values
        ('core', 'vi', 1, '{}'), ('core', 'en', 1, '{}'), ('core', 'en', 2, '{}')`);
    await database.db.execute(sql`
      insert into conversation_template_publications (namespace, language, version) values
        ('core', 'vi', 1), ('core', 'en', 2)`);

    await database.migrate();

    expect(await rows(database, sql`select release_id from conversation_live_release`)).toEqual([{ release_id: 1 }]);
    expect(
      await rows(
        database,
        sql`select flow_id, version from conversation_release_flows where release_id = 1 order by 1`,
      ),
    ).toEqual([
      { flow_id: 'help', version: 2 },
      { flow_id: 'menu', version: 1 },
    ]);
    expect(
      await rows(
        database,
        sql`select language, version from conversation_release_templates where release_id = 1 order by 1`,
      ),
    ).toEqual([
      { language: 'en', version: 2 },
      { language: 'vi', version: 1 },
    ]);
    expect(await rows(database, sql`select release_id, kind from conversation_release_publications`)).toEqual([
      { release_id: 1, kind: 'publish' },
    ]);
    const tables = await rows<{ table_name: string }>(
      database,
      sql`select table_name from information_schema.tables where table_name like 'conversation_%_publications'`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(['conversation_release_publications']);
    // A release is fixed once stored.
    const error: unknown = await database.db
      .execute(sql`update conversation_release_flows set version = 1 where flow_id = 'help'`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ cause: { message: expect.stringMatching(/immutable/) } });
  });

  it('starts a fresh database with no release and the live pointer ready', async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await rows(fresh, sql`select id, release_id from conversation_live_release`)).toEqual([
        { id: 1, release_id: null },
      ]);
      expect(await rows(fresh, sql`select id from conversation_releases`)).toEqual([]);
    } finally {
      await fresh.destroy();
    }
  });
});
