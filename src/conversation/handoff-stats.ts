import { and, eq, gte, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { VIETNAM_TIME_ZONE } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import { LIVE_HANDOFF } from './handoff-store.js';
import { conversationHandoffs } from './schema.js';

export interface HandoffCounts {
  /** Waiting for an official to claim them. */
  open: number;
  /** Claimed and not closed. */
  taken: number;
  /** Conversations handed to an official per day in Vietnam (`YYYY-MM-DD`) since `since`; days with none left out. */
  perDay: Array<{ day: string; handedOff: number }>;
  /**
   * Of the handoffs asked for since `since`: median minutes to an official's first answer and to the close (a message
   * left after hours counts from the opening it was left for), and the citizens' average rating; null when none.
   */
  medianMinutesToFirstAnswer: number | null;
  medianMinutesToClose: number | null;
  averageRating: number | null;
  /** Of the same handoffs, how many citizens rated 1, 2, 3, 4 and 5 (index 0 is a rating of 1). */
  ratings: number[];
}

const nullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const roundTo = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

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
  const t = conversationHandoffs;
  const askedAt = sql`greatest(${t.createdAt}, coalesce(${t.dueAt}, ${t.createdAt}))`;
  const minutesTo = (end: AnyPgColumn) =>
    // An after-hours message answered before the opening it was left for counts as answered at once, not negative.
    sql`percentile_cont(0.5) within group (order by greatest(0, extract(epoch from (${end} - ${askedAt})) / 60)) filter (where ${end} is not null)`;
  const ratedCount = (rating: number) => sql<number>`count(*) filter (where ${t.rating} = ${rating})`.mapWith(Number);
  const [times] = await db
    .select({
      firstAnswer: sql<number | null>`${minutesTo(t.firstAnswerAt)}`.mapWith(nullableNumber),
      close: sql<number | null>`${minutesTo(t.closedAt)}`.mapWith(nullableNumber),
      rating: sql<number | null>`avg(${t.rating})`.mapWith(nullableNumber),
      rated1: ratedCount(1),
      rated2: ratedCount(2),
      rated3: ratedCount(3),
      rated4: ratedCount(4),
      rated5: ratedCount(5),
    })
    .from(t)
    .where(gte(t.createdAt, since));
  const countOf = (status: string) => live.find((row) => row.status === status)?.count ?? 0;
  return {
    open: countOf('open'),
    taken: countOf('taken'),
    perDay,
    medianMinutesToFirstAnswer: roundTo(times?.firstAnswer ?? null, 1),
    medianMinutesToClose: roundTo(times?.close ?? null, 1),
    averageRating: roundTo(times?.rating ?? null, 2),
    ratings: times ? [times.rated1, times.rated2, times.rated3, times.rated4, times.rated5] : [0, 0, 0, 0, 0],
  };
}

/** What a citizen handed over during office hours is told about the wait. */
export interface HandoffWait {
  /** Citizens waiting for an official to take their handoff now (messages left for a later day aside). */
  waiting: number;
  /** Median minutes to an official's first answer over the recent days; null while too few were answered. */
  typicalMinutes: number | null;
}

/** Handoffs answered in the last days that the typical wait is read from; fewer give no estimate. */
const WAIT_SAMPLE_DAYS = 14;
const WAIT_MIN_SAMPLES = 5;

/**
 * The wait a new handoff is likely to have: how many wait now, and the median time to a first answer of the handoffs
 * asked for during office hours (no `due_at`) in the last 14 days. Those still waiting count with their wait so far:
 * answered ones alone would promise a short wait while officials are away. Read periodically, not per turn.
 */
export async function estimateHandoffWait(db: DbOrTx, now: Date): Promise<HandoffWait> {
  const t = conversationHandoffs;
  const [waiting] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(t)
    .where(and(eq(t.status, 'open'), or(isNull(t.dueAt), lte(t.dueAt, now))));
  const since = new Date(now.getTime() - WAIT_SAMPLE_DAYS * 86_400_000);
  const [typical] = await db
    .select({
      samples: sql<number>`count(*)`.mapWith(Number),
      minutes: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (coalesce(${t.firstAnswerAt}, ${now.toISOString()}::timestamptz) - ${t.createdAt})) / 60)`.mapWith(
        (value: unknown) => (value === null ? null : Number(value)),
      ),
    })
    .from(t)
    // A handoff closed unanswered (the citizen left) tells nothing of the wait.
    .where(and(gte(t.createdAt, since), isNull(t.dueAt), or(isNotNull(t.firstAnswerAt), LIVE_HANDOFF)));
  const enough = (typical?.samples ?? 0) >= WAIT_MIN_SAMPLES && typical?.minutes != null;
  return {
    waiting: waiting?.n ?? 0,
    typicalMinutes: enough ? Math.max(1, Math.ceil(typical.minutes ?? 0)) : null,
  };
}
