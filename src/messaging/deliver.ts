import { and, asc, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { preparedOnce, type Db } from '../platform/db.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { Logger } from '../platform/logger.js';
import type { TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { createRedisLock, keepLockAlive } from '../platform/redis-lock.js';
import type { DeliveryChannel, SendOutcome } from './delivery-channel.js';
import { conversationMessageInsert } from './conversation-log.js';
import { deliveryJobFor, findHead } from './delivery-records.js';
import type { MessagingMetrics } from './messaging-metrics.js';
import type { outboundQueue } from './queues.js';
import { messageDeliveries, type Delivery } from './schema.js';

export interface DeliverDeps {
  db: Db;
  redis: Redis;
  channel: DeliveryChannel;
  outbound: TypedQueue<typeof outboundQueue.schema>;
  logger: Logger;
  metrics?: MessagingMetrics;
  now?: () => Date;
}

/** Thrown to make BullMQ retry the job later (with back-off); earlier messages stay sent, later ones wait. */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
}

/** The channel's rate limit said "not now": the queue pauses for `retryAfterMs`, no attempt is used up. */
export class DeliveryRateLimitedError extends Error {
  override readonly name = 'DeliveryRateLimitedError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited; retry in ${retryAfterMs} ms`);
  }
}

/**
 * The citizen's first queued message, due now, claimed in the statement that reads it (prepared once: it runs for
 * every message): its attempt starts (the mark
 * a dead worker leaves behind; an earlier mark is kept, so a later check looks back to the first attempt), and the
 * mark it had before comes back with it. Nothing when there is none, it is not due yet, or it was withdrawn meanwhile.
 */
const claimHeadStatement = preparedOnce((db) => {
  const head = db
    .select({ id: t.id, previous: t.inFlightSince })
    .from(t)
    .where(and(eq(t.citizenId, sql.placeholder('citizenId')), eq(t.status, 'queued')))
    .orderBy(asc(t.seq))
    .limit(1)
    .as('head');
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  return db
    .update(t)
    .set({
      attempts: sql`${t.attempts} + 1`,
      inFlightSince: sql`coalesce(${t.inFlightSince}, ${now})`,
      updatedAt: sql`now()`,
    })
    .from(head)
    .where(and(eq(t.id, head.id), eq(t.status, 'queued'), or(isNull(t.notBefore), lte(t.notBefore, now))))
    .returning({ ...getTableColumns(t), previousInFlightSince: head.previous })
    .prepare('messaging_claim_head');
});

async function claimHead(
  db: Db,
  citizenId: string,
  now: Date,
): Promise<{ delivery: Delivery; previousInFlightSince: Date | null } | undefined> {
  const [row] = await claimHeadStatement(db).execute({ citizenId, now: now.toISOString() });
  if (!row) return undefined;
  const { previousInFlightSince, ...delivery } = row;
  // Read through a subquery, the driver may hand the timestamp over as text.
  return { delivery, previousInFlightSince: previousInFlightSince === null ? null : new Date(previousInFlightSince) };
}

/** Kept alive by a heartbeat while held; a dead worker's lock frees itself this soon (the sweep then re-queues). */
const DELIVERY_LOCK_TTL_MS = 30_000;

const t = messageDeliveries;

/** Queues the job for the citizen's first queued message, if they have one (after a commit, or from the sweep). */
export async function queueDeliveryJob(
  db: Db,
  outbound: TypedQueue<typeof outboundQueue.schema>,
  citizenId: string,
): Promise<void> {
  const head = await findHead(db, citizenId);
  if (!head) return;
  const job = deliveryJobFor(head);
  await outbound.add('deliver', { citizenId }, job.options);
}

/**
 * Sends the first queued message of one citizen (record order), under a per-citizen lock, and queues a job for the
 * next one: one channel call per job, so BullMQ's limiter on the queue is the limit on calls and a limited queue holds
 * no worker. A job that finds the lock taken ends at once: the holder queues the next job after releasing it, so
 * nothing queued meanwhile is left behind. `attempt.isLast` says whether transient failures are now final. False when
 * another worker holds the citizen's lock (it sends what is queued).
 */
export async function deliverNextMessage(
  citizenId: string,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
): Promise<boolean> {
  const locks = createRedisLock(deps.redis, DELIVERY_LOCK_TTL_MS);
  const lockKey = `messaging:dlock:${citizenId}`;
  const now = deps.now ?? (() => new Date());
  const token = await locks.acquire(lockKey);
  if (!token) return false;
  const stopHeartbeat = keepLockAlive(locks, lockKey, token, DELIVERY_LOCK_TTL_MS / 3);
  try {
    // Read under the lock, even right after a turn recorded its reply: a notification recorded meanwhile with an
    // earlier place in the citizen's order (its transaction committed after the turn's insert) goes first.
    const at = now();
    const claimed = await claimHead(deps.db, citizenId, at);
    if (!claimed) {
      // None queued, or the first not due yet (refused for the night): its job waits until then.
      const next = await findHead(deps.db, citizenId);
      if (next?.notBefore && next.notBefore.getTime() > at.getTime()) await scheduleAt(deps, next, next.notBefore, at);
      return true;
    }
    await deliverOne(claimed.delivery, claimed.previousInFlightSince, deps, attempt, at);
  } finally {
    stopHeartbeat();
    await locks.release(lockKey, token);
  }
  const head = await findHead(deps.db, citizenId);
  if (head && !(head.notBefore && head.notBefore.getTime() > now().getTime())) {
    await deps.outbound.add('deliver', { citizenId }, deliveryJobFor(head).options);
  }
  return true;
}

async function scheduleAt(deps: DeliverDeps, delivery: Delivery, at: Date, now: Date): Promise<void> {
  const delay = Math.max(0, at.getTime() - now.getTime());
  const job = deliveryJobFor(delivery);
  await deps.outbound.add('deliver', { citizenId: job.citizenId }, { ...job.options, delay });
}

async function finish(
  deps: DeliverDeps,
  delivery: Delivery,
  update: { status: 'failed' | 'skipped' | 'held'; reason: string; code?: number | undefined },
): Promise<void> {
  // Only while still queued: a message withdrawn meanwhile (a cancelled announcement) stays withdrawn.
  const [updated] = await deps.db
    .update(t)
    .set({
      status: update.status,
      reason: update.reason,
      errorCode: update.code ?? null,
      inFlightSince: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(t.id, delivery.id), eq(t.status, 'queued')))
    .returning({ id: t.id });
  if (!updated) {
    await clearInFlight(deps, delivery);
    return;
  }
  deps.metrics?.outboundMessages.inc({ status: update.status });
  deps.logger.info(
    { deliveryId: delivery.id, status: update.status, reason: update.reason, channelCode: update.code },
    'outbound message not delivered',
  );
}

/** A reply the citizen can no longer receive is moot later; a notification or broadcast waits for their next visit. */
function finishUnreachable(deps: DeliverDeps, delivery: Delivery, reason: string, code?: number): Promise<void> {
  return finish(deps, delivery, { status: delivery.purpose === 'reply' ? 'skipped' : 'held', reason, code });
}

/** Sends a claimed delivery (marked in flight); every way out records an outcome or leaves the mark for a retry. */
async function deliverOne(
  delivery: Delivery,
  previousInFlightSince: Date | null,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  now: Date,
): Promise<void> {
  const { channel } = deps;
  if (!channel.isValid(delivery.payload)) {
    await finish(deps, delivery, { status: 'failed', reason: 'invalid_payload' });
    return;
  }
  // The previous worker died between calling the channel and recording the answer: ask the channel before anything
  // else (a message that arrived is sent, whatever the citizen's window says now).
  if (previousInFlightSince && (await reconcileInFlight(delivery, previousInFlightSince, deps))) return;
  const admission = await channel.admit(delivery, now);
  if (!admission.ok) {
    // The platform would refuse it and count the call: do not attempt it.
    if (admission.reason === 'not_follower') await finish(deps, delivery, { status: 'failed', reason: 'not_follower' });
    else await finishUnreachable(deps, delivery, admission.reason);
    return;
  }
  let outcome: SendOutcome;
  try {
    outcome = await channel.send(delivery, now);
  } catch (error) {
    // An outage of our own infrastructure: whether the platform took the message is unknown, so it stays in flight.
    if (!isInfrastructureError(error)) await clearInFlight(deps, delivery);
    throw error;
  }
  await applyOutcome(outcome, delivery, deps, attempt, now);
}

/**
 * Zalo's send has no idempotency key: whether a message left in flight arrived is read from the citizen's
 * conversation on the platform. Found (a copy with its content since the attempt started that no other record
 * claims): recorded as sent with the platform's id, true. Not found: false, sent now. The platform could not tell
 * (or the channel cannot ask): false, sent again and counted as a possible duplicate, as it was before the check.
 */
async function reconcileInFlight(delivery: Delivery, since: Date, deps: DeliverDeps): Promise<boolean> {
  const copies = deps.channel.findSentCopies ? await deps.channel.findSentCopies(delivery, since) : null;
  if (copies === null) {
    deps.metrics?.outboundReconciliations.inc({ outcome: 'unknown' });
    deps.metrics?.outboundPossibleDuplicates.inc();
    deps.logger.warn({ deliveryId: delivery.id }, 'resending a message whose previous attempt died in flight');
    return false;
  }
  // A copy another record already claims is that record's message (same text sent twice), not this one's.
  const claimed =
    copies.length === 0
      ? []
      : await deps.db
          .select({ id: t.channelMessageId })
          .from(t)
          .where(
            inArray(
              t.channelMessageId,
              copies.map((copy) => copy.messageId),
            ),
          );
  const claimedIds = new Set(claimed.map((row) => row.id));
  const copy = copies.find((candidate) => !claimedIds.has(candidate.messageId));
  if (!copy) {
    deps.metrics?.outboundReconciliations.inc({ outcome: 'not_sent' });
    deps.logger.info(
      { deliveryId: delivery.id },
      'sending again: the previous attempt died in flight and the channel shows no such message',
    );
    return false;
  }
  await recordSent(deps, delivery, copy.messageId, copy.sentAt);
  deps.metrics?.outboundReconciliations.inc({ outcome: 'sent' });
  deps.metrics?.outboundMessages.inc({ status: 'sent' });
  deps.logger.info({ deliveryId: delivery.id }, 'a message left in flight had arrived: recorded as sent, not resent');
  return true;
}

async function applyOutcome(
  outcome: SendOutcome,
  delivery: Delivery,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  now: Date,
): Promise<void> {
  switch (outcome.kind) {
    case 'sent':
      await recordSent(deps, delivery, outcome.messageId, now);
      deps.metrics?.outboundMessages.inc({ status: 'sent' });
      return;
    case 'rate_limited':
      await clearInFlight(deps, delivery);
      throw new DeliveryRateLimitedError(outcome.retryAfterMs);
    case 'retry':
      if (attempt.isLast) {
        await finish(deps, delivery, { status: 'failed', reason: outcome.reason, code: outcome.code });
        return;
      }
      // Unanswered, it may have arrived: the mark stays, so the next attempt looks for it before sending again.
      if (!outcome.unanswered) await clearInFlight(deps, delivery);
      throw new TransientDeliveryError(`${deps.channel.name}: ${outcome.reason}; retrying later`);
    case 'later': {
      // Only while still queued: a message withdrawn during the call keeps its status, reason and no retry time.
      const [waiting] = await deps.db
        .update(t)
        .set({
          notBefore: outcome.notBefore,
          errorCode: outcome.code ?? null,
          reason: outcome.reason,
          inFlightSince: null,
          updatedAt: sql`now()`,
        })
        .where(and(eq(t.id, delivery.id), eq(t.status, 'queued')))
        .returning({ id: t.id });
      if (!waiting) {
        // What the channel answered stays on the record (officials see why it was never sent), nothing else changes.
        await deps.db
          .update(t)
          .set({ errorCode: outcome.code ?? null, inFlightSince: null })
          .where(eq(t.id, delivery.id));
        return;
      }
      await scheduleAt(deps, delivery, outcome.notBefore, now);
      deps.metrics?.outboundMessages.inc({ status: 'rescheduled' });
      return;
    }
    case 'unreachable':
      await finishUnreachable(deps, delivery, outcome.reason, outcome.code);
      return;
    case 'failed':
      await finish(deps, delivery, { status: 'failed', reason: outcome.reason, code: outcome.code });
      return;
  }
}

/**
 * The delivery becomes sent and the message enters the conversation log, in one statement (atomic on its own, so
 * without a transaction's BEGIN and COMMIT): three statements fewer for every message sent.
 */
async function recordSent(deps: DeliverDeps, delivery: Delivery, channelMessageId: string, now: Date): Promise<void> {
  await deps.db.execute(sql`
    with sent as (
      update message_deliveries
      set status = 'sent', channel_message_id = ${channelMessageId}, sent_at = ${now.toISOString()}::timestamptz,
        reason = null, error_code = null, in_flight_since = null, updated_at = now()
      where id = ${delivery.id}::uuid
      returning id
    )
    ${conversationMessageInsert(
      {
        citizenId: delivery.citizenId,
        direction: 'out',
        kind: deps.channel.kindOf(delivery.payload),
        externalId: delivery.id,
        channelMessageId,
        body: delivery.payload,
        occurredAt: now,
      },
      sql`select 1 from sent`,
    )}`);
}

/**
 * The send is over (or was never made): the record is no longer in flight. Not guarded by status, on purpose: a message
 * withdrawn during the call changes nothing else here, but must not stay marked as in flight.
 */
async function clearInFlight(deps: DeliverDeps, delivery: Delivery): Promise<void> {
  await deps.db.update(t).set({ inFlightSince: null }).where(eq(t.id, delivery.id));
}
