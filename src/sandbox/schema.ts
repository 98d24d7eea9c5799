import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The sandbox Zalo's simulated citizens, so they survive a restart with the same ids (their conversations, language,
 * handoffs and follows in the product's tables stay theirs). Sandbox mode only: empty in production. Invented people.
 */
export const sandboxCitizens = pgTable('sandbox_citizens', {
  id: text('id').primaryKey(),
  userIdByApp: text('user_id_by_app').notNull(),
  displayName: text('display_name').notNull(),
  following: boolean('following').notNull(),
  lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
  /** What the citizen shared through Zalo's card (invented name, phone, address). */
  sharedInfo: jsonb('shared_info'),
  tags: jsonb('tags').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
