import { createHash, randomBytes } from 'node:crypto';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloSimulator, signZaloWebhook, type ZaloSimulator } from '../../../src/sandbox/zalo/index.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';

const identity = { appId: 'app-1', appSecret: 'app-secret', oaSecretKey: 'oa-secret', oaId: 'oa-1' };

describe('Zalo simulator', () => {
  let simulator: ZaloSimulator;
  let server: RunningServer;
  const received: Array<{ body: string; signature: string | undefined }> = [];

  beforeAll(async () => {
    const app = express();
    app.post('/hook', express.text({ type: '*/*' }), (req, res) => {
      received.push({ body: String(req.body), signature: req.get('x-zevent-signature') });
      res.sendStatus(200);
    });
    simulator = createZaloSimulator({ ...identity, webhookUrl: 'http://127.0.0.1:1/hook', logger: testLogger() });
    app.use('/sandbox/zalo', simulator.router);
    server = await listen(app);
    simulator.setWebhookUrl(`${server.url}/hook`);
  });
  afterAll(async () => {
    simulator.close();
    await server.close();
  });

  const api = (path: string, init?: RequestInit) => fetch(`${server.url}/sandbox/zalo${path}`, init);
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    api(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  async function connect(): Promise<{ access_token: string; refresh_token: string; expires_in: string }> {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const consent = await api(
      `/oauth/v4/oa/permission?app_id=app-1&redirect_uri=${encodeURIComponent('http://127.0.0.1/cb')}&code_challenge=${challenge}&state=s1`,
      { redirect: 'manual' },
    );
    expect(consent.status).toBe(302);
    const location = new URL(consent.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('s1');
    const token = await api('/oauth/v4/oa/access_token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: 'app-secret' },
      body: new URLSearchParams({
        app_id: 'app-1',
        grant_type: 'authorization_code',
        code: location.searchParams.get('code') ?? '',
        code_verifier: verifier,
      }).toString(),
    });
    return (await token.json()) as { access_token: string; refresh_token: string; expires_in: string };
  }

  it('signs the webhooks of a simulated citizen and lets the OA answer inside the window', async () => {
    const created = (await (await postJson('/api/citizens', { displayName: 'Chị Lan' })).json()) as { id: string };
    const follow = (await (await postJson(`/api/citizens/${created.id}/send`, { type: 'follow' })).json()) as {
      delivered: boolean;
    };
    expect(follow.delivered).toBe(true);
    await postJson(`/api/citizens/${created.id}/send`, { type: 'text', text: 'xin chào' });
    const last = received.at(-1);
    const event = JSON.parse(last?.body ?? '{}') as { timestamp: string; event_name: string };
    expect(event.event_name).toBe('user_send_text');
    expect(last?.signature).toBe(signZaloWebhook('app-1', last?.body ?? '', event.timestamp, 'oa-secret'));

    const tokens = await connect();
    expect(tokens.expires_in).toBe('90000');
    const send = await postJson(
      '/openapi/v3.0/oa/message/cs',
      { recipient: { user_id: created.id }, message: { text: 'Chào chị' } },
      { access_token: tokens.access_token },
    );
    const sent = (await send.json()) as { error: number; data: { message_id: string } };
    expect(sent.error).toBe(0);
    const conversation = (await (await api(`/api/citizens/${created.id}/conversation?after=0`)).json()) as {
      items: Array<{ direction: string; messageId: string }>;
    };
    expect(conversation.items.map((i) => i.direction)).toEqual(['in', 'in', 'out']);
    expect(conversation.items.at(-1)?.messageId).toBe(sent.data.message_id);
  });

  it('shows what real Zalo shows: hidden button payloads stay hidden, refused sends are recorded with the reason', async () => {
    const tokens = await connect();
    const first = (await (await postJson('/api/citizens', { displayName: 'Anh Tú' })).json()) as { id: string };
    const second = (await (await postJson('/api/citizens', { displayName: 'Anh Tú' })).json()) as { id: string };
    expect(second.id).not.toBe(first.id);
    // Not a follower yet: Zalo refuses (-213), and the citizen's phone shows the refused message with that reason.
    const refused = await postJson(
      '/openapi/v3.0/oa/message/cs',
      { recipient: { user_id: first.id }, message: { text: 'Chào anh' } },
      { access_token: tokens.access_token },
    );
    expect(((await refused.json()) as { error: number }).error).toBe(-213);
    await postJson(`/api/citizens/${first.id}/send`, { type: 'follow' });
    const tapped = await postJson(`/api/citizens/${first.id}/send`, {
      type: 'text',
      text: '#go:help/handoff',
      button: { type: 'oa.query.hide', title: 'Nhắn cho cán bộ' },
    });
    expect(tapped.status).toBe(200);
    const conversation = (await (await api(`/api/citizens/${first.id}/conversation?after=0`)).json()) as {
      items: Array<{ direction: string; error?: { code: number }; button?: { type: string }; body: unknown }>;
    };
    expect(conversation.items[0]).toMatchObject({ direction: 'refused', error: { code: -213 } });
    expect(conversation.items.at(-1)).toMatchObject({ direction: 'in', button: { type: 'oa.query.hide' } });

    // The OA's own view of the conversation (`/v2.0/oa/conversation`): newest first, 10 at most a page, what either
    // side sent (not the refused send), with Zalo's token and parameter errors.
    const sent = (await (
      await postJson(
        '/openapi/v3.0/oa/message/cs',
        { recipient: { user_id: first.id }, message: { text: 'Dạ, cán bộ sẽ trả lời anh' } },
        { access_token: tokens.access_token },
      )
    ).json()) as { data: { message_id: string } };
    const oaView = (data: unknown, token = tokens.access_token) =>
      api(`/openapi/v2.0/oa/conversation?data=${encodeURIComponent(JSON.stringify(data))}`, {
        headers: { access_token: token },
      }).then((r) => r.json() as Promise<{ error: number; data?: Array<Record<string, unknown>> }>);
    const view = await oaView({ user_id: first.id, offset: 0, count: 10 });
    expect(view.error).toBe(0);
    expect(view.data?.map((item) => [item.src, item.type])).toEqual([
      [0, 'text'],
      [1, 'text'],
      [1, 'follow'],
    ]);
    expect(view.data?.[0]).toMatchObject({
      message_id: sent.data.message_id,
      message: 'Dạ, cán bộ sẽ trả lời anh',
      from_id: 'oa-1',
      to_id: first.id,
    });
    expect(typeof view.data?.[0]?.time).toBe('number');
    expect((await oaView({ user_id: first.id, offset: 1, count: 1 })).data?.[0]?.src).toBe(1);
    expect((await oaView({ user_id: first.id, offset: 0, count: 11 })).error).toBe(-201);
    expect((await oaView({ user_id: 'nobody', offset: 0, count: 5 })).error).toBe(-201);
    expect((await oaView({ user_id: first.id, offset: 0, count: 5 }, 'nope')).error).toBe(-216);
  });

  it('rotates refresh tokens once and rejects bad tokens, non-followers and stale windows with Zalo codes', async () => {
    const tokens = await connect();
    const refresh = (rt: string) =>
      api('/oauth/v4/oa/access_token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: 'app-secret' },
        body: new URLSearchParams({ app_id: 'app-1', grant_type: 'refresh_token', refresh_token: rt }).toString(),
      }).then((r) => r.json() as Promise<{ error?: number; access_token?: string }>);
    const rotated = await refresh(tokens.refresh_token);
    expect(rotated.access_token).toBeTruthy();
    expect((await refresh(tokens.refresh_token)).error).toBeLessThan(0);

    const citizen = simulator.createCitizen('Anh Minh');
    const send = (token: string) =>
      postJson(
        '/openapi/v3.0/oa/message/cs',
        { recipient: { user_id: citizen.id }, message: { text: 'x' } },
        {
          access_token: token,
        },
      ).then((r) => r.json() as Promise<{ error: number }>);
    expect((await send('nope')).error).toBe(-216);
    expect((await send(rotated.access_token ?? '')).error).toBe(-213);
    await simulator.act(citizen.id, { type: 'follow' });
    simulator.setLastInteraction(citizen.id, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await send(rotated.access_token ?? '')).error).toBe(-230);
    await postJson('/api/faults', { failNext: { code: -32, count: 1 } });
    await simulator.act(citizen.id, { type: 'text', text: 'hi' });
    expect((await send(rotated.access_token ?? '')).error).toBe(-32);
    expect((await send(rotated.access_token ?? '')).error).toBe(0);
  });

  /** The answer of a long-poll, or 'still waiting' if it has not come `ms` after the news it waits for. */
  const answeredWithin = <T>(poll: Promise<T>, ms: number) =>
    Promise.race([poll, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

  it('long-polls the conversation until the OA sends something', async () => {
    const citizen = simulator.createCitizen('Bác Tư');
    const poll = api(`/api/citizens/${citizen.id}/conversation?after=0&waitMs=20000`).then(
      (r) => r.json() as Promise<{ items: Array<{ direction: string }> }>,
    );
    // The poll is waiting by then: the follow wakes it, long before its 20 s are up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await simulator.act(citizen.id, { type: 'follow' });
    const answer = await answeredWithin(poll, 5000);
    expect(answer).not.toBe('still waiting');
    expect(answer !== 'still waiting' && answer.items.length).toBeGreaterThan(0);
  });

  it("long-polls every citizen's chat at once, in seq order, a page at a time", async () => {
    type FeedItem = { citizenId: string; seq: number; direction: string };
    const feed = (query: string) =>
      api(`/api/conversation?${query}`).then((r) => r.json() as Promise<{ items: FeedItem[] }>);
    let start = 0;
    for (let page = await feed('after=0'); page.items.length > 0; page = await feed(`after=${start}`))
      start = Math.max(start, ...page.items.map((item) => item.seq));
    const waiting = feed(`after=${start}&waitMs=20000`);
    const an = simulator.createCitizen('Chị An');
    const binh = simulator.createCitizen('Anh Bình');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await simulator.act(an.id, { type: 'follow' });
    const first = await answeredWithin(waiting, 5000);
    expect(first).not.toBe('still waiting');
    expect(first !== 'still waiting' && first.items[0]).toMatchObject({ citizenId: an.id, direction: 'in' });
    await simulator.act(binh.id, { type: 'follow' });
    await simulator.act(an.id, { type: 'text', text: 'chào' });
    const all = (await feed(`after=${start}`)).items;
    expect(all.map((item) => [item.citizenId, item.direction])).toEqual([
      [an.id, 'in'],
      [binh.id, 'in'],
      [an.id, 'in'],
    ]);
    expect(all.map((item) => item.seq)).toEqual([...all.map((item) => item.seq)].sort((a, b) => a - b));
    const page = (await feed(`after=${start}&limit=2`)).items;
    expect(page.map((item) => item.seq)).toEqual(all.slice(0, 2).map((item) => item.seq));
    expect((await feed(`after=${page[1]?.seq ?? 0}`)).items.map((item) => item.seq)).toEqual([all[2]?.seq]);
    expect((await api('/api/conversation?limit=5000')).status).toBe(400);
  });

  it('serves uploads from its CDN', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('PNGDATA')], { type: 'image/png' }), 'a.png');
    const { url } = (await (await api('/api/uploads', { method: 'POST', body: form })).json()) as { url: string };
    expect(url).toMatch(/\/sandbox\/zalo\/cdn\//);
    const download = await fetch(url);
    expect(await download.text()).toBe('PNGDATA');
    // Served without helmet: never sniffed as another type, and a page among the uploads runs nothing.
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('fails the next downloads of one link only, whatever other downloads come first', async () => {
    const uploadText = async (text: string) => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(text)], { type: 'text/plain' }), 'a.txt');
      return ((await (await api('/api/uploads', { method: 'POST', body: form })).json()) as { url: string }).url;
    };
    const meant = await uploadText('meant');
    const other = await uploadText('other');
    expect((await postJson('/api/faults', { cdnFailLink: { url: meant, count: 2 } })).status).toBe(200);
    expect((await fetch(other)).status).toBe(200);
    expect((await fetch(meant)).status).toBe(503);
    expect((await fetch(other)).status).toBe(200);
    expect((await fetch(meant)).status).toBe(503);
    expect(await (await fetch(meant)).text()).toBe('meant');
    expect(
      (await postJson('/api/faults', { cdnFailLink: { url: 'http://127.0.0.1/elsewhere', count: 1 } })).status,
    ).toBe(400);
  });
});
