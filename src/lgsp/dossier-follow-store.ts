import type { Language } from '../kernel/index.js';
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { lgspDossierFollows } from './schema.js';

export type DossierFollow = typeof lgspDossierFollows.$inferSelect;
export type FollowEndReason = NonNullable<DossierFollow['endReason']>;

/** Followed dossiers in PostgreSQL: the follow action writes them, the watch job claims and updates them. */
export interface DossierFollowStore {
  /** Starts (or restarts) following; `limit` when the citizen already follows `maxActive` other dossiers. */
  follow(input: {
    citizenId: string;
    dossierCode: string;
    language: Language;
    status: string;
    now: Date;
    expiresAt: Date;
    firstCheckAt: Date;
    maxActive: number;
  }): Promise<'following' | 'limit'>;
  /** How many dossiers other than `dossierCode` the citizen follows now. */
  countOtherActive(citizenId: string, dossierCode: string): Promise<number>;
  stop(citizenId: string, dossierCode: string, now: Date): Promise<boolean>;
  /** Ends every follow of a citizen (they unfollowed the OA); returns how many ended. */
  stopAll(citizenId: string, now: Date): Promise<number>;
  /**
   * Claims up to `limit` follows whose check is due and moves their next check `intervalMs` (±20 %, so checks spread
   * over time) ahead; concurrent workers never claim the same rows.
   */
  claimDue(now: Date, limit: number, intervalMs: number): Promise<DossierFollow[]>;
  /** Compare-and-set of the last seen status: false when another worker already recorded this change. */
  recordStatus(id: number, from: string, to: string): Promise<boolean>;
  end(id: number, reason: FollowEndReason, now: Date): Promise<void>;
  listActive(citizenId: string): Promise<DossierFollow[]>;
  /** Deletes follows that ended before `before` (retention); returns how many went. */
  purgeEnded(before: Date): Promise<number>;
}

export function createDossierFollowStore(db: DbOrTx): DossierFollowStore {
  const t = lgspDossierFollows;
  async function countOtherActive(citizenId: string, dossierCode: string): Promise<number> {
    const [active] = await db
      .select({ n: count() })
      .from(t)
      .where(and(eq(t.citizenId, citizenId), isNull(t.endedAt), sql`${t.dossierCode} <> ${dossierCode}`));
    return active?.n ?? 0;
  }
  return {
    countOtherActive,
    async follow(input) {
      if ((await countOtherActive(input.citizenId, input.dossierCode)) >= input.maxActive) return 'limit';
      await db
        .insert(t)
        .values({
          citizenId: input.citizenId,
          dossierCode: input.dossierCode,
          language: input.language,
          lastStatus: input.status,
          createdAt: input.now,
          expiresAt: input.expiresAt,
          nextCheckAt: input.firstCheckAt,
        })
        .onConflictDoUpdate({
          target: [t.citizenId, t.dossierCode],
          set: {
            language: input.language,
            lastStatus: input.status,
            expiresAt: input.expiresAt,
            nextCheckAt: input.firstCheckAt,
            endedAt: null,
            endReason: null,
          },
        });
      return 'following';
    },
    async stop(citizenId, dossierCode, now) {
      const rows = await db
        .update(t)
        .set({ endedAt: now, endReason: 'stopped' })
        .where(and(eq(t.citizenId, citizenId), eq(t.dossierCode, dossierCode), isNull(t.endedAt)))
        .returning({ id: t.id });
      return rows.length > 0;
    },
    async stopAll(citizenId, now) {
      const rows = await db
        .update(t)
        .set({ endedAt: now, endReason: 'stopped' })
        .where(and(eq(t.citizenId, citizenId), isNull(t.endedAt)))
        .returning({ id: t.id });
      return rows.length;
    },
    async claimDue(now, limit, intervalMs) {
      const due = db
        .select({ id: t.id })
        .from(t)
        .where(and(isNull(t.endedAt), lte(t.nextCheckAt, now)))
        .orderBy(asc(t.nextCheckAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return db
        .update(t)
        .set({
          lastCheckedAt: now,
          nextCheckAt: sql`${now.toISOString()}::timestamptz + (${intervalMs}::float8 * (0.8 + random() * 0.4)) * interval '1 millisecond'`,
        })
        .where(inArray(t.id, due))
        .returning();
    },
    async recordStatus(id, from, to) {
      const rows = await db
        .update(t)
        .set({ lastStatus: to })
        .where(and(eq(t.id, id), eq(t.lastStatus, from)))
        .returning({ id: t.id });
      return rows.length > 0;
    },
    async end(id, reason, now) {
      await db
        .update(t)
        .set({ endedAt: now, endReason: reason })
        .where(and(eq(t.id, id), isNull(t.endedAt)));
    },
    async purgeEnded(before) {
      const rows = await db
        .delete(t)
        .where(and(isNotNull(t.endedAt), lt(t.endedAt, before)))
        .returning({ id: t.id });
      return rows.length;
    },
    listActive: (citizenId) =>
      db
        .select()
        .from(t)
        .where(and(eq(t.citizenId, citizenId), isNull(t.endedAt)))
        .orderBy(asc(t.createdAt)),
  };
}
