import { withTimeout } from '../platform/timeout.js';
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { PROBLEM_CONTENT_TYPE, problemErrorHandler, problemForError, requestIdOf } from '../platform/http.js';
import type { FastAnswer, FastRoute } from '../platform/ingress.js';
import type { TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { ZaloErrors } from './errors.js';
import { createInboundMailbox } from './inbound-mailbox.js';
import type { inboundQueue } from './queues.js';
import { verifyZaloSignature } from './verify-zalo-signature.js';
import { zaloMetricsOf } from './zalo-metrics.js';
import { citizenIdOf, describeUnprocessedEvent, eventKeyOf, parseZaloEvent } from './zalo-event.js';

export interface ZaloWebhookDeps {
  appId: string;
  oaSecretKey: string;
  /** Events stamped earlier than this are refused (replay protection). */
  maxAgeMs: number;
  /** Command client (fails fast when Redis is down, so the webhook can answer 503). */
  redis: Redis;
  inbound: TypedQueue<typeof inboundQueue.schema>;
  logger: Logger;
  metrics?: Metrics;
  now?: () => number;
}

/** Zalo's events are small; anything bigger is not one of them. */
const WEBHOOK_BODY_LIMIT = '1mb';
const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;
/** Zalo wants an answer within 2 s: give up on a hanging queue well before and let Zalo retry. */
const ENQUEUE_TIMEOUT_MS = 1500;

// The answers Zalo gets, serialised once: at thousands of events a second, express's `res.json` (stringify, content
// type, ETag hash, freshness check) was a visible share of an event's CPU. A string body goes out with the headers in
// one write.
const ANSWERS = {
  accepted: answer({ received: true }),
  duplicate: answer({ received: true, duplicate: true }),
  unprocessed: answer({ received: true, processed: false }),
};
type Outcome = keyof typeof ANSWERS;

function answer(body: Record<string, unknown>): FastAnswer {
  const json = JSON.stringify(body);
  const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) };
  return { status: 200, body: json, headers };
}

function sendAnswer(res: Response, which: Outcome): void {
  const { body, headers } = ANSWERS[which];
  res.writeHead(200, headers).end(body);
}

export interface ZaloWebhook {
  /** Mount at `/webhooks/zalo` (behind the light access log): every request, with express's body parsing. */
  router: Router;
  /** The same answers for the plain case, served by the ingress listener (`src/platform/ingress.ts`) ahead of express. */
  fastRoute: FastRoute;
}

const envelopeSchema = z.object({
  app_id: z.union([z.string(), z.number()]).transform(String).optional(),
  timestamp: z.union([z.string(), z.number()]).transform(String).optional(),
});

/**
 * `POST /webhooks/zalo`: verify the mac over the raw body, parse, deduplicate, put the event into the citizen's mailbox
 * and enqueue a drain job, then answer 200. Nothing is acknowledged before it is durably in Redis; anything a retry
 * cannot fix (unknown or malformed events) is recorded and acknowledged. Served two ways with the same checks, logs,
 * counters and answers: the express router (any request) and the ingress listener's fast route (the plain case).
 */
export function createZaloWebhook(deps: ZaloWebhookDeps): ZaloWebhook {
  const logger = deps.logger.child({ component: 'zalo-webhook' });
  const counters = deps.metrics ? zaloMetricsOf(deps.metrics).webhookEvents : undefined;
  const count = (outcome: string) => counters?.inc({ outcome });
  const mailbox = createInboundMailbox(deps.redis);
  const now = deps.now ?? Date.now;

  /** The outcome of one delivery; throws the AppError to answer with. */
  async function receive(body: Buffer, header: string | undefined, requestId: string | undefined): Promise<Outcome> {
    if (!header) {
      count('rejected_missing_signature');
      logger.warn({ requestId, reason: 'missing' }, 'Zalo webhook rejected');
      throw ZaloErrors.signatureMissing();
    }
    const text = body.toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      count('rejected_malformed_json');
      logger.warn({ requestId, reason: 'malformed_json', bytes: body.length }, 'Zalo webhook rejected');
      throw ZaloErrors.malformedJson();
    }
    const envelope = envelopeSchema.safeParse(json);
    const check = verifyZaloSignature({
      rawBody: body,
      header,
      appId: envelope.data?.app_id,
      timestamp: envelope.data?.timestamp,
      expectedAppId: deps.appId,
      oaSecretKey: deps.oaSecretKey,
      maxAgeMs: deps.maxAgeMs,
      now: now(),
    });
    if (!check.ok) {
      count(`rejected_${check.reason}`);
      logger.warn({ requestId, reason: check.reason }, 'Zalo webhook rejected');
      throw check.reason === 'stale' ? ZaloErrors.timestampStale() : ZaloErrors.signatureInvalid();
    }

    const parsed = parseZaloEvent(json);
    let admitted: { citizenId: string; eventKey: string; timestamp: string; processed: boolean } | null;
    if (parsed.kind === 'event') {
      admitted = {
        citizenId: citizenIdOf(parsed.event),
        eventKey: eventKeyOf(parsed.event),
        timestamp: parsed.event.timestamp,
        processed: true,
      };
    } else {
      // A retry cannot fix an event we do not understand: record it and acknowledge, or Zalo disables the webhook.
      // When it names a citizen it still goes through their mailbox, to be kept in their conversation log.
      count(parsed.kind);
      logger.warn(
        {
          requestId,
          eventName: parsed.eventName,
          ...(parsed.kind === 'malformed' ? { paths: parsed.paths } : {}),
        },
        parsed.kind === 'unknown' ? 'Zalo webhook event of an unknown type recorded' : 'malformed Zalo event recorded',
      );
      const described = describeUnprocessedEvent(json);
      admitted = described ? { ...described, processed: false } : null;
    }
    if (!admitted) return 'unprocessed';

    try {
      // One round trip, shared with the other events of this turn of the event loop: dedupe, the citizen's mailbox
      // and the drain job together (the job is there even for a `pending` event, seen before but never
      // acknowledged). The answer waits for this event's own reply.
      const admission = await withTimeout(
        mailbox.admitAndQueue(admitted.citizenId, admitted.eventKey, Number(admitted.timestamp), text, deps.inbound),
        ENQUEUE_TIMEOUT_MS,
        'enqueue',
      );
      if (admission === 'duplicate') {
        count('duplicate');
        return 'duplicate';
      }
      if (admitted.processed) count(admission === 'new' ? 'accepted' : 'duplicate');
    } catch (error) {
      count('unavailable');
      logger.warn(
        { requestId, err: { message: errorMessage(error) } },
        'Zalo event could not be queued; answering 503 so that Zalo retries',
      );
      throw ZaloErrors.queueUnavailable(error);
    }
    return admitted.processed ? 'accepted' : 'unprocessed';
  }

  const router = express.Router();
  router.post('/', express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT }), async (req, res) => {
    const rawBody: unknown = req.body;
    const body = Buffer.isBuffer(rawBody) ? rawBody : Buffer.alloc(0);
    sendAnswer(res, await receive(body, req.get('x-zevent-signature'), requestIdOf(req)));
  });
  router.use(problemErrorHandler(logger));

  const fastRoute: FastRoute = {
    path: '/webhooks/zalo',
    metricsRoute: '/webhooks/zalo/',
    maxBodyBytes: WEBHOOK_BODY_LIMIT_BYTES,
    async handle({ body, headers, requestId }) {
      try {
        return ANSWERS[await receive(body, headerValue(headers['x-zevent-signature']), requestId)];
      } catch (error) {
        const { problem, retryAfterSeconds } = problemForError(error, requestId, logger);
        const json = JSON.stringify(problem);
        return {
          status: problem.status,
          headers: {
            'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
            'content-length': Buffer.byteLength(json),
            ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
          },
          body: json,
        };
      }
    },
  };
  return { router, fastRoute };
}

/** The express router alone (`createZaloWebhook(deps).router`), for servers without the ingress listener. */
export function createZaloWebhookRouter(deps: ZaloWebhookDeps): Router {
  return createZaloWebhook(deps).router;
}

/** A header as express's `req.get` reads it: the first of repeated values. */
function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
