import type { Job } from 'bullmq';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { Counter } from 'prom-client';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { createQueue, createWorker, startPeriodicTask, type QueueContext } from '../platform/queues.js';
import { serializeError } from '../platform/serialize-error.js';
import { effectsMaintenanceQueue, effectsQueue } from './queues.js';
import { effectOutbox, type OutboxRow } from './schema.js';

/** One entry as the performer sees it. */
export interface OutboxEffect {
  key: string;
  type: string;
  citizenId: string;
  payload: Record<string, unknown>;
}

/** What one attempt came to; outages of our own infrastructure are thrown instead (retried without an attempt). */
export type PerformOutcome = { ok: true } | { ok: false; permanent: boolean; error: unknown };

export interface EffectOutboxDeps {
  db: Db;
  queues: QueueContext;
  logger: Logger;
  metrics?: Metrics;
}

export interface OutboxWorkerOptions {
  perform(effect: OutboxEffect, attempt: number, logger: Logger): Promise<PerformOutcome>;
  concurrency?: number;
  /** Register the sweep's job scheduler (default true). */
  scheduleSweep?: boolean;
}

export interface OutboxWorker {
  /** Re-queues pending entries whose job was lost; returns how many. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

export interface OutboxEntryView {
  id: string;
  key: string;
  type: string;
  status: OutboxRow['status'];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  performedAt: string | null;
}

export interface EffectOutbox {
  /** Records an effect inside the caller's transaction; recording the same key twice keeps the first. */
  record(
    tx: DbOrTx,
    citizenId: string,
    effect: { key: string; type: string; payload: Record<string, unknown> },
  ): Promise<void>;
  /** After the commit: queues the entries with these keys (a few seconds of retries, then left to the sweep). */
  release(keys: string[]): Promise<void>;
  startWorker(options: OutboxWorkerOptions): Promise<OutboxWorker>;
  /** Entries for admins (no payloads: they may hold personal data), newest first. */
  list(filter: { status?: OutboxRow['status']; limit: number }): Promise<OutboxEntryView[]>;
  /** Marks a failed entry for a new round of attempts (in `executor`'s transaction); false when there is none. */
  markForRetry(executor: DbOrTx, id: string): Promise<boolean>;
  /** After the commit of `markForRetry`: queues the new round. */
  queueRetry(id: string): Promise<void>;
  /** Deletes performed entries older than `before` (retention). */
  purgeDone(before: Date): Promise<number>;
  queueDepths(): Promise<Array<{ queue: string; state: string; count: number }>>;
  close(): Promise<void>;
}

const SWEEP_EVERY_MS = 60_000;
/** A pending entry untouched this long has lost its job (released jobs start within milliseconds). */
const STRANDED_AFTER_MS = 60_000;
const SWEEP_BATCH = 1000;
/**
 * The hand-over after the commit, tried again for a few seconds (five retries from 200 ms, at most 2 s apart) when
 * PostgreSQL or Redis fails it for a moment (a failover's refused writes, a dropped connection): a blip then costs
 * seconds, not the sweep's minute. The queue's connection itself waits through a dropped socket.
 */
const releaseRetry = retry(handleAll, {
  maxAttempts: 5,
  backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 2000 }),
});

const t = effectOutbox;

/**
 * The transactional outbox for writes to external systems: recorded with what caused them, performed after the
 * commit, retried with back-off, and marked failed (for an admin to retry) when retrying cannot help.
 */
export function createEffectOutbox(deps: EffectOutboxDeps): EffectOutbox {
  const logger = deps.logger.child({ module: 'outbox' });
  const queue = createQueue(effectsQueue, deps.queues);
  const counters = deps.metrics ? outboxMetricsOf(deps.metrics) : undefined;

  const jobFor = (id: string) => ({ name: 'perform', data: { id }, opts: { jobId: `effect-${id}` } });

  async function release(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await releaseRetry.execute(async () => {
        const rows = await deps.db
          .select({ id: t.id })
          .from(t)
          .where(and(inArray(t.key, keys), eq(t.status, 'pending')));
        await queue.addBulk(rows.map((row) => jobFor(row.id)));
      });
    } catch (error) {
      // The entries are committed: the sweep queues them within a minute or two. The turn goes on (its replies).
      logger.warn({ err: error, count: keys.length }, 'external effects not handed over; the sweep will queue them');
    }
  }

  async function startWorker(options: OutboxWorkerOptions): Promise<OutboxWorker> {
    const context = { ...deps.queues, logger: deps.logger, ...(deps.metrics ? { metrics: deps.metrics } : {}) };

    async function performEntry(id: string, job: Job): Promise<void> {
      const [row] = await deps.db.select().from(t).where(eq(t.id, id)).limit(1);
      if (!row || row.status !== 'pending') return;
      const entryLogger = logger.child({ effectKey: row.key, effectType: row.type });
      if (row.inFlightSince) {
        // The previous worker died mid-attempt: the external system may have done it; the key makes this harmless.
        counters?.possibleRepeats.inc({ type: row.type });
        entryLogger.warn('performing an effect again whose previous attempt died in flight');
      }
      const attempt = row.attempts + 1;
      await deps.db
        .update(t)
        .set({ attempts: attempt, inFlightSince: new Date(), updatedAt: sql`now()` })
        .where(eq(t.id, id));
      const effect = { key: row.key, type: row.type, citizenId: row.citizenId, payload: asRecord(row.payload) };
      let outcome: PerformOutcome;
      try {
        outcome = await options.perform(effect, attempt, entryLogger);
      } catch (error) {
        // A performer that throws instead of returning its failure: recorded as one, so the in-flight mark set above
        // is cleared (left set, every later attempt would count as a possible repeat, and the last would leave the
        // entry pending for good instead of failed for an admin). An outage is still thrown below.
        outcome = { ok: false, permanent: false, error };
      }
      // An attempt can be overtaken: its worker stalled, BullMQ or the sweep gave the entry to another. Done is the
      // truth whoever learns it; a failure is recorded only by the attempt that still owns the entry, so that a late
      // one never turns a newer attempt's done (or its record in flight) back into pending or failed.
      if (outcome.ok) {
        await deps.db
          .update(t)
          .set({ status: 'done', inFlightSince: null, lastError: null, performedAt: new Date(), updatedAt: sql`now()` })
          .where(and(eq(t.id, id), eq(t.status, 'pending')));
        counters?.effects.inc({ type: row.type, outcome: 'done' });
        return;
      }
      // Whether the external system took it is unknown during an outage of ours: it stays in flight, the job waits.
      if (isInfrastructureError(outcome.error)) throw outcome.error;
      // A malformed entry fails the same way on every attempt: an admin sees it now, not after two hours of retries.
      const permanent = outcome.permanent || isPermanentFailure(outcome.error);
      const lastError = describeFailure(outcome.error, permanent);
      const final = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const owned = await deps.db
        .update(t)
        .set({ status: final ? 'failed' : 'pending', inFlightSince: null, lastError, updatedAt: sql`now()` })
        .where(and(eq(t.id, id), eq(t.status, 'pending'), eq(t.attempts, attempt)))
        .returning({ id: t.id });
      if (owned.length === 0) {
        entryLogger.warn({ attempt, lastError }, 'an overtaken attempt of an effect failed; the newer one decides');
        return;
      }
      if (!final) throw new Error(`effect ${row.type} failed (${lastError}); retrying later`);
      counters?.effects.inc({ type: row.type, outcome: 'failed' });
      entryLogger.error(
        { attempts: attempt, lastError, permanent },
        'an external effect failed for good; an admin can retry it',
      );
    }

    const worker = createWorker(effectsQueue, (data, job: Job) => performEntry(data.id, job), {
      ...context,
      concurrency: options.concurrency ?? 4,
    });

    async function sweep(): Promise<number> {
      const stranded = await deps.db
        .select({ id: t.id })
        .from(t)
        .where(and(eq(t.status, 'pending'), lt(t.updatedAt, new Date(Date.now() - STRANDED_AFTER_MS))))
        // The longest stranded first, so a batch that stays stranded (an outage) cannot hide the rest for good.
        .orderBy(asc(t.updatedAt))
        .limit(SWEEP_BATCH);
      // An entry waiting for its back-off already has its job: adding one with the same id is a no-op. So would it be
      // for good if the entry's job had failed (BullMQ fails a job that stalled twice, e.g. two workers killed): such
      // a job goes first (the entry's row keeps its history).
      for (const row of stranded) {
        const job = await queue.queue.getJob(jobFor(row.id).opts.jobId);
        // Another sweep or a retry may take it first: the job is then gone or active, and the entry in hand.
        if (job && (await job.isFailed())) await job.remove().catch(() => undefined);
      }
      await queue.addBulk(stranded.map((row) => jobFor(row.id)));
      return stranded.length;
    }
    const sweeping = await startPeriodicTask(
      effectsMaintenanceQueue,
      { id: 'effects-sweep', everyMs: SWEEP_EVERY_MS, job: { name: 'sweep', data: { task: 'sweep' } } },
      () => sweep(),
      { ...context, schedule: options.scheduleSweep ?? true },
    );
    return {
      sweep,
      async close() {
        await Promise.all([worker.close(), sweeping.close()]);
      },
    };
  }

  return {
    async record(tx, citizenId, effect) {
      await tx
        .insert(t)
        .values({ key: effect.key, type: effect.type, citizenId, payload: effect.payload })
        .onConflictDoNothing({ target: t.key });
    },
    release,
    startWorker,
    async list(filter) {
      const rows = await deps.db
        .select()
        .from(t)
        .where(filter.status ? eq(t.status, filter.status) : undefined)
        .orderBy(desc(t.createdAt))
        .limit(filter.limit);
      return rows.map((row) => ({
        id: row.id,
        key: row.key,
        type: row.type,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        performedAt: row.performedAt?.toISOString() ?? null,
      }));
    },
    async markForRetry(executor, id) {
      const updated = await executor
        .update(t)
        .set({ status: 'pending', attempts: 0, lastError: null, updatedAt: sql`now()` })
        .where(and(eq(t.id, id), eq(t.status, 'failed')))
        .returning({ id: t.id });
      return updated.length > 0;
    },
    async queueRetry(id) {
      // A new job id: the failed job of the earlier round is kept by BullMQ for inspection under the old one.
      await queue.add('perform', { id }, { jobId: `effect-${id}-retry-${Date.now()}` });
    },
    async purgeDone(before) {
      const removed = await deps.db
        .delete(t)
        .where(and(eq(t.status, 'done'), lt(t.performedAt, before)))
        .returning({ id: t.id });
      return removed.length;
    },
    queueDepths: () => queue.depth(),
    close: () => queue.close(),
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Failures no retry can mend, whatever the performer said: the entry (or what it reads) does not validate (a
 * ZodError), or PostgreSQL refuses its data (SQLSTATE class 22, data exception: a value of the wrong form or size; 23502
 * and 23514, a missing value or one a check refuses). Found anywhere in the cause chain (drizzle wraps the driver's
 * error). Outages are told apart before (`isInfrastructureError`); anything else keeps its retries.
 */
function isPermanentFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth += 1) {
    if (current instanceof z.core.$ZodError) return true;
    const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code) && (code.startsWith('22') || code === '23502' || code === '23514')) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/**
 * Class, code and, for a validation error, where its first issue is and what kind: never a message or a value, since
 * an external system's message may echo personal data back. `permanent`: marked so, for the admin who reads it.
 */
function describeFailure(error: unknown, permanent: boolean): string {
  const described = serializeError(error);
  const issue = described.issues?.[0] ?? described.cause?.issues?.[0];
  const parts = [
    described.type,
    // drizzle keeps PostgreSQL's SQLSTATE on the driver's error, its cause.
    described.code ?? described.cause?.code,
    described.status,
    issue ? `(${issue.code}${issue.path ? ` at ${issue.path}` : ''})` : undefined,
    permanent && described.type !== 'PermanentEffectError' ? '[permanent]' : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(' ');
}

interface OutboxMetrics {
  effects: Counter<'type' | 'outcome'>;
  possibleRepeats: Counter<'type'>;
}

const metricsCache = new WeakMap<Metrics, OutboxMetrics>();

function outboxMetricsOf(metrics: Metrics): OutboxMetrics {
  const existing = metricsCache.get(metrics);
  if (existing) return existing;
  const registers = [metrics.registry];
  const created: OutboxMetrics = {
    effects: new Counter({
      name: 'zalo_egov_external_effects_total',
      help: 'External effects (outbox) finished, by type and outcome (done, failed)',
      labelNames: ['type', 'outcome'] as const,
      registers,
    }),
    possibleRepeats: new Counter({
      name: 'zalo_egov_external_effects_possible_repeats_total',
      help: 'External effects attempted again after a worker died mid-attempt (the idempotency key makes it harmless)',
      labelNames: ['type'] as const,
      registers,
    }),
  };
  metricsCache.set(metrics, created);
  return created;
}
