import { QueueEvents } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createQueue, createWorker, defineQueue, UnrecoverableError } from '../../../src/platform/queues.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { connectRedis, type Redis } from '../../../src/platform/redis.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';
import { testLogger } from '../../helpers/logger.js';
import { startRedisServer } from '../../helpers/services.js';

const definition = defineQueue(
  'greetings',
  z.object({ citizenId: z.string().min(1), attemptsToFail: z.number().int() }),
  {
    attempts: 4,
    backoff: { type: 'exponential', delay: 50, jitter: 0.5 },
  },
);

describe('typed queues on real Redis', () => {
  let redis: TestRedis;
  const closers: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    redis = await createTestRedis();
  });
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await redis.destroy();
  });

  it('adds a job with other commands in one transaction, and again once Redis lost its scripts', async () => {
    // A server of its own: SCRIPT FLUSH empties the scripts of every client of a server.
    const server = await startRedisServer();
    closers.push(() => server.stop());
    const connection = await connectRedis({ url: server.url, logger: testLogger(), role: 'queue' });
    closers.push(async () => connection.disconnect());
    const queue = createQueue(definition, { connection, prefix: 'flush:q' });
    closers.push(() => queue.close());
    const INCR = "return redis.call('INCR', KEYS[1])";
    let sha = String(await connection.script('LOAD', INCR));
    const add = (n: number) =>
      queue.addWith('greet', { citizenId: `c${n}`, attemptsToFail: 0 }, undefined, (multi) =>
        multi.evalsha(sha, 1, 'flush:n'),
      );
    expect(await add(1)).toEqual([1]);
    await connection.script('FLUSH');
    // Inside the transaction both scripts are gone; the caller loads its own again (as the mailbox does) and
    // retries, and the job's insert script must be there too.
    await expect(add(2)).rejects.toThrow(/NOSCRIPT/);
    sha = String(await connection.script('LOAD', INCR));
    expect(await add(3)).toEqual([2]);
    expect(await queue.queue.count()).toBe(2);
  });

  it('adds many jobs in one transaction, each with its own outcome: replies, a failed command or a refused payload', async () => {
    const queue = createQueue(definition, redis.queues);
    closers.push(() => queue.close());
    const sha = String(await redis.redis.script('LOAD', "return redis.call('INCR', KEYS[1])"));
    const counter = `${redis.prefix}:many:n`;
    const outcomes = await queue.addManyWith([
      {
        jobName: 'greet',
        data: { citizenId: 'a', attemptsToFail: 0 },
        before: (multi) => multi.evalsha(sha, 1, counter),
      },
      // A script Redis does not know: this entry fails alone.
      {
        jobName: 'greet',
        data: { citizenId: 'b', attemptsToFail: 0 },
        before: (multi) => multi.evalsha('0'.repeat(40), 0),
      },
      {
        jobName: 'greet',
        data: { citizenId: '', attemptsToFail: 0 },
        before: (multi) => multi.evalsha(sha, 1, counter),
      },
      {
        jobName: 'greet',
        data: { citizenId: 'd', attemptsToFail: 0 },
        before: (multi) => multi.evalsha(sha, 1, counter),
      },
    ]);
    expect(outcomes[0]).toEqual({ replies: [1] });
    expect(outcomes[1] && 'error' in outcomes[1] ? outcomes[1].error.message : '').toMatch(/NOSCRIPT/);
    expect(outcomes[2] && 'error' in outcomes[2] ? outcomes[2].error : undefined).toBeInstanceOf(z.ZodError);
    expect(outcomes[3]).toEqual({ replies: [2] });
    // The refused payload's command was not sent; the failed command's job was (a MULTI is not rolled back).
    expect(await redis.redis.get('many:n')).toBe('2');
    const jobs = await queue.queue.getJobs(['wait']);
    expect(jobs.map((job) => (job.data as { citizenId: string }).citizenId).sort()).toEqual(['a', 'b', 'd']);
  });

  it('rejects a bad payload at add and stores nothing', async () => {
    const queue = createQueue(definition, redis.queues);
    closers.push(() => queue.close());
    await expect(queue.add('greet', { citizenId: '', attemptsToFail: 0 })).rejects.toThrow(z.ZodError);
    expect(await queue.queue.count()).toBe(0);
  });

  it('retries a transient failure with back-off, and does not retry an unrecoverable one', async () => {
    const queue = createQueue(definition, redis.queues);
    const events = new QueueEvents(definition.name, {
      connection: redis.queues.connection,
      prefix: redis.queues.prefix,
    });
    await events.waitUntilReady();
    const metrics = createMetrics({ collectDefaults: false });
    const attemptTimes = new Map<string, number[]>();
    const worker = createWorker(
      definition,
      async (data, job) => {
        const times = attemptTimes.get(data.citizenId) ?? [];
        times.push(Date.now());
        attemptTimes.set(data.citizenId, times);
        if (data.attemptsToFail < 0) throw new UnrecoverableError('cannot be fixed by a retry');
        if (job.attemptsMade < data.attemptsToFail) throw new Error('transient');
        return 'done';
      },
      { ...redis.queues, logger: testLogger(), metrics, concurrency: 2 },
    );
    closers.push(
      () => queue.close(),
      () => events.close(),
      () => worker.close(),
    );

    const transient = await queue.add('greet', { citizenId: 'a', attemptsToFail: 2 });
    const permanent = await queue.add('greet', { citizenId: 'b', attemptsToFail: -1 });
    await expect(transient.waitUntilFinished(events, 15_000)).resolves.toBe('done');
    await expect(permanent.waitUntilFinished(events, 15_000)).rejects.toThrow('cannot be fixed by a retry');

    const a = attemptTimes.get('a') ?? [];
    expect(a).toHaveLength(3);
    // Exponential back-off: the second wait is at least as long as the smallest jittered first wait.
    expect((a[1] ?? 0) - (a[0] ?? 0)).toBeGreaterThanOrEqual(20);
    expect(attemptTimes.get('b')).toHaveLength(1);

    const outcomes = await metrics.jobOutcomes.get();
    const count = (outcome: string) => outcomes.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
    expect(count('completed')).toBe(1);
    expect(count('retrying')).toBe(2);
    expect(count('failed')).toBe(1);
  });

  it('fails a job whose stored payload no longer matches the schema, without retry', async () => {
    const events = new QueueEvents(definition.name, {
      connection: redis.queues.connection,
      prefix: redis.queues.prefix,
    });
    await events.waitUntilReady();
    let calls = 0;
    const worker = createWorker(
      definition,
      async () => {
        calls += 1;
      },
      { ...redis.queues, logger: testLogger() },
    );
    const raw = createQueue(definition, redis.queues).queue;
    closers.push(
      () => raw.close(),
      () => events.close(),
      () => worker.close(),
    );
    const job = await raw.add('greet', { unexpected: true }, { attempts: 5 });
    await expect(job.waitUntilFinished(events, 15_000)).rejects.toThrow('does not match');
    expect(calls).toBe(0);
    const stored = await raw.getJob(job.id ?? '');
    expect(stored?.attemptsMade).toBe(1);
  });

  describe('the rate limiter shared by work that comes first and work that gives way', () => {
    // A minute's window: the window's remaining share stays near 1 however slow the machine is.
    const max = 66;
    const windowMs = 60_000;
    const reserve = { min: 4, headroom: 2 };

    it('leaves the minimum to the first work when it asked for nothing', async () => {
      const queue = createQueue(definition, { ...redis.queues, prefix: `${redis.queues.prefix}-quiet` });
      closers.push(() => queue.close());
      expect(await queue.takeRateLimitSlotsGivingWay(max, windowMs, 100, reserve)).toEqual({
        taken: max - reserve.min,
        retryInMs: 0,
      });
      const next = await queue.takeRateLimitSlotsGivingWay(max, windowMs, 1, reserve);
      expect(next.taken).toBe(0);
      expect(next.retryInMs).toBeGreaterThan(0);
      // What is left is the first work's.
      for (let i = 0; i < reserve.min; i += 1) expect(await queue.takeRateLimitSlot(max, windowMs)).toBe(true);
      expect(await queue.takeRateLimitSlot(max, windowMs)).toBe(false);
    });

    it("leaves what the first work's demand needs before the window ends, and that work gets it", async () => {
      const queue = createQueue(definition, { ...redis.queues, prefix: `${redis.queues.prefix}-busy` });
      closers.push(() => queue.close());
      // The first work took 20 slots this second and counted its 20 calls where the batch reads them, as the replies'
      // reservation does in the script that takes its slot (test/integration/messaging/reply-reservation.test.ts).
      expect(await queue.takeRateLimitSlots(max, windowMs, 20)).toBe(20);
      await (redis.queues.connection as Redis).incrby(queue.demandKeyNow(), 20);
      const batch = await queue.takeRateLimitSlotsGivingWay(max, windowMs, 100, reserve);
      // Twice the demand stays free (a whole window's worth remains): 66 - 20 taken - 40 kept.
      expect(batch.taken).toBeGreaterThan(0);
      expect(batch.taken).toBeLessThanOrEqual(max - 20 - 39);
      for (let i = 0; i < 39; i += 1) expect(await queue.takeRateLimitSlot(max, windowMs)).toBe(true);
    });

    it('gives no slot while a job of the first work waits, nor while the queue is paused', async () => {
      const queue = createQueue(definition, { ...redis.queues, prefix: `${redis.queues.prefix}-waits` });
      closers.push(() => queue.close());
      await queue.add('greet', { citizenId: 'a', attemptsToFail: 0 });
      expect(await queue.takeRateLimitSlotsGivingWay(max, windowMs, 4, reserve)).toEqual({ taken: 0, retryInMs: 0 });
      await queue.queue.drain();
      await queue.queue.rateLimit(30_000);
      const paused = await queue.takeRateLimitSlotsGivingWay(max, windowMs, 4, reserve);
      expect(paused.taken).toBe(0);
      expect(paused.retryInMs).toBeGreaterThan(0);
      expect(await queue.takeRateLimitSlot(max, windowMs)).toBe(false);
    });
  });
});
