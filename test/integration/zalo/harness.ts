import { randomBytes } from 'node:crypto';
import express from 'express';
import { auditActorSchema, recordAudit, type AuditActor } from '../../../src/admin/index.js';
import type { InboundEvent } from '../../../src/conversation/channel.js';
import { createApiRouter } from '../../../src/platform/api-router.js';
import { createIngressListener } from '../../../src/platform/ingress.js';
import { problemErrorHandler } from '../../../src/platform/http.js';
import { createMetrics, type Metrics } from '../../../src/platform/metrics.js';
import { createQueue } from '../../../src/platform/queues.js';
import { createRedis, type Redis } from '../../../src/platform/redis.js';
import { createZaloSimulator, type ZaloSimulator } from '../../../src/sandbox/zalo/index.js';
import { createMessaging, type Messaging, type MessagingWorkers } from '../../../src/messaging/index.js';
import {
  createZaloClient,
  createZaloDeliveryChannel,
  type ZaloClient,
  createZaloTokenManager,
  createZaloWebhook,
  createZaloWorkers,
  inboundQueue,
  zaloMaintenanceQueue,
  type ConversationHandler,
  type ZaloAuditRecorder,
  type ZaloTokenManager,
  type ZaloWorkers,
  zaloAdminApi,
} from '../../../src/zalo/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

export const IDENTITY = {
  appId: '1000000000000000001',
  appSecret: 'sandbox-app-secret',
  oaSecretKey: 'sandbox-oa-secret-key',
  oaId: '2000000000000000001',
};

/** The admin the harness's guard lets through (header `x-test-admin: yes`), as audit rows name them. */
export const TEST_ADMIN_ACTOR: AuditActor = {
  type: 'account',
  accountId: '5d7a3f0e-2b1c-4e8f-9a6d-0c1b2a3f4e5d',
  email: 'oa-admin@province.gov.vn',
};

/** Audit rows of the Zalo module written with the admin module's recordAudit, as the composition root does. */
export const recordZaloAudit: ZaloAuditRecorder = (tx, { by, ...change }) =>
  recordAudit(tx, { ...change, actor: by === null ? { type: 'system' } : auditActorSchema.parse(by) });

export interface Harness {
  /** The webhook's own Redis client when `webhookRedisUrl` was given. */
  webhookRedis: Redis | undefined;
  db: TestDatabase;
  redis: TestRedis;
  server: RunningServer;
  simulator: ZaloSimulator;
  tokens: ZaloTokenManager;
  /** The OA API client the workers deliver with (before `wrapClient`), for a worker set a test builds itself. */
  zaloClient: ZaloClient;
  /** Outgoing messages, delivered through the Zalo channel. */
  sink: Messaging;
  /** Events the conversation handler received, in handling order. */
  handled: InboundEvent[];
  /** Replaces what the handler does (default: remember the event). */
  setHandler(handler: ConversationHandler): void;
  /** The worker sets started so far: the channel's (inbound, retention) and the deliveries'. */
  workers: ZaloWorkers[];
  deliveryWorkers: MessagingWorkers[];
  /** Starts `count` independent worker sets (as several worker processes would). */
  startWorkers(count?: number): Promise<void>;
  secretsKey: Buffer;
  webhookUrl: string;
  /** The Prometheus registry the channel counts in. */
  metrics: Metrics;
  /** Requests the ingress listener's fast route answered itself (0 without `ingress`). */
  fastRouteCalls(): number;
  destroy(): Promise<void>;
}

/** Shorter than production's timers for a worker that died (`createHarness`'s `takeover`). */
export interface TakeoverTimes {
  deliveryLockTtlMs: number;
  jobLock: { lockDurationMs: number; stalledIntervalMs: number };
}

export async function createHarness(
  options: {
    /** The webhook's Redis goes through this URL (a relay the test can cut); same key prefix as the workers. */
    webhookRedisUrl?: string;
    csWindowDays?: number;
    rateLimitPerMinute?: number;
    /** The OA API client's timeout (default the client's own). */
    clientTimeoutMs?: number;
    /**
     * The delivery channel's `settleMs`. Default 0: a message left in flight is looked for at once (the sandbox answers
     * or drops a call at once; tests of a late arrival set it, with `slowSendNext`).
     */
    settleMs?: number;
    /** Wraps the OA API client the workers use (fault injection). */
    wrapClient?: (client: ZaloClient) => ZaloClient;
    /**
     * Serve as production does: the ingress listener answers the plain webhook deliveries, the express router (with
     * the light access log) the rest. Without it, the express router answers every delivery.
     */
    ingress?: boolean;
    /**
     * How soon the delivery workers take over from one that died: the citizens' delivery locks' TTL and BullMQ's job
     * lock and stalled-job check (defaults: production's, 30 s each; see `MessagingDeps.deliveryLockTtlMs`).
     */
    takeover?: TakeoverTimes;
  } = {},
): Promise<Harness> {
  const logger = testLogger();
  const db = await createTestDatabase();
  const redis = await createTestRedis();
  let webhookRedis: Redis | undefined;
  let webhookQueueRedis: Redis | undefined;
  if (options.webhookRedisUrl) {
    webhookRedis = createRedis({
      url: options.webhookRedisUrl,
      logger,
      role: 'command',
      keyPrefix: `${redis.prefix}:`,
    });
    // The webhook admits events over its queue's connection: it goes through the same relay.
    webhookQueueRedis = createRedis({ url: options.webhookRedisUrl, logger, role: 'queue' });
    for (const client of [webhookRedis, webhookQueueRedis]) {
      // The second may be ready before the first is.
      if (client.status !== 'ready') await new Promise<void>((resolve) => client.once('ready', () => resolve()));
    }
  }
  const metrics = createMetrics({ collectDefaults: false });
  const secretsKey = randomBytes(32);
  const simulator = createZaloSimulator({ ...IDENTITY, webhookUrl: 'http://127.0.0.1:1/', logger });
  const app = express();
  const inbound = createQueue(inboundQueue, redis.queues);
  const webhookInbound = webhookQueueRedis
    ? createQueue(inboundQueue, { ...redis.queues, connection: webhookQueueRedis })
    : inbound;
  const maintenance = createQueue(zaloMaintenanceQueue, redis.queues);
  const handled: InboundEvent[] = [];
  let custom: ConversationHandler | undefined;
  // Without a custom handler the event is only recorded (conversation log, citizen record), as the engine would.
  const handler: ConversationHandler = async (event, claim) => {
    handled.push(event);
    if (custom) return custom(event, claim);
    return (await db.db.transaction(claim)) ? 'committed' : 'duplicate';
  };
  const workers: ZaloWorkers[] = [];
  const deliveryWorkers: MessagingWorkers[] = [];
  const messagings: Messaging[] = [];

  const webhook = createZaloWebhook({
    appId: IDENTITY.appId,
    oaSecretKey: IDENTITY.oaSecretKey,
    maxAgeMs: 24 * 3600 * 1000,
    redis: webhookRedis ?? redis.redis,
    inbound: webhookInbound,
    logger,
    metrics,
  });
  app.use('/webhooks/zalo', webhook.router);
  app.use('/sandbox/zalo', simulator.router);
  let fastRouteCalls = 0;
  const server = await listen(
    options.ingress
      ? createIngressListener({
          routes: [
            {
              ...webhook.fastRoute,
              handle: (request) => {
                fastRouteCalls += 1;
                return webhook.fastRoute.handle(request);
              },
            },
          ],
          fallback: app,
          logger,
          metrics,
        })
      : app,
  );
  simulator.setWebhookUrl(`${server.url}/webhooks/zalo`);
  const oauth = { baseUrl: `${server.url}/sandbox/zalo/oauth`, appId: IDENTITY.appId, appSecret: IDENTITY.appSecret };
  const tokens = createZaloTokenManager({
    db: db.db,
    redis: redis.redis,
    secretsKey,
    oauth,
    logger,
    metrics,
    audit: recordZaloAudit,
    autoConnect: { redirectUri: `${server.url}/api/admin/zalo/callback` },
  });
  // The channel's admin routes as the admin API mounts them, behind a stand-in for the admin guard.
  const adminRouter = createApiRouter(
    zaloAdminApi.bind({
      tokens,
      redirectUri: `${server.url}/api/admin/zalo/callback`,
      db: db.db,
      redis: redis.redis,
      inbound,
      actorOf: () => TEST_ADMIN_ACTOR,
      logger,
      // Dead letters are tested through the composed server, where the admin module audits them.
      audit: async () => undefined,
      callerOf: () => 'test',
      requestFollowerSync: async () => {
        await maintenance.add('follower-sync', { task: 'follower-sync' });
      },
    }),
    {
      guardsFor: (access) =>
        access === 'public'
          ? []
          : [
              (req, res, next) => {
                if (req.get('x-test-admin') === 'yes') next();
                else res.status(403).json({ code: 'FORBIDDEN' });
              },
            ],
    },
    { strictResponses: true },
  );
  adminRouter.use(problemErrorHandler(logger));
  app.use('/api/admin', adminRouter);
  const realClient = createZaloClient({
    baseUrl: `${server.url}/sandbox/zalo/openapi`,
    tokens,
    ...(options.clientTimeoutMs === undefined ? {} : { timeoutMs: options.clientTimeoutMs }),
  });
  // Each worker set delivers through its own client (as separate processes would). The first set delivers with `sink`
  // itself, as the composed server does: the replies it records may then be sent at once by the turn's worker.
  const messagingWith = (client: ZaloClient) => {
    const created = createMessaging({
      db: db.db,
      redis: redis.redis,
      queues: redis.queues,
      channel: createZaloDeliveryChannel({
        db: db.db,
        client,
        csWindowDays: options.csWindowDays ?? 7,
        logger,
        settleMs: options.settleMs ?? 0,
      }),
      logger,
      metrics,
      ...(options.takeover ? { deliveryLockTtlMs: options.takeover.deliveryLockTtlMs } : {}),
    });
    messagings.push(created);
    return created;
  };
  const deliveringClient = () => (options.wrapClient ? options.wrapClient(realClient) : realClient);
  const sink = messagingWith(deliveringClient());

  return {
    webhookRedis,
    db,
    redis,
    server,
    simulator,
    tokens,
    zaloClient: realClient,
    sink,
    handled,
    workers,
    deliveryWorkers,
    secretsKey,
    metrics,
    webhookUrl: `${server.url}/webhooks/zalo`,
    fastRouteCalls: () => fastRouteCalls,
    setHandler: (next) => {
      custom = next;
    },
    async startWorkers(count = 1) {
      for (let i = 0; i < count; i += 1) {
        workers.push(
          await createZaloWorkers({
            db: db.db,
            redis: redis.redis,
            queues: redis.queues,
            handler,
            client: realClient,
            retentionDays: 90,
            logger,
            metrics,
            scheduleRetention: false,
          }),
        );
        const delivery = deliveryWorkers.length === 0 ? sink : messagingWith(deliveringClient());
        deliveryWorkers.push(
          await delivery.startWorkers({
            ratePerMinute: options.rateLimitPerMinute ?? 3000,
            scheduleSweep: false,
            ...(options.takeover ? { jobLock: options.takeover.jobLock } : {}),
          }),
        );
      }
    },
    async destroy() {
      await Promise.all([...workers, ...deliveryWorkers].map((w) => w.close()));
      await Promise.all(messagings.map((m) => m.close()));
      if (webhookInbound !== inbound) await webhookInbound.close().catch(() => undefined);
      webhookRedis?.disconnect();
      webhookQueueRedis?.disconnect();
      await Promise.all([inbound.close(), maintenance.close()]);
      simulator.close();
      await server.close();
      await redis.destroy();
      await db.destroy();
    },
  };
}

/** Polls until `check` returns a value that is not undefined/false (integration tests wait for workers). */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
