import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reserveDelivery } from '../../../src/messaging/deliver.js';
import { outboundQueue, type DeferredDeliveryRelease } from '../../../src/messaging/index.js';
import { createQueue, type TypedQueue } from '../../../src/platform/queues.js';
import { createInboundMailbox, type InboundMailbox } from '../../../src/zalo/inbound-mailbox.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

let redis: TestRedis;
let outbound: TypedQueue<typeof outboundQueue.schema>;
let mailbox: InboundMailbox;
beforeEach(async () => {
  redis = await createTestRedis();
  outbound = createQueue(outboundQueue, redis.queues);
  mailbox = createInboundMailbox(redis.redis);
});
afterEach(async () => {
  await outbound.close();
  await redis.destroy();
});

const CITIZEN = '6142494823000000201';
const PER_SECOND = 50;

/**
 * The citizen's delivery lock, taken as a turn's reply takes it, and left held for the mailbox's step to release (as
 * `deliverNextMessage` leaves it when the inbound worker collects it). `calls` says what the mailbox did with it.
 */
async function heldDeliveryLock(keyPrefix = redis.redis.options.keyPrefix ?? '') {
  const reservation = await reserveDelivery({ redis: redis.redis, outbound }, CITIZEN, PER_SECOND, 1);
  if (typeof reservation !== 'object') throw new Error('the delivery lock was not taken');
  const calls: string[] = [];
  const deferred: DeferredDeliveryRelease = {
    keys: [`messaging:dlock:${CITIZEN}`, `messaging:dknock:${CITIZEN}`],
    token: reservation.token,
    keyPrefix,
    released: (knocked) => {
      calls.push(`released knocked=${knocked}`);
      return Promise.resolve();
    },
    release: async () => {
      calls.push('release');
      await redis.redis.del(`messaging:dlock:${CITIZEN}`);
    },
  };
  return { deferred, calls };
}

const deliveryLockFree = async () =>
  typeof (await reserveDelivery({ redis: redis.redis, outbound }, CITIZEN, PER_SECOND, 1)) === 'object';

describe("the citizen's mailbox and the reply's delivery lock", () => {
  it("releases the reply's delivery lock in the step that takes the handled event out, and reports a knock", async () => {
    await mailbox.admit(CITIZEN, 'ev-1', 1, 'event one');
    const taken = await mailbox.take(CITIZEN);
    if (taken.token === null) throw new Error('the mailbox lock was not taken');
    expect(taken.first).toBe('event one');
    const { deferred, calls } = await heldDeliveryLock();
    // A notification's job meanwhile finds the lock held: it knocks, and the holder must queue its job.
    expect(await reserveDelivery({ redis: redis.redis, outbound }, CITIZEN, PER_SECOND, 1)).toBe('busy');

    expect(await mailbox.next(CITIZEN, 'event one', 'ev-1', taken.token, deferred)).toBeNull();
    expect(calls).toEqual(['released knocked=true']);
    expect(await mailbox.size(CITIZEN)).toBe(0);
    expect(await mailbox.lockTtl(CITIZEN)).toBe(0);
    expect(await deliveryLockFree()).toBe(true);
  });

  it('releases it with the next event waiting too, and leaves a lock that another worker holds now', async () => {
    await mailbox.admit(CITIZEN, 'ev-1', 1, 'event one');
    await mailbox.admit(CITIZEN, 'ev-2', 2, 'event two');
    const taken = await mailbox.take(CITIZEN);
    if (taken.token === null) throw new Error('the mailbox lock was not taken');
    const first = await heldDeliveryLock();
    expect(await mailbox.next(CITIZEN, 'event one', 'ev-1', taken.token, first.deferred)).toBe('event two');
    expect(first.calls).toEqual(['released knocked=false']);
    expect(await mailbox.lockTtl(CITIZEN)).toBeGreaterThan(0);

    // The lock expired and another worker took it: not released, and reported as a knock (look again, to be safe).
    const second = await heldDeliveryLock();
    await redis.redis.set(`messaging:dlock:${CITIZEN}`, 'another-worker', 'PX', 30_000);
    expect(await mailbox.next(CITIZEN, 'event two', 'ev-2', taken.token, second.deferred)).toBeNull();
    expect(second.calls).toEqual(['released knocked=true']);
    expect(await redis.redis.get(`messaging:dlock:${CITIZEN}`)).toBe('another-worker');
  });

  it('a worker that dies after the reply went out, before that step, leaves the event to be handled again', async () => {
    await mailbox.admit(CITIZEN, 'ev-1', 1, 'event one');
    const dying = await mailbox.take(CITIZEN);
    if (dying.token === null) throw new Error('the mailbox lock was not taken');
    await heldDeliveryLock();
    // The worker dies here: neither lock is released; both expire (their TTLs; removed here as expiry would).
    expect(await mailbox.lockTtl(CITIZEN)).toBeGreaterThan(0);
    expect(await deliveryLockFree()).toBe(false);
    await redis.redis.del(`zalo:mlock:${CITIZEN}`, `messaging:dlock:${CITIZEN}`);

    // The event is still there for the next worker (its turn, already committed, is then a duplicate).
    const again = await mailbox.take(CITIZEN);
    expect(again.token).not.toBeNull();
    expect(again.token !== null && again.first).toBe('event one');
    expect(await deliveryLockFree()).toBe(true);
  });

  it('releases the delivery lock on its own when the two clients name keys differently', async () => {
    await mailbox.admit(CITIZEN, 'ev-1', 1, 'event one');
    const taken = await mailbox.take(CITIZEN);
    if (taken.token === null) throw new Error('the mailbox lock was not taken');
    const { deferred, calls } = await heldDeliveryLock('another-prefix:');
    expect(await mailbox.next(CITIZEN, 'event one', 'ev-1', taken.token, deferred)).toBeNull();
    expect(calls).toEqual(['release']);
    expect(await mailbox.size(CITIZEN)).toBe(0);
  });
});
