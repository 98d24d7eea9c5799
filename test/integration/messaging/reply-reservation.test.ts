import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseReservation, reserveDelivery } from '../../../src/messaging/deliver.js';
import type { DeliveryChannel } from '../../../src/messaging/delivery-channel.js';
import { createMessaging, outboundQueue } from '../../../src/messaging/index.js';
import { createQueue, type TypedQueue } from '../../../src/platform/queues.js';
import type { Redis } from '../../../src/platform/redis.js';
import { createTestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

let redis: TestRedis;
let outbound: TypedQueue<typeof outboundQueue.schema>;
beforeEach(async () => {
  redis = await createTestRedis();
  outbound = createQueue(outboundQueue, redis.queues);
});
afterEach(async () => {
  await outbound.close();
  await redis.destroy();
});

/** The replies' calls counted in the seconds' demand keys that broadcast batches read (`demandKeyNow`'s). */
async function demandCounted(): Promise<number> {
  const client = redis.queues.connection as Redis;
  const keys = await client.keys(`${outbound.queue.keys.limiter ?? ''}:demand:*`);
  const values = keys.length > 0 ? await client.mget(...keys) : [];
  return values.reduce((sum, value) => sum + Number(value ?? 0), 0);
}

describe("the reply's reservation (the citizen's delivery lock and a slot of the limit, in one script)", () => {
  it("counts the reply's messages in the replies' demand whatever it gets: the reserve broadcast batches leave follows it", async () => {
    const deps = { redis: redis.redis, outbound };
    const perSecond = 50;
    const first = await reserveDelivery(deps, 'citizen-a', perSecond, 3);
    expect(typeof first).toBe('object');
    // The lock is held: the second reply of the same citizen knocks and takes no slot.
    expect(await reserveDelivery(deps, 'citizen-a', perSecond, 2)).toBe('busy');
    expect(typeof (await reserveDelivery(deps, 'citizen-b', perSecond, 1))).toBe('object');
    expect(typeof (await reserveDelivery(deps, 'citizen-c', perSecond, 4))).toBe('object');
    // The window is full (BullMQ's limiter key, for a minute): nothing taken (the citizen's lock neither), the demand
    // counted all the same.
    await (redis.queues.connection as Redis).set(outbound.queue.keys.limiter ?? '', String(perSecond), 'PX', 60_000);
    expect(await reserveDelivery(deps, 'citizen-d', perSecond, 5)).toBe('limited');
    expect(await redis.redis.exists('messaging:dlock:citizen-d')).toBe(0);
    expect(await demandCounted()).toBe(3 + 2 + 1 + 4 + 5);
    // The knock is reported to the holder as it gives the reservation back.
    if (typeof first !== 'object') throw new Error('not reserved');
    expect(await releaseReservation(deps, 'citizen-a', first)).toBe(true);
    expect(await redis.redis.exists('messaging:dlock:citizen-a')).toBe(0);
  });

  it("takes the slots of all the reply's messages with the lock, as far as the window has room", async () => {
    const deps = { redis: redis.redis, outbound };
    const client = redis.queues.connection as Redis;
    const limiterKey = outbound.queue.keys.limiter ?? '';
    const perSecond = 10;
    const slotsUsed = async () => Number((await client.get(limiterKey)) ?? 0);
    // One slot already used, in a window that lasts (a minute): the test does not depend on the clock.
    await client.set(limiterKey, '1', 'PX', 60_000);
    // A reply of three messages: its three calls' slots in the one round trip that takes the lock.
    expect(await reserveDelivery(deps, 'citizen-a', perSecond, 3)).toMatchObject({ slots: 3 });
    expect(await slotsUsed()).toBe(4);
    expect(await reserveDelivery(deps, 'citizen-b', perSecond, 4)).toMatchObject({ slots: 4 });
    expect(await slotsUsed()).toBe(8);
    // Room for two more this second: a reply of five gets two (its later messages wait for their own slot), and
    // the window is then full.
    expect(await reserveDelivery(deps, 'citizen-c', perSecond, 5)).toMatchObject({ slots: 2 });
    expect(await slotsUsed()).toBe(perSecond);
    expect(await reserveDelivery(deps, 'citizen-d', perSecond, 1)).toBe('limited');
    // A citizen whose lock is held takes none.
    await client.set(limiterKey, '1', 'PX', 60_000);
    expect(await reserveDelivery(deps, 'citizen-a', perSecond, 2)).toBe('busy');
    expect(await slotsUsed()).toBe(1);
  });

  it('is given back when the statement that would use it cannot be built: the lock does not wait for its expiry', async () => {
    const database = await createTestDatabase();
    // A channel whose part of the turn's statement cannot be built (it throws once the reservation is taken).
    const channel: DeliveryChannel = {
      name: 'test',
      render: (message) => [message],
      kindOf: () => 'text',
      isValid: () => true,
      admit: () => Promise.resolve({ ok: true }),
      admission: {
        query: () => {
          throw new Error('the admission query cannot be built');
        },
        decide: () => ({ ok: true }),
      },
      send: () => Promise.resolve({ kind: 'sent', messageId: 'm-1' }),
    };
    const messaging = createMessaging({
      db: database.db,
      redis: redis.redis,
      queues: redis.queues,
      channel,
      logger: testLogger(),
    });
    // This process delivers: a reply may go at once, so the statement reserves the lock and a slot first.
    const workers = await messaging.startWorkers({ ratePerMinute: 3000, scheduleSweep: false });
    try {
      // The part is built where the turn's statement is prepared (once per shape), after the reservation; the turn
      // store gives the reservation back on any throw there, as it does when the statement fails.
      const recorded = await messaging.replyOutbox.recordStatement(
        'citizen-e',
        [{ kind: 'text', text: 'Hồ sơ của anh đã được tiếp nhận.' }],
        { correlationId: 'ev-1' },
        sql`true`,
      );
      expect(await redis.redis.exists('messaging:dlock:citizen-e')).toBe(1);
      expect(() => recorded.part.build()).toThrow('the admission query cannot be built');
      await recorded.abandon();
      // Free at once for the citizen's next message, not 30 s later.
      expect(await redis.redis.exists('messaging:dlock:citizen-e')).toBe(0);
    } finally {
      await workers.close();
      await messaging.close();
      await database.destroy();
    }
  });
});
