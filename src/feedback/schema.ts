import { LANGUAGES } from '../kernel/index.js';
import { sql } from 'drizzle-orm';
import { index, integer, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Serial part of ticket numbers (`PA-ZL-2026-000123`); a number drawn by a turn that then failed leaves a gap. */
export const feedbackTicketNumberSeq = pgSequence('feedback_ticket_number_seq', { startWith: 1 });

export const FEEDBACK_STATUSES = [
  /** Recorded here; the outbox has not yet handed it to the LGSP. */
  'received',
  /** The LGSP took it (it has the LGSP's id). */
  'forwarded',
  'processing',
  'answered',
  'rejected',
  'duplicate',
  'closed',
  /** The citizen or an official opened it again after an answer or a close. */
  'reopened',
] as const;

/**
 * Citizens' feedback tickets (phản ánh, kiến nghị). Written in the turn that shows the citizen its number, together
 * with the outbox entry that forwards it to the LGSP (`MaYeuCau` = `number`). Contact details are sealed with the
 * secrets key (AES-256-GCM, see platform/secret-box.ts) and never logged.
 */
export const feedbackTickets = pgTable(
  'feedback_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the citizen types and officials quote: `PA-ZL-2026-000123`; the LGSP's idempotency key too. */
    number: text('number').notNull(),
    citizenId: text('citizen_id').notNull(),
    /** Language of the citizen's notifications. */
    language: text('language', { enum: LANGUAGES }).notNull(),
    categoryCode: text('category_code').notNull(),
    /** The category's name when the citizen chose it (the LGSP's list may change later). */
    categoryName: text('category_name').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('received'),
    /** What the citizen agreed to: sharing contact details, or sending anonymously. */
    consentKind: text('consent_kind', { enum: ['contact', 'anonymous'] }).notNull(),
    /** The consent text exactly as shown to the citizen, its version and when they agreed (Law 91/2025/QH15). */
    consentText: text('consent_text').notNull(),
    consentVersion: text('consent_version').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Sealed (`v1.<iv>.<tag>.<ciphertext>`); null when anonymous. */
    contactNameSealed: text('contact_name_sealed'),
    contactPhoneSealed: text('contact_phone_sealed'),
    /** The LGSP's id of the ticket (`MaPhanAnh`), once forwarded. */
    lgspId: text('lgsp_id'),
    /** The handling agency the LGSP reported. */
    agency: text('agency'),
    answer: text('answer'),
    /** Who answered: `lgsp` (the province's system) or `official:<account id>` (our admin API). */
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Why a ticket was rejected, marked duplicate, closed or reopened (shown to the citizen). */
    statusReason: text('status_reason'),
    /** The citizen's rating of the answer, 1–5. */
    rating: integer('rating'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    /** When the status poller looks at this ticket next (null: not polled: not forwarded yet, or finished). */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('feedback_tickets_number').on(table.number),
    index('feedback_tickets_citizen_idx').on(table.citizenId, table.createdAt),
    index('feedback_tickets_status_idx').on(table.status, table.createdAt),
    index('feedback_tickets_due_idx')
      .on(table.nextCheckAt)
      .where(sql`${table.nextCheckAt} is not null`),
  ],
);

export type FeedbackTicketRow = typeof feedbackTickets.$inferSelect;
export type FeedbackTicketStatus = (typeof FEEDBACK_STATUSES)[number];
