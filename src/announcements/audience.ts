import { and, arrayOverlaps, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { citizens } from '../citizens/index.js';
import { DEFAULT_LANGUAGE } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import type { Audience } from './content.js';
import { announcementSubscriptions } from './schema.js';

const DAY_MS = 24 * 3600 * 1000;
const c = citizens;
const s = announcementSubscriptions;

/** The SQL condition on `citizens` of an audience (every criterion given must hold; none: everyone). */
export function audienceCondition(audience: Audience): SQL | undefined {
  const conditions: SQL[] = [];
  if (audience.tags?.length) conditions.push(arrayOverlaps(c.tags, audience.tags));
  if (audience.communes?.length) conditions.push(inArray(c.communeCode, audience.communes));
  if (audience.languages?.length) {
    conditions.push(inArray(sql`coalesce(${c.language}, ${DEFAULT_LANGUAGE})`, audience.languages));
  }
  if (audience.topics?.length) {
    conditions.push(
      sql`exists (select 1 from ${s} where ${s.citizenId} = ${c.zaloUserId} and ${arrayOverlaps(s.topics, audience.topics)})`,
    );
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Inside Zalo's consultation window now (same rule as `isInsideSendWindow` of the citizens module). */
export function insideWindowCondition(now: Date, windowDays: number): SQL {
  return and(
    gt(c.lastInteractionAt, new Date(now.getTime() - windowDays * DAY_MS)),
    or(isNull(c.sendWindowClosedAt), gt(c.lastInteractionAt, c.sendWindowClosedAt)),
  ) as SQL;
}

const unsubscribed = sql`exists (select 1 from ${s} where ${s.citizenId} = ${c.zaloUserId} and ${s.unsubscribedAt} is not null)`;

export interface AudiencePreview {
  /** Citizens the audience matches (followers or not). */
  matching: number;
  /** Reachable now with a personal message (inside the window). */
  messageLane: number;
  /** Following but outside the window: the article broadcast, and a message held for their next visit. */
  articleLane: number;
  skipped: { notFollowing: number; unsubscribed: number };
}

/** How many citizens an audience matches now and how many each delivery lane reaches. */
export async function previewAudience(
  db: DbOrTx,
  audience: Audience,
  now: Date,
  windowDays: number,
): Promise<AudiencePreview> {
  const inside = insideWindowCondition(now, windowDays);
  const [row] = await db
    .select({
      matching: sql<number>`count(*)::int`,
      notFollowing: sql<number>`(count(*) filter (where not ${c.following}))::int`,
      unsubscribed: sql<number>`(count(*) filter (where ${c.following} and ${unsubscribed}))::int`,
      messageLane: sql<number>`(count(*) filter (where ${c.following} and not ${unsubscribed} and ${inside}))::int`,
    })
    .from(c)
    .where(audienceCondition(audience));
  const matching = row?.matching ?? 0;
  const notFollowing = row?.notFollowing ?? 0;
  const unsubscribedCount = row?.unsubscribed ?? 0;
  const messageLane = row?.messageLane ?? 0;
  return {
    matching,
    messageLane,
    articleLane: matching - notFollowing - unsubscribedCount - messageLane,
    skipped: { notFollowing, unsubscribed: unsubscribedCount },
  };
}
