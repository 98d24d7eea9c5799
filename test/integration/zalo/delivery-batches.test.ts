import { QueueEvents } from 'bullmq';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import {
  BATCH_WAVE_SIZE,
  broadcastDeliveryQueue,
  createMessaging,
  messageDeliveries,
  outboundQueue,
  restJobId,
} from '../../../src/messaging/index.js';
import { createQueue } from '../../../src/platform/queues.js';
import { connectRedis, type Redis } from '../../../src/platform/redis.js';
import { createZaloDeliveryChannel, type ZaloClient } from '../../../src/zalo/index.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { createHarness, eventually, type Harness, type TakeoverTimes } from './harness.js';

let harness: Harness | undefined;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await harness?.destroy();
  harness = undefined;
});

async function startHarness(options: Parameters<typeof createHarness>[0] = {}): Promise<Harness> {
  harness = await createHarness(options);
  await harness.tokens.initialize();
  return harness;
}

/** Followers inside their consultation window, known to the sandbox and to our database. */
async function followers(h: Harness, count: number, name: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const citizen = h.simulator.createCitizen(`${name} ${i}`, { following: true });
    h.simulator.setLastInteraction(citizen.id, new Date());
    await h.db.db.insert(citizens).values({ zaloUserId: citizen.id, following: true, lastInteractionAt: new Date() });
    ids.push(citizen.id);
  }
  return ids;
}

/** Records one broadcast text for each citizen (nothing queued yet: `releaseMany` hands them over). */
async function recordBroadcast(h: Harness, ids: string[], text: string): Promise<void> {
  await h.sink.recordMany(
    h.db.db,
    ids.map((citizenId) => ({ citizenId, messages: [{ kind: 'text' as const, text }] })),
    { purpose: 'broadcast' },
  );
}

const received = (h: Harness, userId: string, text: string) =>
  h.simulator.sent.filter(
    (m) => m.userId === userId && (m.body as { message: { text?: string } }).message.text === text,
  );

/** Every record of these citizens is sent, none left in flight. */
const allSent = (h: Harness, ids: string[], timeoutMs?: number) =>
  eventually(async () => {
    const rows = await h.db.db.select().from(messageDeliveries).where(inArray(messageDeliveries.citizenId, ids));
    return rows.length > 0 && rows.every((row) => row.status === 'sent' && row.inFlightSince === null)
      ? rows
      : undefined;
  }, timeoutMs);

async function inFlightCount(h: Harness): Promise<number> {
  const [row] = await h.db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(messageDeliveries)
    .where(isNotNull(messageDeliveries.inFlightSince));
  return row?.n ?? 0;
}

/**
 * The tests of a worker that died wait for its locks to expire: the citizens' delivery locks and BullMQ's job lock,
 * then BullMQ's stalled-job check. Production's 30 s each (up to 90 s before another worker takes a job over) are
 * shortened here to a third, in the same proportions, so a live holder still renews every third of its TTL.
 */
const QUICK_TAKEOVER: TakeoverTimes = {
  deliveryLockTtlMs: 10_000,
  jobLock: { lockDurationMs: 10_000, stalledIntervalMs: 10_000 },
};

/** A delivery worker that will be killed: `kill` stops its Redis client, `stop` then drops its workers and their jobs. */
interface DoomedWorker {
  /** Its Redis client goes: its locks' heartbeat dies, then BullMQ's lock on its job. */
  kill(): void;
  stop(): Promise<void>;
}

/**
 * Delivery workers sending through `client`, on a Redis client of their own (so that killing them stops their locks'
 * heartbeat and nothing else), as a process that is about to be killed mid-send.
 */
async function startDoomedWorker(h: Harness, client: ZaloClient): Promise<DoomedWorker> {
  const redis = await connectRedis({
    url: TEST_REDIS_URL,
    logger: testLogger(),
    role: 'command',
    keyPrefix: `${h.redis.prefix}:`,
  });
  cleanups.push(() => redis.disconnect());
  const messaging = createMessaging({
    db: h.db.db,
    redis,
    queues: h.redis.queues,
    channel: createZaloDeliveryChannel({ db: h.db.db, client, csWindowDays: 7, logger: testLogger(), settleMs: 0 }),
    logger: testLogger(),
    deliveryLockTtlMs: QUICK_TAKEOVER.deliveryLockTtlMs,
  });
  cleanups.push(() => messaging.close());
  const workers = await messaging.startWorkers({
    ratePerMinute: 3000,
    scheduleSweep: false,
    jobLock: QUICK_TAKEOVER.jobLock,
  });
  return { kill: () => redis.disconnect(), stop: () => workers.close({ force: true }) };
}

function counterValue(h: Harness, name: string, labels: Record<string, string> = {}): Promise<number> {
  return h.metrics.registry
    .getSingleMetric(name)
    ?.get()
    .then((metric) =>
      metric.values
        .filter((value) => Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted))
        .reduce((sum, value) => sum + value.value, 0),
    ) as Promise<number>;
}

describe('rest job ids', () => {
  it('name the batch, then count up, so a batch run again adds the same rest', () => {
    expect(restJobId('batch-abc')).toBe('batch-abc-rest');
    expect(restJobId('batch-abc-rest')).toBe('batch-abc-rest2');
    expect(restJobId('batch-abc-rest2')).toBe('batch-abc-rest3');
    expect(restJobId('batch-abc-rest9')).toBe('batch-abc-rest10');
  });
});

describe('a broadcast batch sends in waves', () => {
  it('marks only the wave about to be called in flight, and records it before the next wave', async () => {
    /** The records marked in flight when each call started. */
    const markedAtCalls: number[] = [];
    const h = await startHarness({
      wrapClient: (client) => ({
        ...client,
        async sendMessage(userId, message) {
          if (harness) markedAtCalls.push(await inFlightCount(harness));
          return client.sendMessage(userId, message);
        },
      }),
    });
    const ids = await followers(h, 10, 'Người nhận');
    const text = 'Lịch tiếp công dân tháng 12';
    await recordBroadcast(h, ids, text);
    await h.startWorkers();
    await h.sink.releaseMany(ids);
    await allSent(h, ids);
    for (const id of ids) expect(received(h, id, text)).toHaveLength(1);
    expect(markedAtCalls).toHaveLength(ids.length);
    // Never more than a wave marked: a worker killed at any point leaves at most this many to look for.
    expect(Math.max(...markedAtCalls)).toBeLessThanOrEqual(BATCH_WAVE_SIZE);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total')).toBe(0);
  });

  it('a worker killed mid-wave leaves that wave to be looked for: the batch resumes, each follower gets it once', async () => {
    const h = await startHarness({ takeover: QUICK_TAKEOVER });
    const ids = await followers(h, 10, 'Người nhận');
    const text = 'Thông báo lịch cắt điện';
    await recordBroadcast(h, ids, text);

    // The doomed worker: its second wave's calls reach Zalo and never come back, as when the process is killed while
    // they are under way.
    let calls = 0;
    const doomed = await startDoomedWorker(h, {
      ...h.zaloClient,
      async sendMessage(userId, message) {
        calls += 1;
        const accepted = await h.zaloClient.sendMessage(userId, message);
        if (calls > BATCH_WAVE_SIZE) await new Promise<never>(() => undefined);
        return accepted;
      },
    });
    await h.sink.releaseMany(ids);
    // The second wave has reached Zalo and hangs.
    await eventually(() => h.simulator.sent.length === 2 * BATCH_WAVE_SIZE, 30_000);
    expect(await inFlightCount(h)).toBe(BATCH_WAVE_SIZE);
    const [sentSoFar] = await h.db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(and(inArray(messageDeliveries.citizenId, ids), eq(messageDeliveries.status, 'sent')));
    expect(sentSoFar?.n).toBe(BATCH_WAVE_SIZE);

    // The kill: its locks are no longer kept alive, then its job is no longer kept (it stalls).
    doomed.kill();
    // (KEYS patterns do not get the client's key prefix.)
    const locks = `${h.redis.prefix}:messaging:dlock:*`;
    expect(await h.redis.redis.keys(locks)).not.toHaveLength(0);
    await eventually(async () => (await h.redis.redis.keys(locks)).length === 0, 60_000);
    await doomed.stop();

    // Another worker takes the stalled batch over: BullMQ's stalled-job check (every 30 s in production, 10 s here) moves
    // a job whose lock is gone on the check after the one that found it active, so up to 3 of those after the lock's
    // last renewal.
    await h.startWorkers();
    await allSent(h, ids, 150_000);
    for (const id of ids) expect(received(h, id, text)).toHaveLength(1);
    // Only the wave under way when the worker died was looked for, and found, never sent again.
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total')).toBe(BATCH_WAVE_SIZE);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total', { outcome: 'sent' })).toBe(
      BATCH_WAVE_SIZE,
    );
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  }, 240_000);
});

describe("a broadcast batch out of the window's room", () => {
  it("leaves its rest to wait for the next window, not to be started at once on the replies' share", async () => {
    // Two calls a second, one of them kept for replies: each run of the batch makes one call, its own.
    const h = await startHarness({ rateLimitPerMinute: 120 });
    const ids = await followers(h, 4, 'Người nhận');
    const text = 'Thông báo lịch trực Tết';
    await recordBroadcast(h, ids, text);
    // The jobs added with a delay, as the queue reports them (completed jobs are removed at once).
    const events = new QueueEvents(broadcastDeliveryQueue.name, {
      connection: h.redis.queues.connection,
      prefix: h.redis.queues.prefix,
    });
    cleanups.push(() => events.close());
    await events.waitUntilReady();
    const delayed = new Set<string>();
    events.on('delayed', ({ jobId }) => delayed.add(jobId));
    const added: string[] = [];
    events.on('added', ({ jobId }) => added.push(jobId));
    await h.startWorkers();
    await h.sink.releaseMany(ids);
    await allSent(h, ids, 30_000);
    for (const id of ids) expect(received(h, id, text)).toHaveLength(1);
    const rests = added.filter((jobId) => /-rest\d*$/.test(jobId));
    expect(rests.length).toBeGreaterThan(0);
    for (const rest of rests) expect(delayed).toContain(rest);
    // Each rest added once (a run that reached no one leaves the same followers to the next window's rest).
    expect(new Set(rests).size).toBe(rests.length);
  }, 60_000);

  it("takes no slot of the replies' reserve as it starts: the reserve is still free once the batch has given way", async () => {
    // Two calls a second, one of them kept for replies (the reserve's minimum).
    const perSecond = 2;
    const h = await startHarness({ rateLimitPerMinute: perSecond * 60 });
    const ids = await followers(h, 2, 'Người nhận');
    const text = 'Thông báo lịch tiêm chủng';
    await recordBroadcast(h, ids, text);
    const outbound = createQueue(outboundQueue, h.redis.queues);
    cleanups.push(() => outbound.close());
    // A window (long, so that it is still the same one when the batch has run) with one call made: only the replies'
    // reserve is left.
    expect(await outbound.takeRateLimitSlots(perSecond, 60_000, 1)).toBe(1);
    // The batch's rest, added with a delay once the batch found no room (in whichever queue the batch ran).
    const delayed: string[] = [];
    for (const name of [outboundQueue.name, broadcastDeliveryQueue.name]) {
      const events = new QueueEvents(name, { connection: h.redis.queues.connection, prefix: h.redis.queues.prefix });
      cleanups.push(() => events.close());
      await events.waitUntilReady();
      events.on('delayed', ({ jobId }) => delayed.push(jobId));
    }
    await h.startWorkers();
    await h.sink.releaseMany(ids);
    await eventually(() => delayed.some((jobId) => /-rest\d*$/.test(jobId)), 30_000);
    // No broadcast call in this window, and its last slot is still there for a reply.
    expect(h.simulator.sent).toHaveLength(0);
    expect(await outbound.takeRateLimitSlot(perSecond, 60_000)).toBe(true);
    // The window ends: the rest sends to each follower once.
    await ((await outbound.queue.backend.client) as unknown as Redis).del(outbound.queue.keys.limiter ?? '');
    for (const queue of [outbound, createQueue(broadcastDeliveryQueue, h.redis.queues)]) {
      if (queue !== outbound) cleanups.push(() => queue.close());
      for (const job of await queue.queue.getJobs(['delayed'])) await job?.promote();
    }
    await allSent(h, ids, 30_000);
    for (const id of ids) expect(received(h, id, text)).toHaveLength(1);
  }, 60_000);
});

describe('a citizen lock left by a worker that died', () => {
  it('is waited for, not knocked on: its own job and a batch send once it expired, without the sweep', async () => {
    const h = await startHarness();
    const batched = await followers(h, 3, 'Trong lô');
    const [alone] = await followers(h, 1, 'Riêng');
    if (!alone) throw new Error('no follower');
    const text = 'Thông báo lịch tiếp dân';
    await recordBroadcast(h, batched, text);
    // Their locks as a worker that died leaves them: not renewed for 27 s, 3 s left (a live holder renews every 10 s).
    // A job BullMQ takes over from it may find them so: its job lock can expire 15 s before them.
    for (const citizenId of [...batched, alone]) {
      await h.redis.redis.set(`messaging:dlock:${citizenId}`, 'dead-worker', 'PX', 3000);
    }
    await h.startWorkers();
    await h.sink.releaseMany(batched);
    await h.sink.enqueue(alone, [{ kind: 'text', text }], { purpose: 'notification' });
    // Knocking, the jobs would end and leave the messages to the sweep (not running here).
    await allSent(h, [...batched, alone], 30_000);
    for (const id of [...batched, alone]) expect(received(h, id, text)).toHaveLength(1);
  }, 60_000);
});

describe('the sweep', () => {
  it('queues again only the citizens no live job names', async () => {
    const h = await startHarness();
    const batched = await followers(h, 4, 'Trong lô');
    const delayed = await followers(h, 1, 'Chờ hẹn');
    const stranded = await followers(h, 2, 'Mất việc');
    const all = [...batched, ...delayed, ...stranded];
    const text = 'Thông báo tiêm chủng';
    await recordBroadcast(h, all, text);
    const outbound = createQueue(outboundQueue, h.redis.queues);
    cleanups.push(() => outbound.close());
    const batches = createQueue(broadcastDeliveryQueue, h.redis.queues);
    cleanups.push(() => batches.close());
    // Nothing runs while the jobs are looked at (batch jobs have a queue of their own).
    await outbound.queue.pause();
    await batches.queue.pause();
    await h.sink.releaseMany(batched);
    const [late] = await h.db.db
      .select({ seq: messageDeliveries.seq })
      .from(messageDeliveries)
      .where(eq(messageDeliveries.citizenId, delayed[0] ?? ''));
    await outbound.add('deliver', { citizenId: delayed[0] ?? '' }, { jobId: `${delayed[0]}-${late?.seq}`, delay: 500 });
    // Untouched for longer than the sweep waits: all of them look stranded to the database.
    await h.db.db
      .update(messageDeliveries)
      .set({ updatedAt: new Date(Date.now() - 10 * 60_000) })
      .where(inArray(messageDeliveries.citizenId, all));
    await h.startWorkers();
    const jobsBefore = await outbound.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed');
    expect(await h.deliveryWorkers[0]?.sweep()).toBe(stranded.length);
    expect(await outbound.queue.getJobCountByTypes('waiting', 'prioritized', 'delayed')).toBe(
      jobsBefore + stranded.length,
    );
    // A second sweep finds every citizen named by a job.
    expect(await h.deliveryWorkers[0]?.sweep()).toBe(0);
    await outbound.queue.resume();
    await batches.queue.resume();
    await allSent(h, all, 30_000);
    for (const id of all) expect(received(h, id, text)).toHaveLength(1);
  });
});

describe('a worker that dies during the was-it-sent check', () => {
  it('leaves the mark it looked from: the worker taking over looks again, finds the message, does not send it again', async () => {
    const h = await startHarness({ takeover: QUICK_TAKEOVER });
    const [citizen] = await followers(h, 1, 'Người nhận');
    if (!citizen) throw new Error('no follower');
    const text = 'Hồ sơ của bạn đã có kết quả';
    // The doomed worker: Zalo takes its first call but the answer is lost, so its retry looks in the conversation, and
    // dies there. That first call was two minutes ago (its mark and Zalo's copy say so): beyond the check's minute of
    // leeway, a check that looked from a mark moved to its own start would not find the copy.
    let checking = false;
    const doomed = await startDoomedWorker(h, {
      ...h.zaloClient,
      async sendMessage(userId, message) {
        await h.zaloClient.sendMessage(userId, message);
        const earlier = new Date(Date.now() - 120_000);
        for (const item of h.simulator.conversation(userId)) (item as { at: string }).at = earlier.toISOString();
        await h.db.db
          .update(messageDeliveries)
          .set({ inFlightSince: earlier })
          .where(eq(messageDeliveries.citizenId, userId));
        throw new Error('socket hang up');
      },
      async listConversation() {
        checking = true;
        return new Promise<never>(() => undefined);
      },
    });
    await h.sink.enqueue(citizen, [{ kind: 'text', text }], { purpose: 'notification' });
    await eventually(() => checking, 30_000);
    expect(received(h, citizen, text)).toHaveLength(1);

    // The kill, mid-check; another worker takes the job over once BullMQ's lock on it expired.
    doomed.kill();
    await doomed.stop();
    await h.startWorkers();
    // (BullMQ's stalled-job check moves it up to 90 s after the lock's last renewal: see the mid-wave test.)
    const [row] = await allSent(h, [citizen], 150_000);
    expect(received(h, citizen, text)).toHaveLength(1);
    expect(h.simulator.sent.map((m) => m.messageId)).toContain(row?.channelMessageId);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total', { outcome: 'sent' })).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  }, 210_000);
});

describe('a send that timed out', () => {
  it('is looked for only once it can no longer arrive: a late arrival is found, not sent again', async () => {
    // The client gives up after 300 ms; the sandbox takes the first message after 4 s; delivery looks for it after
    // the client's timeout and a margin (8.3 s). Looked for at once, on the retry a second later, it would be sent
    // again.
    const h = await startHarness({ clientTimeoutMs: 300, settleMs: 300 + 8_000 });
    const ids = await followers(h, 3, 'Người nhận');
    const text = 'Thông báo nghỉ lễ';
    await recordBroadcast(h, ids, text);
    h.simulator.faults.slowSendNext = { count: 1, ms: 4_000 };
    await h.startWorkers();
    await h.sink.releaseMany(ids);
    const rows = await allSent(h, ids, 30_000);
    // The held message has arrived by now (the look found it), or arrives now: count once it has.
    await eventually(() => h.simulator.faults.slowSendNext === undefined && h.simulator.stats.sendsHeld === 0);
    for (const id of ids) expect(received(h, id, text)).toHaveLength(1);
    // The late one was found in its conversation: its record names the copy Zalo holds.
    const zaloIds = new Set(h.simulator.sent.map((m) => m.messageId));
    expect(rows.every((row) => row.channelMessageId !== null && zaloIds.has(row.channelMessageId))).toBe(true);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total', { outcome: 'sent' })).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  }, 60_000);
});
