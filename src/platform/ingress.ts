import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { createAccessRecorder, requestIdFor } from './access-log.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** A route answered by the plain request listener, ahead of express (Zalo's webhook: thousands of POSTs a second). */
export interface FastRoute {
  /** The exact path (a trailing slash is accepted too); any other URL, a query included, goes to express. */
  path: string;
  /** Its label in the duration histogram, as express names the same route (`/webhooks/zalo/`). */
  metricsRoute: string;
  /** Bodies announced as bigger go to express, which refuses them with its 413 problem. */
  maxBodyBytes: number;
  /** Answers the POST whose body was read whole; never rejects (errors become problem answers). */
  handle(request: FastRequest): Promise<FastAnswer>;
}

export interface FastRequest {
  body: Buffer;
  headers: IncomingMessage['headers'];
  /** Also sent back as `x-request-id`. */
  requestId: string;
}

export interface FastAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

export interface IngressOptions {
  routes: FastRoute[];
  /** Everything else, and anything unusual on a fast route: the express app. */
  fallback: RequestListener;
  logger: Logger;
  metrics: Metrics;
}

/**
 * A node request listener that answers the plain case of its routes itself: a POST to the exact path, its body
 * announced by `content-length` within the limit, not compressed. Express's app, pino-http, helmet and body-parser
 * were about a third of the web process's CPU per webhook event. Anything else (other methods, odd URLs, a query,
 * chunked or compressed bodies, oversize ones) goes to `fallback`, whose ingress mount answers it exactly as before.
 * The route's answers, access log lines and request metrics are those of the light access log.
 */
export function createIngressListener(options: IngressOptions): RequestListener {
  const routes = new Map<string, FastRoute>();
  for (const route of options.routes) {
    routes.set(route.path, route);
    routes.set(`${route.path}/`, route);
  }
  const record = createAccessRecorder({ logger: options.logger, metrics: options.metrics, successLevel: 'debug' });
  const { fallback, logger } = options;
  return (req, res) => {
    const route = req.method === 'POST' && req.url !== undefined ? routes.get(req.url) : undefined;
    const length = route ? plainBodyLength(req, route.maxBodyBytes) : undefined;
    if (!route || length === undefined) {
      fallback(req, res);
      return;
    }
    const requestId = requestIdFor(req.headers['x-request-id']);
    const started = performance.now();
    res.once('close', () => {
      record({
        id: requestId,
        method: 'POST',
        url: req.url ?? '',
        route: route.metricsRoute,
        status: res.statusCode,
        finished: res.writableFinished,
        elapsedMs: performance.now() - started,
      });
    });
    readBody(req, length, (body) => {
      route
        .handle({ body, headers: req.headers, requestId })
        .then((answer) => write(res, answer, requestId))
        // `handle` never rejects and `write` should not throw; if either does, the request fails alone (Zalo retries
        // an unanswered delivery) instead of an unhandled rejection taking the process down.
        .catch((error: unknown) => {
          logger.error({ err: error, requestId }, 'webhook request failed outside its handler');
          res.destroy();
        });
    });
  };
}

/** The announced body length when the body can be read as it comes; undefined sends the request to express. */
function plainBodyLength(req: IncomingMessage, limit: number): number | undefined {
  const { headers } = req;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return undefined;
  const announced = headers['content-length'];
  if (announced === undefined || !/^\d{1,9}$/.test(announced)) return undefined;
  const length = Number(announced);
  return length <= limit ? length : undefined;
}

/** Reads the body whole; a client that goes away is left to the `close` handler (`request aborted`). */
function readBody(req: IncomingMessage, length: number, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  });
  req.once('end', () => {
    // Node's parser holds the body to its content-length; a short one means the client went away.
    if (received !== length) return;
    done(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, received));
  });
  req.once('error', () => req.destroy());
}

function write(res: ServerResponse, answer: FastAnswer, requestId: string): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, { ...answer.headers, 'x-request-id': requestId }).end(answer.body);
}
