import { and, asc, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { workingDayDeadline, type WorkingCalendar } from './deadline.js';
import { feedbackDeadlines, feedbackRetention, feedbackRoutes } from './schema.js';

/** What a deadline is computed from: the province's calendar now, and the working days of a category without its own. */
export interface DeadlineRules {
  calendar: () => WorkingCalendar;
  defaultWorkingDays: number;
}

/** One row of the routing table as admins edit it. */
export interface RoutingRule {
  categoryCode: string;
  /** null: the category's rule for every commune without a rule of its own. */
  communeCode: string | null;
  unitCode: string;
  unitName: string;
}

export interface CategoryDeadline {
  categoryCode: string;
  workingDays: number;
}

export interface RoutingTable {
  rules: RoutingRule[];
  deadlines: CategoryDeadline[];
}

/** The routing table and the per-category deadlines (module `feedback`, migration 0017). */
export const routingStore = {
  /** The unit for a category in a commune: the commune's own rule first, then the category's general one. */
  async findUnit(db: DbOrTx, categoryCode: string, communeCode: string | null): Promise<RoutingRule | null> {
    const [row] = await db
      .select()
      .from(feedbackRoutes)
      .where(
        and(
          eq(feedbackRoutes.categoryCode, categoryCode),
          communeCode === null
            ? isNull(feedbackRoutes.communeCode)
            : or(eq(feedbackRoutes.communeCode, communeCode), isNull(feedbackRoutes.communeCode)),
        ),
      )
      .orderBy(sql`${feedbackRoutes.communeCode} is null`)
      .limit(1);
    return row
      ? { categoryCode: row.categoryCode, communeCode: row.communeCode, unitCode: row.unitCode, unitName: row.unitName }
      : null;
  },

  async findDeadlineDays(db: DbOrTx, categoryCode: string): Promise<number | null> {
    const [row] = await db
      .select({ days: feedbackDeadlines.workingDays })
      .from(feedbackDeadlines)
      .where(eq(feedbackDeadlines.categoryCode, categoryCode))
      .limit(1);
    return row?.days ?? null;
  },

  /** When a ticket of this category filed (or reopened) at `from` is due: its category's working days, or the default. */
  async deadlineOf(db: DbOrTx, categoryCode: string, from: Date, rules: DeadlineRules): Promise<Date> {
    const days = (await routingStore.findDeadlineDays(db, categoryCode)) ?? rules.defaultWorkingDays;
    return workingDayDeadline(from, days, rules.calendar());
  },

  async read(db: DbOrTx): Promise<RoutingTable> {
    const rules = await db
      .select({
        categoryCode: feedbackRoutes.categoryCode,
        communeCode: feedbackRoutes.communeCode,
        unitCode: feedbackRoutes.unitCode,
        unitName: feedbackRoutes.unitName,
      })
      .from(feedbackRoutes)
      .orderBy(asc(feedbackRoutes.categoryCode), sql`coalesce(${feedbackRoutes.communeCode}, '')`);
    const deadlines = await db
      .select({ categoryCode: feedbackDeadlines.categoryCode, workingDays: feedbackDeadlines.workingDays })
      .from(feedbackDeadlines)
      .orderBy(asc(feedbackDeadlines.categoryCode));
    return { rules, deadlines };
  },

  /** How many routing rules name each of these units (the settings refuse removing a unit still routed to). */
  async countRulesByUnit(db: DbOrTx, unitCodes: readonly string[]): Promise<Map<string, number>> {
    if (unitCodes.length === 0) return new Map();
    const rows = await db
      .select({ unitCode: feedbackRoutes.unitCode, n: count() })
      .from(feedbackRoutes)
      .where(inArray(feedbackRoutes.unitCode, [...unitCodes]))
      .groupBy(feedbackRoutes.unitCode);
    return new Map(rows.map((row) => [row.unitCode, row.n]));
  },

  /** Replaces the whole table in the caller's transaction (admins edit it as one document; the audit row goes with it). */
  async replace(db: DbOrTx, table: RoutingTable, now: Date): Promise<void> {
    await db.delete(feedbackRoutes);
    await db.delete(feedbackDeadlines);
    if (table.rules.length > 0) {
      await db.insert(feedbackRoutes).values(table.rules.map((rule) => ({ ...rule, updatedAt: now })));
    }
    if (table.deadlines.length > 0) {
      await db.insert(feedbackDeadlines).values(table.deadlines.map((deadline) => ({ ...deadline, updatedAt: now })));
    }
  },
};

/** How long a category's finished tickets keep personal data, when it is not `FEEDBACK_RETENTION_DAYS`. */
export interface CategoryRetention {
  categoryCode: string;
  days: number;
}

/** Retention per category (module `feedback`, migration 0020); admins edit it as one document. */
export const retentionStore = {
  read(db: DbOrTx): Promise<CategoryRetention[]> {
    return db
      .select({ categoryCode: feedbackRetention.categoryCode, days: feedbackRetention.days })
      .from(feedbackRetention)
      .orderBy(asc(feedbackRetention.categoryCode));
  },

  async replace(db: DbOrTx, rows: readonly CategoryRetention[], now: Date): Promise<void> {
    await db.delete(feedbackRetention);
    if (rows.length > 0) await db.insert(feedbackRetention).values(rows.map((row) => ({ ...row, updatedAt: now })));
  },
};
