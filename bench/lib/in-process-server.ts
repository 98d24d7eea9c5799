// The whole server in the benchmark's own process (role `all`: sandbox Zalo and LGSP, workers), on a throw-away
// PostgreSQL database and real Redis under a random key prefix, with the helpers the broadcast benchmarks share:
// the Zalo simulator's control API and citizens who write `liên hệ` and wait for the reply.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/platform/db.js';
import { createLogger } from '../../src/platform/logger.js';
import { connectRedis } from '../../src/platform/redis.js';
import { startSystem, type RunningSystem } from '../../src/system.js';
import { BENCH_REDIS_URL, deleteKeys } from './bench-redis.js';
import { findFreePort } from './server-process.js';
import { createThrowAwayDatabase } from './throw-away-database.js';
import { zaloControl, type ZaloControl } from './zalo-control.js';

export interface InProcessServer extends ZaloControl {
  system: RunningSystem;
  /** Closes the server and removes its database, Redis keys and data directory. */
  close(): Promise<void>;
}

/** `--name N` of the command line: a positive integer, or `fallback`. */
export function intOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** Starts the server; `env` adds to (or overrides) the sandbox configuration. */
export async function startInProcessServer(name: string, env: Record<string, string> = {}): Promise<InProcessServer> {
  const id = randomBytes(4).toString('hex');
  const database = await createThrowAwayDatabase(`bench_${name}_${id}`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `zegov-bench-${name}-`));
  const prefix = `bench${name.slice(0, 1)}${id}`;
  const logger = createLogger({ level: 'warn' });
  const handle = await openDatabase({ url: database.url, dataDir, logger, maxConnections: 20 });
  const system = await startSystem({
    config: readConfig({
      SANDBOX: 'true',
      PORT: String(await findFreePort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: BENCH_REDIS_URL,
      REDIS_PREFIX: prefix,
      ZALO_RATE_LIMIT_PER_MIN: '4000',
      LOG_LEVEL: 'warn',
      ...env,
    }),
    role: 'all',
    logger,
    database: handle,
  });
  const control = zaloControl(system.url ?? '');
  return {
    system,
    ...control,
    async close() {
      await system.close('benchmark finished');
      await handle.close();
      const redis = await connectRedis({ url: BENCH_REDIS_URL, logger, role: 'queue' });
      await deleteKeys(redis, prefix);
      redis.disconnect();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
