import type { Config } from '../config.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { createQueue, type QueueContext } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import type { ZaloAdminApiDeps } from './admin-routes.js';
import type { ConversationHandler } from './handle-zalo-event.js';
import type { DeliveryChannel } from '../messaging/index.js';
import { inboundQueue, zaloMaintenanceQueue } from './queues.js';
import { createZaloWebhook, type ZaloWebhook } from './webhook-router.js';
import { createZaloClient, type ZaloClient } from './zalo-client.js';
import { createZaloDeliveryChannel } from './zalo-delivery-channel.js';
import { createZaloTokenManager, type ZaloAuditRecorder, type ZaloTokenManager } from './zalo-tokens.js';
import { createZaloWorkers, type ZaloWorkers, type ZaloWorkersDeps } from './zalo-workers.js';

export interface ZaloChannelDeps {
  zalo: Config['zalo'];
  sandbox: boolean;
  /** Public base URL (OAuth redirect back to `/api/admin/zalo/callback`). */
  publicUrl: string;
  retentionDays: number;
  db: Db;
  /** Command client with the deployment's key prefix. */
  redis: Redis;
  queues: QueueContext;
  secretsKey: Buffer;
  logger: Logger;
  metrics: Metrics;
  /** Writes the audit rows of connects, seeding and lost connections. */
  audit: ZaloAuditRecorder;
}

export interface ZaloChannel {
  /**
   * Zalo's webhook: `router` to mount at `/webhooks/zalo` (every request), `fastRoute` for the ingress listener that
   * answers the plain case ahead of express (`src/platform/ingress.ts`).
   */
  webhook: ZaloWebhook;
  /** What the channel's admin routes (`zaloAdminApi`) need, but for the audit and the caller (the admin module's). */
  adminApiDeps: Omit<ZaloAdminApiDeps, 'audit' | 'callerOf' | 'actorOf'>;
  /** What the messaging module needs to deliver through Zalo (payloads, window rules, the send call). */
  deliveryChannel: DeliveryChannel;
  tokens: ZaloTokenManager;
  client: ZaloClient;
  /** `/readyz` entry: reports the token state (not critical: the webhook still accepts events without a token). */
  readiness: { name: string; critical: boolean; check(): Promise<{ ok: boolean; details?: Record<string, unknown> }> };
  /** Seeds or (sandbox) connects the token store; call once the HTTP server listens (the simulator answers there). */
  initialize(): Promise<void>;
  /** Starts the inbound and maintenance workers, handing citizens' events to `handler`. */
  startWorkers(
    handler: ConversationHandler,
    options?: Pick<ZaloWorkersDeps, 'retentionTasks' | 'concurrency'>,
  ): Promise<ZaloWorkers>;
  /** Jobs per queue and state, for the queue-depth metric. */
  queueDepths(): Promise<Array<{ queue: string; state: string; count: number }>>;
  /** Closes the queues the channel opened (workers are closed through their own `close`). */
  close(): Promise<void>;
}

const ADMIN_MOUNT_PATH = '/api/admin/zalo';

/** Builds the whole Zalo channel from configuration: one call for the composition root. */
export function createZaloChannel(deps: ZaloChannelDeps): ZaloChannel {
  const { zalo } = deps;
  if (!zalo.appId || !zalo.appSecret || !zalo.oaSecretKey) {
    throw new Error('ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are required for the Zalo channel');
  }
  const publicUrl = deps.publicUrl.replace(/\/$/, '');
  const redirectUri = `${publicUrl}${ADMIN_MOUNT_PATH}/callback`;
  const inbound = createQueue(inboundQueue, deps.queues);
  const maintenance = createQueue(zaloMaintenanceQueue, deps.queues);
  const tokens = createZaloTokenManager({
    db: deps.db,
    redis: deps.redis,
    secretsKey: deps.secretsKey,
    oauth: { baseUrl: zalo.oauthBaseUrl, appId: zalo.appId, appSecret: zalo.appSecret },
    logger: deps.logger,
    metrics: deps.metrics,
    audit: deps.audit,
    ...(deps.sandbox ? { autoConnect: { redirectUri } } : {}),
  });
  const client = createZaloClient({ baseUrl: zalo.apiBaseUrl, tokens });
  const webhook = createZaloWebhook({
    appId: zalo.appId,
    oaSecretKey: zalo.oaSecretKey,
    maxAgeMs: zalo.webhookMaxAgeMs,
    redis: deps.redis,
    inbound,
    logger: deps.logger,
    metrics: deps.metrics,
  });
  const deliveryChannel = createZaloDeliveryChannel({
    db: deps.db,
    client,
    csWindowDays: zalo.csWindowDays,
    logger: deps.logger.child({ component: 'zalo-delivery' }),
    // Documents come from admins' addresses and officials' uploads (served at PUBLIC_URL): only public addresses and
    // this server, but anything in sandbox mode, whose simulated Zalo and files are on this machine.
    fileSources: { allowNonPublic: deps.sandbox, trustedOrigins: [publicUrl] },
  });
  const seedAccessToken = zalo.seedAccessToken;
  const seedRefreshToken = zalo.seedRefreshToken;

  return {
    webhook,
    adminApiDeps: {
      tokens,
      redirectUri,
      db: deps.db,
      redis: deps.redis,
      inbound,
      logger: deps.logger,
      async requestFollowerSync() {
        // Deduplicated while one waits: asking twice runs it once.
        await maintenance.add(
          'follower-sync',
          { task: 'follower-sync' },
          { deduplication: { id: 'follower-sync-now' } },
        );
      },
    },
    deliveryChannel,
    tokens,
    client,
    readiness: {
      name: 'zalo-token',
      critical: false,
      async check() {
        const status = await tokens.status();
        return { ok: status.state === 'active', details: { state: status.state } };
      },
    },
    initialize: () =>
      tokens.initialize(
        seedAccessToken && seedRefreshToken
          ? { accessToken: seedAccessToken, refreshToken: seedRefreshToken }
          : undefined,
      ),
    startWorkers: (handler, options) =>
      createZaloWorkers({
        ...options,
        db: deps.db,
        redis: deps.redis,
        queues: deps.queues,
        handler,
        client,
        retentionDays: deps.retentionDays,
        logger: deps.logger,
        metrics: deps.metrics,
      }),
    queueDepths: () => inbound.depth(),
    async close() {
      await Promise.all([inbound.close(), maintenance.close()]);
    },
  };
}
