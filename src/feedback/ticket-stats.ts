import { and, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { FEEDBACK_STATUSES, feedbackTickets, type FeedbackTicketStatus } from './schema.js';

/** Still waiting for an answer (the inbox's open filter). */
const OPEN: FeedbackTicketStatus[] = ['received', 'forwarded', 'processing', 'reopened'];

export interface FeedbackCounts {
  byStatus: Record<FeedbackTicketStatus, number>;
  /** Open tickets filed before `overdueBefore`. */
  overdue: number;
}

/** Tickets by status, and open ones older than the answer deadline: one grouped scan of the status index. */
export async function countFeedbackTickets(db: DbOrTx, overdueBefore: Date): Promise<FeedbackCounts> {
  const rows = await db
    .select({
      status: feedbackTickets.status,
      count: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${and(
        inArray(feedbackTickets.status, OPEN),
        lt(feedbackTickets.createdAt, overdueBefore),
      )})`.mapWith(Number),
    })
    .from(feedbackTickets)
    .groupBy(feedbackTickets.status);
  const byStatus = Object.fromEntries(FEEDBACK_STATUSES.map((status) => [status, 0])) as Record<
    FeedbackTicketStatus,
    number
  >;
  for (const row of rows) byStatus[row.status] = row.count;
  return { byStatus, overdue: rows.reduce((sum, row) => sum + row.overdue, 0) };
}
