// The benchmarks' Redis: the URL they share and the clean-up of a run's random key prefix.
import type { Redis } from '../../src/platform/redis.js';

export const BENCH_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Deletes every key under `${prefix}:`. SCAN matches and returns full key names, while a client with a `keyPrefix`
 * adds that prefix again on DEL, so it is taken off first.
 */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  const clientPrefix = redis.options.keyPrefix ?? '';
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    const names = keys.map((key) => (key.startsWith(clientPrefix) ? key.slice(clientPrefix.length) : key));
    if (names.length > 0) await redis.del(...names);
  } while (cursor !== '0');
}
