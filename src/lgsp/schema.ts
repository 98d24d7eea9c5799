import { LANGUAGES } from '../kernel/index.js';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Dossiers citizens follow: the watch job polls each one when `next_check_at` comes and tells the citizen when the
 * status changed. A row ends (ended_at) when the dossier is finished, after the follow limit, or when the citizen stops.
 */
export const lgspDossierFollows = pgTable(
  'lgsp_dossier_follows',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    citizenId: text('citizen_id').notNull(),
    dossierCode: text('dossier_code').notNull(),
    /** Language of the notifications (the citizen's when they subscribed). */
    language: text('language', { enum: LANGUAGES }).notNull(),
    /** Our status (`processing`, …) last seen, to notice changes. */
    lastStatus: text('last_status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }).notNull(),
    lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason', { enum: ['finished', 'expired', 'not_found', 'stopped'] }),
  },
  (table) => [
    uniqueIndex('lgsp_dossier_follows_citizen_dossier').on(table.citizenId, table.dossierCode),
    index('lgsp_dossier_follows_due_idx')
      .on(table.nextCheckAt)
      .where(sql`${table.endedAt} is null`),
  ],
);

/**
 * Citizens' LGSP lookups counted per day (in Vietnam), service and outcome, for the dashboard: durable where the
 * Prometheus counters reset with each process. Counts only: no code, no citizen.
 */
export const lgspLookupOutcomes = pgTable(
  'lgsp_lookup_outcomes',
  {
    day: date('day', { mode: 'string' }).notNull(),
    /** `dossier`, `dossiers_by_phone`, `procedure_search`, `procedure`, `business` (LOOKUP_SERVICES). */
    service: text('service').notNull(),
    /** `found`, `not_found`, `failed` (LOOKUP_OUTCOMES). */
    outcome: text('outcome').notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.service, table.outcome] })],
);

/**
 * The local copy of the LGSP's procedure catalogue (public data: names, fields, levels), refreshed daily by the
 * catalogue job and searched with ranking. A refresh replaces the rows only once every page has been read, so a failed
 * one leaves the last good copy in place.
 */
export const lgspProcedures = pgTable('lgsp_procedures', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  fieldName: text('field_name').notNull(),
  level: text('level'),
  mode: text('mode'),
  /** The refresh that wrote the row (`lgsp_procedure_catalogue.synced_at`). */
  syncedAt: timestamp('synced_at', { withTimezone: true }).notNull(),
});

/** One row (id 1): when the catalogue was last refreshed, and the last attempt's outcome (no data, no keys). */
export const lgspProcedureCatalogue = pgTable('lgsp_procedure_catalogue', {
  id: integer('id').primaryKey(),
  syncedAt: timestamp('synced_at', { withTimezone: true }),
  procedureCount: integer('procedure_count').notNull().default(0),
  attemptedAt: timestamp('attempted_at', { withTimezone: true }),
  /** `ok`, `unavailable` (the LGSP failed), `invalid` (an answer did not fit), `empty` (no procedure listed). */
  lastOutcome: text('last_outcome'),
});
