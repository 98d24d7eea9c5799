import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { parseOfficeHours } from '../conversation/index.js';
import { startOfVietnamDay, toVietnamWallClock } from '../kernel/index.js';
import { withTransaction, type Db, type DbOrTx, type Tx } from '../platform/db.js';
import type { WorkingCalendar } from './deadline.js';
import { feedbackTickets, feedbackUnitReminders, type FeedbackUnitReminderRow, type ReminderTicket } from './schema.js';
import { overdueCondition } from './ticket-store.js';

/** A change the system makes by itself, audited in the caller's transaction (the admin module's recorder). */
export type AuditSystemChange = (
  tx: Tx,
  change: { action: string; target: { type: string; id: string }; after?: unknown },
) => Promise<void>;

/** Tickets listed in one reminder at most (the count says how many there are; the inbox's filter shows them all). */
export const REMINDER_LIST_MAX = 200;
/** `unit_code` of the reminder for tickets no routing rule covered: the province's desk assigns them. */
export const UNROUTED_UNIT = '';

/** `YYYY-MM-DD` of the day `at` falls on in Vietnam. */
export function vietnamDay(at: Date): string {
  const wall = toVietnamWallClock(at);
  return `${String(wall.year)}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/**
 * Whether the units are reminded today by `now`: a working day (office hours, not a public holiday) once its first
 * office hour has begun, so the reminder is there when the officials open the inbox, never on a Sunday or during
 * Tết. Without office hours at all, every day but a holiday (as deadlines then count calendar days).
 */
export function remindersDue(now: Date, calendar: WorkingCalendar): boolean {
  const hours = parseOfficeHours(calendar.officeHours, calendar.holidays);
  const today = startOfVietnamDay(now).getTime();
  const opening = hours.nextOpening(new Date(today - 1));
  if (opening === null) return !calendar.holidays.includes(vietnamDay(now));
  return startOfVietnamDay(opening).getTime() === today && opening.getTime() <= now.getTime();
}

/**
 * Records today's reminder for every unit with overdue tickets: one row per unit and day (a unique index; a second
 * tick, a second worker or a restart adds nothing), each with its audit row (`feedback.reminder`, actor system) in the
 * same transaction. Returns how many reminders this call made.
 */
export async function recordUnitReminders(
  db: Db,
  now: Date,
  calendar: WorkingCalendar,
  auditSystem: AuditSystemChange,
): Promise<number> {
  if (!remindersDue(now, calendar)) return 0;
  const day = vietnamDay(now);
  const t = feedbackTickets;
  const unitCode = sql<string>`coalesce(${t.unitCode}, '')`;
  const overdue = await db
    .select({ unitCode, number: t.number, categoryCode: t.categoryCode, status: t.status, dueAt: t.dueAt })
    .from(t)
    .where(overdueCondition(now))
    .orderBy(t.dueAt, t.number);
  const byUnit = new Map<string, ReminderTicket[]>();
  for (const row of overdue) {
    const list = byUnit.get(row.unitCode) ?? [];
    list.push({
      number: row.number,
      categoryCode: row.categoryCode,
      status: row.status,
      dueAt: row.dueAt?.toISOString() ?? '',
    });
    byUnit.set(row.unitCode, list);
  }
  // Reminded already today (an earlier tick): no transaction to open for them.
  const done = new Set(
    (
      await db
        .select({ unitCode: feedbackUnitReminders.unitCode })
        .from(feedbackUnitReminders)
        .where(eq(feedbackUnitReminders.day, day))
    ).map((row) => row.unitCode),
  );
  let made = 0;
  for (const [unit, tickets] of byUnit) {
    if (done.has(unit)) continue;
    const inserted = await withTransaction(db, async (tx) => {
      const rows = await tx
        .insert(feedbackUnitReminders)
        .values({
          unitCode: unit,
          day,
          ticketCount: tickets.length,
          tickets: tickets.slice(0, REMINDER_LIST_MAX),
          createdAt: now,
        })
        .onConflictDoNothing({ target: [feedbackUnitReminders.unitCode, feedbackUnitReminders.day] })
        .returning({ id: feedbackUnitReminders.id });
      if (rows.length === 0) return false;
      await auditSystem(tx, {
        action: 'feedback.reminder',
        target: { type: 'feedback_unit', id: unit === UNROUTED_UNIT ? 'unrouted' : unit },
        after: { day, ticketCount: tickets.length, tickets: tickets.slice(0, REMINDER_LIST_MAX).map((x) => x.number) },
      });
      return true;
    });
    if (inserted) made += 1;
  }
  return made;
}

/** Reminders of the last `days` days, newest first; only `unitCode`'s when given (an official tied to a unit). */
export async function listUnitReminders(
  db: DbOrTx,
  options: { now: Date; days: number; unitCode: string | null },
): Promise<FeedbackUnitReminderRow[]> {
  const since = vietnamDay(new Date(options.now.getTime() - (options.days - 1) * 24 * 3600_000));
  return db
    .select()
    .from(feedbackUnitReminders)
    .where(
      and(
        gte(feedbackUnitReminders.day, since),
        options.unitCode === null ? undefined : eq(feedbackUnitReminders.unitCode, options.unitCode),
      ),
    )
    .orderBy(desc(feedbackUnitReminders.day), feedbackUnitReminders.unitCode)
    .limit(500);
}
