import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  citizenIdSchema,
  combineActionRegistries,
  createActionRegistry,
  createBuiltinActions,
  createMemoryFlowSource,
  createTemplateRenderer,
  defineAction,
  defineExternalEffect,
  parseFlowYaml,
  PermanentEffectError,
  type ConversationEngine,
  type FlowDefinition,
} from '../../../src/conversation/index.js';
import { createMetrics, type Metrics } from '../../../src/platform/metrics.js';
import { createQueue, createWorker, UnrecoverableError } from '../../../src/platform/queues.js';
import {
  createEffectOutbox,
  effectOutbox,
  effectsQueue,
  type EffectOutbox,
  type OutboxWorker,
} from '../../../src/outbox/index.js';
import { connectRedis, type Redis } from '../../../src/platform/redis.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { createPgTestEngine } from '../../helpers/engine.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';
import { startRedisServer, type RedisServer } from '../../helpers/services.js';
import { startHarness as startLgspHarness, type Harness as LgspHarness } from '../lgsp/harness.js';
import { eventually } from '../zalo/harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });

// A citizen's report forwarded to the LGSP's feedback service: the external write whose idempotency key is the
// LGSP's `MaYeuCau`. (The feedback module builds the real one; this test needs a write the LGSP simulator counts.)
const FORWARD_EFFECT = 'test.report.forward';
const FLOW_YAML = `
id: report
title: Report
format: 1
triggers:
  - { type: keywords, values: ['báo hỏng'] }
start: forward
steps:
  forward:
    type: call
    action: test.report.submit
    args: { title: 'Đèn đường hỏng' }
    on: { ok: done, not_found: done, invalid: done, unavailable: done }
  done:
    type: end
    template: core:help.contact
`;

describe('external effects: recorded with the turn, performed after it, once in effect', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let lgsp: LgspHarness;
  let metrics: Metrics;
  let outbox: EffectOutbox;
  let worker: OutboxWorker | undefined;
  let engine: ConversationEngine;
  let performEffect: Parameters<EffectOutbox['startWorker']>[0]['perform'];
  /** The engine (and its performer) recording into another outbox. */
  let engineWith: (on: EffectOutbox) => { engine: ConversationEngine; perform: typeof performEffect };
  /** Crash points the test arms: the performer fails once after the LGSP accepted, or before calling it. */
  let crashAfterLgspAccepted = 0;
  let categoryCode = 'HA_TANG_DO_THI';

  const flow: FlowDefinition = (() => {
    const parsed = parseFlowYaml(FLOW_YAML, 'report.yaml');
    if (!parsed.flow) throw new Error(JSON.stringify(parsed.problems));
    return parsed.flow;
  })();

  beforeEach(async () => {
    database = await createTestDatabase();
    redis = await createTestRedis();
    lgsp = await startLgspHarness();
    metrics = createMetrics({ collectDefaults: false });
    crashAfterLgspAccepted = 0;
    categoryCode = 'HA_TANG_DO_THI';
    outbox = createEffectOutbox({ db: database.db, queues: redis.queues, logger: testLogger(), metrics });
    const forward = defineExternalEffect({
      type: FORWARD_EFFECT,
      payload: z.object({ title: z.string() }),
      async performAfterCommit(payload, ctx) {
        const submitted = await lgsp.lgsp.pakn.submit({
          requestId: ctx.key.slice(0, 64),
          title: payload.title,
          content: 'Ba cột đèn không sáng.',
          categoryCode,
          attachmentIds: [],
          consentToProcess: true,
          allowPublic: false,
        });
        if (submitted.status === 'invalid') throw new PermanentEffectError('the LGSP refused the report');
        if (submitted.status !== 'ok') throw new Error(`LGSP ${submitted.status}`);
        if (crashAfterLgspAccepted > 0) {
          crashAfterLgspAccepted -= 1;
          throw new Error('worker crashed after the LGSP accepted');
        }
      },
    });
    const submit = defineAction({
      name: 'test.report.submit',
      description: 'Forwards a report to the LGSP (after the turn commits).',
      kind: 'write',
      args: z.object({ title: z.string() }),
      run: ({ title }) =>
        Promise.resolve({ status: 'ok', value: {}, effects: [{ type: FORWARD_EFFECT, payload: { title } }] }),
    });
    engineWith = (on: EffectOutbox) => {
      const built = createPgTestEngine({
        db: database.db,
        flows: createMemoryFlowSource([flow]),
        actions: combineActionRegistries(createBuiltinActions(), createActionRegistry([submit])),
        templates,
        extraEffects: [forward],
        outbox: on,
      });
      const perform: typeof performEffect = (effect, attempt, logger) =>
        built.effects.performExternal(
          { key: effect.key, type: effect.type, payload: effect.payload },
          { citizenId: citizenIdSchema.parse(effect.citizenId), attempt, logger },
        );
      return { engine: built.engine, perform };
    };
    ({ engine, perform: performEffect } = engineWith(outbox));
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await outbox.close();
    await lgsp.close();
    await redis.destroy();
    await database.destroy();
  });

  const startWorker = async () => {
    worker = await outbox.startWorker({ perform: performEffect, scheduleSweep: false });
  };
  let counter = 0;
  const report = async (citizen = 'citizen-1', on = engine) => {
    counter += 1;
    const eventId = `ev-${counter}`;
    await on.handle({
      citizenId: citizenIdSchema.parse(citizen),
      eventId,
      occurredAt: new Date().toISOString(),
      payload: { kind: 'text', text: 'báo hỏng đèn đường' },
    });
    return eventId;
  };
  const entries = () => database.db.select().from(effectOutbox);
  const ticketsCreated = (before: number) => lgsp.simulator.stats().feedbackTickets - before;
  const counter_ = async (name: string) =>
    (await metrics.registry.getSingleMetric(name)?.get())?.values.reduce((sum, v) => sum + v.value, 0) ?? 0;

  it('records the effect in the turn and forwards it once the turn committed, keyed by event and step', async () => {
    const tickets = lgsp.simulator.stats().feedbackTickets;
    await startWorker();
    const eventId = await report();
    const [entry] = await eventually(async () => {
      const rows = await entries();
      return rows.every((row) => row.status === 'done') && rows.length > 0 ? rows : undefined;
    });
    expect(entry?.key).toBe(`${eventId}/report.forward#0`);
    expect(entry?.attempts).toBe(1);
    expect(ticketsCreated(tickets)).toBe(1);
    expect(await counter_('zalo_egov_external_effects_total')).toBe(1);
  });

  it('a worker that fails after the LGSP accepted retries with the same key: one ticket', async () => {
    const tickets = lgsp.simulator.stats().feedbackTickets;
    const calls = lgsp.simulator.stats().calls.feedbackSubmit ?? 0;
    crashAfterLgspAccepted = 1;
    await startWorker();
    await report();
    const [entry] = await eventually(async () => {
      const rows = await entries();
      return rows[0]?.status === 'done' ? rows : undefined;
    }, 30_000);
    expect(entry?.attempts).toBe(2);
    expect((lgsp.simulator.stats().calls.feedbackSubmit ?? 0) - calls).toBe(2);
    expect(ticketsCreated(tickets)).toBe(1);
  });

  it('nothing is lost when the process dies between the commit and the hand-over: the sweep performs it', async () => {
    const tickets = lgsp.simulator.stats().feedbackTickets;
    // No worker runs while the turn commits, and the release is lost with the process: the entry waits, pending.
    const lostRelease = outbox.release;
    outbox.release = () => Promise.resolve();
    await report();
    outbox.release = lostRelease;
    expect((await entries()).map((row) => row.status)).toEqual(['pending']);
    // The same event delivered again (the channel retried it) records nothing twice.
    await database.db.update(effectOutbox).set({ updatedAt: sql`now() - interval '2 minutes'` });
    await startWorker();
    expect(await worker?.sweep()).toBe(1);
    await eventually(async () => (await entries())[0]?.status === 'done');
    expect(ticketsCreated(tickets)).toBe(1);
  });

  /** Redis blips right after a turn's commit, as the effects queue sees them: started, and `back` once it is over. */
  const blips: Array<[string, (server: RedisServer, admin: Redis) => Promise<{ back: Promise<unknown> }>]> = [
    [
      // The primary steps down as in a failover (a replica refuses writes with READONLY), and is primary again a second
      // later.
      'a failover (writes refused for a second)',
      async (_server, admin) => {
        await admin.call('REPLICAOF', '127.0.0.1', '1');
        const stepsBack = new Promise((resolve) => setTimeout(resolve, 1000));
        return { back: stepsBack.then(() => admin.call('REPLICAOF', 'NO', 'ONE')) };
      },
    ],
    ['a restart (connections dropped, then refused)', (server) => Promise.resolve({ back: server.restart() })],
  ];
  it.each(blips)(
    'a Redis blip at the hand-over costs seconds: the turn hands its effect over (%s)',
    async (_, blip) => {
      const tickets = lgsp.simulator.stats().feedbackTickets;
      // A redis-server of the test's own, as the effects queue sees it, and a client that switches its role.
      const server = await startRedisServer();
      const connection = await connectRedis({ url: server.url, logger: testLogger(), role: 'queue' });
      const admin = await connectRedis({ url: server.url, logger: testLogger(), role: 'command' });
      const blipped = createEffectOutbox({
        db: database.db,
        queues: { connection, prefix: 'q' },
        logger: testLogger(),
      });
      const { engine: blippedEngine, perform } = engineWith(blipped);
      const handOver = blipped.release;
      let over: Promise<unknown> | undefined;
      blipped.release = async (keys) => {
        over = (await blip(server, admin)).back;
        return handOver(keys);
      };
      let blippedWorker: OutboxWorker | undefined;
      try {
        await report('citizen-1', blippedEngine);
        await over;
        // No sweep runs: the turn itself handed the entry over once Redis took writes again.
        blippedWorker = await blipped.startWorker({ perform, scheduleSweep: false });
        await eventually(async () => (await entries())[0]?.status === 'done');
        expect(ticketsCreated(tickets)).toBe(1);
      } finally {
        await blippedWorker?.close();
        await blipped.close();
        admin.disconnect();
        connection.disconnect();
        await server.stop();
      }
    },
  );

  it('an entry whose job failed (BullMQ fails a job that stalled twice) is performed by the sweep all the same', async () => {
    const tickets = lgsp.simulator.stats().feedbackTickets;
    // The entry's job fails for good: a worker that takes it and gives up on it (as BullMQ does after a second stall).
    const effects = createQueue(effectsQueue, redis.queues);
    const doomed = createWorker(effectsQueue, () => Promise.reject(new UnrecoverableError('job stalled twice')), {
      ...redis.queues,
      logger: testLogger(),
    });
    try {
      await report();
      await eventually(async () => (await effects.queue.getFailedCount()) === 1);
    } finally {
      await doomed.close();
      await effects.close();
    }
    // Left pending, as the worker that died in flight left it.
    await database.db
      .update(effectOutbox)
      .set({ attempts: 1, inFlightSince: new Date(), updatedAt: sql`now() - interval '2 minutes'` });
    await startWorker();
    expect(await worker?.sweep()).toBe(1);
    await eventually(async () => (await entries())[0]?.status === 'done', 30_000);
    expect(ticketsCreated(tickets)).toBe(1);
  }, 90_000);

  it('an entry a dead worker left in flight is performed again with the same key, and counted', async () => {
    const tickets = lgsp.simulator.stats().feedbackTickets;
    const lostRelease = outbox.release;
    outbox.release = () => Promise.resolve();
    await report();
    outbox.release = lostRelease;
    // The state a worker killed mid-call leaves: one attempt started, never finished; the LGSP did accept it.
    const [pending] = await entries();
    await lgsp.lgsp.pakn.submit({
      requestId: pending?.key.slice(0, 64) ?? '',
      title: 'Đèn đường hỏng',
      content: 'Ba cột đèn không sáng.',
      categoryCode,
      attachmentIds: [],
      consentToProcess: true,
      allowPublic: false,
    });
    await database.db
      .update(effectOutbox)
      .set({ attempts: 1, inFlightSince: new Date(), updatedAt: sql`now() - interval '2 minutes'` });
    await startWorker();
    await worker?.sweep();
    await eventually(async () => (await entries())[0]?.status === 'done');
    expect(ticketsCreated(tickets)).toBe(1);
    expect(await counter_('zalo_egov_external_effects_possible_repeats_total')).toBe(1);
  });

  it('an entry that fails validation, or whose data PostgreSQL refuses, fails at once with its reason, for an admin', async () => {
    const performer = performEffect;
    worker = await outbox.startWorker({
      // The second entry's performer writes a value PostgreSQL refuses (a data exception, SQLSTATE 22P02).
      perform: async (effect, attempt, logger) =>
        effect.key.startsWith('ev-refused/')
          ? (await database.db.execute(sql`select ${'không phải số'}::int`), { ok: true })
          : performer(effect, attempt, logger),
      scheduleSweep: false,
    });
    // Recorded by hand with a citizen id longer than any the performer accepts: it throws (a ZodError) on the row.
    await database.db.insert(effectOutbox).values([
      { key: 'ev-bad/report.forward#0', type: FORWARD_EFFECT, citizenId: 'c'.repeat(65), payload: {} },
      { key: 'ev-refused/report.forward#0', type: FORWARD_EFFECT, citizenId: 'citizen-1', payload: {} },
    ]);
    await outbox.release(['ev-bad/report.forward#0', 'ev-refused/report.forward#0']);
    const failed = await eventually(async () => {
      const rows = await outbox.list({ status: 'failed', limit: 10 });
      return rows.length === 2 ? rows : undefined;
    });
    // One attempt each, not twelve over two hours; the reason names the class and the issue, never a value.
    expect(Object.fromEntries(failed.map((row) => [row.key, [row.attempts, row.lastError]]))).toEqual({
      'ev-bad/report.forward#0': [1, 'ZodError (too_big) [permanent]'],
      'ev-refused/report.forward#0': [1, 'DrizzleQueryError 22P02 [permanent]'],
    });
    expect(await counter_('zalo_egov_external_effects_total')).toBe(2);
  });

  it('an attempt whose performer throws is recorded as a failure: not left in flight, retried later', async () => {
    worker = await outbox.startWorker({
      perform: () => Promise.reject(new Error('the receiver closed the connection')),
      scheduleSweep: false,
    });
    const [entry] = await database.db
      .insert(effectOutbox)
      .values({ key: 'ev-throws/report.forward#0', type: FORWARD_EFFECT, citizenId: 'citizen-1', payload: {} })
      .returning();
    await outbox.release([entry?.key ?? '']);
    /** The entry once `attempts` attempts have ended (their failure recorded, none under way). */
    const afterAttempts = (attempts: number) =>
      eventually(async () => {
        const [row] = await entries();
        return row && row.attempts >= attempts && row.lastError !== null && row.inFlightSince === null
          ? row
          : undefined;
      }, 30_000);
    expect(await afterAttempts(1)).toMatchObject({ status: 'pending', lastError: 'Error' });
    // The next attempt (after its back-off) does not take the first for one that died in flight.
    expect(await afterAttempts(2)).toMatchObject({ status: 'pending', lastError: 'Error' });
    expect(await counter_('zalo_egov_external_effects_possible_repeats_total')).toBe(0);
  }, 90_000);

  it('an attempt overtaken by a newer one never turns the newer one’s done back into failed', async () => {
    let started = false;
    let finishLate: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (finishLate = resolve));
    worker = await outbox.startWorker({
      perform: async () => {
        started = true;
        await late;
        return { ok: false, permanent: true, error: new PermanentEffectError('refused, too late') };
      },
      scheduleSweep: false,
    });
    const [entry] = await database.db
      .insert(effectOutbox)
      .values({ key: 'ev-late/report.forward#0', type: FORWARD_EFFECT, citizenId: 'citizen-1', payload: {} })
      .returning();
    await outbox.release([entry?.key ?? '']);
    await eventually(() => started);
    // Meanwhile its worker stalled and a newer attempt took the entry and performed it (what the sweep's job does).
    await database.db
      .update(effectOutbox)
      .set({ attempts: 2, status: 'done', inFlightSince: null, performedAt: new Date() });
    finishLate();
    await worker.close(); // waits for the late attempt to end
    worker = undefined;
    expect((await entries())[0]).toMatchObject({ status: 'done', attempts: 2, lastError: null });
  });

  it('a refusal is final at once, kept without its payload for an admin, and can be retried', async () => {
    categoryCode = 'NO_SUCH_CATEGORY';
    await startWorker();
    await report();
    const [failed] = await eventually(async () => {
      const rows = await entries();
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toBe('PermanentEffectError');
    const listed = await outbox.list({ status: 'failed', limit: 10 });
    expect(listed).toEqual([expect.objectContaining({ id: failed?.id, type: FORWARD_EFFECT })]);
    expect(listed[0]).not.toHaveProperty('payload');

    categoryCode = 'HA_TANG_DO_THI';
    expect(await outbox.markForRetry(database.db, failed?.id ?? '')).toBe(true);
    await outbox.queueRetry(failed?.id ?? '');
    await eventually(async () => (await entries())[0]?.status === 'done');
    expect(await outbox.markForRetry(database.db, failed?.id ?? '')).toBe(false);
  });

  it('a turn whose event was already handled records no second entry', async () => {
    await startWorker();
    const eventId = await report();
    await eventually(async () => (await entries())[0]?.status === 'done');
    await engine.handle(
      {
        citizenId: citizenIdSchema.parse('citizen-1'),
        eventId,
        occurredAt: new Date().toISOString(),
        payload: { kind: 'text', text: 'báo hỏng đèn đường' },
      },
      // The channel's claim on the event: already taken.
      () => Promise.resolve(false),
    );
    expect(await entries()).toHaveLength(1);
    expect(await database.db.select().from(effectOutbox).where(eq(effectOutbox.status, 'pending'))).toEqual([]);
  });
});
