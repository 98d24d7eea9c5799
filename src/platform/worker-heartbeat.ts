import { parseStoredJson } from './stored-json.js';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Gauge, type Registry } from 'prom-client';
import { z } from 'zod';
import type { Logger } from './logger.js';
import type { Redis } from './redis.js';

/**
 * Worker processes say they are alive: every `intervalMs` each one writes a key that Redis expires after `ttlMs`, so a
 * worker that died (SIGKILL, lost host, hung event loop) disappears within `ttlMs` from what web processes see.
 */

/** How often a worker writes its heartbeat. */
export const WORKER_HEARTBEAT_INTERVAL_MS = 10_000;
/** A worker whose heartbeat is older than this is counted as dead. */
export const WORKER_HEARTBEAT_TTL_MS = 30_000;

// Keys are under the deployment's prefix (the Redis client adds it): a set of ids, and one expiring key per worker.
const REGISTRY_KEY = 'workers';
const workerKey = (id: string) => `worker:${id}`;

const workerInfoSchema = z.object({
  id: z.string(),
  role: z.string(),
  pid: z.number(),
  host: z.string(),
  startedAt: z.string(),
  seenAt: z.string(),
});
export type WorkerInfo = z.infer<typeof workerInfoSchema>;

export interface WorkerHeartbeat {
  id: string;
  /** Stops beating and removes this worker's key at once (a clean shutdown is not a death). */
  stop(): Promise<void>;
}

export interface WorkerHeartbeatOptions {
  redis: Redis;
  role: string;
  logger: Logger;
  intervalMs?: number;
  ttlMs?: number;
}

/** Starts this process's heartbeat; the first one is written before the promise resolves. */
export async function startWorkerHeartbeat(options: WorkerHeartbeatOptions): Promise<WorkerHeartbeat> {
  const { redis, logger } = options;
  const intervalMs = options.intervalMs ?? WORKER_HEARTBEAT_INTERVAL_MS;
  const ttlMs = options.ttlMs ?? WORKER_HEARTBEAT_TTL_MS;
  const id = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const startedAt = new Date().toISOString();
  const beat = async () => {
    const info: WorkerInfo = {
      id,
      role: options.role,
      pid: process.pid,
      host: os.hostname(),
      startedAt,
      seenAt: new Date().toISOString(),
    };
    await redis.multi().set(workerKey(id), JSON.stringify(info), 'PX', ttlMs).sadd(REGISTRY_KEY, id).exec();
  };
  await beat();
  const timer = setInterval(() => {
    // Redis down: the key expires and web processes count one worker fewer, which is the truth as they can see it.
    beat().catch((error: unknown) => logger.warn({ err: error }, 'worker heartbeat not written'));
  }, intervalMs);
  timer.unref();
  return {
    id,
    async stop() {
      clearInterval(timer);
      await redis
        .multi()
        .del(workerKey(id))
        .srem(REGISTRY_KEY, id)
        .exec()
        .catch(() => undefined);
    },
  };
}

/** Workers whose heartbeat has not expired; forgets the ids of those that died. */
export async function listLiveWorkers(redis: Redis): Promise<WorkerInfo[]> {
  const ids = await redis.smembers(REGISTRY_KEY);
  if (ids.length === 0) return [];
  const values = await redis.mget(...ids.map(workerKey));
  const live: WorkerInfo[] = [];
  const dead: string[] = [];
  ids.forEach((id, index) => {
    const value = values[index];
    const info = value ? parseWorkerInfo(value) : undefined;
    if (info) live.push(info);
    else dead.push(id);
  });
  if (dead.length > 0) await redis.srem(REGISTRY_KEY, ...dead);
  return live;
}

function parseWorkerInfo(value: string): WorkerInfo | undefined {
  return parseStoredJson(value, workerInfoSchema);
}

/**
 * The `/readyz` entry of a web process: how many workers are alive. Not critical: the webhook still accepts and
 * queues events with no worker running, but an operator (and the `zalo_egov_workers_live` gauge) sees it.
 */
export function createWorkersReadinessCheck(redis: Redis): {
  name: string;
  critical: boolean;
  check(): Promise<{ ok: boolean; details: Record<string, unknown> }>;
} {
  return {
    name: 'workers',
    critical: false,
    async check() {
      const live = await listLiveWorkers(redis);
      return { ok: live.length > 0, details: { live: live.length } };
    },
  };
}

/** `zalo_egov_workers_live`: live worker processes seen at scrape time (alert when 0). */
export function registerWorkersGauge(registry: Registry, redis: Redis): void {
  new Gauge({
    name: 'zalo_egov_workers_live',
    help: 'Worker processes whose heartbeat is current (0: nothing processes queued events)',
    registers: [registry],
    async collect() {
      try {
        this.set((await listLiveWorkers(redis)).length);
      } catch {
        // Redis down: leave the gauge out of this scrape rather than fail it; /readyz reports Redis.
        this.reset();
      }
    },
  });
}
