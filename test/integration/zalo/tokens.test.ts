import { asc } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, verifyAuditChain } from '../../../src/admin/index.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import type { CitizenId } from '../../../src/conversation/channel.js';
import { createZaloTokenManager, zaloTokens } from '../../../src/zalo/index.js';
import { adminApiContract } from '../../helpers/admin-api-contract.js';
import { testLogger } from '../../helpers/logger.js';
import { createHarness, eventually, IDENTITY, recordZaloAudit, TEST_ADMIN_ACTOR, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.destroy();
  harness = undefined;
});

function managerFor(h: Harness, options: { autoConnect?: boolean; audit?: boolean } = {}) {
  return createZaloTokenManager({
    db: h.db.db,
    redis: h.redis.redis,
    secretsKey: h.secretsKey,
    oauth: { baseUrl: `${h.server.url}/sandbox/zalo/oauth`, appId: IDENTITY.appId, appSecret: IDENTITY.appSecret },
    logger: testLogger(),
    metrics: createMetrics({ collectDefaults: false }),
    ...(options.audit ? { audit: recordZaloAudit } : {}),
    ...(options.autoConnect ? { autoConnect: { redirectUri: `${h.server.url}/api/admin/zalo/callback` } } : {}),
  });
}

describe('Zalo tokens', () => {
  it('refreshes once when two processes find the token rejected at the same time, and stores it encrypted', async () => {
    harness = await createHarness();
    const h = harness;
    const seed = h.simulator.issueTokens();
    const first = managerFor(h);
    const second = managerFor(h);
    await first.initialize({ accessToken: seed.accessToken, refreshToken: seed.refreshToken });
    await second.initialize({ accessToken: 'ignored', refreshToken: 'ignored' });
    expect(await second.getAccessToken()).toBe(seed.accessToken);

    const [a, b] = await Promise.all([
      first.refreshAfterRejection(seed.accessToken),
      second.refreshAfterRejection(seed.accessToken),
    ]);
    expect(a).toBe(b);
    expect(a).not.toBe(seed.accessToken);
    expect(h.simulator.stats.tokenRequests.refresh_token).toBe(1);

    const [row] = await h.db.db.select().from(zaloTokens);
    expect(row?.accessTokenEnc).not.toContain(a);
    expect(row?.refreshTokenEnc).not.toContain('sbx-rt-');
    expect((await first.status()).state).toBe('active');
  });

  it('marks the OA for reconnection when a refresh is refused, and the admin connect flow restores it', async () => {
    harness = await createHarness();
    const h = harness;
    const tokens = managerFor(h);
    await tokens.initialize({ accessToken: 'stale-access', refreshToken: 'already-used' });
    await expect(tokens.refreshAfterRejection('stale-access')).rejects.toMatchObject({
      code: 'ZALO_TOKEN_REFRESH_FAILED',
    });
    expect((await tokens.status()).state).toBe('reconnect_required');
    await expect(tokens.getAccessToken()).rejects.toMatchObject({ code: 'ZALO_NOT_CONNECTED' });

    // The admin router of the harness uses the harness's manager; both share the same store.
    const denied = await fetch(`${h.server.url}/api/admin/zalo/connect`, { method: 'POST' });
    expect(denied.status).toBe(403);
    const started = await fetch(`${h.server.url}/api/admin/zalo/connect`, {
      method: 'POST',
      headers: { 'x-test-admin': 'yes' },
    });
    const { url } = (await checked('POST', started)) as { url: string };
    expect(new URL(url).searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const consent = await fetch(url, { redirect: 'manual' });
    const callback = consent.headers.get('location') ?? '';
    expect(callback).toContain('/api/admin/zalo/callback?');

    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    const refused = await fetch(forged);
    expect(refused.status).toBe(400);
    expect(((await checked('GET', refused)) as { code: string }).code).toBe('ZALO_OAUTH_STATE_INVALID');

    const done = await fetch(callback);
    expect(done.status).toBe(200);
    expect(await checked('GET', done)).toMatchObject({ connected: true, status: { state: 'active' } });
    const replay = await fetch(callback);
    expect(replay.status).toBe(400);

    const status = await fetch(`${h.server.url}/api/admin/zalo/token`, { headers: { 'x-test-admin': 'yes' } });
    expect(((await checked('GET', status)) as { state: string; oaId: string }).state).toBe('active');
    expect((await tokens.getAccessToken()).startsWith('sbx-at-')).toBe(true);
  });

  it('in sandbox mode connects by itself, also after the simulator forgot every token', async () => {
    harness = await createHarness();
    const h = harness;
    await h.tokens.initialize();
    expect(h.simulator.stats.tokenRequests.authorization_code).toBe(1);
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Ông Ba');
    await h.simulator.act(citizen.id, { type: 'follow' });
    await eventually(() => h.handled.some((e) => e.citizenId === citizen.id));

    h.simulator.forgetTokens();
    await h.sink.send(citizen.id as CitizenId, [{ kind: 'text', text: 'vẫn gửi được' }]);
    await eventually(() => h.simulator.sent.some((m) => m.userId === citizen.id));
    expect(h.simulator.stats.tokenRequests.authorization_code).toBe(2);
    expect((await h.tokens.status()).state).toBe('active');
  });

  it('audits the lost connection (system) and the connect and its callback (the admin who started it)', async () => {
    harness = await createHarness();
    const h = harness;
    const tokens = managerFor(h, { audit: true });
    await tokens.initialize({ accessToken: 'stale-access', refreshToken: 'already-used' });
    await expect(tokens.refreshAfterRejection('stale-access')).rejects.toMatchObject({
      code: 'ZALO_TOKEN_REFRESH_FAILED',
    });

    const started = await fetch(`${h.server.url}/api/admin/zalo/connect`, {
      method: 'POST',
      headers: { 'x-test-admin': 'yes', 'x-request-id': 'connect-request' },
    });
    expect(started.status).toBe(200);
    const { url } = (await started.json()) as { url: string };
    const consent = await fetch(url, { redirect: 'manual' });
    const done = await fetch(consent.headers.get('location') ?? '', {
      headers: { 'x-request-id': 'callback-request' },
    });
    expect(done.status).toBe(200);

    const rows = await h.db.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const admin = {
      actorType: 'account',
      actorAccountId: TEST_ADMIN_ACTOR.type === 'account' ? TEST_ADMIN_ACTOR.accountId : '',
    };
    expect(rows.map((row) => row.action)).toEqual([
      'zalo.seed',
      'zalo.reconnect-required',
      'zalo.connect.start',
      'zalo.connect',
    ]);
    expect(rows[1]).toMatchObject({
      actorType: 'system',
      targetType: 'zalo-oa',
      after: { state: 'reconnect_required' },
    });
    expect(rows[2]).toMatchObject(admin);
    expect(rows[3]).toMatchObject({
      ...admin,
      actorEmail: 'oa-admin@province.gov.vn',
      before: { state: 'reconnect_required' },
      after: { state: 'active' },
    });
    // No token reaches the audit log, and the rows extend one intact chain.
    expect(JSON.stringify(rows)).not.toMatch(/sbx-(at|rt)-|already-used/);
    expect(await verifyAuditChain(h.db.db)).toMatchObject({ ok: true, count: 4 });
  });
});

/** The answer's JSON body, after checking it against the admin API's OpenAPI document. */
async function checked(method: string, response: Response): Promise<unknown> {
  const body: unknown = await response.json();
  adminApiContract.expectToMatch({
    method,
    url: response.url,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body,
  });
  return body;
}
