import { randomBytes } from 'node:crypto';
import type { Redis } from './redis.js';
import { defineRedisScript } from './redis-script.js';

const EXTEND_SCRIPT = defineRedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`);
const RELEASE_SCRIPT = defineRedisScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

/** A short Redis lock owned by a random token: only its owner can extend or release it; it expires if the owner dies. */
export interface RedisLock {
  acquire(key: string): Promise<string | null>;
  extend(key: string, token: string): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

export function createRedisLock(redis: Redis, ttlMs: number): RedisLock {
  return {
    async acquire(key) {
      const token = randomBytes(12).toString('hex');
      return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK' ? token : null;
    },
    async extend(key, token) {
      return (await EXTEND_SCRIPT.run(redis, [key], [token, ttlMs])) === 1;
    },
    async release(key, token) {
      await RELEASE_SCRIPT.run(redis, [key], [token]);
    },
  };
}

/**
 * Keeps a held lock alive while slow work runs (a handler waiting on the LGSP, a send waiting for the rate limit), so a
 * short TTL can still free the lock quickly when its owner dies. Returns the function that stops the heartbeat.
 */
export function keepLockAlive(locks: RedisLock, key: string, token: string, everyMs: number): () => void {
  const timer = setInterval(() => {
    locks.extend(key, token).catch(() => undefined);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
