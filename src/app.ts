import { withTimeout } from './platform/timeout.js';
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { createLightAccessLog, requestIdFor } from './platform/access-log.js';
import { maskLongIds, type Logger } from './platform/logger.js';
import { serializeError } from './platform/serialize-error.js';
import type { Metrics } from './platform/metrics.js';
import { notFoundHandler, problemErrorHandler, rejectNulInUrl, requireBearerToken } from './platform/http.js';

/** One dependency `/readyz` asks about. A non-critical check is reported but does not make the server unready. */
export interface ReadinessCheck {
  name: string;
  critical: boolean;
  /** Resolves with optional details when healthy; throws (or returns ok false) when not. */
  check(): Promise<{ ok: boolean; details?: Record<string, unknown> } | void>;
}

export interface AppDeps {
  logger: Logger;
  metrics: Metrics;
  readiness: ReadinessCheck[];
  /** Routers mounted in order, each parsing its own bodies. */
  mounts: Array<{ path: string; router: Router }>;
  /**
   * Routers whose requests come by the hundred a second (Zalo's webhook; in the sandbox, the simulated Zalo and LGSP
   * the server calls and the phone page polls), mounted ahead of the general middleware: the light access log
   * (`createLightAccessLog`, successes at debug) instead of pino-http's child logger per request, no helmet headers
   * (their answers are JSON, or files that set their own), their own 404 and problem answers.
   */
  ingress?: Array<{
    path: string;
    router: Router;
    /** Callers leave before the answer as a matter of course (long-polls): such a request is logged at debug. */
    leftAsUsual?: boolean;
  }>;
  /** Answer `/` with a pointer to the sandbox pages instead of 404. */
  sandbox?: boolean;
  /** When set, `/metrics` requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string | undefined;
}

const READINESS_TIMEOUT_MS = 2000;

/** Builds the express app. It never listens: main.ts and the tests decide where it is served. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  if (deps.ingress?.length) {
    const accessLog = createLightAccessLog({ logger: deps.logger, metrics: deps.metrics, successLevel: 'debug' });
    const quietAccessLog = createLightAccessLog({
      logger: deps.logger,
      metrics: deps.metrics,
      successLevel: 'debug',
      abortedLevel: 'debug',
    });
    const problems = problemErrorHandler(deps.logger);
    for (const mount of deps.ingress) {
      const log = mount.leftAsUsual ? quietAccessLog : accessLog;
      app.use(mount.path, log, rejectNulInUrl, mount.router, notFoundHandler, problems);
    }
  }

  // Browsers ask for an icon on every page (the sandbox phone, the admin): no content, and no warning logged for it.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const id = requestIdFor(req.headers['x-request-id']);
        res.setHeader('x-request-id', id);
        return id;
      },
      // Health probes and scrapes would drown the log.
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
      // Failures keep their weight (the webhook has its own access log, mounted ahead of this one).
      customLogLevel: (req, res, error) => {
        if (error || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400) return 'warn';
        // The sandbox's own traffic (the phone page's polls, the simulated Zalo and LGSP answering us) would drown a
        // newcomer's terminal; the original URL, since a mounted router sees only the rest of the path.
        const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
        return url.startsWith('/sandbox/') ? 'debug' : 'info';
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          // Paths may name a citizen (`/api/admin/citizens/<Zalo user id>/…`): the id is masked.
          url: maskLongIds(req.url.split('?')[0] ?? ''),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
      },
      // Unwrapped: pino's standard error serializer (every property, values too) must not run before ours.
      wrapSerializers: false,
    }),
  );
  // The sandbox phone page sets its own, looser CSP for the OA's images; everything else keeps helmet's defaults.
  app.use(helmet());
  app.use(rejectNulInUrl);
  app.use((req, res, next) => {
    const end = deps.metrics.httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route = req.route && typeof req.route.path === 'string' ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      end({ route, status: String(res.statusCode) });
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(deps.readiness.map((check) => runCheck(check, deps.logger)));
    const checks = Object.fromEntries(results.map((result) => [result.name, result.body]));
    const failed = results.filter((result) => result.critical && !result.body.ok).map((result) => result.name);
    res
      .status(failed.length === 0 ? 200 : 503)
      .json({ status: failed.length === 0 ? 'ok' : 'unavailable', failed, checks });
  });
  app.get('/metrics', requireBearerToken(deps.metricsToken), async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  if (deps.sandbox) {
    app.get('/', (_req, res) => {
      res.redirect('/sandbox/phone');
    });
  }

  for (const mount of deps.mounts) app.use(mount.path, mount.router);

  app.use(notFoundHandler);
  app.use(problemErrorHandler(deps.logger));
  return app;
}

async function runCheck(
  check: ReadinessCheck,
  logger: Logger,
): Promise<{ name: string; critical: boolean; body: { ok: boolean } & Record<string, unknown> }> {
  try {
    const outcome = await withTimeout(check.check(), READINESS_TIMEOUT_MS, check.name);
    const ok = outcome ? outcome.ok : true;
    return { name: check.name, critical: check.critical, body: { ok, critical: check.critical, ...outcome?.details } };
  } catch (error) {
    // The answer is public: it names the failed dependency only. Its error (hosts, ports, addresses) goes to the log.
    logger.warn(
      { check: check.name, err: { message: error instanceof Error ? error.message : String(error) } },
      'readiness check failed',
    );
    return { name: check.name, critical: check.critical, body: { ok: false, critical: check.critical } };
  }
}
