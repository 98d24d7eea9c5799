import { randomBytes } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import { and, asc, eq, getTableColumns, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SubqueryWithSelection } from 'drizzle-orm/pg-core';
import { preparedOnce, prepareSql, type Db, type PreparedSql } from '../platform/db.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { Logger } from '../platform/logger.js';
import type { SlotsTaken, TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { createRedisLock, keepLockAlive } from '../platform/redis-lock.js';
import { defineRedisScript } from '../platform/redis-script.js';
import { deferDeliveryRelease } from './deferred-delivery-release.js';
import type { DeliveryChannel, SendOutcome } from './delivery-channel.js';
import { conversationMessagesInsertFrom } from './conversation-log.js';
import { deliveryJobFor, deliveryJobsFor, deliveryPriority, findHead, findHeads } from './delivery-records.js';
import type { MessagingMetrics } from './messaging-metrics.js';
import type { broadcastDeliveryQueue, outboundQueue } from './queues.js';
import { messageDeliveries, type Delivery } from './schema.js';

export interface DeliverDeps {
  db: Db;
  redis: Redis;
  channel: DeliveryChannel;
  outbound: TypedQueue<typeof outboundQueue.schema>;
  /** Where batch jobs go (their own queue: see `broadcastDeliveryQueue`); without it, `outbound`. */
  broadcasts?: TypedQueue<typeof broadcastDeliveryQueue.schema>;
  logger: Logger;
  metrics?: MessagingMetrics;
  now?: () => Date;
  /** The per-citizen delivery lock's TTL (default `DELIVERY_LOCK_TTL_MS`); tests of a worker that died set it shorter. */
  lockTtlMs?: number;
}

/** Thrown to make BullMQ retry the job later (with back-off); earlier messages stay sent, later ones wait. */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
}

/**
 * The message's previous call (a timed-out one, or one a killed worker left) may still arrive until `untilMs`: the
 * job waits until then, without using up an attempt, and then looks for it before sending again.
 */
export class DeliveryNotSettledError extends Error {
  override readonly name = 'DeliveryNotSettledError';
  constructor(readonly untilMs: number) {
    super(`previous call may still arrive until ${new Date(untilMs).toISOString()}`);
  }
}

/**
 * The citizen's delivery lock is held by a holder that missed its heartbeats (see `LIVE_LOCK_MIN_SHARE`): most likely a
 * worker that died holding it, which will answer no knock. The job waits until the lock expires, without using up an
 * attempt, rather than end and leave the citizen's messages to the minute sweep.
 */
export class DeliveryLockStaleError extends Error {
  override readonly name = 'DeliveryLockStaleError';
  constructor(readonly untilMs: number) {
    super(
      `the citizen's delivery lock was left by a holder that stopped; it expires at ${new Date(untilMs).toISOString()}`,
    );
  }
}

/** The channel's rate limit said "not now": the queue pauses for `retryAfterMs`, no attempt is used up. */
export class DeliveryRateLimitedError extends Error {
  override readonly name = 'DeliveryRateLimitedError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited; retry in ${retryAfterMs} ms`);
  }
}

/** The messages a claim reads first: their ids and the in-flight mark each had. */
type ClaimableHeads = SubqueryWithSelection<{ id: typeof t.id; previous: typeof t.inFlightSince }, 'head'>;

/**
 * Claims the messages `head` selects (`id`, and the in-flight mark they had as `previous`) if still queued and due,
 * with the channel's admission state when it provides its query. `marks`: the call follows at once (one message), so
 * the attempt starts here: a message without a mark is marked now; an existing mark is kept, because it is the
 * evidence the "was it sent?" check looks back from (`restartInFlight` moves it only once the check said "not sent").
 * Without `marks` (a batch) nothing is marked: each wave marks its own messages just before its calls
 * (`markInFlight`). Prepared under `name` (per channel with an admission query).
 */
function claimFrom(db: Db, channel: DeliveryChannel, head: ClaimableHeads, name: string, marks: boolean) {
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  const admission = channel.admission ? channel.admission.query(sql`${t.citizenId}`) : sql`null`;
  const set = marks
    ? {
        attempts: sql`${t.attempts} + 1`,
        inFlightSince: sql`coalesce(${t.inFlightSince}, ${now})`,
        updatedAt: sql`now()`,
      }
    : { updatedAt: sql`now()` };
  return db
    .update(t)
    .set(set)
    .from(head)
    .where(and(eq(t.id, head.id), eq(t.status, 'queued'), or(isNull(t.notBefore), lte(t.notBefore, now))))
    .returning({ ...getTableColumns(t), previousInFlightSince: head.previous, admission: sql<unknown>`${admission}` })
    .prepare(channel.admission ? `${name}_${channel.name}` : name);
}

/** When the previous call of a message left in flight (marked at `previous`) may have arrived; undefined: by now. */
function unsettledUntil(channel: DeliveryChannel, previous: Date | null, now: Date): number | undefined {
  if (previous === null) return undefined;
  const until = previous.getTime() + (channel.settleMs ?? 0);
  return until > now.getTime() ? until : undefined;
}

/**
 * Marks a wave of a batch in flight just before its calls (the attempt starts): only those still queued (one withdrawn
 * meanwhile, e.g. a cancelled announcement, is not called); returns their ids. Prepared once.
 */
const markInFlightStatement = preparedOnce((db) =>
  db
    .update(t)
    .set({
      attempts: sql`${t.attempts} + 1`,
      // An existing mark is the evidence of an earlier call: kept (see `claimFrom`).
      inFlightSince: sql`coalesce(${t.inFlightSince}, ${sql.placeholder('now')}::timestamptz)`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        sql`${t.id} in (select jsonb_array_elements_text(${sql.placeholder('ids')}::jsonb)::uuid)`,
        eq(t.status, 'queued'),
      ),
    )
    .returning({ id: t.id })
    .prepare('messaging_mark_in_flight'),
);

async function markInFlight(deps: DeliverDeps, wave: Claimed[], now: Date): Promise<Set<string>> {
  const ids = wave.map((one) => one.delivery.id);
  const rows = await markInFlightStatement(deps.db).execute({ ids: JSON.stringify(ids), now: now.toISOString() });
  return new Set(rows.map((row) => row.id));
}

/**
 * The citizen's first queued message, due now, claimed in the statement that reads it (prepared once: it runs for
 * every message): its attempt starts (the mark a dead worker leaves behind; an earlier mark that may still arrive is
 * kept), and the mark it had before comes back with it, and with the channel's admission
 * state when it provides its query (`DeliveryChannel.admission`). Nothing when there is none, it is not due yet, or
 * it was withdrawn meanwhile.
 */
function buildClaimHead(db: Db, channel: DeliveryChannel) {
  const head = db
    .select({ id: t.id, previous: t.inFlightSince })
    .from(t)
    .where(and(eq(t.citizenId, sql.placeholder('citizenId')), eq(t.status, 'queued')))
    .orderBy(asc(t.seq))
    .limit(1)
    .as('head');
  return claimFrom(db, channel, head, 'messaging_claim_head', true);
}
const claimStatements = new WeakMap<DeliveryChannel, (db: Db) => ReturnType<typeof buildClaimHead>>();

interface Claimed {
  delivery: Delivery;
  previousInFlightSince: Date | null;
  /**
   * The value of the channel's admission query, read with the claim; undefined without one. `interactedAt`: the
   * statement that read it also recorded the citizen's interaction at that time, which its snapshot does not show.
   */
  admission?: { value: unknown; interactedAt?: Date | undefined };
}

async function claimHead(db: Db, channel: DeliveryChannel, citizenId: string, now: Date): Promise<Claimed | undefined> {
  let statement = claimStatements.get(channel);
  if (statement === undefined) {
    statement = preparedOnce((handle) => buildClaimHead(handle, channel));
    claimStatements.set(channel, statement);
  }
  const [row] = await statement(db).execute({ citizenId, now: now.toISOString() });
  if (!row) return undefined;
  const { previousInFlightSince, admission, ...delivery } = row;
  return {
    delivery,
    // Read through a subquery, the driver may hand the timestamp over as text.
    previousInFlightSince: previousInFlightSince === null ? null : new Date(previousInFlightSince),
    ...(channel.admission ? { admission: { value: admission } } : {}),
  };
}

/**
 * `buildClaimHead` for the first queued message of each of several citizens (a JSON array of ids), in one statement,
 * marking none in flight (a batch marks each wave just before its calls).
 */
function buildClaimHeads(db: Db, channel: DeliveryChannel) {
  const head = db
    .selectDistinctOn([t.citizenId], { id: t.id, previous: t.inFlightSince })
    .from(t)
    .where(
      and(
        sql`${t.citizenId} in (select jsonb_array_elements_text(${sql.placeholder('citizenIds')}::jsonb))`,
        eq(t.status, 'queued'),
      ),
    )
    .orderBy(t.citizenId, t.seq)
    .as('head');
  return claimFrom(db, channel, head, 'messaging_claim_heads', false);
}
const claimManyStatements = new WeakMap<DeliveryChannel, (db: Db) => ReturnType<typeof buildClaimHeads>>();

/** `claimHead` for several citizens: the first queued message of each that has one due now, claimed. */
async function claimHeads(db: Db, channel: DeliveryChannel, citizenIds: string[], now: Date): Promise<Claimed[]> {
  let statement = claimManyStatements.get(channel);
  if (statement === undefined) {
    statement = preparedOnce((handle) => buildClaimHeads(handle, channel));
    claimManyStatements.set(channel, statement);
  }
  const rows = await statement(db).execute({ citizenIds: JSON.stringify(citizenIds), now: now.toISOString() });
  return rows.map(({ previousInFlightSince, admission, ...delivery }) => ({
    delivery,
    previousInFlightSince: previousInFlightSince === null ? null : new Date(previousInFlightSince),
    ...(channel.admission ? { admission: { value: admission } } : {}),
  }));
}

/** Kept alive by a heartbeat while held; a dead worker's lock frees itself this soon (the sweep then re-queues). */
const DELIVERY_LOCK_TTL_MS = 30_000;
/**
 * A live holder renews its lock every third of its TTL, so it never has less than two thirds left (event-loop lag
 * aside); a lock with less than half left (15 s of the default 30) was not renewed for that long: its holder stopped. That is what a job taken over
 * from a dead worker finds: BullMQ hands a stalled job to another worker once its job lock (30 s, renewed every 15 s)
 * expired, which can be 15 s before the citizen's lock the dead worker renewed last does. Knocking there would wait for
 * an answer that never comes: the job waits for the lock to expire instead (`DeliveryLockStaleError`; a batch: its
 * rest job). The worst a holder merely slowed down costs is that wait and one job run.
 */
const LIVE_LOCK_MIN_SHARE = 1 / 2;
const lockTtlOf = (deps: Pick<DeliverDeps, 'lockTtlMs'>) => deps.lockTtlMs ?? DELIVERY_LOCK_TTL_MS;
/** Past a stale lock's expiry, so the job that waited for it finds it gone. */
const STALE_LOCK_MARGIN_MS = 100;

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

type DeliveryJob = { name: string; data: { citizenId: string } | { citizenIds: string[] }; opts?: JobsOptions };

/**
 * Adds delivery jobs where they run: a citizen's own job in `outbound`, a batch job in the broadcasts' queue (FIFO
 * there: every job of that queue is a batch, so it needs no priority), or in `outbound` when there is none.
 */
export async function addDeliveryJobs(
  deps: Pick<DeliverDeps, 'outbound' | 'broadcasts'>,
  jobs: DeliveryJob[],
): Promise<void> {
  const single: Array<{ name: string; data: { citizenId: string }; opts?: JobsOptions }> = [];
  const batches: Array<{ name: string; data: { citizenIds: string[] }; opts?: JobsOptions }> = [];
  for (const job of jobs) {
    if ('citizenIds' in job.data && deps.broadcasts) {
      const { priority: _priority, ...opts } = job.opts ?? {};
      batches.push({ name: job.name, data: job.data, opts });
    } else if ('citizenId' in job.data)
      single.push({ name: job.name, data: job.data, ...(job.opts ? { opts: job.opts } : {}) });
    else batches.push({ name: job.name, data: job.data, ...(job.opts ? { opts: job.opts } : {}) });
  }
  const toOutbound = deps.broadcasts ? single : [...single, ...batches];
  if (deps.broadcasts && batches.length > 0) await deps.broadcasts.addBulk(batches);
  if (toOutbound.length > 0) await deps.outbound.addBulk(toOutbound);
}

/**
 * The per-citizen delivery lock, taken and released in one round trip each. A job that finds it taken leaves a knock
 * (a second key) and ends at once; the holder learns at release whether anyone knocked, and only then looks for the
 * citizen's next message again (otherwise it already knows it from the statement that recorded the send). 1: taken;
 * otherwise minus the ms the holder's lock has left (a stale one is waited for: `LIVE_LOCK_MIN_SHARE`).
 */
const ACQUIRE_OR_KNOCK = defineRedisScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return 1 end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then left = tonumber(ARGV[2]) end
return -left`);
/** A knocked lock's reply from the acquire scripts (minus the ms it has left): its expiry when its holder stopped. */
function staleUntil(reply: number, lockTtlMs: number): number | undefined {
  const leftMs = -reply;
  return leftMs < lockTtlMs * LIVE_LOCK_MIN_SHARE ? Date.now() + leftMs + STALE_LOCK_MARGIN_MS : undefined;
}
/** 1 when someone knocked while it was held, or the lock was no longer this holder's (look again, to be safe). */
const RELEASE_REPORTING_KNOCK = defineRedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return redis.call('DEL', KEYS[2])
end
return 1`);

/**
 * The slots of the outbound queue's rate limiter for a reply's calls (as `TypedQueue.takeRateLimitSlots`: up to
 * ARGV[5], at least one) and the citizen's delivery lock, in one round trip: KEYS are the limiter, the lock, the knock
 * and the replies' demand of this second (whole keys: run on the queue's connection), which counts ARGV[5] calls
 * whatever the outcome (the reserve broadcast batches leave follows it). n > 0: the lock and n slots taken; 0: the
 * window is full or paused (nothing taken); -1: another holds the lock (knocked, no slot taken).
 */
const TAKE_SLOTS_AND_LOCK = defineRedisScript(`
redis.call('INCRBY', KEYS[4], ARGV[5])
redis.call('PEXPIRE', KEYS[4], 3000)
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('SET', KEYS[3], '1', 'PX', ARGV[4])
  return -1
end
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if redis.call('PTTL', KEYS[1]) <= 0 then current = 0 end
local room = tonumber(ARGV[1]) - current
if room <= 0 then return 0 end
local taken = math.min(room, math.max(1, tonumber(ARGV[5])))
if current == 0 then redis.call('SET', KEYS[1], taken, 'PX', ARGV[2]) else redis.call('INCRBY', KEYS[1], taken) end
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
return taken`);

/**
 * The citizen's delivery lock and the slots of the limit for a reply's calls, held for a send that follows at once
 * (see `reserveDelivery`).
 */
export interface DeliveryReservation {
  token: string;
  /** Slots of the limit taken with the lock (at least 1: the first message's; the rest for the messages after it). */
  slots: number;
}

/**
 * Reserves what sending a citizen's reply at once needs: the slots of the queue's rate limiter (shared with the
 * delivery jobs) for its `messages` calls, as many as the window has room for (at least one), and the citizen's
 * delivery lock, in one round trip. `limited`: no slot this second; `busy`: another worker holds the lock (it was
 * told, and sends what is queued).
 */
export async function reserveDelivery(
  deps: Pick<DeliverDeps, 'redis' | 'outbound' | 'lockTtlMs'>,
  citizenId: string,
  perSecond: number,
  messages: number,
): Promise<DeliveryReservation | 'limited' | 'busy'> {
  const token = randomBytes(12).toString('hex');
  // The lock keys are the command client's (its key prefix added here: the script runs on the queue's connection).
  const prefix = deps.redis.options.keyPrefix ?? '';
  const taken = Number(
    await deps.outbound.runWithRateLimiter(
      TAKE_SLOTS_AND_LOCK,
      [`${prefix}${lockKeyOf(citizenId)}`, `${prefix}${knockKeyOf(citizenId)}`, deps.outbound.demandKeyNow()],
      [perSecond, 1000, token, lockTtlOf(deps), Math.max(0, messages)],
    ),
  );
  return taken > 0 ? { token, slots: taken } : taken === 0 ? 'limited' : 'busy';
}

/**
 * Gives back a reservation that was not used (the turn that took it wrote nothing, or found an earlier message leading
 * the citizen's queue): the lock is released; true when someone knocked meanwhile (their message needs a job).
 */
export async function releaseReservation(
  deps: Pick<DeliverDeps, 'redis'>,
  citizenId: string,
  reservation: DeliveryReservation,
): Promise<boolean> {
  const keys = [lockKeyOf(citizenId), knockKeyOf(citizenId)];
  return (await RELEASE_REPORTING_KNOCK.run(deps.redis, keys, [reservation.token])) !== 0;
}

/** A send made at once by the worker that recorded the message (a turn's reply), under a lock it already holds. */
export interface InlineDelivery {
  reservation: DeliveryReservation;
  /** The message, claimed by the statement that wrote it; undefined: claim the citizen's head here. */
  claimed?: { delivery: Delivery; admission: unknown; interactedAt: Date | undefined } | undefined;
  /** Takes one more slot of the limit, for the reply's next message (false: none now; its job sends it). */
  takeSlot(): Promise<boolean>;
  /**
   * How many messages of the reply follow the claimed one (recorded by the same statement, behind it): for each, the
   * slot is taken before the send before it is recorded, and the statement recording that send claims it.
   */
  followers?: number;
}

/**
 * Sends the first queued message of one citizen (record order), under a per-citizen lock, and queues a job for the
 * next one: one channel call per job, so BullMQ's limiter on the queue is the limit on calls and a limited queue holds
 * no worker. A job that finds the lock taken ends at once (it knocks): the holder queues the next job after releasing
 * it, so nothing queued meanwhile is left behind. `attempt.isLast` says whether transient failures are now final.
 * False when another worker holds the citizen's lock (it sends what is queued).
 *
 * `inline`: the worker that recorded the message sends it at once, with the lock and a slot it reserved, and goes on
 * with the rest of the reply (a reply's next message is sent by it too while the limit has a slot, no job each).
 */
export async function deliverNextMessage(
  citizenId: string,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  inline?: InlineDelivery,
): Promise<boolean> {
  const lockTtlMs = lockTtlOf(deps);
  const locks = createRedisLock(deps.redis, lockTtlMs);
  const lockKey = lockKeyOf(citizenId);
  const knockKey = knockKeyOf(citizenId);
  const now = deps.now ?? (() => new Date());
  let token: string;
  if (inline) token = inline.reservation.token;
  else {
    token = randomBytes(12).toString('hex');
    const taken = Number(await ACQUIRE_OR_KNOCK.run(deps.redis, [lockKey, knockKey], [token, lockTtlMs]));
    if (taken !== 1) {
      // Knocked: the holder sends what is queued, unless it stopped (then this job waits for its lock to expire).
      const until = staleUntil(taken, lockTtlMs);
      if (until !== undefined) throw new DeliveryLockStaleError(until);
      return false;
    }
  }
  const stopHeartbeat = keepLockAlive(locks, lockKey, token, lockTtlMs / 3);
  /** The citizen's next queued message as the send's own statement saw it (undefined or null: none seen). */
  let next: NextHead | null | undefined;
  try {
    let at = now();
    // Claimed by the statement that wrote it: no statement to claim it here.
    let claimed: Claimed | undefined = inline?.claimed
      ? {
          delivery: inline.claimed.delivery,
          previousInFlightSince: null,
          ...(deps.channel.admission
            ? { admission: { value: inline.claimed.admission, interactedAt: inline.claimed.interactedAt } }
            : {}),
        }
      : // Read under the lock, even right after a turn recorded its reply: a notification recorded meanwhile with an
        // earlier place in the citizen's order (its transaction committed after the turn's insert) goes first.
        await claimHead(deps.db, deps.channel, citizenId, at);
    if (!claimed) {
      // None queued, or the first not due yet (refused for the night): its job waits until then.
      const head = await findHead(deps.db, citizenId);
      if (head?.notBefore && head.notBefore.getTime() > at.getTime()) await scheduleAt(deps, head, head.notBefore, at);
      next = null;
    }
    let followers = inline?.claimed ? (inline.followers ?? 0) : 0;
    while (claimed) {
      // A message of the reply follows: its slot is taken once this one is sent, so that the statement recording the
      // send claims it (no statement of its own).
      const done = await deliverOne(claimed, deps, attempt, at, inline && followers > 0 ? inline.takeSlot : undefined);
      followers -= 1;
      next = done.next;
      claimed = done.claimedNext?.claimed;
      if (done.claimedNext) {
        at = done.claimedNext.at;
        continue;
      }
      // Inline, the rest of a reply goes out under the same lock while the limit has room (order is the lock's).
      if (!inline || !next || next.purpose !== 'reply' || next.notBefore) break;
      if (done.slot === 'refused') break;
      // A slot taken for the record's claim that claimed nothing (the message changed meanwhile) is used here.
      if (done.slot !== 'taken' && !(await inline.takeSlot())) break;
      at = now();
      claimed = await claimHead(deps.db, deps.channel, citizenId, at);
      // Not claimed (withdrawn, or no longer due): look again after the release.
      if (!claimed) next = undefined;
    }
  } catch (error) {
    stopHeartbeat();
    await RELEASE_REPORTING_KNOCK.run(deps.redis, [lockKey, knockKey], [token]);
    throw error;
  }
  const seenNext = next;
  /** After the release (`knocked`: someone knocked meanwhile): the job of the citizen's next message, when due. */
  async function afterRelease(knocked: boolean): Promise<void> {
    // The send's own snapshot names the next message when there is one. When it saw none, a job looks again after
    // the release: a turn that committed while this message was being recorded queued its job under this job's id
    // (dropped while this one was active), and nobody knocked; without this look its replies would wait for the
    // minute sweep. An inline send has no job whose id could have swallowed another's (anyone else's job knocks, or
    // runs after it).
    const seen = seenNext !== undefined && !knocked;
    const head = seen && (seenNext !== null || inline) ? seenNext : await findHead(deps.db, citizenId);
    if (head && !(head.notBefore && head.notBefore.getTime() > now().getTime())) {
      await deps.outbound.add('deliver', { citizenId }, deliveryJobFor(head).options);
    }
  }
  const releaseHere = async () => {
    stopHeartbeat();
    await afterRelease((await RELEASE_REPORTING_KNOCK.run(deps.redis, [lockKey, knockKey], [token])) !== 0);
  };
  // A reply sent at once: the caller may release the lock in a script of its own (the inbound worker's, as the
  // handled event leaves the mailbox), the heartbeat running until then.
  const deferred =
    inline !== undefined &&
    deferDeliveryRelease({
      keys: [lockKey, knockKey],
      token,
      keyPrefix: deps.redis.options.keyPrefix ?? '',
      released: (knocked) => {
        stopHeartbeat();
        return afterRelease(knocked);
      },
      release: releaseHere,
    });
  if (!deferred) await releaseHere();
  return true;
}

/**
 * The batch's per-citizen delivery locks (the same keys and tokens as `deliverNextMessage`'s), in one round trip:
 * KEYS are pairs of lock and knock keys; 1 for each lock taken, for each held by another a knock left and minus the ms
 * its lock has left (as `ACQUIRE_OR_KNOCK`).
 */
const ACQUIRE_MANY_OR_KNOCK = defineRedisScript(`
local taken = {}
for i = 1, #KEYS, 2 do
  if redis.call('SET', KEYS[i], ARGV[1], 'PX', ARGV[2], 'NX') then taken[#taken + 1] = 1
  else
    redis.call('SET', KEYS[i + 1], '1', 'PX', ARGV[2])
    local left = redis.call('PTTL', KEYS[i])
    if left < 0 then left = tonumber(ARGV[2]) end
    taken[#taken + 1] = -left
  end
end
return taken`);
/** Releases the batch's locks (pairs of lock and knock keys): for each, whether anyone knocked (as `RELEASE_REPORTING_KNOCK`). */
const RELEASE_MANY_REPORTING_KNOCKS = defineRedisScript(`
local knocked = {}
for i = 1, #KEYS, 2 do
  if redis.call('GET', KEYS[i]) == ARGV[1] then
    redis.call('DEL', KEYS[i])
    knocked[#knocked + 1] = redis.call('DEL', KEYS[i + 1])
  else knocked[#knocked + 1] = 1 end
end
return knocked`);
/** The heartbeat of a batch's locks, one round trip for all of them. */
const EXTEND_MANY = defineRedisScript(`
for i = 1, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
end
return 1`);

const lockKeyOf = (citizenId: string) => `messaging:dlock:${citizenId}`;
const knockKeyOf = (citizenId: string) => `messaging:dknock:${citizenId}`;
/** A message of a batch that failed for a reason a retry may fix goes to the citizen's own job, this much later. */
const BATCH_RETRY_DELAY_MS = 1000;
/** Calls to the channel one wave of a batch makes at once, marked in flight together just before them. */
export const BATCH_WAVE_SIZE = 4;
/** How long a batch's rest waits when it stopped because a reply job was waiting for the window's room. */
const GIVE_WAY_MS = 50;
/** A batch job starts no wave after this long; the citizens not reached go back to the queue. */
const BATCH_CALLS_FOR_MS = 5000;

/**
 * The id of the job that takes over the citizens an interrupted batch did not reach: `<jobId>-rest`, then `-rest2`,
 * `-rest3`… for the rest of a rest. Deterministic, so a batch run again (retried, or stalled and taken over) adds no
 * second copy of it.
 */
export function restJobId(jobId: string): string {
  const match = /^(.*)-rest(\d*)$/.exec(jobId);
  if (!match) return `${jobId}-rest`;
  return `${match[1] ?? ''}-rest${Number(match[2] || '1') + 1}`;
}

function parseFlags(reply: unknown, count: number): number[] {
  const flags = Array.isArray(reply) ? reply.map(Number) : [];
  if (flags.length !== count) throw new Error('unexpected reply from the delivery lock script');
  return flags;
}

/**
 * Sends the first queued message of each of these citizens (a broadcast handed over to many at once), as
 * `deliverNextMessage` does for one, with the same per-citizen locks, order and guarantees, but one job, one round
 * trip for the locks (and one to release them) and one statement claiming every first message for the whole batch.
 * Then waves of `BATCH_WAVE_SIZE` calls: each wave takes its slots of the channel's rate limit (`takeSlots`: none
 * while replies wait, and never the share kept for them; the job's own slot counts for the first), marks its messages
 * in flight in one statement just before its calls and records those the channel took in one statement after them,
 * so a worker killed mid-batch leaves at most one wave to look for. A batch with no slot left, replies waiting, or
 * its time up stops: the citizens not reached go back to the queue in one job (`restJobId`), behind any reply. A
 * message whose previous call may still arrive (`DeliveryChannel.settleMs`) waits in its citizen's own job until
 * then. What a retry may fix (the channel's rate limit, an answer worth retrying, an unexpected error about one
 * message) continues in the citizen's own delivery job, with its attempts and back-off; only an outage of our own
 * infrastructure (PostgreSQL, Redis) fails the batch.
 */
export async function deliverBatch(
  citizenIds: string[],
  deps: DeliverDeps,
  takeSlots: (wanted: number) => Promise<SlotsTaken>,
  jobId: string | undefined,
  /** The job's start took a slot of the limit (a batch job run by `outbound`'s limited worker); default true. */
  startSlot = true,
): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const unique = [...new Set(citizenIds)];
  const token = randomBytes(12).toString('hex');
  const lockTtlMs = lockTtlOf(deps);
  const pairs = unique.flatMap((citizenId) => [lockKeyOf(citizenId), knockKeyOf(citizenId)]);
  const taken = parseFlags(await ACQUIRE_MANY_OR_KNOCK.run(deps.redis, pairs, [token, lockTtlMs]), unique.length);
  // A citizen whose lock another worker holds: that worker sends what is queued (it was told by the knock), unless it
  // stopped: this batch's rest job takes the citizen over once the lock expired.
  const locked = unique.filter((_, i) => taken[i] === 1);
  const stale = new Map<string, number>();
  for (const [i, citizenId] of unique.entries()) {
    const until = taken[i] === 1 ? undefined : staleUntil(taken[i] ?? 0, lockTtlMs);
    if (until !== undefined) stale.set(citizenId, until);
  }
  if (locked.length === 0 && stale.size === 0) return;
  const lockedPairs = locked.flatMap((citizenId) => [lockKeyOf(citizenId), knockKeyOf(citizenId)]);
  const lockKeys = locked.map(lockKeyOf);
  const heartbeat = setInterval(() => {
    EXTEND_MANY.run(deps.redis, lockKeys, [token, lockTtlMs]).catch(() => undefined);
  }, lockTtlMs / 3);
  heartbeat.unref();
  /** Each citizen's next queued message as the statements recording the sends saw it. */
  const seen = new Map<string, NextHead>();
  /** Messages that go to their citizen's own job (a retry may fix them, or a previous call may still arrive). */
  const retries: Array<{ delivery: Delivery; delayMs: number }> = [];
  /** Citizens claimed but not reached (no slot, replies waiting, time up, rate limited): the rest job's. */
  let untried: string[] = [];
  /** When the waves stopped for want of the window's room: the ms until it ends (the rest job waits as long). */
  let restInMs = 0;
  let failure: unknown;
  let pauseMs = 0;
  let knocked: Set<string>;
  try {
    const claimedAt = now();
    const claimed: Claimed[] = [];
    for (const one of await claimHeads(deps.db, deps.channel, locked, claimedAt)) {
      const until = unsettledUntil(deps.channel, one.previousInFlightSince, claimedAt);
      if (until === undefined) claimed.push(one);
      else retries.push({ delivery: one.delivery, delayMs: until - claimedAt.getTime() });
    }
    // In `outbound`, the job's own slot, taken by the queue's limiter as it started, is the first wave's first call.
    // In the broadcasts' queue (no limiter) every slot is taken by `takeSlots`, the replies' reserve kept: a run may
    // then call no one (the replies used the window), and its rest waits for the next window.
    let slots = startSlot ? 1 : 0;
    let next = 0;
    // Once the channel says "rate limited", no wave starts: the citizens not called go to the rest job, which the
    // queue's pause holds, rather than each using up a call the platform refuses.
    let rateLimited = false;
    const deadline = Date.now() + BATCH_CALLS_FOR_MS;
    while (failure === undefined && !rateLimited && next < claimed.length && Date.now() < deadline) {
      const wanted = Math.min(BATCH_WAVE_SIZE, claimed.length - next);
      if (slots < wanted) {
        const got = await takeSlots(wanted - slots);
        slots += got.taken;
        // No room while a reply job waits (retryInMs 0): the rest gives way a moment rather than be run again at once.
        if (slots === 0) restInMs = got.retryInMs > 0 ? got.retryInMs : GIVE_WAY_MS;
      }
      if (slots === 0) break;
      const wave = claimed.slice(next, next + Math.min(wanted, slots));
      next += wave.length;
      slots -= wave.length;
      const at = now();
      const marked = await markInFlight(deps, wave, at);
      const sent: Array<{ delivery: Delivery; channelMessageId: string; sentAt: Date }> = [];
      await Promise.all(
        wave
          .filter((one) => marked.has(one.delivery.id))
          .map(async (one) => {
            // Marked just now: the claim's mark (none, or a settled one) is what the look for an earlier call uses.
            try {
              const attempted = await attemptClaimed(one, deps, { isLast: false }, at);
              if (attempted.kind === 'sent') {
                sent.push({ delivery: one.delivery, channelMessageId: attempted.messageId, sentAt: at });
              }
            } catch (error) {
              if (error instanceof DeliveryRateLimitedError) {
                rateLimited = true;
                pauseMs = Math.max(pauseMs, error.retryAfterMs);
                retries.push({ delivery: one.delivery, delayMs: 0 });
              } else if (error instanceof DeliveryNotSettledError) {
                retries.push({ delivery: one.delivery, delayMs: Math.max(0, error.untilMs - Date.now()) });
              } else if (error instanceof TransientDeliveryError) {
                retries.push({ delivery: one.delivery, delayMs: BATCH_RETRY_DELAY_MS });
              } else if (isInfrastructureError(error)) failure ??= error;
              else {
                // Something about this one message (not our PostgreSQL or Redis): its citizen's own job retries it,
                // with its attempts and back-off, rather than the whole batch failing and holding the other citizens.
                deps.logger.warn(
                  { deliveryId: one.delivery.id, err: { name: error instanceof Error ? error.name : typeof error } },
                  "a message of a broadcast batch failed; it continues in its citizen's own delivery job",
                );
                retries.push({ delivery: one.delivery, delayMs: BATCH_RETRY_DELAY_MS });
              }
            }
          }),
      );
      // Recorded even when another message of the wave failed: what the channel took is sent.
      if (sent.length > 0) {
        for (const [citizenId, head] of await recordSentMany(deps, sent)) seen.set(citizenId, head);
        deps.metrics?.outboundMessages.inc({ status: 'sent' }, sent.length);
      }
    }
    untried = [...claimed.slice(next).map((one) => one.delivery.citizenId), ...stale.keys()];
    if (stale.size > 0) restInMs = Math.max(restInMs, Math.max(...stale.values()) - Date.now());
  } catch (error) {
    failure ??= error;
  } finally {
    clearInterval(heartbeat);
    const reply = await RELEASE_MANY_REPORTING_KNOCKS.run(deps.redis, lockedPairs, [token]);
    const flags = parseFlags(reply, locked.length);
    knocked = new Set(locked.filter((_, i) => flags[i] !== 0));
  }
  // An outage of our own infrastructure: the job is retried (the messages still in flight are looked for first).
  if (failure !== undefined) throw failure;
  // Every worker of the queue pauses; the messages it refused wait in their citizens' jobs, the rest in its job.
  if (pauseMs > 0) await deps.outbound.queue.rateLimit(pauseMs);
  // The next message of each citizen reached: as the sends' statement saw it, or (no message seen, none sent, or
  // someone knocked) looked for again after the release, in one statement for the batch, as `deliverNextMessage` does.
  const waiting = new Set([...retries.map(({ delivery }) => delivery.citizenId), ...untried]);
  const known: NextHead[] = [];
  const unknown: string[] = [];
  for (const citizenId of locked) {
    if (waiting.has(citizenId)) continue;
    const head = knocked.has(citizenId) ? undefined : seen.get(citizenId);
    if (head) known.push(head);
    else unknown.push(citizenId);
  }
  const heads = [...known, ...(await findHeads(deps.db, unknown))];
  const at = now();
  await addDeliveryJobs(deps, [
    ...deliveryJobsFor(heads, at),
    ...retries.map(({ delivery, delayMs }) => ({
      name: 'deliver',
      data: { citizenId: delivery.citizenId },
      opts: { ...deliveryJobFor(delivery).options, ...(delayMs > 0 ? { delay: delayMs } : {}) },
    })),
    ...(untried.length > 0
      ? [
          {
            name: 'deliver',
            data: { citizenIds: untried },
            opts: {
              jobId: jobId === undefined ? `batch-${randomBytes(9).toString('base64url')}` : restJobId(jobId),
              priority: deliveryPriority('broadcast'),
              // Out of the window's room: the rest waits for the next window rather than a worker starting it at once
              // (a job's start takes a slot of the limiter, which would be the replies' reserve).
              ...(restInMs > 0 ? { delay: restInMs } : {}),
            },
          },
        ]
      : []),
  ]);
}

/** What queuing the job for a citizen's next message needs. */
type NextHead = Pick<Delivery, 'citizenId' | 'seq' | 'purpose' | 'notBefore'>;

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

/**
 * Sends a claimed delivery (marked in flight); every way out records an outcome or leaves the mark for a retry.
 * Returns the citizen's next queued message when the statement that recorded the send read it (null: none), else
 * undefined.
 */
async function deliverOne(
  claimed: Claimed,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  now: Date,
  slotForNext?: () => Promise<boolean>,
): Promise<DeliveredOne> {
  const attempted = await attemptClaimed(claimed, deps, attempt, now);
  if (attempted.kind === 'done') return { next: attempted.next, slot: 'none' };
  // With a slot for the citizen's next message (a reply, sent at once), the statement recording this send claims it.
  let slot: DeliveredOne['slot'] = 'none';
  if (slotForNext) {
    try {
      slot = (await slotForNext()) ? 'taken' : 'refused';
    } catch (error) {
      // Redis failed between the call and its record: the send is recorded all the same (as when the slot was taken
      // after the record), then the error goes on as it did.
      await recordSent(deps, claimed.delivery, attempted.messageId, now);
      deps.metrics?.outboundMessages.inc({ status: 'sent' });
      throw error;
    }
  }
  if (slot === 'taken') {
    const at = (deps.now ?? (() => new Date()))();
    const recorded = await recordSentClaimingNext(deps, claimed.delivery, attempted.messageId, now, at);
    deps.metrics?.outboundMessages.inc({ status: 'sent' });
    return {
      next: recorded.next,
      slot,
      ...(recorded.claimed ? { claimedNext: { claimed: recorded.claimed, at } } : {}),
    };
  }
  const next = await recordSent(deps, claimed.delivery, attempted.messageId, now);
  deps.metrics?.outboundMessages.inc({ status: 'sent' });
  return { next, slot };
}

/**
 * What `deliverOne` did: the citizen's next queued message as the statement recording the send saw it (null: none;
 * undefined: not read), whether a slot of the limit was taken for it (`refused`: none now), and that message when the
 * same statement claimed it (`at`: its attempt's start).
 */
interface DeliveredOne {
  next: NextHead | null | undefined;
  slot: 'none' | 'taken' | 'refused';
  claimedNext?: { claimed: Claimed; at: Date };
}

/** What became of a claimed delivery: the channel took it (to be recorded by the caller), or its outcome is recorded. */
type Attempted = { kind: 'sent'; messageId: string } | { kind: 'done'; next: NextHead | null | undefined };

/**
 * `deliverOne` up to the channel's answer: every outcome but "sent" is recorded here (or left for a retry, thrown as
 * `TransientDeliveryError` or `DeliveryRateLimitedError`); a message the channel took is returned, still in flight,
 * for the caller to record (alone, or with the rest of its batch).
 */
async function attemptClaimed(
  claimed: Claimed,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  now: Date,
): Promise<Attempted> {
  const { channel } = deps;
  const { delivery, previousInFlightSince } = claimed;
  if (!channel.isValid(delivery.payload)) {
    await finish(deps, delivery, { status: 'failed', reason: 'invalid_payload' });
    return { kind: 'done', next: undefined };
  }
  // The previous call's outcome was never recorded (it timed out, or its worker died): ask the channel before anything
  // else (a message that arrived is sent, whatever the citizen's window says now), once that call can no longer
  // arrive (a look made earlier could miss a late arrival and send it twice).
  if (previousInFlightSince) {
    const until = unsettledUntil(channel, previousInFlightSince, now);
    if (until !== undefined) throw new DeliveryNotSettledError(until);
    if (await reconcileInFlight(delivery, previousInFlightSince, deps)) return { kind: 'done', next: undefined };
    // Not sent: the call below starts a new attempt, so a later check looks back from (and settles after) it. Only
    // now: a check that did not finish (a killed worker, an outage) leaves the earlier call's mark for the next one.
    await restartInFlight(deps, delivery, now);
  }
  const admission =
    claimed.admission && channel.admission
      ? channel.admission.decide(claimed.admission.value, now, claimed.admission.interactedAt)
      : await channel.admit(delivery, now);
  if (!admission.ok) {
    // The platform would refuse it and count the call: do not attempt it.
    if (admission.reason === 'not_follower') await finish(deps, delivery, { status: 'failed', reason: 'not_follower' });
    else await finishUnreachable(deps, delivery, admission.reason);
    return { kind: 'done', next: undefined };
  }
  let outcome: SendOutcome;
  try {
    outcome = await channel.send(delivery, now);
  } catch (error) {
    // An outage of our own infrastructure: whether the platform took the message is unknown, so it stays in flight.
    if (!isInfrastructureError(error)) await clearInFlight(deps, delivery);
    throw error;
  }
  if (outcome.kind === 'sent') return { kind: 'sent', messageId: outcome.messageId };
  await applyOutcome(outcome, delivery, deps, attempt, now);
  return { kind: 'done', next: undefined };
}

/** Moves a message's in-flight mark to the call about to start (its previous call was checked: not sent). */
async function restartInFlight(deps: DeliverDeps, delivery: Delivery, now: Date): Promise<void> {
  await deps.db
    .update(t)
    .set({ inFlightSince: now, updatedAt: sql`now()` })
    .where(eq(t.id, delivery.id));
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
  outcome: Exclude<SendOutcome, { kind: 'sent' }>,
  delivery: Delivery,
  deps: DeliverDeps,
  attempt: { isLast: boolean },
  now: Date,
): Promise<void> {
  switch (outcome.kind) {
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
 * A delivery the channel took, as the sent statement reads it: JSON (one parameter for any number of them) whose keys
 * are the statement's column names.
 */
interface SentRow {
  id: string;
  citizen_id: string;
  channel_message_id: string;
  sent_at: string;
  kind: string;
  body: unknown;
}

/**
 * The deliveries become sent and their messages enter the conversation log, in one statement (atomic on its own, so
 * without a transaction's BEGIN and COMMIT), which also reads each citizen's next queued message (the statement sees
 * the table as it was before its update, so the records just sent are set aside by id). Prepared once: the same
 * statement records one message or a batch. The deliveries are found through arrays (`= any(array(…))`), not joins
 * to the input: PostgreSQL guesses 100 rows for `jsonb_to_recordset`, and with that guess both lookups scanned the
 * whole table (PGlite's tables are never analysed) instead of its indexes: 3.5 ms a message in PGlite, growing with
 * the table.
 */
function buildRecordSent(db: Db) {
  const input = db.$with('input', { id: sql<string>`id`, citizenId: sql<string>`citizen_id` }).as(
    sql`select * from jsonb_to_recordset(${sql.placeholder('rows')}::jsonb) as v(id uuid, citizen_id text,
        channel_message_id text, sent_at timestamptz, kind text, body jsonb)`,
  );
  const sent = db.$with('sent', { id: sql<string>`id` }).as(
    sql`update ${t} set status = 'sent', channel_message_id = input.channel_message_id, sent_at = input.sent_at,
        reason = null, error_code = null, in_flight_since = null, updated_at = now()
      from input where ${t.id} = input.id and ${t.id} = any(array(select id from input))
      returning ${t.id}`,
  );
  const logged = db.$with('logged', {}).as(
    conversationMessagesInsertFrom(sql`select input.citizen_id, 'out', input.kind, input.id::text,
      input.channel_message_id, input.body, input.sent_at from input where input.id in (select id from sent)`),
  );
  const next = alias(t, 'next');
  return db
    .with(input, sent, logged)
    .selectDistinctOn([next.citizenId], {
      citizenId: next.citizenId,
      seq: next.seq,
      purpose: next.purpose,
      notBefore: next.notBefore,
    })
    .from(next)
    .where(
      and(
        sql`${next.citizenId} = any(array(select citizen_id from input))`,
        eq(next.status, 'queued'),
        sql`${next.id} <> all(array(select id from input))`,
      ),
    )
    .orderBy(next.citizenId, next.seq)
    .prepare('messaging_record_sent');
}
const recordSentStatement = preparedOnce(buildRecordSent);

/** A sent delivery as the record statements read it (their `rows` parameter). */
function sentRow(
  deps: DeliverDeps,
  { delivery, channelMessageId, sentAt }: { delivery: Delivery; channelMessageId: string; sentAt: Date },
): SentRow {
  return {
    id: delivery.id,
    citizen_id: delivery.citizenId,
    channel_message_id: channelMessageId,
    sent_at: sentAt.toISOString(),
    kind: deps.channel.kindOf(delivery.payload),
    body: delivery.payload ?? {},
  };
}

/** Records sent deliveries (see `buildRecordSent`); returns each citizen's next queued message, when they have one. */
async function recordSentMany(
  deps: DeliverDeps,
  items: Array<{ delivery: Delivery; channelMessageId: string; sentAt: Date }>,
): Promise<Map<string, NextHead>> {
  const rows = items.map((item) => sentRow(deps, item));
  const heads = await recordSentStatement(deps.db).execute({ rows: JSON.stringify(rows) });
  return new Map(heads.map((head) => [head.citizenId, head]));
}

/** `recordSentMany` for one delivery: the citizen's next queued message, or null. */
async function recordSent(
  deps: DeliverDeps,
  delivery: Delivery,
  channelMessageId: string,
  now: Date,
): Promise<NextHead | null> {
  const next = await recordSentMany(deps, [{ delivery, channelMessageId, sentAt: now }]);
  return next.get(delivery.citizenId) ?? null;
}

/**
 * `buildRecordSent` for one delivery, which also claims the citizen's next queued message when it is a reply due now,
 * as `claimHead` would right after it (the caller took its slot of the limit first): its attempt starts at `now`
 * (an earlier mark is kept, see `claimFrom`), and it comes back whole, with the mark it had and the channel's
 * admission state. One statement where the send's record and the next message's claim were two. The next head is
 * read from the statement's snapshot, which does not show the sent record's update: it is set aside by id. The rows
 * come back as JSON (one value, read alike on both drivers). Prepared once per channel (its admission query).
 */
function buildRecordSentClaimingNext(db: Db, channel: DeliveryChannel): PreparedSql {
  const value = (name: string): SQL => sql`${sql.placeholder(name)}`;
  const now = sql`${value('now')}::timestamptz`;
  const admission = channel.admission ? channel.admission.query(sql`${t.citizenId}`) : sql`null`;
  return prepareSql(
    db,
    'messaging_record_sent_claim_next',
    sql`with input as (
      select * from jsonb_to_recordset(${value('rows')}::jsonb) as v(id uuid, citizen_id text,
        channel_message_id text, sent_at timestamptz, kind text, body jsonb)
    ),
    sent as (
      update ${t} set status = 'sent', channel_message_id = input.channel_message_id, sent_at = input.sent_at,
        reason = null, error_code = null, in_flight_since = null, updated_at = now()
      from input where ${t.id} = input.id and ${t.id} = any(array(select id from input))
      returning ${t.id}
    ),
    logged as (
      ${conversationMessagesInsertFrom(sql`select input.citizen_id, 'out', input.kind, input.id::text,
        input.channel_message_id, input.body, input.sent_at from input where input.id in (select id from sent)`)}
    ),
    next as (
      select next.id, next.citizen_id, next.seq, next.purpose, next.not_before, next.in_flight_since
      from ${t} as next
      where next.citizen_id = any(array(select citizen_id from input)) and next.status = 'queued'
        and next.id <> all(array(select id from input))
      order by next.seq limit 1
    ),
    claimed as (
      update ${t} set attempts = ${t.attempts} + 1, in_flight_since = coalesce(${t.inFlightSince}, ${now}),
        updated_at = now()
      from next
      where ${t.id} = next.id and next.purpose = 'reply' and next.not_before is null and ${t.status} = 'queued'
        and (${t.notBefore} is null or ${t.notBefore} <= ${now})
      returning ${t}.*, next.in_flight_since as previous_in_flight_since, ${admission} as admission
    )
    select json_build_object(
      'next', (select json_build_object('citizenId', next.citizen_id, 'seq', next.seq, 'purpose', next.purpose,
        'notBefore', next.not_before) from next),
      'claimed', (select row_to_json(claimed) from claimed)) as recorded`,
  );
}
const recordSentClaimingNextStatements = new WeakMap<DeliveryChannel, (db: Db) => PreparedSql>();

/** The JSON `buildRecordSentClaimingNext` returns (our own statement's: read, not validated). */
interface RecordedClaimingNext {
  next: { citizenId: string; seq: number; purpose: Delivery['purpose']; notBefore: string | null } | null;
  claimed: {
    id: string;
    seq: number;
    citizen_id: string;
    batch_id: string;
    position: number;
    payload: unknown;
    purpose: Delivery['purpose'];
    status: Delivery['status'];
    channel_message_id: string | null;
    error_code: number | null;
    reason: string | null;
    attempts: number;
    in_flight_since: string | null;
    not_before: string | null;
    correlation_id: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
    previous_in_flight_since: string | null;
    admission: unknown;
  } | null;
}

const dateOrNull = (value: string | null): Date | null => (value === null ? null : new Date(value));

/** `recordSent` claiming the citizen's next message in the same statement (see `buildRecordSentClaimingNext`). */
async function recordSentClaimingNext(
  deps: DeliverDeps,
  delivery: Delivery,
  channelMessageId: string,
  sentAt: Date,
  now: Date,
): Promise<{ next: NextHead | null; claimed: Claimed | undefined }> {
  let statement = recordSentClaimingNextStatements.get(deps.channel);
  if (statement === undefined) {
    const channel = deps.channel;
    statement = preparedOnce((db) => buildRecordSentClaimingNext(db, channel));
    recordSentClaimingNextStatements.set(channel, statement);
  }
  const row = sentRow(deps, { delivery, channelMessageId, sentAt });
  const result = await statement(deps.db).execute({ rows: JSON.stringify([row]), now: now.toISOString() });
  const value = (result.rows[0] as { recorded: unknown } | undefined)?.recorded;
  const recorded = (typeof value === 'string' ? JSON.parse(value) : value) as RecordedClaimingNext;
  const next = recorded.next && {
    ...recorded.next,
    seq: Number(recorded.next.seq),
    notBefore: dateOrNull(recorded.next.notBefore),
  };
  const found = recorded.claimed;
  if (!found) return { next, claimed: undefined };
  return {
    next,
    claimed: {
      delivery: {
        id: found.id,
        seq: Number(found.seq),
        citizenId: found.citizen_id,
        batchId: found.batch_id,
        position: found.position,
        payload: found.payload,
        purpose: found.purpose,
        status: found.status,
        channelMessageId: found.channel_message_id,
        errorCode: found.error_code,
        reason: found.reason,
        attempts: found.attempts,
        inFlightSince: dateOrNull(found.in_flight_since),
        notBefore: dateOrNull(found.not_before),
        correlationId: found.correlation_id,
        createdAt: new Date(found.created_at),
        updatedAt: new Date(found.updated_at),
        sentAt: dateOrNull(found.sent_at),
      },
      previousInFlightSince: dateOrNull(found.previous_in_flight_since),
      ...(deps.channel.admission ? { admission: { value: found.admission } } : {}),
    },
  };
}

/**
 * The send is over (or was never made): the record is no longer in flight. Not guarded by status, on purpose: a message
 * withdrawn during the call changes nothing else here, but must not stay marked as in flight.
 */
async function clearInFlight(deps: DeliverDeps, delivery: Delivery): Promise<void> {
  await deps.db.update(t).set({ inFlightSince: null }).where(eq(t.id, delivery.id));
}
