import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, recordAudit, recordAuditCheckpoint, verifyAuditChain, withAudit } from '../../../src/admin/index.js';
import { MIGRATIONS_DIR } from '../../../src/platform/db.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';
import { capturingLogger, testLogger } from '../../helpers/logger.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  AdminClient,
  createSignedInAccount,
  startAdminHarness,
  type AdminHarness,
} from './harness.js';

const run = promisify(execFile);

// The first migrated database of a run may have to build the shared PGlite dump: do it under the hook's longer timeout.
beforeAll(async () => {
  await (await createTestDatabase()).destroy();
});

let harness: AdminHarness | undefined;
let extraDb: TestDatabase | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  await extraDb?.destroy();
  extraDb = undefined;
});

/** An admin harness whose log holds `count` account creations after the first admin's own rows. */
async function withAccounts(count: number): Promise<{ h: AdminHarness; admin: AdminClient }> {
  harness = await startAdminHarness();
  const admin = new AdminClient(harness.url);
  await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  for (let i = 0; i < count; i += 1) {
    const created = await admin.request('POST', '/accounts', {
      email: `clerk${i}@province.gov.vn`,
      password: 'a long enough password',
      roles: ['viewer'],
    });
    expect(created.status).toBe(201);
  }
  return { h: harness, admin };
}

/** What someone who owns the table can do: switch the append-only trigger off, change rows, switch it on again. */
async function asOwner(h: AdminHarness, statement: SQL): Promise<void> {
  await h.db.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  });
}

async function rows(h: AdminHarness) {
  return h.db.db.select().from(auditLog).orderBy(asc(auditLog.seq));
}

describe('audit hash chain', () => {
  it('links every row to the one before, whatever the inserter claims', async () => {
    const { h } = await withAccounts(2);
    await h.db.db.execute(
      sql`insert into audit_log (actor_type, action, target_type, seq, prev_hash, hash) values ('system', 'test.forge', 'x', 1, 'x', 'y')`,
    );
    const all = await rows(h);
    expect(all.map((row) => row.seq)).toEqual(all.map((_, index) => index + 1));
    for (const [index, row] of all.entries()) {
      expect(row.prevHash).toBe(index === 0 ? '0'.repeat(64) : all[index - 1]?.hash);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const report = await verifyAuditChain(h.db.db);
    expect(report).toMatchObject({ ok: true, count: all.length, head: { seq: all.length, hash: all.at(-1)?.hash } });
  });

  it('reports an edited row, through the verify API too', async () => {
    const { h, admin } = await withAccounts(3);
    const target = (await rows(h))[2];
    await asOwner(h, sql`update audit_log set after = '{"roles": ["admin"]}' where id = ${target?.id}`);
    const report = await verifyAuditChain(h.db.db);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ kind: 'edited', seq: 3, id: String(target?.id) });
    expect(report.count).toBe(2);

    const answer = await admin.request('GET', '/audit/verify');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, broken: { kind: 'edited', seq: 3 } });
  });

  it('reports a row deleted from the middle', async () => {
    const { h } = await withAccounts(3);
    await asOwner(h, sql`delete from audit_log where seq = 2`);
    expect((await verifyAuditChain(h.db.db)).broken).toMatchObject({ kind: 'missing', seq: 2 });
  });

  it('detects the newest rows deleted, against the recorded checkpoint and against the logged head', async () => {
    const { h } = await withAccounts(3);
    const { logger, lines } = capturingLogger('info');
    const checkpoint = await recordAuditCheckpoint(h.db.db, logger);
    expect(checkpoint.ok).toBe(true);
    const logged = lines()
      .map((line) => JSON.parse(line) as { msg: string; auditHead?: string })
      .find((line) => line.msg === 'audit chain head');
    const head = checkpoint.head;
    expect(logged?.auditHead).toBe(`${head?.seq}:${head?.hash}`);

    await asOwner(h, sql`delete from audit_log where seq >= ${(head?.seq ?? 0) - 1}`);
    const report = await verifyAuditChain(h.db.db);
    expect(report.broken).toMatchObject({ kind: 'truncated', seq: (head?.seq ?? 0) - 1 });

    // Whoever can delete rows can delete checkpoints too; the head in the logs still tells.
    await h.db.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_checkpoints disable trigger audit_checkpoints_no_update_delete`);
      await tx.execute(sql`delete from audit_checkpoints`);
      await tx.execute(sql`alter table audit_checkpoints enable trigger audit_checkpoints_no_update_delete`);
    });
    expect((await verifyAuditChain(h.db.db)).ok).toBe(true);
    const againstLog = await verifyAuditChain(h.db.db, { expectHead: head ?? undefined });
    expect(againstLog.broken).toMatchObject({ kind: 'truncated' });
  });

  it('detects a rewrite of the whole table against a head seen earlier', async () => {
    const { h, admin } = await withAccounts(2);
    const head = (await recordAuditCheckpoint(h.db.db, testLogger())).head;
    // Rewrite row 2 and rehash everything from there, as the table's owner could with the database's own function.
    await asOwner(
      h,
      sql.raw(`
        do $$ declare r record; previous text; begin
          update audit_log set action = 'forged' where seq = 2;
          for r in select * from audit_log where seq >= 2 order by seq loop
            select hash into previous from audit_log where seq = r.seq - 1;
            update audit_log set prev_hash = previous, hash = audit_log_hash(r.id, r.seq, r.occurred_at, r.actor_type,
              r.actor_account_id, r.actor_email, r.actor_token_id, r.action, r.target_type, r.target_id, r.before,
              r.after, r.request_id, r.ip, previous) where id = r.id;
          end loop; end $$`),
    );
    const report = await verifyAuditChain(h.db.db);
    expect(report.broken).toMatchObject({ kind: 'rewritten', seq: head?.seq });
    const answer = await admin.request('GET', `/audit/verify?expectHead=${head?.seq}:${head?.hash}`);
    expect(answer.body).toMatchObject({ ok: false, broken: { kind: 'rewritten' } });
  });

  it('keeps one unbroken chain under concurrent audited changes', async () => {
    const { h } = await withAccounts(0);
    const before = (await rows(h)).length;
    const writers = Array.from({ length: 24 }, (_, i) =>
      withAudit(h.db.db, { actor: { type: 'system' } }, async (tx) => {
        await recordAudit(tx, { actor: { type: 'system' }, action: 'test.first', target: { type: 't', id: `${i}` } });
        return { result: i, audit: { action: 'test.second', target: { type: 't', id: `${i}` } } };
      }),
    );
    await Promise.all(writers);
    const report = await verifyAuditChain(h.db.db);
    expect(report).toMatchObject({ ok: true, count: before + 48 });
    // Both rows of one transaction are adjacent: the lock is held until commit.
    const all = (await rows(h)).filter((row) => row.action.startsWith('test.'));
    for (let i = 0; i < all.length; i += 2) {
      expect(all[i + 1]?.targetId).toBe(all[i]?.targetId);
      expect(all[i + 1]?.seq).toBe((all[i]?.seq ?? 0) + 1);
    }
  });

  it('lets admins verify, not viewers, and refuses a malformed head', async () => {
    const { h, admin } = await withAccounts(0);
    const ok = await admin.request('GET', '/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, broken: null, headsChecked: 0 });
    const { client: viewer } = await createSignedInAccount(h, 'viewer@province.gov.vn', ['viewer']);
    expect((await viewer.request('GET', '/audit/verify')).status).toBe(403);
    const bad = await admin.request('GET', '/audit/verify?expectHead=12:nothex');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
  });

  it('seals rows written before the chain existed, when the migration adds it', async () => {
    extraDb = await createTestDatabase({ migrate: false });
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-migrations-'));
    try {
      // The migrations as they were before the chain.
      await fs.mkdir(path.join(folder, 'meta'));
      const journal = JSON.parse(await fs.readFile(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
        entries: { tag: string }[];
      };
      const chain = journal.entries.findIndex((entry) => entry.tag.endsWith('_audit_log_hash_chain'));
      expect(chain).toBeGreaterThan(0);
      const earlier = journal.entries.slice(0, chain);
      await fs.writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: earlier }));
      for (const entry of earlier) {
        await fs.copyFile(path.join(MIGRATIONS_DIR, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
      }
      await extraDb.migrate(folder);
      await extraDb.db.execute(
        sql`insert into audit_log (actor_type, action, target_type, after) values ('system', 'old.one', 'x', '{"n": 1}'), ('system', 'old.two', 'x', null)`,
      );
      await extraDb.migrate(MIGRATIONS_DIR);
      await recordAudit(extraDb.db, { actor: { type: 'system' }, action: 'new.one', target: { type: 'x' } });
      const report = await verifyAuditChain(extraDb.db);
      expect(report).toMatchObject({ ok: true, count: 3 });
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });

  it.skipIf(TEST_DB_KIND !== 'pg')('npm run audit:verify prints OK, or the broken row and exits 1', async () => {
    const { h } = await withAccounts(2);
    const env = { ...process.env, DATABASE_URL: h.db.url, SANDBOX: 'true', LOG_LEVEL: 'silent' };
    const cli = ['tsx', path.resolve('src/cli/audit-verify.ts')];
    const ok = await run('npx', cli, { env });
    expect(ok.stdout).toMatch(/^Audit chain OK: \d+ rows, head seq \d+, hash [0-9a-f]{64}/);

    await asOwner(h, sql`update audit_log set actor_email = 'someone@else.vn' where seq = 2`);
    const failed = await run('npx', cli, { env }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('BROKEN at row seq 2');
    expect(failed.stdout).toContain('edited');
  });
});
