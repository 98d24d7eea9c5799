/**
 * The transactional outbox for writes to external systems (e.g. a feedback ticket forwarded to the LGSP): recorded in
 * the transaction of what caused them, performed after the commit, at least once, with a stable idempotency key.
 */
export {
  createEffectOutbox,
  type EffectOutbox,
  type EffectOutboxDeps,
  type OutboxEffect,
  type OutboxEntryView,
  type OutboxWorker,
  type OutboxWorkerOptions,
  type PerformOutcome,
} from './outbox.js';
export { effectsQueue, effectsMaintenanceQueue } from './queues.js';
export { effectOutbox } from './schema.js';
export { outboxAdminApi, type OutboxAdminApiDeps } from './admin-routes.js';
