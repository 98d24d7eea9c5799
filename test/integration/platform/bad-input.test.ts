import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { AdminClient } from '../admin/harness.js';

const ADMIN_EMAIL = 'root@province.gov.vn';
const ADMIN_PASSWORD = 'correct horse battery staple';

/**
 * Client input that once answered 500 or silenced a citizen, sent over HTTP to the composed server: every one gets a
 * 4xx problem, and a citizen's message with unstorable characters gets a normal answer.
 */
describe('bad input over HTTP', () => {
  let system: TestSystem;
  let admin: AdminClient;
  beforeAll(async () => {
    system = await startTestSystem({ env: { ADMIN_EMAIL, ADMIN_PASSWORD } });
    admin = new AdminClient(`${system.url}/api/admin`);
    const login = await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(login.status).toBe(200);
  });
  afterAll(() => system.destroy());

  async function expectProblem(response: Response, status: number, code: string): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status, code });
  }

  const post = (path: string, body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${system.url}${path}`, { method: 'POST', headers, body });

  it('answers a corrupt gzip or brotli body with 400, and an unknown encoding with 415 (webhook and login)', async () => {
    for (const path of ['/webhooks/zalo', '/api/admin/auth/login']) {
      const headers = { 'content-type': 'application/json', 'x-zevent-signature': 'mac=00' };
      for (const encoding of ['gzip', 'br', 'deflate']) {
        await expectProblem(
          await post(path, 'this is not compressed', { ...headers, 'content-encoding': encoding }),
          400,
          'MALFORMED_BODY',
        );
      }
      // Truncated gzip: a valid header, then the stream stops.
      const truncated = gzipSync(Buffer.from(JSON.stringify({ email: ADMIN_EMAIL }))).subarray(0, 12);
      await expectProblem(
        await post(path, truncated, { ...headers, 'content-encoding': 'gzip' }),
        400,
        'MALFORMED_BODY',
      );
      await expectProblem(
        await post(path, 'x', { ...headers, 'content-encoding': 'x-unknown' }),
        415,
        'UNSUPPORTED_ENCODING',
      );
    }
    // A well-formed gzip body is still read.
    const login = await post(
      '/api/admin/auth/login',
      gzipSync(Buffer.from(JSON.stringify({ email: ADMIN_EMAIL, password: 'wrong password, long enough' }))),
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    );
    expect(login.status).toBe(401);
  });

  it('refuses NUL characters in query strings and path parameters with 400', async () => {
    const get = (path: string) => fetch(`${system.url}/api/admin${path}`, { headers: { cookie: admin.cookie ?? '' } });
    for (const path of [
      '/audit?action=%00',
      '/audit?action=account.created%00x',
      '/tokens?accountId=%00',
      '/conversations/%00/messages',
      '/conversations/1234%00/messages',
      '/flows/dossier%00/versions',
      '/flows/templates/vi/%00/versions',
    ]) {
      await expectProblem(await get(path), 400, 'INVALID_CHARACTERS');
    }
    const revoke = await admin.request('DELETE', '/tokens/%00');
    expect(revoke).toMatchObject({ status: 400, body: { code: 'INVALID_CHARACTERS' } });
  });

  it('refuses NUL characters and lone surrogates in admin JSON bodies with 400', async () => {
    const token = await admin.request('POST', '/tokens', { name: 'ci\u0000token' });
    expect(token).toMatchObject({ status: 400, body: { code: 'INVALID_CHARACTERS' } });
    const surrogate = await admin.request('POST', '/tokens', { name: 'ci \ud800 token' });
    expect(surrogate).toMatchObject({ status: 400, body: { code: 'INVALID_CHARACTERS' } });
    const account = await admin.request('POST', '/accounts', {
      email: 'new@province.gov.vn',
      password: 'a long enough password\u0000',
      roles: ['viewer'],
    });
    expect(account).toMatchObject({ status: 400, body: { code: 'INVALID_CHARACTERS' } });
    const yaml = await fetch(`${system.url}/api/admin/flows/validate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/yaml',
        cookie: admin.cookie ?? '',
        'x-csrf-token': admin.csrfToken ?? '',
      },
      body: 'id: x\u0000\n',
    });
    await expectProblem(yaml, 400, 'INVALID_CHARACTERS');
    // The same request without the bad character goes through.
    const clean = await admin.request('POST', '/tokens', { name: 'ci token' });
    expect(clean.status).toBe(201);
  });

  it('answers a citizen whose message carries NUL bytes and lone surrogates, and logs the cleaned text', async () => {
    const api = async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${system.url}/sandbox/zalo/api${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(response.ok, `${path} answered ${response.status}`).toBe(true);
      return (await response.json()) as T;
    };
    type Item = { seq: number; direction: 'in' | 'out'; body: { message?: { text?: string } } };
    /** Acts as the citizen, then returns the texts the OA sent back once they stop arriving. */
    const say = async (citizenId: string, action: Record<string, unknown>): Promise<string> => {
      const before = await api<{ items: Item[] }>(`/citizens/${citizenId}/conversation`);
      let cursor = before.items.at(-1)?.seq ?? 0;
      const sent = await api<{ delivered: boolean; status: number }>(`/citizens/${citizenId}/send`, action);
      expect(sent).toMatchObject({ delivered: true, status: 200 });
      const texts: string[] = [];
      for (let waitMs = 10_000; ; waitMs = 700) {
        const page = await api<{ items: Item[] }>(
          `/citizens/${citizenId}/conversation?after=${cursor}&waitMs=${waitMs}`,
        );
        if (page.items.length === 0) break;
        for (const item of page.items) if (item.direction === 'out') texts.push(item.body.message?.text ?? '');
        cursor = page.items.at(-1)?.seq ?? cursor;
      }
      return texts.join('\n');
    };
    const citizen = await api<{ id: string }>('/citizens', { displayName: 'Phạm Văn E' });
    expect(await say(citizen.id, { type: 'follow' })).toContain('Xin chào');
    // "tra cứu hồ sơ" without diacritics, broken up by NUL bytes and unpaired surrogates.
    const answer = await say(citizen.id, { type: 'text', text: 'tra\u0000 cuu\ud800 ho so\u0000' });
    expect(answer).toContain('mã hồ sơ');

    const { conversationMessages } = await import('../../../src/messaging/index.js');
    const { and, eq } = await import('drizzle-orm');
    const logged = await system.database.db
      .select()
      .from(conversationMessages)
      .where(and(eq(conversationMessages.citizenId, citizen.id), eq(conversationMessages.kind, 'user_send_text')));
    expect(logged.map((row) => row.body)).toEqual([{ kind: 'text', text: 'tra cuu\uFFFD ho so' }]);
  });
});
