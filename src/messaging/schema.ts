import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MESSAGE_PURPOSES } from '../kernel/index.js';

/** Every inbound and outbound message with citizens, for officials and audit; purged after the retention period. */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    citizenId: text('citizen_id').notNull(),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /** The channel's event name (inbound), or the outbound message kind (`text`, `attachment`, `oa_send_text`…). */
    kind: text('kind').notNull(),
    /** Idempotency key: the inbound event key or the delivery id, so a retried job never logs twice. */
    externalId: text('external_id').notNull(),
    channelMessageId: text('channel_message_id'),
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

/** A delivery's states: `queued` and `held` still to be sent, the others finished. */
export const DELIVERY_STATUSES = ['queued', 'held', 'sent', 'received', 'seen', 'failed', 'skipped'] as const;
/**
 * Finished deliveries: nothing will send them any more, so their payloads (message texts) may go, by the retention
 * purge or a citizen's erasure.
 */
export const FINISHED_DELIVERY_STATUSES = [
  'sent',
  'received',
  'seen',
  'failed',
  'skipped',
] as const satisfies readonly (typeof DELIVERY_STATUSES)[number][];

/**
 * One row per channel message we send (a long text may be several): its payload in the channel's shape, its place in
 * the citizen's order and what became of it.
 */
export const messageDeliveries = pgTable(
  'message_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Global insertion order: a citizen's messages are sent strictly in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    citizenId: text('citizen_id').notNull(),
    /** Messages handed over together share a batch. */
    batchId: uuid('batch_id').notNull(),
    position: integer('position').notNull(),
    /** The channel's message body (for Zalo, the OA API `{text, attachment}`), without the recipient. */
    payload: jsonb('payload').notNull(),
    /** `reply`, `notification` or `broadcast`: replies never wait behind the other two. */
    purpose: text('purpose', { enum: MESSAGE_PURPOSES }).notNull().default('reply'),
    /** `held`: a notification or broadcast the channel could not deliver now, offered when the citizen next writes. */
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('queued'),
    channelMessageId: text('channel_message_id'),
    errorCode: integer('error_code'),
    reason: text('reason'),
    attempts: integer('attempts').notNull().default(0),
    /**
     * Set when an attempt claims the delivery (before the call to the channel; an earlier attempt's mark is kept),
     * cleared once its outcome is recorded. Found set on pickup: the previous worker died mid-call and the message may
     * already have reached the citizen (the channel is asked before it is sent again).
     */
    inFlightSince: timestamp('in_flight_since', { withTimezone: true }),
    /** Not sent before this time (e.g. Zalo refuses some messages at night). */
    notBefore: timestamp('not_before', { withTimezone: true }),
    correlationId: text('correlation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('message_deliveries_citizen_status_idx').on(table.citizenId, table.status, table.seq),
    index('message_deliveries_message_idx').on(table.channelMessageId),
    index('message_deliveries_created_idx').on(table.createdAt),
    // Announcements withdraw their unsent messages by it.
    index('message_deliveries_correlation_idx').on(table.correlationId),
  ],
);

export type Delivery = typeof messageDeliveries.$inferSelect;
export type DeliveryStatus = Delivery['status'];
