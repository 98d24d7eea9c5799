import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../../src/platform/db.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';

const MARKING_MIGRATION = '0031_release_made_before_origins';

/** migrations/ as it was before releases were marked: every migration up to the one that marks them. */
function migrationsBeforeMarking(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-before-marking-'));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag === MARKING_MIGRATION);
  if (index < 0) throw new Error(`${MARKING_MIGRATION} is not in the journal`);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe(`marking the releases made before origins were stored, on ${TEST_DB_KIND}`, () => {
  let database: TestDatabase | undefined;
  let before: string | undefined;
  afterAll(async () => {
    await database?.destroy();
    if (before) fs.rmSync(before, { recursive: true, force: true });
  });

  it("marks those without an origin that precede the server's first with one; an editor's name since is not", async () => {
    database = await createTestDatabase({ migrate: false });
    before = migrationsBeforeMarking();
    await database.migrate(before);
    await database.db.execute(sql`
      insert into conversation_releases (name, origin) values
        ('shipped flows and templates', null),
        ('publish help v2', null),
        ('publish help v3', '{"kind":"flow","flowId":"help","title":null,"version":3,"rollback":false}'),
        ('publish help v4', null)`);

    await database.migrate();

    const result = (await database.db.execute(
      sql`select name, made_before_origins from conversation_releases order by id`,
    )) as unknown as { rows: Array<{ name: string; made_before_origins: boolean }> };
    expect(result.rows).toEqual([
      { name: 'shipped flows and templates', made_before_origins: true },
      { name: 'publish help v2', made_before_origins: true },
      { name: 'publish help v3', made_before_origins: false },
      { name: 'publish help v4', made_before_origins: false },
    ]);
    // Releases are still fixed once stored.
    const error: unknown = await database.db
      .execute(sql`update conversation_releases set made_before_origins = false`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ cause: { message: expect.stringMatching(/immutable/) } });
  });
});
