import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { createRedis } from '../../../src/platform/redis.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';
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

  async function serve(redisUrl: string): Promise<RunningServer> {
    const redis = createRedis({ url: redisUrl, logger: testLogger(), role: 'command' });
    disconnects.push(() => redis.disconnect());
    const app = createApp({
      logger: testLogger(),
      metrics: createMetrics({ collectDefaults: false }),
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

  it('answers 503 naming Redis when Redis is unreachable', async () => {
    // Nothing listens on port 1 of loopback: a real, refused connection.
    const { url } = await serve('redis://127.0.0.1:1');
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { failed: string[]; checks: Record<string, { ok: boolean }> };
    expect(body.failed).toEqual(['redis']);
    expect(body.checks.database?.ok).toBe(true);
    expect(body.checks.redis?.ok).toBe(false);
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
