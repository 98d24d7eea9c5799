import { parseStoredJson } from '../platform/stored-json.js';
import { createHash, randomBytes } from 'node:crypto';
import axios, { type AxiosInstance } from 'axios';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import type { Redis } from '../platform/redis.js';
import { ZaloErrors } from './errors.js';
import { createRedisLock } from '../platform/redis-lock.js';
import { zaloTokens } from './schema.js';
import { decryptSecret, encryptSecret } from '../platform/secret-box.js';
import { zaloMetricsOf } from './zalo-metrics.js';

/**
 * The OA's OAuth v4 token pair. Stored encrypted in PostgreSQL; refreshed before expiry and when Zalo rejects the access
 * token, by one process at a time (Redis lock); the rotated pair is committed before the new access token is used,
 * because the refresh token is single-use and losing it means an admin must reconnect the OA.
 */

/** An admin's identity as the audit log records it; opaque JSON here (it waits in the OAuth state in Redis). */
export const zaloAuditActorSchema = z.json();
export type ZaloAuditActor = z.infer<typeof zaloAuditActorSchema>;

/** One audit row about the OA connection. `by` is the admin who acted, or null for the system itself. */
export interface ZaloAuditEntry {
  by: ZaloAuditActor | null;
  requestId?: string | undefined;
  ip?: string | undefined;
  /** `zalo.connect.start`, `zalo.connect` (new pair stored), `zalo.seed` (pair from configuration), `zalo.reconnect-required`. */
  action: 'zalo.connect.start' | 'zalo.connect' | 'zalo.seed' | 'zalo.reconnect-required';
  target: { type: 'zalo-oa'; id: string | null };
  before?: unknown;
  after?: unknown;
}

/** Writes an audit row in the caller's transaction (the composition root adapts the admin module's `recordAudit`). */
export type ZaloAuditRecorder = (tx: DbOrTx, entry: ZaloAuditEntry) => Promise<void>;

/** Who starts or completes a connect: the admin's audit identity and the request it came with. */
export interface ZaloConnectRequest {
  by: ZaloAuditActor;
  requestId?: string | undefined;
  ip?: string | undefined;
}

export interface ZaloTokenManagerDeps {
  db: Db;
  /** Command client (lock, OAuth state). */
  redis: Redis;
  /** 32-byte key for AES-256-GCM. */
  secretsKey: Buffer;
  oauth: { baseUrl: string; appId: string; appSecret: string };
  logger: Logger;
  metrics?: Metrics;
  /**
   * Sandbox only: obtain a pair without a human by running the consent flow against the simulator (whose consent page
   * approves at once), on start and whenever the stored pair stops working.
   */
  autoConnect?: { redirectUri: string };
  http?: AxiosInstance;
  now?: () => number;
  /** Audits connects, seeding and the loss of the connection; without it nothing is audited (tests of other parts). */
  audit?: ZaloAuditRecorder;
}

export type ZaloTokenStatus =
  | { state: 'not_connected' }
  | {
      state: 'active' | 'reconnect_required';
      oaId: string | null;
      accessExpiresAt: string;
      refreshedAt: string;
      lastError: string | null;
    };

export interface ZaloTokenManager {
  /** Seeds the store once from the configured pair, or (sandbox) connects automatically when nothing is stored. */
  initialize(seed?: { accessToken: string; refreshToken: string }): Promise<void>;
  /** A valid access token, refreshed first when it expires soon. */
  getAccessToken(): Promise<string>;
  /** Zalo rejected `rejected` (-216/-220): returns a fresh token, refreshing at most once across processes. */
  refreshAfterRejection(rejected: string): Promise<string>;
  /**
   * Starts the admin connect flow: the consent URL (PKCE S256) with a state remembered for 10 minutes, together with
   * who started it (audited now, and again as the author of the callback).
   */
  startConnect(redirectUri: string, startedBy?: ZaloConnectRequest): Promise<{ url: string; state: string }>;
  /**
   * Completes the connect flow from Zalo's redirect: stores the new pair and its audit row in one transaction. Throws
   * ZALO_OAUTH_STATE_INVALID for an unknown state. `request` is the callback's own request id and IP.
   */
  completeConnect(
    input: { state: string; code: string; oaId?: string | undefined },
    request?: { requestId?: string | undefined; ip?: string | undefined },
  ): Promise<void>;
  status(): Promise<ZaloTokenStatus>;
  /** False when tokens are stored but the secrets key does not decrypt them (a wrong or replaced key). */
  canDecryptStoredTokens(): Promise<boolean>;
}

const TOKEN_ROW_ID = 'oa';
const ACCESS_PURPOSE = 'zalo.access_token';
const REFRESH_PURPOSE = 'zalo.refresh_token';
/** Refresh this long before the access token expires (it lives 25 h). */
const REFRESH_MARGIN_MS = 60 * 60 * 1000;
/** A seeded token's real age is unknown: assume it expires within hours, so the first refresh proves the pair early. */
const SEEDED_ACCESS_LIFETIME_MS = 2 * 60 * 60 * 1000;
const REFRESH_LOCK_KEY = 'zalo:token-refresh-lock';
const REFRESH_LOCK_TTL_MS = 30_000;
const REFRESH_WAIT_MS = 20_000;
const REFRESH_POLL_MS = 100;
const OAUTH_STATE_TTL_SECONDS = 600;
const CACHE_TTL_MS = 5_000;
const OAUTH_TIMEOUT_MS = 10_000;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
});
const oauthErrorSchema = z.object({
  error: z.coerce.number(),
  error_name: z.string().optional(),
  message: z.string().optional(),
  error_description: z.string().optional(),
});
const oauthStateSchema = z.object({
  verifier: z.string(),
  redirectUri: z.string(),
  by: zaloAuditActorSchema.nullable().default(null),
});
const oaTarget = (oaId: string | null | undefined) => ({ type: 'zalo-oa' as const, id: oaId ?? null });

type TokenRow = typeof zaloTokens.$inferSelect;
interface Pair {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  version: number;
  status: TokenRow['status'];
}

export function createZaloTokenManager(deps: ZaloTokenManagerDeps): ZaloTokenManager {
  const logger = deps.logger.child({ component: 'zalo-tokens' });
  const metrics = deps.metrics ? zaloMetricsOf(deps.metrics) : undefined;
  const http = deps.http ?? axios.create({ timeout: OAUTH_TIMEOUT_MS });
  const now = deps.now ?? Date.now;
  let cache: { pair: Pair; readAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function loadPair(): Promise<Pair | null> {
    const [row] = await deps.db.select().from(zaloTokens).where(eq(zaloTokens.id, TOKEN_ROW_ID)).limit(1);
    if (!row) return null;
    const pair: Pair = {
      accessToken: decryptSecret(deps.secretsKey, row.accessTokenEnc, ACCESS_PURPOSE),
      refreshToken: decryptSecret(deps.secretsKey, row.refreshTokenEnc, REFRESH_PURPOSE),
      accessExpiresAt: row.accessExpiresAt,
      version: row.version,
      status: row.status,
    };
    cache = { pair, readAt: now() };
    return pair;
  }

  async function storePair(
    input: { accessToken: string; refreshToken: string; expiresInMs: number; oaId?: string | undefined },
    expectedVersion?: number,
    db: DbOrTx = deps.db,
  ): Promise<boolean> {
    const values = {
      accessTokenEnc: encryptSecret(deps.secretsKey, input.accessToken, ACCESS_PURPOSE),
      refreshTokenEnc: encryptSecret(deps.secretsKey, input.refreshToken, REFRESH_PURPOSE),
      accessExpiresAt: new Date(now() + input.expiresInMs),
      status: 'active' as const,
      lastError: null,
      refreshedAt: new Date(now()),
      updatedAt: new Date(now()),
    };
    if (expectedVersion !== undefined) {
      const updated = await db
        .update(zaloTokens)
        .set({ ...values, version: sql`${zaloTokens.version} + 1` })
        .where(and(eq(zaloTokens.id, TOKEN_ROW_ID), eq(zaloTokens.version, expectedVersion)))
        .returning({ id: zaloTokens.id });
      cache = undefined;
      return updated.length === 1;
    }
    await db
      .insert(zaloTokens)
      .values({ id: TOKEN_ROW_ID, oaId: input.oaId ?? null, ...values })
      .onConflictDoUpdate({
        target: zaloTokens.id,
        set: { ...values, ...(input.oaId ? { oaId: input.oaId } : {}), version: sql`${zaloTokens.version} + 1` },
      });
    cache = undefined;
    return true;
  }

  async function markReconnectRequired(reason: string): Promise<void> {
    await deps.db.transaction(async (tx) => {
      const changed = await tx
        .update(zaloTokens)
        .set({ status: 'reconnect_required', lastError: reason, updatedAt: new Date(now()) })
        .where(eq(zaloTokens.id, TOKEN_ROW_ID))
        .returning({ oaId: zaloTokens.oaId });
      await deps.audit?.(tx, {
        by: null,
        action: 'zalo.reconnect-required',
        target: oaTarget(changed[0]?.oaId),
        before: { state: 'active' },
        after: { state: 'reconnect_required', reason },
      });
    });
    cache = undefined;
    metrics?.reconnectRequired.set(1);
  }

  async function requestToken(
    form: Record<string, string>,
  ): Promise<
    { ok: true; pair: z.infer<typeof tokenResponseSchema> } | { ok: false; code: number | undefined; reason: string }
  > {
    const response = await http.post(
      `${deps.oauth.baseUrl}/v4/oa/access_token`,
      new URLSearchParams({ app_id: deps.oauth.appId, ...form }).toString(),
      {
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: deps.oauth.appSecret },
        validateStatus: (status) => status < 500,
      },
    );
    const pair = tokenResponseSchema.safeParse(response.data);
    if (pair.success) return { ok: true, pair: pair.data };
    const error = oauthErrorSchema.safeParse(response.data);
    return error.success
      ? {
          ok: false,
          code: error.data.error,
          reason:
            `${error.data.error} ${error.data.error_name ?? error.data.message ?? error.data.error_description ?? ''}`.trim(),
        }
      : { ok: false, code: undefined, reason: `unexpected answer (HTTP ${response.status})` };
  }

  const locks = createRedisLock(deps.redis, REFRESH_LOCK_TTL_MS);
  const acquireLock = () => locks.acquire(REFRESH_LOCK_KEY);
  const releaseLock = (token: string) => locks.release(REFRESH_LOCK_KEY, token);

  async function startConnect(
    redirectUri: string,
    startedBy?: ZaloConnectRequest,
  ): Promise<{ url: string; state: string }> {
    // PKCE: a 43-character verifier; the challenge is its SHA-256 in base64url without padding.
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(16).toString('base64url');
    // Audited first: a connect that cannot be audited does not start.
    if (startedBy) {
      await deps.audit?.(deps.db, {
        by: startedBy.by,
        requestId: startedBy.requestId,
        ip: startedBy.ip,
        action: 'zalo.connect.start',
        target: oaTarget(null),
        after: { redirectUri },
      });
    }
    await deps.redis.set(
      `zalo:oauth-state:${state}`,
      JSON.stringify({ verifier, redirectUri, by: startedBy?.by ?? null }),
      'EX',
      OAUTH_STATE_TTL_SECONDS,
    );
    const url = new URL(`${deps.oauth.baseUrl}/v4/oa/permission`);
    url.searchParams.set('app_id', deps.oauth.appId);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('state', state);
    return { url: url.toString(), state };
  }

  async function completeConnect(
    input: { state: string; code: string; oaId?: string | undefined },
    request: { requestId?: string | undefined; ip?: string | undefined } = {},
  ): Promise<void> {
    const key = `zalo:oauth-state:${input.state}`;
    // Read and delete at once: a state works for one callback only.
    const [[, stored]] = z
      .tuple([z.tuple([z.unknown(), z.string().nullable()]), z.tuple([z.unknown(), z.unknown()])])
      .parse(await deps.redis.multi().get(key).del(key).exec());
    const parsedState = parseStoredJson(stored, oauthStateSchema);
    if (!parsedState) throw ZaloErrors.oauthStateInvalid();
    const result = await requestToken({
      grant_type: 'authorization_code',
      code: input.code,
      code_verifier: parsedState.verifier,
    });
    if (!result.ok) {
      logger.error({ zaloCode: result.code }, 'Zalo refused the authorization code');
      throw ZaloErrors.oauthExchangeFailed(result.code);
    }
    const before = await status();
    // The pair and its audit row commit together; the admin who started the flow is its author (the system for the
    // sandbox's automatic connect).
    await deps.db.transaction(async (tx) => {
      await storePair(
        {
          accessToken: result.pair.access_token,
          refreshToken: result.pair.refresh_token,
          expiresInMs: result.pair.expires_in * 1000,
          oaId: input.oaId,
        },
        undefined,
        tx,
      );
      await deps.audit?.(tx, {
        by: parsedState.by,
        requestId: request.requestId,
        ip: request.ip,
        action: 'zalo.connect',
        target: oaTarget(input.oaId ?? (before.state === 'not_connected' ? null : before.oaId)),
        before: { state: before.state },
        after: { state: 'active', expiresInSeconds: result.pair.expires_in },
      });
    });
    metrics?.reconnectRequired.set(0);
    logger.info('Zalo OA connected: token pair stored');
  }

  async function autoConnect(redirectUri: string): Promise<string> {
    const { url } = await startConnect(redirectUri);
    const consent = await http.get(url, { maxRedirects: 0, validateStatus: (status) => status === 302 });
    const location = z.string().parse(consent.headers.location);
    const target = new URL(location);
    const code = target.searchParams.get('code');
    const state = target.searchParams.get('state');
    if (!code || !state) throw ZaloErrors.oauthExchangeFailed(undefined);
    await completeConnect({ state, code, oaId: target.searchParams.get('oa_id') ?? undefined });
    const pair = await loadPair();
    if (!pair) throw ZaloErrors.notConnected();
    return pair.accessToken;
  }

  /** One refresh across all processes: whoever holds the lock refreshes, the others wait and read the new pair. */
  async function refresh(rejected: string | undefined): Promise<string> {
    const deadline = now() + REFRESH_WAIT_MS;
    for (;;) {
      const pair = await loadPair();
      if (!pair || pair.status === 'reconnect_required') {
        if (deps.autoConnect) return autoConnect(deps.autoConnect.redirectUri);
        throw ZaloErrors.notConnected();
      }
      const alreadyFresh =
        rejected === undefined
          ? pair.accessExpiresAt.getTime() - now() > REFRESH_MARGIN_MS
          : pair.accessToken !== rejected;
      if (alreadyFresh) return pair.accessToken;
      const lock = await acquireLock();
      if (!lock) {
        if (now() > deadline) throw ZaloErrors.tokenRefreshBusy();
        await new Promise((resolve) => setTimeout(resolve, REFRESH_POLL_MS));
        continue;
      }
      try {
        const current = await loadPair();
        if (!current || current.version !== pair.version) continue;
        const result = await requestToken({ grant_type: 'refresh_token', refresh_token: current.refreshToken });
        if (result.ok) {
          const stored = await storePair(
            {
              accessToken: result.pair.access_token,
              refreshToken: result.pair.refresh_token,
              expiresInMs: result.pair.expires_in * 1000,
            },
            current.version,
          );
          if (!stored) continue;
          metrics?.tokenRefreshes.inc({ outcome: 'success' });
          metrics?.reconnectRequired.set(0);
          logger.info('Zalo access token refreshed');
          return result.pair.access_token;
        }
        metrics?.tokenRefreshes.inc({ outcome: 'failure' });
        await markReconnectRequired(result.reason);
        if (deps.autoConnect) {
          // The sandbox reconnects by itself (its simulator forgets tokens on restart): nothing for an admin to do.
          logger.warn({ zaloCode: result.code }, 'refreshing the Zalo access token failed; the sandbox reconnects');
          return autoConnect(deps.autoConnect.redirectUri);
        }
        logger.error(
          { zaloCode: result.code },
          'ALERT: refreshing the Zalo access token failed; an admin must reconnect the OA',
        );
        throw ZaloErrors.tokenRefreshFailed(result.code);
      } finally {
        await releaseLock(lock);
      }
    }
  }

  function singleFlight(rejected: string | undefined): Promise<string> {
    inflight ??= refresh(rejected).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return {
    async initialize(seed) {
      const existing = await loadPair();
      if (existing) {
        metrics?.reconnectRequired.set(existing.status === 'reconnect_required' ? 1 : 0);
        if (existing.status === 'reconnect_required' && deps.autoConnect)
          await autoConnect(deps.autoConnect.redirectUri);
        return;
      }
      if (seed) {
        await deps.db.transaction(async (tx) => {
          await storePair({ ...seed, expiresInMs: SEEDED_ACCESS_LIFETIME_MS }, undefined, tx);
          await deps.audit?.(tx, {
            by: null,
            action: 'zalo.seed',
            target: oaTarget(null),
            before: { state: 'not_connected' },
            after: { state: 'active', source: 'ZALO_ACCESS_TOKEN/ZALO_REFRESH_TOKEN' },
          });
        });
        logger.info('Zalo token store seeded from configuration');
        return;
      }
      if (deps.autoConnect) {
        await autoConnect(deps.autoConnect.redirectUri);
        return;
      }
      metrics?.reconnectRequired.set(1);
      logger.warn('no Zalo token pair stored: an admin must connect the OA');
    },
    async getAccessToken() {
      const cached = cache && now() - cache.readAt < CACHE_TTL_MS ? cache.pair : await loadPair();
      if (!cached) {
        if (deps.autoConnect) return singleFlight(undefined);
        throw ZaloErrors.notConnected();
      }
      if (cached.status === 'active' && cached.accessExpiresAt.getTime() - now() > REFRESH_MARGIN_MS) {
        return cached.accessToken;
      }
      return singleFlight(undefined);
    },
    refreshAfterRejection: (rejected) => singleFlight(rejected),
    startConnect,
    completeConnect,
    async canDecryptStoredTokens() {
      const [row] = await deps.db.select().from(zaloTokens).where(eq(zaloTokens.id, TOKEN_ROW_ID)).limit(1);
      if (!row) return true;
      try {
        decryptSecret(deps.secretsKey, row.accessTokenEnc, ACCESS_PURPOSE);
        decryptSecret(deps.secretsKey, row.refreshTokenEnc, REFRESH_PURPOSE);
        return true;
      } catch {
        return false;
      }
    },
    status,
  };

  async function status(): Promise<ZaloTokenStatus> {
    const [row] = await deps.db.select().from(zaloTokens).where(eq(zaloTokens.id, TOKEN_ROW_ID)).limit(1);
    if (!row) return { state: 'not_connected' };
    return {
      state: row.status,
      oaId: row.oaId,
      accessExpiresAt: row.accessExpiresAt.toISOString(),
      refreshedAt: row.refreshedAt.toISOString(),
      lastError: row.lastError,
    };
  }
}
