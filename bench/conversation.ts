// `npm run bench -- conversation [--citizens 300] [--rates 50,100,200] [--duration 10] [--warmup 3]
//                                [--oa-rate-limit 3000] [--database pglite|pg] [--cpu-prof <dir>]
//                                [--layout one|apart|split] [--workers 2] [--dist] [--cpu-quota <cores>]
//                                [--until-p99 <ms>]`
//
// --layout one (default): one `all` process that also plays Zalo; apart: the Zalo simulator in a process of its own, so
// the measured `all` process does only the server's work; split: a `web` process and --workers worker processes
// (production's shape; the Zalo simulator in a process of its own too). --dist runs the compiled server (`npm run
// build` first), as production does, instead of src/ through tsx. CPU, SQL and Redis figures are summed over the
// measured processes; memory is the largest of them. --cpu-quota 0.25 runs each measured process in a control group of
// its own capped at that share of one core (Linux, as root; bench/lib/cpu-quota.ts), as if each had a small core to
// itself: how a machine of two cores shows what one process and a web with two workers each do with a core of their own
// (the `scale-out` bench). --until-p99 150 stops the phases after the second in a row that misses p99 < 150 ms or
// answers fewer than 97 % of its rate (the rest of a ladder of rates would only measure a backlog).
//
// End to end over loopback: a signed `user_send_text` webhook in → the first reply the OA sends to that citizen, as
// recorded by the Zalo simulator. The real server runs as a child process (sandbox mode, temp DATA_DIR, embedded
// PostgreSQL there or with --database pg a throw-away database on the local PostgreSQL, real Redis with a random prefix). N simulated citizens are created through the simulator's control API and
// follow the OA (so they are inside the Zalo window); then each phase drives messages open-loop at a fixed rate, round
// robin over the citizens, each citizen cycling through commands that never touch the LGSP (menu, help, trợ giúp,
// English, Tiếng Việt). The bench signs each event itself, as Zalo does, and POSTs it straight to /webhooks/zalo.
//
// How replies are observed: one long-poll on the simulator's feed of every citizen's chat (`GET /api/conversation`),
// which answers with everything recorded since the last answer, so a reply costs the simulator and the bench no
// request of its own. The latency of a message is the simulator's own record time of the first reply (`at`, taken
// when the OA's send call reaches it; same machine, same clock) minus the moment the bench started the webhook POST,
// so the long-poll's delivery delay is not part of it (the time the bench saw the reply is reported too, as
// `p99_seen_ms`). Replies are matched to messages by order: each citizen's
// messages are answered in order (per-citizen mailbox and outbound lock), and how many OA messages each command
// produces is measured once before the load (calibration), so the k-th reply belongs to a known message. Calibration
// also keeps what each command's replies say (without the recipient), and every reply is checked against the one its
// place calls for: `out_of_order` counts the messages that got another's reply (commands whose replies are the same
// aside). It can only catch a broken order where a citizen's messages wait behind each other
// (`sent_before_previous_answered`): with 300 citizens in turn there are none; `--citizens 5` makes them most.
//
// Zalo allows an app a few thousand OA calls per minute and the server keeps a client-side limit under it
// (ZALO_RATE_LIMIT_PER_MIN, enforced per second as a sixtieth of it). The bench starts the server with
// --oa-rate-limit (default 4000/min, about 66 calls/s): phases that need more calls per second than that queue at the
// limiter, and the figures then show it. Everything is bounded in time; the server is stopped at the end.
//
// Columns: msgs_per_s = webhooks acknowledged per second of sending; answered_per_s = messages answered per second from
// the first send to the last first reply (the pipeline's real throughput when it falls behind); p50..max_ms = reply
// latency; p99_seen_ms = the same as the bench saw it; ack_p99_ms = webhook acknowledgement; server_cpu_pct and
// bench_cpu_pct = CPU of each process over the phase and its drain (100 = one core); engine_mean_ms = the engine's mean
// handling time (server's own histogram); load1 = machine load average; machine_cpu_pct = all cores' busy time (200 =
// both of a 2-core machine full), postgres_cpu_pct and redis_cpu_pct = every PostgreSQL backend's and the Redis
// server's on the machine (read them on a quiet machine), zalo_cpu_pct = the simulator's process (`apart`): where the
// cores went, whether the server or the machine is the bound; rss_* = server resident memory (MiB);
// cpu_ms_per_msg, sql_per_msg, redis_rt_per_msg = server CPU, SQL statements and Redis round trips per answered message
// over the phase and its drain (counted inside the server by bench/lib/count-io.mjs; SQL on PostgreSQL only).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { z } from 'zod';
import { createLogger } from '../src/platform/logger.js';
import { connectRedis } from '../src/platform/redis.js';
import { benchArgs } from './lib/args.js';
import { BENCH_REDIS_URL, deleteKeys } from './lib/bench-redis.js';
import { diffIoCounts, type IoCounts } from './lib/io-counts.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';
import {
  createFollowingCitizens,
  postWebhook as postSignedEvent,
  signedTextEvent,
  type SandboxCitizen,
} from './lib/sandbox-citizens.js';
import { startLayout, type Layout, type MeasuredProcess, type RunningLayout } from './lib/server-layout.js';
import { machineCpuPercent, readMachineCpu } from './lib/machine-cpu.js';
import { createCpuQuota, type CpuQuota } from './lib/cpu-quota.js';
import { findPgliteHost, readProcessCpuSeconds, readProcessMemory, type ProcessMemory } from './lib/server-process.js';

/** Commands every citizen cycles through; none of them calls the LGSP. */
const COMMANDS = ['menu', 'help', 'trợ giúp', 'English', 'Tiếng Việt'] as const;
const TARGET_RATE_PER_S = 200;
const TARGET_P99_MS = 150;
const READY_TIMEOUT_MS = 120_000;
const LONG_POLL_WAIT_MS = 20_000;
/** A citizen's answer is complete when no further reply came for this long (calibration and welcome only). */
const QUIET_MS = 1_000;
const CALIBRATION_TIMEOUT_MS = 15_000;
const WELCOME_TIMEOUT_MS = 180_000;
const DRAIN_TIMEOUT_MS = 60_000;
const MEMORY_SAMPLE_MS = 250;
/** PostgreSQL's backends and the Redis server, whose CPU the phases report beside the server's. */
const WATCHED_COMMANDS = ['postgres', 'redis-server'] as const;
/** How many of a citizen's earlier messages are looked at for a webhook still in flight. */
const IN_FLIGHT_LOOKBACK = 50;
const MIB = (value: number) => Math.round(value * 10) / 10;

interface Options {
  /** `pglite` (default): embedded PostgreSQL in the temp DATA_DIR; `pg`: a throw-away database on PostgreSQL. */
  database: 'pglite' | 'pg';
  citizens: number;
  rates: number[];
  durationSeconds: number;
  warmupSeconds: number;
  oaRateLimitPerMinute: number;
  /** Directory for a V8 CPU profile of the server (written when it exits), or undefined. */
  cpuProfileDir: string | undefined;
  /** How the server's processes are laid out (see bench/lib/server-layout.ts). */
  layout: Layout;
  /** Worker processes with `--layout split`. */
  workers: number;
  /** Run the compiled dist/ instead of src/ through tsx. */
  dist: boolean;
  /** Cores each measured process may use (a control group each), or undefined for no cap. */
  cpuQuotaCores: number | undefined;
  /** Stop after the second phase in a row that does not keep up (`keptUp`) at this p99 bound, in ms. */
  untilP99Ms: number | undefined;
}

/** One message the bench sent and what became of it. */
interface SentMessage {
  sentAt: number;
  /** OA messages still expected for it (from calibration); it leaves the citizen's queue at 0. */
  remaining: number;
  /** What its replies should be, in order (calibration's, for its command), or none to check. */
  expected?: readonly string[];
  /** How many of its replies have come. */
  received: number;
  /** What they said, for calibration's messages only. */
  replies?: string[];
  /** A reply that was not the one expected at its place: another message's, i.e. out of order. */
  outOfOrder?: boolean;
  /** The same citizen's message sent before this one, and after it. */
  previous?: SentMessage;
  next?: SentMessage;
  /** When its webhook was posted and when it was answered (performance.now()). */
  postedAt?: number;
  postedUntil?: number;
  ackStatus?: number;
  ackMs?: number;
  /** Simulator's record time of the first reply. */
  replyAt?: number;
  /** When the bench's long-poll returned that reply. */
  seenAt?: number;
}

interface Citizen extends SandboxCitizen {
  sent: number;
  /**
   * Where this citizen starts in COMMANDS: the citizen's index, so that any run of consecutive messages (round robin over
   * the citizens) holds every command alike, whatever the phase's length. Without it a citizen's n-th message was the
   * same command for everyone: a 10 s phase at 60/s (2 messages each) sent only `menu` and `help`, a 20 s one the
   * language changes too, whose turns have an effect and cost more (the "5.7 statements at 20 s" of 3 December).
   */
  offset: number;
  outs: number;
  lastOutSeenAt: number;
  /** Messages waiting for (more of) their replies, oldest first. */
  waiting: SentMessage[];
  /** The last message the driver sent this citizen. */
  last?: SentMessage;
  /** Replies that arrived when no message of this citizen was waiting (welcome, or a count that did not match). */
  unmatched: number;
}

interface PhaseResult {
  rate: number;
  messages: SentMessage[];
  durationMs: number;
  sendLagP99Ms: number;
  /** Server CPU time over the phase and its drain, as a share of one core (%). */
  cpuPercent: number;
  /** The same CPU time in seconds. */
  cpuSeconds: number;
  /** SQL statements and Redis round trips the server made over the phase and its drain. */
  io: IoCounts | undefined;
  /** Mean time the engine spent handling one inbound event in the phase (server's own histogram), ms. */
  engineMeanMs: number;
  /** The machine's 1-minute load average at the end of the phase (2 cores, shared). */
  load1: number;
  /** This bench process's own CPU over the same span, as a share of one core (%): it competes for the same cores. */
  benchCpuPercent: number;
  /** The machine's busy time, PostgreSQL's, Redis's and the simulator's (when apart) over the span, % of one core. */
  machineCpuPercent: Record<string, number>;
  peakRssMiB: number;
  endRssMiB: number;
  /** With --cpu-quota: the share of enforcement periods in which the kernel held a measured process back (%). */
  throttledPercent?: number;
  /** The embedded database's own process (PGlite runs only): its CPU share of one core (%) and memory (MiB). */
  pglite?: { cpuPercent: number; peakRssMiB: number; endRssMiB: number };
}

const feedSchema = z.object({
  items: z.array(
    z.object({
      citizenId: z.string(),
      seq: z.number().int(),
      direction: z.enum(['in', 'out', 'refused']),
      at: z.string(),
      body: z.unknown(),
    }),
  ),
});

/** What a run measured, for benches that compare runs (`scale-out`). */
export interface ConversationRun {
  options: Options;
  rows: ReportRow[];
  file: string;
}

export async function run(args: string[]): Promise<ConversationRun> {
  const options = parseArgs(args);
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const cpuQuota: CpuQuota | undefined =
    options.cpuQuotaCores === undefined ? undefined : await createCpuQuota(options.cpuQuotaCores, prefix);
  const redis = await connectRedis({ url: BENCH_REDIS_URL, logger: createLogger({ level: 'silent' }), role: 'queue' });
  const observers = new AbortController();
  let server: RunningLayout | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    console.log(`starting the server (sandbox, ${describeSetup(options)}, LOG_LEVEL=warn)…`);
    server = await startLayout({
      layout: options.layout,
      database: options.database,
      workers: options.workers,
      dist: options.dist,
      redisUrl: BENCH_REDIS_URL,
      redisPrefix: prefix,
      nodeArgs: options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [],
      env: { ZALO_RATE_LIMIT_PER_MIN: String(options.oaRateLimitPerMinute) },
      readyTimeoutMs: READY_TIMEOUT_MS,
      ...(cpuQuota ? { cpuQuota } : {}),
    });
    const base = server.ingestUrl;
    const zalo = server.zaloUrl;
    const measured = server.measured;
    const memory = { phasePeakMiB: 0, pglitePeakMiB: 0 };
    // PGlite's own process (a child of the server), measured apart from the server.
    const pgliteHost = await findPgliteHost(measured.map(({ process }) => process.pid));
    const pgliteRss = async () => (pgliteHost === undefined ? undefined : readProcessMemory(pgliteHost));
    sampler = setInterval(() => {
      void largestRss(measured).then((rss) => {
        memory.phasePeakMiB = Math.max(memory.phasePeakMiB, rss);
      });
      void pgliteRss().then((sample) => {
        memory.pglitePeakMiB = Math.max(memory.pglitePeakMiB, sample?.rssMiB ?? 0);
      });
    }, MEMORY_SAMPLE_MS);
    const startRss = await readMemory(measured);
    const pgliteStartRss = await pgliteRss();

    console.log(`creating ${options.citizens} citizens who follow the OA…`);
    const citizens: Citizen[] = (await createFollowingCitizens(zalo, options.citizens)).map((citizen, index) => ({
      ...citizen,
      sent: 0,
      offset: index % COMMANDS.length,
      outs: 0,
      lastOutSeenAt: 0,
      waiting: [],
      unmatched: 0,
    }));
    void observe(zalo, new Map(citizens.map((citizen) => [citizen.id, citizen])), observers.signal);
    await waitForWelcome(citizens);

    const calibration = await calibrate(base, citizens);
    console.log(
      `OA messages per command: ${COMMANDS.map((c, i) => `${c}=${calibration.counts[i] ?? '?'}`).join(', ')}`,
    );
    const driver = createDriver(base, citizens, calibration);

    if (options.warmupSeconds > 0) {
      console.log(`warm-up ${options.warmupSeconds} s at 20 messages/s…`);
      await driver.drive(20, options.warmupSeconds * 1000);
      await drain(citizens);
    }

    const phases: PhaseResult[] = [];
    for (const rate of options.rates) {
      console.log(`phase ${rate} messages/s for ${options.durationSeconds} s…`);
      memory.phasePeakMiB = await largestRss(measured);
      memory.pglitePeakMiB = (await pgliteRss())?.rssMiB ?? 0;
      const pgliteCpuBefore = pgliteHost === undefined ? undefined : await readProcessCpuSeconds(pgliteHost);
      const cpuBefore = await readCpuSeconds(measured);
      const engineBefore = await readEngineTime(measured);
      const ioBefore = await server.readIoCounts();
      const benchCpuBefore = process.cpuUsage();
      const machineBefore = await readMachineCpu(WATCHED_COMMANDS);
      const simulatorCpuBefore =
        server.simulatorPid === undefined ? undefined : await readProcessCpuSeconds(server.simulatorPid);
      const throttledBefore = await cpuQuota?.throttled();
      const phaseStarted = performance.now();
      const driven = await driver.drive(rate, options.durationSeconds * 1000);
      const drained = await drain(citizens);
      const cpuAfter = await readCpuSeconds(measured);
      const pgliteCpuAfter = pgliteHost === undefined ? undefined : await readProcessCpuSeconds(pgliteHost);
      const ioAfter = await server.readIoCounts();
      const engineAfter = await readEngineTime(measured);
      const load1 = os.loadavg()[0] ?? Number.NaN;
      const benchCpu = process.cpuUsage(benchCpuBefore);
      const machineAfter = await readMachineCpu(WATCHED_COMMANDS);
      const simulatorCpuAfter =
        server.simulatorPid === undefined ? undefined : await readProcessCpuSeconds(server.simulatorPid);
      const throttledAfter = await cpuQuota?.throttled();
      const phaseSeconds = (performance.now() - phaseStarted) / 1000;
      const cpuPercent =
        cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : ((cpuAfter - cpuBefore) / phaseSeconds) * 100;
      if (!drained) console.log(`  not every reply arrived within ${DRAIN_TIMEOUT_MS / 1000} s of the phase's end`);
      const endRss = await largestRss(measured);
      const pgliteEnd = await pgliteRss();
      phases.push({
        rate,
        ...driven,
        cpuPercent,
        cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore,
        io: ioBefore && ioAfter ? diffIoCounts(ioBefore, ioAfter) : undefined,
        engineMeanMs:
          engineAfter.count > engineBefore.count
            ? ((engineAfter.seconds - engineBefore.seconds) / (engineAfter.count - engineBefore.count)) * 1000
            : Number.NaN,
        load1,
        benchCpuPercent: ((benchCpu.user + benchCpu.system) / 1e6 / phaseSeconds) * 100,
        machineCpuPercent: {
          ...machineCpuPercent(machineBefore, machineAfter, phaseSeconds),
          ...(simulatorCpuBefore !== undefined && simulatorCpuAfter !== undefined
            ? { zalo: Math.round(((simulatorCpuAfter - simulatorCpuBefore) / phaseSeconds) * 100) }
            : {}),
        },
        peakRssMiB: Math.max(memory.phasePeakMiB, endRss),
        endRssMiB: endRss,
        ...(throttledBefore && throttledAfter
          ? {
              throttledPercent: Math.round(
                ((throttledAfter.throttledPeriods - throttledBefore.throttledPeriods) /
                  Math.max(1, throttledAfter.periods - throttledBefore.periods)) *
                  100,
              ),
            }
          : {}),
        ...(pgliteEnd && pgliteCpuBefore !== undefined && pgliteCpuAfter !== undefined
          ? {
              pglite: {
                cpuPercent: ((pgliteCpuAfter - pgliteCpuBefore) / phaseSeconds) * 100,
                peakRssMiB: Math.max(memory.pglitePeakMiB, pgliteEnd.rssMiB),
                endRssMiB: pgliteEnd.rssMiB,
              },
            }
          : {}),
      });
      // A ladder stops at the second phase in a row that misses: one may miss on a single stall (a full garbage
      // collection in a process capped at a fraction of a core shows as a few hundred milliseconds).
      const bound = options.untilP99Ms;
      if (
        bound !== undefined &&
        phases.slice(-2).filter((phase) => !keptUp(summarize(phase), phase.rate, bound)).length === 2
      ) {
        console.log('  two phases in a row missed the bound: the ladder stops here');
        break;
      }
    }
    const end = await readMemory(measured);
    const pgliteEndRss = await pgliteRss();
    observers.abort();

    const rows = phases.map(summarize);
    for (const phase of phases) {
      const seconds = latencyBySecond(phase).map(({ p99_ms }) => p99_ms);
      console.log(`p99 ms by second sent, ${phase.rate}/s: ${seconds.join(' ')}`);
    }
    const unmatched = citizens.reduce((sum, citizen) => sum + citizen.unmatched, 0);
    const top = phases.find((phase) => phase.rate === TARGET_RATE_PER_S);
    const topRow = top ? summarize(top) : undefined;
    const file = await writeReport({
      name: 'conversation',
      description:
        `Signed user_send_text webhooks (${COMMANDS.join(' / ')}, no LGSP) POSTed open-loop by the bench to the real ` +
        `server (child processes, sandbox, ${describeSetup(options)}) over loopback, round robin over ` +
        `${options.citizens} following citizens, ${options.durationSeconds} s per rate. Latency (ms) = simulator's record ` +
        "time of the first OA reply to that citizen − start of the webhook POST; seen = when the bench's long-poll got it.",
      rows,
      targets: topRow
        ? [
            {
              target: `p99 < ${TARGET_P99_MS} ms at ${TARGET_RATE_PER_S} messages/s (got ${topRow.p99_ms})`,
              met: typeof topRow.p99_ms === 'number' && topRow.p99_ms < TARGET_P99_MS,
            },
            {
              // Acknowledging is not enough: the rate counts only if the answers keep up with it.
              target: `${TARGET_RATE_PER_S} messages/s answered (got ${topRow.answered_per_s})`,
              met: typeof topRow.answered_per_s === 'number' && topRow.answered_per_s >= TARGET_RATE_PER_S * 0.97,
            },
            { target: 'every message answered', met: topRow.unanswered === 0 && topRow.ack_failed === 0 },
            { target: 'every reply in order', met: topRow.out_of_order === 0 },
          ]
        : undefined,
      extra: {
        // BENCH_SERVER_NODE_ARGS changes what is measured (a young generation's size, a trace): kept with the figures.
        options: { ...options, serverNodeArgs: process.env.BENCH_SERVER_NODE_ARGS ?? '' },
        oaMessagesPerCommand: Object.fromEntries(COMMANDS.map((c, i) => [c, calibration.counts[i]])),
        orderChecked: calibration.replies !== undefined,
        unmatchedReplies: unmatched,
        // What the server sent to PostgreSQL and Redis per answered message, by statement and by command, per phase.
        ioPerMessage: phases.map((phase) => ({
          rate: phase.rate,
          ...(phase.io ? perMessage(phase.io, summarize(phase)) : {}),
        })),
        // Whether the slow replies are the phase's first seconds (connections opened, code compiled) or all of it.
        latencyBySecond: phases.map((phase) => ({ rate: phase.rate, seconds: latencyBySecond(phase) })),
        // Per measured process (web, worker1… or all).
        serverRssMiB: Object.fromEntries(
          measured.map(({ name }) => [
            name,
            {
              afterStart: startRss[name] ? MIB(startRss[name].rssMiB) : null,
              end: end[name] ? MIB(end[name].rssMiB) : null,
              peakSinceStart: end[name] ? MIB(end[name].peakRssMiB) : null,
            },
          ]),
        ),
        // PGlite's own process (PGlite runs only), apart from the server's.
        pgliteRssMiB: pgliteEndRss
          ? {
              afterStart: pgliteStartRss ? MIB(pgliteStartRss.rssMiB) : null,
              end: MIB(pgliteEndRss.rssMiB),
              peakSinceStart: MIB(pgliteEndRss.peakRssMiB),
            }
          : null,
        note:
          'Open-loop: sends are scheduled at fixed intervals regardless of replies. Before each phase the bench waits ' +
          'until the OA rate limiter has room for the phase (budget_wait_s), so limiter queueing is excluded.',
      },
    });
    for (const [name, sample] of Object.entries(end)) {
      console.log(`${name} RSS: end ${MIB(sample.rssMiB)} MiB, peak since start ${MIB(sample.peakRssMiB)} MiB`);
    }
    if (pgliteEndRss) {
      console.log(
        `PGlite process RSS: end ${MIB(pgliteEndRss.rssMiB)} MiB, peak since start ${MIB(pgliteEndRss.peakRssMiB)} MiB`,
      );
    }
    if (unmatched > 0) console.log(`warning: ${unmatched} replies could not be matched to a message`);
    return { options, rows, file };
  } finally {
    observers.abort();
    if (sampler) clearInterval(sampler);
    try {
      await server?.stop();
    } finally {
      await cpuQuota?.release();
    }
    await deleteKeys(redis, prefix);
    redis.disconnect();
  }
}

/** Whether a phase at `rate` answered (nearly) all of it, every message, with p99 under `p99Ms`. */
export function keptUp(row: ReportRow, rate: number, p99Ms: number): boolean {
  return (
    typeof row.p99_ms === 'number' &&
    row.p99_ms < p99Ms &&
    Number(row.answered_per_s) >= rate * 0.97 &&
    row.unanswered === 0 &&
    row.ack_failed === 0
  );
}

function perMessage(io: IoCounts, row: ReportRow): Record<string, unknown> {
  const answered = Number(row.sent) - Number(row.unanswered) - Number(row.ack_failed);
  const per = (value: number) => Math.round((value / Math.max(1, answered)) * 100) / 100;
  const perMap = (map: Record<string, number>) =>
    Object.fromEntries(Object.entries(map).map(([key, value]) => [key, per(value)]));
  return {
    answered,
    sql: per(io.sql),
    redisRoundTrips: per(io.redisRoundTrips),
    redisCommands: per(io.redisCommands),
    sqlByText: perMap(io.sqlByText),
    redisByCommand: perMap(io.redisByCommand),
    memoryAfterPhaseMiB: io.memory ?? null,
  };
}

/** Sum and count of the engine's `zalo_egov_conversation_handle_seconds` histogram over the measured processes. */
async function readEngineTime(processes: MeasuredProcess[]): Promise<{ seconds: number; count: number }> {
  const texts = await Promise.all(
    processes.map(({ url }) =>
      fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) })
        .then((response) => response.text())
        .catch(() => ''),
    ),
  );
  const total = (name: string) =>
    texts
      .flatMap((text) => text.split('\n'))
      .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return {
    seconds: total('zalo_egov_conversation_handle_seconds_sum'),
    count: total('zalo_egov_conversation_handle_seconds_count'),
  };
}

/** CPU seconds of the measured processes together; NaN when one of them is gone. */
async function readCpuSeconds(processes: MeasuredProcess[]): Promise<number> {
  const each = await Promise.all(processes.map(({ process }) => readProcessCpuSeconds(process.pid)));
  return each.reduce<number>((sum, seconds) => sum + (seconds ?? Number.NaN), 0);
}

async function readMemory(processes: MeasuredProcess[]): Promise<Record<string, ProcessMemory>> {
  const each = await Promise.all(
    processes.map(async ({ name, process }) => [name, await readProcessMemory(process.pid)] as const),
  );
  return Object.fromEntries(each.filter((entry): entry is [string, ProcessMemory] => entry[1] !== undefined));
}

/** The largest resident set of the measured processes (the < 250 MB target is per process). */
async function largestRss(processes: MeasuredProcess[]): Promise<number> {
  return Math.max(0, ...Object.values(await readMemory(processes)).map((sample) => sample.rssMiB));
}

function describeSetup(options: Options): string {
  const code = options.dist ? 'compiled dist/' : 'src/ through tsx';
  const layout =
    options.layout === 'one'
      ? 'one all process with the Zalo simulator inside'
      : options.layout === 'apart'
        ? 'one all process, the Zalo simulator in a web process of its own'
        : `a web process and ${options.workers} worker processes, the Zalo simulator in a process of its own`;
  return `${describeDatabase(options)}, ${layout}, ${code}`;
}

function describeDatabase(options: Options): string {
  return options.database === 'pg' ? 'PostgreSQL (throw-away database)' : 'embedded PostgreSQL (PGlite)';
}

function parseArgs(args: string[]): Options {
  const { raw, number: whole, flag } = benchArgs(args);
  const rates = (raw('rates') ?? '50,100,200').split(',').map(Number);
  if (rates.some((rate) => !Number.isInteger(rate) || rate < 1 || rate > 2000)) {
    throw new Error('--rates expects comma-separated whole numbers of messages/s (1..2000)');
  }
  const database = raw('database') ?? 'pglite';
  if (database !== 'pglite' && database !== 'pg') throw new Error('--database expects pglite or pg');
  const layout = raw('layout') ?? 'one';
  if (layout !== 'one' && layout !== 'apart' && layout !== 'split') {
    throw new Error('--layout expects one, apart or split');
  }
  return {
    database,
    layout,
    workers: whole('workers', 2, 1, 8),
    dist: flag('dist'),
    citizens: whole('citizens', 300, 1, 5000),
    rates,
    durationSeconds: whole('duration', 10, 1, 60),
    warmupSeconds: whole('warmup', 3, 0, 30),
    // Above 4,000 (Zalo's limit) only for a capacity run: the server accepts it in sandbox mode.
    oaRateLimitPerMinute: whole('oa-rate-limit', 4000, 1, 1_000_000),
    cpuProfileDir: raw('cpu-prof') === undefined ? undefined : path.resolve(raw('cpu-prof') ?? ''),
    cpuQuotaCores: raw('cpu-quota') === undefined ? undefined : whole('cpu-quota', 0, 0.05, 16, true),
    untilP99Ms: raw('until-p99') === undefined ? undefined : whole('until-p99', 150, 1, 60_000),
  };
}

/**
 * Whether the message's webhook was in flight together with another of the citizen's: an earlier one acknowledged
 * after this one was sent, or this one acknowledged after the next was sent (on the bench's monotonic clock).
 */
function inFlightTogether(message: SentMessage): boolean {
  const unanswered = Number.POSITIVE_INFINITY;
  if (message.next && (message.postedUntil ?? unanswered) >= (message.next.postedAt ?? unanswered)) return true;
  // Earlier webhooks acknowledged long before this one was sent end the walk.
  for (let earlier = message.previous, steps = 0; earlier && steps < IN_FLIGHT_LOOKBACK; earlier = earlier.previous) {
    if ((earlier.postedUntil ?? unanswered) >= (message.postedAt ?? unanswered)) return true;
    steps += 1;
  }
  return false;
}

/** Reply latency of the messages sent in each second of the phase. */
function latencyBySecond(phase: PhaseResult): { second: number; answered: number; p50_ms: number; p99_ms: number }[] {
  const first = Math.min(...phase.messages.map((m) => m.sentAt));
  const bySecond: number[][] = [];
  for (const m of phase.messages) {
    if (m.replyAt === undefined) continue;
    const second = Math.floor((m.sentAt - first) / 1000);
    (bySecond[second] ??= []).push(m.replyAt - m.sentAt);
  }
  return Array.from(bySecond, (latencies = [], second) => ({
    second,
    answered: latencies.length,
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
  }));
}

function summarize(phase: PhaseResult): ReportRow {
  const acked = phase.messages.filter((m) => m.ackStatus === 200);
  const replied = acked.flatMap((m) => (m.replyAt === undefined ? [] : [m]));
  const latencies = replied.map((m) => (m.replyAt ?? 0) - m.sentAt);
  const seen = replied.map((m) => (m.seenAt ?? 0) - m.sentAt);
  const acks = acked.map((m) => m.ackMs ?? 0);
  // How fast answers actually came: answered messages over the span from the first send to the last first reply.
  const firstSent = Math.min(...phase.messages.map((m) => m.sentAt));
  const lastReply = Math.max(...replied.map((m) => m.replyAt ?? 0));
  const answeredPerSecond = replied.length > 0 ? (replied.length / Math.max(1, lastReply - firstSent)) * 1000 : 0;
  return {
    rate_target: phase.rate,
    sent: phase.messages.length,
    msgs_per_s: Math.round((acked.length / phase.durationMs) * 1000 * 10) / 10,
    answered_per_s: Math.round(answeredPerSecond * 10) / 10,
    p50_ms: percentile(latencies, 50),
    p90_ms: percentile(latencies, 90),
    p99_ms: percentile(latencies, 99),
    max_ms: latencies.length > 0 ? Math.max(...latencies) : Number.NaN,
    p99_seen_ms: percentile(seen, 99),
    ack_p99_ms: Math.round(percentile(acks, 99) * 10) / 10,
    ack_failed: phase.messages.length - acked.length,
    unanswered: acked.length - replied.length,
    // Messages with a reply that was not theirs in its place (calibration's replies for the command differ), where the
    // citizen's messages before and after it were each acknowledged before the next was sent: the server broke the
    // order it promises.
    out_of_order: phase.messages.filter((m) => m.outOfOrder && !inFlightTogether(m)).length,
    // The same where two of a citizen's webhooks were in flight at once (a backlog: acknowledged after the citizen's
    // next message was sent): the server orders what it has admitted by Zalo's timestamp, and when the later one was
    // admitted and handled before the earlier came in, the replies follow the admission.
    reordered_in_flight: phase.messages.filter((m) => m.outOfOrder && inFlightTogether(m)).length,
    // Messages sent before the citizen's previous one was answered: only these can show a broken order (with many
    // citizens in turn and quick replies there are none, and the check above proves nothing; --citizens 5 makes many).
    sent_before_previous_answered: phase.messages.filter(
      (m) => m.previous !== undefined && (m.previous.replyAt ?? Number.POSITIVE_INFINITY) > m.sentAt,
    ).length,
    send_lag_p99_ms: Math.round(phase.sendLagP99Ms * 10) / 10,
    server_cpu_pct: Math.round(phase.cpuPercent),
    ...(phase.throttledPercent === undefined ? {} : { throttled_pct: phase.throttledPercent }),
    // Per message answered: everything the server did over the phase and its drain (ingest, turn, delivery, polls).
    cpu_ms_per_msg: replied.length > 0 ? Math.round((phase.cpuSeconds / replied.length) * 1000 * 10) / 10 : Number.NaN,
    sql_per_msg: phase.io && replied.length > 0 ? Math.round((phase.io.sql / replied.length) * 10) / 10 : Number.NaN,
    redis_rt_per_msg:
      phase.io && replied.length > 0 ? Math.round((phase.io.redisRoundTrips / replied.length) * 10) / 10 : Number.NaN,
    engine_mean_ms: Math.round(phase.engineMeanMs * 10) / 10,
    load1: Math.round(phase.load1 * 10) / 10,
    bench_cpu_pct: Math.round(phase.benchCpuPercent),
    machine_cpu_pct: phase.machineCpuPercent.machine ?? Number.NaN,
    postgres_cpu_pct: phase.machineCpuPercent.postgres ?? Number.NaN,
    redis_cpu_pct: phase.machineCpuPercent['redis-server'] ?? Number.NaN,
    ...(phase.machineCpuPercent.zalo === undefined ? {} : { zalo_cpu_pct: phase.machineCpuPercent.zalo }),
    rss_peak_mib: MIB(phase.peakRssMiB),
    rss_end_mib: MIB(phase.endRssMiB),
    ...(phase.pglite
      ? {
          pglite_cpu_pct: Math.round(phase.pglite.cpuPercent),
          pglite_rss_peak_mib: MIB(phase.pglite.peakRssMiB),
          pglite_rss_end_mib: MIB(phase.pglite.endRssMiB),
        }
      : {}),
  };
}

/** One long-poll loop on every citizen's chat: every reply the OA sends goes through `receiveReply`. */
async function observe(base: string, citizens: ReadonlyMap<string, Citizen>, signal: AbortSignal): Promise<void> {
  let after = 0;
  while (!signal.aborted) {
    try {
      const response = await request(
        `${base}/sandbox/zalo/api/conversation?after=${after}&waitMs=${LONG_POLL_WAIT_MS}`,
        {
          signal,
        },
      );
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`the simulator's feed answered ${response.statusCode}`);
      }
      const { items } = feedSchema.parse(await response.body.json());
      const seenAt = Date.now();
      for (const item of items) {
        after = Math.max(after, item.seq);
        const citizen = citizens.get(item.citizenId);
        if (citizen && item.direction === 'out') {
          receiveReply(citizen, Date.parse(item.at), seenAt, replyFingerprint(item.body));
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      console.error(`long-poll failed: ${error instanceof Error ? error.message : String(error)}`);
      await sleep(200);
    }
  }
}

/** What a reply said, without whom it went to: the same command gets the same reply for every citizen. */
function replyFingerprint(body: unknown): string {
  const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : body;
  return JSON.stringify(message);
}

function receiveReply(citizen: Citizen, at: number, seenAt: number, fingerprint: string): void {
  citizen.outs += 1;
  citizen.lastOutSeenAt = seenAt;
  const head = citizen.waiting[0];
  if (!head) {
    citizen.unmatched += 1;
    return;
  }
  if (head.replyAt === undefined) {
    head.replyAt = at;
    head.seenAt = seenAt;
  }
  if (head.expected !== undefined && head.expected[head.received] !== fingerprint) head.outOfOrder = true;
  head.received += 1;
  head.replies?.push(fingerprint);
  head.remaining -= 1;
  if (head.remaining <= 0) citizen.waiting.shift();
}

/** Waits until every citizen got at least one welcome message and nothing more arrived for a while. */
async function waitForWelcome(citizens: Citizen[]): Promise<void> {
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const lastOut = Math.max(...citizens.map((c) => c.lastOutSeenAt));
    if (citizens.every((c) => c.outs > 0) && Date.now() - lastOut > QUIET_MS * 2) break;
    await sleep(200);
  }
  const silent = citizens.filter((c) => c.outs === 0).length;
  if (silent > 0) throw new Error(`${silent} citizens got no welcome message within ${WELCOME_TIMEOUT_MS / 1000} s`);
  for (const citizen of citizens) citizen.unmatched = 0;
}

async function postWebhook(base: string, citizen: Citizen, text: string, message: SentMessage): Promise<void> {
  const event = signedTextEvent(citizen, text);
  message.sentAt = Date.now();
  const started = performance.now();
  message.postedAt = started;
  try {
    message.ackStatus = (await postSignedEvent(base, event)).status;
  } catch {
    message.ackStatus = 0;
  }
  message.postedUntil = performance.now();
  message.ackMs = message.postedUntil - started;
  // A refused event gets no reply: stop expecting one, or the citizen's later replies would be matched to it.
  if (message.ackStatus !== 200) citizen.waiting = citizen.waiting.filter((waiting) => waiting !== message);
}

/**
 * Sends each command once more to the first citizen, one at a time, counting the OA messages each one produces and
 * keeping what they say. Two full cycles must agree on the counts, since the matching of replies to messages depends
 * on them; where they also agree on the replies, each message's replies are checked against its command's (a reply of
 * another message in its place is counted as out of order).
 */
async function calibrate(base: string, citizens: Citizen[]): Promise<Calibration> {
  const citizen = citizens[0];
  if (!citizen) throw new Error('no citizens');
  const counts: number[][] = [];
  const replies: string[][][] = [];
  for (let round = 0; round < 2; round += 1) {
    const roundCounts: number[] = [];
    const roundReplies: string[][] = [];
    for (const command of COMMANDS) {
      const before = citizen.outs;
      const said: string[] = [];
      const message: SentMessage = { sentAt: 0, remaining: Number.POSITIVE_INFINITY, received: 0, replies: said };
      citizen.waiting.push(message);
      citizen.sent += 1;
      await postWebhook(base, citizen, command, message);
      const deadline = Date.now() + CALIBRATION_TIMEOUT_MS;
      while (Date.now() < deadline && !(citizen.outs > before && Date.now() - citizen.lastOutSeenAt > QUIET_MS)) {
        await sleep(50);
      }
      citizen.waiting = [];
      if (citizen.outs === before) throw new Error(`no reply to "${command}" within ${CALIBRATION_TIMEOUT_MS} ms`);
      roundCounts.push(citizen.outs - before);
      roundReplies.push(said);
    }
    counts.push(roundCounts);
    replies.push(roundReplies);
  }
  const [first, second] = counts;
  if (!first || !second || first.some((count, i) => count !== second[i])) {
    throw new Error(`replies per command differ between rounds (${JSON.stringify(counts)}): cannot match replies`);
  }
  const same = JSON.stringify(replies[0]) === JSON.stringify(replies[1]);
  if (!same) console.log("warning: the commands' replies differ between rounds: their order is not checked");
  else {
    const distinct = new Set((replies[0] ?? []).map((each) => JSON.stringify(each))).size;
    console.log(`order checked by what the replies say: ${distinct} different replies to ${COMMANDS.length} commands`);
  }
  return { counts: first, replies: same ? (replies[0] ?? []) : undefined };
}

interface Calibration {
  /** OA messages per command, in COMMANDS' order. */
  counts: number[];
  /** What each command's replies say, when two rounds agreed. */
  replies: string[][] | undefined;
}

function createDriver(base: string, citizens: Citizen[], calibration: Calibration) {
  let turn = 0;
  return {
    /** Sends `rate` messages a second for `durationMs`, open-loop; resolves when every webhook POST has answered. */
    async drive(rate: number, durationMs: number) {
      const total = Math.round((rate * durationMs) / 1000);
      const messages: SentMessage[] = [];
      const posts: Promise<void>[] = [];
      const lags: number[] = [];
      const start = performance.now();
      for (let i = 0; i < total;) {
        const due = start + (i * 1000) / rate;
        const now = performance.now();
        if (now < due) {
          await sleep(Math.min(due - now, 20));
          continue;
        }
        lags.push(now - due);
        const citizen = citizens[turn % citizens.length];
        turn += 1;
        if (!citizen) continue;
        const position = (citizen.offset + citizen.sent) % COMMANDS.length;
        citizen.sent += 1;
        const expected = calibration.replies?.[position];
        const message: SentMessage = {
          sentAt: Date.now(),
          remaining: calibration.counts[position] ?? 1,
          received: 0,
          ...(expected ? { expected } : {}),
        };
        if (citizen.last) {
          message.previous = citizen.last;
          citizen.last.next = message;
        }
        citizen.last = message;
        citizen.waiting.push(message);
        messages.push(message);
        posts.push(postWebhook(base, citizen, COMMANDS[position] ?? 'menu', message));
        i += 1;
      }
      // From the first send to one interval after the last: n messages at `rate` span n / rate seconds.
      const elapsedMs = performance.now() - start + 1000 / rate;
      await Promise.all(posts);
      return { messages, durationMs: elapsedMs, sendLagP99Ms: percentile(lags, 99) };
    },
  };
}

/** Waits until every message got all its replies; false when some are still missing at the deadline. */
async function drain(citizens: Citizen[]): Promise<boolean> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (citizens.every((citizen) => citizen.waiting.length === 0)) return true;
    await sleep(100);
  }
  // What is still missing now counts as unanswered; forget it so the next phase's replies match their own messages.
  for (const citizen of citizens) citizen.waiting = [];
  return false;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
