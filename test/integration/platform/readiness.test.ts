import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { createRedis } from '../../../src/platform/redis.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { capturingLogger, testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';

describe('/healthz and /readyz', () => {
  let database: TestDatabase;
  let server: RunningServer | undefined;
  const disconnects: Array<() => void> = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());
  afterEach(async () => {
    await server?.close();
    for (const disconnect of disconnects.splice(0)) disconnect();
  });

  async function serve(
    redisUrl: string,
    options: { logger?: ReturnType<typeof testLogger>; metricsToken?: string } = {},
  ): Promise<RunningServer> {
    const redis = createRedis({ url: redisUrl, logger: testLogger(), role: 'command' });
    disconnects.push(() => redis.disconnect());
    const app = createApp({
      logger: options.logger ?? testLogger(),
      metrics: createMetrics({ collectDefaults: false }),
      metricsToken: options.metricsToken,
      mounts: [],
      readiness: [
        { name: 'database', critical: true, check: () => database.ping() },
        { name: 'redis', critical: true, check: async () => void (await redis.ping()) },
        { name: 'lgsp', critical: false, check: async () => ({ ok: false, details: { breaker: 'open' } }) },
      ],
    });
    server = await listen(app);
    return server;
  }

  it("answers a browser's icon request with no content and logs no warning for it", async () => {
    const { logger, text } = capturingLogger('warn');
    const { url } = await serve(TEST_REDIS_URL, { logger });
    const icon = await fetch(`${url}/favicon.ico`);
    expect(icon.status).toBe(204);
    expect(text()).toBe('');
  });

  it('answers 200 when the database and Redis are reachable, reporting non-critical checks without failing', async () => {
    const { url } = await serve(TEST_REDIS_URL);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({
      status: 'ok',
      failed: [],
      checks: { database: { ok: true }, redis: { ok: true }, lgsp: { ok: false, breaker: 'open', critical: false } },
    });
  });

  it('answers 503 naming Redis when Redis is unreachable, with its address only in the log', async () => {
    // Nothing listens on port 1 of loopback: a real, refused connection.
    const { logger, text } = capturingLogger('warn');
    const { url } = await serve('redis://127.0.0.1:1', { logger });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const raw = await ready.text();
    const body = JSON.parse(raw) as { failed: string[]; checks: Record<string, { ok: boolean }> };
    expect(body.failed).toEqual(['redis']);
    expect(body.checks.database?.ok).toBe(true);
    expect(body.checks.redis).toEqual({ ok: false, critical: true });
    // The public answer carries no host, port or driver message; the operator finds them in the log.
    expect(raw).not.toMatch(/127\.0\.0\.1|:1\b|ECONNREFUSED|connect/i);
    expect(text()).toContain('readiness check failed');
    expect(text()).toContain('redis');
  });

  it('serves /metrics only with the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'a-metrics-token-long-enough';
    const { url } = await serve(TEST_REDIS_URL, { metricsToken: token });
    const anonymous = await fetch(`${url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await anonymous.json()).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    const wrong = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('zalo_egov_');
    // Probes stay open: orchestrators do not carry the token.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('serves /metrics openly when no METRICS_TOKEN is set', async () => {
    const { url } = await serve(TEST_REDIS_URL);
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
  });

  it('answers unknown routes and thrown errors with problem JSON that leaks no internals', async () => {
    const { url } = await serve(TEST_REDIS_URL);
    const missing = await fetch(`${url}/no/such/route`, { headers: { 'x-request-id': 'req-42' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.headers.get('x-request-id')).toBe('req-42');
    expect(await missing.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', requestId: 'req-42' });
  });
});
