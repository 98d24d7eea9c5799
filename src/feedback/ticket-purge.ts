import { and, eq, inArray, isNull, lt, notInArray, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { photoDeletions } from './photo-deletions.js';
import type { PhotoStore } from './photo-store.js';
import { feedbackAttachments, feedbackTickets, type FeedbackTicketStatus } from './schema.js';

const t = feedbackTickets;
const a = feedbackAttachments;

/** What stands in for the citizen's id on an anonymised ticket. */
export const ANONYMISED_CITIZEN = 'anonymised';

/** Statuses after which nobody acts on a ticket any more: retention counts from the last change in one of them. */
export const FINISHED_STATUSES: readonly FeedbackTicketStatus[] = ['answered', 'rejected', 'duplicate', 'closed'];

/** Tickets anonymised per transaction (the purge loops until nothing is left). */
const BATCH = 200;

export interface PurgeResult {
  tickets: number;
  /** Photo objects deleted from the store (after the commit). */
  photos: number;
}

/**
 * Anonymises tickets (Law 91/2025/QH15: delete on schedule, or when the citizen asks): the sealed contact, the place,
 * the texts the citizen wrote and the answer addressed to them, the citizen's id and the photos (rows and files) go;
 * the number, category, unit, statuses, dates, deadline and rating stay for the province's statistics. The LGSP keeps
 * its own copy under its own retention rules. Photo objects are deleted after each batch commits, through deletions
 * written in the batch's transaction (`photoDeletions`): a store that fails is retried, never skipped.
 */
export async function anonymiseTickets(
  db: Db,
  photos: Pick<PhotoStore, 'remove'>,
  where: SQL,
  now: Date,
  logger?: Logger,
): Promise<PurgeResult> {
  const result: PurgeResult = { tickets: 0, photos: 0 };
  const digests: string[] = [];
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: t.id })
        .from(t)
        .where(and(where, isNull(t.purgedAt)))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      const removed = await tx.delete(a).where(inArray(a.ticketId, ids)).returning({ sha256: a.sha256 });
      // Deleted from the store after the commit (never inside it: a slow or failing store would hold the rows
      // locked); a digest another ticket holds (the citizen sent the same photo twice) is kept by the drain.
      const queued = removed.flatMap((row) => (row.sha256 === null ? [] : [row.sha256]));
      await photoDeletions.queue(tx, 'photos', queued);
      digests.push(...queued);
      await tx
        .update(t)
        .set({
          citizenId: ANONYMISED_CITIZEN,
          title: '',
          content: '',
          answer: null,
          lgspAnswer: null,
          statusReason: null,
          contactNameSealed: null,
          contactPhoneSealed: null,
          placeSource: null,
          placeLatitude: null,
          placeLongitude: null,
          placeAddress: null,
          placeCommuneName: null,
          // The commune code stays: statistics per commune need no person.
          nextCheckAt: null,
          purgedAt: now,
          updatedAt: now,
        })
        .where(inArray(t.id, ids));
      return ids.length;
    });
    result.tickets += batch;
    if (batch < BATCH) break;
  }
  // A store that fails leaves its deletions for the feedback watch's next tick (counted, logged), never a photo
  // forgotten silently.
  result.photos = (await photoDeletions.drain(db, { photos }, { logger, digests })).removed;
  return result;
}

/** Retention: tickets finished (answered, rejected, duplicate, closed) and unchanged since before `before`. */
export function finishedBefore(before: Date): SQL {
  const finished = and(inArray(t.status, [...FINISHED_STATUSES]), lt(t.updatedAt, before));
  if (!finished) throw new Error('unreachable: and() of two conditions');
  return finished;
}

/** Tickets of these categories only, or (`exclude`) of every other category. */
export function ofCategories(codes: readonly string[], exclude = false): SQL | undefined {
  if (codes.length === 0) return undefined;
  return exclude ? notInArray(t.categoryCode, [...codes]) : inArray(t.categoryCode, [...codes]);
}

/** Every ticket of one citizen (their request to erase their data). */
export function ofCitizen(citizenId: string): SQL {
  return eq(t.citizenId, citizenId);
}
