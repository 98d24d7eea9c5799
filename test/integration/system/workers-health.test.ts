import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.js';
import {
  listLiveWorkers,
  startWorkerHeartbeat,
  WORKER_HEARTBEAT_TTL_MS,
} from '../../../src/platform/worker-heartbeat.js';
import { startSystem, type RunningSystem } from '../../../src/system.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { freePort } from '../../helpers/system.js';

interface Readiness {
  status: string;
  failed: string[];
  checks: Record<string, { ok: boolean; critical: boolean; live?: number }>;
}

/**
 * Separate `web` and `worker` processes on one database and Redis prefix, as a deployment runs them: the web process
 * sees whether any worker is alive, and the worker answers health probes of its own.
 */
describe('worker heartbeat and health', () => {
  let database: TestDatabase;
  let dataDir: string;
  let prefix: string;
  let web: RunningSystem;
  let env: Record<string, string>;
  const running: RunningSystem[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-workers-'));
    prefix = `t${randomBytes(5).toString('hex')}`;
    env = {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      SANDBOX: 'true',
    };
    web = await startSystem({ config: readConfig(env), role: 'web', logger: testLogger(), database });
    running.push(web);
  });
  afterAll(async () => {
    for (const system of running.reverse()) await system.close('test finished');
    await database.destroy();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const readiness = async (url: string | undefined): Promise<{ status: number; body: Readiness }> => {
    const response = await fetch(`${url}/readyz`);
    return { status: response.status, body: (await response.json()) as Readiness };
  };
  const gauge = async (): Promise<string | undefined> =>
    /^zalo_egov_workers_live (\d+)$/m.exec(await (await fetch(`${web.url}/metrics`)).text())?.[1];

  it('reports no live worker, without making the web process unready', async () => {
    const { status, body } = await readiness(web.url);
    expect(status).toBe(200);
    expect(body.checks.workers).toEqual({ ok: false, critical: false, live: 0 });
    expect(await gauge()).toBe('0');
  });

  it('sees a worker process start, and the worker answers its own probes on WORKER_HEALTH_PORT', async () => {
    const worker = await startSystem({
      config: readConfig({ ...env, WORKER_HEALTH_PORT: '0' }),
      role: 'worker',
      logger: testLogger(),
      database,
    });
    running.push(worker);
    expect(worker.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(worker.url).not.toBe(web.url);

    expect((await readiness(web.url)).body.checks.workers).toEqual({ ok: true, critical: false, live: 1 });
    expect(await gauge()).toBe('1');

    expect((await fetch(`${worker.url}/healthz`)).status).toBe(200);
    const own = await readiness(worker.url);
    expect(own.status).toBe(200);
    expect(own.body.checks.database?.ok).toBe(true);
    expect(own.body.checks.redis?.ok).toBe(true);
    expect(await (await fetch(`${worker.url}/metrics`)).text()).toContain('zalo_egov_jobs_total');
  });

  it('stops counting a worker whose heartbeat expired (a worker killed without shutting down)', async () => {
    // A second worker's heartbeat, renewed only once an hour here, so that the test decides when it dies.
    const heartbeat = await startWorkerHeartbeat({
      redis: web.redis,
      role: 'worker',
      logger: testLogger(),
      intervalMs: 3_600_000,
    });
    expect((await readiness(web.url)).body.checks.workers?.live).toBe(2);
    const info = (await listLiveWorkers(web.redis)).find((worker) => worker.id === heartbeat.id);
    expect(info).toMatchObject({ role: 'worker', pid: process.pid, host: os.hostname() });
    // Nobody renews it: Redis expires it within the TTL. What Redis does when the TTL runs out, done now.
    const ttl = await web.redis.pttl(`worker:${heartbeat.id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(WORKER_HEARTBEAT_TTL_MS);
    await web.redis.del(`worker:${heartbeat.id}`);
    expect((await readiness(web.url)).body.checks.workers).toEqual({ ok: true, critical: false, live: 1 });
    expect(await gauge()).toBe('1');
    // The dead worker's id is forgotten too.
    expect(await web.redis.smembers('workers')).not.toContain(heartbeat.id);
    await heartbeat.stop();
  });

  it('keeps a worker process without WORKER_HEALTH_PORT off the network, and forgets it when it leaves', async () => {
    const worker = await startSystem({ config: readConfig(env), role: 'worker', logger: testLogger(), database });
    running.push(worker);
    expect(worker.url).toBeUndefined();
    expect((await readiness(web.url)).body.checks.workers?.live).toBe(2);
    await worker.close('leaving cleanly');
    running.pop();
    expect((await readiness(web.url)).body.checks.workers?.live).toBe(1);
  });
});
