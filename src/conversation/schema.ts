import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Immutable, numbered versions of each flow. `source` keeps the YAML as written (comments, order) for export. */
export const conversationFlowVersions = pgTable(
  'conversation_flow_versions',
  {
    flowId: text('flow_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    source: text('source'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.flowId, table.version] })],
);

/** Immutable, numbered versions of one template namespace in one language (the content of templates/<lang>/<ns>.json). */
export const conversationTemplateVersions = pgTable(
  'conversation_template_versions',
  {
    namespace: text('namespace').notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.namespace, table.language, table.version] })],
);

/**
 * A release: a named, immutable set of flow versions and template versions (every namespace in every language) that
 * goes live as a whole. Conversations pin the release they started on; publishing and rollback only move the pointer
 * in `conversation_live_release`.
 */
export const conversationReleases = pgTable('conversation_releases', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  /**
   * What a release the server made itself is (`ReleaseOrigin`: the shipped files, a flow or a text namespace
   * published), for screens to name it in their language; null for a release someone drafted and named.
   */
  origin: jsonb('origin'),
  /**
   * Made before origins were stored (migration 0030; set by 0031): its origin, if the server made it, is read from
   * its name ("publish help v2"). A release made since without an origin was named by an editor, shown as typed.
   */
  madeBeforeOrigins: boolean('made_before_origins').notNull().default(false),
  note: text('note'),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The flow versions of a release: one version per flow id. */
export const conversationReleaseFlows = pgTable(
  'conversation_release_flows',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => conversationReleases.id),
    flowId: text('flow_id').notNull(),
    version: integer('version').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.releaseId, table.flowId] }),
    foreignKey({
      columns: [table.flowId, table.version],
      foreignColumns: [conversationFlowVersions.flowId, conversationFlowVersions.version],
    }),
  ],
);

/** The template versions of a release: one version per namespace and language. */
export const conversationReleaseTemplates = pgTable(
  'conversation_release_templates',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => conversationReleases.id),
    namespace: text('namespace').notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.releaseId, table.namespace, table.language] }),
    foreignKey({
      columns: [table.namespace, table.language, table.version],
      foreignColumns: [
        conversationTemplateVersions.namespace,
        conversationTemplateVersions.language,
        conversationTemplateVersions.version,
      ],
    }),
  ],
);

/**
 * The live release: one row (`id` is always 1), locked by every publish so two publishes never build on the same
 * state. `release_id` is null until the first publish.
 */
export const conversationLiveRelease = pgTable(
  'conversation_live_release',
  {
    id: integer('id').primaryKey().default(1),
    releaseId: integer('release_id').references(() => conversationReleases.id),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [check('conversation_live_release_one_row', sql`${table.id} = 1`)],
);

/** Every time a release went live, in order: a publish or a rollback (history; the pointer above is the truth). */
export const conversationReleasePublications = pgTable(
  'conversation_release_publications',
  {
    seq: integer('seq').primaryKey().generatedAlwaysAsIdentity(),
    releaseId: integer('release_id')
      .notNull()
      .references(() => conversationReleases.id),
    /** `publish` or `rollback`. */
    kind: text('kind').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('conversation_release_publications_release_idx').on(table.releaseId)],
);

/**
 * Conversations a citizen asked to continue with an official. While one is open or taken the bot stays silent for
 * that citizen (global commands aside). No message text: officials read the conversation log.
 */
export const conversationHandoffs = pgTable(
  'conversation_handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: text('citizen_id').notNull(),
    flowId: text('flow_id').notNull(),
    /** Why: a template key (`officials:handoff.reason.asked`) rendered in the official's language, or plain text. */
    reason: text('reason'),
    /** open → taken (an official claimed it) → closed. */
    status: text('status').notNull().default('open'),
    /**
     * Set when the citizen asked outside office hours: a message left for the next working day, to be handled from this
     * opening (officials' queue shows it; the idle timeout counts from it).
     */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The unit it was transferred to (a code from the province settings' `units`); null: the general queue. */
    unit: text('unit'),
    /** The official (admin account id) it is assigned to. */
    takenBy: text('taken_by'),
    takenAt: timestamp('taken_at', { withTimezone: true }),
    /** The citizen's name as Zalo shows it, looked up once for officials' lists. */
    citizenName: text('citizen_name'),
    /** Citizen messages since an official last answered (the officials' "unread" badge). */
    unanswered: integer('unanswered').notNull().default(0),
    lastCitizenAt: timestamp('last_citizen_at', { withTimezone: true }),
    firstAnswerAt: timestamp('first_answer_at', { withTimezone: true }),
    lastAnswerAt: timestamp('last_answer_at', { withTimezone: true }),
    /** `citizen`, `timeout`, `citizen_left` or the official's account id. */
    closedBy: text('closed_by'),
    closeNote: text('close_note'),
    /** The citizen's rating of the help (1–5), asked for when an official closes the handoff. */
    rating: smallint('rating'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Any change (message, claim, answer, close): officials' clients poll for rows changed since their last look. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    index('conversation_handoffs_status_created_idx').on(table.status, table.createdAt),
    index('conversation_handoffs_updated_idx').on(table.updatedAt),
    // One live handoff per citizen, even when two requests race.
    uniqueIndex('conversation_handoffs_one_live_idx')
      .on(table.citizenId)
      .where(sql`${table.status} <> 'closed'`),
    check('conversation_handoffs_rating_range', sql`${table.rating} between 1 and 5`),
  ],
);

/** What became of a photo or file a citizen sent during a handoff. */
export const HANDOFF_FILE_STATUSES = ['pending', 'stored', 'failed'] as const;
/** Why a citizen's file was not kept: the link expired, over the size limit, not a photo or document we accept. */
export const HANDOFF_FILE_FAILURES = ['unreachable', 'too_large', 'unsupported'] as const;

/**
 * Photos and files a citizen sends during a handoff (migration `0025`): recorded pending with the message's turn,
 * downloaded from Zalo's CDN right after it (its links expire within about a day) and kept in the photo store
 * (content-addressed, `sha256`), so officials still see them later. Deleted with the handoff's personal data
 * (retention, the citizen's erasure). `citizen_id` stays the citizen's own even when the handoff is pseudonymised.
 */
export const conversationHandoffFiles = pgTable(
  'conversation_handoff_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handoffId: uuid('handoff_id')
      .notNull()
      .references(() => conversationHandoffs.id),
    citizenId: text('citizen_id').notNull(),
    kind: text('kind', { enum: ['image', 'file'] }).notNull(),
    /** The channel's link, as logged with the message (how officials' pages find the stored copy). */
    sourceUrl: text('source_url').notNull(),
    /** The file's name as the citizen's phone gave it (files only). */
    name: text('name'),
    status: text('status', { enum: HANDOFF_FILE_STATUSES }).notNull().default('pending'),
    failure: text('failure', { enum: HANDOFF_FILE_FAILURES }),
    attempts: integer('attempts').notNull().default(0),
    sha256: text('sha256'),
    sizeBytes: integer('size_bytes'),
    contentType: text('content_type'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('conversation_handoff_files_source_idx').on(table.handoffId, table.sourceUrl),
    index('conversation_handoff_files_citizen_idx').on(table.citizenId),
    index('conversation_handoff_files_sha256_idx').on(table.sha256),
  ],
);
export type HandoffFileRow = typeof conversationHandoffFiles.$inferSelect;

/**
 * Each citizen's conversation state (`Session`), written in the same transaction as the turn's replies and effects,
 * so a retried event finds either the whole turn recorded or none of it. Rows of silent citizens are purged.
 */
export const conversationSessions = pgTable(
  'conversation_sessions',
  {
    citizenId: text('citizen_id').primaryKey(),
    session: jsonb('session').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('conversation_sessions_updated_idx').on(table.updatedAt)],
);

/**
 * The province's settings as admins changed them through the admin API: one row, only the fields they set (the rest
 * come from the configuration). Every process reads it every few seconds, so a change reaches every template.
 */
export const provinceSettings = pgTable(
  'province_settings',
  {
    id: smallint('id').primaryKey().default(1),
    overrides: jsonb('overrides').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('province_settings_single_row', sql`${table.id} = 1`)],
);

/**
 * Messages the bot did not understand well: they ended in the fallback or in a "did you mean". Kept for admins to
 * teach the bot (add one as an example of a flow) and purged with the conversation log (CONVERSATION_RETENTION_DAYS).
 * No citizen id is kept, and codes, phone numbers, dates and other numbers in the text are masked.
 */
export const understandingMisses = pgTable(
  'understanding_misses',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    language: text('language').notNull(),
    /** The message, masked (`‹dossier_code›`, `‹phone›`, `‹number›`…). */
    text: text('text').notNull(),
    /** `fallback`, `asked` ("did you mean") or `off_topic` (a subject no flow serves, recognised). */
    outcome: text('outcome').notNull(),
    /** The flows the matcher thought of, best first: `[{flowId, confidence}]`. */
    candidates: jsonb('candidates').notNull(),
    /** Once handled: `example` (added to a flow) or `dismissed`, by whom, when, and the flow version it made. */
    resolution: text('resolution'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedFlowId: text('resolved_flow_id'),
    resolvedVersion: integer('resolved_version'),
  },
  (table) => [
    index('understanding_misses_occurred_idx').on(table.occurredAt),
    check('understanding_misses_outcome_check', sql`${table.outcome} in ('fallback', 'asked', 'off_topic')`),
  ],
);
