import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { FEEDBACK_STATUSES, feedbackTickets, type FeedbackTicketStatus } from './schema.js';
import { OPEN_STATUSES, overdueCondition } from './ticket-store.js';

export interface FeedbackCounts {
  byStatus: Record<FeedbackTicketStatus, number>;
  /** Open tickets past their working-day deadline (as the inbox's `overdue` filter). */
  overdue: number;
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
  const byStatus = Object.fromEntries(FEEDBACK_STATUSES.map((status) => [status, 0])) as Record<
    FeedbackTicketStatus,
    number
  >;
  for (const row of rows) byStatus[row.status] = row.count;
  return { byStatus, overdue: rows.reduce((sum, row) => sum + row.overdue, 0) };
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
