import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Writes to external systems recorded in the same transaction as what caused them, performed after the commit by the
 * outbox worker, at least once, always with the same idempotency key (`key`), so the external system does them once.
 */
export const effectOutbox = pgTable(
  'effect_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Idempotency key (e.g. `<event id>/<flow>.<step>#<n>`), handed to the external system on every attempt. */
    key: text('key').notNull(),
    type: text('type').notNull(),
    citizenId: text('citizen_id').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /**
     * Set just before an attempt, cleared once its outcome is recorded: found set on pickup, the previous worker died
     * mid-call and the external system may already have done it (the key makes the next attempt harmless; counted).
     */
    inFlightSince: timestamp('in_flight_since', { withTimezone: true }),
    /** Error class and code of the last failure only: messages may carry personal data. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    performedAt: timestamp('performed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('effect_outbox_key').on(table.key),
    index('effect_outbox_status_idx').on(table.status, table.updatedAt),
  ],
);

export type OutboxRow = typeof effectOutbox.$inferSelect;
