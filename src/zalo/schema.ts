import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Every inbound and outbound message of the OA, for officials and audit; purged after the retention period. */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    citizenId: text('citizen_id').notNull(),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /** Zalo event name (inbound), or the outbound message kind (`text`, `image`, `request_user_info`, `oa_echo`). */
    kind: text('kind').notNull(),
    /** Idempotency key: the inbound event key or the delivery id, so a retried job never logs twice. */
    externalId: text('external_id').notNull(),
    zaloMessageId: text('zalo_message_id'),
    body: jsonb('body').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('conversation_messages_external_key').on(table.direction, table.externalId),
    index('conversation_messages_citizen_idx').on(table.citizenId, table.occurredAt),
    index('conversation_messages_occurred_idx').on(table.occurredAt),
  ],
);

/** One row per Zalo message we send: its payload, its place in the citizen's order and what became of it. */
export const zaloDeliveries = pgTable(
  'zalo_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Global insertion order: a citizen's messages are sent strictly in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    citizenId: text('citizen_id').notNull(),
    /** Messages handed over in one `MessageSink.send` share a batch. */
    batchId: uuid('batch_id').notNull(),
    position: integer('position').notNull(),
    /** The message part of the OA API body (`{text, attachment}`), without the recipient. */
    payload: jsonb('payload').notNull(),
    /**
     * `reply` (within a conversation: sent first), `notification` (one citizen, proactive), `broadcast`
     * (announcements). Replies never wait behind the other two.
     */
    purpose: text('purpose', { enum: ['reply', 'notification', 'broadcast'] })
      .notNull()
      .default('reply'),
    /** `held`: a notification or broadcast outside the citizen's window, offered when they next write. */
    status: text('status', { enum: ['queued', 'held', 'sent', 'received', 'seen', 'failed', 'skipped'] })
      .notNull()
      .default('queued'),
    zaloMessageId: text('zalo_message_id'),
    errorCode: integer('error_code'),
    reason: text('reason'),
    attempts: integer('attempts').notNull().default(0),
    /**
     * Set just before the call to Zalo, cleared once its outcome is recorded: found set on pickup, the previous
     * worker died mid-call and the message may already have reached the citizen (counted when it is sent again).
     */
    inFlightSince: timestamp('in_flight_since', { withTimezone: true }),
    /** Not sent before this time (Zalo refuses some messages at night). */
    notBefore: timestamp('not_before', { withTimezone: true }),
    correlationId: text('correlation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('zalo_deliveries_citizen_status_idx').on(table.citizenId, table.status, table.seq),
    index('zalo_deliveries_message_idx').on(table.zaloMessageId),
    index('zalo_deliveries_created_idx').on(table.createdAt),
  ],
);

/** The OA's OAuth v4 token pair, encrypted at rest (AES-256-GCM). One row per OA connection. */
export const zaloTokens = pgTable('zalo_tokens', {
  id: text('id').primaryKey(),
  oaId: text('oa_id'),
  accessTokenEnc: text('access_token_enc').notNull(),
  refreshTokenEnc: text('refresh_token_enc').notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  /** `active`, or `reconnect_required` after a refresh failed (an admin must connect the OA again). */
  status: text('status', { enum: ['active', 'reconnect_required'] })
    .notNull()
    .default('active'),
  lastError: text('last_error'),
  /** Increases on every rotation, so a process can tell whether the pair changed under it. */
  version: integer('version').notNull().default(1),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Inbound events that failed for their own reasons (not an outage) too many times: set aside so the citizen's later
 * events proceed, kept for admins to see and replay. The raw body holds personal data: purged with the conversation log.
 */
export const zaloDeadLetters = pgTable(
  'zalo_dead_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: text('citizen_id').notNull(),
    eventKey: text('event_key').notNull(),
    rawBody: text('raw_body').notNull(),
    /** Error class and code only: messages may carry personal data. */
    error: text('error').notNull(),
    failures: integer('failures').notNull(),
    status: text('status', { enum: ['open', 'replayed', 'discarded'] })
      .notNull()
      .default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
  },
  (table) => [
    uniqueIndex('zalo_dead_letters_event_key').on(table.eventKey),
    index('zalo_dead_letters_status_idx').on(table.status, table.createdAt),
  ],
);
