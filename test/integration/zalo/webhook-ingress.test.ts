import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildZaloEvent, signZaloWebhook } from '../../../src/sandbox/zalo/index.js';
import { createHarness, eventually, IDENTITY, type Harness } from './harness.js';

// The webhook as production serves it: the ingress listener answers plain deliveries ahead of express, and anything
// unusual (a query, a compressed or oversize body) falls back to the express router. Both must answer alike.

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

function signed(event: Record<string, unknown>) {
  const body = JSON.stringify(event);
  return { body, signature: signZaloWebhook(IDENTITY.appId, body, String(event.timestamp), IDENTITY.oaSecretKey) };
}

async function post(url: string, body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** The answer without its request id (each request has its own). */
function withoutRequestId({ requestId: _ignored, ...rest }: Record<string, unknown>) {
  return rest;
}

describe('Zalo webhook through the ingress listener', () => {
  it('refuses a missing or wrong signature, malformed JSON and a stale event with the same problem answers as the express router', async () => {
    harness = await createHarness({ ingress: true });
    const h = harness;
    const user = '6142494823000000201';
    // A query string sends the same request to the express router.
    const viaExpress = `${h.webhookUrl}?via=express`;

    const wrong = signed(textEvent(user, 'sai khoá'));
    const wrongMac = signZaloWebhook(IDENTITY.appId, wrong.body, '1', 'not-the-key');
    const stale = signed(textEvent(user, 'cũ', Date.now() - 25 * 3600 * 1000));
    const cases: Array<{ body: string; headers: Record<string, string>; status: number; code: string }> = [
      { body: wrong.body, headers: {}, status: 401, code: 'ZALO_SIGNATURE_MISSING' },
      { body: wrong.body, headers: { 'x-zevent-signature': wrongMac }, status: 401, code: 'ZALO_SIGNATURE_INVALID' },
      { body: '{not json', headers: { 'x-zevent-signature': 'mac=00' }, status: 400, code: 'ZALO_MALFORMED_BODY' },
      {
        body: stale.body,
        headers: { 'x-zevent-signature': stale.signature },
        status: 401,
        code: 'ZALO_TIMESTAMP_OUT_OF_RANGE',
      },
    ];
    for (const { body, headers, status, code } of cases) {
      const fast = await post(h.webhookUrl, body, { ...headers, 'x-request-id': 'zalo-delivery-1' });
      const slow = await post(viaExpress, body, headers);
      expect([fast.status, slow.status]).toEqual([status, status]);
      expect(fast.body.code).toBe(code);
      expect(fast.contentType).toBe('application/problem+json; charset=utf-8');
      expect(fast.contentType).toBe(slow.contentType);
      expect(fast.requestId).toBe('zalo-delivery-1');
      expect(fast.body.requestId).toBe('zalo-delivery-1');
      expect(withoutRequestId(fast.body)).toEqual(withoutRequestId(slow.body));
    }
    expect(h.fastRouteCalls()).toBe(cases.length);
    // Nothing refused reached a mailbox.
    expect(await h.redis.redis.zcard(`zalo:mbox:${user}`)).toBe(0);
  });

  it('processes an event delivered several times, at once and later, once; the later delivery is answered as a duplicate', async () => {
    harness = await createHarness({ ingress: true });
    await harness.startWorkers(2);
    const h = harness;
    const event = signed(textEvent('6142494823000000202', 'một lần thôi'));
    const headers = { 'x-zevent-signature': event.signature };
    const answers = await Promise.all([1, 2, 3, 4].map(() => post(h.webhookUrl, event.body, headers)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    await eventually(() => h.handled.length >= 1);
    // Handled and taken out of the mailbox: a delivery now is a duplicate, not an event still waiting.
    await eventually(async () => (await h.redis.redis.zcard('zalo:mbox:6142494823000000202')) === 0);
    const again = await post(h.webhookUrl, event.body, headers);
    expect(again).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
    expect(h.fastRouteCalls()).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.handled).toHaveLength(1);
  });

  it('leaves a gzip-compressed, an oversize or a chunked body to the express router, which answers as before', async () => {
    harness = await createHarness({ ingress: true });
    await harness.startWorkers();
    const h = harness;
    const user = '6142494823000000203';

    const compressed = signed(textEvent(user, 'nén gzip'));
    const gzipped = await post(h.webhookUrl, gzipSync(compressed.body), {
      'content-encoding': 'gzip',
      'x-zevent-signature': compressed.signature,
    });
    expect(gzipped).toMatchObject({ status: 200, body: { received: true } });
    await eventually(() => h.handled.some((e) => e.payload.kind === 'text' && e.payload.text === 'nén gzip'));

    const corrupt = await post(h.webhookUrl, Buffer.from('not gzip at all'), {
      'content-encoding': 'gzip',
      'x-zevent-signature': compressed.signature,
    });
    expect(corrupt.status).toBe(400);
    expect(corrupt.body.code).toBe('MALFORMED_BODY');

    const huge = JSON.stringify({ ...textEvent(user, 'x'), padding: 'a'.repeat(1_100_000) });
    const oversize = await post(h.webhookUrl, huge, { 'x-zevent-signature': 'mac=00' });
    expect(oversize.status).toBe(413);
    expect(oversize.body.code).toBe('PAYLOAD_TOO_LARGE');

    // A body streamed without a content-length (chunked) is read by express too.
    const streamed = signed(textEvent(user, 'từng khúc'));
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(streamed.body));
        controller.close();
      },
    });
    const chunked = await fetch(h.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': streamed.signature },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(200);
    await eventually(() => h.handled.some((e) => e.payload.kind === 'text' && e.payload.text === 'từng khúc'));

    expect(h.fastRouteCalls()).toBe(0);
  });

  it("hands one citizen's 30 concurrent deliveries to the engine one at a time in timestamp order", async () => {
    harness = await createHarness({ ingress: true });
    await harness.startWorkers(3);
    const h = harness;
    const user = '6142494823000000204';
    let releaseGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      releaseGate = resolve;
    });
    let running = 0;
    let maxRunning = 0;
    h.setHandler(async (event) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      if (event.payload.kind === 'text' && event.payload.text === 'tin 0') await gate;
      else await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      running -= 1;
    });
    const base = Date.now() - 10_000;
    const [first, ...rest] = Array.from({ length: 31 }, (_, i) => signed(textEvent(user, `tin ${i}`, base + i)));
    if (!first) throw new Error('no events');
    // The first event holds the engine busy; the other 30 arrive meanwhile, all at once and shuffled (Zalo does not
    // promise order): many share one turn of the event loop, and so one MULTI.
    expect((await post(h.webhookUrl, first.body, { 'x-zevent-signature': first.signature })).status).toBe(200);
    await eventually(() => h.handled.length === 1);
    const shuffled = [...rest].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(
      shuffled.map((e) => post(h.webhookUrl, e.body, { 'x-zevent-signature': e.signature })),
    );
    expect(answers.every((a) => a.status === 200 && a.body.received === true)).toBe(true);
    expect(h.fastRouteCalls()).toBe(31);
    expect(await h.redis.redis.zcard(`zalo:mbox:${user}`)).toBe(31);

    releaseGate();
    await eventually(() => h.handled.length === 31);
    const texts = h.handled.map((e) => (e.payload.kind === 'text' ? e.payload.text : ''));
    expect(texts).toEqual(Array.from({ length: 31 }, (_, i) => `tin ${i}`));
    expect(maxRunning).toBe(1);
  });
});
