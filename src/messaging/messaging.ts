import type { Job } from 'bullmq';
import { and, eq, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  outboundMessageSchema,
  type CitizenId,
  type MessageSink,
  type OutboundMessage,
  type SendContext,
} from '../kernel/index.js';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import {
  DelayedError,
  RateLimitError,
  createQueue,
  createWorker,
  startPeriodicTask,
  type QueueContext,
  type WorkerContext,
} from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { purgeConversationLog } from './conversation-log.js';
import {
  DeliveryLockStaleError,
  DeliveryNotSettledError,
  DeliveryRateLimitedError,
  addDeliveryJobs,
  deliverBatch,
  deliverNextMessage,
  queueDeliveryJob,
  releaseReservation,
  reserveDelivery,
  type DeliverDeps,
  type DeliveryReservation,
  type InlineDelivery,
} from './deliver.js';
import type { DeliveryChannel } from './delivery-channel.js';
import {
  countHeld,
  countHeldQuery,
  deliveriesInsertStatement,
  deliveryJobFor,
  deliveryJobsFor,
  findHeads,
  insertDeliveries,
  insertDeliveriesWithHead,
  insertDeliveryBatches,
  purgeFinishedDeliveries,
  requeueHeld,
  withdrawUnsent,
  type HeldReleaseCheck,
  type RecordedBatch,
} from './delivery-records.js';
import { messagingMetricsOf } from './messaging-metrics.js';
import { broadcastDeliveryQueue, messagingMaintenanceQueue, outboundQueue } from './queues.js';
import { messageDeliveries } from './schema.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';

export interface MessagingDeps {
  db: Db;
  /** Command client (per-citizen delivery locks). */
  redis: Redis;
  queues: QueueContext;
  channel: DeliveryChannel;
  logger: Logger;
  metrics?: Metrics;
  /**
   * The per-citizen delivery lock's TTL (default 30 s): a worker that died leaves its citizens' locks this long at
   * most. Production keeps the default; tests of a worker that died set it shorter, with `jobLock`.
   */
  deliveryLockTtlMs?: number;
  /** Asked as held messages are released: which of them must no longer be sent (withdrawn instead). */
  checkHeldRelease?: HeldReleaseCheck;
}

export interface MessagingWorkerOptions {
  /** Cap on channel calls per minute, shared by every worker through BullMQ's limiter (a limited queue holds none). */
  ratePerMinute: number;
  /** Deliveries in parallel per worker (different citizens). Default 8. */
  concurrency?: number;
  /** Broadcast batch jobs in parallel per worker, in their own queue (see `broadcastDeliveryQueue`). Default 4. */
  broadcastConcurrency?: number;
  /** Register the sweep's job scheduler (default true). */
  scheduleSweep?: boolean;
  /** BullMQ's job lock and stalled-job check of the delivery jobs (default BullMQ's: see `WorkerContext.jobLock`). */
  jobLock?: WorkerContext['jobLock'];
}

export interface MessagingWorkers {
  /**
   * Re-queues citizens whose queued deliveries lost their job (a Redis restart, a worker killed during an outage);
   * the scheduler runs it every minute.
   */
  sweep(): Promise<number>;
  /**
   * `force`: without waiting for the jobs under way (a shutdown out of time); they stall and another worker resumes
   * them.
   */
  close(options?: { force?: boolean }): Promise<void>;
}

/**
 * Outgoing messages, channel-neutral: each message becomes one or more delivery records (queued, in order) in the
 * caller's transaction, and delivery starts once they are committed; the worker sends a citizen's records strictly
 * in order, replies ahead of notifications and broadcasts, through the channel's adapter.
 */
export interface Messaging extends MessageSink {
  /** Writes the delivery records with `executor` (e.g. a turn's transaction); nothing is sent until `release`. */
  record(executor: DbOrTx, citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]>;
  /** `record` for several citizens in one statement; each citizen's record ids, in the order given. */
  recordMany(
    executor: DbOrTx,
    items: Array<{ citizenId: string; messages: OutboundMessage[] }>,
    context?: SendContext,
  ): Promise<string[][]>;
  /** Queues the job for the citizen's first queued message: call once the records are committed. */
  release(citizenId: string): Promise<void>;
  /** `record` for a turn's replies: returns the records and the citizen's earlier head, for `releaseRecorded`. */
  recordReplies(
    executor: DbOrTx,
    citizenId: string,
    messages: OutboundMessage[],
    context?: SendContext,
  ): Promise<RecordedBatch>;
  /**
   * `release` for what `recordReplies` wrote, reading nothing: when the first record leads the citizen's queue and is
   * a reply, a process running the delivery workers sends it at once if the rate limit has room (no job); otherwise
   * it queues the job.
   */
  releaseRecorded(recorded: RecordedBatch): Promise<void>;
  /** The conversation engine's reply outbox: `recordReplies` and `releaseRecorded` (`release` after a duplicate). */
  readonly replyOutbox: {
    record(
      executor: DbOrTx,
      citizenId: string,
      messages: OutboundMessage[],
      context?: SendContext,
    ): Promise<RecordedBatch>;
    /**
     * `record` as parts of the turn's single statement (see `deliveriesInsertStatement`), the first reply claimed by
     * it when it can be sent at once; `abandon` when the statement wrote nothing, failed, or returned what cannot be
     * read.
     */
    recordStatement(
      citizenId: string,
      messages: OutboundMessage[],
      context: { correlationId: string; interactedAt?: Date | undefined },
      onlyIf: SQL,
    ): Promise<{
      part: { key: string; build(): { ctes: SQL; result: SQL }; params: Record<string, unknown> };
      parse(value: unknown): RecordedBatch;
      abandon(): Promise<void>;
    }>;
    release(citizenId: string, recorded?: RecordedBatch): Promise<void>;
    countHeld(citizenId: string): Promise<number>;
    releaseHeld(executor: DbOrTx, citizenId: string): Promise<void>;
  };
  /** `release` for several citizens (one query, one bulk add). */
  releaseMany(citizenIds: string[]): Promise<void>;
  /** `record` + `release` outside any transaction; returns the delivery record ids (announcements track them). */
  enqueue(citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]>;
  /** Notifications and broadcasts held for the citizen's next message (unreachable when they were due). */
  countHeld(citizenId: string): Promise<number>;
  /** `countHeld` as a scalar subquery (the turn reads it in the same statement as its session). */
  countHeldQuery(citizenId: string | SQL): SQL;
  /** Queues the held messages again behind what `executor`'s transaction recorded before (the citizen is back). */
  releaseHeld(executor: DbOrTx, citizenId: string): Promise<void>;
  /**
   * Withdraws the unsent (queued or held) messages recorded with `correlationId`, e.g. a cancelled announcement;
   * `heldOnly`: only the held ones; `executor`: in that transaction.
   */
  withdraw(correlationId: string, reason: string, options?: { heldOnly?: boolean; executor?: DbOrTx }): Promise<number>;
  /** Deletes the conversation log and finished deliveries older than `before` (retention). */
  purgeBefore(before: Date): Promise<{ messages: number; deliveries: number }>;
  startWorkers(options: MessagingWorkerOptions): Promise<MessagingWorkers>;
  queueDepths(): Promise<Array<{ queue: string; state: string; count: number }>>;
  close(): Promise<void>;
}

const messagesSchema = z.array(outboundMessageSchema);

/** Sends a reply at once from the process that recorded it (set up by `startWorkers`). */
interface InlineSender {
  /** `messages`: how many calls the reply will make, counted in the replies' demand. */
  reserve(citizenId: string, messages: number): Promise<DeliveryReservation | 'limited' | 'busy'>;
  /**
   * False: not sent here (the job takes over); the reservation is given back either way. `followers`: the messages
   * of the reply recorded behind the claimed one.
   */
  send(
    citizenId: string,
    reservation: DeliveryReservation,
    claimed: InlineDelivery['claimed'],
    followers?: number,
  ): Promise<boolean>;
}

/** What a turn recorded, and how far its sending at once got (a reservation, and the first reply claimed with it). */
interface RecordedReplies extends RecordedBatch {
  inline?: {
    sender: InlineSender;
    reservation: DeliveryReservation | 'limited' | 'busy';
    claimed: InlineDelivery['claimed'];
  };
}
const SWEEP_EVERY_MS = 60_000;
/** A queued delivery untouched this long has lost its job (e.g. Redis failed right after the record was written). */
const STRANDED_AFTER_MS = 60_000;
const SWEEP_BATCH = 1000;
/** Jobs read at a time when the sweep looks for the citizens that live jobs name. */
const LIVE_JOBS_PAGE = 1000;
/** The share of each second's calls broadcast batches always leave to replies (and notifications) while they run. */
const REPLY_SHARE = 0.05;
/**
 * Beyond that share, batches leave the calls replies are expected to need before the limiter's window ends: their
 * messages of the last second, times this (bursts), for the window's remaining share.
 */
const REPLY_HEADROOM = 2;

export function createMessaging(deps: MessagingDeps): Messaging {
  const logger = deps.logger.child({ module: 'messaging' });
  const metrics = deps.metrics ? messagingMetricsOf(deps.metrics) : undefined;
  const outbound = createQueue(outboundQueue, deps.queues);
  const broadcasts = createQueue(broadcastDeliveryQueue, deps.queues);
  const deliverDepsOf = (): DeliverDeps => ({
    db: deps.db,
    redis: deps.redis,
    channel: deps.channel,
    outbound,
    broadcasts,
    logger,
    ...(metrics ? { metrics } : {}),
    ...(deps.deliveryLockTtlMs ? { lockTtlMs: deps.deliveryLockTtlMs } : {}),
  });

  async function record(executor: DbOrTx, citizenId: string, messages: OutboundMessage[], context?: SendContext) {
    const payloads = messagesSchema.parse(messages).flatMap((message) => deps.channel.render(message));
    const ids = await insertDeliveries(executor, citizenId, payloads, {
      purpose: context?.purpose ?? 'reply',
      correlationId: context?.correlationId ?? null,
    });
    if (ids.length > 0) logger.debug({ count: ids.length }, 'outbound messages recorded');
    return ids;
  }
  async function recordMany(
    executor: DbOrTx,
    items: Array<{ citizenId: string; messages: OutboundMessage[] }>,
    context?: SendContext,
  ) {
    const batches = items.map(({ citizenId, messages }) => ({
      citizenId,
      payloads: messagesSchema.parse(messages).flatMap((message) => deps.channel.render(message)),
    }));
    return insertDeliveryBatches(executor, batches, {
      purpose: context?.purpose ?? 'reply',
      correlationId: context?.correlationId ?? null,
    });
  }
  async function recordReplies(
    executor: DbOrTx,
    citizenId: string,
    messages: OutboundMessage[],
    context?: SendContext,
  ): Promise<RecordedBatch> {
    const payloads = messagesSchema.parse(messages).flatMap((message) => deps.channel.render(message));
    return insertDeliveriesWithHead(executor, citizenId, payloads, {
      purpose: context?.purpose ?? 'reply',
      correlationId: context?.correlationId ?? null,
    });
  }
  /** Set by `startWorkers`: this process delivers, so it may send a reply at once, within the same rate limit. */
  let inline: InlineSender | undefined;
  const release = (citizenId: string) => queueDeliveryJob(deps.db, outbound, citizenId);
  async function releaseRecorded(recorded: RecordedReplies) {
    const first = recorded.rows[0];
    const tried = recorded.inline;
    if (tried && typeof tried.reservation === 'object') {
      // The turn's statement claimed the first reply, or found an earlier message leading: sent now under the lock
      // the reservation holds (the earlier message first, as its job would).
      const followers = tried.claimed ? recorded.rows.length - 1 : 0;
      if (await tried.sender.send(recorded.citizenId, tried.reservation, tried.claimed, followers)) return;
    }
    if (!first) return;
    // An earlier message leads: its job carries the chain (adding it again is a no-op while it waits).
    const head = recorded.earlier ?? first;
    if (!tried && !recorded.earlier && first.purpose === 'reply' && inline) {
      const reservation = await inline.reserve(recorded.citizenId, recorded.rows.length);
      if (typeof reservation === 'object' && (await inline.send(recorded.citizenId, reservation, undefined))) return;
    }
    await outbound.add('deliver', { citizenId: recorded.citizenId }, deliveryJobFor(head).options);
  }
  /**
   * `recordStatement` for the turn's single statement: when this process delivers and the replies may go at once, the
   * citizen's delivery lock and a slot of the limit are reserved first (one round trip), so that the statement claims
   * the first reply as it writes it (no statement to claim it before the send). `abandon` gives the reservation back
   * when the statement wrote nothing (a duplicate), failed, or returned what cannot be read.
   */
  async function recordStatement(
    citizenId: string,
    messages: OutboundMessage[],
    context: { correlationId: string; interactedAt?: Date | undefined },
    onlyIf: SQL,
  ) {
    const payloads = messagesSchema.parse(messages).flatMap((message) => deps.channel.render(message));
    const sender = payloads.length > 0 ? inline : undefined;
    const reservation = sender ? await sender.reserve(citizenId, payloads.length) : undefined;
    const reserved = typeof reservation === 'object' ? reservation : undefined;
    const giveBack = async () => {
      if (!reserved) return;
      // Someone knocked meanwhile: their message needs a job (the holder would have queued it).
      if (await releaseReservation(deps, citizenId, reserved)) await release(citizenId);
    };
    let statement: ReturnType<typeof deliveriesInsertStatement>;
    try {
      // Built with what the reservation got (the first reply claimed or not), so after it.
      statement = deliveriesInsertStatement(
        citizenId,
        payloads,
        { purpose: 'reply', correlationId: context.correlationId },
        onlyIf,
        reserved ? { at: new Date(), admission: deps.channel.admission?.query } : undefined,
      );
    } catch (error) {
      // No statement will use the reservation: given back now, not left to the lock's expiry (30 s).
      await giveBack().catch(() => undefined);
      throw error;
    }
    return {
      part: statement.part,
      parse(value: unknown): RecordedReplies {
        const { claimed, ...recorded } = statement.parse(value);
        if (!sender || reservation === undefined) return recorded;
        return {
          ...recorded,
          inline: {
            sender,
            reservation,
            claimed: claimed && { ...claimed, interactedAt: context.interactedAt },
          },
        };
      },
      abandon: giveBack,
    };
  }
  async function releaseMany(citizenIds: string[]) {
    // Broadcasts leading their citizens' queues go in batch jobs (see `deliveryJobsFor`).
    await addDeliveryJobs(deliverDepsOf(), deliveryJobsFor(await findHeads(deps.db, citizenIds), new Date()));
  }
  async function enqueue(citizenId: string, messages: OutboundMessage[], context?: SendContext) {
    const ids = await record(deps.db, citizenId, messages, context);
    if (ids.length > 0) await release(citizenId);
    return ids;
  }

  async function startWorkers(options: MessagingWorkerOptions): Promise<MessagingWorkers> {
    const context = {
      ...deps.queues,
      logger: deps.logger,
      ...(deps.metrics ? { metrics: deps.metrics } : {}),
      ...(options.jobLock ? { jobLock: options.jobLock } : {}),
    };
    const deliverDeps = deliverDepsOf();
    const perSecond = Math.max(1, Math.floor(options.ratePerMinute / 60));
    // Broadcast batches take their calls after replies: never the slots replies are expected to need before the window
    // ends (at least a share of it), none while a reply job waits.
    const reserveForReplies = {
      min: Math.min(perSecond - 1, Math.ceil(perSecond * REPLY_SHARE)),
      headroom: REPLY_HEADROOM,
    };
    const takeSlot = () => outbound.takeRateLimitSlot(perSecond, 1000);
    const takeSlotsGivingWay = (wanted: number) =>
      outbound.takeRateLimitSlotsGivingWay(perSecond, 1000, wanted, reserveForReplies);
    inline = {
      async reserve(citizenId, messages) {
        // The reply's messages are counted as the replies' demand, which the batches' reserve follows.
        const reservation = await reserveDelivery(deliverDeps, citizenId, perSecond, messages);
        if (reservation === 'limited') metrics?.outboundInlineReplies.inc({ outcome: 'no_slot' });
        else if (reservation === 'busy') metrics?.outboundInlineReplies.inc({ outcome: 'locked' });
        return reservation;
      },
      async send(citizenId, reservation, claimed, followers) {
        // The reservation took the slots of the reply's later messages with the first one's, as far as the window
        // had room: those go first, then one more round trip per slot.
        let spare = reservation.slots - 1;
        const takeReservedSlot = async () => {
          if (spare <= 0) return takeSlot();
          spare -= 1;
          return true;
        };
        try {
          const sent = await deliverNextMessage(
            citizenId,
            deliverDeps,
            { isLast: false },
            { reservation, claimed, takeSlot: takeReservedSlot, ...(followers ? { followers } : {}) },
          );
          metrics?.outboundInlineReplies.inc({ outcome: sent ? 'sent' : 'locked' });
          return sent;
        } catch (error) {
          if (isInfrastructureError(error)) throw error;
          metrics?.outboundInlineReplies.inc({ outcome: 'deferred' });
          // The job takes over, with its retries and back-off (this attempt is counted on the record).
          if (error instanceof DeliveryRateLimitedError) await outbound.queue.rateLimit(error.retryAfterMs);
          // A previous call that may still arrive: the job runs now and waits for it (DeliveryNotSettledError below).
          logger.debug({ err: error }, 'inline delivery deferred to the delivery job');
          return false;
        }
      },
    };
    const worker = createWorker(
      outboundQueue,
      async (data, job: Job, token) => {
        try {
          if ('citizenIds' in data) {
            // A batch job queued here before broadcasts had their own queue: its start took its first slot.
            await deliverBatch(data.citizenIds, deliverDeps, takeSlotsGivingWay, job.id);
            return;
          }
          await deliverNextMessage(data.citizenId, deliverDeps, {
            isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
          });
        } catch (error) {
          if (
            (error instanceof DeliveryNotSettledError || error instanceof DeliveryLockStaleError) &&
            token !== undefined
          ) {
            // The job waits until the previous call can no longer arrive (or the lock of a holder that stopped
            // expired), without using up an attempt.
            await job.moveToDelayed(error.untilMs, token);
            throw new DelayedError();
          }
          if (!(error instanceof DeliveryRateLimitedError)) throw error;
          // Every worker of the queue pauses; the job waits again without using up an attempt.
          await outbound.queue.rateLimit(error.retryAfterMs);
          throw new RateLimitError();
        }
      },
      {
        ...context,
        concurrency: options.concurrency ?? 8,
        // A job sends one message (a batch job takes a slot for each further one): this is the limit on channel calls,
        // across every worker, without holding any.
        limiter: { max: perSecond, duration: 1000 },
      },
    );

    // Broadcast batches in a worker of their own, without BullMQ's limiter: they never hold a reply's worker slot, and
    // each of their calls' slots is taken with the replies' reserve kept (the start of a job in `outbound` takes one
    // that the reserve cannot keep).
    const broadcastWorker = createWorker(
      broadcastDeliveryQueue,
      async (data, job: Job) => {
        await deliverBatch(data.citizenIds, deliverDeps, takeSlotsGivingWay, job.id, false);
      },
      { ...context, concurrency: options.broadcastConcurrency ?? 4 },
    );

    /**
     * The citizens named by the queue's live jobs (waiting, prioritized, delayed, active), read a page at a time in the
     * order jobs move through those states, so a job moving on while it is read is seen in its next state. Not a
     * snapshot (one script reading every job would stall Redis on a large backlog): a job moving back (to delayed, in
     * an outage) or added meanwhile to a state already read (a rest job, the next message's job) can be missed. Rare,
     * since the sweep takes only records untouched for a minute and a job handling a citizen touches their record
     * (the claim), and harmless: the job the sweep adds for a citizen who has one is the same job id when theirs is
     * their own (`deliveryJobFor`: BullMQ adds it once), and otherwise sends under the citizen's lock the first message
     * still queued, claimed in the database, so nothing twice and nothing out of order (at worst one broadcast message
     * outside its batch's waves).
     */
    async function citizensOfLiveJobs(): Promise<Set<string>> {
      const named = new Set<string>();
      // The broadcasts' queue first: a rest job its batch adds in `outbound`'s place is seen there or later.
      for (const queue of [broadcasts.queue, outbound.queue]) {
        for (const state of ['delayed', 'prioritized', 'waiting', 'active'] as const) {
          for (let start = 0; ; start += LIVE_JOBS_PAGE) {
            const jobs = await queue.getJobs([state], start, start + LIVE_JOBS_PAGE - 1, true);
            for (const job of jobs as Array<Job | undefined>) {
              const data = outboundQueue.schema.safeParse(job?.data).data;
              if (data === undefined) continue;
              for (const citizenId of 'citizenIds' in data ? data.citizenIds : [data.citizenId]) named.add(citizenId);
            }
            if (jobs.length < LIVE_JOBS_PAGE) break;
          }
        }
      }
      return named;
    }

    async function sweep(): Promise<number> {
      const t = messageDeliveries;
      const untouched = await deps.db
        .selectDistinctOn([t.citizenId], { citizenId: t.citizenId, seq: t.seq, purpose: t.purpose })
        .from(t)
        .where(
          and(
            eq(t.status, 'queued'),
            lt(t.updatedAt, new Date(Date.now() - STRANDED_AFTER_MS)),
            or(isNull(t.notBefore), lte(t.notBefore, new Date())),
          ),
        )
        .orderBy(t.citizenId, t.seq)
        .limit(SWEEP_BATCH);
      if (untouched.length === 0) return 0;
      // A message waiting its turn (a rate-limited backlog, a broadcast's batch job) already has a job: a citizen a
      // live job names is left to it (a job of their own would send to them outside that job's order and waves).
      const live = await citizensOfLiveJobs();
      const stranded = untouched.filter((head) => !live.has(head.citizenId));
      await outbound.addBulk(
        stranded.map((head) => ({
          name: 'deliver',
          data: { citizenId: head.citizenId },
          opts: deliveryJobFor(head).options,
        })),
      );
      if (stranded.length > 0)
        logger.info({ count: stranded.length }, 'queued again the deliveries that lost their job');
      return stranded.length;
    }
    const sweeping = await startPeriodicTask(
      messagingMaintenanceQueue,
      { id: 'outbound-sweep', everyMs: SWEEP_EVERY_MS, job: { name: 'sweep', data: { task: 'sweep' } } },
      () => sweep(),
      { ...context, schedule: options.scheduleSweep ?? true },
    );
    return {
      sweep,
      async close(closing = {}) {
        inline = undefined;
        await Promise.all([
          worker.close(closing.force ?? false),
          broadcastWorker.close(closing.force ?? false),
          sweeping.close(),
        ]);
      },
    };
  }

  return {
    record,
    recordMany,
    recordReplies,
    release,
    releaseRecorded,
    replyOutbox: {
      record: recordReplies,
      recordStatement,
      release: (citizenId, recorded) => (recorded ? releaseRecorded(recorded) : release(citizenId)),
      countHeld: (citizenId) => countHeld(deps.db, citizenId),
      releaseHeld: (executor, citizenId) => requeueHeld(executor, citizenId, deps.checkHeldRelease),
    },
    releaseMany,
    enqueue,
    async send(citizenId: CitizenId, messages: OutboundMessage[], context?: SendContext) {
      await enqueue(citizenId, messages, context);
    },
    countHeld: (citizenId) => countHeld(deps.db, citizenId),
    countHeldQuery,
    releaseHeld: (executor, citizenId) => requeueHeld(executor, citizenId, deps.checkHeldRelease),
    withdraw: (correlationId, reason, options = {}) =>
      withdrawUnsent(options.executor ?? deps.db, correlationId, reason, { heldOnly: options.heldOnly ?? false }),
    async purgeBefore(before) {
      return {
        messages: await purgeConversationLog(deps.db, before),
        deliveries: await purgeFinishedDeliveries(deps.db, before),
      };
    },
    startWorkers,
    queueDepths: async () => [...(await outbound.depth()), ...(await broadcasts.depth())],
    close: async () => {
      await Promise.all([outbound.close(), broadcasts.close()]);
    },
  };
}
