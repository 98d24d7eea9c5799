import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ANNOUNCEMENT_STATUSES = [
  /** Being written; only drafts and returned announcements can be edited. */
  'draft',
  /** Waiting for an approver (not the author). */
  'submitted',
  /** Sent back by an approver with a comment; edited, then submitted again. */
  'returned',
  'approved',
  /** Approved and waiting for `sendAt`. */
  'scheduled',
  /** Fan-out and delivery under way. */
  'sending',
  /** Stopped by an official; `resume` goes back to `pausedFrom`. */
  'paused',
  /** Every recipient has an outcome (message queued, held for the next visit, or skipped with a reason). */
  'sent',
  'cancelled',
] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export const ARTICLE_STATUSES = [
  /** The broadcast call is under way; found so on a retry, its outcome is unknown (it is never repeated). */
  'broadcasting',
  'broadcast',
  /** Zalo answered -211: the OA's monthly quota is used up. */
  'quota_exhausted',
  /** No cover image (neither the announcement's image nor ANNOUNCEMENTS_ARTICLE_COVER_URL). */
  'no_cover',
  'failed',
  'unknown',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Why an announcement's held messages are no longer offered. */
export const HELD_END_REASONS = ['withdrawn', 'expired'] as const;
export type HeldEndReason = (typeof HELD_END_REASONS)[number];

/**
 * Announcements officials compose for followers. `content` holds the Vietnamese and English versions (title, text
 * with `{{name}}`/`{{commune}}` placeholders, image, buttons), `audience` who receives it; both JSON, parsed with the
 * module's zod schemas on every read.
 */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status', { enum: ANNOUNCEMENT_STATUSES }).notNull().default('draft'),
    /** Where a paused announcement resumes (`scheduled` or `sending`). */
    pausedFrom: text('paused_from', { enum: ['scheduled', 'sending'] }),
    content: jsonb('content').notNull(),
    audience: jsonb('audience').notNull(),
    /** Disaster, outage: ignores quiet hours and the daily cap. Only admins and approvers set it (audited). */
    urgent: boolean('urgent').notNull().default(false),
    /** Admin account ids. */
    authorId: text('author_id').notNull(),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The approver's comment when it was returned. */
    returnComment: text('return_comment'),
    sendAt: timestamp('send_at', { withTimezone: true }),
    /** The last citizen id the fan-out has written a recipient for (keyset cursor; a restarted fan-out resumes). */
    fanoutCursor: text('fanout_cursor'),
    fanoutDoneAt: timestamp('fanout_done_at', { withTimezone: true }),
    /** Article lane: Zalo's token of the created article, its id once verified, and the broadcast's outcome. */
    articleToken: text('article_token'),
    articleId: text('article_id'),
    articleStatus: text('article_status', { enum: ARTICLE_STATUSES }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * Its messages held for citizens outside the window (offered at their next visit) stopped being offered: an
     * official withdrew them (`withdrawn`) or ANNOUNCEMENTS_HELD_DAYS passed since it finished sending (`expired`).
     */
    heldEndedAt: timestamp('held_ended_at', { withTimezone: true }),
    heldEndReason: text('held_end_reason', { enum: HELD_END_REASONS }),
  },
  (table) => [index('announcements_status_idx').on(table.status, table.createdAt)],
);
export type AnnouncementRow = typeof announcements.$inferSelect;

export const RECIPIENT_STATUSES = [
  /** Written by the fan-out; its job decides the lane. */
  'pending',
  /** Handed to messaging (`deliveryId`): its delivery record tracks sent / received / seen / failed / held. */
  'queued',
  /** Not sent, with `reason` (not following, unsubscribed, daily cap, cancelled, the citizen's data erased). */
  'skipped',
] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/**
 * One row per (announcement, citizen): written once by the fan-out (the primary key makes a re-run write nothing
 * twice), then moved from `pending` exactly once by its job.
 */
export const announcementRecipients = pgTable(
  'announcement_recipients',
  {
    announcementId: uuid('announcement_id').notNull(),
    citizenId: text('citizen_id').notNull(),
    status: text('status', { enum: RECIPIENT_STATUSES }).notNull().default('pending'),
    /** `message`: a personal message inside the window; `article`: outside it (article broadcast, held message). */
    lane: text('lane', { enum: ['message', 'article'] }),
    reason: text('reason'),
    /** The messaging delivery record of the announcement's text (the last part sent). */
    deliveryId: uuid('delivery_id'),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    /**
     * Set when the row stopped naming its citizen (their erasure, or the retention period): `citizenId` is then a
     * random `erased:<uuid>` and the delivery's outcome is kept in `outcome` and `outcomeReason`, so the statistics stay.
     */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /** The delivery record's status (sent, received, seen, held, failed, skipped) when the row was anonymised. */
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.announcementId, table.citizenId] }),
    index('announcement_recipients_status_idx').on(table.announcementId, table.status),
    index('announcement_recipients_citizen_idx').on(table.citizenId, table.queuedAt),
  ],
);
export type RecipientRow = typeof announcementRecipients.$inferSelect;

/**
 * Citizens' announcement subscriptions, managed in chat (flow `subscriptions`): the topics they chose, and whether
 * they stopped every announcement ("hủy đăng ký", or by unfollowing).
 */
export const announcementSubscriptions = pgTable('announcement_subscriptions', {
  citizenId: text('citizen_id').primaryKey(),
  topics: text('topics')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  /** When the citizen agreed to have their topics kept (their first subscription in chat), and the text they read. */
  consentedAt: timestamp('consented_at', { withTimezone: true }),
  consentText: text('consent_text'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The subscription topics citizens choose from in chat (at most 5: one button each), managed by officials
 * (`PUT /api/admin/announcements/topics`). A topic removed from the list stays in the subscriptions that have it.
 */
export const announcementTopics = pgTable('announcement_topics', {
  code: text('code').primaryKey(),
  /** `{vi, en?}`: the button's words. */
  labels: jsonb('labels').notNull(),
  position: integer('position').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Zalo article broadcasts used per OA and month (Vietnam time, `2026-12`): the quota is monthly. */
export const announcementArticleQuota = pgTable(
  'announcement_article_quota',
  {
    month: text('month').notNull(),
    used: integer('used').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.month] })],
);
