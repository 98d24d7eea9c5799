import type { Redis } from '../platform/redis.js';
import { defineRedisScript } from '../platform/redis-script.js';

/**
 * Client-side limit on OA API calls shared by every process (Redis), as a sliding-window counter: the previous
 * minute's count weighted by how much of it still overlaps the sliding window, plus this minute's count. Unlike a
 * fixed window, it does not allow twice the limit across a minute boundary, which Zalo would answer with -32.
 */
export interface RateLimiter {
  /** Waits until one more call fits under the limit, then counts it. */
  acquire(): Promise<void>;
}

const WINDOW_MS = 60_000;
const MAX_WAIT_STEP_MS = 250;

const TAKE_SCRIPT = defineRedisScript(`
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
if previous * tonumber(ARGV[2]) + current + 1 > tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`);

export function createRateLimiter(redis: Redis, options: { perMinute: number; name?: string }): RateLimiter {
  const base = `zalo:rate:${options.name ?? 'oa-api'}`;
  return {
    async acquire() {
      for (;;) {
        const now = Date.now();
        const window = Math.floor(now / WINDOW_MS);
        const overlap = 1 - (now % WINDOW_MS) / WINDOW_MS;
        const taken = await TAKE_SCRIPT.run(
          redis,
          [`${base}:${window}`, `${base}:${window - 1}`],
          [options.perMinute, overlap, WINDOW_MS * 2],
        );
        if (taken === 1) return;
        // Jitter spreads waiting workers so they do not all retry in the same millisecond.
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * MAX_WAIT_STEP_MS));
      }
    },
  };
}
