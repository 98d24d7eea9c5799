import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { ANNOUNCEMENT_STATUSES, announcements, type AnnouncementStatus } from './schema.js';

/** Announcements by status (one grouped scan of the status index). */
export async function countAnnouncements(db: DbOrTx): Promise<Record<AnnouncementStatus, number>> {
  const rows = await db
    .select({ status: announcements.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(announcements)
    .groupBy(announcements.status);
  const counts = Object.fromEntries(ANNOUNCEMENT_STATUSES.map((status) => [status, 0])) as Record<
    AnnouncementStatus,
    number
  >;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}
