import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import { buildZaloEvent, signZaloWebhook } from '../../../src/sandbox/zalo/index.js';
import { listConversation } from '../../../src/messaging/index.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { createHarness, eventually, IDENTITY, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.destroy();
  harness = undefined;
});

let counter = 0;
function textEvent(userId: string, text: string, timestamp = Date.now()) {
  counter += 1;
  return buildZaloEvent(
    { type: 'text', text },
    {
      appId: IDENTITY.appId,
      oaId: IDENTITY.oaId,
      userId,
      userIdByApp: `9${userId}`,
      timestamp: String(timestamp),
      msgId: `msg-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`,
    },
  );
}

async function post(url: string, body: string, signature: string | undefined) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-zevent-signature': signature } : {}) },
    body,
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

function signed(event: Record<string, unknown>) {
  const body = JSON.stringify(event);
  return { body, signature: signZaloWebhook(IDENTITY.appId, body, String(event.timestamp), IDENTITY.oaSecretKey) };
}

// Each case twice: through the express router alone, and as production serves it (the ingress listener answers the
// plain deliveries ahead of express, `src/platform/ingress.ts`).
describe.each([
  { served: 'by the express router', ingress: false },
  { served: 'through the ingress listener', ingress: true },
])('Zalo webhook, $served', ({ ingress }) => {
  it('accepts a correctly signed event, hands it to the engine and logs it; refuses missing, wrong, tampered or stale ones', async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers();
    const h = harness;
    const user = '6142494823000000101';

    const missing = signed(textEvent(user, 'no signature'));
    expect((await post(h.webhookUrl, missing.body, undefined)).status).toBe(401);

    const wrong = signed(textEvent(user, 'wrong key'));
    const wrongMac = signZaloWebhook(IDENTITY.appId, wrong.body, '1', 'not-the-key');
    const wrongAnswer = await post(h.webhookUrl, wrong.body, wrongMac);
    expect(wrongAnswer.status).toBe(401);
    expect(wrongAnswer.body.code).toBe('ZALO_SIGNATURE_INVALID');

    const original = signed(textEvent(user, 'tra cứu hồ sơ'));
    const tampered = original.body.replace('tra cứu hồ sơ', 'tra cuu ho so');
    expect((await post(h.webhookUrl, tampered, original.signature)).status).toBe(401);

    const stale = signed(textEvent(user, 'old', Date.now() - 25 * 3600 * 1000));
    const staleAnswer = await post(h.webhookUrl, stale.body, stale.signature);
    expect(staleAnswer.status).toBe(401);
    expect(staleAnswer.body.code).toBe('ZALO_TIMESTAMP_OUT_OF_RANGE');

    const good = signed(textEvent(user, 'xin chào'));
    expect((await post(h.webhookUrl, good.body, good.signature)).status).toBe(200);
    // Served by the fast route when there is one: all five deliveries were plain.
    expect(h.fastRouteCalls()).toBe(ingress ? 5 : 0);

    await eventually(() => h.handled.length === 1);
    expect(h.handled[0]?.payload).toEqual({ kind: 'text', text: 'xin chào' });
    const log = await eventually(async () => {
      const rows = await listConversation(h.db.db, user);
      return rows.length === 1 ? rows : undefined;
    });
    expect(log[0]?.direction).toBe('in');
    const [citizen] = await h.db.db.select().from(citizens).where(eq(citizens.zaloUserId, user));
    expect(citizen?.lastInteractionAt).toBeInstanceOf(Date);
  });

  it('answers 413 to an oversize body, 400 to malformed JSON and 200 to unknown or malformed events without processing them', async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers();
    const h = harness;
    const huge = JSON.stringify({ ...textEvent('6142494823000000102', 'x'), padding: 'a'.repeat(1_100_000) });
    const oversize = await fetch(h.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': 'mac=00' },
      body: huge,
    });
    expect(oversize.status).toBe(413);

    expect((await post(h.webhookUrl, '{not json', 'mac=00')).status).toBe(400);

    const unknown = signed({ app_id: IDENTITY.appId, timestamp: String(Date.now()), event_name: 'shop_has_order' });
    const unknownAnswer = await post(h.webhookUrl, unknown.body, unknown.signature);
    expect(unknownAnswer.status).toBe(200);
    expect(unknownAnswer.body.processed).toBe(false);

    // An event type we do not know, from a citizen: acknowledged, kept in their conversation log, not answered.
    const reaction = signed({
      app_id: IDENTITY.appId,
      timestamp: String(Date.now()),
      event_name: 'user_reacted_message',
      sender: { id: '6142494823000000102' },
      recipient: { id: IDENTITY.oaId },
      message: { msg_id: 'react-1', react_icon: '/-heart' },
    });
    expect((await post(h.webhookUrl, reaction.body, reaction.signature)).body.processed).toBe(false);
    await eventually(async () =>
      (await listConversation(h.db.db, '6142494823000000102')).some(
        (row) => row.kind === 'unprocessed:user_reacted_message',
      ),
    );

    const broken = signed({ app_id: IDENTITY.appId, timestamp: String(Date.now()), event_name: 'user_send_text' });
    expect((await post(h.webhookUrl, broken.body, broken.signature)).status).toBe(200);

    const good = signed(textEvent('6142494823000000102', 'after the bad ones'));
    expect((await post(h.webhookUrl, good.body, good.signature)).status).toBe(200);
    await eventually(() => h.handled.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.handled.map((e) => e.payload)).toEqual([{ kind: 'text', text: 'after the bad ones' }]);
  });

  it('processes an event delivered three times concurrently once', async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers(2);
    const h = harness;
    const event = signed(textEvent('6142494823000000103', 'một lần thôi'));
    const answers = await Promise.all([1, 2, 3].map(() => post(h.webhookUrl, event.body, event.signature)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await eventually(() => h.handled.length >= 1);
    const again = await post(h.webhookUrl, event.body, event.signature);
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.handled).toHaveLength(1);
  });

  it("handles one citizen's 20 concurrent events one at a time in timestamp order across workers while others proceed", async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers(3);
    const h = harness;
    const busy = '6142494823000000104';
    const other = '6142494823000000105';
    let releaseGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      releaseGate = resolve;
    });
    let running = 0;
    let maxRunning = 0;
    h.setHandler(async (event) => {
      if (event.citizenId !== busy) return;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      if (event.payload.kind === 'text' && event.payload.text === 'tin 0') await gate;
      else await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
      running -= 1;
    });
    const base = Date.now() - 10_000;
    const events = Array.from({ length: 21 }, (_, i) => signed(textEvent(busy, `tin ${i}`, base + i)));
    const [first, ...rest] = events;
    if (!first) throw new Error('no events');
    // The first event holds the engine busy; the other 20 arrive meanwhile, all at once and shuffled (Zalo does not
    // promise order).
    expect((await post(h.webhookUrl, first.body, first.signature)).status).toBe(200);
    await eventually(() => h.handled.length === 1);
    const shuffled = [...rest].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(shuffled.map((e) => post(h.webhookUrl, e.body, e.signature)));
    expect(answers.every((a) => a.status === 200)).toBe(true);

    const otherEvent = signed(textEvent(other, 'tôi cũng cần hỏi'));
    await post(h.webhookUrl, otherEvent.body, otherEvent.signature);
    await eventually(() => h.handled.some((e) => e.citizenId === other));

    releaseGate();
    await eventually(() => h.handled.filter((e) => e.citizenId === busy).length === 21);
    const texts = h.handled
      .filter((e) => e.citizenId === busy)
      .map((e) => (e.payload.kind === 'text' ? e.payload.text : ''));
    expect(texts).toEqual(Array.from({ length: 21 }, (_, i) => `tin ${i}`));
    expect(maxRunning).toBe(1);
  });

  it("sets aside an event the engine keeps failing on, so the citizen's later events still get handled", async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers();
    const h = harness;
    const user = '6142494823000000107';
    let failures = 0;
    h.setHandler(async (event) => {
      if (event.payload.kind === 'text' && event.payload.text === 'hỏng') {
        failures += 1;
        throw new Error('engine bug');
      }
    });
    const base = Date.now() - 5000;
    const bad = signed(textEvent(user, 'hỏng', base));
    const good = signed(textEvent(user, 'bình thường', base + 1));
    expect((await post(h.webhookUrl, bad.body, bad.signature)).status).toBe(200);
    expect((await post(h.webhookUrl, good.body, good.signature)).status).toBe(200);
    await eventually(() => h.handled.some((e) => e.payload.kind === 'text' && e.payload.text === 'bình thường'));
    expect(failures).toBe(3);
  });

  it("recovers a citizen's mailbox whose lock was left by a worker that died", async () => {
    harness = await createHarness({ ingress });
    await harness.startWorkers();
    const h = harness;
    const user = '6142494823000000108';
    // A worker died while holding this citizen's lock; the lock expires on its own.
    await h.redis.redis.set(`zalo:mlock:${user}`, 'dead-worker', 'PX', 1000);
    const event = signed(textEvent(user, 'còn ai không?'));
    expect((await post(h.webhookUrl, event.body, event.signature)).status).toBe(200);
    await eventually(() => h.handled.some((e) => e.citizenId === user));
  });

  it('answers 503 when Redis is down, acknowledging nothing, and accepts the retry once Redis is back', async () => {
    // A TCP relay in front of the real Redis lets the test cut the webhook's Redis connection and restore it.
    const sockets = new Set<net.Socket>();
    const relay = net.createServer((client) => {
      const upstream = net.connect(6379, '127.0.0.1');
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayPort = (relay.address() as net.AddressInfo).port;
    const redisUrl = new URL(TEST_REDIS_URL);
    expect(redisUrl.port || '6379').toBe('6379');

    harness = await createHarness({ webhookRedisUrl: `redis://127.0.0.1:${relayPort}`, ingress });
    await harness.startWorkers();
    const h = harness;
    const webhookRedis = h.webhookRedis;
    if (!webhookRedis) throw new Error('no webhook redis');

    // Redis goes away.
    relay.close();
    for (const socket of sockets) socket.destroy();
    await eventually(() => webhookRedis.status !== 'ready');
    const event = signed(textEvent('6142494823000000106', 'khi Redis mất'));
    const down = await post(h.webhookUrl, event.body, event.signature);
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('ZALO_QUEUE_UNAVAILABLE');
    expect(down.retryAfter).toBe('5');

    // Redis comes back on the same port; Zalo retries the same delivery.
    await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve));
    await eventually(() => webhookRedis.status === 'ready');
    const retried = await post(h.webhookUrl, event.body, event.signature);
    expect(retried.status).toBe(200);
    await eventually(() => h.handled.length === 1);
    relay.close();
  });
});
