// `npm run bench -- broadcast [--recipients 100000] [--rate 4000] [--seconds 3600] [--citizens 5] [--think-ms 1000]
//   [--kill-at 30] [--workers 2] [--worker-heap-mib <n>] [--cpu-prof <dir>]`
//
// One announcement to N followers with the server split as in production: a `web` process (admin API, webhook) and
// `--workers` worker processes, all on a throw-away PostgreSQL database and real Redis under a random prefix, and the
// Zalo sandbox in a process of its own (a `web` server of its own database and Redis prefix, whose simulator posts the
// citizens' events to the measured web process), so the figures are the server's own: Zalo's work (recording the
// messages, the citizens' long polls) is reported apart as `zalo_cpu_ms_per_sent`. When `--kill-at` percent of the
// recipients have received it (or of `--seconds` has passed, whichever comes first) the first worker gets SIGKILL in
// the middle of its work and a new one is started. At the end the workers stop (gracefully) before the counts. Counted where the messages arrive (the sandbox's `GET /api/sent/summary`):
// duplicates (citizens who received it twice: must be 0) and losses (citizens neither received it nor still waiting
// for it in our database: must be 0). Also: the fan-out's time, the send rate against the configured Zalo limit
// (`--rate`, calls/min, shared with replies: `calls_per_min` adds the replies sent meanwhile), the replies of `--citizens`
// citizens who chat meanwhile (each reads the reply, then waits `--think-ms` before the next question, as a person
// would: without the pause five citizens asked ~50 messages/s and took most of the shared limit), process and
// Redis memory. `--seconds` bounds the run: at 4,000 calls/min 100,000 messages take 25 minutes. `--cpu-prof <dir>`:
// the worker processes write V8 CPU profiles there when they stop (the killed one writes none). The workers count
// their SQL statements and Redis round trips (bench/lib/count-io.mjs): per message received, with the CPU
// milliseconds per message of the workers and of the web process apart. Where a reply's time goes, from the database
// (no message content read): `reply_inbound_*` from the citizen's event (Zalo's timestamp) to the turn that recorded
// the reply (the webhook, the inbound queue, the turn's start), `reply_send_wait_*` from that record to its send
// (the limiter, a delivery job's wait); the rest of `reply_*` is the call itself and Zalo's long poll. From the
// workers' metrics (the killed one's lost): `reply_inline_*`, the turns' first replies sent at once by the turn's
// worker (`sent`) or left to a delivery job (`no_slot`: the limiter's window was full).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  announcementFanoutQueue,
  announcementRecipients,
  announcements,
  fanoutJobId,
} from '../src/announcements/index.js';
import {
  broadcastDeliveryQueue,
  conversationMessages,
  messageDeliveries,
  outboundQueue,
} from '../src/messaging/index.js';
import { openDatabase } from '../src/platform/db.js';
import { createLogger } from '../src/platform/logger.js';
import { createQueue } from '../src/platform/queues.js';
import { connectRedis } from '../src/platform/redis.js';
import { ZALO_CLIENT_TIMEOUT_MS } from '../src/zalo/zalo-client.js';
import { ZALO_SETTLE_MARGIN_MS } from '../src/zalo/zalo-delivery-channel.js';
import { BENCH_REDIS_URL, deleteKeys } from './lib/bench-redis.js';
import { seedBenchFollowers } from './lib/bench-followers.js';
import { intOption } from './lib/in-process-server.js';
import { IO_COUNTER_NODE_ARGS, diffIoCounts, readIoCounts, type IoCounts } from './lib/io-counts.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';
import {
  readProcessCpuSeconds,
  readProcessMemory,
  startServerProcess,
  type ServerProcess,
} from './lib/server-process.js';
import { createThrowAwayDatabase } from './lib/throw-away-database.js';
import { zaloControl } from './lib/zalo-control.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** After a kill: a call's settle time (client timeout and margin), then a little for the next attempt to run. */
const KILLED_CALLS_SETTLE_MS = ZALO_CLIENT_TIMEOUT_MS + ZALO_SETTLE_MARGIN_MS + 10_000;
const POLL_MS = 2000;
const READY_TIMEOUT_MS = 180_000;
const summarySchema = z.object({
  messages: z.number(),
  recipients: z.number(),
  duplicates: z.number(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  inWindow: z.number(),
});
type Summary = z.infer<typeof summarySchema>;
const replyTimesSchema = z.object({
  rows: z.array(z.object({ inbound_ms: z.coerce.number().nullable(), send_wait_ms: z.coerce.number() })),
});

export async function run(args: string[]): Promise<void> {
  const recipients = intOption(args, 'recipients', 100_000);
  const rate = intOption(args, 'rate', 4000);
  const seconds = intOption(args, 'seconds', 3600);
  const citizenCount = intOption(args, 'citizens', 5);
  const thinkMs = intOption(args, 'think-ms', 1000);
  const killAtPercent = intOption(args, 'kill-at', 30);
  const workerCount = intOption(args, 'workers', 2);
  // V8's old generation capped in the workers (`--max-old-space-size`): what a province may set to bound a worker's
  // memory; without it V8's default (a limit in gigabytes: the heap grows with the allocation rate).
  const workerHeapMiB = args.includes('--worker-heap-mib') ? intOption(args, 'worker-heap-mib', 1) : undefined;
  const profileAt = args.indexOf('--cpu-prof');
  const profileDir = profileAt >= 0 ? path.resolve(args[profileAt + 1] ?? '') : undefined;
  const id = randomBytes(4).toString('hex');
  const prefix = `benchb${id}`;
  const marker = `[bench ${id}]`;
  const logger = createLogger({ level: 'warn' });
  const database = await createThrowAwayDatabase(`bench_broadcast_${id}`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-bench-broadcast-'));
  // Zalo's own: a database, a data directory and a Redis prefix nobody else reads.
  const zaloDatabase = await createThrowAwayDatabase(`bench_broadcast_${id}_zalo`);
  const zaloDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-bench-broadcast-zalo-'));
  const common = {
    SANDBOX: 'true',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    REDIS_URL: BENCH_REDIS_URL,
    REDIS_PREFIX: prefix,
    // Every process must read the Zalo tokens the web process stored.
    SECRETS_KEY: randomBytes(32).toString('hex'),
    ZALO_RATE_LIMIT_PER_MIN: String(rate),
    ANNOUNCEMENTS_QUIET_HOURS: 'off',
    ANNOUNCEMENTS_DAILY_CAP: '100',
    LOG_LEVEL: 'warn',
  };
  const processes: ServerProcess[] = [];
  const handle = await openDatabase({ url: database.url, dataDir, logger, maxConnections: 4 });
  const redis = await connectRedis({ url: BENCH_REDIS_URL, logger, role: 'queue' });
  const rows: ReportRow[] = [];
  const extra: Record<string, unknown> = { loadAverageAtStart: os.loadavg() };
  try {
    const zaloProcess = await startServerProcess({
      nodeArgs: ['--import', 'tsx', 'src/main.ts', 'web'],
      env: {
        ...common,
        DATA_DIR: zaloDataDir,
        DATABASE_URL: zaloDatabase.url,
        REDIS_PREFIX: `${prefix}z`,
        SECRETS_KEY: randomBytes(32).toString('hex'),
      },
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
    processes.push(zaloProcess);
    // The server reaches Zalo (and the LGSP) in that process, as it would reach the real ones.
    const remote = {
      ...common,
      ZALO_API_BASE_URL: `${zaloProcess.url}/sandbox/zalo/openapi`,
      ZALO_OAUTH_BASE_URL: `${zaloProcess.url}/sandbox/zalo/oauth`,
      LGSP_BASE_URL: `${zaloProcess.url}/sandbox/lgsp`,
      LGSP_TOKEN_URL: `${zaloProcess.url}/sandbox/lgsp/token`,
    };
    const web = await startServerProcess({
      nodeArgs: ['--import', 'tsx', 'src/main.ts', 'web'],
      env: remote,
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
    processes.push(web);
    const control = zaloControl(zaloProcess.url);
    await control.zalo('/webhook', { url: `${web.url}/webhooks/zalo` });
    // Each worker's SQL statements and Redis round trips: its totals when the send starts (or when it started), and
    // when it stops or is killed.
    const ioFiles = new Map<number, string>();
    const ioAtStart = new Map<number, IoCounts>();
    const ioSpent: IoCounts[] = [];
    const readWorkerIo = async (pid: number) => {
      const file = ioFiles.get(pid);
      return file === undefined ? undefined : readIoCounts(pid, file);
    };
    const noteWorkerIo = async (pid: number) => {
      const before = ioAtStart.get(pid);
      const after = await readWorkerIo(pid);
      if (before && after) ioSpent.push(diffIoCounts(before, after));
    };
    const startWorker = async () => {
      const ioFile = path.join(dataDir, `io-${ioFiles.size}.json`);
      const worker = await startServerProcess({
        nodeArgs: [
          ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
          ...(workerHeapMiB === undefined ? [] : [`--max-old-space-size=${workerHeapMiB}`]),
          ...IO_COUNTER_NODE_ARGS,
          '--import',
          'tsx',
          'src/main.ts',
          'worker',
        ],
        env: { ...remote, BENCH_IO_COUNTS_FILE: ioFile },
        readyTimeoutMs: READY_TIMEOUT_MS,
        portVariable: 'WORKER_HEALTH_PORT',
      });
      processes.push(worker);
      ioFiles.set(worker.pid, ioFile);
      return worker;
    };
    const workers: ServerProcess[] = [];
    for (let i = 0; i < workerCount; i += 1) workers.push(await startWorker());
    await control.zalo('/faults', { rateLimitPerMinute: rate });
    const asking = await control.chattingCitizens(citizenCount);
    const db = handle.db;

    console.log(`making ${recipients} followers…`);
    await seedBenchFollowers(db, (path, body) => control.zalo(path, body), recipients);

    const [announcement] = await db
      .insert(announcements)
      .values({
        status: 'scheduled',
        content: { vi: { title: 'Thông báo', text: `Kính gửi {{name}}: lịch tiếp công dân thay đổi. ${marker}` } },
        audience: { tags: ['bench'] },
        authorId: 'bench',
        approvedBy: 'bench-approver',
        approvedAt: new Date(),
        sendAt: new Date(),
      })
      .returning({ id: announcements.id });
    const announcementId = announcement?.id ?? '';
    console.log(`sending to ${recipients} (watched for ${seconds} s at most)…`);
    const fanoutQueue = createQueue(announcementFanoutQueue, { connection: redis, prefix: `${prefix}:q` });
    // CPU seconds per process (the last reading of a killed one stays), from the start of the send.
    const cpuAtStart = new Map<number, number>();
    const cpuNow = new Map<number, number>();
    const readCpu = async () => {
      for (const child of processes) {
        const seconds = await readProcessCpuSeconds(child.pid);
        if (seconds === undefined) continue;
        if (!cpuAtStart.has(child.pid)) cpuAtStart.set(child.pid, seconds);
        cpuNow.set(child.pid, seconds);
      }
    };
    await readCpu();
    for (const worker of workers) {
      const counts = await readWorkerIo(worker.pid);
      if (counts) ioAtStart.set(worker.pid, counts);
    }
    const started = performance.now();
    await fanoutQueue.add('fanout', { announcementId }, { jobId: fanoutJobId(announcementId) });
    await fanoutQueue.close();
    // Messages ready to go in messaging's queue: near the hand-over's limit (3 s worth) when delivery is the bound,
    // near 0 when the hand-over is.
    const deliveryQueue = createQueue(outboundQueue, { connection: redis, prefix: `${prefix}:q` });
    const batchQueue = createQueue(broadcastDeliveryQueue, { connection: redis, prefix: `${prefix}:q` });
    const backlogSamples: number[] = [];

    const latencies: number[] = [];
    let watching = true;
    const chatting = Promise.all(
      asking.map(async (citizenId) => {
        while (watching) {
          latencies.push(await control.ask(citizenId));
          await sleep(thinkMs);
        }
      }),
    );
    const summary = async (): Promise<Summary> =>
      summarySchema.parse(await control.zalo(`/sent/summary?contains=${encodeURIComponent(marker)}`));
    const redisMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1] ?? 0);
    const peaks = new Map<string, number>();
    const notePeak = (name: string, value: number | undefined) => {
      if (value !== undefined && Number.isFinite(value)) peaks.set(name, Math.max(peaks.get(name) ?? 0, value));
    };
    let fanoutMs: number | undefined;
    let killed: { atMs: number; received: number; restartMs: number } | undefined;
    let bestMinute = 0;
    let received = await summary();
    for (;;) {
      await sleep(POLL_MS);
      const elapsed = performance.now() - started;
      received = await summary();
      if (elapsed >= 60_000) bestMinute = Math.max(bestMinute, received.inWindow);
      for (const [i, child] of processes.entries())
        notePeak(
          i === 0 ? 'zalo_rss_mib' : i === 1 ? 'web_rss_mib' : `worker${i - 1}_rss_mib`,
          (await readProcessMemory(child.pid))?.peakRssMiB,
        );
      await readCpu();
      notePeak('redis_mib', (await redisMemory()) / 2 ** 20);
      const depth = await deliveryQueue.queue.getJobCounts('waiting', 'prioritized');
      const batchDepth = await batchQueue.queue.getJobCounts('waiting', 'prioritized');
      backlogSamples.push(
        (depth.waiting ?? 0) + (depth.prioritized ?? 0) + (batchDepth.waiting ?? 0) + (batchDepth.prioritized ?? 0),
      );
      if (fanoutMs === undefined) {
        const [row] = await db
          .select({ done: announcements.fanoutDoneAt })
          .from(announcements)
          .where(eq(announcements.id, announcementId));
        if (row?.done) fanoutMs = elapsed;
      }
      if (
        killed === undefined &&
        (received.recipients * 100 >= recipients * killAtPercent || elapsed * 100 >= seconds * 1000 * killAtPercent)
      ) {
        const victim = workers.shift();
        if (victim === undefined) throw new Error('no worker to kill');
        console.log(`killing a worker (pid ${victim.pid}) at ${received.recipients} received…`);
        await noteWorkerIo(victim.pid);
        process.kill(victim.pid, 'SIGKILL');
        await victim.stop();
        const restarting = performance.now();
        const replacement = await startWorker();
        const counts = await readWorkerIo(replacement.pid);
        if (counts) ioAtStart.set(replacement.pid, counts);
        workers.push(replacement);
        killed = { atMs: elapsed, received: received.recipients, restartMs: performance.now() - restarting };
      }
      // The killed worker's last calls stay in flight until Zalo can no longer take them; their next attempt asks Zalo
      // whether they arrived. The watch lasts until then, so no message is counted both received and waiting.
      const settled = killed === undefined || elapsed >= killed.atMs + KILLED_CALLS_SETTLE_MS;
      if (received.recipients >= recipients || (elapsed > seconds * 1000 && settled)) break;
    }
    const watchedMs = performance.now() - started;
    await deliveryQueue.close();
    await batchQueue.close();
    watching = false;
    await chatting;
    // What the workers found left in flight by the killed one, from their own metrics (before they stop).
    const inFlightChecks: Record<string, number> = { found_sent: 0, not_sent: 0, unknown: 0, resent_possible_dup: 0 };
    // How the turns' first replies went: sent at once by the turn's worker, or left to a delivery job (and why).
    const inlineReplies: Record<string, number> = { reply_inline_sent: 0, reply_inline_no_slot: 0 };
    for (const child of workers) {
      const text = await fetch(`${child.url}/metrics`).then((response) => response.text());
      for (const [, outcome, value] of text.matchAll(
        /^zalo_egov_outbound_reconciliations_total\{outcome="(\w+)"\} (\d+)/gm,
      )) {
        const key = outcome === 'sent' ? 'found_sent' : (outcome ?? '');
        inFlightChecks[key] = (inFlightChecks[key] ?? 0) + Number(value);
      }
      for (const [, outcome, value] of text.matchAll(
        /^zalo_egov_outbound_inline_replies_total\{outcome="(\w+)"\} (\d+)/gm,
      )) {
        const key = `reply_inline_${outcome ?? ''}`;
        inlineReplies[key] = (inlineReplies[key] ?? 0) + Number(value);
      }
      const resent = /^zalo_egov_outbound_possible_duplicates_total (\d+)/m.exec(text)?.[1];
      inFlightChecks.resent_possible_dup = (inFlightChecks.resent_possible_dup ?? 0) + Number(resent ?? 0);
    }
    for (const child of workers) await noteWorkerIo(child.pid);
    // Nothing may move between the sandbox's count and the database's: the workers finish what they hold and stop.
    for (const child of workers) await child.stop();
    received = await summary();
    // What is not received must still wait in our database: a pending recipient or a message not yet sent.
    const [state] = await db
      .select({
        written: sql<number>`count(*)::int`,
        pending: sql<number>`(count(*) filter (where ${announcementRecipients.status} = 'pending'))::int`,
        skipped: sql<number>`(count(*) filter (where ${announcementRecipients.status} = 'skipped'))::int`,
      })
      .from(announcementRecipients)
      .where(eq(announcementRecipients.announcementId, announcementId));
    const deliveries = await db
      .select({ status: messageDeliveries.status, n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.correlationId, `announcement:${announcementId}`)))
      .groupBy(messageDeliveries.status);
    const byStatus = Object.fromEntries(deliveries.map((row) => [row.status, row.n]));
    // The limit is shared: the replies the chatting citizens got while the broadcast was sending used it too.
    const [replyCalls] =
      received.firstAt && received.lastAt
        ? await db
            .select({ n: sql<number>`count(*)::int` })
            .from(messageDeliveries)
            .where(
              and(
                eq(messageDeliveries.purpose, 'reply'),
                sql`${messageDeliveries.sentAt} between ${received.firstAt}::timestamptz and ${received.lastAt}::timestamptz`,
              ),
            )
        : [];
    // Where the replies' time went (sent while the broadcast was): from the citizen's event (Zalo's timestamp) to the
    // turn that recorded the reply, and from that record to the send. Only times are read.
    const replyTimes = { inbound: [] as number[], sendWait: [] as number[] };
    if (received.firstAt && received.lastAt) {
      const timed = replyTimesSchema.parse(
        await db.execute(sql`
        with replies as (
          select r.citizen_id, r.created_at, r.sent_at,
                 row_number() over (partition by r.citizen_id, r.created_at order by r.seq) as nth
          from ${messageDeliveries} r
          where r.purpose = 'reply'
        )
        select extract(epoch from (d.created_at - i.occurred_at)) * 1000 as inbound_ms,
               extract(epoch from (d.sent_at - d.created_at)) * 1000 as send_wait_ms
        from replies d
        left join lateral (
          select m.occurred_at from ${conversationMessages} m
          where m.citizen_id = d.citizen_id and m.direction = 'in' and m.occurred_at <= d.created_at
          order by m.occurred_at desc limit 1
        ) i on true
        where d.nth = 1
          and d.sent_at between ${received.firstAt}::timestamptz and ${received.lastAt}::timestamptz`),
      );
      for (const row of timed.rows) {
        if (row.inbound_ms !== null) replyTimes.inbound.push(row.inbound_ms);
        replyTimes.sendWait.push(row.send_wait_ms);
      }
    }
    const waiting = (state?.pending ?? 0) + (byStatus.queued ?? 0) + (byStatus.held ?? 0);
    const failed = (byStatus.failed ?? 0) + (state?.skipped ?? 0);
    const recordedSent = (byStatus.sent ?? 0) + (byStatus.received ?? 0) + (byStatus.seen ?? 0);
    // The server's processes (web and workers); Zalo's apart.
    let cpuSeconds = 0;
    let webCpuSeconds = 0;
    let zaloCpuSeconds = 0;
    for (const [pid, seconds] of cpuNow) {
      const spent = seconds - (cpuAtStart.get(pid) ?? seconds);
      if (pid === zaloProcess.pid) {
        zaloCpuSeconds += spent;
        continue;
      }
      cpuSeconds += spent;
      if (pid === web.pid) webCpuSeconds += spent;
    }
    const perMessage = (total: number) => Math.round((total * 10) / Math.max(1, received.messages)) / 10;
    const io = ioSpent.reduce(
      (sum, counts) => ({ sql: sum.sql + counts.sql, redis: sum.redis + counts.redisRoundTrips }),
      { sql: 0, redis: 0 },
    );
    const sendMs =
      received.firstAt && received.lastAt ? Date.parse(received.lastAt) - Date.parse(received.firstAt) : Number.NaN;
    rows.push({
      recipients,
      fanout_s: fanoutMs === undefined ? 'not done' : Math.round(fanoutMs / 100) / 10,
      watched_s: Math.round(watchedMs / 1000),
      received: received.recipients,
      sent_per_min: Math.round((received.messages / sendMs) * 60_000),
      best_minute: bestMinute,
      calls_per_min: Math.round(((received.messages + (replyCalls?.n ?? 0)) / sendMs) * 60_000),
      limit_per_min: rate,
      delivery_backlog_avg: Math.round(
        backlogSamples.reduce((sum, n) => sum + n, 0) / Math.max(1, backlogSamples.length),
      ),
      killed_at_received: killed?.received ?? 'no kill',
      restart_s: killed === undefined ? 'no kill' : Math.round(killed.restartMs / 100) / 10,
      duplicates: received.duplicates,
      in_flight_found_sent: inFlightChecks.found_sent ?? 0,
      in_flight_not_sent: inFlightChecks.not_sent ?? 0,
      in_flight_unknown: inFlightChecks.unknown ?? 0,
      sent_not_received: recordedSent - received.recipients,
      still_waiting: waiting,
      failed_or_skipped: failed,
      losses: recipients - received.recipients - waiting - failed,
      cpu_ms_per_sent: Math.round((cpuSeconds * 1000) / Math.max(1, received.messages)),
      worker_cpu_ms_per_sent: perMessage((cpuSeconds - webCpuSeconds) * 1000),
      web_cpu_ms_per_sent: perMessage(webCpuSeconds * 1000),
      zalo_cpu_ms_per_sent: perMessage(zaloCpuSeconds * 1000),
      worker_sql_per_sent: perMessage(io.sql),
      worker_redis_per_sent: perMessage(io.redis),
      chatting_citizens: citizenCount,
      think_ms: thinkMs,
      worker_heap_mib: workerHeapMiB ?? 'default',
      replies: latencies.length,
      reply_p50_ms: Math.round(percentile(latencies, 50)),
      reply_p99_ms: Math.round(percentile(latencies, 99)),
      reply_inbound_p50_ms: Math.round(percentile(replyTimes.inbound, 50)),
      reply_inbound_p99_ms: Math.round(percentile(replyTimes.inbound, 99)),
      reply_send_wait_p50_ms: Math.round(percentile(replyTimes.sendWait, 50)),
      reply_send_wait_p99_ms: Math.round(percentile(replyTimes.sendWait, 99)),
      ...inlineReplies,
      ...Object.fromEntries([...peaks].map(([name, value]) => [`peak_${name}`, Math.round(value)])),
    });
    extra.deliveriesByStatus = byStatus;
    extra.recipientRows = state;
    extra.killedAtMs = killed?.atMs;
    extra.loadAverageAtEnd = os.loadavg();
    // What the workers' statements and round trips were (summed over the workers, the killed one up to its kill).
    const merge = (pick: (counts: IoCounts) => Record<string, number>) => {
      const total: Record<string, number> = {};
      for (const counts of ioSpent)
        for (const [key, n] of Object.entries(pick(counts))) total[key] = (total[key] ?? 0) + n;
      return Object.fromEntries(Object.entries(total).sort((a, b) => b[1] - a[1]));
    };
    extra.workerSqlByText = merge((counts) => counts.sqlByText);
    extra.workerRedisByCommand = merge((counts) => counts.redisByCommand);
    extra.cpuSecondsByProcess = Object.fromEntries(
      [...cpuNow].map(([pid, seconds]) => [pid, Math.round(seconds - (cpuAtStart.get(pid) ?? seconds))]),
    );
  } finally {
    for (const child of processes.reverse()) await child.stop();
    await handle.close();
    await deleteKeys(redis, prefix);
    await deleteKeys(redis, `${prefix}z`);
    redis.disconnect();
    await database.drop();
    await zaloDatabase.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(zaloDataDir, { recursive: true, force: true });
  }
  await writeReport({
    name: 'broadcast',
    description:
      'One announcement to N followers inside the window; web process and worker processes on PostgreSQL and ' +
      'Redis, the Zalo sandbox in a process of its own; the worker killed (SIGKILL) mid-run and a new one started. Received, duplicates and ' +
      'losses counted by the sandbox; send rate against the Zalo limit; replies to citizens chatting meanwhile.',
    rows,
    targets: rows.flatMap((row) => [
      { target: 'duplicates = 0', met: row.duplicates === 0 },
      { target: 'losses = 0', met: row.losses === 0 && row.sent_not_received === 0 },
      { target: `send rate reaches the limit (${rate}/min)`, met: Number(row.best_minute) >= rate * 0.95 },
    ]),
    extra,
  });
}
