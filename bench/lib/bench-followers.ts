import { z } from 'zod';
import { citizens } from '../../src/citizens/index.js';
import type { Db } from '../../src/platform/db.js';

/**
 * Makes `count` followers in the Zalo sandbox (through its control API) and records them as citizens tagged `bench`,
 * all inside Zalo's window: the audience of a benchmark announcement. Returns their Zalo ids.
 */
export async function seedBenchFollowers(
  db: Db,
  zalo: (path: string, body: unknown) => Promise<unknown>,
  count: number,
): Promise<string[]> {
  const followers = z
    .object({ items: z.array(z.object({ id: z.string() })) })
    .parse(
      await zalo('/followers', { count, namePrefix: 'Người theo dõi', lastInteractionAt: new Date().toISOString() }),
    )
    .items.map((item) => item.id);
  for (let i = 0; i < followers.length; i += 1000) {
    await db.insert(citizens).values(
      followers.slice(i, i + 1000).map((zaloUserId) => ({
        zaloUserId,
        following: true,
        followedAt: new Date(),
        lastInteractionAt: new Date(),
        tags: ['bench'],
      })),
    );
  }
  return followers;
}
