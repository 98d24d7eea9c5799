import { gte, lt, sql } from 'drizzle-orm';
import type { Counter } from 'prom-client';
import type { ActionOutcome } from '../conversation/index.js';
import { toVietnamDate } from '../kernel/index.js';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { lgspLookupOutcomes } from './schema.js';

/** The lookups citizens make, as the dashboard names them. */
export const LOOKUP_SERVICES = ['dossier', 'dossiers_by_phone', 'procedure_search', 'procedure', 'business'] as const;
export type LookupService = (typeof LOOKUP_SERVICES)[number];
export const LOOKUP_OUTCOMES = ['found', 'not_found', 'failed'] as const;
export type LookupOutcome = (typeof LOOKUP_OUTCOMES)[number];

/** Our read actions by the lookup they make (`lgsp.dossier.follow` looks up again what was just shown: not counted). */
const SERVICE_OF_ACTION: Readonly<Record<string, LookupService>> = {
  'lgsp.dossier.get': 'dossier',
  'lgsp.dossier.list_by_phone': 'dossiers_by_phone',
  'lgsp.procedure.search': 'procedure_search',
  'lgsp.procedure.get': 'procedure',
  'lgsp.business.get': 'business',
};

/** `invalid` is not counted: the citizen's input never reached a lookup. */
const OUTCOME_OF_STATUS: Readonly<Partial<Record<ActionOutcome['status'], LookupOutcome>>> = {
  ok: 'found',
  not_found: 'not_found',
  unavailable: 'failed',
};

/** Days of lookup counts kept (a year and a month, so a month compares with the same month last year). */
export const LOOKUP_OUTCOMES_RETENTION_DAYS = 400;
const DAY_MS = 24 * 3600 * 1000;

export interface LookupOutcomeRecorderDeps {
  db: Db;
  logger: Logger;
  /** Counts writes that failed (the lookup itself is never failed for it). */
  failures?: Counter<never>;
  clock?: () => Date;
}

export interface LookupOutcomeRecorder {
  /** Adds one to today's count of the action's lookup and outcome; ignores other actions; never rejects. */
  recordActionOutcome(action: string, status: ActionOutcome['status']): Promise<void>;
}

/** Counts citizens' lookups per day (Vietnam), service and outcome, one upsert each. */
export function createLookupOutcomeRecorder(deps: LookupOutcomeRecorderDeps): LookupOutcomeRecorder {
  const clock = deps.clock ?? (() => new Date());
  return {
    async recordActionOutcome(action, status) {
      const service = SERVICE_OF_ACTION[action];
      const outcome = OUTCOME_OF_STATUS[status];
      if (service === undefined || outcome === undefined) return;
      try {
        await deps.db
          .insert(lgspLookupOutcomes)
          .values({ day: toVietnamDate(clock()), service, outcome, count: 1 })
          .onConflictDoUpdate({
            target: [lgspLookupOutcomes.day, lgspLookupOutcomes.service, lgspLookupOutcomes.outcome],
            set: { count: sql`${lgspLookupOutcomes.count} + 1` },
          });
      } catch (error) {
        // A lost count is better than a citizen without an answer.
        deps.failures?.inc();
        deps.logger.warn({ err: error, service, outcome }, 'counting an LGSP lookup failed');
      }
    },
  };
}

export interface LookupOutcomeCounts {
  service: LookupService;
  found: number;
  notFound: number;
  failed: number;
}

/** Lookups since a day (Vietnam, `YYYY-MM-DD`, inclusive) per service, every service listed, in LOOKUP_SERVICES order. */
export async function countLookupOutcomes(db: DbOrTx, sinceDay: string): Promise<LookupOutcomeCounts[]> {
  const t = lgspLookupOutcomes;
  const rows = await db
    .select({ service: t.service, outcome: t.outcome, count: sql<number>`sum(${t.count})::int` })
    .from(t)
    .where(gte(t.day, sinceDay))
    .groupBy(t.service, t.outcome);
  const countOf = (service: LookupService, outcome: LookupOutcome) =>
    rows.find((row) => row.service === service && row.outcome === outcome)?.count ?? 0;
  return LOOKUP_SERVICES.map((service) => ({
    service,
    found: countOf(service, 'found'),
    notFound: countOf(service, 'not_found'),
    failed: countOf(service, 'failed'),
  }));
}

/** Deletes the counts of days more than LOOKUP_OUTCOMES_RETENTION_DAYS before `now` (retention); returns how many went. */
export async function purgeLookupOutcomes(db: DbOrTx, now: Date): Promise<number> {
  const before = toVietnamDate(new Date(now.getTime() - LOOKUP_OUTCOMES_RETENTION_DAYS * DAY_MS));
  const removed = await db
    .delete(lgspLookupOutcomes)
    .where(lt(lgspLookupOutcomes.day, before))
    .returning({ day: lgspLookupOutcomes.day });
  return removed.length;
}
