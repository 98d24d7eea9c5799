import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { adminAccounts, auditLog, recordAudit, withAudit } from '../../../src/admin/index.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, AdminClient, startAdminHarness, type AdminHarness } from './harness.js';

let harness: AdminHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function signedInAdmin(): Promise<{ h: AdminHarness; admin: AdminClient }> {
  harness = await startAdminHarness();
  const admin = new AdminClient(harness.url);
  await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  return { h: harness, admin };
}

async function auditRows(h: AdminHarness, action: string) {
  return h.db.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id);
}

describe('audit log', () => {
  it('records who created an account, with the new state and without the password hash', async () => {
    const { h, admin } = await signedInAdmin();
    const created = await admin.request('POST', '/accounts', {
      email: 'Clerk@Province.gov.vn',
      password: 'the clerk passphrase',
      roles: ['editor', 'viewer'],
    });
    expect(created.status).toBe(201);
    const rows = await auditRows(h, 'account.create');
    const row = rows.at(-1);
    expect(row).toMatchObject({
      actorType: 'account',
      actorAccountId: h.adminId,
      actorEmail: ADMIN_EMAIL,
      targetType: 'account',
      targetId: created.body.id,
      before: null,
      ip: '127.0.0.1',
    });
    expect(row?.requestId).toBeTruthy();
    expect(row?.after).toMatchObject({ email: 'clerk@province.gov.vn', roles: ['editor', 'viewer'], disabled: false });
    expect(JSON.stringify(row)).not.toMatch(/argon2|passphrase/);
  });

  it('records the state before and after an update', async () => {
    const { h, admin } = await signedInAdmin();
    const created = await admin.request('POST', '/accounts', {
      email: 'clerk@province.gov.vn',
      password: 'the clerk passphrase',
      roles: ['viewer'],
    });
    const id = String(created.body.id);
    expect((await admin.request('PATCH', `/accounts/${id}`, { roles: ['approver'], disabled: true })).status).toBe(200);
    const [row] = await auditRows(h, 'account.update');
    expect(row?.before).toMatchObject({ roles: ['viewer'], disabled: false });
    expect(row?.after).toMatchObject({ roles: ['approver'], disabled: true });
  });

  it('writes no audit row when the change fails (duplicate email, any case → 409)', async () => {
    const { h, admin } = await signedInAdmin();
    const before = await auditRows(h, 'account.create');
    const duplicate = await admin.request('POST', '/accounts', {
      email: ADMIN_EMAIL.toUpperCase(),
      password: 'some other passphrase',
      roles: ['viewer'],
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('ADMIN_EMAIL_TAKEN');
    expect(await auditRows(h, 'account.create')).toHaveLength(before.length);
  });

  it('rolls back both the change and its audit row when the work fails after writing them', async () => {
    const { h } = await signedInAdmin();
    const failing = withAudit(h.db.db, { actor: { type: 'system' } }, async (tx) => {
      await tx.insert(adminAccounts).values({ email: 'never@province.gov.vn', passwordHash: 'x', roles: ['viewer'] });
      await recordAudit(tx, { actor: { type: 'system' }, action: 'test.inner', target: { type: 'account' } });
      throw new Error('second step failed');
    });
    await expect(failing).rejects.toThrow('second step failed');
    expect(await h.db.db.select().from(adminAccounts).where(eq(adminAccounts.email, 'never@province.gov.vn'))).toEqual(
      [],
    );
    expect(await auditRows(h, 'test.inner')).toEqual([]);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { h } = await signedInAdmin();
    const rows = await h.db.db.select().from(auditLog);
    expect(rows.length).toBeGreaterThan(0);
    await expect(h.db.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(h.db.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(h.db.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await h.db.db.select().from(auditLog)).toEqual(rows);
  });

  it('lists the log newest first with filters and keyset paging, for admins', async () => {
    const { h, admin } = await signedInAdmin();
    for (const name of ['a', 'b', 'c']) {
      const created = await admin.request('POST', '/accounts', {
        email: `${name}@province.gov.vn`,
        password: 'a long enough password',
        roles: ['viewer'],
      });
      expect(created.status).toBe(201);
    }
    const first = await admin.request('GET', '/audit?action=account.create&limit=3');
    expect(first.status).toBe(200);
    const firstItems = first.body.items as { after: { email: string }; actor: { type: string } }[];
    expect(firstItems.map((item) => item.after.email)).toEqual([
      'c@province.gov.vn',
      'b@province.gov.vn',
      'a@province.gov.vn',
    ]);
    expect(typeof first.body.nextCursor).toBe('string');
    const second = await admin.request(
      'GET',
      `/audit?action=account.create&limit=3&before=${String(first.body.nextCursor)}`,
    );
    const secondItems = second.body.items as { after: { email: string }; actor: { type: string } }[];
    expect(secondItems.map((item) => [item.after.email, item.actor.type])).toEqual([[ADMIN_EMAIL, 'system']]);
    expect(second.body.nextCursor).toBeNull();

    const byTarget = await admin.request('GET', `/audit?targetType=account&targetId=${h.adminId}`);
    const actions = (byTarget.body.items as { action: string }[]).map((item) => item.action);
    expect(actions).toEqual(['auth.login', 'account.create']);

    expect((await admin.request('GET', '/audit?limit=0')).status).toBe(400);
    expect((await admin.request('GET', '/audit?before=abc')).status).toBe(400);
  });

  it('names the API token that made a change', async () => {
    const { h, admin } = await signedInAdmin();
    const token = await admin.request('POST', '/tokens', { name: 'provisioning' });
    const robot = new AdminClient(h.url);
    robot.bearer = String(token.body.token);
    const created = await robot.request('POST', '/accounts', {
      email: 'provisioned@province.gov.vn',
      password: 'a long enough password',
      roles: ['official'],
    });
    expect(created.status).toBe(201);
    const row = (await auditRows(h, 'account.create')).at(-1);
    expect(row).toMatchObject({ actorType: 'token', actorTokenId: token.body.id, actorAccountId: h.adminId });
    const tokenRow = (await auditRows(h, 'api-token.create')).at(-1);
    expect(JSON.stringify(tokenRow)).not.toContain(String(token.body.token));
  });
});
