import net from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInfrastructureError } from '../../../src/platform/infrastructure-errors.js';
import { createZaloClient, ZaloTransportError } from '../../../src/zalo/zalo-client.js';
import { listen, type RunningServer } from '../../helpers/http.js';

// The OA client's transport (undici): a province's network may reach Zalo only through a proxy (HTTP(S)_PROXY), and
// a call is bounded by the client's timeout even when that proxy never answers. "Zalo" here is a plain HTTP server
// answering the send call's envelope; the proxy tunnels with CONNECT, as undici's proxy agent asks.

const tokens = { getAccessToken: async () => 'token-1', refreshAfterRejection: async () => 'token-2' };
const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };

describe('the Zalo client over HTTP', () => {
  let zalo: RunningServer;
  let proxy: RunningServer;
  const tunnels: string[] = [];
  const calls: Array<{ path: string | undefined; token: string | undefined; body: string }> = [];
  let hangTunnels = false;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    zalo = await listen((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        calls.push({ path: req.url, token: req.headers['access_token'] as string | undefined, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: 0, message: 'Success', data: { message_id: `m${calls.length}` } }));
      });
    });
    proxy = await listen((_req, res) => res.writeHead(405).end());
    proxy.server.on('connect', (req, socket: net.Socket) => {
      tunnels.push(req.url ?? '');
      sockets.push(socket);
      if (hangTunnels) return;
      const upstream = net.connect(zalo.port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    // Read when the process's first client is created (this file's first test).
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = '';
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    // Tunnels are no longer the proxy server's connections: closed here.
    for (const socket of sockets) socket.destroy();
    await Promise.all([proxy.close(), zalo.close()]);
  });

  it('goes through HTTP_PROXY when it is set, with the same call and answer', async () => {
    const client = createZaloClient({ baseUrl: 'http://openapi.zalo.test', tokens });
    expect(await client.sendMessage('user-1', { text: 'Xin chào' })).toEqual({ messageId: 'm1' });
    expect(tunnels).toEqual(['openapi.zalo.test:80']);
    expect(calls).toEqual([
      {
        path: '/v3.0/oa/message/cs',
        token: 'token-1',
        body: JSON.stringify({ recipient: { user_id: 'user-1' }, message: { text: 'Xin chào' } }),
      },
    ]);
  });

  it('gives up on a proxy that never answers at its timeout, as an outage (ECONNABORTED)', async () => {
    hangTunnels = true;
    const client = createZaloClient({ baseUrl: 'http://slow.zalo.test', tokens, timeoutMs: 200 });
    const error = await client.sendMessage('user-1', { text: 'Xin chào' }).catch((e: unknown) => e);
    hangTunnels = false;
    expect(error).toBeInstanceOf(ZaloTransportError);
    expect((error as ZaloTransportError).code).toBe('ECONNABORTED');
    expect(isInfrastructureError(error)).toBe(true);
    expect(tunnels).toContain('slow.zalo.test:80');
  });

  it('names a refused connection ECONNREFUSED, an outage', async () => {
    const client = createZaloClient({ baseUrl: 'http://127.0.0.1:1', tokens, dispatcher: new Agent() });
    const error = await client.sendMessage('user-1', { text: 'Xin chào' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloTransportError);
    expect((error as ZaloTransportError).code).toBe('ECONNREFUSED');
    expect(isInfrastructureError(error)).toBe(true);
  });
});
