import { randomBytes } from 'node:crypto';
import { connectRedis, type Redis } from '../../src/platform/redis.js';
import type { QueueContext } from '../../src/platform/queues.js';
import { testLogger } from './logger.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestRedis {
  /** Command client whose keys all carry this test's own prefix. */
  redis: Redis;
  /** The prefix (without trailing colon), unique to this test. */
  prefix: string;
  /** BullMQ context with a queue prefix unique to this test. */
  queues: QueueContext;
  /** Deletes every key this test created and closes the connections. */
  destroy(): Promise<void>;
}

/** A real Redis connection isolated from other tests by a random key and queue prefix. */
export async function createTestRedis(): Promise<TestRedis> {
  const prefix = `t${randomBytes(5).toString('hex')}`;
  const redis = await connectRedis({
    url: TEST_REDIS_URL,
    logger: testLogger(),
    role: 'command',
    keyPrefix: `${prefix}:`,
  });
  const queueConnection = await connectRedis({ url: TEST_REDIS_URL, logger: testLogger(), role: 'queue' });
  return {
    redis,
    prefix,
    queues: { connection: queueConnection, prefix: `${prefix}:q` },
    destroy: async () => {
      // keyPrefix is not applied to SCAN patterns: match on the full prefix.
      let cursor = '0';
      do {
        const [next, keys] = await queueConnection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await queueConnection.del(...keys);
      } while (cursor !== '0');
      redis.disconnect();
      queueConnection.disconnect();
    },
  };
}
