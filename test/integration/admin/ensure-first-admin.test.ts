import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, ensureFirstAdmin, SANDBOX_ADMIN_EMAIL } from '../../../src/admin/index.js';
import { findAccountByEmail } from '../../../src/admin/accounts.js';
import { verifyPassword } from '../../../src/admin/passwords.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

describe('ensureFirstAdmin', () => {
  it('in the sandbox with no ADMIN_* set, creates admin@sandbox.local with a strong generated password, once', async () => {
    db = await createTestDatabase();
    const outcome = await ensureFirstAdmin({ db: db.db, email: undefined, password: undefined, sandbox: true });
    if (outcome.status !== 'generated') throw new Error(`expected generated, got ${outcome.status}`);
    expect(outcome.email).toBe(SANDBOX_ADMIN_EMAIL);
    expect(outcome.password.length).toBeGreaterThanOrEqual(24);
    const account = await findAccountByEmail(db.db, SANDBOX_ADMIN_EMAIL);
    expect(account?.roles).toEqual(['admin']);
    expect(account && (await verifyPassword(account.passwordHash, outcome.password))).toBe(true);
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await ensureFirstAdmin({ db: db.db, email: undefined, password: undefined, sandbox: true })).toEqual({
      status: 'exists',
    });
    const audit = await db.db.select().from(auditLog);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'account.create', actorType: 'system' });
    expect(JSON.stringify(audit[0])).not.toContain(outcome.password);
  });

  it('creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD, and does nothing in production without them', async () => {
    db = await createTestDatabase();
    expect(await ensureFirstAdmin({ db: db.db, email: undefined, password: undefined, sandbox: false })).toEqual({
      status: 'missing',
    });
    const outcome = await ensureFirstAdmin({
      db: db.db,
      email: 'Chief@Province.gov.vn',
      password: 'the chief passphrase',
      sandbox: false,
    });
    expect(outcome).toMatchObject({ status: 'created', email: 'chief@province.gov.vn' });
    const account = await findAccountByEmail(db.db, 'chief@province.gov.vn');
    expect(account && (await verifyPassword(account.passwordHash, 'the chief passphrase'))).toBe(true);
  });

  it('lets exactly one of several processes starting together create the admin', async () => {
    db = await createTestDatabase();
    const database = db.db;
    const outcomes = await Promise.all(
      [1, 2, 3].map(() =>
        ensureFirstAdmin({
          db: database,
          email: 'chief@province.gov.vn',
          password: 'the chief passphrase',
          sandbox: false,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'exists')).toHaveLength(2);
  });
});
