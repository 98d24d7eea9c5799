import { count, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { messageDeliveries, type DeliveryStatus } from '../messaging/index.js';
import type { DbOrTx } from '../platform/db.js';
import { waitsUntilOf, type QuietHours } from './announcement-delivery.js';
import type { Announcement } from './announcement-store.js';
import { ANNOUNCEMENT_STATUSES, announcementRecipients, announcements } from './schema.js';

const countsSchema = z.record(z.string(), z.number().int());
const LANES = ['message', 'article'] as const;

export const progressSchema = z
  .object({
    status: z.enum(ANNOUNCEMENT_STATUSES),
    waitsUntil: z.iso.datetime().nullable().meta({
      description:
        'When the quiet hours (ANNOUNCEMENTS_QUIET_HOURS) let its messages go: a non-urgent announcement scheduled or sending in them waits until they end; null when nothing holds it',
    }),
    total: z.number().int(),
    pending: z.number().int().meta({ description: 'Written by the fan-out, not yet handed to delivery' }),
    queued: z.number().int().meta({ description: 'Handed to delivery, waiting for its turn' }),
    sent: z.number().int(),
    received: z.number().int(),
    seen: z.number().int(),
    held: z.number().int().meta({ description: "Outside the window: offered at the citizen's next message" }),
    withdrawn: z
      .number()
      .int()
      .meta({ description: 'Held, then withdrawn by an official after the announcement was sent' }),
    expired: z.number().int().meta({ description: 'Held, never offered: ANNOUNCEMENTS_HELD_DAYS passed' }),
    failed: z.number().int(),
    failedReasons: countsSchema,
    skipped: countsSchema.meta({ description: 'By reason: not_following, unsubscribed, daily_cap, cancelled…' }),
    lanes: z.object({ message: z.number().int(), article: z.number().int() }),
    byLane: z.object({ message: countsSchema, article: countsSchema }).meta({
      description:
        'Per lane, recipients by state (queued, sent, received, seen, held, withdrawn, expired, failed, skipped)',
    }),
  })
  .meta({ id: 'AnnouncementProgress' });
export type AnnouncementProgress = z.infer<typeof progressSchema>;

/** Current counts of an announcement's recipients, by their state and their delivery's (one grouped query). */
export async function readProgress(
  db: DbOrTx,
  announcement: Announcement,
  quiet: { quietHours: QuietHours | null; now: Date },
): Promise<AnnouncementProgress> {
  const counts = await countRecipients(db, eq(announcementRecipients.announcementId, announcement.id));
  const allHandedOver = announcement.fanoutDoneAt !== null && counts.pending === 0;
  const waitsUntil = waitsUntilOf(announcement, quiet.quietHours, quiet.now, { allHandedOver });
  return { status: announcement.status, waitsUntil: waitsUntil?.toISOString() ?? null, ...counts };
}

/** What became of the recipients of every announcement created since `since` (the dashboard's reach). */
export async function countAnnouncementReach(
  db: DbOrTx,
  since: Date,
): Promise<Omit<AnnouncementProgress, 'status' | 'waitsUntil'>> {
  // Through the announcements of the period, so the recipients' primary key index serves the query.
  const recent = db.select({ id: announcements.id }).from(announcements).where(gte(announcements.createdAt, since));
  return countRecipients(db, inArray(announcementRecipients.announcementId, recent));
}

async function countRecipients(db: DbOrTx, where: SQL): Promise<Omit<AnnouncementProgress, 'status' | 'waitsUntil'>> {
  const r = announcementRecipients;
  const d = messageDeliveries;
  // An anonymised row (erasure, retention) keeps its delivery's outcome itself.
  const delivery = sql<DeliveryStatus | null>`coalesce(${d.status}, ${r.outcome})`;
  const deliveryReason = sql<string | null>`coalesce(${d.reason}, ${r.outcomeReason})`;
  const rows = await db
    .select({ status: r.status, lane: r.lane, reason: r.reason, delivery, deliveryReason, n: count() })
    .from(r)
    .leftJoin(d, eq(d.id, r.deliveryId))
    .where(where)
    .groupBy(r.status, r.lane, r.reason, delivery, deliveryReason);
  const progress: Omit<AnnouncementProgress, 'status' | 'waitsUntil'> = {
    total: 0,
    pending: 0,
    queued: 0,
    sent: 0,
    received: 0,
    seen: 0,
    held: 0,
    withdrawn: 0,
    expired: 0,
    failed: 0,
    failedReasons: {},
    skipped: {},
    lanes: { message: 0, article: 0 },
    byLane: { message: {}, article: {} },
  };
  const add = (counts: Record<string, number>, key: string, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (const row of rows) {
    progress.total += row.n;
    let state: string;
    if (row.status === 'pending') {
      progress.pending += row.n;
      state = 'pending';
    } else if (row.status === 'skipped') {
      add(progress.skipped, row.reason ?? 'unknown', row.n);
      state = 'skipped';
    } else if (row.delivery === 'failed') {
      progress.failed += row.n;
      add(progress.failedReasons, row.deliveryReason ?? 'unknown', row.n);
      state = 'failed';
    } else if (row.delivery === 'skipped' && (row.deliveryReason === 'withdrawn' || row.deliveryReason === 'expired')) {
      // Held messages no longer offered (`endHeld`): their own counts, not skips.
      progress[row.deliveryReason] += row.n;
      state = row.deliveryReason;
    } else if (row.delivery === 'skipped') {
      add(progress.skipped, row.deliveryReason ?? 'withdrawn', row.n);
      state = 'skipped';
    } else if (row.delivery === null) {
      add(progress.skipped, 'record_purged', row.n);
      state = 'skipped';
    } else {
      progress[row.delivery] += row.n;
      state = row.delivery;
    }
    if (row.lane && (LANES as readonly string[]).includes(row.lane)) {
      progress.lanes[row.lane] += row.n;
      add(progress.byLane[row.lane], state, row.n);
    }
  }
  return progress;
}

/** Nothing about it will change any more: finished, and no message of it waiting in the delivery queue. */
export function isFinal(progress: AnnouncementProgress): boolean {
  return (
    (progress.status === 'sent' || progress.status === 'cancelled') && progress.pending === 0 && progress.queued === 0
  );
}
