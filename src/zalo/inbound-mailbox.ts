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

const ADMIT_SCRIPT = defineRedisScript(`
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  redis.call('SADD', KEYS[3], ARGV[4])
  return 1
end
if redis.call('ZSCORE', KEYS[2], ARGV[3]) then return 2 end
return 0`);

const FORGET_IF_EMPTY_SCRIPT = defineRedisScript(`
if redis.call('ZCARD', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
return 1`);

/** `new`: first time seen; `pending`: seen before and still waiting in the mailbox; `duplicate`: already handled. */
export type Admission = 'new' | 'pending' | 'duplicate';

export interface InboundMailbox {
  admit(citizenId: string, eventKey: string, timestamp: number, rawBody: string): Promise<Admission>;
  /** Puts an event back in the mailbox whatever the dedupe memory says (an admin replays a dead letter). */
  readmit(citizenId: string, timestamp: number, rawBody: string): Promise<void>;
  peek(citizenId: string): Promise<string | null>;
  remove(citizenId: string, member: string): Promise<void>;
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
  clearFailures(citizenId: string, eventKey: string): Promise<void>;
}

export function createInboundMailbox(redis: Redis): InboundMailbox {
  const mailboxKey = (citizenId: string) => `zalo:mbox:${citizenId}`;
  const lockKey = (citizenId: string) => `zalo:mlock:${citizenId}`;
  const failKey = (citizenId: string) => `zalo:mfail:${citizenId}`;
  const pendingKey = 'zalo:mbox:pending';
  const locks = createRedisLock(redis, MAILBOX_LOCK_TTL_MS);
  return {
    async admit(citizenId, eventKey, timestamp, rawBody) {
      const result = await ADMIT_SCRIPT.run(
        redis,
        [`zalo:seen:${eventKey}`, mailboxKey(citizenId), pendingKey],
        [DEDUPE_TTL_SECONDS, timestamp, rawBody, citizenId],
      );
      return result === 1 ? 'new' : result === 2 ? 'pending' : 'duplicate';
    },
    async readmit(citizenId, timestamp, rawBody) {
      await redis.multi().zadd(mailboxKey(citizenId), timestamp, rawBody).sadd(pendingKey, citizenId).exec();
    },
    async peek(citizenId) {
      const [first] = await redis.zrange(mailboxKey(citizenId), '0', '0');
      return first ?? null;
    },
    async remove(citizenId, member) {
      await redis.zrem(mailboxKey(citizenId), member);
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
    async clearFailures(citizenId, eventKey) {
      await redis.hdel(failKey(citizenId), eventKey);
    },
  };
}
