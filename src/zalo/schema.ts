import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
