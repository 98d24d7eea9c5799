import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { messageDeliveries } from '../messaging/index.js';
import type { DbOrTx } from '../platform/db.js';
import { announcementRecipients as r, announcements } from './schema.js';

/** The citizen id an anonymised recipient row carries: never a Zalo user id (those are digits). */
export const ERASED_RECIPIENT_PREFIX = 'erased:';

/**
 * Makes recipient rows stop naming their citizen while what became of the delivery stays countable (Law 91/2025:
 * what identifies goes, the aggregate stays): the delivery record's outcome is copied into the row, which no longer
 * points at it (the record itself goes with the conversation log), and the citizen id becomes a random one. Rows still
 * `pending` are left to their job (an erasure skips them first, so that none is left naming the citizen).
 */
async function anonymise(db: DbOrTx, which: SQL): Promise<number> {
  const d = messageDeliveries;
  const ofDelivery = (column: typeof d.status | typeof d.reason) =>
    sql`(select ${column} from ${d} where ${d.id} = ${r.deliveryId})`;
  const rows = await db
    .update(r)
    .set({
      citizenId: sql`${ERASED_RECIPIENT_PREFIX} || gen_random_uuid()::text`,
      outcome: sql`coalesce(${r.outcome}, ${ofDelivery(d.status)})`,
      outcomeReason: sql`coalesce(${r.outcomeReason}, ${ofDelivery(d.reason)})`,
      deliveryId: null,
      anonymisedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(which, isNull(r.anonymisedAt), ne(r.status, 'pending')))
    .returning({ id: r.announcementId });
  return rows.length;
}

/** Why a recipient whose data was erased before their message was handed over got none. */
export const ERASED_REASON = 'erased';

/**
 * A citizen's erasure ("xóa dữ liệu của tôi", or an admin's): their recipient rows stop naming them. Rows of an
 * announcement still handing out its messages are skipped first (the sender hands over only `pending` rows), so they
 * are neither sent nor left naming the citizen.
 */
export function anonymiseCitizenRecipients(db: DbOrTx, citizenId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .update(r)
      .set({ status: 'skipped', reason: ERASED_REASON, updatedAt: sql`now()` })
      .where(and(eq(r.citizenId, citizenId), eq(r.status, 'pending')));
    return anonymise(tx, sql`${r.citizenId} = ${citizenId}`);
  });
}

/**
 * Retention: the recipient rows of announcements finished before `before` stop naming their citizens; the
 * announcement, its progress and its report's counts stay. Run before the conversation log's purge, which deletes the
 * delivery records whose outcome they keep.
 */
export function anonymiseRecipientsBefore(db: DbOrTx, before: Date): Promise<number> {
  return anonymise(
    db,
    sql`${r.announcementId} in (select ${announcements.id} from ${announcements} where ${announcements.finishedAt} < ${before})`,
  );
}
