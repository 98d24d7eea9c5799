import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { releaseDeliveryLockLua, type DeferredDeliveryRelease } from '../messaging/index.js';
import type { RedisTransaction, TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { createRedisLock, keepLockAlive } from '../platform/redis-lock.js';
import { defineRedisScript } from '../platform/redis-script.js';

/**
 * Per-citizen mailbox in Redis: a sorted set of raw webhook bodies scored by Zalo's timestamp, plus a short lock, so
 * that one citizen's events are handled one at a time and in timestamp order by whichever worker holds the lock.
 * Admission deduplicates the event in the same atomic step, so an event is never both "seen" and missing.
 */

/** Deduplication horizon: Zalo retries for about two hours; 48 h covers late duplicates with a wide margin. */
export const DEDUPE_TTL_SECONDS = 48 * 3600;
/**
 * The holder keeps its lock alive with a heartbeat, so the TTL only bounds how long a dead worker's lock blocks the
 * citizen's mailbox.
 */
export const MAILBOX_LOCK_TTL_MS = 15_000;

const ADMIT_SOURCE = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  redis.call('SADD', KEYS[3], ARGV[4])
  return 1
end
if redis.call('ZSCORE', KEYS[2], ARGV[3]) then return 2 end
return 0`;
const ADMIT_SCRIPT = defineRedisScript(ADMIT_SOURCE);
const ADMIT_SHA = createHash('sha1').update(ADMIT_SOURCE).digest('hex');

/**
 * Takes the citizen's lock (KEYS[2]) with token ARGV[1] for ARGV[2] ms and returns {1, first event} (first event false
 * when the mailbox KEYS[1] is empty), or when another worker holds it {0, events waiting, ms until the lock expires}.
 */
const TAKE_SCRIPT = defineRedisScript(`
if redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0)
  return {1, first[1] or false}
end
return {0, redis.call('ZCARD', KEYS[1]), redis.call('PTTL', KEYS[2])}`);

/**
 * Removes the handled event ARGV[1] (and its failure count, field ARGV[2] of KEYS[2]); returns the next one. When none
 * is left it also releases the lock KEYS[3] if token ARGV[3] still owns it and leaves the pending index KEYS[4]
 * (member ARGV[4]), as RELEASE_SCRIPT does: a lone event costs one round trip fewer. Atomic, so an event admitted after
 * it finds the lock free and its own job drains it.
 */
const NEXT_SCRIPT = defineRedisScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[2] ~= '' then redis.call('HDEL', KEYS[2], ARGV[2]) end
local first = redis.call('ZRANGE', KEYS[1], 0, 0)
if first[1] then return first[1] end
if redis.call('GET', KEYS[3]) == ARGV[3] then redis.call('DEL', KEYS[3]) end
redis.call('SREM', KEYS[4], ARGV[4])
return false`);

/**
 * `NEXT_SCRIPT`, releasing in the same step the citizen's delivery lock that the handled event's reply left held
 * (KEYS[5], its knock KEYS[6], token ARGV[5]; see messaging's `DeferredDeliveryRelease`): returns {knocked, next event
 * or false}. Atomic, so a worker that dies before it has left both the event in the mailbox and the lock to expire.
 */
const NEXT_RELEASING_DELIVERY_SCRIPT = defineRedisScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
if ARGV[2] ~= '' then redis.call('HDEL', KEYS[2], ARGV[2]) end
${releaseDeliveryLockLua('KEYS[5]', 'KEYS[6]', 'ARGV[5]', 'knocked')}
local first = redis.call('ZRANGE', KEYS[1], 0, 0)
if first[1] then return {knocked, first[1]} end
if redis.call('GET', KEYS[3]) == ARGV[3] then redis.call('DEL', KEYS[3]) end
redis.call('SREM', KEYS[4], ARGV[4])
return {knocked, false}`);

/**
 * Releases the lock KEYS[2] if token ARGV[1] still owns it, then returns how many events wait in KEYS[1]; an empty
 * mailbox leaves the pending index KEYS[3] (member ARGV[2]).
 */
const RELEASE_SCRIPT = defineRedisScript(`
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
local size = redis.call('ZCARD', KEYS[1])
if size == 0 then redis.call('SREM', KEYS[3], ARGV[2]) end
return size`);

const FORGET_IF_EMPTY_SCRIPT = defineRedisScript(`
if redis.call('ZCARD', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
return 1`);

/** `new`: first time seen; `pending`: seen before and still waiting in the mailbox; `duplicate`: already handled. */
export type Admission = 'new' | 'pending' | 'duplicate';

/** The queue whose job drains a citizen's mailbox (its payload names the citizen). */
export type DrainQueue = TypedQueue<z.ZodType<{ citizenId: string }, { citizenId: string }>>;

export interface InboundMailbox {
  admit(citizenId: string, eventKey: string, timestamp: number, rawBody: string): Promise<Admission>;
  /**
   * `admit` and the drain job in one MULTI on the queue's connection, and never an event in the mailbox without its
   * job (nor the other way round). The job is added whatever the admission says: for a duplicate it finds nothing to
   * do. The admissions asked for in one turn of the event loop share one MULTI (one round trip for all); each promise
   * settles when its own event's commands have been executed by Redis.
   */
  admitAndQueue(
    citizenId: string,
    eventKey: string,
    timestamp: number,
    rawBody: string,
    queue: DrainQueue,
  ): Promise<Admission>;
  /** Puts an event back in the mailbox whatever the dedupe memory says (an admin replays a dead letter). */
  readmit(citizenId: string, timestamp: number, rawBody: string): Promise<void>;
  /**
   * Takes the citizen's lock and reads the first waiting event, in one round trip; or, when another worker holds the
   * lock, says how many events wait and when that lock expires.
   */
  take(citizenId: string): Promise<Taken>;
  /**
   * Removes a handled event (clearing the failure count of `eventKey` with it) and returns the next one; when none is
   * left (null) the lock `token` is released and the citizen leaves the pending index, in the same round trip. The
   * delivery lock its reply left held (`delivery`) is released in that round trip too, then handed back to messaging.
   */
  next(
    citizenId: string,
    member: string,
    eventKey: string | undefined,
    token: string,
    delivery?: DeferredDeliveryRelease,
  ): Promise<string | null>;
  /** Releases the held lock and returns how many events still wait; an empty mailbox leaves the pending index. */
  release(citizenId: string, token: string): Promise<number>;
  size(citizenId: string): Promise<number>;
  /** Returns a lock token, or null when another worker holds the citizen's lock. */
  lock(citizenId: string): Promise<string | null>;
  extend(citizenId: string, token: string): Promise<boolean>;
  unlock(citizenId: string, token: string): Promise<void>;
  /** Milliseconds until the citizen's lock expires (0 when not held). */
  lockTtl(citizenId: string): Promise<number>;
  /** Keeps the held lock alive until the returned function is called. */
  keepAlive(citizenId: string, token: string): () => void;
  /** Citizens whose mailbox may hold events (a safety net finds mailboxes whose drain job was lost). */
  listPending(): Promise<string[]>;
  /** Drops the citizen from the pending index when their mailbox is empty. */
  forgetIfEmpty(citizenId: string): Promise<void>;
  /** Counts a failed attempt at one event; returns the number of failures so far. */
  countFailure(citizenId: string, eventKey: string): Promise<number>;
}

export type Taken = { token: string; first: string | null } | { token: null; waiting: number; lockExpiresInMs: number };

/**
 * Lock tokens: random per process, then a counter, so every take's token is unique without asking the system for
 * random bytes each time.
 */
const TOKEN_PREFIX = randomBytes(12).toString('hex');
let tokenCount = 0;
const nextToken = () => `${TOKEN_PREFIX}:${(tokenCount += 1).toString(36)}`;

export function createInboundMailbox(redis: Redis): InboundMailbox {
  const mailboxKey = (citizenId: string) => `zalo:mbox:${citizenId}`;
  const lockKey = (citizenId: string) => `zalo:mlock:${citizenId}`;
  const failKey = (citizenId: string) => `zalo:mfail:${citizenId}`;
  const pendingKey = 'zalo:mbox:pending';
  const locks = createRedisLock(redis, MAILBOX_LOCK_TTL_MS);
  const admission = (result: unknown): Admission => (result === 1 ? 'new' : result === 2 ? 'pending' : 'duplicate');
  // The queue's connection adds no prefix: the mailbox keys go there whole.
  const keyPrefix = redis.options.keyPrefix ?? '';
  const coalescer = createAdmissionCoalescer(redis, admission);
  return {
    async admit(citizenId, eventKey, timestamp, rawBody) {
      const result = await ADMIT_SCRIPT.run(
        redis,
        [`zalo:seen:${eventKey}`, mailboxKey(citizenId), pendingKey],
        [DEDUPE_TTL_SECONDS, timestamp, rawBody, citizenId],
      );
      return admission(result);
    },
    admitAndQueue(citizenId, eventKey, timestamp, rawBody, queue) {
      const keys = [`zalo:seen:${eventKey}`, mailboxKey(citizenId), pendingKey].map((key) => `${keyPrefix}${key}`);
      return coalescer.admit(queue, {
        citizenId,
        before: (multi) =>
          multi.evalsha(ADMIT_SHA, keys.length, ...keys, DEDUPE_TTL_SECONDS, timestamp, rawBody, citizenId),
      });
    },
    async readmit(citizenId, timestamp, rawBody) {
      await redis.multi().zadd(mailboxKey(citizenId), timestamp, rawBody).sadd(pendingKey, citizenId).exec();
    },
    async take(citizenId) {
      const token = nextToken();
      const reply = await TAKE_SCRIPT.run(
        redis,
        [mailboxKey(citizenId), lockKey(citizenId)],
        [token, MAILBOX_LOCK_TTL_MS],
      );
      const [taken, first, ttl] = Array.isArray(reply) ? (reply as unknown[]) : [];
      if (taken === 1) return { token, first: typeof first === 'string' ? first : null };
      return { token: null, waiting: Number(first ?? 0), lockExpiresInMs: Math.max(0, Number(ttl ?? 0)) };
    },
    async next(citizenId, member, eventKey, token, delivery) {
      const keys = [mailboxKey(citizenId), failKey(citizenId), lockKey(citizenId), pendingKey];
      const args = [member, eventKey ?? '', token, citizenId];
      // The delivery lock's keys can join this script only when both clients name keys alike.
      if (delivery && delivery.keyPrefix !== keyPrefix) await delivery.release();
      else if (delivery) {
        let reply: unknown;
        try {
          reply = await NEXT_RELEASING_DELIVERY_SCRIPT.run(
            redis,
            [...keys, ...delivery.keys],
            [...args, delivery.token],
          );
        } catch (error) {
          // Whether or not the script ran, the delivery lock is released (if still held) and its heartbeat stopped.
          await delivery.release().catch(() => undefined);
          throw error;
        }
        const [knocked, next] = Array.isArray(reply) ? (reply as unknown[]) : [1, null];
        await delivery.released(knocked !== 0);
        return typeof next === 'string' ? next : null;
      }
      const reply = await NEXT_SCRIPT.run(redis, keys, args);
      return typeof reply === 'string' ? reply : null;
    },
    async release(citizenId, token) {
      const reply = await RELEASE_SCRIPT.run(
        redis,
        [mailboxKey(citizenId), lockKey(citizenId), pendingKey],
        [token, citizenId],
      );
      return Number(reply);
    },
    size: (citizenId) => redis.zcard(mailboxKey(citizenId)),
    lock: (citizenId) => locks.acquire(lockKey(citizenId)),
    extend: (citizenId, token) => locks.extend(lockKey(citizenId), token),
    unlock: (citizenId, token) => locks.release(lockKey(citizenId), token),
    lockTtl: async (citizenId) => Math.max(0, await redis.pttl(lockKey(citizenId))),
    keepAlive: (citizenId, token) => keepLockAlive(locks, lockKey(citizenId), token, MAILBOX_LOCK_TTL_MS / 3),
    listPending: () => redis.smembers(pendingKey),
    async forgetIfEmpty(citizenId) {
      await FORGET_IF_EMPTY_SCRIPT.run(redis, [mailboxKey(citizenId), pendingKey], [citizenId]);
    },
    async countFailure(citizenId, eventKey) {
      const count = await redis.hincrby(failKey(citizenId), eventKey, 1);
      await redis.expire(failKey(citizenId), DEDUPE_TTL_SECONDS);
      return count;
    },
  };
}

/** Admissions in one MULTI at most: a burst's transaction must not hold Redis (single-threaded) for long. */
const MAX_ADMISSIONS_PER_TRANSACTION = 100;

interface PendingAdmission {
  citizenId: string;
  before: (multi: RedisTransaction) => void;
  resolve: (admission: Admission) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the admissions of one event-loop turn (`setImmediate`) into one `addManyWith` per queue: at thousands of
 * webhook events a second the MULTI, its socket write and ioredis' bookkeeping per event were the largest share of
 * the web process's CPU. An event's answer still waits for its own reply from Redis (durable before ack); an event
 * whose commands failed fails alone, and one that met NOSCRIPT is tried again once the script is loaded.
 */
function createAdmissionCoalescer(redis: Redis, admission: (result: unknown) => Admission) {
  const waiting = new Map<DrainQueue, PendingAdmission[]>();

  async function run(queue: DrainQueue, batch: PendingAdmission[], retry: boolean): Promise<void> {
    let outcomes;
    try {
      outcomes = await queue.addManyWith(
        batch.map(({ citizenId, before }) => ({ jobName: 'drain', data: { citizenId }, before })),
      );
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    const again: PendingAdmission[] = [];
    batch.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome && 'replies' in outcome) pending.resolve(admission(outcome.replies[0]));
      else if (retry && outcome?.error.message.startsWith('NOSCRIPT')) again.push(pending);
      else pending.reject(outcome?.error ?? new Error('no reply for the admission'));
    });
    if (again.length === 0) return;
    // Redis lost its scripts (a restart): load ours and do those again. The first attempt's jobs only find nothing.
    try {
      await redis.script('LOAD', ADMIT_SOURCE);
    } catch (error) {
      for (const pending of again) pending.reject(error);
      return;
    }
    await run(queue, again, false);
  }

  function flush(queue: DrainQueue): void {
    const batch = waiting.get(queue) ?? [];
    waiting.delete(queue);
    for (let start = 0; start < batch.length; start += MAX_ADMISSIONS_PER_TRANSACTION) {
      void run(queue, batch.slice(start, start + MAX_ADMISSIONS_PER_TRANSACTION), true);
    }
  }

  return {
    admit(queue: DrainQueue, entry: Pick<PendingAdmission, 'citizenId' | 'before'>): Promise<Admission> {
      return new Promise<Admission>((resolve, reject) => {
        let batch = waiting.get(queue);
        if (!batch) {
          batch = [];
          waiting.set(queue, batch);
          setImmediate(flush, queue);
        }
        batch.push({ ...entry, resolve, reject });
      });
    },
  };
}
