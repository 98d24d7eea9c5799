import { parseStoredJson } from '../platform/stored-json.js';
import type { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { Redis } from '../platform/redis.js';
import type { LgspMetrics } from './lgsp-metrics.js';

/**
 * A Redis cache of LGSP answers (already converted into our model) per service. `lastGood` copies never expire: they
 * are served when the LGSP fails, for data that changes rarely (catalogues). Redis trouble is a miss, never an error.
 */
export interface LgspCache {
  get<S extends z.ZodType>(service: string, key: string, schema: S): Promise<z.output<S> | undefined>;
  set(service: string, key: string, value: unknown, ttlSeconds: number): Promise<void>;
  getLastGood<S extends z.ZodType>(service: string, key: string, schema: S): Promise<z.output<S> | undefined>;
  setLastGood(service: string, key: string, value: unknown): Promise<void>;
  delete(service: string, key: string): Promise<void>;
}

export function createLgspCache(deps: { redis: Redis; logger: Logger; metrics?: LgspMetrics }): LgspCache {
  const { redis, metrics } = deps;
  const logger = deps.logger.child({ module: 'lgsp-cache' });
  const fresh = (service: string, key: string) => `lgsp:cache:${service}:${key}`;
  const lastGood = (service: string, key: string) => `lgsp:lastgood:${service}:${key}`;

  async function read<S extends z.ZodType>(redisKey: string, schema: S): Promise<z.output<S> | undefined> {
    let text: string | null;
    try {
      text = await redis.get(redisKey);
    } catch (error) {
      logger.warn({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'LGSP cache read failed');
      return undefined;
    }
    // A copy written by an older version of the model is simply a miss.
    return parseStoredJson(text, schema);
  }

  async function write(redisKey: string, value: unknown, ttlSeconds?: number): Promise<void> {
    try {
      if (ttlSeconds === undefined) await redis.set(redisKey, JSON.stringify(value));
      else await redis.set(redisKey, JSON.stringify(value), 'EX', ttlSeconds);
    } catch (error) {
      logger.warn({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'LGSP cache write failed');
    }
  }

  return {
    async get(service, key, schema) {
      const value = await read(fresh(service, key), schema);
      metrics?.cache.inc({ service, result: value === undefined ? 'miss' : 'hit' });
      return value;
    },
    set: (service, key, value, ttlSeconds) => write(fresh(service, key), value, ttlSeconds),
    async getLastGood(service, key, schema) {
      const value = await read(lastGood(service, key), schema);
      if (value !== undefined) metrics?.cache.inc({ service, result: 'stale' });
      return value;
    },
    setLastGood: (service, key, value) => write(lastGood(service, key), value),
    async delete(service, key) {
      try {
        await redis.del(fresh(service, key));
      } catch {
        // A stale entry expires by itself.
      }
    },
  };
}
