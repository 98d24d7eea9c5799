import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Followers of the OA. Only what the service needs (data minimisation, Law 91/2025/QH15 on personal data protection): the Zalo id, follow state,
 * interaction times for the send window, language, contact details the citizen chose to share (with the time of
 * consent), commune and tags. Nothing else about a citizen is stored here.
 */
export const citizens = pgTable(
  'citizens',
  {
    /** Zalo user id for this OA; exceeds 2^53, so text. */
    zaloUserId: text('zalo_user_id').primaryKey(),
    following: boolean('following').notNull().default(false),
    followedAt: timestamp('followed_at', { withTimezone: true }),
    unfollowedAt: timestamp('unfollowed_at', { withTimezone: true }),
    lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
    /** Set when Zalo answered -230/-232: the window is closed until the citizen interacts again. */
    sendWindowClosedAt: timestamp('send_window_closed_at', { withTimezone: true }),
    language: text('language'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactAddress: text('contact_address'),
    /** When the citizen shared the contact details above through Zalo's request_user_info card. */
    contactConsentedAt: timestamp('contact_consented_at', { withTimezone: true }),
    communeCode: text('commune_code'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('citizens_following_idx').on(table.following),
    index('citizens_last_interaction_idx').on(table.lastInteractionAt),
  ],
);
