import { defineRedisScript } from '../platform/redis-script.js';
import type { Redis } from '../platform/redis.js';

/** How wrong passwords for one account from one address are slowed down. */
export interface LockoutPolicy {
  /** Wrong passwords in a row (for one account, from one address) before the first block. Default 5. */
  threshold: number;
  /** Length of the first block in seconds; every further wrong password doubles it. Default 60. */
  baseBlockSeconds: number;
  /** Longest block in seconds. Default 86,400 (24 h). */
  maxBlockSeconds: number;
  /** Seconds after which a run of wrong passwords is forgotten when no new one came. Default 86,400 (24 h). */
  memorySeconds: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  threshold: 5,
  baseBlockSeconds: 60,
  maxBlockSeconds: 86_400,
  memorySeconds: 86_400,
};

/** The state of one account from one address. */
export interface LockoutState {
  failures: number;
  /** Milliseconds until the block ends; 0 when not blocked. */
  blockedForMs: number;
}

/**
 * Lockout keyed by account and client address. A wrong password blocks only that pair, so someone guessing from
 * elsewhere can never lock an official out (the lock-out-as-denial-of-service problem of account-wide lockouts); each
 * wrong password past the threshold doubles the block, so a single address gets a handful of guesses a day.
 *
 * One Redis hash per account (key: SHA-256 of the e-mail, so Redis never holds an address of an official), one field
 * per client address: `failures:blockedUntilMs:lastFailureMs`. Times come from the injected clock (tests move it);
 * Redis expiry only removes the leftovers. An admin unlocks every address of an account at once.
 */
export interface LoginLockout {
  check(accountKey: string, ip: string): Promise<LockoutState>;
  /** Counts a wrong password; the state after it (blocked when the threshold is reached). */
  recordFailure(accountKey: string, ip: string): Promise<LockoutState>;
  /** A right password from this address ends its run of failures. */
  recordSuccess(accountKey: string, ip: string): Promise<void>;
  /** Ends every block of the account; returns how many addresses were blocked. */
  unlock(accountKey: string): Promise<number>;
  /** How many addresses are blocked now, per account key (for the accounts list). */
  countBlocked(accountKeys: readonly string[]): Promise<Map<string, number>>;
}

const RECORD_FAILURE = defineRedisScript(`
local now = tonumber(ARGV[2])
local threshold = tonumber(ARGV[3])
local base = tonumber(ARGV[4])
local max = tonumber(ARGV[5])
local memory = tonumber(ARGV[6])
local failures, blocked, last = 0, 0, 0
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if raw then
  local f, b, l = string.match(raw, '^(%d+):(%d+):(%d+)$')
  if f then failures, blocked, last = tonumber(f), tonumber(b), tonumber(l) end
end
if blocked <= now and now - last > memory then failures = 0 end
failures = failures + 1
if failures >= threshold then
  blocked = now + math.min(max, base * math.pow(2, math.min(failures - threshold, 40)))
end
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d:%d:%d', failures, blocked, now))
local keep = math.max(blocked - now, 0) + memory
if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end
return {failures, math.max(blocked - now, 0)}
`);

export function createLoginLockout(deps: { redis: Redis; clock: () => Date; policy?: LockoutPolicy }): LoginLockout {
  const { redis, clock } = deps;
  const policy = deps.policy ?? DEFAULT_LOCKOUT_POLICY;
  const key = (accountKey: string) => `admin:login:lockout:${accountKey}`;

  function parse(raw: string | null, now: number): LockoutState {
    const match = raw === null ? null : /^(\d+):(\d+):(\d+)$/.exec(raw);
    if (!match) return { failures: 0, blockedForMs: 0 };
    const [failures, blockedUntil, lastFailure] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (blockedUntil <= now && now - lastFailure > policy.memorySeconds * 1000) return { failures: 0, blockedForMs: 0 };
    return { failures, blockedForMs: Math.max(0, blockedUntil - now) };
  }

  return {
    async check(accountKey, ip) {
      return parse(await redis.hget(key(accountKey), ip), clock().getTime());
    },
    async recordFailure(accountKey, ip) {
      const reply = await RECORD_FAILURE.run(
        redis,
        [key(accountKey)],
        [
          ip,
          clock().getTime(),
          policy.threshold,
          policy.baseBlockSeconds * 1000,
          policy.maxBlockSeconds * 1000,
          policy.memorySeconds * 1000,
        ],
      );
      const [failures, blockedForMs] = Array.isArray(reply) ? reply.map(Number) : [];
      return { failures: failures ?? 0, blockedForMs: blockedForMs ?? 0 };
    },
    async recordSuccess(accountKey, ip) {
      await redis.hdel(key(accountKey), ip);
    },
    async unlock(accountKey) {
      const now = clock().getTime();
      const fields = await redis.hvals(key(accountKey));
      await redis.del(key(accountKey));
      return fields.filter((raw) => parse(raw, now).blockedForMs > 0).length;
    },
    async countBlocked(accountKeys) {
      const now = clock().getTime();
      const pipeline = redis.pipeline();
      for (const accountKey of accountKeys) pipeline.hvals(key(accountKey));
      const replies = (await pipeline.exec()) ?? [];
      const counts = new Map<string, number>();
      accountKeys.forEach((accountKey, index) => {
        const fields = replies[index]?.[1];
        const blocked = Array.isArray(fields)
          ? fields.filter((raw) => typeof raw === 'string' && parse(raw, now).blockedForMs > 0).length
          : 0;
        counts.set(accountKey, blocked);
      });
      return counts;
    },
  };
}
