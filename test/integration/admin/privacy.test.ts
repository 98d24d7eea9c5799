import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, AdminClient, startAdminHarness, type AdminHarness } from './harness.js';

let harness: AdminHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('the log stream', () => {
  it('never carries passwords, API tokens, session ids or officials\u2019 emails', async () => {
    const h = (harness = await startAdminHarness());
    const secrets: string[] = [ADMIN_PASSWORD];
    const admin = new AdminClient(h.url);
    expect((await admin.login(ADMIN_EMAIL, 'a wrong password typed')).status).toBe(401);
    secrets.push('a wrong password typed');
    expect((await admin.login('nobody-here@province.gov.vn', 'another wrong password')).status).toBe(401);
    secrets.push('another wrong password');
    expect((await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);
    const sessionId = admin.cookie?.split('=')[1];
    expect(sessionId).toBeTruthy();
    secrets.push(String(sessionId));

    const created = await admin.request('POST', '/accounts', {
      email: 'clerk@province.gov.vn',
      password: 'the clerk passphrase',
      roles: ['viewer'],
    });
    expect(created.status).toBe(201);
    secrets.push('the clerk passphrase');
    // A unique violation on the e-mail (the driver's error names the value) is answered, not logged with it.
    const duplicate = await admin.request('POST', '/accounts', {
      email: 'CLERK@province.gov.vn',
      password: 'the clerk passphrase',
      roles: ['viewer'],
    });
    expect(duplicate.status).toBe(409);
    const reset = await admin.request('POST', `/accounts/${String(created.body.id)}/password`, {
      password: 'a reset passphrase',
    });
    expect(reset.status).toBe(204);
    secrets.push('a reset passphrase');
    const token = await admin.request('POST', '/tokens', { name: 'automation' });
    expect(token.status).toBe(201);
    secrets.push(String(token.body.token));
    const robot = new AdminClient(h.url);
    robot.bearer = String(token.body.token);
    expect((await robot.request('GET', '/accounts')).status).toBe(200);
    const changed = await admin.request('POST', '/me/password', {
      currentPassword: ADMIN_PASSWORD,
      newPassword: 'my new passphrase',
    });
    expect(changed.status).toBe(204);
    secrets.push('my new passphrase');

    const log = h.logText();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(log).not.toContain(secret);
    for (const email of [ADMIN_EMAIL, 'clerk@province.gov.vn', 'nobody-here@province.gov.vn']) {
      expect(log).not.toContain(email);
    }
  });
});
