import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { feedbackAttachments, type FeedbackAttachmentRow } from './schema.js';

const a = feedbackAttachments;

/** Why a photo was not kept. */
export type AttachmentFailure = 'too_large' | 'not_an_image' | 'unreachable' | 'refused_by_lgsp' | 'missing';

/** The photos of tickets; every method takes the executor so callers compose them in one transaction. */
export const attachmentStore = {
  /** Records a ticket's photos as pending (Zalo's links), in the order sent; a retried effect adds none twice. */
  async insertPending(db: DbOrTx, ticketId: string, urls: readonly string[], now: Date): Promise<void> {
    if (urls.length === 0) return;
    await db
      .insert(a)
      .values(urls.map((url, position) => ({ ticketId, position, sourceUrl: url, createdAt: now })))
      .onConflictDoNothing({ target: [a.ticketId, a.position] });
  },

  listByTicket(db: DbOrTx, ticketId: string): Promise<FeedbackAttachmentRow[]> {
    return db.select().from(a).where(eq(a.ticketId, ticketId)).orderBy(asc(a.position));
  },

  async findById(db: DbOrTx, ticketId: string, id: string): Promise<FeedbackAttachmentRow | null> {
    const [row] = await db
      .select()
      .from(a)
      .where(and(eq(a.ticketId, ticketId), eq(a.id, id)))
      .limit(1);
    return row ?? null;
  },

  /** Counts one more download attempt; returns the count. */
  async countAttempt(db: DbOrTx, id: string): Promise<number> {
    const [row] = await db
      .update(a)
      .set({ attempts: sql`${a.attempts} + 1` })
      .where(eq(a.id, id))
      .returning({ attempts: a.attempts });
    return row?.attempts ?? 0;
  },

  async markStored(
    db: DbOrTx,
    id: string,
    photo: { sha256: string; sizeBytes: number; contentType: string; width: number; height: number; now: Date },
  ): Promise<void> {
    await db
      .update(a)
      .set({
        status: 'stored',
        sourceUrl: null,
        sha256: photo.sha256,
        sizeBytes: photo.sizeBytes,
        contentType: photo.contentType,
        width: photo.width,
        height: photo.height,
        storedAt: photo.now,
      })
      .where(eq(a.id, id));
  },

  async markFailed(db: DbOrTx, id: string, failure: AttachmentFailure): Promise<void> {
    await db.update(a).set({ status: 'failed', sourceUrl: null, failure }).where(eq(a.id, id));
  },

  /** The LGSP refused the file: the photo stays here for officials, the ticket goes without it. */
  async markUploadRefused(db: DbOrTx, id: string): Promise<void> {
    await db.update(a).set({ failure: 'refused_by_lgsp' }).where(eq(a.id, id));
  },

  async setLgspFileId(db: DbOrTx, id: string, lgspFileId: string): Promise<void> {
    await db.update(a).set({ lgspFileId }).where(eq(a.id, id));
  },
};
