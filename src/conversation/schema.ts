import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

/** The one published version of each flow; publishing and rollback update this row (and write an audit row). */
export const conversationFlowPublications = pgTable(
  'conversation_flow_publications',
  {
    flowId: text('flow_id').primaryKey(),
    version: integer('version').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      columns: [table.flowId, table.version],
      foreignColumns: [conversationFlowVersions.flowId, conversationFlowVersions.version],
    }),
  ],
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

/** The published version of each template namespace and language. */
export const conversationTemplatePublications = pgTable(
  'conversation_template_publications',
  {
    namespace: text('namespace').notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.namespace, table.language] }),
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

/** Conversations a citizen asked to continue with an official. No message text: officials read the conversation log. */
export const conversationHandoffs = pgTable(
  'conversation_handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: text('citizen_id').notNull(),
    flowId: text('flow_id').notNull(),
    reason: text('reason'),
    /** open → taken → closed. */
    status: text('status').notNull().default('open'),
    takenBy: text('taken_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [index('conversation_handoffs_status_created_idx').on(table.status, table.createdAt)],
);

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
