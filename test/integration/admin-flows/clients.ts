import { expect } from 'vitest';
import { adminApiContract } from '../../helpers/admin-api-contract.js';
import { citizenSettled, type SettledProbe } from '../../helpers/settled.js';
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
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
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

  /** Opens a server-sent event stream with the session: events are read as they come (close it when done). */
  async events(path: string): Promise<ServerEvents> {
    const controller = new AbortController();
    const response = await fetch(`${this.baseUrl}/api/admin${path}`, {
      headers: this.cookie ? { cookie: this.cookie } : {},
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return new ServerEvents(response, controller);
  }

  /** A binary answer (a ticket's photo): status, content type, content disposition and the bytes as sent. */
  async download(path: string): Promise<{ status: number; contentType: string; disposition: string; bytes: Buffer }> {
    const response = await fetch(`${this.baseUrl}/api/admin${path}`, {
      headers: this.cookie ? { cookie: this.cookie } : {},
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
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
  unitCode?: string,
): Promise<{ api: AdminApi; id: string }> {
  const password = `${roles.join('-')} long passphrase`;
  const created = await admin.request('POST', '/accounts', {
    email,
    password,
    roles,
    ...(unitCode ? { unitCode } : {}),
  });
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
      attachment?: {
        type?: string;
        payload?: {
          template_type?: string;
          elements?: Array<{ media_type?: string; url?: string }>;
          buttons?: Array<{ title: string; type?: string; payload: unknown }>;
        };
      };
    };
  };
  /** A file the OA sent: its name as uploaded. */
  file?: { name: string; path: string };
}

/** How long the OA must stay quiet after its first message before a reply counts as complete (without a probe). */
const QUIET_MS = 700;
/** How long the first message of an answer may take. */
const FIRST_REPLY_MS = 10_000;
/** Checks the settled probe against the old rule (twice its quiet moment): slow, for when the server's paths change. */
const VERIFY_SETTLED = process.env.TEST_VERIFY_SETTLED === '1';

/** Acts as citizens through the Zalo simulator's control API (signed webhooks, exactly as Zalo posts them). */
export class ZaloCitizens {
  /** `settled` (`citizenSettled(system)`): without it, replies are collected until the OA has been quiet a moment. */
  constructor(
    private readonly baseUrl: string,
    private readonly settled?: SettledProbe,
  ) {}

  /** The citizens of a test system, whose answers are known complete as soon as the server has nothing left in hand. */
  static of(system: TestSystem): ZaloCitizens {
    return new ZaloCitizens(system.url, citizenSettled(system));
  }

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

  /**
   * Everything the OA sent after `after`: its first message is waited for (the citizen's own message, logged first, is
   * not an answer), then the rest until the server says it has nothing left in hand for the citizen (with a `settled`
   * probe), or else until the OA has been quiet a moment. The quiet moment stays the bound with a probe too, so a
   * message the server holds back (quiet hours, a held notice) ends the wait as it did.
   */
  async collect(citizenId: string, after: number): Promise<ConversationItem[]> {
    const replies: ConversationItem[] = [];
    let cursor = after;
    let quietSince = Date.now();
    for (;;) {
      const answered = replies.length > 0;
      // Only once an answer has begun: the probe cannot tell an answer not yet started from none to come.
      const probe = answered ? this.settled : undefined;
      const settled = probe !== undefined && (await probe(citizenId));
      // With the probe, short polls between its questions; without, one long poll for the first message, then the quiet.
      const waitMs = settled ? 0 : !answered ? FIRST_REPLY_MS : probe !== undefined ? 50 : QUIET_MS;
      const page = await this.api<{ items: ConversationItem[] }>(
        `/citizens/${citizenId}/conversation?after=${cursor}&waitMs=${waitMs}`,
      );
      replies.push(...page.items.filter((item) => item.direction === 'out'));
      cursor = page.items.at(-1)?.seq ?? cursor;
      if (settled) {
        if (VERIFY_SETTLED) await this.expectNothingAfter(citizenId, cursor);
        break;
      }
      if (page.items.length > 0) quietSince = Date.now();
      else if (!answered || Date.now() - quietSince >= QUIET_MS) break;
    }
    return replies;
  }

  /** `TEST_VERIFY_SETTLED=1`: after the probe said settled, the OA must stay quiet as long as the old rule waited. */
  private async expectNothingAfter(citizenId: string, cursor: number) {
    const page = await this.api<{ items: ConversationItem[] }>(
      `/citizens/${citizenId}/conversation?after=${cursor}&waitMs=${QUIET_MS * 2}`,
    );
    expect(page.items, 'a message arrived after the server said it had nothing left in hand').toEqual([]);
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

export interface ServerEvent {
  event: string;
  data: unknown;
}

/** Reads a `text/event-stream` answer as it arrives and lets a test wait for the event it expects. */
export class ServerEvents {
  readonly received: ServerEvent[] = [];
  private wake: (() => void) | undefined;
  private ended = false;

  constructor(
    response: Response,
    private readonly controller: AbortController,
  ) {
    void this.read(response);
  }

  private async read(response: Response) {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const event = field('event');
          if (event) this.received.push({ event, data: JSON.parse(field('data') ?? 'null') as unknown });
        }
        this.wake?.();
      }
    } catch {
      // Aborted by close().
    } finally {
      this.ended = true;
      this.wake?.();
    }
  }

  /** The first event received (so far or later) that `matches`; fails after `timeoutMs`. */
  async waitFor(matches: (event: ServerEvent) => boolean, timeoutMs = 15_000): Promise<ServerEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(matches);
      if (found) return found;
      if (this.ended || Date.now() > deadline) throw new Error('the expected event never came');
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  }

  get isEnded(): boolean {
    return this.ended;
  }

  close(): void {
    this.controller.abort();
  }
}
