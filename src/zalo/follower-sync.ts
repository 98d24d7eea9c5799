import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { citizens } from '../citizens/index.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { ZaloClient } from './zalo-client.js';

/** Zalo's page size of `/v3.0/oa/user/getlist`. */
const PAGE = 50;

export interface FollowerSyncResult {
  /** Followers Zalo listed. */
  listed: number;
  /** Listed but unknown to us, or known as having left: now following. */
  added: number;
  /** Following by our records, not listed by Zalo: now not following (their announcements are skipped). */
  left: number;
}

/**
 * Pages through the OA's follower list (`GET /v3.0/oa/user/getlist`) and brings `citizens.following` in line with it:
 * followers who followed before the OA was connected, or whose follow/unfollow event was lost. Only a complete
 * listing marks anyone as gone, and only those who followed before it started (a follow during the sync is kept).
 */
export async function syncFollowers(deps: {
  db: Db;
  client: Pick<ZaloClient, 'listFollowers'>;
  logger: Logger;
  clock?: () => Date;
}): Promise<FollowerSyncResult> {
  const started = (deps.clock ?? (() => new Date()))();
  const listed = new Set<string>();
  let added = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.client.listFollowers({ offset, count: PAGE });
    const fresh = page.userIds.filter((id) => !listed.has(id));
    for (const id of fresh) listed.add(id);
    if (fresh.length > 0) {
      const changed = await deps.db
        .insert(citizens)
        .values(fresh.map((id) => ({ zaloUserId: id, following: true, followedAt: started })))
        .onConflictDoUpdate({
          target: citizens.zaloUserId,
          set: { following: true, followedAt: started, unfollowedAt: null, updatedAt: sql`now()` },
          setWhere: eq(citizens.following, false),
        })
        .returning({ id: citizens.zaloUserId });
      added += changed.length;
    }
    if (page.userIds.length < PAGE || offset + PAGE >= page.total) break;
  }
  const ids = [...listed];
  const gone = await deps.db
    .update(citizens)
    .set({ following: false, unfollowedAt: started, updatedAt: sql`now()` })
    .where(
      and(
        eq(citizens.following, true),
        or(isNull(citizens.followedAt), lt(citizens.followedAt, started)),
        // One JSON parameter, whatever the number of followers (a list of parameters stops at 65,535).
        sql`${citizens.zaloUserId} not in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
      ),
    )
    .returning({ id: citizens.zaloUserId });
  const result = { listed: ids.length, added, left: gone.length };
  deps.logger.info(result, 'Zalo follower sync done');
  return result;
}
