import { gte, sql } from 'drizzle-orm';
import { VIETNAM_TIME_ZONE } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import { conversationMessages } from './schema.js';

export interface MessagesOnDay {
  /** The day in Vietnam, `YYYY-MM-DD`. */
  day: string;
  in: number;
  out: number;
  /** Citizens who wrote that day: the day's conversations. */
  citizens: number;
}

/** Messages in and out per day in Vietnam since `since` (one grouped scan of the `occurred_at` index); days with none left out. */
export async function countMessagesPerDay(db: DbOrTx, since: Date): Promise<MessagesOnDay[]> {
  const day = sql<string>`to_char(${conversationMessages.occurredAt} at time zone ${sql.raw(`'${VIETNAM_TIME_ZONE}'`)}, 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      in: sql<number>`count(*) filter (where ${conversationMessages.direction} = 'in')`.mapWith(Number),
      out: sql<number>`count(*) filter (where ${conversationMessages.direction} = 'out')`.mapWith(Number),
      citizens:
        sql<number>`count(distinct ${conversationMessages.citizenId}) filter (where ${conversationMessages.direction} = 'in')`.mapWith(
          Number,
        ),
    })
    .from(conversationMessages)
    .where(gte(conversationMessages.occurredAt, since))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return rows;
}
