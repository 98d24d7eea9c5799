import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { nextVietnamHour } from '../kernel/index.js';
import { findCitizen, isInsideSendWindow, markNotFollowing, markSendWindowClosed } from '../citizens/index.js';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { Logger } from '../platform/logger.js';
import type { JobsOptions, TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { recordConversationMessage } from './conversation-log.js';
import type { outboundQueue } from './queues.js';
import { createRedisLock, keepLockAlive } from '../platform/redis-lock.js';
import { zaloDeliveries } from './schema.js';
import { ZaloApiError, zaloMessageSchema, type ZaloClient } from './zalo-client.js';
import type { ZaloMetrics } from './zalo-metrics.js';

export interface DeliverOutboundDeps {
  db: Db;
  redis: Redis;
  client: ZaloClient;
  outbound: TypedQueue<typeof outboundQueue.schema>;
  csWindowDays: number;
  logger: Logger;
  metrics?: ZaloMetrics;
  now?: () => Date;
}

/** Thrown to make BullMQ retry the job later (with back-off); earlier messages stay sent, later ones wait. */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
}

/**
 * Thrown when Zalo's rate limit (or ours) says "not now": the queue pauses for `retryAfterMs` and the job goes back
 * to waiting without using up an attempt.
 */
export class DeliveryRateLimitedError extends Error {
  override readonly name = 'DeliveryRateLimitedError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited; retry in ${retryAfterMs} ms`);
  }
}

/** How long the whole outbound queue pauses after Zalo answered -32 (its window is a minute; a few seconds do). */
export const ZALO_RATE_LIMIT_PAUSE_MS = 5_000;

/** Priority of a delivery job by the purpose of its message: replies (no priority) come before everything else. */
export function deliveryPriority(purpose: DeliveryPurpose): number | undefined {
  return purpose === 'reply' ? undefined : purpose === 'notification' ? 10 : 100;
}

/**
 * The job that sends a citizen's first queued message. Its id names the citizen and that message, so asking again
 * while such a job waits (a new reply, the sweep) adds nothing: one chain of jobs per citizen, however often it is
 * asked for. Completed jobs are removed at once so their ids can be used again.
 */
export function deliveryJobFor(head: Pick<Delivery, 'citizenId' | 'seq' | 'purpose'>): {
  citizenId: string;
  options: JobsOptions;
} {
  const priority = deliveryPriority(head.purpose);
  return {
    citizenId: head.citizenId,
    options: { jobId: `${head.citizenId}-${head.seq}`, ...(priority === undefined ? {} : { priority }) },
  };
}

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

/** Kept alive by a heartbeat while held; a dead worker's lock frees itself this soon (the sweeper then re-queues). */
const OUTBOUND_LOCK_TTL_MS = 30_000;
const NIGHT_END_HOUR = 6;

type Delivery = typeof zaloDeliveries.$inferSelect;
export type DeliveryPurpose = Delivery['purpose'];
type Outcome = 'done' | 'wait';

/**
 * Sends the first queued message of one citizen (record order), under a per-citizen lock, and queues a job for the
 * next one: one API call per job, so BullMQ's limiter on the queue is the limit on calls to Zalo and a limited queue
 * holds no worker. A job that finds the lock taken ends at once: the holder queues the next job after releasing it,
 * so nothing queued meanwhile is left behind. `attempt.isLast` says whether transient failures are now final.
 */
export async function deliverQueuedMessages(
  citizenId: string,
  deps: DeliverOutboundDeps,
  attempt: { isLast: boolean },
): Promise<void> {
  const locks = createRedisLock(deps.redis, OUTBOUND_LOCK_TTL_MS);
  const lockKey = `zalo:olock:${citizenId}`;
  const now = deps.now ?? (() => new Date());
  const token = await locks.acquire(lockKey);
  if (!token) return;
  const stopHeartbeat = keepLockAlive(locks, lockKey, token, OUTBOUND_LOCK_TTL_MS / 3);
  try {
    const next = await findHead(deps.db, citizenId);
    if (!next) return;
    if (next.notBefore && next.notBefore.getTime() > now().getTime()) {
      await scheduleAt(deps, next, next.notBefore, now());
      return;
    }
    await deliverOne(next, deps, attempt, now());
  } finally {
    stopHeartbeat();
    await locks.release(lockKey, token);
  }
  const head = await findHead(deps.db, citizenId);
  if (head && !(head.notBefore && head.notBefore.getTime() > now().getTime())) {
    await deps.outbound.add('deliver', { citizenId }, deliveryJobFor(head).options);
  }
}

async function findHead(db: Db, citizenId: string): Promise<Delivery | undefined> {
  const [row] = await db
    .select()
    .from(zaloDeliveries)
    .where(and(eq(zaloDeliveries.citizenId, citizenId), eq(zaloDeliveries.status, 'queued')))
    .orderBy(asc(zaloDeliveries.seq))
    .limit(1);
  return row;
}

async function scheduleAt(deps: DeliverOutboundDeps, delivery: Delivery, at: Date, now: Date): Promise<void> {
  const delay = Math.max(0, at.getTime() - now.getTime());
  const job = deliveryJobFor(delivery);
  await deps.outbound.add('deliver', { citizenId: job.citizenId }, { ...job.options, delay });
}

async function finish(
  deps: DeliverOutboundDeps,
  delivery: Delivery,
  update: { status: 'failed' | 'skipped' | 'held'; reason: string; errorCode?: number },
): Promise<void> {
  await deps.db
    .update(zaloDeliveries)
    .set({
      status: update.status,
      reason: update.reason,
      errorCode: update.errorCode ?? null,
      inFlightSince: null,
      updatedAt: sql`now()`,
    })
    .where(eq(zaloDeliveries.id, delivery.id));
  deps.metrics?.outboundMessages.inc({ status: update.status });
  deps.logger.info(
    { deliveryId: delivery.id, status: update.status, reason: update.reason, zaloCode: update.errorCode },
    'outbound message not delivered',
  );
}

async function deliverOne(
  delivery: Delivery,
  deps: DeliverOutboundDeps,
  attempt: { isLast: boolean },
  now: Date,
): Promise<Outcome> {
  const payload = zaloMessageSchema.safeParse(delivery.payload);
  if (!payload.success) {
    await finish(deps, delivery, { status: 'failed', reason: 'invalid_payload' });
    return 'done';
  }
  const citizen = await findCitizen(deps.db, delivery.citizenId);
  if (citizen && !citizen.following && citizen.unfollowedAt) {
    // Zalo would answer -213 and count the call.
    await finish(deps, delivery, { status: 'failed', reason: 'not_follower' });
    return 'done';
  }
  if (!isInsideSendWindow(citizen, now, deps.csWindowDays)) {
    // Zalo would refuse it (-230) and count the call: do not attempt it. What the citizen did not ask for waits for
    // their next message, when the window opens again.
    await finishOutsideWindow(deps, delivery);
    return 'done';
  }
  if (delivery.inFlightSince) {
    // The previous worker died between calling Zalo and recording the answer: this may reach the citizen twice.
    deps.metrics?.outboundPossibleDuplicates.inc();
    deps.logger.warn({ deliveryId: delivery.id }, 'resending a message whose previous attempt died in flight');
  }
  await deps.db
    .update(zaloDeliveries)
    .set({ attempts: sql`${zaloDeliveries.attempts} + 1`, inFlightSince: now, updatedAt: sql`now()` })
    .where(eq(zaloDeliveries.id, delivery.id));
  try {
    const { messageId } = await deps.client.sendMessage(delivery.citizenId, payload.data);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(zaloDeliveries)
        .set({
          status: 'sent',
          zaloMessageId: messageId,
          sentAt: now,
          reason: null,
          errorCode: null,
          inFlightSince: null,
          updatedAt: sql`now()`,
        })
        .where(eq(zaloDeliveries.id, delivery.id));
      await recordConversationMessage(tx, {
        citizenId: delivery.citizenId,
        direction: 'out',
        kind: payload.data.attachment ? 'attachment' : 'text',
        externalId: delivery.id,
        zaloMessageId: messageId,
        body: payload.data,
        occurredAt: now,
      });
    });
    deps.metrics?.outboundMessages.inc({ status: 'sent' });
    return 'done';
  } catch (error) {
    // The call's outcome is known (an answer or a failure before Zalo took it): no longer in flight.
    if (!isInfrastructureError(error)) {
      await deps.db.update(zaloDeliveries).set({ inFlightSince: null }).where(eq(zaloDeliveries.id, delivery.id));
    }
    if (!(error instanceof ZaloApiError)) {
      if (attempt.isLast) {
        const notConnected =
          isAppError(error) && (error.code === 'ZALO_NOT_CONNECTED' || error.code === 'ZALO_TOKEN_REFRESH_FAILED');
        await finish(deps, delivery, {
          status: 'failed',
          reason: notConnected ? 'oa_not_connected' : 'unreachable_retries_exhausted',
        });
        return 'done';
      }
      throw new TransientDeliveryError(error instanceof Error ? error.message : 'delivery failed', { cause: error });
    }
    const code = error.code;
    switch (error.kind) {
      case 'rate_limited':
        throw new DeliveryRateLimitedError(ZALO_RATE_LIMIT_PAUSE_MS);
      case 'transient':
      case 'token_invalid':
        if (attempt.isLast) {
          await finish(deps, delivery, { status: 'failed', reason: 'retries_exhausted', errorCode: code });
          return 'done';
        }
        throw new TransientDeliveryError(`Zalo answered ${code}; retrying later`, { cause: error });
      case 'not_follower':
        await markNotFollowing(deps.db, delivery.citizenId, now);
        await finish(deps, delivery, { status: 'failed', reason: 'not_follower', errorCode: code });
        return 'done';
      case 'user_unreachable':
        await finish(deps, delivery, { status: 'failed', reason: 'user_blocked_or_restricted', errorCode: code });
        return 'done';
      case 'outside_window':
        await markSendWindowClosed(deps.db, delivery.citizenId, now);
        await finishOutsideWindow(deps, delivery, code);
        return 'done';
      case 'night_time': {
        const morning = nextVietnamHour(now, NIGHT_END_HOUR);
        await deps.db
          .update(zaloDeliveries)
          .set({ notBefore: morning, errorCode: code, reason: 'night_time', updatedAt: sql`now()` })
          .where(eq(zaloDeliveries.id, delivery.id));
        await scheduleAt(deps, delivery, morning, now);
        deps.metrics?.outboundMessages.inc({ status: 'rescheduled' });
        return 'wait';
      }
      case 'invalid_request':
        // A bug on our side: log the payload's shape, never its content.
        deps.logger.error(
          { deliveryId: delivery.id, zaloCode: code, fields: Object.keys(payload.data) },
          'Zalo refused an outbound message as invalid',
        );
        await finish(deps, delivery, {
          status: 'failed',
          reason: `invalid_request: ${error.zaloMessage}`,
          errorCode: code,
        });
        return 'done';
      case 'permanent':
        await finish(deps, delivery, { status: 'failed', reason: error.zaloMessage || 'zalo_error', errorCode: code });
        return 'done';
    }
  }
}

/** A reply outside the window is moot later; a notification or broadcast is held for the citizen's next message. */
function finishOutsideWindow(deps: DeliverOutboundDeps, delivery: Delivery, errorCode?: number): Promise<void> {
  return finish(deps, delivery, {
    status: delivery.purpose === 'reply' ? 'skipped' : 'held',
    reason: 'outside_window',
    ...(errorCode === undefined ? {} : { errorCode }),
  });
}

/** Applies Zalo's receipts to our delivery records (sent → received → seen; never backwards). */
export async function recordReceipts(db: Db, kind: 'received' | 'seen', zaloMessageIds: string[]): Promise<number> {
  if (zaloMessageIds.length === 0) return 0;
  const from: Array<Delivery['status']> = kind === 'received' ? ['sent'] : ['sent', 'received'];
  const updated = await db
    .update(zaloDeliveries)
    .set({ status: kind, updatedAt: sql`now()` })
    .where(and(inArray(zaloDeliveries.zaloMessageId, zaloMessageIds), inArray(zaloDeliveries.status, from)))
    .returning({ id: zaloDeliveries.id });
  return updated.length;
}
