import express from 'express';
import { pinoHttp } from 'pino-http';
import {
  adminApi,
  createAdminApi,
  createAdminAuth,
  ensureFirstAdmin,
  type LoginLimits,
} from '../../../src/admin/index.js';
import { notFoundHandler, problemErrorHandler } from '../../../src/platform/http.js';
import { adminApiContract } from '../../helpers/admin-api-contract.js';
import { serializeError } from '../../../src/platform/serialize-error.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { capturingLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

export const ADMIN_EMAIL = 'root@province.gov.vn';
export const ADMIN_PASSWORD = 'correct horse battery staple';

/** A clock the test moves by hand, so idleness, lockouts and expiry need no sleeping. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export interface AdminHarness {
  url: string;
  db: TestDatabase;
  redis: TestRedis;
  clock: TestClock;
  logText: () => string;
  adminId: string;
  close(): Promise<void>;
}

/** A tiny app with only the admin router (as the real app mounts it), over real HTTP, real Redis and a fresh database. */
export async function startAdminHarness(
  options: { sessionTtlHours?: number; sessionMaxHours?: number; loginLimits?: LoginLimits; publicUrl?: string } = {},
): Promise<AdminHarness> {
  const db = await createTestDatabase();
  const redis = await createTestRedis();
  const { logger, text } = capturingLogger('trace');
  let nowMs = Date.parse('2026-11-22T08:00:00.000Z');
  const clock: TestClock = {
    now: () => new Date(nowMs),
    advance: (ms) => {
      nowMs += ms;
    },
  };
  const outcome = await ensureFirstAdmin({
    db: db.db,
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
    sandbox: false,
    clock: clock.now,
  });
  if (outcome.status !== 'created') throw new Error(`first admin not created: ${outcome.status}`);
  const deps = {
    db: db.db,
    redis: redis.redis,
    logger,
    config: {
      sessionTtlHours: options.sessionTtlHours ?? 8,
      ...(options.sessionMaxHours === undefined ? {} : { sessionMaxHours: options.sessionMaxHours }),
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
    },
    clock: clock.now,
  };
  const auth = createAdminAuth(deps);
  const app = express();
  // As the real app: a proxy on loopback names the client, so tests can speak from several addresses.
  app.set('trust proxy', 'loopback');
  // As the real app: pino's standard serializers (which copy every property of an error) are not used.
  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
      },
      wrapSerializers: false,
    }),
  );
  const api = createAdminApi(
    adminApi.bind({
      ...deps,
      auth,
      units: () => [],
      ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    }),
    auth,
    { strictResponses: true },
  );
  app.use('/api/admin', api.router);
  app.use(notFoundHandler);
  app.use(problemErrorHandler(logger));
  const server: RunningServer = await listen(app);
  return {
    url: `${server.url}/api/admin`,
    db,
    redis,
    clock,
    logText: text,
    adminId: outcome.accountId,
    close: async () => {
      await server.close();
      await redis.destroy();
      await db.destroy();
    },
  };
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** A browser-like client: keeps the session cookie it is given and sends the CSRF token when told to. */
export class AdminClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;

  /** `ip`: the client address this client claims through X-Forwarded-For (the harness trusts loopback proxies). */
  constructor(
    private readonly baseUrl: string,
    private readonly options: { ip?: string } = {},
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {
      ...(this.options.ip ? { 'x-forwarded-for': this.options.ip } : {}),
      ...options.headers,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    if (csrf !== null && csrf !== undefined && method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('zegov_session='));
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value === 'zegov_session=' ? undefined : value;
    }
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    // Every answer in the admin tests is also checked against the OpenAPI document the admin UI is generated from.
    adminApiContract.expectToMatch({
      method,
      url: `${this.baseUrl}${path}`,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: text ? parsed : undefined,
    });
    return { status: response.status, headers: response.headers, body: parsed };
  }

  async login(email: string, password: string): Promise<ApiResponse> {
    const response = await this.request('POST', '/auth/login', { email, password });
    if (response.status === 200) this.csrfToken = String(response.body.csrfToken);
    return response;
  }
}

/** Signs in as the first admin and creates another account with the given roles; returns a client signed in as it. */
export async function createSignedInAccount(
  harness: AdminHarness,
  email: string,
  roles: string[],
  password = 'another long passphrase',
): Promise<{ client: AdminClient; id: string }> {
  const admin = new AdminClient(harness.url);
  await admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  const created = await admin.request('POST', '/accounts', { email, password, roles });
  if (created.status !== 201) throw new Error(`account not created: ${created.status}`);
  const client = new AdminClient(harness.url);
  const login = await client.login(email, password);
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return { client, id: String(created.body.id) };
}
