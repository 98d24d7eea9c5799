// The whole server in the benchmark's own process (role `all`: sandbox Zalo and LGSP, workers), on a throw-away
// PostgreSQL database and real Redis under a random key prefix, with the helpers the broadcast benchmarks share:
// the Zalo simulator's control API and citizens who write `liên hệ` and wait for the reply.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/platform/db.js';
import { createLogger } from '../../src/platform/logger.js';
import { connectRedis } from '../../src/platform/redis.js';
import { startSystem, type RunningSystem } from '../../src/system.js';
import { BENCH_REDIS_URL, deleteKeys } from './bench-redis.js';
import { findFreePort } from './server-process.js';
import { createThrowAwayDatabase } from './throw-away-database.js';

const conversationSchema = z.object({
  items: z.array(z.object({ seq: z.number(), direction: z.enum(['in', 'out']) })),
});

export interface InProcessServer {
  system: RunningSystem;
  /** The Zalo simulator's control API (`/sandbox/zalo/api…`): GET without a body, POST with one. */
  zalo(route: string, body?: unknown): Promise<unknown>;
  /** Creates `count` simulated citizens who follow the OA and have had one exchange (their session is warm). */
  chattingCitizens(count: number): Promise<string[]>;
  /** The citizen sends `liên hệ`; the milliseconds until the first OA message after it reaches the simulator. */
  ask(citizenId: string): Promise<number>;
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
  const base = system.url ?? '';
  const zalo = async (route: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${base}/sandbox/zalo/api${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response.json();
  };
  const lastSeq = async (citizenId: string) =>
    conversationSchema.parse(await zalo(`/citizens/${citizenId}/conversation`)).items.at(-1)?.seq ?? 0;
  const ask = async (citizenId: string): Promise<number> => {
    const after = await lastSeq(citizenId);
    const started = performance.now();
    await zalo(`/citizens/${citizenId}/send`, { type: 'text', text: 'liên hệ' });
    for (;;) {
      const page = conversationSchema.parse(
        await zalo(`/citizens/${citizenId}/conversation?after=${after}&waitMs=20000`),
      );
      if (page.items.some((item) => item.direction === 'out')) return performance.now() - started;
    }
  };
  return {
    system,
    zalo,
    ask,
    async chattingCitizens(count) {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const created = z.object({ id: z.string() }).parse(await zalo('/citizens', { displayName: `Công dân ${i}` }));
        await zalo(`/citizens/${created.id}/send`, { type: 'follow' });
        ids.push(created.id);
      }
      for (const citizenId of ids) await ask(citizenId);
      return ids;
    },
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
