import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { FEEDBACK_STATUSES, feedbackTickets, type FeedbackTicketStatus } from './schema.js';
import { OPEN_STATUSES, overdueCondition } from './ticket-store.js';

export interface FeedbackCounts {
  byStatus: Record<FeedbackTicketStatus, number>;
  /** Open tickets past their working-day deadline (as the inbox's `overdue` filter). */
  overdue: number;
  /** The same, per status (only open statuses can have any). */
  overdueByStatus: Record<FeedbackTicketStatus, number>;
}

/**
 * Tickets by status, and open ones past their deadline at `now`: one grouped scan of the status index. `unitCode`
 * counts only one handling unit's tickets (an official tied to a unit sees only those in the inbox too).
 */
export async function countFeedbackTickets(
  db: DbOrTx,
  options: { now: Date; unitCode: string | null },
): Promise<FeedbackCounts> {
  const rows = await db
    .select({
      status: feedbackTickets.status,
      count: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${overdueCondition(options.now)})`.mapWith(Number),
    })
    .from(feedbackTickets)
    .where(options.unitCode === null ? undefined : eq(feedbackTickets.unitCode, options.unitCode))
    .groupBy(feedbackTickets.status);
  const zeros = () =>
    Object.fromEntries(FEEDBACK_STATUSES.map((status) => [status, 0])) as Record<FeedbackTicketStatus, number>;
  const byStatus = zeros();
  const overdueByStatus = zeros();
  for (const row of rows) {
    byStatus[row.status] = row.count;
    overdueByStatus[row.status] = row.overdue;
  }
  return { byStatus, overdue: rows.reduce((sum, row) => sum + row.overdue, 0), overdueByStatus };
}

/** Open tickets (someone still has to act) per handling unit, for the units named: a unit leaving the catalogue. */
export async function countOpenTicketsByUnit(db: DbOrTx, unitCodes: readonly string[]): Promise<Map<string, number>> {
  if (unitCodes.length === 0) return new Map();
  const rows = await db
    .select({ unitCode: feedbackTickets.unitCode, n: sql<number>`count(*)`.mapWith(Number) })
    .from(feedbackTickets)
    .where(and(inArray(feedbackTickets.unitCode, [...unitCodes]), inArray(feedbackTickets.status, [...OPEN_STATUSES])))
    .groupBy(feedbackTickets.unitCode);
  return new Map(rows.flatMap((row) => (row.unitCode === null ? [] : [[row.unitCode, row.n] as const])));
}

/** One field or commune of the dashboard's breakdown, with the tickets filed for it. */
export interface FeedbackShare {
  code: string;
  name: string;
  count: number;
}

/** The dashboard shows the largest few; the rest are summed into one "other" share (code `*`). */
const TOP_SHARES = 8;

/**
 * Tickets filed since `since`, by field (category) and by the commune where the problem is (none given: code `-`),
 * the largest first, in the caller's unit when `unitCode` is set.
 */
export async function countFeedbackShares(
  db: DbOrTx,
  options: { since: Date; unitCode: string | null },
): Promise<{ byCategory: FeedbackShare[]; byCommune: FeedbackShare[] }> {
  const t = feedbackTickets;
  const where = and(
    gte(t.createdAt, options.since),
    options.unitCode === null ? undefined : eq(t.unitCode, options.unitCode),
  );
  const [categories, communes] = await Promise.all([
    db
      .select({ code: t.categoryCode, name: sql<string>`max(${t.categoryName})`, count: count() })
      .from(t)
      .where(where)
      .groupBy(t.categoryCode),
    db
      .select({
        code: sql<string>`coalesce(${t.placeCommuneCode}, '-')`,
        name: sql<string>`coalesce(max(${t.placeCommuneName}), '')`,
        count: count(),
      })
      .from(t)
      .where(where)
      .groupBy(sql`coalesce(${t.placeCommuneCode}, '-')`),
  ]);
  return { byCategory: topShares(categories), byCommune: topShares(communes) };
}

function topShares(rows: FeedbackShare[]): FeedbackShare[] {
  const sorted = [...rows].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const rest = sorted.slice(TOP_SHARES).reduce((sum, row) => sum + row.count, 0);
  return [...sorted.slice(0, TOP_SHARES), ...(rest > 0 ? [{ code: '*', name: '', count: rest }] : [])];
}
