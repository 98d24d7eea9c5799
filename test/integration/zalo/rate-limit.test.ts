import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/zalo/index.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

let redis: TestRedis | undefined;
afterEach(async () => {
  await redis?.destroy();
  redis = undefined;
});

describe('OA API rate limit', () => {
  it('counts calls from every process against one per-minute budget', async () => {
    redis = await createTestRedis();
    // Two limiters on one Redis stand for two worker processes.
    const first = createRateLimiter(redis.redis, { perMinute: 5 });
    const second = createRateLimiter(redis.redis, { perMinute: 5 });
    for (const limiter of [first, second, first, second, first]) await limiter.acquire();
    const sixth = second.acquire().then(() => 'granted');
    const outcome = await Promise.race([sixth, new Promise((resolve) => setTimeout(() => resolve('waiting'), 800))]);
    expect(outcome).toBe('waiting');
    // Let the pending acquire finish against a fresh budget so the test leaves nothing running.
    await redis.redis.eval(
      "for _,k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end return 0",
      0,
      `${redis.prefix}:zalo:rate:*`,
    );
    expect(await sixth).toBe('granted');
  });
});
