import net from 'node:net';
import { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createIngressListener, type FastRoute } from '../../../src/platform/ingress.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { eventually } from '../zalo/harness.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { capturingLogger } from '../../helpers/logger.js';

describe('the ingress listener', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  async function serve(level: 'info' | 'debug' = 'info') {
    const { logger, lines } = capturingLogger(level);
    const metrics = createMetrics({ collectDefaults: false });
    const bodies: string[] = [];
    const route: FastRoute = {
      path: '/webhooks/zalo',
      metricsRoute: '/webhooks/zalo/',
      maxBodyBytes: 64,
      handle: async ({ body, headers, requestId }) => {
        bodies.push(body.toString('utf8'));
        const ok = headers['x-zevent-signature'] === 'mac=good';
        const json = JSON.stringify(ok ? { received: true } : { code: 'ZALO_SIGNATURE_INVALID', requestId });
        return { status: ok ? 200 : 401, headers: { 'content-type': 'application/json' }, body: json };
      },
    };
    // The express side: what anything unusual reaches.
    const router = Router();
    router.post('/', (_req, res) => {
      res.status(202).json({ via: 'express' });
    });
    // A long-poll that answers only when there is news (none here): its callers leave as a matter of course.
    const polls = Router();
    polls.get('/', () => undefined);
    const app = createApp({
      logger,
      metrics,
      readiness: [],
      mounts: [],
      ingress: [
        { path: '/webhooks/zalo', router },
        { path: '/poll', router: polls, leftAsUsual: true },
        { path: '/strict-poll', router: polls },
      ],
    });
    server = await listen(createIngressListener({ routes: [route], fallback: app, logger, metrics }));
    const access = () =>
      lines()
        .map((line) => JSON.parse(line) as { level: number; msg: string; req?: { id: string; url: string } })
        .filter((entry) => entry.req !== undefined);
    return { url: `${server.url}/webhooks/zalo`, port: server.port, bodies, lines, access, metrics };
  }

  it('answers the plain POST itself, with the light access log, request ids and metrics of the express mount', async () => {
    const { url, bodies, lines, access, metrics } = await serve();
    const ok = await fetch(url, { method: 'POST', headers: { 'x-zevent-signature': 'mac=good' }, body: '{"a":1}' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true });
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const slash = await fetch(`${url}/`, { method: 'POST', headers: { 'x-zevent-signature': 'mac=good' }, body: '{}' });
    expect(slash.status).toBe(200);
    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'x-zevent-signature': 'mac=bad-secret-signature', 'x-request-id': 'zalo-retry-1' },
      body: '{"b":2}',
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('zalo-retry-1');
    expect(await refused.json()).toEqual({ code: 'ZALO_SIGNATURE_INVALID', requestId: 'zalo-retry-1' });
    expect(bodies).toEqual(['{"a":1}', '{}', '{"b":2}']);

    // Only the refusal is written at info; acknowledgements are debug.
    await eventually(() => access().length === 1);
    expect(access().map((entry) => [entry.level, entry.msg, entry.req?.id, entry.req?.url])).toEqual([
      [40, 'request completed', 'zalo-retry-1', '/webhooks/zalo'],
    ]);
    expect(lines().join('\n')).not.toContain('bad-secret-signature');
    const observed = await metrics.httpRequestDuration.get();
    const counts = observed.values
      .filter((value) => value.metricName?.endsWith('_count'))
      .map((value) => `${value.labels.method} ${value.labels.route} ${value.labels.status} ${value.value}`);
    expect(counts.sort()).toEqual(['POST /webhooks/zalo/ 200 2', 'POST /webhooks/zalo/ 401 1']);
  });

  it('hands other methods, URLs, compressed, chunked and oversize bodies to express', async () => {
    const { url, bodies } = await serve();
    const zaloUserId = '6142494823000000777';
    const viaExpress = async (target: string, init: RequestInit) => {
      const response = await fetch(target, init);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await viaExpress(`${url}?x=1`, { method: 'POST', body: '{}' })).toEqual({
      status: 202,
      body: { via: 'express' },
    });
    expect(await viaExpress(url, { method: 'POST', body: '{}', headers: { 'content-encoding': 'identity' } })).toEqual({
      status: 202,
      body: { via: 'express' },
    });
    expect(await viaExpress(url, { method: 'POST', body: 'x'.repeat(65) })).toEqual({
      status: 202,
      body: { via: 'express' },
    });
    expect((await viaExpress(url, { method: 'GET' })).status).toBe(404);
    const unknown = await viaExpress(`${url}/${zaloUserId}`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{}'));
        controller.close();
      },
    });
    const chunked = await fetch(url, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(202);
    expect(bodies).toEqual([]);
  });

  it('logs a delivery whose client went away before the whole body arrived as aborted, and answers nothing', async () => {
    const { port, bodies, access } = await serve();
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('POST /webhooks/zalo HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{"partial":');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await eventually(() => access().length === 1);
    expect(access()[0]).toMatchObject({ level: 40, msg: 'request aborted', req: { url: '/webhooks/zalo' } });
    expect(bodies).toEqual([]);
  });

  it('logs a long-poll its caller left (a reloaded page) at debug where that is usual, and at warn elsewhere', async () => {
    const { port, access } = await serve('debug');
    for (const path of ['/poll', '/strict-poll']) {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
    }
    await eventually(() => access().length === 2);
    expect(access().map((entry) => [entry.req?.url, entry.level, entry.msg])).toEqual([
      ['/poll', 20, 'request aborted'],
      ['/strict-poll', 40, 'request aborted'],
    ]);
  });
});
