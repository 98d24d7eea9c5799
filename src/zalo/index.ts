/** Builds the whole channel (webhook, admin router, sink, tokens, client, workers) from configuration. */
export { createZaloChannel, type ZaloChannel, type ZaloChannelDeps } from './zalo-channel.js';
/**
 * `POST /webhooks/zalo`: verify, parse, deduplicate, enqueue, acknowledge. The router mounts at `/webhooks/zalo`; the
 * fast route serves the plain case from the ingress listener ahead of express.
 */
export {
  createZaloWebhook,
  createZaloWebhookRouter,
  type ZaloWebhook,
  type ZaloWebhookDeps,
} from './webhook-router.js';
/** HTTP-free handling of one parsed Zalo event (worker and tests). */
export { handleZaloEvent, type ConversationHandler, type HandleZaloEventDeps } from './handle-zalo-event.js';
/** Parses an unknown webhook body into a typed Zalo event (or says why it cannot). */
export { parseZaloEvent, zaloEventSchema, type ParsedZaloEvent, type ZaloEvent } from './zalo-event.js';
/** Starts the inbound (per-citizen ordered) and retention workers. */
export { createZaloWorkers, type RetentionTask, type ZaloWorkers, type ZaloWorkersDeps } from './zalo-workers.js';
/** Delivery through Zalo for the messaging module: OA API payloads, window rules, error codes as outcomes. */
export { createZaloDeliveryChannel, type ZaloDeliveryChannelDeps } from './zalo-delivery-channel.js';
/** The OAuth v4 token store (encrypted, refreshed under a cross-process lock; sandbox auto-connect). */
export {
  createZaloTokenManager,
  type ZaloTokenManager,
  type ZaloTokenStatus,
  type ZaloAuditActor,
  type ZaloAuditEntry,
  type ZaloAuditRecorder,
} from './zalo-tokens.js';
/** Typed OA OpenAPI client and its error classes. */
export {
  classifyZaloError,
  createZaloClient,
  ZaloApiError,
  ZaloTransportError,
  type ZaloClient,
  type ZaloErrorKind,
  type ZaloMessage,
} from './zalo-client.js';
/** Admin routes of the connection (connect flow, token status) and dead letters, under `/api/admin/zalo`. */
export { zaloAdminApi, type ZaloAdminApiDeps } from './admin-routes.js';
/** How the admin module records an admin change made through the Zalo admin routes (dead letters). */
export type { RecordAdminChange } from './dead-letters-routes.js';
/** The channel's queue definitions (names `inbound`, `zalo-maintenance`). */
export { inboundQueue, zaloMaintenanceQueue } from './queues.js';
/** The channel's tables (drizzle). */
export { zaloDeadLetters, zaloTokens } from './schema.js';
/** Error codes of the channel. */
export { ZaloErrors } from './errors.js';
