/**
 * Outgoing messages, channel-neutral: delivery records written in the caller's transaction, a per-citizen ordered
 * delivery worker (replies ahead of notifications and broadcasts, rate-limited without holding a worker), messages
 * held for a citizen's next visit, receipts, and the conversation log. A channel plugs in through `DeliveryChannel`.
 */
export {
  createMessaging,
  type Messaging,
  type MessagingDeps,
  type MessagingWorkerOptions,
  type MessagingWorkers,
} from './messaging.js';
export type { Admission, ChannelDelivery, DeliveryChannel, SendOutcome, SentCopy } from './delivery-channel.js';
/** Receipts from the channel (sent → received → seen). */
export { countHeldQuery, recordReceipts, deliveryPriority, type HeldReleaseCheck } from './delivery-records.js';
export { BATCH_WAVE_SIZE, restJobId } from './deliver.js';
/** A reply's delivery lock left for the caller to release in a Redis script of its own (the inbound worker's). */
export {
  collectDeliveryRelease,
  releaseDeliveryLockLua,
  type DeferredDeliveryRelease,
} from './deferred-delivery-release.js';
/** The conversation log: every message in and out, for officials and audit. */
export {
  conversationMessageParams,
  conversationMessagePlaceholderInsert,
  countCitizenConversation,
  eraseCitizenConversation,
  isOwnMessage,
  listConversation,
  purgeConversationLog,
  recordConversationMessage,
  type ConversationEntry,
  type ConversationRow,
} from './conversation-log.js';
export {
  citizenWroteSince,
  findLastCitizenMessages,
  hasConversation,
  listConversationPage,
  type ConversationMessageView,
} from './conversation-view.js';
/** The delivery queue (its name, `outbound`, predates the module: jobs queued by older versions still run). */
export { broadcastDeliveryQueue, outboundQueue, messagingMaintenanceQueue } from './queues.js';
/** The module's tables (drizzle), for tests, reports and announcements' delivery tracking. */
export { conversationMessages, messageDeliveries, type Delivery, type DeliveryStatus } from './schema.js';

/** Messages in and out per day, for the admin dashboard. */
export { countMessagesPerDay, type MessagesOnDay } from './message-stats.js';
