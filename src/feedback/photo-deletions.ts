import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { handoffFileStore } from '../conversation/index.js';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { PhotoStore } from './photo-store.js';
import {
  feedbackAttachments,
  feedbackPhotoDeletions,
  feedbackPhotoIntake,
  type FeedbackPhotoStoreName,
} from './schema.js';

const d = feedbackPhotoDeletions;

/** The stores a drain may delete from; a deletion for a store not given waits for a drain that has it. */
export type PhotoRemovers = Partial<Record<FeedbackPhotoStoreName, Pick<PhotoStore, 'remove'>>>;

export interface DrainResult {
  /** Objects deleted from their store. */
  removed: number;
  /** Deletions dropped because a row holds the same digest again (the same picture sent anew). */
  kept: number;
  /** Deletions the store refused or did not answer: left to retry. */
  failed: number;
}

/** Deletions looked at per drain (the feedback watch's tick drains the rest). */
const DRAIN_BATCH = 500;

/**
 * Photo objects deleted after the transaction that forgets their rows commits, durably: `queue` writes the deletion in
 * that transaction; `drain`, after the commit (and every tick of the feedback watch), deletes each object whose digest
 * no row holds any more and forgets the deletion once the object is gone. A store that fails keeps the deletion for
 * the next drain (counted, logged); deleting is idempotent (a missing object is no error), so two drains may race.
 */
export const photoDeletions = {
  async queue(db: DbOrTx, store: FeedbackPhotoStoreName, digests: readonly string[]): Promise<void> {
    const unique = [...new Set(digests)];
    if (unique.length === 0) return;
    await db
      .insert(d)
      .values(unique.map((sha256) => ({ store, sha256 })))
      .onConflictDoNothing();
  },

  /**
   * Deletes what is queued for the stores given; `digests`: only those (right after the commit that queued them, so a
   * failing store does not make every caller wait on the others' retries).
   */
  async drain(
    db: Db,
    stores: PhotoRemovers,
    options: { logger?: Logger | undefined; digests?: readonly string[] } = {},
  ): Promise<DrainResult> {
    const result: DrainResult = { removed: 0, kept: 0, failed: 0 };
    const names = (Object.keys(stores) as FeedbackPhotoStoreName[]).filter((name) => stores[name] !== undefined);
    if (names.length === 0 || options.digests?.length === 0) return result;
    // A long list of digests (a large retention run) is drained as a batch of whatever is due: bind parameters are
    // bounded, and the feedback watch's ticks drain the rest.
    const digests =
      options.digests && options.digests.length <= DRAIN_BATCH ? [...new Set(options.digests)] : undefined;
    const due = await db
      .select()
      .from(d)
      .where(and(inArray(d.store, names), digests === undefined ? undefined : inArray(d.sha256, digests)))
      // Never tried first (a crash before the first drain), then the longest untried.
      .orderBy(sql`${d.lastAttemptAt} asc nulls first`, asc(d.queuedAt))
      .limit(DRAIN_BATCH);
    for (const row of due) {
      const store = stores[row.store];
      if (!store) continue;
      const forget = () => db.delete(d).where(and(eq(d.store, row.store), eq(d.sha256, row.sha256)));
      if (await isHeld(db, row.store, row.sha256)) {
        await forget();
        result.kept += 1;
        continue;
      }
      try {
        await store.remove(row.sha256);
      } catch (error) {
        result.failed += 1;
        await db
          .update(d)
          .set({ attempts: sql`${d.attempts} + 1`, lastAttemptAt: sql`now()` })
          .where(and(eq(d.store, row.store), eq(d.sha256, row.sha256)));
        options.logger?.warn(
          { store: row.store, attempts: row.attempts + 1, err: error },
          'a stored photo or file could not be deleted; retried at the next feedback watch tick',
        );
        continue;
      }
      await forget();
      result.removed += 1;
    }
    return result;
  },

  /** Deletions still waiting (a store that keeps failing shows here and in `zalo_egov_feedback_photo_deletions_pending`). */
  async pending(db: DbOrTx): Promise<number> {
    const [row] = await db.select({ n: count() }).from(d);
    return row?.n ?? 0;
  },
};

/** Whether a row still holds the digest in that store (then its object must stay). */
async function isHeld(db: DbOrTx, store: FeedbackPhotoStoreName, sha256: string): Promise<boolean> {
  if (store === 'handoff_files') return handoffFileStore.isHeld(db, sha256);
  const holder = store === 'photos' ? feedbackAttachments : feedbackPhotoIntake;
  const [row] = await db.select({ sha256: holder.sha256 }).from(holder).where(eq(holder.sha256, sha256)).limit(1);
  return row !== undefined;
}
