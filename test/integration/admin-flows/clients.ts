import { expect } from 'vitest';
import { adminApiContract } from '../../helpers/admin-api-contract.js';
import type { TestSystem } from '../../helpers/system.js';

export interface ApiResponse {
  status: number;
  contentType: string;
  body: Record<string, unknown>;
  /** The body as sent (CSV, HTML). */
  text: string;
}

/** A browser-like admin client over real HTTP: session cookie plus the CSRF header on unsafe requests. */
export class AdminApi {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { contentType?: string } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}/api/admin${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('zegov_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    // The reference page (`/docs`) is HTML; every other answer is JSON.
    const json = /json/.test(contentType);
    const answer = {
      status: response.status,
      contentType,
      body: text && json ? (JSON.parse(text) as Record<string, unknown>) : {},
      text,
    };
    // Every answer in these tests is also checked against the OpenAPI document the admin UI is generated from.
    adminApiContract.expectToMatch({
      method,
      url: response.url,
      ...answer,
      body: text ? (json ? answer.body : text) : undefined,
    });
    return answer;
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.request('POST', '/auth/login', { email, password });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    this.csrfToken = String(response.body.csrfToken);
  }
}

/** Signs in as the sandbox's generated first admin. */
export async function signInFirstAdmin(system: TestSystem): Promise<AdminApi> {
  const first = system.firstAdmin;
  if (first?.status !== 'generated') throw new Error(`expected a generated sandbox admin, got ${first?.status}`);
  const admin = new AdminApi(system.url);
  await admin.login(first.email, first.password);
  return admin;
}

/** Creates an account through the admin API and returns a client signed in as it, with its id. */
export async function createAccount(
  system: TestSystem,
  admin: AdminApi,
  email: string,
  roles: string[],
): Promise<{ api: AdminApi; id: string }> {
  const password = `${roles.join('-')} long passphrase`;
  const created = await admin.request('POST', '/accounts', { email, password, roles });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const api = new AdminApi(system.url);
  await api.login(email, password);
  return { api, id: String(created.body.id) };
}

export interface ConversationItem {
  seq: number;
  direction: 'in' | 'out';
  body: {
    message?: {
      text?: string;
      attachment?: { payload?: { buttons?: Array<{ title: string; type?: string; payload: unknown }> } };
    };
  };
}

/** Acts as citizens through the Zalo simulator's control API (signed webhooks, exactly as Zalo posts them). */
export class ZaloCitizens {
  constructor(private readonly baseUrl: string) {}

  async api<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/sandbox/zalo/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.ok, `${path} answered ${response.status}`).toBe(true);
    return (await response.json()) as T;
  }

  async create(displayName: string): Promise<string> {
    return (await this.api<{ id: string }>('/citizens', { displayName })).id;
  }

  /** Everything the OA sent after `after`, waiting for the first item, then until the OA has been quiet a moment. */
  async collect(citizenId: string, after: number): Promise<ConversationItem[]> {
    const replies: ConversationItem[] = [];
    let cursor = after;
    for (let waitMs = 10_000; ; waitMs = 700) {
      const page = await this.api<{ items: ConversationItem[] }>(
        `/citizens/${citizenId}/conversation?after=${cursor}&waitMs=${waitMs}`,
      );
      if (page.items.length === 0) break;
      replies.push(...page.items.filter((item) => item.direction === 'out'));
      cursor = page.items.at(-1)?.seq ?? cursor;
    }
    return replies;
  }

  async lastSeq(citizenId: string): Promise<number> {
    const page = await this.api<{ items: ConversationItem[] }>(`/citizens/${citizenId}/conversation`);
    return page.items.at(-1)?.seq ?? 0;
  }

  /** Acts as the citizen, then returns the OA's replies to that action. */
  async say(citizenId: string, action: Record<string, unknown>): Promise<ConversationItem[]> {
    const after = await this.lastSeq(citizenId);
    const sent = await this.api<{ delivered: boolean; status: number }>(`/citizens/${citizenId}/send`, action);
    expect(sent).toMatchObject({ delivered: true, status: 200 });
    return this.collect(citizenId, after);
  }
}

export const texts = (items: ConversationItem[]): string =>
  items.map((item) => item.body.message?.text ?? '').join('\n');

export const buttonsOf = (items: ConversationItem[]) =>
  items.flatMap((item) => item.body.message?.attachment?.payload?.buttons ?? []);
