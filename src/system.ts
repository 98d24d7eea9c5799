import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Express, Router } from 'express';
import { createAdminAuth, createAdminRouter, ensureFirstAdmin, type FirstAdminOutcome } from './admin/index.js';
import { createApp, type ReadinessCheck } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './platform/db.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createMetrics, type Metrics } from './platform/metrics.js';
import { startPrivateRedis } from './platform/private-redis.js';
import type { QueueContext } from './platform/queues.js';
import { connectRedis, redactUrl, type Redis } from './platform/redis.js';
import { loadOrCreateSandboxSecretsKey } from './platform/secrets-key.js';
import { Shutdown } from './platform/shutdown.js';

/** Which parts of the program this process runs: HTTP only, queue workers only, or both (default). */
export type ProcessRole = 'web' | 'worker' | 'all';

export interface SystemOptions {
  config: Config;
  role: ProcessRole;
  logger?: Logger;
  /** An already opened database (tests); otherwise opened from config and closed on shutdown. */
  database?: DatabaseHandle;
}

export interface RunningSystem {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  database: DatabaseHandle;
  redis: Redis;
  queues: QueueContext;
  /** The HTTP app (web and all roles). */
  app: Express | undefined;
  /** Base URL the server listens on (web and all roles). */
  url: string | undefined;
  /** Whether the first admin account was created now (a sandbox one carries its generated password, to print once). */
  firstAdmin: FirstAdminOutcome | undefined;
  /** Graceful stop: stop accepting, finish in-flight requests and jobs (bounded), close pools. True when clean. */
  close(reason?: string): Promise<boolean>;
}

/** A start-up failure with an operator-facing message (no stack trace needed). */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The composition root: builds every module from configuration and starts the parts `role` asks for. */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { config, role } = options;
  const logger = options.logger ?? createLogger({ level: config.log.level });
  const shutdown = new Shutdown(logger, config.shutdownTimeoutMs);
  try {
    return await assemble(options, logger, shutdown);
  } catch (error) {
    // Whatever was opened before the failure is closed again, so a failed start leaves nothing running.
    await shutdown.run('start-up failed');
    throw error;
  }
}

async function assemble(options: SystemOptions, log: Logger, stop: Shutdown): Promise<RunningSystem> {
  const { config, role } = options;
  const metrics = createMetrics();

  const redis = await connectRedisOrStartPrivate(config, log, stop);
  stop.add('redis', async () => redis.disconnect());
  const queueConnection = await connectRedis({
    url: config.redis.url,
    logger: log,
    role: 'queue',
    connectionName: `zalo-egov:${role}:queue`,
  });
  stop.add('redis (queues)', async () => queueConnection.disconnect());
  const queues: QueueContext = { connection: queueConnection, prefix: `${config.redis.prefix}:q` };

  const database = options.database ?? (await openConfiguredDatabase(config, log));
  if (!options.database) stop.add('database', () => database.close());
  await database.migrate();

  const secretsKey = config.secretsKey ?? (await loadOrCreateSandboxSecretsKey(config.dataDir));
  void secretsKey;

  const readiness: ReadinessCheck[] = [
    { name: 'database', critical: true, check: () => database.ping() },
    {
      name: 'redis',
      critical: true,
      check: async () => {
        await redis.ping();
      },
    },
  ];
  const mounts: Array<{ path: string; router: Router }> = [];

  let app: Express | undefined;
  let url: string | undefined;
  let firstAdmin: FirstAdminOutcome | undefined;
  if (role !== 'worker') {
    firstAdmin = await ensureFirstAdmin({
      db: database.db,
      email: config.admin.email,
      password: config.admin.password,
      sandbox: config.sandbox,
    });
    if (firstAdmin.status === 'missing') log.warn('no admin account exists: set ADMIN_EMAIL and ADMIN_PASSWORD');
    const adminDeps = {
      db: database.db,
      redis,
      logger: log,
      config: { ...config.admin, publicUrl: config.http.publicUrl },
    };
    const adminAuth = createAdminAuth(adminDeps);
    mounts.push({ path: '/api/admin', router: createAdminRouter({ ...adminDeps, auth: adminAuth }) });

    app = createApp({ logger: log, metrics, readiness, mounts, sandbox: config.sandbox });
    const server = http.createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new StartupError(`Port ${config.http.port} is already in use: set PORT to a free port`)
            : error,
        ),
      );
      server.listen(config.http.port, config.http.host, resolve);
    });
    url = serverUrl(server.address());
    stop.add('http server', () => closeServer(server));
  }

  return {
    config,
    logger: log,
    metrics,
    database,
    redis,
    queues,
    app,
    url,
    firstAdmin,
    close: (reason = 'close') => stop.run(reason),
  };
}

async function openConfiguredDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  try {
    const handle = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
    await handle.ping();
    return handle;
  } catch (error) {
    const where = config.database.url
      ? redactUrl(config.database.url)
      : `embedded PGlite at ${config.database.dataDir}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Cannot open the database (${where}): ${reason}`);
  }
}

async function connectRedisOrStartPrivate(config: Config, logger: Logger, shutdown: Shutdown): Promise<Redis> {
  const connect = () =>
    connectRedis({ url: config.redis.url, logger, role: 'command', keyPrefix: `${config.redis.prefix}:` });
  try {
    return await connect();
  } catch (firstError) {
    const target = new URL(config.redis.url);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname);
    if (config.redis.autostart && loopback) {
      const privateRedis = await startPrivateRedis({
        dir: path.join(config.dataDir, 'redis'),
        port: Number(target.port || 6379),
        logger,
      });
      if (privateRedis) {
        shutdown.add('private redis-server', () => privateRedis.stop());
        return connect();
      }
    }
    const reason = firstError instanceof Error ? firstError.message : String(firstError);
    throw new StartupError(
      `${reason}. Start Redis 6.2+ (Debian/Ubuntu: apt-get install redis-server), or set REDIS_URL to a running server.`,
    );
  }
}

function serverUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') throw new StartupError('The HTTP server has no TCP address');
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Stops accepting; in-flight requests finish; idle keep-alive sockets are closed so close() can complete.
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
