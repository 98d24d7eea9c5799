import { afterEach, describe, expect, it } from 'vitest';
import { checkRedisDurability } from '../../../src/platform/redis-durability.js';
import { connectRedis, type Redis } from '../../../src/platform/redis.js';
import { testLogger } from '../../helpers/logger.js';
import { DURABLE_REDIS_ARGS, startRedisServer, type RedisServer } from '../../helpers/services.js';

let server: RedisServer | undefined;
let client: Redis | undefined;
afterEach(async () => {
  client?.disconnect();
  await server?.stop();
});

async function durabilityOf(args: string[]) {
  server = await startRedisServer(args);
  client = await connectRedis({ url: server.url, logger: testLogger(), role: 'command' });
  return checkRedisDurability(client);
}

describe('Redis durability check at start', () => {
  it('accepts the configuration the README documents', async () => {
    expect(await durabilityOf(DURABLE_REDIS_ARGS)).toEqual({ safe: true, problems: [] });
  });

  it('names what would lose acknowledged work: no AOF, eviction allowed', async () => {
    const result = await durabilityOf(['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']);
    expect(result.safe).toBe(false);
    expect(result.problems.join('\n')).toMatch(/appendonly[\s\S]*allkeys-lru/);
  });

  it('says it cannot tell when the server refuses CONFIG (managed Redis)', async () => {
    expect(await durabilityOf(['--rename-command', 'CONFIG', '""'])).toEqual({ safe: null, problems: [] });
  });
});
