import axios from 'axios';
import { sql } from 'drizzle-orm';
import express, { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adminAccounts } from '../../../src/admin/index.js';
import { createApp } from '../../../src/app.js';
import { readConfig } from '../../../src/config.js';
import { maskLongIds } from '../../../src/platform/logger.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';
import { capturingLogger } from '../../helpers/logger.js';
import { listen, type RunningServer } from '../../helpers/http.js';

describe('the log stream', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  it('never receives secrets or citizens’ personal data', async () => {
    const secrets = {
      appSecret: 'app-secret-6f1c2a',
      oaKey: 'oa-secret-key-99b1',
      bearer: 'bearer-token-7d2e51',
      cookie: 'session-cookie-1a2b3c',
      password: 'correct horse battery staple',
      phone: '0912345678',
      name: 'Nguyễn Văn An',
    };
    const { logger, text } = capturingLogger('trace');
    const router = Router();
    router.post('/echo', (req, res) => {
      req.log.info({ citizen: { name: secrets.name, phone: secrets.phone }, password: secrets.password }, 'handled');
      res.json({ ok: true });
    });
    router.get('/boom', () => {
      throw new Error('database exploded');
    });
    const app = createApp({
      logger,
      metrics: createMetrics({ collectDefaults: false }),
      readiness: [],
      mounts: [{ path: '/t', router }],
    });
    server = await listen(app);

    const config = readConfig({
      ZALO_APP_ID: '1',
      ZALO_APP_SECRET: secrets.appSecret,
      ZALO_OA_SECRET_KEY: secrets.oaKey,
      SECRETS_KEY: 'b'.repeat(64),
      LGSP_BASE_URL: 'https://lgsp.example.gov.vn',
      PROVINCE_NAME: 'tỉnh Thử Nghiệm',
      PROVINCE_HOTLINE: '0222 3 000 000',
      PROVINCE_OFFICE_ADDRESS: 'Số 2 đường Thử',
      PROVINCE_PORTAL_URL: 'https://dichvucong.example.gov.vn/',
    });
    logger.info({ zalo: config.zalo }, 'configuration loaded');
    logger.info({ accessToken: secrets.bearer, refresh_token: secrets.bearer }, 'token rotated');

    await fetch(`${server.url}/t/echo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secrets.bearer}`, cookie: `zegov_session=${secrets.cookie}` },
    });
    // A Zalo user id: in an admin path, in an event key (events without a message id name the citizen), in a child
    // logger's bindings; lines stay correlatable by a short hash of it.
    const zaloUserId = '6142494823000000777';
    await fetch(`${server.url}/t/citizens/${zaloUserId}/personal-data`);
    logger.child({ eventKey: `follow:${zaloUserId}:1764000000000` }).info('event handled');
    logger.info({ citizenId: zaloUserId, effectKey: `follow:${zaloUserId}:1/welcome.say#0` }, 'effect performed');
    const boom = await fetch(`${server.url}/t/boom?phone=${secrets.phone}`);
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('database exploded');

    const logged = text();
    expect(logged).toContain('configuration loaded');
    expect(logged).toContain('request completed');
    expect(logged).toContain('database exploded'); // the 500 is logged once, server-side
    for (const [kind, value] of Object.entries(secrets)) {
      expect(logged, `${kind} leaked into the log`).not.toContain(value);
    }
    expect(logged).not.toContain(zaloUserId);
    expect(logged).toContain(`/t/citizens/${maskLongIds(zaloUserId)}/personal-data`);
    expect(logged).toContain(`"eventKey":"follow:${maskLongIds(zaloUserId)}:1764000000000"`);
  });
});

describe('the light access log of ingress routes (Zalo webhook)', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  async function serve(level: string) {
    const { logger, lines } = capturingLogger(level);
    const metrics = createMetrics({ collectDefaults: false });
    const router = Router();
    router.post('/', (req, res) => {
      if (req.get('x-zevent-signature') !== 'mac=good') {
        res.status(401).json({ code: 'ZALO_SIGNATURE_INVALID' });
        return;
      }
      res.json({ received: true });
    });
    router.post('/boom', () => {
      throw new Error('queue exploded');
    });
    const app = createApp({
      logger,
      metrics,
      readiness: [],
      mounts: [],
      ingress: [{ path: '/webhooks/zalo', router }],
    });
    server = await listen(app);
    const access = () =>
      lines()
        .map((line) => JSON.parse(line) as { level: number; msg: string; req?: { id: string; url: string } })
        .filter((entry) => entry.req !== undefined);
    return { url: `${server.url}/webhooks/zalo`, lines, access, metrics };
  }

  it('writes failures at warn and error, redacted and masked, acknowledgements only at debug, and counts every request', async () => {
    const zaloUserId = '6142494823000000777';
    const signature = 'mac=0123456789abcdef-secret-signature';
    const { url, lines, access, metrics } = await serve('info');

    const ok = await fetch(url, { method: 'POST', headers: { 'x-zevent-signature': 'mac=good' }, body: '{}' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'x-zevent-signature': signature, 'x-request-id': 'zalo-retry-1' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('zalo-retry-1');
    const boom = await fetch(`${url}/boom`, { method: 'POST', body: '{}' });
    expect(boom.status).toBe(500);
    const unknown = await fetch(`${url}/${zaloUserId}?token=query-secret-1`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    await eventually(() => access().length === 3);
    const entries = access();
    // The acknowledgement's line is debug: not written at info.
    expect(entries.map((entry) => [entry.level, entry.msg])).toEqual([
      [40, 'request completed'],
      [50, 'request errored'],
      [40, 'request completed'],
    ]);
    expect(entries[0]?.req?.id).toBe('zalo-retry-1');
    expect(entries[2]?.req?.url).toBe(`/webhooks/zalo/${maskLongIds(zaloUserId)}`);
    const logged = lines().join('\n');
    for (const secret of [signature, 'query-secret-1', zaloUserId]) expect(logged).not.toContain(secret);
    expect(logged).toContain('queue exploded'); // the 500 is logged by the error handler

    const observed = await metrics.httpRequestDuration.get();
    const counts = observed.values
      .filter((value) => value.metricName?.endsWith('_count'))
      .map((value) => `${value.labels.route} ${value.labels.status}`);
    expect(counts.sort()).toEqual([
      '/webhooks/zalo/ 200',
      '/webhooks/zalo/ 401',
      '/webhooks/zalo/boom 500',
      'unmatched 404',
    ]);
  });

  it("writes the sandbox's own requests at debug and everything else at info", async () => {
    const { logger, lines } = capturingLogger('info');
    const router = Router();
    router.get('/ping', (_req, res) => res.json({ ok: true }));
    const app = createApp({
      logger,
      metrics: createMetrics({ collectDefaults: false }),
      readiness: [],
      mounts: [
        { path: '/sandbox/zalo', router },
        { path: '/api/admin', router },
      ],
    });
    server = await listen(app);
    expect((await fetch(`${server.url}/sandbox/zalo/ping`)).status).toBe(200);
    expect((await fetch(`${server.url}/sandbox/zalo/nothing-here`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/admin/ping`)).status).toBe(200);
    await eventually(() => lines().filter((line) => line.includes('request completed')).length === 2);
    const access = lines()
      .filter((line) => line.includes('request completed'))
      .map((line) => JSON.parse(line) as { level: number; req: { url: string } });
    // The phone page's polls stay out of a newcomer's terminal; a failure in the sandbox is still written.
    expect(access.map((entry) => [entry.level, entry.req.url])).toEqual([
      [40, '/sandbox/zalo/nothing-here'],
      [30, '/api/admin/ping'],
    ]);
  });

  it('writes the acknowledgement line when debug is on', async () => {
    const { url, access } = await serve('debug');
    const ok = await fetch(url, { method: 'POST', headers: { 'x-zevent-signature': 'mac=good' }, body: '{}' });
    expect(ok.status).toBe(200);
    await eventually(() => access().length === 1);
    expect(access()[0]).toMatchObject({ level: 20, msg: 'request completed', req: { url: '/webhooks/zalo' } });
  });
});

async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('errors in the log stream', () => {
  let database: TestDatabase | undefined;
  const servers: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((running) => running.close()));
    await database?.destroy();
    database = undefined;
  });

  // Canary values: each one is personal data a failing call carried; none may reach the log stream.
  const CANARY = {
    name: 'Trần Thị Canary',
    phone: '0987654321',
    email: 'canary.official@province.gov.vn',
    text: 'canary-message-7f3a9c',
    token: 'canary-token-51d0e2',
  };

  it(`keeps values out of every logged failure (database on ${TEST_DB_KIND}, HTTP calls, validation)`, async () => {
    database = await createTestDatabase();
    const db = database.db;
    const { logger, text, lines } = capturingLogger('trace');

    // 1. Failures inside a request, logged once by the error middleware and by the access log (real 500 path).
    const router = Router();
    router.get('/cast', async () => {
      await db.execute(sql`select ${CANARY.text}::int as n, ${CANARY.name}::text as who`);
    });
    router.get('/duplicate', async () => {
      const values = { email: CANARY.email, passwordHash: CANARY.token, roles: ['viewer'] };
      await db.insert(adminAccounts).values(values);
      await db.insert(adminAccounts).values(values);
    });
    router.get('/not-null', async () => {
      await db.execute(sql`insert into admin_accounts (email, password_hash) values (${CANARY.phone}, null)`);
    });
    const app = createApp({
      logger,
      metrics: createMetrics({ collectDefaults: false }),
      readiness: [],
      mounts: [{ path: '/t', router }],
    });
    const server = await listen(app);
    servers.push(server);
    for (const path of ['/cast', '/duplicate', '/not-null']) {
      const answer = await fetch(`${server.url}/t${path}`);
      expect(answer.status, path).toBe(500);
      expect(await answer.text()).not.toContain(CANARY.email);
    }

    // 2. The same database failures logged directly, both ways pino accepts an error.
    const failure = await db.execute(sql`select ${CANARY.email}::uuid`).catch((error: unknown) => error);
    logger.error(failure);
    logger.warn({ err: failure, requestId: 'r-1' }, 'lookup failed');

    // 3. An HTTP call answered with an error: the request body, a token header and the answer all carry canaries.
    const upstream = express();
    upstream.post('/api/dossiers/:code', (_req, res) => {
      res.status(502).json({ error: CANARY.text, HoTen: CANARY.name });
    });
    const lgsp = await listen(upstream);
    servers.push(lgsp);
    const httpFailure = await axios
      .post(
        `${lgsp.url}/api/dossiers/${CANARY.phone}?phone=${CANARY.phone}`,
        { HoTen: CANARY.name, SoDienThoai: CANARY.phone, NoiDung: CANARY.text },
        { headers: { authorization: `Bearer ${CANARY.token}`, lgspaccesstoken: CANARY.token } },
      )
      .catch((error: unknown) => error);
    logger.error({ err: httpFailure, service: 'dossierLookup' }, 'LGSP call failed');
    const refused = await axios.get(`http://127.0.0.1:1/oa/message?phone=${CANARY.phone}`).catch((e: unknown) => e);
    logger.warn({ err: refused }, 'Zalo unreachable');

    // 4. A body that fails validation, with the input kept on the issues.
    const bodySchema = z.object({
      phone: z.string().regex(/^0\d{9}$/, { message: 'expected a phone number' }),
      email: z.email(),
      contacts: z.record(z.string(), z.number()),
    });
    const invalid = bodySchema.safeParse(
      { phone: `${CANARY.phone}x`, email: CANARY.name, contacts: { [CANARY.email]: CANARY.text } },
      { reportInput: true },
    );
    expect(invalid.success).toBe(false);
    logger.warn({ err: invalid.error }, 'invalid body');

    // 5. An error wrapping another, and a thrown string.
    logger.error({ err: new Error('delivery failed', { cause: failure }) }, 'send failed');
    logger.error({ err: `no citizen with phone ${CANARY.phone} and e-mail ${CANARY.email}` }, 'odd throw');

    const logged = text();
    for (const [kind, value] of Object.entries(CANARY)) {
      expect(logged, `${kind} leaked into the log`).not.toContain(value);
    }
    // What an operator needs is still there: SQLSTATEs, the constraint, the SQL text, the HTTP status, issue paths.
    const errors = lines()
      .map((line) => JSON.parse(line) as { err?: Record<string, unknown>; msg?: string })
      .filter((entry) => entry.err !== undefined);
    const all = JSON.stringify(errors);
    expect(all).toContain('"code":"22P02"');
    expect(all).toContain('"code":"23505"');
    expect(all).toContain('"constraint":"admin_accounts_email_lower_key"');
    expect(all).toContain('"code":"23502"');
    expect(all).toMatch(/insert into \\"admin_accounts\\"/);
    expect(all).toContain('"status":502');
    expect(all).toContain('/api/dossiers/…');
    expect(all).toContain('"code":"ECONNREFUSED"');
    expect(all).toContain('"path":"phone"');
    expect(all).toContain('expected a phone number');
    expect(errors.find((entry) => entry.msg === 'lookup failed')?.err?.stack).toMatch(/^at /);
  });
});
