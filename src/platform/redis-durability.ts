import type { Logger } from './logger.js';
import type { Redis } from './redis.js';

/**
 * What production needs of Redis: it holds acknowledged events (mailboxes), queued jobs and job schedulers, so it
 * must keep them across a restart (append-only file, fsync at least every second) and must never evict them under
 * memory pressure (`maxmemory-policy noeviction`).
 */
export interface RedisDurability {
  /** True when every setting is safe; null when the server would not tell (CONFIG disabled, managed services). */
  safe: boolean | null;
  /** What is unsafe, in operator words (empty when safe or unknown). */
  problems: string[];
}

async function readSetting(redis: Redis, name: string): Promise<string | undefined> {
  const reply = await redis.config('GET', name);
  return Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
}

/** Reads the server's persistence and eviction settings. */
export async function checkRedisDurability(redis: Redis): Promise<RedisDurability> {
  let appendonly: string | undefined;
  let appendfsync: string | undefined;
  let policy: string | undefined;
  try {
    [appendonly, appendfsync, policy] = await Promise.all([
      readSetting(redis, 'appendonly'),
      readSetting(redis, 'appendfsync'),
      readSetting(redis, 'maxmemory-policy'),
    ]);
  } catch {
    return { safe: null, problems: [] };
  }
  const problems: string[] = [];
  if (appendonly !== 'yes') problems.push('appendonly is not "yes": a restart loses acknowledged events and jobs');
  else if (appendfsync === 'no') problems.push('appendfsync is "no": a crash can lose more than a second of writes');
  if (policy !== 'noeviction') problems.push(`maxmemory-policy is "${policy ?? '?'}": Redis may evict queued work`);
  return { safe: problems.length === 0, problems };
}

/** Checks at start and warns loudly when Redis would lose what the server acknowledged. */
export async function warnIfRedisIsNotDurable(redis: Redis, logger: Logger): Promise<RedisDurability> {
  const durability = await checkRedisDurability(redis);
  if (durability.safe === false) {
    logger.warn(
      { problems: durability.problems },
      'UNSAFE REDIS CONFIGURATION: set "appendonly yes", "appendfsync everysec" and "maxmemory-policy noeviction" ' +
        'in production (see the README, Reliability)',
    );
  } else if (durability.safe === null) {
    logger.warn('could not read the Redis persistence settings (CONFIG GET refused): make sure AOF is on');
  }
  return durability;
}
