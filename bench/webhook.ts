// `npm run bench -- webhook [--duration 10] [--connections 20] [--users 200] [--role all|web] [--database pglite|pg]
//                           [--dist] [--cpu-prof <dir>]`
//
// --dist runs the compiled server (`npm run build` first), as production does, instead of src/ through tsx.
// Webhook acknowledgement throughput and latency of the real server (child process, sandbox mode, real Redis with a
// random prefix, embedded PostgreSQL) against a bare express route in another child process that only parses JSON
// and answers 200. Each request is a distinct, signed `user_send_text` event (fresh msg_id and timestamp), so dedupe
// never short-circuits. The server's workers process the events while the load runs (the engine answers through the
// Zalo simulator), which competes for the same CPUs: that is the realistic case. Queue drain time is measured after
// the load stops. Loopback only; each phase is bounded. The server's Redis round trips per acknowledged event are
// counted inside it (bench/lib/count-io.mjs), and both processes' CPU per request is reported.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createLogger } from '../src/platform/logger.js';
import { connectRedis, type Redis } from '../src/platform/redis.js';
import { BENCH_REDIS_URL, deleteKeys } from './lib/bench-redis.js';
import { IO_COUNTER_NODE_ARGS, diffIoCounts, readIoCounts } from './lib/io-counts.js';
import { writeReport, type ReportRow } from './lib/report.js';
import {
  createFollowingCitizens,
  postWebhook,
  signedTextEvent,
  webhookHeaders,
  type SandboxCitizen,
} from './lib/sandbox-citizens.js';
import {
  readProcessCpuSeconds,
  startServerProcess,
  startSandboxServer,
  type ServerProcess,
} from './lib/server-process.js';

// Issue 15's ingest targets for the `web` role.
const TARGET_EVENTS_PER_SECOND = 3_000;
const TARGET_P99_MS = 30;
const TARGET_RATIO = 0.5;
const WARMUP_SECONDS = 3;
const READY_TIMEOUT_MS = 120_000;
const KILL_AFTER_MS = 15_000;
const DRAIN_TIMEOUT_MS = 180_000;
const DRAIN_POLL_MS = 200;
const EVENT_TEXT = 'tra cứu hồ sơ';

interface Options {
  durationSeconds: number;
  connections: number;
  users: number;
  /** `all` (default): workers run in the server process too; `web`: acknowledgement only, nothing drains. */
  role: 'all' | 'web';
  /** `pglite` (default, the quick start): embedded in the server process; `pg`: a throw-away database on the server. */
  database: 'pglite' | 'pg';
  /** Run the compiled dist/ instead of src/ through tsx. */
  dist: boolean;
  /** Directory for a V8 CPU profile of the server (written when it exits), or undefined. */
  cpuProfileDir: string | undefined;
}

interface Phase {
  eventsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  accepted: number;
  non2xx: number;
  errors: number;
}

// The bare route: the least an HTTP endpoint can do with the same body (express + JSON parsing), as a yardstick.
const BARE_SERVER_SOURCE = `
import express from 'express';
const app = express();
app.post('/webhooks/zalo', express.json({ limit: '1mb' }), (req, res) => { res.status(200).json({ received: true }); });
app.get('/readyz', (_req, res) => { res.json({ status: 'ok' }); });
app.listen(Number(process.env.PORT), '127.0.0.1');
`;

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const redis = await connectRedis({ url: BENCH_REDIS_URL, logger: createLogger({ level: 'silent' }), role: 'queue' });
  const children: ServerProcess[] = [];
  const ioCountsFile = path.join(os.tmpdir(), `${prefix}-io.json`);
  try {
    console.log(`starting the bare express route and the server (sandbox, ${options.role} role, ${options.database})…`);
    const bare = await startServerProcess({
      nodeArgs: ['--input-type=module', '-e', BARE_SERVER_SOURCE],
      env: {},
      readyTimeoutMs: READY_TIMEOUT_MS,
      killAfterMs: KILL_AFTER_MS,
    });
    children.push(bare);
    const server = await startSandboxServer({
      role: options.role,
      database: options.database,
      nodeArgs: [
        ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []),
        ...IO_COUNTER_NODE_ARGS,
      ],
      ...(options.dist ? { entry: ['dist/main.js', options.role] } : {}),
      env: { BENCH_IO_COUNTS_FILE: ioCountsFile },
      redisUrl: BENCH_REDIS_URL,
      redisPrefix: prefix,
      readyTimeoutMs: READY_TIMEOUT_MS,
      killAfterMs: KILL_AFTER_MS,
    });
    children.push(server);

    const citizens = await createFollowingCitizens(server.url, options.users);
    await probe(server.url, citizens);

    console.log(`warm-up ${WARMUP_SECONDS} s each…`);
    await load(bare.url, citizens, { ...options, durationSeconds: WARMUP_SECONDS });
    await load(server.url, citizens, { ...options, durationSeconds: WARMUP_SECONDS });
    if (options.role === 'all') await waitForDrain(redis, prefix);

    console.log(`bare route: ${options.durationSeconds} s, ${options.connections} connections…`);
    const bareCpuBefore = await readProcessCpuSeconds(bare.pid);
    const bareResult = await load(bare.url, citizens, options);
    const bareCpu = ((await readProcessCpuSeconds(bare.pid)) ?? Number.NaN) - (bareCpuBefore ?? Number.NaN);
    console.log(`server webhook: ${options.durationSeconds} s, ${options.connections} connections…`);
    const ioBefore = await readIoCounts(server.pid, ioCountsFile);
    const serverCpuBefore = await readProcessCpuSeconds(server.pid);
    const serverResult = await load(server.url, citizens, options);
    const serverCpu = ((await readProcessCpuSeconds(server.pid)) ?? Number.NaN) - (serverCpuBefore ?? Number.NaN);
    const ioAfter = await readIoCounts(server.pid, ioCountsFile);
    // With the web role the server's Redis traffic is the ingest's own: round trips per acknowledged event.
    const io = ioBefore && ioAfter ? diffIoCounts(ioBefore, ioAfter) : undefined;
    const perEvent = (value: number) => Math.round((value / Math.max(1, serverResult.accepted)) * 100) / 100;
    const drainMs = options.role === 'all' ? await waitForDrain(redis, prefix) : undefined;

    const ratio = serverResult.eventsPerSecond / bareResult.eventsPerSecond;
    const bareCpuMs = (bareCpu / Math.max(1, bareResult.accepted)) * 1000;
    const serverCpuMs = (serverCpu / Math.max(1, serverResult.accepted)) * 1000;
    // On a shared machine the rates follow the load; CPU per request hardly does: the bare route's CPU per request
    // over the webhook's is the ratio that says what the code costs.
    const cpuRatio = bareCpuMs / serverCpuMs;
    const rows: ReportRow[] = [
      {
        target: 'bare express route',
        ...round(bareResult),
        // CPU the process spent per acknowledged request (ms): less sensitive than rates to a busy machine.
        cpu_ms_per_event: Math.round(bareCpuMs * 100) / 100,
      },
      {
        target: 'POST /webhooks/zalo',
        ...round(serverResult),
        ratio_to_bare: Number(ratio.toFixed(2)),
        cpu_ms_per_event: Math.round(serverCpuMs * 100) / 100,
        cpu_ratio_to_bare: Number(cpuRatio.toFixed(2)),
        ...(io ? { redis_rt_per_event: perEvent(io.redisRoundTrips), sql_per_event: perEvent(io.sql) } : {}),
      },
    ];
    await writeReport({
      name: 'webhook',
      description:
        `Signed user_send_text events (distinct msg_id each, ${options.users} following citizens) driven with autocannon ` +
        `over loopback for ${options.durationSeconds} s with ${options.connections} connections, at the server in ` +
        (options.role === 'all'
          ? 'sandbox mode (all roles in one process: workers answer through the Zalo simulator while the load runs) '
          : 'sandbox mode, web role only (events are queued, no worker processes them) ') +
        `on ${options.database === 'pg' ? 'the PostgreSQL server' : 'embedded PGlite'}, ` +
        'and at a bare express JSON route in a separate process. Latency is the acknowledgement latency (ms).',
      rows,
      targets: [
        {
          target: `≥ ${TARGET_EVENTS_PER_SECOND} events/s acknowledged (got ${serverResult.eventsPerSecond.toFixed(0)})`,
          met: serverResult.eventsPerSecond >= TARGET_EVENTS_PER_SECOND,
        },
        { target: `p99 < ${TARGET_P99_MS} ms (got ${serverResult.p99})`, met: serverResult.p99 < TARGET_P99_MS },
        { target: `ratio to bare route ≥ ${TARGET_RATIO} (got ${ratio.toFixed(2)})`, met: ratio >= TARGET_RATIO },
        {
          target: `CPU per request, bare route ÷ webhook ≥ ${TARGET_RATIO} (got ${cpuRatio.toFixed(2)})`,
          met: cpuRatio >= TARGET_RATIO,
        },
        { target: 'no request refused or failed', met: serverResult.non2xx === 0 && serverResult.errors === 0 },
      ],
      extra: {
        options,
        queueDrainAfterLoadMs:
          options.role === 'web' ? 'not measured (web role)' : (drainMs ?? `not drained within ${DRAIN_TIMEOUT_MS} ms`),
        eventsAccepted: serverResult.accepted,
        redisCommandsPerEvent: io
          ? Object.fromEntries(Object.entries(io.redisByCommand).map(([name, n]) => [name, perEvent(n)]))
          : null,
      },
    });
    if (options.role === 'all') {
      console.log(
        drainMs === undefined
          ? `queues not drained within ${DRAIN_TIMEOUT_MS / 1000} s after the load`
          : `queues drained ${(drainMs / 1000).toFixed(1)} s after the load ended (${serverResult.accepted} events)`,
      );
    }
  } finally {
    for (const child of children.reverse()) await child.stop();
    await fs.rm(ioCountsFile, { force: true });
    await deleteKeys(redis, prefix);
    redis.disconnect();
  }
}

function parseArgs(args: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    const parsed = index >= 0 ? Number(args[index + 1]) : fallback;
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} expects a positive whole number`);
    return parsed;
  };
  const roleIndex = args.indexOf('--role');
  const role = roleIndex >= 0 ? args[roleIndex + 1] : 'all';
  if (role !== 'all' && role !== 'web') throw new Error('--role expects all or web');
  const databaseIndex = args.indexOf('--database');
  const database = databaseIndex >= 0 ? args[databaseIndex + 1] : 'pglite';
  if (database !== 'pglite' && database !== 'pg') throw new Error('--database expects pglite or pg');
  return {
    role,
    database,
    durationSeconds: Math.min(value('duration', 10), 120),
    connections: value('connections', 20),
    users: value('users', 200),
    dist: args.includes('--dist'),
    cpuProfileDir: args.includes('--cpu-prof') ? path.resolve(args[args.indexOf('--cpu-prof') + 1] ?? '') : undefined,
  };
}

function round(phase: Phase): ReportRow {
  return {
    events_per_s: Math.round(phase.eventsPerSecond),
    p50_ms: phase.p50,
    p90_ms: phase.p90,
    p99_ms: phase.p99,
    max_ms: phase.max,
    accepted: phase.accepted,
    non2xx: phase.non2xx,
    errors: phase.errors,
  };
}

/** One event first, so a missing route or a signature mismatch fails loudly instead of as 10 s of errors. */
async function probe(serverUrl: string, citizens: SandboxCitizen[]): Promise<void> {
  const citizen = citizens[0];
  if (!citizen) throw new Error('no citizens');
  const response = await postWebhook(serverUrl, signedTextEvent(citizen, EVENT_TEXT));
  if (response.status !== 200) {
    throw new Error(`POST /webhooks/zalo answered ${response.status}: ${response.body.slice(0, 300)}`);
  }
}

async function load(url: string, citizens: SandboxCitizen[], options: Options): Promise<Phase> {
  let index = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: 'POST',
        path: '/webhooks/zalo',
        setupRequest: (request) => {
          const citizen = citizens[index % citizens.length];
          index += 1;
          if (!citizen) throw new Error('no citizens');
          const event = signedTextEvent(citizen, EVENT_TEXT);
          return { ...request, body: event.body, headers: { ...request.headers, ...webhookHeaders(event) } };
        },
      },
    ],
  });
  return {
    eventsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    accepted: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Milliseconds until the inbound and outbound queues and the per-citizen mailboxes are empty, or undefined on
 * timeout. Delayed jobs count (retries are part of the work); other queues' schedulers do not.
 */
async function waitForDrain(redis: Redis, prefix: string): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < DRAIN_TIMEOUT_MS) {
    if ((await pendingWork(redis, prefix)) === 0) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
  }
  return undefined;
}

async function pendingWork(redis: Redis, prefix: string): Promise<number> {
  let pending = 0;
  for (const queue of ['inbound', 'outbound']) {
    const base = `${prefix}:q:${queue}`;
    const [wait, active, prioritized, delayed] = await Promise.all([
      redis.llen(`${base}:wait`),
      redis.llen(`${base}:active`),
      redis.zcard(`${base}:prioritized`),
      redis.zcard(`${base}:delayed`),
    ]);
    pending += wait + active + prioritized + delayed;
  }
  const [, mailboxes] = await redis.scan('0', 'MATCH', `${prefix}:zalo:mbox:*`, 'COUNT', 1000);
  return pending + mailboxes.length;
}
