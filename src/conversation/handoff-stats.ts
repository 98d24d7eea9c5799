import { gte, ne, sql } from 'drizzle-orm';
import { VIETNAM_TIME_ZONE } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import { conversationHandoffs } from './schema.js';

export interface HandoffCounts {
  /** Waiting for an official to claim them. */
  open: number;
  /** Claimed and not closed. */
  taken: number;
  /** Conversations handed to an official per day in Vietnam (`YYYY-MM-DD`) since `since`; days with none left out. */
  perDay: Array<{ day: string; handedOff: number }>;
}

/** Live handoffs by status, and handoffs opened per day since `since`: two grouped queries on indexed columns. */
export async function countHandoffs(db: DbOrTx, since: Date): Promise<HandoffCounts> {
  const live = await db
    .select({ status: conversationHandoffs.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(conversationHandoffs)
    .where(ne(conversationHandoffs.status, 'closed'))
    .groupBy(conversationHandoffs.status);
  const day = sql<string>`to_char(${conversationHandoffs.createdAt} at time zone ${sql.raw(`'${VIETNAM_TIME_ZONE}'`)}, 'YYYY-MM-DD')`;
  const perDay = await db
    .select({ day, handedOff: sql<number>`count(*)`.mapWith(Number) })
    .from(conversationHandoffs)
    .where(gte(conversationHandoffs.createdAt, since))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  const countOf = (status: string) => live.find((row) => row.status === status)?.count ?? 0;
  return { open: countOf('open'), taken: countOf('taken'), perDay };
}
