import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import type { HandoffFile } from './effects.js';
import { conversationHandoffFiles, conversationHandoffs, type HandoffFileRow } from './schema.js';

const f = conversationHandoffFiles;

/** Why a citizen's file was not kept. */
export type HandoffFileFailure = NonNullable<HandoffFileRow['failure']>;

/**
 * The photos and files citizens send during handoffs (table `conversation_handoff_files`): recorded pending with the
 * message's turn, then stored or failed by the download after the commit. Every method takes the executor, so callers
 * compose them in their transactions; the bytes are the photo store's business (module feedback).
 */
export const handoffFileStore = {
  /** The message's files, pending, on the handoff (a retried turn records nothing twice). */
  async recordPending(
    db: DbOrTx,
    input: { handoffId: string; citizenId: string; files: readonly HandoffFile[]; now: Date },
  ): Promise<void> {
    if (input.files.length === 0) return;
    await db
      .insert(f)
      .values(
        input.files.map((file) => ({
          handoffId: input.handoffId,
          citizenId: input.citizenId,
          kind: file.kind,
          sourceUrl: file.url,
          name: file.name ?? null,
          receivedAt: input.now,
        })),
      )
      .onConflictDoNothing();
  },

  /** The citizen's files still pending among these links (what a download attempt has left to do). */
  pendingOf(db: DbOrTx, citizenId: string, urls: readonly string[]): Promise<HandoffFileRow[]> {
    if (urls.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(f)
      .where(and(eq(f.citizenId, citizenId), inArray(f.sourceUrl, [...urls]), eq(f.status, 'pending')))
      .orderBy(asc(f.receivedAt));
  },

  /** The citizen's files sent at these links (officials' view of the conversation log). */
  ofLinks(db: DbOrTx, citizenId: string, urls: readonly string[]): Promise<HandoffFileRow[]> {
    if (urls.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(f)
      .where(and(eq(f.citizenId, citizenId), inArray(f.sourceUrl, [...urls])));
  },

  ofCitizen(db: DbOrTx, citizenId: string): Promise<HandoffFileRow[]> {
    return db.select().from(f).where(eq(f.citizenId, citizenId)).orderBy(asc(f.receivedAt));
  },

  async find(db: DbOrTx, handoffId: string, fileId: string): Promise<HandoffFileRow | null> {
    const [row] = await db
      .select()
      .from(f)
      .where(and(eq(f.id, fileId), eq(f.handoffId, handoffId)))
      .limit(1);
    return row ?? null;
  },

  async countAttempt(db: DbOrTx, id: string): Promise<number> {
    const [row] = await db
      .update(f)
      .set({ attempts: sql`${f.attempts} + 1` })
      .where(eq(f.id, id))
      .returning({ attempts: f.attempts });
    return row?.attempts ?? 0;
  },

  /** False when the row is gone (erased meanwhile) or no longer pending: the bytes are then no row's. */
  async markStored(
    db: DbOrTx,
    id: string,
    stored: { sha256: string; sizeBytes: number; contentType: string; now: Date },
  ): Promise<boolean> {
    const updated = await db
      .update(f)
      .set({
        status: 'stored',
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        contentType: stored.contentType,
        storedAt: stored.now,
      })
      .where(and(eq(f.id, id), eq(f.status, 'pending')))
      .returning({ id: f.id });
    return updated.length > 0;
  },

  async markFailed(db: DbOrTx, id: string, failure: HandoffFileFailure): Promise<void> {
    await db
      .update(f)
      .set({ status: 'failed', failure })
      .where(and(eq(f.id, id), eq(f.status, 'pending')));
  },

  /** Files of handoffs closed before `before` (the conversation log's retention), a batch at a time. */
  ofHandoffsClosedBefore(db: DbOrTx, before: Date, limit: number): Promise<HandoffFileRow[]> {
    return db
      .select({ file: f })
      .from(f)
      .innerJoin(conversationHandoffs, eq(conversationHandoffs.id, f.handoffId))
      .where(and(eq(conversationHandoffs.status, 'closed'), lt(conversationHandoffs.closedAt, before)))
      .limit(limit)
      .then((rows) => rows.map((row) => row.file));
  },

  /** Forgets rows; returns the digests they held (whose objects the caller deletes after the commit). */
  async remove(db: DbOrTx, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const removed = await db
      .delete(f)
      .where(inArray(f.id, [...ids]))
      .returning({ sha256: f.sha256 });
    return removed.flatMap((row) => (row.sha256 === null ? [] : [row.sha256]));
  },

  /** Whether some row still holds the digest (then its object must stay: the same file sent again). */
  async isHeld(db: DbOrTx, sha256: string): Promise<boolean> {
    const [row] = await db
      .select({ id: f.id })
      .from(f)
      .where(and(eq(f.sha256, sha256), isNotNull(f.sha256)))
      .limit(1);
    return row !== undefined;
  },
};
