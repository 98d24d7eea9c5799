import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { adminAccounts, auditLog, DEFAULT_LOCKOUT_POLICY } from '../../../src/admin/index.js';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  AdminClient,
  createSignedInAccount,
  startAdminHarness,
  type AdminHarness,
} from './harness.js';

let harness: AdminHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: Parameters<typeof startAdminHarness>[0] = {}): Promise<AdminHarness> {
  harness = await startAdminHarness(options);
  return harness;
}

describe('login', () => {
  it('signs in with the right password and sets a locked-down session cookie', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    const login = await client.login(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ email: ADMIN_EMAIL, roles: ['admin'] });
    const setCookie = login.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/zegov_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);

    const me = await client.request('GET', '/auth/session');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: h.adminId,
      email: ADMIN_EMAIL,
      roles: ['admin'],
      csrfToken: login.body.csrfToken,
    });
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    const h = await start({ publicUrl: 'https://zalo.example.gov.vn' });
    const login = await new AdminClient(h.url).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(login.headers.getSetCookie().join('\n')).toMatch(/; Secure/);
  });

  it('answers a wrong password and an unknown email identically with 401', async () => {
    const h = await start();
    const wrongPassword = await new AdminClient(h.url).login(ADMIN_EMAIL, 'not the right password');
    const unknownEmail = await new AdminClient(h.url).login('nobody@province.gov.vn', 'not the right password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const { requestId: _a, ...wrongBody } = wrongPassword.body;
    const { requestId: _b, ...unknownBody } = unknownEmail.body;
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.code).toBe('ADMIN_INVALID_CREDENTIALS');
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('locks out only the address that guessed, with blocks that double, and lets the owner in from elsewhere', async () => {
    const h = await start();
    const attacker = new AdminClient(h.url, { ip: '203.0.113.66' });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await attacker.login(ADMIN_EMAIL, `wrong password ${attempt}`)).status).toBe(401);
    }
    const fifth = await attacker.login(ADMIN_EMAIL, 'wrong password 5');
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('ADMIN_ACCOUNT_LOCKED');
    expect(Number(fifth.headers.get('retry-after'))).toBe(DEFAULT_LOCKOUT_POLICY.baseBlockSeconds);

    // Even the right password is refused from the blocked address...
    const rightWhileLocked = await attacker.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(rightWhileLocked.status).toBe(423);
    expect(rightWhileLocked.headers.getSetCookie()).toEqual([]);
    // ...but the owner, elsewhere, is not locked out by someone else's guesses.
    expect((await new AdminClient(h.url, { ip: '198.51.100.10' }).login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);

    // Every further wrong password doubles the block.
    const blocks: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      h.clock.advance((blocks.at(-1) ?? DEFAULT_LOCKOUT_POLICY.baseBlockSeconds) * 1000 + 1000);
      const again = await attacker.login(ADMIN_EMAIL, `wrong again ${round}`);
      expect(again.status).toBe(423);
      blocks.push(Number(again.headers.get('retry-after')));
    }
    expect(blocks).toEqual([120, 240, 480]);

    h.clock.advance(481_000);
    expect((await attacker.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    const locks = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.lock'), eq(auditLog.targetId, h.adminId)));
    expect(locks).toHaveLength(4);
    expect(locks[0]).toMatchObject({ actorType: 'system', ip: '203.0.113.66' });
  });

  it('locks an unknown email the same way, so lockout does not reveal which accounts exist', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    const answers: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      answers.push((await client.login('ghost@province.gov.vn', `guess number ${attempt}`)).status);
    }
    expect(answers).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('resets the failure count after a successful login', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    for (let attempt = 1; attempt <= 4; attempt += 1) await client.login(ADMIN_EMAIL, `wrong password ${attempt}`);
    expect((await client.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await client.login(ADMIN_EMAIL, `wrong again ${attempt}`)).status).toBe(401);
    }
  });

  it('rate-limits failed logins per IP with 429 and Retry-After, whatever the account', async () => {
    const h = await start({
      loginLimits: { perIp: { points: 3, durationSeconds: 600 }, lockout: DEFAULT_LOCKOUT_POLICY },
    });
    const client = new AdminClient(h.url);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await client.login(`person${attempt}@province.gov.vn`, 'some wrong password')).status).toBe(401);
    }
    const limited = await client.login('person4@province.gov.vn', 'some wrong password');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('ADMIN_LOGIN_RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits: the limit is checked before any password.
    expect((await client.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(429);
    // Another address is not affected.
    expect((await new AdminClient(h.url, { ip: '198.51.100.10' }).login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });
});

describe('sessions', () => {
  it('expires a session left idle longer than the TTL, and slides while used', async () => {
    const h = await start({ sessionTtlHours: 1 });
    const client = new AdminClient(h.url);
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    h.clock.advance(40 * 60_000);
    expect((await client.request('GET', '/auth/session')).status).toBe(200);
    h.clock.advance(40 * 60_000);
    expect((await client.request('GET', '/auth/session')).status).toBe(200);
    h.clock.advance(61 * 60_000);
    const expired = await client.request('GET', '/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('ADMIN_UNAUTHENTICATED');
  });

  it('answers 401 without a cookie and for an unknown session id', async () => {
    const h = await start();
    const anonymous = new AdminClient(h.url);
    expect((await anonymous.request('GET', '/auth/session')).status).toBe(401);
    anonymous.cookie = 'zegov_session=made-up-session-id';
    expect((await anonymous.request('GET', '/auth/session')).status).toBe(401);
  });

  it('rotates the session id at login and ends the session at logout', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const firstCookie = client.cookie;
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(client.cookie).not.toEqual(firstCookie);
    const stale = new AdminClient(h.url);
    stale.cookie = firstCookie;
    expect((await stale.request('GET', '/auth/session')).status).toBe(401);

    const current = client.cookie;
    expect((await client.request('POST', '/auth/logout')).status).toBe(204);
    const afterLogout = new AdminClient(h.url);
    afterLogout.cookie = current;
    expect((await afterLogout.request('GET', '/auth/session')).status).toBe(401);
  });

  it('ends the sessions of an account that is disabled, telling them and its right password why', async () => {
    const h = await start();
    const { client: official, id } = await createSignedInAccount(h, 'official@province.gov.vn', ['official']);
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await admin.request('PATCH', `/accounts/${id}`, { disabled: true })).status).toBe(200);
    // The open session: told the account is disabled, not that the session expired.
    const session = await official.request('GET', '/auth/session');
    expect(session.status).toBe(401);
    expect(session.body.code).toBe('ADMIN_ACCOUNT_DISABLED');
    // Signing in: the right password learns the account is disabled, a wrong one only that it is wrong, as for an
    // email that has no account.
    const right = await new AdminClient(h.url).login('official@province.gov.vn', 'another long passphrase');
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('ADMIN_ACCOUNT_DISABLED');
    expect(right.headers.getSetCookie()).toEqual([]);
    const wrong = await new AdminClient(h.url).login('official@province.gov.vn', 'not the right password');
    expect(wrong.body.code).toBe('ADMIN_INVALID_CREDENTIALS');
    // Each try of its right password is audited (who and from where, never the password) and counted like a wrong
    // one: the two tries above and three more lock it out from this address.
    for (let attempt = 0; attempt < 2; attempt += 1)
      expect((await new AdminClient(h.url).login('official@province.gov.vn', 'another long passphrase')).status).toBe(
        401,
      );
    const locked = await new AdminClient(h.url).login('official@province.gov.vn', 'another long passphrase');
    expect(locked.body.code).toBe('ADMIN_ACCOUNT_LOCKED');
    const tries = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login.disabled'), eq(auditLog.targetId, id)));
    expect(tries).toHaveLength(4);
    expect(tries[0]).toMatchObject({ actorAccountId: id, targetType: 'account', before: null, after: null });
    expect(JSON.stringify(tries)).not.toContain('another long passphrase');
    const locks = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.lock'), eq(auditLog.targetId, id)));
    expect(locks).toHaveLength(1);
    expect((await admin.request('POST', `/accounts/${id}/unlock`)).status).toBe(200);
    // Enabled again, it signs in.
    expect((await admin.request('PATCH', `/accounts/${id}`, { disabled: false })).status).toBe(200);
    expect((await new AdminClient(h.url).login('official@province.gov.vn', 'another long passphrase')).status).toBe(
      200,
    );
  });

  it('tells a session of an account disabled in the database why it ends', async () => {
    const h = await start();
    const { client: official, id } = await createSignedInAccount(h, 'official@province.gov.vn', ['official']);
    await h.db.db.update(adminAccounts).set({ disabled: true }).where(eq(adminAccounts.id, id));
    expect((await official.request('GET', '/auth/session')).body.code).toBe('ADMIN_ACCOUNT_DISABLED');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated change without the right X-CSRF-Token', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const body = { email: 'new@province.gov.vn', password: 'a long enough password', roles: ['viewer'] };
    const missing = await client.request('POST', '/accounts', body, { csrf: null });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('ADMIN_CSRF_INVALID');
    const wrong = await client.request('POST', '/accounts', body, { csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('ADMIN_CSRF_INVALID');
    expect((await client.request('GET', '/accounts')).body.items).toHaveLength(1);
    expect((await client.request('POST', '/accounts', body)).status).toBe(201);
  });
});

describe('API tokens', () => {
  it('authenticates with a bearer token without CSRF, and stops working once revoked', async () => {
    const h = await start();
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await admin.request('POST', '/tokens', { name: 'nightly import' });
    expect(created.status).toBe(201);
    const token = String(created.body.token);
    expect(token).toMatch(/^zegov_at_/);

    const listed = await admin.request('GET', '/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, name: 'nightly import' })]);

    const robot = new AdminClient(h.url);
    robot.bearer = token;
    const viaToken = await robot.request('POST', '/accounts', {
      email: 'robot-made@province.gov.vn',
      password: 'a long enough password',
      roles: ['viewer'],
    });
    expect(viaToken.status).toBe(201);
    expect((await robot.request('GET', '/auth/session')).body).toMatchObject({ via: 'token', csrfToken: null });

    expect((await admin.request('DELETE', `/tokens/${String(created.body.id)}`)).status).toBe(204);
    const revoked = await robot.request('GET', '/accounts');
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('ADMIN_UNAUTHENTICATED');
  });

  it('refuses an expired token and a made-up one', async () => {
    const h = await start();
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await admin.request('POST', '/tokens', { name: 'short-lived', expiresInDays: 1 });
    const robot = new AdminClient(h.url);
    robot.bearer = String(created.body.token);
    expect((await robot.request('GET', '/accounts')).status).toBe(200);
    h.clock.advance(86_400_000 + 1000);
    expect((await robot.request('GET', '/accounts')).status).toBe(401);
    robot.bearer = 'zegov_at_madeup';
    expect((await robot.request('GET', '/accounts')).status).toBe(401);
  });

  it('gives a token no more than the roles asked for, and never more than its owner holds', async () => {
    const h = await start();
    const { client: viewer } = await createSignedInAccount(h, 'viewer@province.gov.vn', ['viewer']);
    const tooMuch = await viewer.request('POST', '/tokens', { name: 'escalate', roles: ['admin'] });
    expect(tooMuch.status).toBe(403);

    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const readOnly = await admin.request('POST', '/tokens', { name: 'reporting', roles: ['viewer'] });
    const robot = new AdminClient(h.url);
    robot.bearer = String(readOnly.body.token);
    expect((await robot.request('GET', '/auth/session')).body).toMatchObject({ roles: ['viewer'], via: 'token' });
    expect((await robot.request('GET', '/accounts')).status).toBe(403);
    // A token cannot mint tokens.
    expect((await robot.request('POST', '/tokens', { name: 'child' })).status).toBe(403);
  });
});

describe('roles', () => {
  it('answers 403 ADMIN_FORBIDDEN to a role without the permission', async () => {
    const h = await start();
    const { client: viewer } = await createSignedInAccount(h, 'viewer@province.gov.vn', ['viewer']);
    const { client: editor } = await createSignedInAccount(h, 'editor@province.gov.vn', ['editor']);
    const listAccounts = await viewer.request('GET', '/accounts');
    expect(listAccounts.status).toBe(403);
    expect(listAccounts.body.code).toBe('ADMIN_FORBIDDEN');
    // The audit log names every official and every conversation read: admins only.
    expect((await viewer.request('GET', '/audit')).status).toBe(403);
    expect((await editor.request('GET', '/audit')).status).toBe(403);
    const create = await editor.request('POST', '/accounts', {
      email: 'sneaky@province.gov.vn',
      password: 'a long enough password',
      roles: ['admin'],
    });
    expect(create.status).toBe(403);
  });

  it('refuses to remove the last enabled admin', async () => {
    const h = await start();
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const demote = await admin.request('PATCH', `/accounts/${h.adminId}`, { roles: ['viewer'] });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('ADMIN_LAST_ADMIN');
    expect((await admin.request('GET', '/auth/session')).body.roles).toEqual(['admin']);
  });

  it('refuses an admin disabling their own account or dropping their own admin role; another admin may', async () => {
    const h = await start();
    const { client: second, id } = await createSignedInAccount(h, 'second-admin@province.gov.vn', ['admin']);
    const disable = await second.request('PATCH', `/accounts/${id}`, { disabled: true });
    expect(disable.status).toBe(409);
    expect(disable.body).toMatchObject({ code: 'ADMIN_OWN_ACCOUNT', errors: { reason: 'disable' } });
    const demote = await second.request('PATCH', `/accounts/${id}`, { roles: ['editor'] });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ code: 'ADMIN_OWN_ACCOUNT', errors: { reason: 'demote' } });
    // Through an API token of theirs too.
    const token = await second.request('POST', '/tokens', { name: 'script', roles: ['admin'] });
    const script = new AdminClient(h.url);
    script.bearer = String(token.body.token);
    expect((await script.request('PATCH', `/accounts/${id}`, { disabled: true })).body.code).toBe('ADMIN_OWN_ACCOUNT');
    // Still signed in and an admin; adding a role to oneself is no loss of access.
    expect((await second.request('GET', '/auth/session')).body).toMatchObject({ roles: ['admin'] });
    expect((await second.request('PATCH', `/accounts/${id}`, { roles: ['admin', 'editor'] })).status).toBe(200);

    const first = new AdminClient(h.url);
    await first.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await first.request('PATCH', `/accounts/${id}`, { roles: ['editor'] })).status).toBe(200);
    expect((await first.request('PATCH', `/accounts/${id}`, { disabled: true })).status).toBe(200);
    expect((await second.request('GET', '/auth/session')).status).toBe(401);
    // The refusals changed nothing and left no audit entry.
    const updates = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.update'), eq(auditLog.targetId, id)));
    expect(updates).toHaveLength(3);
  });

  it('leaves an enabled admin when two admins disable each other at once', async () => {
    const h = await start();
    const { id } = await createSignedInAccount(h, 'second-admin@province.gov.vn', ['admin']);
    const enabledAdmins = async () =>
      (await h.db.db.select().from(adminAccounts)).filter((row) => !row.disabled && row.roles.includes('admin'));
    // Each round starts with both enabled and signed in; a race lost once is enough to leave nobody.
    for (let round = 0; round < 8; round += 1) {
      const first = new AdminClient(h.url);
      await first.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      const second = new AdminClient(h.url);
      await second.login('second-admin@province.gov.vn', 'another long passphrase');
      const answers = await Promise.all([
        first.request('PATCH', `/accounts/${id}`, { disabled: true }),
        second.request('PATCH', `/accounts/${h.adminId}`, { disabled: true }),
      ]);
      expect(
        answers.filter((answer) => answer.status === 200),
        `round ${round}`,
      ).toHaveLength(1);
      const [left] = await enabledAdmins();
      expect(left, `round ${round}`).toBeDefined();
      const survivor = left?.id === h.adminId ? first : second;
      expect(
        (await survivor.request('PATCH', `/accounts/${left?.id === h.adminId ? id : h.adminId}`, { disabled: false }))
          .status,
      ).toBe(200);
    }
  });
});

describe('passwords', () => {
  it('changes the own password, ending other sessions, and resets another account with its lockout', async () => {
    const h = await start();
    const { id } = await createSignedInAccount(h, 'forgetful@province.gov.vn', ['editor']);
    const first = new AdminClient(h.url);
    const second = new AdminClient(h.url);
    await first.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await second.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const wrongCurrent = await first.request('POST', '/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new passphrase',
    });
    expect(wrongCurrent.status).toBe(400);
    expect(
      (
        await first.request('POST', '/me/password', {
          currentPassword: ADMIN_PASSWORD,
          newPassword: 'a brand new passphrase',
        })
      ).status,
    ).toBe(204);
    expect((await first.request('GET', '/auth/session')).status).toBe(200);
    expect((await second.request('GET', '/auth/session')).status).toBe(401);
    expect((await new AdminClient(h.url).login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(401);

    const stranger = new AdminClient(h.url);
    for (let attempt = 1; attempt <= 5; attempt += 1)
      await stranger.login('forgetful@province.gov.vn', `guess ${attempt} wrong`);
    expect((await stranger.login('forgetful@province.gov.vn', 'another long passphrase')).status).toBe(423);
    expect((await first.request('POST', `/accounts/${id}/password`, { password: 'issued by the admin' })).status).toBe(
      204,
    );
    expect((await new AdminClient(h.url).login('forgetful@province.gov.vn', 'issued by the admin')).status).toBe(200);
  });
});

describe('account unlock', () => {
  it('lets an admin unlock a locked account before the lockout ends', async () => {
    const h = await start();
    const { id } = await createSignedInAccount(h, 'locked@province.gov.vn', ['official']);
    const stranger = new AdminClient(h.url);
    for (let attempt = 1; attempt <= 5; attempt += 1)
      await stranger.login('locked@province.gov.vn', `guess ${attempt} wrong`);
    expect((await new AdminClient(h.url).login('locked@province.gov.vn', 'another long passphrase')).status).toBe(423);
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const listed = await admin.request('GET', '/accounts');
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id, blockedAddresses: 1 }));
    const unlocked = await admin.request('POST', `/accounts/${id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ id, blockedAddresses: 0, unlockedAddresses: 1 });
    const audit = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.unlock'), eq(auditLog.targetId, id)));
    expect(audit).toEqual([
      expect.objectContaining({
        actorAccountId: h.adminId,
        before: { blockedAddresses: 1 },
        after: { blockedAddresses: 0 },
      }),
    ]);
    expect((await new AdminClient(h.url).login('locked@province.gov.vn', 'another long passphrase')).status).toBe(200);
  });
});

describe('when Redis is down', () => {
  it('answers 503 ADMIN_UNAVAILABLE instead of letting anyone in or hanging', async () => {
    const h = await start();
    const client = new AdminClient(h.url);
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    h.redis.redis.disconnect();
    const session = await client.request('GET', '/auth/session');
    expect(session.status).toBe(503);
    expect(session.body.code).toBe('ADMIN_UNAVAILABLE');
    const login = await new AdminClient(h.url).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(login.status).toBe(503);
  });
});

describe('password change limits', () => {
  it('counts wrong current passwords like failed logins: a stolen session cannot guess the password', async () => {
    const h = await start();
    const thief = new AdminClient(h.url, { ip: '203.0.113.66' });
    await thief.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const answers: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const change = await thief.request('POST', '/me/password', {
        currentPassword: `guess number ${attempt}`,
        newPassword: 'a takeover passphrase',
      });
      answers.push(change.status);
      if (change.status === 423) expect(Number(change.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(answers).toEqual([400, 400, 400, 400, 423, 423]);
    const right = await thief.request('POST', '/me/password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: 'a takeover passphrase',
    });
    expect(right.status).toBe(423);
    expect(right.body.code).toBe('ADMIN_ACCOUNT_LOCKED');
    expect((await new AdminClient(h.url).login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });
});

describe('session lifetime', () => {
  it('ends a session at its absolute lifetime however busy it is', async () => {
    const h = await start({ sessionTtlHours: 8, sessionMaxHours: 12 });
    const client = new AdminClient(h.url);
    await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    for (let hour = 1; hour <= 11; hour += 1) {
      h.clock.advance(3_600_000);
      expect((await client.request('GET', '/auth/session')).status, `hour ${hour}`).toBe(200);
    }
    h.clock.advance(3_600_000 + 1000);
    const expired = await client.request('GET', '/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('ADMIN_UNAUTHENTICATED');
    expect((await client.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
  });
});

describe('password policy', () => {
  it.each([
    ['twelve spaces', ' '.repeat(12), 'blank'],
    ['eleven characters', 'elevenchars', 'too-short'],
    ['twelve code points that normalise to six', 'e\u0301'.repeat(6), 'too-short'],
    ['129 characters', 'đ'.repeat(129), 'too-long'],
    ['a common password', 'password1234', 'too-common'],
    ['a variant of a common one', 'Password1234!', 'too-common'],
    ['a keyboard walk', 'qwertyuiopasdfgh', 'too-common'],
    ['a repetition', 'abcabcabcabcabc', 'too-common'],
    ['the e-mail itself', 'clerk@province.gov.vn!', 'contains-email'],
  ])('refuses %s with 422 ADMIN_PASSWORD_WEAK', async (_label, password, reason) => {
    const h = (harness ??= await startAdminHarness());
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const created = await admin.request('POST', '/accounts', {
      email: 'clerk@province.gov.vn',
      password,
      roles: ['viewer'],
    });
    expect(created.status).toBe(422);
    expect(created.body).toMatchObject({ code: 'ADMIN_PASSWORD_WEAK', errors: { reason } });
  });

  it('applies to resets and changes, and counts characters after NFKC (Vietnamese typed either way signs in)', async () => {
    const h = await start();
    const admin = new AdminClient(h.url);
    await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const weakReset = await admin.request('POST', `/accounts/${h.adminId}/password`, { password: '123456789012' });
    expect(weakReset.status).toBe(422);
    const weakChange = await admin.request('POST', '/me/password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: `${ADMIN_EMAIL} x`,
    });
    expect(weakChange.body).toMatchObject({ code: 'ADMIN_PASSWORD_WEAK', errors: { reason: 'contains-email' } });
    // The current password again changes nothing: refused, by its own code.
    const unchanged = await admin.request('POST', '/me/password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: ADMIN_PASSWORD,
    });
    expect(unchanged.status).toBe(422);
    expect(unchanged.body.code).toBe('ADMIN_PASSWORD_UNCHANGED');

    const composed = 'Đường lên Sa Pa mùa đông'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const changed = await admin.request('POST', '/me/password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: composed,
    });
    expect(changed.status).toBe(204);
    expect((await new AdminClient(h.url).login(ADMIN_EMAIL, decomposed)).status).toBe(200);
  });
});
