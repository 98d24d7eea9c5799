import { and, count, desc, eq, gt, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Language } from '../kernel/index.js';
import type { FeedbackStatus } from '../lgsp/index.js';
import type { DbOrTx } from '../platform/db.js';
import {
  feedbackTicketNumberSeq,
  feedbackTickets,
  RATEABLE_STATUSES,
  type FeedbackTicketRow,
  type FeedbackTicketStatus,
} from './schema.js';

const t = feedbackTickets;
const serialRowsSchema = z.object({ rows: z.array(z.object({ value: z.coerce.number().int().positive() })) });

/** A ticket as the intake writes it. */
export interface NewFeedbackTicket {
  number: string;
  citizenId: string;
  language: Language;
  categoryCode: string;
  categoryName: string;
  title: string;
  content: string;
  consentKind: 'contact' | 'anonymous';
  consentText: string;
  consentVersion: string;
  consentAt: Date;
  contactNameSealed: string | null;
  contactPhoneSealed: string | null;
  place: TicketPlace | null;
  createdAt: Date;
  /** From the routing table; null when no rule covers the category (the province's desk routes it by hand). */
  unitCode: string | null;
  dueAt: Date;
}

/** Where the problem is, as the intake understood it. */
export interface TicketPlace {
  source: 'location' | 'commune';
  latitude?: number | undefined;
  longitude?: number | undefined;
  address?: string | undefined;
  communeCode?: string | undefined;
  communeName?: string | undefined;
  provinceCode?: string | undefined;
}

/** What changes with a status: the reason and answer shown to the citizen, who answered, when to poll next. */
export interface StatusChange {
  status: FeedbackTicketStatus;
  statusReason?: string | null;
  answer?: string;
  answeredBy?: string;
  answeredAt?: Date;
  agency?: string | null;
  /** null stops the poller (finished, or handled here). */
  nextCheckAt?: Date | null;
  /** A new deadline (a reopened ticket is due again in its category's working days). */
  dueAt?: Date;
  now: Date;
}

export interface TicketFilter {
  status?: FeedbackTicketStatus;
  categoryCode?: string;
  /** The handling unit (an official tied to a unit always gets theirs). */
  unitCode?: string;
  communeCode?: string;
  /** Open tickets past their deadline at `now`. */
  overdue?: { now: Date };
  /** `overdue_first`: open tickets past their deadline first (earliest deadline first), then the rest newest first. */
  order?: { kind: 'newest' } | { kind: 'overdue_first'; now: Date; offset: number };
  /** Words in the number, title or content (case-insensitive). */
  text?: string;
  limit: number;
  /** Tickets created before this one (the previous page's last id), newest first. */
  before?: { createdAt: Date; id: string };
}

/** Statuses in which someone still has to act: a deadline applies to these. */
export const OPEN_STATUSES: readonly FeedbackTicketStatus[] = ['received', 'forwarded', 'processing', 'reopened'];

/** The ticket is open and past its deadline at `now`. */
export function isOverdue(row: Pick<FeedbackTicketRow, 'status' | 'dueAt'>, now: Date): boolean {
  return row.dueAt !== null && row.dueAt.getTime() < now.getTime() && OPEN_STATUSES.includes(row.status);
}

/** SQL: the ticket is open and past its deadline at `now` (the inbox filter, reminders and the dashboard's count). */
export function overdueCondition(now: Date): SQL {
  return sql`(${t.dueAt} < ${now.toISOString()}::timestamptz and ${t.status} in (${sql.join(
    OPEN_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  )}))`;
}

/** The LGSP's statuses after which it changes nothing more by itself. */
export const FINAL_AT_LGSP: readonly FeedbackStatus[] = ['answered', 'rejected', 'duplicate'];

/**
 * Whether the poller keeps asking the LGSP about a ticket that is, or is about to be, in `status`: while the LGSP may
 * still change it (not asked yet, or not final there), whatever an official did here (answering here writes nothing
 * to the LGSP: its later answer must still reach the citizen), and while the ticket is open here (a reopened ticket
 * may be answered anew there). Never before it reached the LGSP (forwarding starts the polling).
 */
export function keepsPolling(
  ticket: Pick<FeedbackTicketRow, 'lgspId' | 'lgspStatus'>,
  status: FeedbackTicketStatus,
): boolean {
  if (ticket.lgspId === null) return false;
  const finalThere = ticket.lgspStatus !== null && FINAL_AT_LGSP.includes(ticket.lgspStatus);
  return !finalThere || OPEN_STATUSES.includes(status);
}

/** What the LGSP said of a ticket at a check (`TraCuuPhanAnh`). */
export interface LgspView {
  status: FeedbackStatus;
  answer: string | null;
  answeredAt: Date | null;
  checkedAt: Date;
}

/** Feedback tickets in PostgreSQL; every method takes the executor so callers compose them in one transaction. */
export const ticketStore = {
  /** The next serial of ticket numbers (outside any transaction: a rolled-back turn leaves a gap, never a repeat). */
  async nextSerial(db: DbOrTx): Promise<number> {
    const result = serialRowsSchema.parse(
      await db.execute(sql`select nextval(${feedbackTicketNumberSeq.seqName}) as value`),
    );
    const value = result.rows[0]?.value;
    if (value === undefined) throw new Error('the ticket number sequence returned nothing');
    return value;
  },

  /** Inserts a ticket; the same number twice (a retried effect) keeps the first. Returns the ticket's id. */
  async insert(db: DbOrTx, ticket: NewFeedbackTicket): Promise<string> {
    const { place, ...fields } = ticket;
    await db
      .insert(t)
      .values({
        ...fields,
        placeSource: place?.source ?? null,
        placeLatitude: place?.latitude ?? null,
        placeLongitude: place?.longitude ?? null,
        placeAddress: place?.address ?? null,
        placeCommuneCode: place?.communeCode ?? null,
        placeCommuneName: place?.communeName ?? null,
        placeProvinceCode: place?.provinceCode ?? null,
        updatedAt: ticket.createdAt,
      })
      .onConflictDoNothing({ target: t.number });
    const [row] = await db.select({ id: t.id }).from(t).where(eq(t.number, ticket.number)).limit(1);
    if (!row) throw new Error('the ticket just written is not there');
    return row.id;
  },

  async findByNumber(db: DbOrTx, number: string): Promise<FeedbackTicketRow | null> {
    const [row] = await db.select().from(t).where(eq(t.number, number)).limit(1);
    return row ?? null;
  },

  /** The citizen's own ticket the LGSP knows by that id (`MaPhanAnh`); another citizen's is never returned. */
  async findOwnByLgspId(db: DbOrTx, citizenId: string, lgspId: string): Promise<FeedbackTicketRow | null> {
    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.citizenId, citizenId), eq(t.lgspId, lgspId)))
      .orderBy(desc(t.createdAt))
      .limit(1);
    return row ?? null;
  },

  async findById(db: DbOrTx, id: string): Promise<FeedbackTicketRow | null> {
    const [row] = await db.select().from(t).where(eq(t.id, id)).limit(1);
    return row ?? null;
  },

  /** A citizen's own tickets, newest first. */
  listByCitizen(db: DbOrTx, citizenId: string, limit: number): Promise<FeedbackTicketRow[]> {
    return db.select().from(t).where(eq(t.citizenId, citizenId)).orderBy(desc(t.createdAt), desc(t.id)).limit(limit);
  },

  /** Officials' list: newest first, filtered. */
  list(db: DbOrTx, filter: TicketFilter): Promise<FeedbackTicketRow[]> {
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(t.status, filter.status));
    if (filter.categoryCode) conditions.push(eq(t.categoryCode, filter.categoryCode));
    if (filter.unitCode) conditions.push(eq(t.unitCode, filter.unitCode));
    if (filter.communeCode) conditions.push(eq(t.placeCommuneCode, filter.communeCode));
    if (filter.overdue) conditions.push(overdueCondition(filter.overdue.now));
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const words = or(ilike(t.number, pattern), ilike(t.title, pattern), ilike(t.content, pattern));
      if (words) conditions.push(words);
    }
    if (filter.before) {
      conditions.push(
        sql`(${t.createdAt}, ${t.id}) < (${filter.before.createdAt.toISOString()}::timestamptz, ${filter.before.id}::uuid)`,
      );
    }
    const order = filter.order ?? { kind: 'newest' };
    const query = db
      .select()
      .from(t)
      .where(and(...conditions));
    if (order.kind === 'newest') return query.orderBy(desc(t.createdAt), desc(t.id)).limit(filter.limit);
    const overdue = overdueCondition(order.now);
    return query
      .orderBy(desc(overdue), sql`case when ${overdue} then ${t.dueAt} end asc`, desc(t.createdAt), desc(t.id))
      .limit(filter.limit)
      .offset(order.offset);
  },

  /**
   * Claims open tickets past their deadline that were not reminded yet and marks them reminded (concurrent workers
   * never claim the same row): the reminder goes out once per ticket.
   */
  async claimOverdueForReminder(db: DbOrTx, now: Date, limit: number): Promise<FeedbackTicketRow[]> {
    const due = db
      .select({ id: t.id })
      .from(t)
      .where(and(overdueCondition(now), isNull(t.remindedAt)))
      .orderBy(t.dueAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    return db.update(t).set({ remindedAt: now }).where(inArray(t.id, due)).returning();
  },

  /** Open tickets past their deadline at `now`, by unit (null: not routed). */
  async countOverdueByUnit(db: DbOrTx, now: Date): Promise<Array<{ unitCode: string | null; count: number }>> {
    return db.select({ unitCode: t.unitCode, count: count() }).from(t).where(overdueCondition(now)).groupBy(t.unitCode);
  },

  /** An official (re)assigns the ticket to a unit. */
  async assignUnit(db: DbOrTx, id: string, unitCode: string, now: Date): Promise<FeedbackTicketRow | null> {
    const [row] = await db.update(t).set({ unitCode, updatedAt: now }).where(eq(t.id, id)).returning();
    return row ?? null;
  },

  /**
   * The LGSP took the ticket: its id is kept and the poller starts. Returns the row when this call moved it from
   * `received` to `forwarded` (the caller then tells the citizen), null when it was already further on.
   */
  async markForwarded(
    db: DbOrTx,
    number: string,
    lgspId: string,
    now: Date,
    firstCheckAt: Date,
  ): Promise<FeedbackTicketRow | null> {
    const [moved] = await db
      .update(t)
      .set({ lgspId, forwardedAt: now, status: 'forwarded', nextCheckAt: firstCheckAt, updatedAt: now })
      .where(and(eq(t.number, number), eq(t.status, 'received')))
      .returning();
    if (moved) return moved;
    // An official acted before the LGSP answered: keep its id and the official's status; what the LGSP makes of it
    // is still followed (an answer there reaches the citizen too, and officials see it).
    await db
      .update(t)
      .set({
        lgspId,
        forwardedAt: sql`coalesce(${t.forwardedAt}, ${now.toISOString()}::timestamptz)`,
        nextCheckAt: sql`coalesce(${t.nextCheckAt}, ${firstCheckAt.toISOString()}::timestamptz)`,
        updatedAt: now,
      })
      .where(and(eq(t.number, number), sql`${t.lgspId} is null`, isNull(t.purgedAt)));
    return null;
  },

  /**
   * Claims up to `limit` tickets at the LGSP whose check is due (`keepsPolling` decides which have one) and moves their
   * next check `intervalMs` (±20 %) ahead; concurrent pollers never claim the same rows.
   */
  async claimDue(db: DbOrTx, now: Date, limit: number, intervalMs: number): Promise<FeedbackTicketRow[]> {
    const due = db
      .select({ id: t.id })
      .from(t)
      .where(and(isNotNull(t.nextCheckAt), lte(t.nextCheckAt, now), isNotNull(t.lgspId), isNull(t.purgedAt)))
      .orderBy(t.nextCheckAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    const jitter = sql`(${intervalMs} * (0.8 + random() * 0.4)) * interval '1 millisecond'`;
    return db
      .update(t)
      .set({ nextCheckAt: sql`${now.toISOString()}::timestamptz + ${jitter}`, lastCheckedAt: now })
      .where(inArray(t.id, due))
      .returning();
  },

  /**
   * What the LGSP said at a check, kept whatever our status (officials see it beside theirs). `stopPollingIn`: the
   * status in which neither side will change the ticket any more; polling stops if it is still in it (an official or
   * the citizen acting meanwhile keeps it going). Not a change of the ticket: `updated_at` (and so retention) stays.
   */
  async recordLgspView(
    db: DbOrTx,
    id: string,
    view: LgspView,
    stopPollingIn: FeedbackTicketStatus | null,
  ): Promise<void> {
    await db
      .update(t)
      .set({
        lgspStatus: view.status,
        lgspAnswer: view.answer,
        lgspAnsweredAt: view.answeredAt,
        lgspCheckedAt: view.checkedAt,
        ...(stopPollingIn === null
          ? {}
          : { nextCheckAt: sql`case when ${t.status} = ${stopPollingIn} then null else ${t.nextCheckAt} end` }),
      })
      .where(and(eq(t.id, id), isNull(t.purgedAt)));
  },

  /**
   * The citizen's rating of an answered ticket of theirs (closed since by an official or not); `reopen` (the problem
   * is not solved) reopens it for the handling agency. False when the ticket is not theirs, has no answer to rate (none
   * since it was last reopened, see isAnswerRateable), or its answer is rated already (two taps of the rating button:
   * the second neither rates nor reopens).
   */
  async rate(
    db: DbOrTx,
    input: { number: string; citizenId: string; rating: number; reopen: boolean; now: Date; dueAt?: Date },
  ): Promise<boolean> {
    const updated = await db
      .update(t)
      .set({
        rating: input.rating,
        ratedAt: input.now,
        updatedAt: input.now,
        // Reopened: the agency has a new deadline from today (the category's working days), and a new reminder; the
        // LGSP is asked about it again (it may answer anew there).
        ...(input.reopen
          ? {
              status: 'reopened' as const,
              reopenedAt: input.now,
              statusReason: null,
              remindedAt: null,
              nextCheckAt: sql`case when ${t.lgspId} is null then null else coalesce(${t.nextCheckAt}, ${input.now.toISOString()}::timestamptz) end`,
              ...(input.dueAt === undefined ? {} : { dueAt: input.dueAt }),
            }
          : {}),
      })
      .where(
        and(
          eq(t.number, input.number),
          eq(t.citizenId, input.citizenId),
          inArray(t.status, [...RATEABLE_STATUSES]),
          isNotNull(t.answeredAt),
          or(isNull(t.reopenedAt), gt(t.answeredAt, t.reopenedAt)),
          isNull(t.ratedAt),
        ),
      )
      .returning({ id: t.id });
    return updated.length > 0;
  },

  /** Tickets still waiting to reach the LGSP that were filed before `before` (an outage, or an entry failed for good). */
  async countUnforwarded(db: DbOrTx, before: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(t)
      .where(and(eq(t.status, 'received'), lt(t.createdAt, before)));
    return row?.n ?? 0;
  },

  /** Compare-and-set of the status: false when it is no longer one of `from` (another worker or an official acted). */
  async changeStatus(
    db: DbOrTx,
    id: string,
    from: readonly FeedbackTicketStatus[],
    change: StatusChange,
  ): Promise<FeedbackTicketRow | null> {
    const [row] = await db
      .update(t)
      .set({
        status: change.status,
        updatedAt: change.now,
        ...(change.statusReason === undefined ? {} : { statusReason: change.statusReason }),
        ...(change.answer === undefined ? {} : { answer: change.answer }),
        ...(change.answeredBy === undefined ? {} : { answeredBy: change.answeredBy }),
        ...(change.answeredAt === undefined ? {} : { answeredAt: change.answeredAt }),
        ...(change.agency === undefined ? {} : { agency: change.agency }),
        ...(change.nextCheckAt === undefined ? {} : { nextCheckAt: change.nextCheckAt }),
        ...(change.dueAt === undefined ? {} : { dueAt: change.dueAt }),
        // Open again: a reminder is due again when it stays past its deadline.
        ...(change.status === 'reopened' ? { remindedAt: null, reopenedAt: change.now } : {}),
        // Answered (again, after a reopen): the citizen may rate this answer; their earlier rating stays until then.
        ...(change.status === 'answered' ? { ratedAt: null } : {}),
      })
      .where(and(eq(t.id, id), inArray(t.status, [...from])))
      .returning();
    return row ?? null;
  },
};

export type TicketStore = typeof ticketStore;
