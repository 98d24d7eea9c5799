import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import {
  combineActionRegistries,
  conversationHandoffs,
  createActionRegistry,
  createBuiltinActions,
  createMemoryFlowSource,
  createTemplateRenderer,
  loadFlowsFromDir,
  parseFlowYaml,
  type CitizenId,
} from '../../../src/conversation/index.js';
import {
  createDossierFollowStore,
  createLgspActions,
  createProcedureCatalogue,
  lgspDossierFollows,
} from '../../../src/lgsp/index.js';
import { signZaloWebhook } from '../../../src/sandbox/zalo/index.js';
import {
  broadcastDeliveryQueue,
  conversationMessages,
  messageDeliveries,
  outboundQueue,
} from '../../../src/messaging/index.js';
import { createQueue } from '../../../src/platform/queues.js';
import type { Redis } from '../../../src/platform/redis.js';
import { zaloDeadLetters, type ZaloClient } from '../../../src/zalo/index.js';
import { createPgTestEngine } from '../../helpers/engine.js';
import { testLogger } from '../../helpers/logger.js';
import { startHarness as startLgspHarness, type Harness as LgspHarness } from '../lgsp/harness.js';
import { createHarness, eventually, IDENTITY, type Harness } from './harness.js';

const CODE = '000.00.15.H02-221205-0001';
const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
const flows = createMemoryFlowSource(loadFlowsFromDir(path.resolve('flows')).flows);
/** A reply of two messages without an effect: its turn is written in one statement (the shipped ones all have one). */
const twoMessages = parseFlowYaml(
  `id: two_messages
title: Two messages
format: 1
triggers:
  - type: payload
    value: '#two_messages'
start: contact
steps:
  contact:
    type: say
    template: core:help.contact
    next: capabilities
  capabilities:
    type: say
    template: core:welcome.capabilities
`,
  'two_messages',
).flow;

let zalo: Harness | undefined;
let lgsp: LgspHarness | undefined;
afterEach(async () => {
  await zalo?.destroy();
  await lgsp?.close();
  zalo = undefined;
  lgsp = undefined;
});

/** The Zalo channel's workers running the real engine (shipped flows, LGSP actions, effects) on the harness. */
async function start(
  options: {
    wrapClient?: (client: ZaloClient) => ZaloClient;
    rateLimitPerMinute?: number;
    flows?: ReturnType<typeof createMemoryFlowSource>;
  } = {},
) {
  lgsp = await startLgspHarness();
  const h = await createHarness(options);
  zalo = h;
  await h.tokens.initialize();
  const { engine } = createPgTestEngine({
    db: h.db.db,
    flows: options.flows ?? flows,
    actions: combineActionRegistries(
      createBuiltinActions(),
      createActionRegistry(
        createLgspActions({
          services: lgsp.lgsp,
          catalogue: createProcedureCatalogue({ db: h.db.db, procedures: lgsp.lgsp.procedures, logger: testLogger() }),
          renderer,
          follows: createDossierFollowStore(h.db.db),
          follow: { maxDays: 60, intervalMinutes: 30 },
        }),
      ),
    ),
    templates: renderer,
    replies: h.sink.replyOutbox,
  });
  return { h, engine };
}

function textsTo(h: Harness, userId: string): string[] {
  return h.simulator.sent
    .filter((m) => m.userId === userId)
    .map((m) => (m.body as { message: { text?: string } }).message.text ?? '(attachment)');
}

/** Acts as a citizen and waits until the OA's answer to it has been sent (no new message for a moment). */
async function act(h: Harness, userId: string, action: Parameters<Harness['simulator']['act']>[1]) {
  const before = textsTo(h, userId).length;
  const result = await h.simulator.act(userId, action);
  expect(result.status).toBe(200);
  await eventually(() => textsTo(h, userId).length > before);
  let count = -1;
  // Quiet for a moment and nothing left queued: on a loaded machine a reply's later parts can lag its first.
  while (count !== textsTo(h, userId).length || (await countQueued(h, userId)) > 0) {
    count = textsTo(h, userId).length;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return { event: result.event, replies: textsTo(h, userId).slice(before) };
}

async function countQueued(h: Harness, userId: string): Promise<number> {
  const [row] = await h.db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(messageDeliveries)
    .where(and(eq(messageDeliveries.citizenId, userId), eq(messageDeliveries.status, 'queued')));
  return row?.n ?? 0;
}

async function countRows(h: Harness, table: typeof lgspDossierFollows | typeof conversationHandoffs, userId: string) {
  const [row] = await h.db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.citizenId, userId));
  return row?.n ?? 0;
}

/** The turns' first replies by how they went (`zalo_egov_outbound_inline_replies_total`). */
async function inlineReplies(h: Harness, outcome: string): Promise<number> {
  const metric = await h.metrics.registry.getSingleMetric('zalo_egov_outbound_inline_replies_total')?.get();
  return (metric?.values ?? []).find((value) => value.labels.outcome === outcome)?.value ?? 0;
}

function counterValue(h: Harness, name: string): Promise<number> {
  return h.metrics.registry
    .getSingleMetric(name)
    ?.get()
    .then((metric) => metric.values.reduce((sum, value) => sum + value.value, 0)) as Promise<number>;
}

describe('each event answered once, each write performed once', () => {
  it('a redelivered event that Redis forgot (restart without data) is recognised and answered no second time', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Chị Lan');
    await act(h, citizen.id, { type: 'follow' });
    const { event, replies } = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    expect(replies.join('\n')).toContain('Đường dây nóng');

    // Redis lost its dedupe memory; Zalo retries the same event.
    const seen = await h.redis.redis.keys(`${h.redis.prefix}:zalo:seen:*`);
    await h.redis.redis.del(...seen.map((key) => key.slice(`${h.redis.prefix}:`.length)));
    const body = JSON.stringify(event);
    const retried = await fetch(h.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': signZaloWebhook(IDENTITY.appId, body, String(event.timestamp), IDENTITY.oaSecretKey),
      },
      body,
    });
    expect(retried.status).toBe(200);
    await eventually(() => h.handled.length === 3);
    await eventually(async () => (await h.redis.redis.zcard(`zalo:mbox:${citizen.id}`)) === 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(textsTo(h, citizen.id).filter((text) => text.includes('Đường dây nóng'))).toHaveLength(1);
    const inbound = await h.db.db
      .select()
      .from(conversationMessages)
      .where(and(eq(conversationMessages.citizenId, citizen.id), eq(conversationMessages.direction, 'in')));
    expect(inbound).toHaveLength(2);
  });

  it('a change of language, written with the claim, is remembered once: a redelivered event changes it no second time', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Bác Tư');
    await act(h, citizen.id, { type: 'follow' });
    const languageOf = async () =>
      (await h.db.db.select().from(citizens).where(eq(citizens.zaloUserId, citizen.id)))[0]?.language;
    const english = await act(h, citizen.id, { type: 'text', text: 'English' });
    expect(await languageOf()).toBe('en');
    await act(h, citizen.id, { type: 'text', text: 'Tiếng Việt' });
    expect(await languageOf()).toBe('vi');
    const sent = textsTo(h, citizen.id).length;

    // Redis lost its dedupe memory; Zalo retries the "English" event after the citizen chose Vietnamese again.
    const seen = await h.redis.redis.keys(`${h.redis.prefix}:zalo:seen:*`);
    await h.redis.redis.del(...seen.map((key) => key.slice(`${h.redis.prefix}:`.length)));
    const body = JSON.stringify(english.event);
    const retried = await fetch(h.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zevent-signature': signZaloWebhook(
          IDENTITY.appId,
          body,
          String(english.event.timestamp),
          IDENTITY.oaSecretKey,
        ),
      },
      body,
    });
    expect(retried.status).toBe(200);
    await eventually(() => h.handled.length === 4);
    await eventually(async () => (await h.redis.redis.zcard(`zalo:mbox:${citizen.id}`)) === 0);
    expect(await languageOf()).toBe('vi');
    expect(textsTo(h, citizen.id)).toHaveLength(sent);
  });

  it('a worker that fails after the turn committed replays the event without a second reply, follow or handoff', async () => {
    const { h, engine } = await start();
    const crashed = new Set<string>();
    // Fails once after each commit, as a worker killed before the event left the mailbox would.
    h.setHandler(async (event, claim) => {
      const outcome = await engine.handle(event, claim);
      if (!crashed.has(event.eventId)) {
        crashed.add(event.eventId);
        throw new Error('worker died after the commit');
      }
      return outcome;
    });
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Anh Minh');
    await act(h, citizen.id, { type: 'follow' });
    const followed = await act(h, citizen.id, { type: 'text', text: `#follow_dossier ${CODE}` });
    expect(followed.replies.join('\n')).toContain(`Đã đăng ký theo dõi hồ sơ ${CODE}`);
    await act(h, citizen.id, { type: 'text', text: '#go:help/handoff' });
    await eventually(() => h.handled.length === 6);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(textsTo(h, citizen.id).filter((text) => text.includes('Đã đăng ký theo dõi'))).toHaveLength(1);
    expect(textsTo(h, citizen.id).filter((text) => text.includes('Xin chào'))).toHaveLength(1);
    expect(await countRows(h, lgspDossierFollows, citizen.id)).toBe(1);
    expect(await countRows(h, conversationHandoffs, citizen.id)).toBe(1);
  });

  it('an outage of the database during a turn uses up no attempt: the event waits, then is answered once', async () => {
    const { h, engine } = await start();
    let outages = 0;
    // More failures than the event's own limit (3) and the job's attempts would allow if they were counted.
    h.setHandler(async (event, claim) => {
      if (event.payload.kind === 'text' && outages < 4) {
        outages += 1;
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      }
      return engine.handle(event, claim);
    });
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Cô Hạnh');
    await act(h, citizen.id, { type: 'follow' });
    await h.simulator.act(citizen.id, { type: 'text', text: 'liên hệ' });
    await eventually(() => textsTo(h, citizen.id).some((text) => text.includes('Đường dây nóng')), 40_000);
    expect(outages).toBe(4);
    expect(await h.db.db.select().from(zaloDeadLetters)).toEqual([]);
  }, 60_000);

  it('an event that keeps failing for its own reason becomes a dead letter and later events proceed', async () => {
    const { h, engine } = await start();
    h.setHandler(async (event, claim) => {
      if (event.payload.kind === 'text' && event.payload.text === 'hỏng') throw new TypeError('a bug');
      return engine.handle(event, claim);
    });
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Ông Tư');
    await act(h, citizen.id, { type: 'follow' });
    await h.simulator.act(citizen.id, { type: 'text', text: 'hỏng' });
    const { replies } = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    expect(replies.join('\n')).toContain('Đường dây nóng');
    const [letter] = await h.db.db.select().from(zaloDeadLetters);
    expect(letter).toMatchObject({ citizenId: citizen.id, status: 'open', failures: 3, error: 'TypeError' });
    expect(letter?.rawBody).toContain('hỏng');
  });

  /** A worker that loses the database right after Zalo accepted its first message (as if killed there). */
  async function startLosingTrackOnce(onLost: (h: Harness) => void = () => {}) {
    let failAfterAccept = false;
    const started = await start({
      wrapClient: (client) => ({
        ...client,
        async sendMessage(userId, message) {
          const accepted = await client.sendMessage(userId, message);
          if (failAfterAccept) {
            failAfterAccept = false;
            onLost(started.h);
            throw Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
          }
          return accepted;
        },
      }),
    });
    started.h.setHandler((event, claim) => started.engine.handle(event, claim));
    await started.h.startWorkers();
    return { ...started, loseTrackOfNextSend: () => (failAfterAccept = true) };
  }

  const allSent = (h: Harness, citizenId: string) =>
    eventually(async () => {
      const rows = await h.db.db
        .select()
        .from(messageDeliveries)
        .where(eq(messageDeliveries.citizenId, citizenId))
        .orderBy(asc(messageDeliveries.seq));
      return rows.every((row) => row.status === 'sent' && row.inFlightSince === null) ? rows : undefined;
    });

  it('a message Zalo accepted just before the worker lost track of it is found in the conversation, not sent again', async () => {
    const { h, loseTrackOfNextSend } = await startLosingTrackOnce();
    const citizen = h.simulator.createCitizen('Bà Năm');
    await act(h, citizen.id, { type: 'follow' });
    // The same text sent earlier is that earlier record's copy: it must not pass for the message left in flight.
    await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    const lookupsBefore = h.simulator.stats.apiCalls.get('oa/conversation') ?? 0;
    loseTrackOfNextSend();
    await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    const rows = await allSent(h, citizen.id);
    expect(textsTo(h, citizen.id).filter((text) => text.includes('Đường dây nóng'))).toHaveLength(2);
    // Every record names the copy Zalo holds, each a different one.
    const zaloIds = new Set(h.simulator.sent.filter((m) => m.userId === citizen.id).map((m) => m.messageId));
    expect(rows.every((row) => row.channelMessageId !== null && zaloIds.has(row.channelMessageId))).toBe(true);
    expect(new Set(rows.map((row) => row.channelMessageId)).size).toBe(rows.length);
    expect(rows).toHaveLength(h.simulator.sent.filter((m) => m.userId === citizen.id).length);
    // Only the message left in flight cost a look at the conversation.
    expect((h.simulator.stats.apiCalls.get('oa/conversation') ?? 0) - lookupsBefore).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total')).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  });

  it('when Zalo cannot show the conversation, the message left in flight is sent again once, and counted', async () => {
    // Zalo answers the look at the conversation with an error (its next call after the accepted send).
    const { h, loseTrackOfNextSend } = await startLosingTrackOnce((harness) => {
      harness.simulator.faults.failNext = { code: -100, count: 1 };
    });
    const citizen = h.simulator.createCitizen('Ông Sáu');
    await act(h, citizen.id, { type: 'follow' });
    loseTrackOfNextSend();
    await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    await allSent(h, citizen.id);
    // The one duplicate left: sent twice, and the metric says so.
    expect(textsTo(h, citizen.id).filter((text) => text.includes('Đường dây nóng'))).toHaveLength(2);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(1);
  });

  it('a message Zalo took whose answer was lost (a gateway answered 502) is looked for on the retry, not sent again', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Cô Bảy');
    await act(h, citizen.id, { type: 'follow' });
    h.simulator.faults.loseAnswerNext = 1;
    await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    await allSent(h, citizen.id);
    expect(textsTo(h, citizen.id).filter((text) => text.includes('Đường dây nóng'))).toHaveLength(1);
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total')).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  });

  it('a broadcast sent in one batch job whose worker lost track mid-batch reaches each follower once', async () => {
    const { h, loseTrackOfNextSend } = await startLosingTrackOnce();
    const followers = Array.from({ length: 6 }, (_, i) => h.simulator.createCitizen(`Người nhận ${i}`));
    for (const follower of followers) await act(h, follower.id, { type: 'follow' });
    const ids = followers.map((follower) => follower.id);
    const text = 'Lịch tiếp công dân thay đổi';
    await h.sink.recordMany(
      h.db.db,
      ids.map((citizenId) => ({ citizenId, messages: [{ kind: 'text' as const, text }] })),
      { purpose: 'broadcast' },
    );
    const jobsBefore = await deliveryJobs(h);
    // The first message Zalo accepts in the batch is left in flight (the database lost right after the call).
    loseTrackOfNextSend();
    await h.sink.releaseMany(ids);
    for (const id of ids) await allSent(h, id);
    for (const id of ids) expect(textsTo(h, id).filter((sent) => sent === text)).toHaveLength(1);
    // The one left in flight was found in its conversation when the batch ran again: recorded, not sent twice.
    expect(await counterValue(h, 'zalo_egov_outbound_reconciliations_total')).toBe(1);
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
    // One batch job (and its run after the outage), not a job per follower.
    expect((await deliveryJobs(h)) - jobsBefore).toBeLessThan(ids.length);
  });

  it('two broadcasts handed over to overlapping followers at once both go out promptly, each message once', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const followers = Array.from({ length: 3 }, (_, i) => h.simulator.createCitizen(`Người nhận chung ${i}`));
    for (const follower of followers) await act(h, follower.id, { type: 'follow' });
    // Both batches begin with the same citizen's message (the first in citizen order).
    const [first = '', second = '', third = ''] = followers.map((follower) => follower.id).sort();
    const text = 'Thông báo lịch tiêm chủng';
    await h.sink.recordMany(
      h.db.db,
      [first, second, third].map((citizenId) => ({ citizenId, messages: [{ kind: 'text' as const, text }] })),
      { purpose: 'broadcast' },
    );
    // Paused, so both batch jobs are added while the first still waits (as when they overlap in time). Batch jobs have
    // a queue of their own.
    const outbound = createQueue(broadcastDeliveryQueue, h.redis.queues);
    try {
      await outbound.queue.pause();
      await h.sink.releaseMany([first, second]);
      await h.sink.releaseMany([first, third]);
      await h.sink.releaseMany([first, second]);
      expect(await outbound.queue.getJobCountByTypes('waiting', 'prioritized')).toBe(2);
      await outbound.queue.resume();
    } finally {
      await outbound.close();
    }
    // No sweep runs in this harness: a batch job dropped for its id would leave its citizens waiting.
    for (const id of [first, second, third]) await allSent(h, id);
    for (const id of [first, second, third]) expect(textsTo(h, id).filter((sent) => sent === text)).toHaveLength(1);
  });
});

describe('a broadcast batch and the rate limit', () => {
  it('starts no call once Zalo says "rate limited": the followers not reached wait for the pause, then get it once', async () => {
    /** When each call to send started, and when the first "rate limited" answer came back. */
    const starts: number[] = [];
    let limitedAt: number | undefined;
    const { h, engine } = await start({
      wrapClient: (client) => ({
        ...client,
        async sendMessage(userId, message) {
          starts.push(Date.now());
          try {
            return await client.sendMessage(userId, message);
          } catch (error) {
            if (limitedAt === undefined && (error as { kind?: string }).kind === 'rate_limited') limitedAt = Date.now();
            throw error;
          }
        },
      }),
    });
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const followers = Array.from({ length: 12 }, (_, i) => h.simulator.createCitizen(`Người nhận ${i}`));
    for (const follower of followers) await act(h, follower.id, { type: 'follow' });
    const ids = followers.map((follower) => follower.id);
    const text = 'Thông báo tạm ngừng cấp nước';
    await h.sink.recordMany(
      h.db.db,
      ids.map((citizenId) => ({ citizenId, messages: [{ kind: 'text' as const, text }] })),
      { purpose: 'broadcast' },
    );
    starts.length = 0;
    // The batch's first call is refused for the rate limit (Zalo's -32).
    h.simulator.faults.failNext = { code: -32, count: 1 };
    await h.sink.releaseMany(ids);
    for (const id of ids) await eventually(async () => (await countQueued(h, id)) === 0, 30_000);
    for (const id of ids) expect(textsTo(h, id).filter((sent) => sent === text)).toHaveLength(1);
    // No call started after the refusal until the queue's pause (ZALO_RATE_LIMIT_PAUSE_MS, 5 s) was over, but those
    // of the batch's other lanes (4 calls at once) already under way: on a loaded machine they may reach Zalo after it.
    expect(limitedAt).toBeDefined();
    const during = starts.filter((at) => at > (limitedAt ?? 0) && at < (limitedAt ?? 0) + 4000);
    expect(during.length).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe('leaving', () => {
  it("unfollowing the OA ends the citizen's dossier follows in the same turn", async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Cô Ba');
    await act(h, citizen.id, { type: 'follow' });
    await act(h, citizen.id, { type: 'text', text: `#follow_dossier ${CODE}` });
    const follows = createDossierFollowStore(h.db.db);
    expect(await follows.listActive(citizen.id)).toHaveLength(1);
    await h.simulator.act(citizen.id, { type: 'unfollow' });
    await eventually(async () => (await follows.listActive(citizen.id)).length === 0);
  }, 60_000);
});

describe('messages by purpose', () => {
  it('a notification outside the window is held, then sent after the reply to the citizen’s next message', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Chú Bảy');
    await act(h, citizen.id, { type: 'follow' });
    const longAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await h.db.db.update(citizens).set({ lastInteractionAt: longAgo }).where(eq(citizens.zaloUserId, citizen.id));
    h.simulator.setLastInteraction(citizen.id, longAgo);

    await h.sink.send(citizen.id as CitizenId, [{ kind: 'text', text: 'Hồ sơ của bạn đã có kết quả.' }], {
      purpose: 'notification',
    });
    const held = await eventually(async () => {
      const [row] = await h.db.db
        .select()
        .from(messageDeliveries)
        .where(and(eq(messageDeliveries.citizenId, citizen.id), eq(messageDeliveries.purpose, 'notification')));
      return row?.status === 'held' ? row : undefined;
    });
    expect(held.reason).toBe('outside_window');
    expect(textsTo(h, citizen.id).join('\n')).not.toContain('đã có kết quả');

    const { replies } = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    const contact = replies.findIndex((text) => text.includes('Đường dây nóng'));
    const notice = replies.findIndex((text) => text.includes('1 thông báo'));
    const result = replies.findIndex((text) => text.includes('đã có kết quả'));
    expect(contact).toBeGreaterThanOrEqual(0);
    expect(notice).toBeGreaterThan(contact);
    expect(result).toBeGreaterThan(notice);
  });

  it('a reply does not wait behind a broadcast backlog', async () => {
    // 120 calls a minute: two a second, so 200 broadcast messages take well over a minute to drain.
    const { h, engine } = await start({ rateLimitPerMinute: 120 });
    h.setHandler((event, claim) => engine.handle(event, claim));
    const citizen = h.simulator.createCitizen('Em Hoa');
    const followers = Array.from({ length: 200 }, (_, i) => h.simulator.createCitizen(`Người theo dõi ${i}`));
    await h.startWorkers();
    await act(h, citizen.id, { type: 'follow' });
    for (const follower of followers) {
      await h.db.db
        .insert(citizens)
        .values({ zaloUserId: follower.id, following: true, lastInteractionAt: new Date() })
        .onConflictDoNothing();
      await h.sink.send(follower.id as CitizenId, [{ kind: 'text', text: 'Thông báo lịch cắt điện' }], {
        purpose: 'broadcast',
      });
    }
    // At two calls a second the reply's parts arrive slowly too: wait for its last part, not for a quiet moment.
    await h.simulator.act(citizen.id, { type: 'text', text: 'liên hệ' });
    await eventually(() => textsTo(h, citizen.id).some((text) => text.includes('Đường dây nóng')), 30_000);
    const [waiting] = await h.db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.purpose, 'broadcast'), eq(messageDeliveries.status, 'queued')));
    expect(waiting?.n ?? 0).toBeGreaterThan(150);
  }, 60_000);
});

/** The texts of a citizen's sent delivery records, in record order (the order the citizen must read them in). */
async function sentInRecordOrder(h: Harness, userId: string): Promise<string[]> {
  const rows = await h.db.db
    .select({ status: messageDeliveries.status, payload: messageDeliveries.payload })
    .from(messageDeliveries)
    .where(eq(messageDeliveries.citizenId, userId))
    .orderBy(asc(messageDeliveries.seq));
  expect(rows.every((row) => row.status === 'sent')).toBe(true);
  return rows.map((row) => (row.payload as { text?: string }).text ?? '(attachment)');
}

/** Outbound jobs run so far (a reply sent at once by the turn's worker runs none). */
const deliveryJobs = async (h: Harness) => {
  const metric = await h.metrics.registry.getSingleMetric('zalo_egov_jobs_total')?.get();
  return (metric?.values ?? [])
    .filter((value) => value.labels.queue === 'outbound')
    .reduce((sum, value) => sum + value.value, 0);
};

describe('the first reply, sent at once by the turn’s worker', () => {
  it('goes through the delivery job when the rate limiter has no slot, still once and in order', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Anh Sáu');
    await act(h, citizen.id, { type: 'follow' });
    // Limiter free: the turn's worker sends the first reply itself, the job only the ones after it.
    const jobsBefore = await deliveryJobs(h);
    const sentAtOnce = await inlineReplies(h, 'sent');
    const free = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    expect(free.replies.join('\n')).toContain('Đường dây nóng');
    expect((await deliveryJobs(h)) - jobsBefore).toBe(free.replies.length - 1);
    expect((await inlineReplies(h, 'sent')) - sentAtOnce).toBe(1);

    // The window is full (BullMQ's own limiter key, which inline sends share with the jobs) for two seconds.
    const outbound = createQueue(outboundQueue, h.redis.queues);
    try {
      const limiter = (outbound.queue.keys.limiter ?? '').slice(`${h.redis.prefix}:`.length);
      await h.redis.redis.set(limiter, '1000000', 'PX', 2000);
      const jobsBlocked = await deliveryJobs(h);
      const blocked = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
      expect(blocked.replies).toEqual(free.replies);
      expect((await deliveryJobs(h)) - jobsBlocked).toBe(blocked.replies.length);
      expect(await inlineReplies(h, 'no_slot')).toBe(1);
      expect((await inlineReplies(h, 'sent')) - sentAtOnce).toBe(1);
    } finally {
      await outbound.close();
    }
    expect(textsTo(h, citizen.id)).toEqual(await sentInRecordOrder(h, citizen.id));
  }, 60_000);

  it("counts the reply's messages in the replies' demand, which broadcast batches leave room for, however the turn is written", async () => {
    if (!twoMessages) throw new Error('the test flow does not parse');
    const { h, engine } = await start({
      flows: createMemoryFlowSource([...loadFlowsFromDir(path.resolve('flows')).flows, twoMessages]),
    });
    const outbound = createQueue(outboundQueue, h.redis.queues);
    const client = h.redis.queues.connection as Redis;
    const demandKeys = `${outbound.queue.keys.limiter ?? ''}:demand:*`;
    /** The replies' calls counted in the seconds' demand keys broadcast batches read, once each turn was committed. */
    const counted: number[] = [];
    h.setHandler(async (event, claim) => {
      const outcome = await engine.handle(event, claim);
      const keys = await client.keys(demandKeys);
      const values = keys.length > 0 ? await client.mget(...keys) : [];
      counted.push(values.reduce((sum, value) => sum + Number(value ?? 0), 0));
      return outcome;
    });
    try {
      await h.startWorkers();
      const citizen = h.simulator.createCitizen('Anh Bảy');
      // A follow, written in a transaction; turns written in one statement: one without effects, one whose only
      // effect is the change of language (the claim writes it on the citizen's record).
      const events = [{ type: 'follow' }, { type: 'text', text: '#two_messages' }, { type: 'text', text: 'English' }];
      for (const event of events as Parameters<typeof act>[2][]) {
        // Only this turn's reply counted (the keys live 3 s).
        const stale = await client.keys(demandKeys);
        if (stale.length > 0) await client.del(...stale);
        const before = counted.length;
        const { replies } = await act(h, citizen.id, event);
        expect(replies.length).toBeGreaterThan(1);
        expect(counted.slice(before)).toEqual([replies.length]);
      }
      // Each sent through the turn's own send (not a delivery job), whose reservation counted the reply's messages.
      expect(await inlineReplies(h, 'sent')).toBe(3);
    } finally {
      await outbound.close();
    }
  }, 60_000);

  it('gives its reservation back or uses it whatever happens: the statement fails, its result cannot be read, the send fails, the limit runs out, the workers stop; each reply once', async () => {
    if (!twoMessages) throw new Error('the test flow does not parse');
    const { h, engine } = await start({
      flows: createMemoryFlowSource([...loadFlowsFromDir(path.resolve('flows')).flows, twoMessages]),
    });
    const citizen = h.simulator.createCitizen('Chị Mười');
    const lockKey = `messaging:dlock:${citizen.id}`;
    /** The lock's holder (its token) as the turn's reservation took it: a delivery job may hold it after the turn. */
    let reservation: string | null = null;
    let fault: 'statement' | 'result' | 'stop' | undefined;
    /**
     * For each turn of the test flow: the lock held as its statement was about to run, and still held by that
     * reservation once the event was handled (a reply sent at once leaves the lock to the step that takes the event
     * out of the mailbox, which releases it).
     */
    const reservedBeforeStatement: boolean[] = [];
    const heldAfterTurn: boolean[] = [];
    const turnReservations: Array<string | null> = [];
    /** Called once an event was answered: whether each turn's reservation since the last call still holds the lock. */
    const checkReleased = async () => {
      const holder = await h.redis.redis.get(lockKey);
      for (const taken of turnReservations.splice(0)) heldAfterTurn.push(taken !== null && holder === taken);
    };
    let statementsFailed = 0;
    let turnsFailed = 0;
    let stopping: Promise<unknown> | undefined;
    const outbox = h.sink.replyOutbox as { recordStatement: typeof h.sink.replyOutbox.recordStatement };
    const recordStatement = outbox.recordStatement;
    outbox.recordStatement = async (...args) => {
      const statement = await recordStatement(...args);
      reservation = await h.redis.redis.get(lockKey);
      reservedBeforeStatement.push(reservation !== null);
      if (fault === 'result') {
        fault = undefined;
        // The statement commits (the claim, the session, the replies), but what it returns about the replies is not
        // what their parser reads: the failure comes after the commit.
        const { part } = statement;
        return {
          ...statement,
          part: {
            ...part,
            key: `${part.key}_unreadable`,
            build: () => ({ ...part.build(), result: sql`json_build_object('rows', 'unreadable')` }),
          },
        };
      }
      if (fault === 'stop') {
        fault = undefined;
        // The process shuts down mid-turn: its delivery workers stop (no more sends at once), then its turn workers
        // (once this turn is over).
        stopping = Promise.all([h.deliveryWorkers[0]?.close(), h.workers[0]?.close()]);
      }
      return statement;
    };
    h.setHandler(async (event, claim) => {
      const tested = event.payload.kind === 'text' && event.payload.text === '#two_messages';
      let used = claim;
      if (tested && fault === 'statement' && claim.statement) {
        fault = undefined;
        // The turn's statement fails once the reservation is taken (a division by zero where it reads the claim).
        // (Another shape of the prepared statement: its own key.)
        const { ctes } = claim.statement;
        const failing = {
          ...claim.statement,
          ctes: { ...ctes, key: `${ctes.key}_failing` },
          claimed: sql`(${claim.statement.claimed} and 1 / 0 = 1)`,
        };
        used = Object.assign((tx: Parameters<typeof claim>[0]) => claim(tx), { statement: failing });
      }
      try {
        return await engine.handle(event, used);
      } catch (error) {
        if (used !== claim) statementsFailed += 1;
        if (tested) turnsFailed += 1;
        throw error;
      } finally {
        if (tested) turnReservations.push(reservation);
      }
    });
    await h.startWorkers();
    await act(h, citizen.id, { type: 'follow' });
    const { replies } = await act(h, citizen.id, { type: 'text', text: '#two_messages' });
    await checkReleased();
    expect(replies).toHaveLength(2);

    // The statement fails: the reservation is given back; the event is handled again and answered once.
    fault = 'statement';
    expect((await act(h, citizen.id, { type: 'text', text: '#two_messages' })).replies).toEqual(replies);
    await checkReleased();
    expect(statementsFailed).toBe(1);
    // The statement commits but its result cannot be read: the turn fails after its commit, the reservation is given
    // back all the same; the event is handled again (its claim found) and the reply goes out once.
    fault = 'result';
    expect((await act(h, citizen.id, { type: 'text', text: '#two_messages' })).replies).toEqual(replies);
    await checkReleased();
    expect(turnsFailed).toBe(2);
    // The send at once fails (Zalo answers -100): the lock is released and the delivery job sends it.
    h.simulator.faults.failNext = { code: -100, count: 1 };
    expect((await act(h, citizen.id, { type: 'text', text: '#two_messages' })).replies).toEqual(replies);
    await checkReleased();
    expect(await inlineReplies(h, 'deferred')).toBe(1);
    // The limit runs out after the reply's first message (the window's last slot, for two seconds): the rest waits
    // for its job, the lock does not.
    const outbound = createQueue(outboundQueue, h.redis.queues);
    try {
      const limiter = (outbound.queue.keys.limiter ?? '').slice(`${h.redis.prefix}:`.length);
      await h.redis.redis.set(limiter, String(3000 / 60 - 1), 'PX', 2000);
    } finally {
      await outbound.close();
    }
    const jobsBefore = await deliveryJobs(h);
    expect((await act(h, citizen.id, { type: 'text', text: '#two_messages' })).replies).toEqual(replies);
    await checkReleased();
    expect((await deliveryJobs(h)) - jobsBefore).toBe(1);
    // The workers stop while the turn is between its reservation and its statement: the reply goes out once.
    fault = 'stop';
    expect((await act(h, citizen.id, { type: 'text', text: '#two_messages' })).replies).toEqual(replies);
    await checkReleased();
    await stopping;
    await checkReleased();

    // Six turns of the test flow and the two failed attempts: each reserved before its statement, none left the lock
    // held.
    expect(reservedBeforeStatement).toEqual([true, true, true, true, true, true, true, true]);
    expect(heldAfterTurn).toEqual([false, false, false, false, false, false, false, false]);
    expect(await inlineReplies(h, 'locked')).toBe(0);
    expect(textsTo(h, citizen.id)).toEqual(await sentInRecordOrder(h, citizen.id));
    expect(await counterValue(h, 'zalo_egov_outbound_possible_duplicates_total')).toBe(0);
  }, 90_000);

  it('sends the rest of a reply too, in order and once each, without a delivery job while the limit has room', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Cô Ba');
    await act(h, citizen.id, { type: 'follow' });
    const jobsBefore = await deliveryJobs(h);
    const { replies } = await act(h, citizen.id, { type: 'text', text: 'English' });
    expect(replies.length).toBeGreaterThan(1);
    expect(await deliveryJobs(h)).toBe(jobsBefore);
    // Each claimed once (the second by the statement that recorded the first one's send) and recorded as sent.
    const attempts = await h.db.db
      .select({
        attempts: messageDeliveries.attempts,
        status: messageDeliveries.status,
        inFlightSince: messageDeliveries.inFlightSince,
      })
      .from(messageDeliveries)
      .where(eq(messageDeliveries.citizenId, citizen.id));
    expect(attempts.every((row) => row.attempts === 1)).toBe(true);
    expect(attempts.every((row) => row.status === 'sent' && row.inFlightSince === null)).toBe(true);
    expect(textsTo(h, citizen.id)).toEqual(await sentInRecordOrder(h, citizen.id));
  }, 60_000);

  it('answers a citizen whose window had closed: the message that reopens it is counted before the reply is admitted', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Bác Năm');
    await act(h, citizen.id, { type: 'follow' });
    // Silent for ten days, and Zalo had said the window was closed: the turn's own statement reopens it.
    const day = 24 * 3600 * 1000;
    await h.db.db
      .update(citizens)
      .set({ lastInteractionAt: new Date(Date.now() - 10 * day), sendWindowClosedAt: new Date(Date.now() - 2 * day) })
      .where(eq(citizens.zaloUserId, citizen.id));
    const { replies } = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    expect(replies.join('\n')).toContain('Đường dây nóng');
    expect(textsTo(h, citizen.id)).toEqual(await sentInRecordOrder(h, citizen.id));
  }, 60_000);

  it('waits behind a notification committed before the turn: the notification goes first', async () => {
    const { h, engine } = await start();
    h.setHandler((event, claim) => engine.handle(event, claim));
    await h.startWorkers();
    const citizen = h.simulator.createCitizen('Chị Tám');
    await act(h, citizen.id, { type: 'follow' });
    // Committed, not yet released to delivery (its job not run yet): it leads the citizen's queue.
    await h.sink.record(h.db.db, citizen.id, [{ kind: 'text', text: 'Hồ sơ của bạn đã có kết quả.' }], {
      purpose: 'notification',
    });
    const { replies } = await act(h, citizen.id, { type: 'text', text: 'liên hệ' });
    expect(replies[0]).toBe('Hồ sơ của bạn đã có kết quả.');
    expect(replies.slice(1).join('\n')).toContain('Đường dây nóng');
    expect(replies.filter((text) => text.includes('đã có kết quả'))).toHaveLength(1);
    expect(textsTo(h, citizen.id)).toEqual(await sentInRecordOrder(h, citizen.id));
  }, 60_000);
});
