import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { findOrCreateMetric } from '../platform/metrics.js';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db.js';
import type { CitizenId } from './channel.js';
import {
  HANDOFF_EFFECT,
  HANDOFF_END_EFFECT,
  HANDOFF_MESSAGE_EFFECT,
  HANDOFF_RATE_EFFECT,
  defineEffect,
  handoffEndPayloadSchema,
  handoffMessagePayloadSchema,
  handoffPayloadSchema,
  handoffRatePayloadSchema,
  type EffectDefinition,
} from './effects.js';
import { handoffFileStore } from './handoff-files.js';
import { conversationHandoffs } from './schema.js';

/** A handoff the bot must stay silent for: open (waiting for an official) or taken (an official is on it). */
export interface LiveHandoff {
  id: string;
  status: 'open' | 'taken';
  /**
   * The latest of: opened, taken, the citizen's last message, the official's last answer, the opening a message left
   * outside office hours waits for (the idle timeout's start).
   */
  lastActivityAt: Date;
  /** A message left outside office hours: the opening officials will handle it from. */
  dueAt: Date | null;
  unanswered: number;
}

/** A handoff as officials see it. */
export interface HandoffRecord {
  id: string;
  citizenId: string;
  flowId: string;
  reason: string | null;
  status: 'open' | 'taken' | 'closed';
  /** A message left outside office hours: the opening officials will handle it from. */
  dueAt: Date | null;
  /** The unit it was transferred to; null: the general queue. */
  unit: string | null;
  takenBy: string | null;
  takenAt: Date | null;
  citizenName: string | null;
  unanswered: number;
  lastCitizenAt: Date | null;
  firstAnswerAt: Date | null;
  lastAnswerAt: Date | null;
  closedBy: string | null;
  closeNote: string | null;
  rating: number | null;
  ratedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** Who ended a handoff besides an official (whose account id is recorded instead). */
export type HandoffEndedBy = z.infer<typeof handoffEndPayloadSchema>['by'];

/** The port through which a conversation is marked for an official. */
export interface HandoffPort {
  request(
    input: {
      citizenId: CitizenId;
      flowId: string;
      reason?: string | undefined;
      at?: Date;
      /** Asked outside office hours: the opening it will be handled from. */
      dueAt?: Date | undefined;
    },
    executor?: DbOrTx,
  ): Promise<{ id: string }>;
}

export interface HandoffStore extends HandoffPort {
  /** The citizen's live handoff, or null: the engine reads it before each turn. */
  findLive(citizenId: string, executor?: DbOrTx): Promise<LiveHandoff | null>;
  /** One more citizen message for the officials (unread count, last message time). */
  recordCitizenMessage(citizenId: string, at: Date, executor?: DbOrTx): Promise<void>;
  /** Ends the citizen's live handoff without an official (the citizen cancelled or left, or it timed out). */
  endForCitizen(citizenId: string, by: HandoffEndedBy, at: Date, executor?: DbOrTx): Promise<HandoffRecord | null>;
  /**
   * Ends, as timed out, the live handoffs with no activity since `idleSince` (the same clock as the engine's idle
   * timeout), so that a citizen who never wrote again does not wait in the officials' queue for ever.
   */
  endIdle(idleSince: Date, at: Date, executor?: DbOrTx): Promise<HandoffRecord[]>;
  /**
   * Live handoffs (open and taken), oldest first. `changedSince` returns only those changed after it, closed ones
   * included, so a client polling with its last `updatedAt` sees every change once. `unit`: only those transferred to
   * it; `scope`: only those in the general queue or transferred to that unit (what an official of a unit sees).
   */
  list(options?: { limit?: number; changedSince?: Date; unit?: string; scope?: string }): Promise<HandoffRecord[]>;
  /**
   * Closed handoffs, the last closed first (with their ratings and close notes): `citizenId`, only that citizen's;
   * `unit` and `scope` as for `list`.
   */
  listClosed(options?: { limit?: number; citizenId?: string; unit?: string; scope?: string }): Promise<HandoffRecord[]>;
  find(id: string, executor?: DbOrTx): Promise<HandoffRecord | null>;
  /** Claims (or reassigns) a live handoff for an official; null when it is not live. */
  take(id: string, officialId: string, options?: { executor?: DbOrTx; now?: Date }): Promise<HandoffRecord | null>;
  /**
   * Transfers a live handoff to a unit: back in the queue (open, nobody assigned) for that unit's officials; null when
   * it is not live.
   */
  transfer(id: string, unit: string, options?: { executor?: DbOrTx; now?: Date }): Promise<HandoffRecord | null>;
  /** An official answered: first-answer time, unread count back to 0; null when it is not live. */
  recordAnswer(id: string, options?: { executor?: DbOrTx; now?: Date }): Promise<HandoffRecord | null>;
  /**
   * Marks a live handoff closed; null when it was not live. `executor` lets a caller close it inside its own
   * transaction (the admin API commits the close with its audit row).
   */
  close(
    id: string,
    closedBy: string,
    options?: { executor?: DbOrTx; now?: Date; note?: string },
  ): Promise<HandoffRecord | null>;
  /**
   * The citizen rates the help they got (1–5): only their own handoff, once an official has closed it, and once (two
   * racing taps rate once). False when there is no such handoff, or it is rated already.
   */
  rate(input: { citizenId: string; handoffId: string; rating: number; at: Date }, executor?: DbOrTx): Promise<boolean>;
  /**
   * The citizen's last handoff an official answered and closed since `closedSince`, which they were asked to rate
   * (rated or not); null when none. What a rating typed instead of tapped ("5") is for.
   */
  findRatingAsked(citizenId: string, closedSince: Date): Promise<{ handoffId: string; closedAt: Date } | null>;
  /** Remembers the citizen's display name on the handoff (looked up once, for officials' lists). */
  setCitizenName(id: string, name: string): Promise<void>;
  /** Live handoffs by status, for the gauge. */
  countLive(): Promise<{ open: number; taken: number }>;
  /**
   * Pseudonymises handoffs closed before `before`, with the conversation log's retention: the citizen's id, Zalo name
   * and the official's close note go; the rows stay for the times, units and ratings (statistics). Returns how many
   * were cleared.
   */
  purgePersonalData(before: Date): Promise<number>;
}

export interface HandoffMetrics {
  opened: Counter<never>;
  citizenMessages: Counter<never>;
  closed: Counter<'by'>;
  firstAnswerSeconds: Histogram<never>;
  durationSeconds: Histogram<never>;
  ratings: Counter<'rating'>;
}

const t = conversationHandoffs;
/**
 * What stands in for the citizen's id on a pseudonymised handoff (retention, or the citizen's erasure): the rating
 * stays countable, the link to the person goes.
 */
export const ANONYMISED_HANDOFF_CITIZEN = 'anonymised';
/** What pseudonymising a handoff clears. */
const PSEUDONYMISED = { citizenId: ANONYMISED_HANDOFF_CITIZEN, citizenName: null, closeNote: null } as const;
/** Who ends a handoff without an official: the citizen is not asked to rate it. */
const ENDED_WITHOUT_OFFICIAL = ['citizen', 'citizen_left', 'timeout'] as const;
/** A handoff not closed yet: the engine stays silent for its citizen. */
export const LIVE_HANDOFF = ne(t.status, 'closed');
/** When a live handoff last moved: opened, taken, the citizen wrote, an official answered, or its due time. */
export const HANDOFF_LAST_ACTIVITY = sql<Date>`greatest(${t.createdAt}, ${t.takenAt}, ${t.lastCitizenAt}, ${t.lastAnswerAt}, ${t.dueAt})`;
const record = {
  id: t.id,
  citizenId: t.citizenId,
  flowId: t.flowId,
  reason: t.reason,
  status: t.status,
  dueAt: t.dueAt,
  unit: t.unit,
  takenBy: t.takenBy,
  takenAt: t.takenAt,
  citizenName: t.citizenName,
  unanswered: t.unanswered,
  lastCitizenAt: t.lastCitizenAt,
  firstAnswerAt: t.firstAnswerAt,
  lastAnswerAt: t.lastAnswerAt,
  closedBy: t.closedBy,
  closeNote: t.closeNote,
  rating: t.rating,
  ratedAt: t.ratedAt,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  closedAt: t.closedAt,
};
type Row = { [K in keyof typeof record]: unknown } & { status: string };
const asRecord = (row: Row): HandoffRecord => row as HandoffRecord;
const secondsBetween = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 1000);

/**
 * Handoffs in PostgreSQL. A citizen asking again while one is live keeps the live one (no duplicate work for officials;
 * a unique index holds even when two requests race).
 */
export function createHandoffStore(db: Db, metrics?: HandoffMetrics): HandoffStore {
  function observeClose(row: HandoffRecord, by: string) {
    metrics?.closed.inc({ by: by === 'citizen' || by === 'timeout' || by === 'citizen_left' ? by : 'official' });
    if (row.closedAt) metrics?.durationSeconds.observe(secondsBetween(row.createdAt, row.closedAt));
  }
  async function findLive(citizenId: string, executor: DbOrTx = db): Promise<LiveHandoff | null> {
    const [row] = await executor
      .select({
        id: t.id,
        status: t.status,
        dueAt: t.dueAt,
        unanswered: t.unanswered,
        lastActivityAt: HANDOFF_LAST_ACTIVITY.mapWith(t.createdAt),
      })
      .from(t)
      .where(and(eq(t.citizenId, citizenId), LIVE_HANDOFF))
      .limit(1);
    return row ? { ...row, status: row.status === 'taken' ? 'taken' : 'open' } : null;
  }
  return {
    async request(input, executor = db) {
      const at = input.at ?? new Date();
      const [row] = await executor
        .insert(t)
        .values({
          citizenId: input.citizenId,
          flowId: input.flowId,
          reason: input.reason ?? null,
          dueAt: input.dueAt ?? null,
          createdAt: at,
          updatedAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: t.id });
      if (row) {
        metrics?.opened.inc();
        return { id: row.id };
      }
      const live = await findLive(input.citizenId, executor);
      if (!live) throw new Error('handoff insert conflicted but no live handoff exists');
      return { id: live.id };
    },
    findLive,
    async recordCitizenMessage(citizenId, at, executor = db) {
      await executor
        .update(t)
        .set({
          unanswered: sql`${t.unanswered} + 1`,
          lastCitizenAt: sql`greatest(${t.lastCitizenAt}, ${at.toISOString()}::timestamptz)`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(t.citizenId, citizenId), LIVE_HANDOFF));
      metrics?.citizenMessages.inc();
    },
    async endForCitizen(citizenId, by, at, executor = db) {
      const [row] = await executor
        .update(t)
        .set({ status: 'closed', closedBy: by, closedAt: at, updatedAt: sql`now()` })
        .where(and(eq(t.citizenId, citizenId), LIVE_HANDOFF))
        .returning(record);
      if (!row) return null;
      const closed = asRecord(row);
      observeClose(closed, by);
      return closed;
    },
    async endIdle(idleSince, at, executor = db) {
      const rows = await executor
        .update(t)
        .set({ status: 'closed', closedBy: 'timeout', closedAt: at, updatedAt: sql`now()` })
        .where(and(LIVE_HANDOFF, sql`${HANDOFF_LAST_ACTIVITY} < ${idleSince.toISOString()}::timestamptz`))
        .returning(record);
      const ended = rows.map(asRecord);
      for (const row of ended) observeClose(row, 'timeout');
      return ended;
    },
    async list(options = {}) {
      const rows = await db
        .select(record)
        .from(t)
        .where(
          and(
            options.changedSince ? gt(t.updatedAt, options.changedSince) : LIVE_HANDOFF,
            options.unit === undefined ? undefined : eq(t.unit, options.unit),
            options.scope === undefined ? undefined : or(isNull(t.unit), eq(t.unit, options.scope)),
          ),
        )
        .orderBy(asc(t.createdAt))
        .limit(options.limit ?? 100);
      return rows.map(asRecord);
    },
    async listClosed(options = {}) {
      const rows = await db
        .select(record)
        .from(t)
        .where(
          and(
            eq(t.status, 'closed'),
            options.citizenId === undefined ? undefined : eq(t.citizenId, options.citizenId),
            options.unit === undefined ? undefined : eq(t.unit, options.unit),
            options.scope === undefined ? undefined : or(isNull(t.unit), eq(t.unit, options.scope)),
          ),
        )
        .orderBy(desc(t.closedAt))
        .limit(options.limit ?? 20);
      return rows.map(asRecord);
    },
    async find(id, executor = db) {
      const [row] = await executor.select(record).from(t).where(eq(t.id, id)).limit(1);
      return row ? asRecord(row) : null;
    },
    async take(id, officialId, options = {}) {
      const now = options.now ?? new Date();
      const [row] = await (options.executor ?? db)
        .update(t)
        .set({ status: 'taken', takenBy: officialId, takenAt: now, updatedAt: sql`now()` })
        .where(and(eq(t.id, id), LIVE_HANDOFF))
        .returning(record);
      return row ? asRecord(row) : null;
    },
    async transfer(id, unit, options = {}) {
      const [row] = await (options.executor ?? db)
        .update(t)
        .set({ unit, status: 'open', takenBy: null, takenAt: null, updatedAt: sql`now()` })
        .where(and(eq(t.id, id), LIVE_HANDOFF))
        .returning(record);
      return row ? asRecord(row) : null;
    },
    async recordAnswer(id, options = {}) {
      const now = options.now ?? new Date();
      const [row] = await (options.executor ?? db)
        .update(t)
        .set({
          firstAnswerAt: sql`coalesce(${t.firstAnswerAt}, ${now.toISOString()}::timestamptz)`,
          lastAnswerAt: now,
          unanswered: 0,
          updatedAt: sql`now()`,
        })
        .where(and(eq(t.id, id), LIVE_HANDOFF))
        .returning(record);
      if (!row) return null;
      const answered = asRecord(row);
      if (answered.firstAnswerAt && answered.firstAnswerAt.getTime() === now.getTime()) {
        metrics?.firstAnswerSeconds.observe(secondsBetween(answered.createdAt, now));
      }
      return answered;
    },
    async close(id, closedBy, options = {}) {
      const closedAt = options.now ?? new Date();
      const [row] = await (options.executor ?? db)
        .update(t)
        .set({ status: 'closed', closedBy, closedAt, closeNote: options.note ?? null, updatedAt: sql`now()` })
        .where(and(eq(t.id, id), LIVE_HANDOFF))
        .returning(record);
      if (!row) return null;
      const closed = asRecord(row);
      observeClose(closed, closedBy);
      return closed;
    },
    async rate(input, executor = db) {
      const rated = await executor
        .update(t)
        .set({ rating: input.rating, ratedAt: input.at, updatedAt: sql`now()` })
        .where(
          and(
            eq(t.id, input.handoffId),
            eq(t.citizenId, input.citizenId),
            eq(t.status, 'closed'),
            isNotNull(t.firstAnswerAt),
            isNull(t.ratedAt),
          ),
        )
        .returning({ id: t.id });
      if (rated.length > 0) metrics?.ratings.inc({ rating: String(input.rating) });
      return rated.length > 0;
    },
    async findRatingAsked(citizenId, closedSince) {
      const [row] = await db
        .select({ handoffId: t.id, closedAt: t.closedAt })
        .from(t)
        .where(
          and(
            eq(t.citizenId, citizenId),
            eq(t.status, 'closed'),
            isNotNull(t.firstAnswerAt),
            gte(t.closedAt, closedSince),
            // No closer recorded is no sign the official did not close it; `not in` alone would leave it out (null).
            or(isNull(t.closedBy), notInArray(t.closedBy, [...ENDED_WITHOUT_OFFICIAL])),
          ),
        )
        .orderBy(desc(t.closedAt))
        .limit(1);
      return row?.closedAt ? { handoffId: row.handoffId, closedAt: row.closedAt } : null;
    },
    async setCitizenName(id, name) {
      // Not onto a handoff pseudonymised while the name was being looked up.
      await db
        .update(t)
        .set({ citizenName: name })
        .where(and(eq(t.id, id), ne(t.citizenId, ANONYMISED_HANDOFF_CITIZEN)));
    },
    async purgePersonalData(before) {
      const cleared = await db
        .update(t)
        .set(PSEUDONYMISED)
        .where(
          and(
            eq(t.status, 'closed'),
            lt(t.closedAt, before),
            or(ne(t.citizenId, ANONYMISED_HANDOFF_CITIZEN), isNotNull(t.citizenName), isNotNull(t.closeNote)),
          ),
        )
        .returning({ id: t.id });
      return cleared.length;
    },
    async countLive() {
      const rows = await db
        .select({ status: t.status, n: sql<number>`count(*)::int` })
        .from(t)
        .where(LIVE_HANDOFF)
        .groupBy(t.status);
      const count = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
      return { open: count('open'), taken: count('taken') };
    },
  };
}

/**
 * A citizen's handoffs as personal data (Law 91/2025/QH15: the citizen sees and erases them). Erasing ends a live one
 * (as if the citizen left it: officials see it closed) and pseudonymises them all; times, unit and rating stay for the
 * statistics. Idempotent.
 */
export const handoffPersonalData = {
  async count(db: DbOrTx, citizenId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(t)
      .where(eq(t.citizenId, citizenId));
    return row?.n ?? 0;
  },
  async describe(db: DbOrTx, citizenId: string): Promise<Array<Record<string, string | number | null>>> {
    const rows = await db.select(record).from(t).where(eq(t.citizenId, citizenId)).orderBy(asc(t.createdAt));
    const files = await handoffFileStore.ofCitizen(db, citizenId);
    const sent = (handoffId: string, kind: 'image' | 'file') =>
      files.filter((file) => file.handoffId === handoffId && file.kind === kind && file.status === 'stored').length;
    return rows.map((row) => ({
      openedAt: row.createdAt.toISOString(),
      status: row.status,
      unit: row.unit,
      closedAt: row.closedAt?.toISOString() ?? null,
      rating: row.rating,
      // What the citizen sent during it and we keep (the bytes themselves are shown to officials only).
      photosSent: sent(row.id, 'image'),
      filesSent: sent(row.id, 'file'),
    }));
  },
  async erase(db: Db, citizenId: string, at: Date): Promise<number> {
    return db.transaction(async (tx) => {
      await tx
        .update(t)
        .set({ status: 'closed', closedBy: 'citizen', closedAt: at })
        .where(and(eq(t.citizenId, citizenId), LIVE_HANDOFF));
      const cleared = await tx
        .update(t)
        .set({ ...PSEUDONYMISED, updatedAt: sql`now()` })
        .where(eq(t.citizenId, citizenId))
        .returning({ id: t.id });
      return cleared.length;
    });
  },
};

/**
 * Performs the handoff effects of a turn inside its transaction: open, a citizen message, ended by the citizen, the
 * citizen's rating of the help.
 */
export function createHandoffEffects(store: HandoffStore): EffectDefinition<z.ZodType>[] {
  return [
    defineEffect({
      type: HANDOFF_EFFECT,
      payload: handoffPayloadSchema,
      async perform(payload, ctx) {
        await store.request(
          {
            citizenId: ctx.citizenId,
            flowId: payload.flowId,
            reason: payload.reason,
            at: ctx.now,
            dueAt: payload.dueAt === undefined ? undefined : new Date(payload.dueAt),
          },
          ctx.tx,
        );
      },
    }),
    defineEffect({
      type: HANDOFF_MESSAGE_EFFECT,
      payload: handoffMessagePayloadSchema,
      async perform({ files }, ctx) {
        await store.recordCitizenMessage(ctx.citizenId, ctx.now, ctx.tx);
        if (files.length === 0) return;
        // Recorded with the message, on the handoff it was sent to: the download after the commit fills them in.
        const live = await store.findLive(ctx.citizenId, ctx.tx);
        if (live)
          await handoffFileStore.recordPending(ctx.tx, {
            handoffId: live.id,
            citizenId: ctx.citizenId,
            files,
            now: ctx.now,
          });
      },
    }),
    defineEffect({
      type: HANDOFF_END_EFFECT,
      payload: handoffEndPayloadSchema,
      async perform(payload, ctx) {
        await store.endForCitizen(ctx.citizenId, payload.by, ctx.now, ctx.tx);
      },
    }),
    defineEffect({
      type: HANDOFF_RATE_EFFECT,
      payload: handoffRatePayloadSchema,
      async perform(payload, ctx) {
        const rated = await store.rate({ citizenId: ctx.citizenId, ...payload, at: ctx.now }, ctx.tx);
        // A button from someone else's or an unanswered handoff, or a second tap racing the first: nothing to record,
        // and nothing the citizen must fix.
        if (!rated)
          ctx.logger.info({ handoffId: payload.handoffId }, 'handoff rating ignored: no such unrated answered handoff');
      },
    }),
  ];
}

/**
 * Handoff metrics: opened, citizen messages waiting for officials, closes by who, time to first answer and to close,
 * and a gauge of live handoffs read at each scrape (alert on `zalo_egov_handoffs_live{status="open"}`).
 */
export function createHandoffMetrics(
  registry: Registry,
  countLive?: () => Promise<{ open: number; taken: number }>,
): HandoffMetrics {
  if (countLive) {
    findOrCreateMetric(
      registry,
      'zalo_egov_handoffs_live',
      Gauge,
      () =>
        new Gauge({
          name: 'zalo_egov_handoffs_live',
          help: 'Handoffs waiting for an official (open) or being handled (taken), at scrape time',
          labelNames: ['status'] as const,
          registers: [registry],
          async collect() {
            try {
              const counts = await countLive();
              this.set({ status: 'open' }, counts.open);
              this.set({ status: 'taken' }, counts.taken);
            } catch {
              // Database down: /readyz reports it; a scrape must still succeed.
            }
          },
        }),
    );
  }
  const buckets = [60, 300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600];
  return {
    opened: findOrCreateMetric(
      registry,
      'zalo_egov_handoffs_opened_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_handoffs_opened_total',
          help: 'Handoffs to officials opened',
          registers: [registry],
        }),
    ),
    citizenMessages: findOrCreateMetric(
      registry,
      'zalo_egov_handoff_citizen_messages_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_handoff_citizen_messages_total',
          help: 'Citizen messages received during a handoff (for officials to read)',
          registers: [registry],
        }),
    ),
    closed: findOrCreateMetric(
      registry,
      'zalo_egov_handoffs_closed_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_handoffs_closed_total',
          help: 'Handoffs closed, by who closed them (official, citizen, citizen_left, timeout)',
          labelNames: ['by'] as const,
          registers: [registry],
        }),
    ),
    firstAnswerSeconds: findOrCreateMetric(
      registry,
      'zalo_egov_handoff_first_answer_seconds',
      Histogram,
      () =>
        new Histogram({
          name: 'zalo_egov_handoff_first_answer_seconds',
          help: "Time from a handoff's opening to an official's first answer",
          buckets,
          registers: [registry],
        }),
    ),
    ratings: findOrCreateMetric(
      registry,
      'zalo_egov_handoff_ratings_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_handoff_ratings_total',
          help: "Citizens' ratings (1–5) of the help they got from an official",
          labelNames: ['rating'] as const,
          registers: [registry],
        }),
    ),
    durationSeconds: findOrCreateMetric(
      registry,
      'zalo_egov_handoff_duration_seconds',
      Histogram,
      () =>
        new Histogram({
          name: 'zalo_egov_handoff_duration_seconds',
          help: "Time from a handoff's opening to its close",
          buckets,
          registers: [registry],
        }),
    ),
  };
}
