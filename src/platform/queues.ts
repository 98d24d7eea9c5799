import {
  DelayedError,
  Job,
  Queue,
  UnrecoverableError,
  Worker,
  type ConnectionOptions,
  type JobsOptions,
  type WorkerOptions,
} from 'bullmq';
import { Redis as IORedis } from 'ioredis';
import type { z } from 'zod';
import { isInfrastructureError } from './infrastructure-errors.js';
import type { Redis } from './redis.js';
import { defineRedisScript, type RedisScript } from './redis-script.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export { UnrecoverableError, DelayedError, RateLimitError } from 'bullmq';
export type { Job, JobsOptions };

/** A queue's name, payload schema and default job options: the single source both producers and workers use. */
export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  schema: S;
  defaultJobOptions: JobsOptions;
}

/**
 * Defaults for every queue: retried with exponential back-off and jitter (transient failures), completed jobs
 * trimmed quickly, failed ones kept a week for inspection.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function defineQueue<S extends z.ZodType>(
  name: string,
  schema: S,
  defaultJobOptions: JobsOptions = {},
): QueueDefinition<S> {
  return { name, schema, defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...defaultJobOptions } };
}

/** How long a job waits when PostgreSQL or Redis is down before it tries again (plus up to half as much jitter). */
export const OUTAGE_RETRY_DELAY_MS = 2000;

/**
 * BullMQ's own limiter rule (getRateLimitTTL, then INCR with the window's expiry on the first), for up to ARGV[3]
 * slots at once: returns how many were taken (0 when the window is full or paused).
 */
const TAKE_RATE_LIMIT_SLOTS = defineRedisScript(`
local max = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if redis.call('PTTL', KEYS[1]) <= 0 then current = 0 end
local n = math.min(tonumber(ARGV[3]), max - current)
if n <= 0 then return 0 end
if current == 0 then redis.call('SET', KEYS[1], n, 'PX', ARGV[2]) else redis.call('INCRBY', KEYS[1], n) end
return n`);

/**
 * Up to ARGV[3] slots for work that gives way (broadcast batches): none while a job waits in the wait list (KEYS[2]),
 * and never the slots the work that comes first is expected to need before the window ends: its demand per second
 * (the larger of the previous and the current second's, KEYS[3] and KEYS[4]) times ARGV[5] (headroom, in percent),
 * for the window's remaining share, and at least ARGV[4]. Returns {taken, ms until the window ends when none was
 * taken for want of room (0 when a job waits: it takes its slot now)}.
 */
const TAKE_SLOTS_GIVING_WAY = defineRedisScript(`
if redis.call('LLEN', KEYS[2]) > 0 then return {0, 0} end
local max = tonumber(ARGV[1])
local duration = tonumber(ARGV[2])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then
  current = 0
  ttl = duration
end
local demand = math.max(tonumber(redis.call('GET', KEYS[3]) or 0), tonumber(redis.call('GET', KEYS[4]) or 0))
local reserved = math.max(tonumber(ARGV[4]), math.ceil(demand * tonumber(ARGV[5]) / 100 * ttl / duration))
local n = math.min(tonumber(ARGV[3]), max - reserved - current)
if n <= 0 then return {0, ttl} end
if current == 0 then redis.call('SET', KEYS[1], n, 'PX', duration) else redis.call('INCRBY', KEYS[1], n) end
return {n, 0}`);

/** What `takeRateLimitSlotsGivingWay` got: slots taken; when none for want of room, the ms until the window ends. */
export interface SlotsTaken {
  taken: number;
  retryInMs: number;
}

/** Where queues live: a BullMQ connection (no ioredis keyPrefix) and this deployment's queue prefix. */
export interface QueueContext {
  connection: ConnectionOptions;
  /** BullMQ key prefix, e.g. `zegov:q`; tests use a random one each. */
  prefix: string;
}

/** A BullMQ queue whose payloads are checked against the definition's schema before they are stored. */
export class TypedQueue<S extends z.ZodType> {
  readonly queue: Queue;
  #transactions: IORedis | undefined;
  /** Settles when the last transaction asked for has been handed to the connection (see `addManyWith`). */
  #sendTurn: Promise<void> = Promise.resolve();

  constructor(
    readonly definition: QueueDefinition<S>,
    private readonly context: QueueContext,
  ) {
    this.queue = new Queue(definition.name, {
      connection: context.connection,
      prefix: context.prefix,
      defaultJobOptions: definition.defaultJobOptions,
    });
  }

  /** Adds a job; throws a ZodError (and stores nothing) when the payload does not match the schema. */
  async add(jobName: string, data: z.input<S>, options?: JobsOptions): Promise<Job> {
    const parsed = this.definition.schema.parse(data);
    return this.queue.add(jobName, parsed, options);
  }

  /**
   * Adds a job in one MULTI with the commands `before` puts first on the queue's own connection: one round trip to
   * Redis, and the commands and the job take effect together (none of them when the connection fails). Returns the
   * replies to `before`'s commands, in order. Keys given there are whole keys (the queue's connection adds no prefix).
   */
  async addWith(
    jobName: string,
    data: z.input<S>,
    options: JobsOptions | undefined,
    before: (multi: RedisTransaction) => void,
  ): Promise<unknown[]> {
    const [outcome] = await this.addManyWith([{ jobName, data, options, before }]);
    if (!outcome) throw new Error(`the ${this.definition.name} transaction returned nothing`);
    if ('error' in outcome) throw outcome.error;
    return outcome.replies;
  }

  /**
   * `addWith` for many jobs in one MULTI, one round trip for all (each entry's commands, then its job, entry after
   * entry). Each entry gets its own outcome: the replies to its `before`'s commands, or the first error among its
   * commands and its job insert (a payload that does not match the schema: its ZodError, and nothing of that entry is
   * sent). Throws, for every entry, when the transaction itself fails (connection, abort).
   */
  async addManyWith(entries: ReadonlyArray<TransactionEntry<z.input<S>>>): Promise<TransactionOutcome[]> {
    // Transactions reach Redis in the order they were asked for, whatever each one's preparation awaits: the events
    // of a later turn of the event loop must not overtake an earlier turn's (per-citizen order).
    const previous = this.#sendTurn;
    let sent!: () => void;
    this.#sendTurn = new Promise<void>((resolve) => (sent = resolve));
    try {
      return await this.#addManyWith(entries, async (multi) => {
        await previous;
        const replies = multi.exec();
        sent();
        return replies;
      });
    } finally {
      sent();
    }
  }

  async #addManyWith(
    entries: ReadonlyArray<TransactionEntry<z.input<S>>>,
    exec: (multi: RedisTransaction) => ReturnType<RedisTransaction['exec']>,
  ): Promise<TransactionOutcome[]> {
    const client = await this.queue.backend.client;
    const connection = this.transactionConnection();
    // BullMQ puts its job insert (one of its Lua scripts) on the transaction: taken down first, then written after
    // `before`'s commands, once the script is defined on our connection (a MULTI sees only the scripts defined when
    // it starts).
    const prepared: Array<{
      index: number;
      entry: TransactionEntry<z.input<S>>;
      inserts: Array<{ name: string; args: unknown[] }>;
    }> = [];
    const refused = new Map<number, Error>();
    for (const [index, entry] of entries.entries()) {
      const checked = this.definition.schema.safeParse(entry.data);
      if (!checked.success) {
        // This entry alone: nothing of it is sent.
        refused.set(index, checked.error);
        continue;
      }
      const parsed: unknown = checked.data;
      const inserts: Array<{ name: string; args: unknown[] }> = [];
      const transaction = {
        runCommand(name: string, args: unknown[]) {
          inserts.push({ name, args });
          return transaction;
        },
      };
      const jobId = entry.options?.jobId;
      // What Queue.add does, on our transaction (as BullMQ's own flows do): the queue's defaults, then the options.
      const job = new Job(
        this.queue,
        entry.jobName,
        parsed,
        { ...this.queue.jobsOpts, ...entry.options, jobId },
        jobId,
      );
      await job.addJob(transaction as unknown as Parameters<Job['addJob']>[0]);
      prepared.push({ index, entry, inserts });
    }
    const allInserts = prepared.flatMap(({ inserts }) => inserts);
    if (connection) {
      const scripts = (client as unknown as { scriptsSet: Record<string, unknown> }).scriptsSet;
      for (const { name } of allInserts) if (!(name in connection)) defineScript(connection, name, scripts);
    }
    const multi = (connection ? connection.multi() : client.multi()) as unknown as RedisTransaction &
      Record<string, unknown>;
    // ioredis counts the MULTI itself in a transaction's length; EXEC's replies do not include it.
    const opened = multi.length;
    const spans = new Map<number, { start: number; commands: number; end: number }>();
    for (const { index, entry, inserts } of prepared) {
      const start = multi.length - opened;
      entry.before(multi);
      const commands = multi.length - opened - start;
      for (const { name, args } of inserts) {
        const command = multi[name];
        if (typeof command !== 'function') throw new Error(`BullMQ's ${name} script is not defined`);
        Reflect.apply(command, multi, [args]);
      }
      spans.set(index, { start, commands, end: multi.length - opened });
    }
    if (spans.size === 0) return entries.map((_, index) => ({ error: refused.get(index) ?? new Error('not sent') }));
    const replies = await exec(multi);
    if (!replies) throw new Error(`the ${this.definition.name} transaction was aborted`);
    // Redis lost its scripts (a restart that kept the socket, SCRIPT FLUSH, a failover). An error inside EXEC does not
    // tell ioredis, which would send the job insert's EVALSHA in vain on this socket from then on: load the scripts
    // server-wide so that the caller's retry (it sees NOSCRIPT) inserts the job.
    if (replies.some(([error]) => error?.message.startsWith('NOSCRIPT'))) {
      await loadScripts(client as unknown as IORedis, allInserts);
    }
    return entries.map((_, index) => {
      const span = spans.get(index);
      if (!span) return { error: refused.get(index) ?? new Error('not sent') };
      const { start, commands, end } = span;
      const own = replies.slice(start, end);
      const failed = own.find(([error]) => error);
      if (failed?.[0]) return { error: failed[0] };
      return { replies: own.slice(0, commands).map(([, reply]) => reply) };
    });
  }

  /**
   * A connection of the queue's own for `addWith`'s transactions, with only the scripts they use: ioredis copies
   * every script defined on a connection into each MULTI it starts, and BullMQ defines about fifty on the queue's (at
   * thousands of webhook events a second that copy was 6–8 % of the web process's CPU). Undefined when the queue was
   * given connection options instead of a connection.
   */
  private transactionConnection(): IORedis | undefined {
    if (this.#transactions) return this.#transactions;
    const { connection } = this.context;
    if (!(connection instanceof IORedis)) return undefined;
    this.#transactions = connection.duplicate({
      connectionName: `${this.definition.name}-transactions`,
      // Fail fast in an outage (the webhook answers 503 and Zalo retries) instead of keeping every event's
      // transaction in memory until Redis is back.
      maxRetriesPerRequest: 1,
    });
    // Its failures are reported as the queue connection's, whose listener logs them once per outage.
    this.#transactions.on('error', (error: Error) => connection.emit('error', error));
    return this.#transactions;
  }

  async addBulk(jobs: Array<{ name: string; data: z.input<S>; opts?: JobsOptions }>): Promise<Job[]> {
    const parsed = jobs.map((job) => ({ ...job, data: this.definition.schema.parse(job.data) }));
    return this.queue.addBulk(parsed);
  }

  /**
   * Takes one slot of the queue's rate limiter (BullMQ's `limiter` key: the count of jobs started in the current
   * window, or a pause set by `rateLimit`) for work done outside a job; false when the window is full or paused.
   */
  async takeRateLimitSlot(max: number, durationMs: number): Promise<boolean> {
    return (await this.takeRateLimitSlots(max, durationMs, 1)) === 1;
  }

  /** `takeRateLimitSlot` for up to `wanted` slots at once (a job doing several calls): how many were taken. */
  async takeRateLimitSlots(max: number, durationMs: number, wanted: number): Promise<number> {
    if (wanted <= 0) return 0;
    const client = (await this.queue.backend.client) as unknown as Redis;
    return Number(await TAKE_RATE_LIMIT_SLOTS.run(client, [this.queue.keys.limiter ?? ''], [max, durationMs, wanted]));
  }

  /**
   * `takeRateLimitSlots` for work that gives way to the queue's jobs without priority and to the work that comes
   * first (replies before a broadcast): none while such a job waits, and never the slots the replies are expected to
   * need before the window ends (their demand of the last second, which the work that comes first counts in
   * `demandKeyNow()` as it takes its slot, times `reserve.headroom` for the window's remaining share), nor its last
   * `reserve.min`.
   */
  async takeRateLimitSlotsGivingWay(
    max: number,
    durationMs: number,
    wanted: number,
    reserve: { min: number; headroom: number },
  ): Promise<SlotsTaken> {
    if (wanted <= 0) return { taken: 0, retryInMs: 0 };
    const client = (await this.queue.backend.client) as unknown as Redis;
    const second = Math.floor(Date.now() / 1000);
    const keys = [
      this.queue.keys.limiter ?? '',
      this.queue.keys.wait ?? '',
      this.demandKey(second - 1),
      this.demandKey(second),
    ];
    const reply = await TAKE_SLOTS_GIVING_WAY.run(client, keys, [
      max,
      durationMs,
      wanted,
      reserve.min,
      Math.round(reserve.headroom * 100),
    ]);
    const [taken, retryInMs] = Array.isArray(reply) ? reply.map(Number) : [0, 0];
    return { taken: taken ?? 0, retryInMs: retryInMs ?? 0 };
  }

  /**
   * This second's count of the calls of the work that comes first, which `takeRateLimitSlotsGivingWay` reads: the work
   * that comes first adds its calls there in the script that takes its slot (with `runWithRateLimiter`; the replies'
   * is `TAKE_SLOTS_AND_LOCK` in messaging), kept 3 s.
   */
  demandKeyNow(): string {
    return this.demandKey(Math.floor(Date.now() / 1000));
  }

  /** The count of calls of the work that comes first in one second (epoch seconds), beside the limiter's key. */
  private demandKey(second: number): string {
    return `${this.queue.keys.limiter ?? ''}:demand:${second}`;
  }

  /**
   * Runs `script` on the queue's connection with the queue's rate limiter key first among its KEYS (whole keys: this
   * connection adds no prefix), for a caller that takes a slot of the limit together with its own keys in one round
   * trip (a slot and a lock, say). The script keeps BullMQ's rule (see `TAKE_RATE_LIMIT_SLOTS`).
   */
  async runWithRateLimiter(script: RedisScript, keys: string[], args: Array<string | number>): Promise<unknown> {
    const client = (await this.queue.backend.client) as unknown as Redis;
    return script.run(client, [this.queue.keys.limiter ?? '', ...keys], args);
  }

  /** Job counts by state, for metrics and progress views. */
  async depth(): Promise<Array<{ queue: string; state: string; count: number }>> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    return Object.entries(counts).map(([state, count]) => ({ queue: this.definition.name, state, count }));
  }

  async close(): Promise<void> {
    this.#transactions?.disconnect();
    this.#transactions = undefined;
    await this.queue.close();
  }
}

/** Loads (server-wide) the Lua of BullMQ's scripts that `inserts` ran, as the queue's connection defines them. */
async function loadScripts(client: IORedis, inserts: ReadonlyArray<{ name: string }>): Promise<void> {
  const scripts = (client as unknown as { scriptsSet: Record<string, unknown> }).scriptsSet;
  for (const name of new Set(inserts.map((insert) => insert.name))) {
    const script: unknown = scripts[name];
    const lua: unknown = typeof script === 'object' && script !== null ? Reflect.get(script, 'lua') : undefined;
    if (typeof lua === 'string') await client.script('LOAD', lua);
  }
}

/** Defines BullMQ's script `name` on `connection` as the queue's connection has it (its Lua and number of keys). */
function defineScript(connection: IORedis, name: string, scripts: Record<string, unknown>): void {
  const script: unknown = scripts[name];
  const lua: unknown = typeof script === 'object' && script !== null ? Reflect.get(script, 'lua') : undefined;
  const numberOfKeys: unknown =
    typeof script === 'object' && script !== null ? Reflect.get(script, 'numberOfKeys') : undefined;
  if (typeof lua !== 'string' || typeof numberOfKeys !== 'number') {
    throw new Error(`BullMQ's ${name} script is not defined on the queue's connection`);
  }
  connection.defineCommand(name, { lua, numberOfKeys });
}

/** One job of `TypedQueue.addManyWith`, with the commands that go before it in the transaction. */
export interface TransactionEntry<T> {
  jobName: string;
  data: T;
  options?: JobsOptions | undefined;
  before: (multi: RedisTransaction) => void;
}

/** What one entry of `TypedQueue.addManyWith` got: the replies to its own commands, or its first error. */
export type TransactionOutcome = { replies: unknown[] } | { error: Error };

/** An ioredis MULTI on a queue's connection, as `TypedQueue.addWith` hands it out. */
export interface RedisTransaction {
  readonly length: number;
  /** Runs a script by its SHA-1 (the caller makes sure it is loaded). */
  evalsha(sha: string, numberOfKeys: number, ...keysAndArgs: Array<string | number>): RedisTransaction;
  exec(): Promise<Array<[Error | null, unknown]> | null>;
}

export function createQueue<S extends z.ZodType>(definition: QueueDefinition<S>, context: QueueContext): TypedQueue<S> {
  return new TypedQueue(definition, context);
}

export interface WorkerContext extends QueueContext {
  logger: Logger;
  metrics?: Metrics;
  concurrency?: number;
  limiter?: WorkerOptions['limiter'];
  /** Start processing at once (default) or wait for `worker.run()`. */
  autorun?: boolean;
  /**
   * BullMQ's job lock and stalled-job check (defaults 30 s each): a job whose worker died goes to another worker once
   * its lock expired, on the second check that finds it so, so up to `lockDurationMs` + 2 × `stalledIntervalMs` after
   * the lock's last renewal. Production keeps the defaults; tests of a worker that died set them shorter.
   */
  jobLock?: { lockDurationMs: number; stalledIntervalMs: number };
}

/**
 * Creates a worker whose processor receives a parsed payload. A payload that does not match the schema fails the
 * job without retry: no retry can fix it. A job that fails because PostgreSQL or Redis is unreachable waits and tries
 * again without using up an attempt, however long the outage lasts. Outcomes are counted in `zalo_egov_jobs_total`.
 */
export function createWorker<S extends z.ZodType, R = unknown>(
  definition: QueueDefinition<S>,
  processor: (data: z.output<S>, job: Job, token: string | undefined) => Promise<R>,
  context: WorkerContext,
): Worker {
  const logger = context.logger.child({ queue: definition.name });
  const worker = new Worker(
    definition.name,
    async (job: Job, token?: string) => {
      const parsed = definition.schema.safeParse(job.data);
      if (!parsed.success) {
        throw new UnrecoverableError(`Job payload does not match the ${definition.name} schema`);
      }
      try {
        return await processor(parsed.data, job, token);
      } catch (error) {
        if (!isInfrastructureError(error) || token === undefined) throw error;
        context.metrics?.jobOutcomes.inc({ queue: definition.name, outcome: 'outage_delayed' });
        logger.warn({ jobId: job.id, err: { name: errorName(error) } }, 'infrastructure unavailable; job waits');
        const delay = OUTAGE_RETRY_DELAY_MS * (1 + Math.random() / 2);
        await job.moveToDelayed(Date.now() + delay, token);
        throw new DelayedError();
      }
    },
    {
      connection: context.connection,
      prefix: context.prefix,
      concurrency: context.concurrency ?? 1,
      autorun: context.autorun ?? true,
      ...(context.limiter ? { limiter: context.limiter } : {}),
      ...(context.jobLock
        ? { lockDuration: context.jobLock.lockDurationMs, stalledInterval: context.jobLock.stalledIntervalMs }
        : {}),
    },
  );
  worker.on('completed', () => context.metrics?.jobOutcomes.inc({ queue: definition.name, outcome: 'completed' }));
  worker.on('failed', (job, error) => {
    const attempts = job?.opts.attempts ?? 1;
    const final = !job || error instanceof UnrecoverableError || job.attemptsMade >= attempts;
    context.metrics?.jobOutcomes.inc({ queue: definition.name, outcome: final ? 'failed' : 'retrying' });
    const log = { jobId: job?.id, attemptsMade: job?.attemptsMade, err: { name: error.name, message: error.message } };
    if (final) logger.error(log, 'job failed');
    else logger.warn(log, 'job attempt failed; will retry');
  });
  worker.on('error', (error) => logger.error({ err: { message: error.message } }, 'worker error'));
  return worker;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** How often a worker process re-registers its job schedulers. */
export const SCHEDULER_REFRESH_MS = 5 * 60_000;

/**
 * Registers job schedulers now and again every `SCHEDULER_REFRESH_MS`, so schedulers lost with a Redis that restarted
 * without its data come back without a worker restart. Registering is idempotent. Returns a function that stops it.
 */
export async function keepJobSchedulers(
  queue: Queue,
  schedulers: Array<{ id: string; everyMs: number; job: { name: string; data: unknown } }>,
  logger: Logger,
): Promise<() => void> {
  const register = async () => {
    for (const scheduler of schedulers) {
      await queue.upsertJobScheduler(scheduler.id, { every: scheduler.everyMs }, scheduler.job);
    }
  };
  await register();
  const timer = setInterval(() => {
    register().catch((error: unknown) =>
      logger.warn({ queue: queue.name, err: { name: errorName(error) } }, 'job schedulers could not be registered'),
    );
  }, SCHEDULER_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export interface PeriodicTask {
  /** Stops scheduling and waits for a run in progress. */
  close(): Promise<void>;
}

/**
 * Runs `run` every `everyMs` on one worker of the deployment (a BullMQ job scheduler on `definition`'s queue, kept
 * registered), for sweeps and housekeeping. With `schedule: false` nothing is scheduled (tests call the task directly).
 */
export async function startPeriodicTask<S extends z.ZodType>(
  definition: QueueDefinition<S>,
  scheduler: { id: string; everyMs: number; job: { name: string; data: z.input<S> } },
  run: (data: z.output<S>) => Promise<unknown>,
  context: WorkerContext & { schedule?: boolean },
): Promise<PeriodicTask> {
  const queue = createQueue(definition, context);
  const worker = createWorker(definition, run, context);
  const stopSchedulers =
    (context.schedule ?? true) ? await keepJobSchedulers(queue.queue, [scheduler], context.logger) : () => undefined;
  return {
    async close() {
      stopSchedulers();
      await worker.close();
      await queue.close();
    },
  };
}
