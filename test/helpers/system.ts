import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readConfig } from '../../src/config.js';
import { startSystem, type ProcessRole, type RunningSystem } from '../../src/system.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { testLogger } from './logger.js';
import { TEST_REDIS_URL } from './redis.js';

export interface TestSystem extends RunningSystem {
  /** Base URL (http://127.0.0.1:port). */
  url: string;
  testDatabase: TestDatabase;
  /** Stops the system, drops its database and deletes its Redis keys. */
  destroy(): Promise<void>;
}

/**
 * The whole server as `npm start` composes it (sandbox Zalo and LGSP mounted in-process, real HTTP on loopback),
 * on a throw-away database of the engine under test and its own Redis prefix.
 */
export async function startTestSystem(
  options: { env?: Record<string, string>; role?: ProcessRole } = {},
): Promise<TestSystem> {
  const port = await freePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-system-'));
  const prefix = `t${randomBytes(5).toString('hex')}`;
  const config = readConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SHUTDOWN_TIMEOUT_SECONDS: '5',
    // Open around the clock unless a test says otherwise: what a test sees must not depend on the hour it runs at.
    OFFICE_HOURS: 'Mon-Sun 00:00-24:00',
    ...options.env,
  });
  const testDatabase = await createTestDatabase();
  const system = await startSystem({
    config,
    role: options.role ?? 'all',
    logger: testLogger(),
    database: testDatabase,
  });
  return {
    ...system,
    url: system.url ?? `http://127.0.0.1:${port}`,
    testDatabase,
    destroy: async () => {
      await system.close('test finished');
      await testDatabase.destroy();
      await deleteKeys(prefix);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every Redis key under `prefix` (a test system's own). */
export async function deleteKeys(prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(TEST_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

/**
 * Ports below Linux's ephemeral range (32768–60999): the port an OS hands out for `listen(0)` comes from that range,
 * where any outgoing connection (to PostgreSQL, Redis…) may take it as its local port before the server listens on it
 * (EADDRINUSE). Below it, only another test picking the same number at random could.
 */
const PORTS = { from: 20_000, count: 12_000 } as const;

/** Whether nothing listens on `port` now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port nothing listens on now (the sandbox clients need the port before the server starts). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = PORTS.from + Math.floor(Math.random() * PORTS.count);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port found from ${PORTS.from} to ${PORTS.from + PORTS.count - 1}`);
}
