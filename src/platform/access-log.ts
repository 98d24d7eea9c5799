import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { maskLongIds, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';

// A client-supplied request id is echoed only when it looks like an id, never arbitrary text into our logs.
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the client's `x-request-id` when it looks like an id, else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

export interface LightAccessLogOptions {
  logger: Logger;
  metrics: Metrics;
  /** Level of a 2xx/3xx answer's line; failures are warn (4xx) and error (5xx), as in the general access log. */
  successLevel: 'debug' | 'info';
  /**
   * Level of a request whose caller went away before its answer: warn by default (Zalo gave up waiting), the success
   * level where callers leave as a matter of course (the sandbox phone page's long-polls, when it is reloaded).
   */
  abortedLevel?: 'debug' | 'info' | 'warn';
}

/**
 * The access log and request metrics for routes that come by the thousand (Zalo's webhook), in place of pino-http:
 * the same request id (`req.id`, `x-request-id`), the same line (`request completed`, with the request's id, method
 * and masked path, the status and the time taken) at the same levels, and the same duration histogram; but no child
 * logger per request: the line's bindings are built, serialised and redacted only when the line is written. `req.log`
 * is the shared logger.
 */
export function createLightAccessLog(options: LightAccessLogOptions): RequestHandler {
  const record = createAccessRecorder(options);
  return (req, res, next) => {
    const id = requestIdFor(req.headers['x-request-id']);
    req.id = id;
    req.log = options.logger;
    res.setHeader('x-request-id', id);
    const started = performance.now();
    res.once('close', () => {
      const route = req.route && typeof req.route.path === 'string' ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      record({
        id,
        method: req.method,
        url: req.originalUrl || req.url,
        route,
        status: res.statusCode,
        finished: res.writableFinished,
        elapsedMs: performance.now() - started,
      });
    });
    next();
  };
}

/** One finished (or aborted) request, as the access log and the duration histogram see it. */
export interface AccessEntry {
  id: string;
  method: string;
  /** The URL as received (the query is dropped and long ids masked before it is logged). */
  url: string;
  /** The route's label in the duration histogram (`unmatched` when none answered). */
  route: string;
  status: number;
  /** False when the connection closed before the answer was written. */
  finished: boolean;
  elapsedMs: number;
}

/**
 * Records a request in the light access log's way: the duration histogram, then the `request completed` line at the
 * level its status calls for, built only when that level is written. Shared by the express middleware above and the
 * plain request listener of `ingress.ts`.
 */
export function createAccessRecorder(options: LightAccessLogOptions): (entry: AccessEntry) => void {
  const { logger, successLevel, abortedLevel = 'warn' } = options;
  const histogram = options.metrics.httpRequestDuration;
  return ({ id, method, url, route, status, finished, elapsedMs }) => {
    histogram.observe({ method, route, status: String(status) }, elapsedMs / 1000);
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : !finished ? abortedLevel : successLevel;
    if (!logger.isLevelEnabled(level)) return;
    logger[level](
      {
        req: { id, method, url: maskLongIds(url.split('?')[0] ?? '') },
        res: { statusCode: status },
        responseTime: Math.round(elapsedMs),
      },
      !finished ? 'request aborted' : status >= 500 ? 'request errored' : 'request completed',
    );
  };
}
