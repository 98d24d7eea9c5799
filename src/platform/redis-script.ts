import { createHash } from 'node:crypto';
import type { Redis } from './redis.js';

/**
 * A Lua script run by its SHA-1 (EVALSHA), loaded on first use or after a Redis restart (NOSCRIPT): the webhook runs
 * one per event, and sending the script text each time would cost bandwidth and parsing on every request.
 */
export interface RedisScript {
  run(redis: Redis, keys: string[], args: Array<string | number>): Promise<unknown>;
}

export function defineRedisScript(source: string): RedisScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    async run(redis, keys, args) {
      const argv = args.map(String);
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...argv);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return redis.eval(source, keys.length, ...keys, ...argv);
      }
    },
  };
}
