import { LANGUAGES } from '../kernel/index.js';
import type { FeedbackStatus } from '../lgsp/index.js';
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The LGSP's statuses of a ticket (`TraCuuPhanAnh`), as its last answer to us said. */
export const LGSP_FEEDBACK_STATUSES = [
  'received',
  'processing',
  'answered',
  'rejected',
  'duplicate',
] as const satisfies readonly FeedbackStatus[];

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
    /** Where the problem is: a location the citizen shared in Zalo, a commune they typed, or nothing (skipped). */
    placeSource: text('place_source', { enum: ['location', 'commune'] }),
    placeLatitude: doublePrecision('place_latitude'),
    placeLongitude: doublePrecision('place_longitude'),
    /** The address Zalo gave with a shared location, or what the citizen typed for the place. */
    placeAddress: text('place_address'),
    /** The commune matched in the LGSP's catalogue (5-digit code since July 2025) and its province. */
    placeCommuneCode: text('place_commune_code'),
    placeCommuneName: text('place_commune_name'),
    placeProvinceCode: text('place_province_code'),
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
    /** The citizen's rating of the answer, 1–5 (the latest answer rated, when it was answered again). */
    rating: integer('rating'),
    /** When the citizen rated the answer the ticket has now (null: not rated since it was last answered). */
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** When it was last reopened: an answer given before then can no longer be rated (migration `0034`). */
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    /**
     * When the status poller asks the LGSP about this ticket next (null: not polled: not forwarded yet, or both the
     * LGSP and we are done with it).
     */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    /**
     * What the LGSP last said of the ticket (its status and answer, when it answered, and when we asked), whatever our
     * own status: an official answering here is not written back (the LGSP has no call for it), so the two can differ
     * and officials see both. Null: not asked yet (migration `0029`).
     */
    lgspStatus: text('lgsp_status', { enum: LGSP_FEEDBACK_STATUSES }),
    lgspAnswer: text('lgsp_answer'),
    lgspAnsweredAt: timestamp('lgsp_answered_at', { withTimezone: true }),
    lgspCheckedAt: timestamp('lgsp_checked_at', { withTimezone: true }),
    /** The handling unit the routing table gave at filing (category + commune), or one an official assigned. */
    unitCode: text('unit_code'),
    /** End of the category's last working day for handling (office hours and public holidays of the province). */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** When the overdue reminder went out (once per ticket; cleared when it is reopened). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** When its personal data (contact, place, photos, texts, citizen id) was removed: by retention or on request. */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('feedback_tickets_number').on(table.number),
    index('feedback_tickets_citizen_idx').on(table.citizenId, table.createdAt),
    index('feedback_tickets_status_idx').on(table.status, table.createdAt),
    index('feedback_tickets_unit_idx').on(table.unitCode, table.createdAt),
    index('feedback_tickets_due_idx')
      .on(table.nextCheckAt)
      .where(sql`${table.nextCheckAt} is not null`),
  ],
);

export type FeedbackTicketRow = typeof feedbackTickets.$inferSelect;

/**
 * Statuses whose answer the citizen may rate: answered, and closed (an official closes a ticket after answering it;
 * the citizen rating it later, "not solved" reopens it as from an answered one).
 */
export const RATEABLE_STATUSES = ['answered', 'closed'] as const;

/**
 * Whether the citizen may rate the ticket's answer: one given since it was last reopened. A ticket an official
 * reopened, then closed without answering again, has no answer to rate (its earlier one was found wanting).
 */
export function isAnswerRateable(ticket: Pick<FeedbackTicketRow, 'status' | 'answeredAt' | 'reopenedAt'>): boolean {
  return (
    ticket.answeredAt !== null &&
    (ticket.reopenedAt === null || ticket.answeredAt > ticket.reopenedAt) &&
    RATEABLE_STATUSES.some((status) => status === ticket.status)
  );
}

export const FEEDBACK_ATTACHMENT_STATUSES = [
  /** Zalo's CDN link is known; the photo is not downloaded yet. */
  'pending',
  /** Downloaded, checked and stored (content-addressed, metadata removed unless a location was shared). */
  'stored',
  /** Not kept: too large, not a photo, or the link stopped answering; the ticket goes on without it. */
  'failed',
] as const;

/**
 * Photos of a ticket, in the order the citizen sent them. Recorded with the ticket (status `pending`, Zalo's link);
 * the forwarder downloads each at once, stores it under `sha256` and uploads it to the LGSP (`lgsp_file_id`,
 * `MaTep`) before submitting the ticket, so a crash between the steps repeats none of them.
 */
export const feedbackAttachments = pgTable(
  'feedback_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => feedbackTickets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    status: text('status', { enum: FEEDBACK_ATTACHMENT_STATUSES }).notNull().default('pending'),
    /** Zalo's CDN link while pending; cleared once the photo is stored or given up. */
    sourceUrl: text('source_url'),
    /** Why a photo was not kept: `too_large`, `not_an_image`, `unreachable`. */
    failure: text('failure'),
    attempts: integer('attempts').notNull().default(0),
    /** SHA-256 (hex) of the stored bytes: the file's name in the photo store. */
    sha256: text('sha256'),
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    width: integer('width'),
    height: integer('height'),
    /** The LGSP's id of the uploaded file (`MaTep`). */
    lgspFileId: text('lgsp_file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('feedback_attachments_ticket_position').on(table.ticketId, table.position),
    index('feedback_attachments_sha256_idx').on(table.sha256),
  ],
);

export type FeedbackAttachmentRow = typeof feedbackAttachments.$inferSelect;
export type FeedbackTicketStatus = (typeof FEEDBACK_STATUSES)[number];

/**
 * Routing table: which unit handles a category's tickets, optionally per commune (a row with a commune wins over the
 * category's row without one). Data, not code: units change (they did in 2025), admins edit it.
 */
export const feedbackRoutes = pgTable(
  'feedback_routes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    categoryCode: text('category_code').notNull(),
    /** null: every commune without a row of its own. */
    communeCode: text('commune_code'),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('feedback_routes_category_commune').on(table.categoryCode, sql`coalesce(${table.communeCode}, '')`),
  ],
);

/** Working days a category's tickets have before they are overdue (others: `FEEDBACK_DEADLINE_WORKING_DAYS`). */
export const feedbackDeadlines = pgTable('feedback_deadlines', {
  categoryCode: text('category_code').primaryKey(),
  workingDays: integer('working_days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type FeedbackRouteRow = typeof feedbackRoutes.$inferSelect;

export const FEEDBACK_PHOTO_INTAKE_STATUSES = [
  /** The citizen sent it; the download from Zalo's CDN has not succeeded yet. */
  'pending',
  /** Downloaded and checked (magic bytes, size, decodes); the bytes wait, as sent, for the ticket to be filed. */
  'stored',
  /** Not a photo we keep (too large, not an image) or the link is gone: the ticket goes without it. */
  'failed',
] as const;

/**
 * Photos downloaded from Zalo's CDN while the citizen is still answering (the links expire; a citizen may take hours
 * before sending). The bytes are kept as sent, content-addressed under `sha256` in the intake store, until the ticket is
 * filed: the forwarder then prepares them (EXIF removed unless the citizen shared their location, which is asked
 * after the photos) and removes the row and the raw file. Rows of reports never sent are removed after a day.
 */
export const feedbackPhotoIntake = pgTable(
  'feedback_photo_intake',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: text('citizen_id').notNull(),
    sourceUrl: text('source_url').notNull(),
    status: text('status', { enum: FEEDBACK_PHOTO_INTAKE_STATUSES }).notNull().default('pending'),
    /** Why it was not kept: `too_large`, `not_an_image`, `unreachable`. */
    failure: text('failure'),
    attempts: integer('attempts').notNull().default(0),
    sha256: text('sha256'),
    sizeBytes: integer('size_bytes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('feedback_photo_intake_citizen_url').on(table.citizenId, table.sourceUrl),
    index('feedback_photo_intake_sha256_idx').on(table.sha256),
    index('feedback_photo_intake_created_idx').on(table.createdAt),
  ],
);

export type FeedbackPhotoIntakeRow = typeof feedbackPhotoIntake.$inferSelect;

/**
 * The photo stores a deletion may be for: kept photos (`photos`), the intake's raw copies (`intake`), and the photos
 * and files citizens send during handoffs (`handoff_files`).
 */
export const FEEDBACK_PHOTO_STORES = ['photos', 'intake', 'handoff_files'] as const;
export type FeedbackPhotoStoreName = (typeof FEEDBACK_PHOTO_STORES)[number];

/**
 * Photo objects to delete (files or S3 objects), written in the transaction that forgets the rows holding them and
 * deleted once the object is gone: the store is never called inside a transaction, and a store that fails leaves the
 * row to be retried (the feedback watch's tick) instead of a photo left behind silently. A digest some row holds
 * again by then (the same picture sent anew) is not deleted. Migration `0024`.
 */
export const feedbackPhotoDeletions = pgTable(
  'feedback_photo_deletions',
  {
    store: text('store', { enum: FEEDBACK_PHOTO_STORES }).notNull(),
    sha256: text('sha256').notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.store, table.sha256] })],
);

/**
 * How long a category's finished tickets keep personal data (days); others: `FEEDBACK_RETENTION_DAYS`. A complaint
 * about an official may need keeping longer than a broken street light.
 */
export const feedbackRetention = pgTable('feedback_retention', {
  categoryCode: text('category_code').primaryKey(),
  days: integer('days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One entry of a unit's reminder: an overdue ticket as it stood when the reminder was made. */
export interface ReminderTicket {
  number: string;
  categoryCode: string;
  status: FeedbackTicketStatus;
  dueAt: string;
}

/**
 * The daily reminder to a handling unit of its overdue tickets: at most one per unit and working day (Vietnam date),
 * made by the feedback watch at the day's first office hour and shown to the unit's officials (admin API, the inbox's
 * banner). `unit_code` `''` is the tickets no routing rule covered (the province's desk). The list is the state at that
 * moment; the inbox's `overdue` filter shows the live one. Migration `0021`.
 */
export const feedbackUnitReminders = pgTable(
  'feedback_unit_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitCode: text('unit_code').notNull(),
    /** The working day it is for, `YYYY-MM-DD` in Vietnam. */
    day: text('day').notNull(),
    /** Overdue tickets of the unit at that moment (all of them; `tickets` lists the earliest due first, at most 200). */
    ticketCount: integer('ticket_count').notNull(),
    tickets: jsonb('tickets').$type<ReminderTicket[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('feedback_unit_reminders_unit_day').on(table.unitCode, table.day),
    index('feedback_unit_reminders_day_idx').on(table.day),
  ],
);

export type FeedbackUnitReminderRow = typeof feedbackUnitReminders.$inferSelect;
