import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

export type { Redis };

export interface RedisConnectOptions {
  url: string;
  logger: Logger;
  /**
   * `command`: the application's own client. Fails commands at once while disconnected, so a webhook can answer 503
   * instead of hanging. `queue`: a BullMQ connection, which must wait and retry forever (BullMQ's requirement).
   */
  role: 'command' | 'queue';
  /** Prefix added to every key of a `command` client (e.g. `zegov:`). BullMQ connections use the queue prefix instead. */
  keyPrefix?: string;
  /** Name shown by CLIENT LIST, for operators. */
  connectionName?: string;
}

const RECONNECT_MAX_DELAY_MS = 2000;
const CONNECT_TIMEOUT_MS = 5000;

/** Opens a Redis connection that reconnects with a capped back-off; resolves once the server answers. */
export async function connectRedis(options: RedisConnectOptions): Promise<Redis> {
  const redis = createRedis(options);
  if (redis.status !== 'ready') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Redis at ${redactUrl(options.url)} did not answer within ${CONNECT_TIMEOUT_MS} ms`));
      }, CONNECT_TIMEOUT_MS);
      const onReady = () => {
        cleanup();
        resolve();
      };
      const cleanup = () => {
        clearTimeout(timer);
        redis.off('ready', onReady);
      };
      redis.on('ready', onReady);
    }).catch((error: unknown) => {
      redis.disconnect();
      throw error;
    });
  }
  return redis;
}

/** Creates the connection without waiting for it (BullMQ connections and tests that start Redis later). */
export function createRedis(options: RedisConnectOptions): Redis {
  const base: RedisOptions = {
    connectionName: options.connectionName ?? 'zalo-egov',
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, RECONNECT_MAX_DELAY_MS),
  };
  const roleOptions: RedisOptions =
    options.role === 'queue'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, keyPrefix: options.keyPrefix ?? '' };
  const redis = new Redis(options.url, { ...base, ...roleOptions });
  let wasReady = false;
  redis.on('ready', () => {
    if (wasReady) options.logger.info({ role: options.role }, 'Redis connection restored');
    wasReady = true;
  });
  // Without a listener ioredis prints every reconnect failure; log it once per outage instead.
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    options.logger.warn({ role: options.role, err: { message: error.message } }, 'Redis connection error');
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}
