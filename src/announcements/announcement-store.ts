import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { announcementContentSchema, audienceSchema, type AnnouncementContent, type Audience } from './content.js';
import { announcements, type AnnouncementRow, type AnnouncementStatus } from './schema.js';

const a = announcements;

/** An announcement with its JSON columns parsed. */
export interface Announcement extends Omit<AnnouncementRow, 'content' | 'audience'> {
  content: AnnouncementContent;
  audience: Audience;
}

export function parseAnnouncement(row: AnnouncementRow): Announcement {
  return {
    ...row,
    content: announcementContentSchema.parse(row.content),
    audience: audienceSchema.parse(row.audience),
  };
}

export async function insertAnnouncement(
  db: DbOrTx,
  values: { content: AnnouncementContent; audience: Audience; authorId: string },
): Promise<Announcement> {
  const [row] = await db.insert(a).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return parseAnnouncement(row);
}

/** Locks the row for the rest of the transaction (two officials acting at once are applied one after the other). */
export async function findAnnouncementForUpdate(db: DbOrTx, id: string): Promise<Announcement | null> {
  const [row] = await db.select().from(a).where(eq(a.id, id)).for('update');
  return row ? parseAnnouncement(row) : null;
}

export async function findAnnouncement(db: DbOrTx, id: string): Promise<Announcement | null> {
  const [row] = await db.select().from(a).where(eq(a.id, id));
  return row ? parseAnnouncement(row) : null;
}

/** Moves an announcement from one of `from` to the fields given; null when it was no longer in `from`. */
export async function changeAnnouncement(
  db: DbOrTx,
  id: string,
  from: readonly AnnouncementStatus[],
  set: Partial<Omit<typeof a.$inferInsert, 'id' | 'createdAt'>>,
): Promise<Announcement | null> {
  const [row] = await db
    .update(a)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(a.id, id), inArray(a.status, [...from])))
    .returning();
  return row ? parseAnnouncement(row) : null;
}

/** Newest first; `before` is the previous page's last (createdAt, id). */
export async function listAnnouncements(
  db: DbOrTx,
  options: { status?: AnnouncementStatus; limit: number; before?: { createdAt: Date; id: string } },
): Promise<Announcement[]> {
  const rows = await db
    .select()
    .from(a)
    .where(
      and(
        options.status ? eq(a.status, options.status) : undefined,
        options.before
          ? or(
              lt(a.createdAt, options.before.createdAt),
              and(eq(a.createdAt, options.before.createdAt), lt(a.id, options.before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(options.limit);
  return rows.map(parseAnnouncement);
}
