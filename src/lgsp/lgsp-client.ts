import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import {
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { LgspMetrics } from './lgsp-metrics.js';
import { getPath } from '../kernel/index.js';
import { convertParamsToRaw } from './mapping.js';
import { WRITE_SERVICES, serviceNameSchema, type Profile, type ServiceMapping, type ServiceName } from './profile.js';

/** What the client needs from `config.lgsp`. */
export interface LgspClientConfig {
  baseUrl: string | undefined;
  tokenUrl: string | undefined;
  consumerKey: string | undefined;
  consumerSecret: string | undefined;
  accessKey?: string | undefined;
  secretKey?: string | undefined;
  appName?: string | undefined;
  partnerCode?: string | undefined;
  /** Timeout of one HTTP exchange, in milliseconds. */
  timeoutMs: number;
}

export interface LgspResilienceOptions {
  /** Attempts for reads (1 = no retry). Default 3. */
  readAttempts?: number;
  /** First retry delay in milliseconds (exponential with decorrelated jitter). Default 200. */
  retryInitialDelayMs?: number;
  /** Consecutive failures that open a service's breaker. Default 5. */
  breakerThreshold?: number;
  /** Time an open breaker waits before letting a test call through, in milliseconds. Default 30000. */
  breakerHalfOpenAfterMs?: number;
}

export interface LgspClientDeps {
  config: LgspClientConfig;
  profile: Profile;
  logger: Logger;
  metrics?: LgspMetrics;
  resilience?: LgspResilienceOptions;
  clock?: () => Date;
}

/** Why a call did not produce an answer. */
export type UnavailableReason =
  | 'breaker_open'
  | 'timeout'
  | 'throttled'
  | 'server_error'
  | 'network'
  | 'auth'
  | 'malformed'
  | 'not_configured'
  | 'not_offered';

export type CallOutcome =
  | { kind: 'ok'; result: unknown; total: unknown }
  /** The LGSP refused the request on its merits (4xx or a non-success envelope code): retrying cannot help. */
  | { kind: 'rejected'; status: number; code: string | undefined; message: string | undefined }
  | { kind: 'unavailable'; reason: UnavailableReason };

export interface CallOptions {
  /** A file for multipart uploads. */
  file?: { field: string; name: string; contentType: string; content: Buffer };
}

export type BreakerStateName = 'closed' | 'half_open' | 'open' | 'isolated';

/** What this process last heard from one service: when it last answered, and when and why it last did not. */
export interface ServiceActivity {
  answeredAt: Date | null;
  failedAt: Date | null;
  failure: UnavailableReason | null;
}

export interface LgspClient {
  /** Calls a profile service with our parameter names; never throws for LGSP trouble (see CallOutcome). */
  call(service: ServiceName, params: Record<string, unknown>, options?: CallOptions): Promise<CallOutcome>;
  /** Whether the profile offers a service. */
  offers(service: ServiceName): boolean;
  /** Breaker state of each service: `ok` is false when any breaker is open. */
  health(): { ok: boolean; services: Partial<Record<ServiceName, BreakerStateName>> };
  /** What this process last heard from each service it called (in memory, since the process started). */
  activity(): Partial<Record<ServiceName, ServiceActivity>>;
  profile: Profile;
}

/** A failure a later attempt may not have: retried for reads, counted by the breaker. */
class TransientLgspError extends Error {
  constructor(readonly reason: UnavailableReason) {
    super(`LGSP transient failure: ${reason}`);
  }
}

/** A failure of our credentials: not retried and not counted by the breaker (the LGSP itself is up). */
class LgspAuthError extends Error {}

const tokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const gatewayErrorSchema = z.object({ code: z.union([z.string(), z.number()]).transform(String) });
/** Refresh this long before the token's announced expiry, so a call never leaves with a token about to die. */
const TOKEN_REFRESH_MARGIN_MS = 60_000;

const STATE_NAMES: Record<CircuitState, BreakerStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'isolated',
};
const STATE_GAUGE: Record<CircuitState, number> = {
  [CircuitState.Closed]: 0,
  [CircuitState.HalfOpen]: 1,
  [CircuitState.Open]: 2,
  [CircuitState.Isolated]: 2,
};

/**
 * The LGSP HTTP client: authentication (OAuth2 client credentials, optionally with the `lgspaccesstoken` header),
 * a timeout per exchange, retries with jitter for reads only, a circuit breaker per service. It speaks our parameter
 * names and hands back the payload at the profile's result path; services convert it into our model.
 */
export function createLgspClient(deps: LgspClientDeps): LgspClient {
  const { config, profile, metrics } = deps;
  const logger = deps.logger.child({ module: 'lgsp' });
  const clock = deps.clock ?? (() => new Date());
  const resilience = {
    readAttempts: deps.resilience?.readAttempts ?? 3,
    retryInitialDelayMs: deps.resilience?.retryInitialDelayMs ?? 200,
    breakerThreshold: deps.resilience?.breakerThreshold ?? 5,
    breakerHalfOpenAfterMs: deps.resilience?.breakerHalfOpenAfterMs ?? 30_000,
  };
  const http: AxiosInstance = axios.create({
    // Statuses are ours to interpret; axios must not throw on 4xx/5xx.
    validateStatus: () => true,
    headers: { Accept: 'application/json' },
    maxRedirects: 0,
  });
  const tokens = createTokenProvider();

  const isTransient = (error: Error) => error instanceof TransientLgspError || isTaskCancelledError(error);
  const breakers = new Map<ServiceName, CircuitBreakerPolicy>();
  const activity = new Map<ServiceName, ServiceActivity>();
  const policies = new Map<ServiceName, IPolicy>();
  for (const name of serviceNameSchema.options) {
    if (profile.services[name] === undefined) continue;
    const breaker = circuitBreaker(handleWhen(isTransient), {
      halfOpenAfter: resilience.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(resilience.breakerThreshold),
    });
    breaker.onStateChange((state) => {
      metrics?.breakerState.set({ service: name }, STATE_GAUGE[state]);
      logger.warn({ service: name, state: STATE_NAMES[state] }, 'LGSP circuit breaker changed state');
    });
    metrics?.breakerState.set({ service: name }, 0);
    breakers.set(name, breaker);
    // Timeouts are not retried: the citizen already waited the whole timeout once.
    const retryPolicy = retry(
      handleWhen((error) => error instanceof TransientLgspError),
      {
        maxAttempts: Math.max(0, resilience.readAttempts - 1),
        backoff: new ExponentialBackoff({ initialDelay: resilience.retryInitialDelayMs, maxDelay: 2000 }),
      },
    );
    policies.set(name, WRITE_SERVICES.includes(name) ? breaker : wrap(retryPolicy, breaker));
  }

  function createTokenProvider() {
    let current: { value: string; refreshAt: number } | undefined;
    let inflight: Promise<string> | undefined;
    return {
      async get(signal: AbortSignal): Promise<string> {
        if (current && current.refreshAt > clock().getTime()) return current.value;
        // One fetch at a time: concurrent callers share the same request.
        inflight ??= fetchToken(signal).finally(() => {
          inflight = undefined;
        });
        return inflight;
      },
      invalidate(value: string) {
        if (current?.value === value) current = undefined;
      },
    };

    async function fetchToken(signal: AbortSignal): Promise<string> {
      const basic = Buffer.from(`${config.consumerKey ?? ''}:${config.consumerSecret ?? ''}`).toString('base64');
      const response = await send(() =>
        http.post(config.tokenUrl ?? '', new URLSearchParams({ grant_type: 'client_credentials' }).toString(), {
          headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
          timeout: config.timeoutMs,
          signal,
        }),
      );
      if (response.status === 401 || response.status === 400 || response.status === 403) {
        logger.error({ status: response.status }, 'LGSP token request refused: check LGSP_CONSUMER_KEY/SECRET');
        throw new LgspAuthError('token refused');
      }
      throwIfTransient(response);
      const parsed = tokenResponseSchema.safeParse(response.data);
      if (!parsed.success) throw new TransientLgspError('malformed');
      const lifetimeMs = parsed.data.expires_in * 1000;
      const margin = Math.min(TOKEN_REFRESH_MARGIN_MS, lifetimeMs / 10);
      current = { value: parsed.data.access_token, refreshAt: clock().getTime() + lifetimeMs - margin };
      logger.debug({ expiresInSeconds: parsed.data.expires_in }, 'LGSP token fetched');
      return current.value;
    }
  }

  async function send(request: () => Promise<AxiosResponse>): Promise<AxiosResponse> {
    try {
      return await request();
    } catch (error) {
      if (axios.isCancel(error)) throw error;
      if (axios.isAxiosError(error) && error.code === 'ECONNABORTED') throw new TransientLgspError('timeout');
      throw new TransientLgspError('network');
    }
  }

  function throwIfTransient(response: AxiosResponse): void {
    if (response.status === 429) throw new TransientLgspError('throttled');
    if (response.status >= 500) throw new TransientLgspError('server_error');
  }

  const accessTokenHeader =
    profile.auth.style === 'lgspaccesstoken'
      ? Buffer.from(
          JSON.stringify({
            AccessKey: config.accessKey ?? '',
            SecretKey: config.secretKey ?? '',
            AppName: config.appName ?? '',
            PartnerCode: config.partnerCode ?? '',
          }),
        ).toString('base64')
      : undefined;

  async function exchange(
    mapping: ServiceMapping,
    params: Record<string, unknown>,
    options: CallOptions,
    signal: AbortSignal,
  ): Promise<AxiosResponse> {
    let path = mapping.path;
    const rest: Record<string, string> = {};
    for (const [ours, theirs] of Object.entries(mapping.params)) {
      if (path.includes(`{${theirs}}`)) {
        path = path.replace(`{${theirs}}`, encodeURIComponent(String(params[ours] ?? '')));
        continue;
      }
      const value = params[ours];
      if (value !== undefined && value !== null) rest[ours] = String(value);
    }
    const url = `${(config.baseUrl ?? '').replace(/\/$/, '')}${path}`;
    const attempt = async (token: string) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      if (accessTokenHeader) headers.lgspaccesstoken = accessTokenHeader;
      const common = { headers, timeout: config.timeoutMs, signal };
      if (options.file) {
        const form = new FormData();
        form.append(
          options.file.field,
          new Blob([options.file.content], { type: options.file.contentType }),
          options.file.name,
        );
        return send(() => http.post(url, form, common));
      }
      if (mapping.method === 'GET') {
        const query: Record<string, string> = {};
        for (const [ours, value] of Object.entries(rest)) query[mapping.params[ours] ?? ours] = value;
        return send(() => http.get(url, { ...common, params: query }));
      }
      const bodyParams = Object.fromEntries(
        Object.entries(mapping.params).filter(([, theirs]) => !mapping.path.includes(`{${theirs}}`)),
      );
      return send(() => http.post(url, convertParamsToRaw(bodyParams, params), common));
    };

    const token = await tokens.get(signal);
    let response = await attempt(token);
    if (isExpiredToken(response)) {
      // The gateway revoked or expired our token: one new token and one repeat, for reads and writes alike
      // (the first request was refused before reaching the back end).
      tokens.invalidate(token);
      response = await attempt(await tokens.get(signal));
      if (isExpiredToken(response)) throw new LgspAuthError('token refused twice');
    }
    throwIfTransient(response);
    return response;
  }

  function isExpiredToken(response: AxiosResponse): boolean {
    if (response.status !== 401) return false;
    const parsed = gatewayErrorSchema.safeParse(response.data);
    return parsed.success && parsed.data.code.startsWith('9009');
  }

  async function call(
    service: ServiceName,
    params: Record<string, unknown>,
    options: CallOptions = {},
  ): Promise<CallOutcome> {
    const mapping = profile.services[service];
    const policy = policies.get(service);
    if (!mapping || !policy) return { kind: 'unavailable', reason: 'not_offered' };
    if (!config.baseUrl || !config.tokenUrl) return { kind: 'unavailable', reason: 'not_configured' };
    const started = performance.now();
    const outcome = await runPolicy(service, policy, mapping, params, options);
    const label = outcome.kind === 'unavailable' && outcome.reason === 'breaker_open' ? 'breaker_open' : outcome.kind;
    remember(service, outcome);
    metrics?.callDuration.observe({ service, outcome: label }, (performance.now() - started) / 1000);
    logger.debug(
      { service, outcome: outcome.kind, ...(outcome.kind === 'unavailable' ? { reason: outcome.reason } : {}) },
      'LGSP call',
    );
    return outcome;
  }

  /** A refusal on the merits is an answer too: the service is up. */
  function remember(service: ServiceName, outcome: CallOutcome): void {
    const seen = activity.get(service) ?? { answeredAt: null, failedAt: null, failure: null };
    if (outcome.kind === 'unavailable') activity.set(service, { ...seen, failedAt: clock(), failure: outcome.reason });
    else activity.set(service, { ...seen, answeredAt: clock() });
  }

  async function runPolicy(
    service: ServiceName,
    policy: IPolicy,
    mapping: ServiceMapping,
    params: Record<string, unknown>,
    options: CallOptions,
  ): Promise<CallOutcome> {
    // The timeout covers one attempt (token included); retries get a fresh one each.
    const perAttempt = timeout(config.timeoutMs, TimeoutStrategy.Aggressive);
    let response: AxiosResponse;
    try {
      response = await policy.execute(() =>
        perAttempt.execute(({ signal }) => exchange(mapping, params, options, signal)),
      );
    } catch (error) {
      if (isBrokenCircuitError(error)) return { kind: 'unavailable', reason: 'breaker_open' };
      if (isTaskCancelledError(error)) return { kind: 'unavailable', reason: 'timeout' };
      if (error instanceof TransientLgspError) return { kind: 'unavailable', reason: error.reason };
      if (error instanceof LgspAuthError) return { kind: 'unavailable', reason: 'auth' };
      logger.error(
        { service, err: { message: error instanceof Error ? error.message : 'unknown' } },
        'LGSP call failed',
      );
      return { kind: 'unavailable', reason: 'network' };
    }
    return interpret(service, mapping, response);
  }

  function interpret(service: ServiceName, mapping: ServiceMapping, response: AxiosResponse): CallOutcome {
    const body: unknown = response.data;
    const code = mapping.codePath === undefined ? undefined : getPath(body, mapping.codePath);
    const message = getPath(body, 'message');
    if (response.status >= 400) {
      return {
        kind: 'rejected',
        status: response.status,
        code: code === undefined ? undefined : String(code),
        message: typeof message === 'string' ? message : undefined,
      };
    }
    if (typeof body !== 'object' || body === null) {
      logger.warn({ service, shape: typeof body }, 'LGSP answer is not a JSON object');
      return { kind: 'unavailable', reason: 'malformed' };
    }
    if (mapping.codePath !== undefined) {
      if (typeof code !== 'string' && typeof code !== 'number') {
        logger.warn({ service, keys: Object.keys(body).slice(0, 20) }, 'LGSP answer has no result code');
        return { kind: 'unavailable', reason: 'malformed' };
      }
      if (!profile.successCodes.includes(String(code))) {
        return {
          kind: 'rejected',
          status: response.status,
          code: String(code),
          message: typeof message === 'string' ? message : undefined,
        };
      }
    }
    return {
      kind: 'ok',
      result: getPath(body, mapping.resultPath),
      total: mapping.totalPath === undefined ? undefined : getPath(body, mapping.totalPath),
    };
  }

  return {
    call,
    offers: (service) => profile.services[service] !== undefined,
    health() {
      const services: Partial<Record<ServiceName, BreakerStateName>> = {};
      for (const [name, breaker] of breakers) services[name] = STATE_NAMES[breaker.state];
      return { ok: Object.values(services).every((state) => state === 'closed' || state === 'half_open'), services };
    },
    activity: () => Object.fromEntries(activity),
    profile,
  };
}
