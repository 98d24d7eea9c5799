import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db.js';
import { photoDeletions } from './photo-deletions.js';
import type { PhotoStore } from './photo-store.js';
import { feedbackPhotoIntake, type FeedbackPhotoIntakeRow } from './schema.js';

const p = feedbackPhotoIntake;

/** Why a photo downloaded at intake is not kept. */
export type IntakeFailure = 'too_large' | 'not_an_image' | 'unreachable';

/**
 * Photos fetched from Zalo's CDN while the citizen is still answering (table `feedback_photo_intake`, raw bytes in
 * their own content-addressed store). Every method takes the executor so callers compose them.
 */
export const photoIntakeStore = {
  /** The row for a link a citizen sent, created pending the first time. */
  async ensure(db: DbOrTx, citizenId: string, sourceUrl: string, now: Date): Promise<FeedbackPhotoIntakeRow> {
    await db.insert(p).values({ citizenId, sourceUrl, createdAt: now }).onConflictDoNothing();
    const row = await photoIntakeStore.find(db, citizenId, sourceUrl);
    if (!row) throw new Error('the intake row just written is missing');
    return row;
  },

  async find(db: DbOrTx, citizenId: string, sourceUrl: string): Promise<FeedbackPhotoIntakeRow | null> {
    const [row] = await db
      .select()
      .from(p)
      .where(and(eq(p.citizenId, citizenId), eq(p.sourceUrl, sourceUrl)))
      .limit(1);
    return row ?? null;
  },

  async countAttempt(db: DbOrTx, id: string): Promise<number> {
    const [row] = await db
      .update(p)
      .set({ attempts: sql`${p.attempts} + 1` })
      .where(eq(p.id, id))
      .returning({ attempts: p.attempts });
    return row?.attempts ?? 0;
  },

  /** False when the row is gone or no longer pending (the ticket took the photo meanwhile): the bytes are not its. */
  async markStored(db: DbOrTx, id: string, photo: { sha256: string; sizeBytes: number; now: Date }): Promise<boolean> {
    const updated = await db
      .update(p)
      .set({ status: 'stored', sha256: photo.sha256, sizeBytes: photo.sizeBytes, storedAt: photo.now })
      .where(and(eq(p.id, id), eq(p.status, 'pending')))
      .returning({ id: p.id });
    return updated.length > 0;
  },

  async markFailed(db: DbOrTx, id: string, failure: IntakeFailure): Promise<void> {
    await db.update(p).set({ status: 'failed', failure }).where(eq(p.id, id));
  },

  /**
   * Forgets intake rows and deletes their raw files unless another row still holds the same bytes (content-addressed:
   * two citizens may send the same picture): the rows and the deletions commit together, the files go after the
   * commit (`photoDeletions`; a store that fails is retried by the feedback watch). Returns the rows removed.
   */
  async remove(db: Db, raw: Pick<PhotoStore, 'remove'>, rows: readonly FeedbackPhotoIntakeRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const digests = rows.flatMap((row) => (row.sha256 === null ? [] : [row.sha256]));
    await db.transaction(async (tx) => {
      await tx.delete(p).where(
        inArray(
          p.id,
          rows.map((row) => row.id),
        ),
      );
      await photoDeletions.queue(tx, 'intake', digests);
    });
    await photoDeletions.drain(db, { intake: raw }, { digests });
    return rows.length;
  },

  /** Deletes raw files no intake row holds (any more), durably (`photoDeletions`). */
  async removeUnheld(db: Db, raw: Pick<PhotoStore, 'remove'>, sha256s: readonly string[]): Promise<void> {
    await photoDeletions.queue(db, 'intake', sha256s);
    await photoDeletions.drain(db, { intake: raw }, { digests: sha256s });
  },

  /** Rows of reports never sent (older than `before`): removed with their raw files by the watch's tick. */
  olderThan(db: DbOrTx, before: Date, limit: number): Promise<FeedbackPhotoIntakeRow[]> {
    return db.select().from(p).where(lt(p.createdAt, before)).limit(limit);
  },

  ofCitizen(db: DbOrTx, citizenId: string): Promise<FeedbackPhotoIntakeRow[]> {
    return db.select().from(p).where(eq(p.citizenId, citizenId));
  },
};
