// `npm run bench -- priority [--broadcasts 20000] [--citizens 20] [--rounds 5]`
//
// Do citizens' replies wait behind an announcement? The whole server runs in this process (sandbox Zalo and LGSP,
// a throw-away PostgreSQL database, real Redis with a random prefix). N citizens follow the OA; then, twice, each of
// them sends `liên hệ` a few times and the bench measures the time from the webhook being acknowledged to the reply
// arriving at the Zalo simulator: first with an idle outbound queue, then with `--broadcasts` broadcast messages queued
// for other followers (the rate limit, 4,000 calls/min, keeps most of them waiting throughout). The broadcasts still
// queued when the last reply arrived are reported, to show the backlog was there.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { citizens } from '../src/citizens/index.js';
import { readConfig } from '../src/config.js';
import { citizenIdSchema } from '../src/conversation/index.js';
import { openDatabase } from '../src/platform/db.js';
import { createLogger } from '../src/platform/logger.js';
import { connectRedis } from '../src/platform/redis.js';
import { startSystem } from '../src/system.js';
import { messageDeliveries } from '../src/messaging/index.js';
import { BENCH_REDIS_URL, deleteKeys } from './lib/bench-redis.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';
import { findFreePort } from './lib/server-process.js';
import { createThrowAwayDatabase } from './lib/throw-away-database.js';

const conversationSchema = z.object({
  items: z.array(z.object({ seq: z.number(), direction: z.enum(['in', 'out']) })),
});

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

export async function run(args: string[]): Promise<void> {
  const broadcasts = option(args, 'broadcasts', 20_000);
  const citizenCount = option(args, 'citizens', 20);
  const rounds = option(args, 'rounds', 5);
  const id = randomBytes(4).toString('hex');
  const database = await createThrowAwayDatabase(`bench_priority_${id}`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-bench-priority-'));
  const prefix = `benchp${id}`;
  const port = await findFreePort();
  const logger = createLogger({ level: 'warn' });
  const handle = await openDatabase({ url: database.url, dataDir, logger, maxConnections: 20 });
  const system = await startSystem({
    config: readConfig({
      SANDBOX: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: BENCH_REDIS_URL,
      REDIS_PREFIX: prefix,
      ZALO_RATE_LIMIT_PER_MIN: '4000',
      LOG_LEVEL: 'warn',
    }),
    role: 'all',
    logger,
    database: handle,
  });
  const base = system.url ?? '';
  const api = async (route: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${base}/sandbox/zalo/api${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response.json();
  };
  const lastSeq = async (citizenId: string) =>
    conversationSchema.parse(await api(`/citizens/${citizenId}/conversation`)).items.at(-1)?.seq ?? 0;
  /** Sends `liên hệ` and returns the milliseconds until the first OA message after it. */
  const ask = async (citizenId: string): Promise<number> => {
    const after = await lastSeq(citizenId);
    const started = performance.now();
    await api(`/citizens/${citizenId}/send`, { type: 'text', text: 'liên hệ' });
    for (;;) {
      const page = conversationSchema.parse(
        await api(`/citizens/${citizenId}/conversation?after=${after}&waitMs=20000`),
      );
      if (page.items.some((item) => item.direction === 'out')) return performance.now() - started;
    }
  };
  const measure = async (): Promise<number[]> => {
    const latencies: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      latencies.push(...(await Promise.all(asking.map((citizenId) => ask(citizenId)))));
    }
    return latencies;
  };
  const queuedBroadcasts = async () => {
    const [row] = await system.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(sql`${messageDeliveries.purpose} = 'broadcast' and ${messageDeliveries.status} = 'queued'`);
    return row?.n ?? 0;
  };

  const rows: ReportRow[] = [];
  const asking: string[] = [];
  try {
    for (let i = 0; i < citizenCount; i += 1) {
      const created = z.object({ id: z.string() }).parse(await api('/citizens', { displayName: `Công dân ${i}` }));
      await api(`/citizens/${created.id}/send`, { type: 'follow' });
      asking.push(created.id);
    }
    for (const citizenId of asking) await ask(citizenId);

    const idle = await measure();
    rows.push(row('idle outbound queue', idle, 0));

    console.log(`queueing ${broadcasts} broadcast messages…`);
    const queueStarted = performance.now();
    const followers = Array.from({ length: broadcasts }, (_, i) => `9${id}${String(i).padStart(8, '0')}`);
    for (let i = 0; i < followers.length; i += 500) {
      const batch = followers.slice(i, i + 500);
      await system.database.db
        .insert(citizens)
        .values(batch.map((zaloUserId) => ({ zaloUserId, following: true, lastInteractionAt: new Date() })))
        .onConflictDoNothing();
      await Promise.all(
        batch.map((follower) =>
          system.messages.enqueue(
            citizenIdSchema.parse(follower),
            [{ kind: 'text', text: 'Thông báo: lịch tiếp công dân tuần này thay đổi.' }],
            { purpose: 'broadcast' },
          ),
        ),
      );
    }
    console.log(`  queued in ${Math.round((performance.now() - queueStarted) / 1000)} s`);
    const busy = await measure();
    rows.push(row(`${broadcasts} broadcasts queued`, busy, await queuedBroadcasts()));
  } finally {
    await system.close('benchmark finished');
    await handle.close();
    const redis = await connectRedis({ url: BENCH_REDIS_URL, logger, role: 'queue' });
    await deleteKeys(redis, prefix);
    redis.disconnect();
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  await writeReport({
    name: 'priority',
    description:
      'Reply latency (webhook sent → first reply at the Zalo simulator) for citizens writing while the outbound ' +
      'queue is idle, then while a broadcast backlog waits behind the Zalo rate limit; one in-process server on ' +
      'PostgreSQL.',
    rows,
  });
}

function row(situation: string, latencies: number[], stillQueued: number): ReportRow {
  return {
    situation,
    replies: latencies.length,
    p50_ms: Math.round(percentile(latencies, 50)),
    p95_ms: Math.round(percentile(latencies, 95)),
    max_ms: Math.round(Math.max(...latencies)),
    broadcasts_still_queued: stillQueued,
  };
}
