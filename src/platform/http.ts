import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { z, ZodError } from 'zod';
import { isUnstorableTextError } from './db.js';
import { AppError, isAppError, PlatformErrors } from './errors.js';
import { isInfrastructureError } from './infrastructure-errors.js';
import type { Logger } from './logger.js';
import { containsUnstorableText } from './text.js';
// pino-http adds `req.id` (the request id) to express's Request type.
import type {} from 'pino-http';

/** RFC 9457 problem details, with our stable `code` and the request id for support. */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({ description: 'A URN naming the problem', example: 'urn:zalo-egov:problem:invalid-input' }),
    title: z.string().meta({ description: 'A short, English summary for people' }),
    status: z.number().int().min(400).max(599),
    code: z.string().meta({ description: 'Stable code to branch on', example: 'INVALID_INPUT' }),
    detail: z.string().optional(),
    requestId: z
      .string()
      .optional()
      .meta({ description: 'The request id (also in the x-request-id header and the logs)' }),
    errors: z.unknown().optional().meta({
      description:
        'Details: for INVALID_INPUT a list of {path, message, issue, …} (issue: the zod issue code, with its minimum, maximum, format or reason); for other codes an object (e.g. retryAfterSeconds)',
    }),
  })
  .meta({
    id: 'Problem',
    description: 'An error answer (application/problem+json, RFC 9457)',
    example: {
      type: 'urn:zalo-egov:problem:invalid-input',
      title: 'The request is not valid',
      status: 400,
      code: 'INVALID_INPUT',
      requestId: '5f0c6a8e-2c1b-4c55-9a52-1f7f3c1f0a11',
      errors: [{ path: 'email', message: 'Invalid email address' }],
    },
  });
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The request id pino-http gave this request (from `x-request-id` or new). */
export function requestIdOf(req: Request): string | undefined {
  const id: unknown = req.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
}

/** Converts an AppError into a problem body; anything else becomes an opaque 500. */
export function problemFromAppError(error: AppError, requestId: string | undefined): Problem {
  return {
    type: `urn:zalo-egov:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: error.message,
    status: error.status,
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...(error.details ? { errors: error.details } : {}),
  };
}

/** Answers unknown routes with a 404 problem. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, {
    type: 'urn:zalo-egov:problem:not-found',
    title: 'No such route',
    status: 404,
    code: 'NOT_FOUND',
    requestId: requestIdOf(req),
  });
};

/** Seconds a client is told to wait (`Retry-After`) when a dependency such as the database is down. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

// `%00` anywhere in the path or query decodes to NUL, which PostgreSQL text cannot store: no URL needs one.
const NUL_IN_URL = /%00/i;

/** Refuses, with a 400 problem, any request whose path or query carries a NUL character (`%00`). */
export const rejectNulInUrl: RequestHandler = (req, _res, next) => {
  if (NUL_IN_URL.test(req.originalUrl)) {
    next(PlatformErrors.unstorableText('the URL'));
    return;
  }
  next();
};

/**
 * Guards a route with a fixed bearer token (compared in constant time), answering 401 without it; with no token
 * configured the route is open.
 */
export function requireBearerToken(token: string | undefined): RequestHandler {
  if (token === undefined) return (_req, _res, next) => next();
  const expected = createHash('sha256').update(token).digest();
  return (req, res, next) => {
    const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    const given = createHash('sha256')
      .update(match?.[1] ?? '')
      .digest();
    if (match && timingSafeEqual(given, expected)) {
      next();
      return;
    }
    res.setHeader('www-authenticate', 'Bearer');
    sendProblem(res, {
      type: 'urn:zalo-egov:problem:unauthorized',
      title: 'A bearer token is required',
      status: 401,
      code: 'UNAUTHORIZED',
      requestId: requestIdOf(req),
    });
  };
}

/**
 * `express.json` for the admin API: the same parser, then a body with a key or string carrying a NUL or a lone
 * surrogate (`"\u0000"`, `"\ud800"`) is refused with a 400 problem before any handler sees it. A plain-text body
 * (YAML) parsed earlier is checked the same way.
 */
export function parseJsonBody(options: { limit: string }): RequestHandler {
  const json = express.json({ limit: options.limit });
  return (req, res, next) => {
    json(req, res, (error?: unknown) => {
      if (error !== undefined) {
        next(error);
        return;
      }
      const body: unknown = req.body;
      next(containsUnstorableText(body) ? PlatformErrors.unstorableText('the request body') : undefined);
    });
  };
}

/**
 * The one place errors become HTTP answers. AppErrors keep their status and code; zod errors are 400 with the
 * offending paths; body-parser errors keep their 4xx (a corrupt compressed body is a 400, an unknown encoding a 415);
 * a database or Redis that does not answer is a 503 with Retry-After; everything else is a 500 that leaks nothing but a
 * request id, and is logged once here.
 */
export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { problem, retryAfterSeconds } = problemForError(error, requestIdOf(req), logger);
    if (retryAfterSeconds !== undefined) res.setHeader('retry-after', String(retryAfterSeconds));
    sendProblem(res, problem);
  };
}

/**
 * The problem answer for an error, as `problemErrorHandler` gives it (and logs it), for a plain node request listener
 * that answers without express (`src/platform/ingress.ts`).
 */
export function problemForError(
  error: unknown,
  requestId: string | undefined,
  logger: Logger,
): { problem: Problem; retryAfterSeconds?: number } {
  if (isAppError(error)) {
    if (error.status >= 500) logger.error({ err: error, code: error.code, requestId }, error.message);
    const problem = problemFromAppError(error, requestId);
    return error.status === 503 ? { problem, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS } : { problem };
  }
  if (error instanceof ZodError) {
    return {
      problem: {
        type: 'urn:zalo-egov:problem:invalid-input',
        title: 'The request is not valid',
        status: 400,
        code: 'INVALID_INPUT',
        requestId,
        errors: error.issues.map(convertIssueToFieldProblem),
      },
    };
  }
  const bodyProblem = bodyParserProblem(error);
  if (bodyProblem !== undefined) return { problem: { ...bodyProblem, requestId } };
  if (isInfrastructureError(error)) {
    // PostgreSQL or Redis unreachable: the client may retry. Logged without the driver's message (it may carry the
    // query's parameters).
    logger.warn({ requestId, code: errorCode(error) }, 'infrastructure unavailable; answering 503');
    return {
      problem: problemFromAppError(PlatformErrors.unavailable('A service the server depends on'), requestId),
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    };
  }
  if (isUnstorableTextError(error)) {
    // A NUL or unpaired surrogate that slipped past the URL and body checks, refused by PostgreSQL itself.
    return { problem: problemFromAppError(PlatformErrors.unstorableText('the request'), requestId) };
  }
  logger.error({ err: error, requestId }, 'unhandled error');
  return {
    problem: {
      type: 'urn:zalo-egov:problem:internal',
      title: 'Internal server error',
      status: 500,
      code: 'INTERNAL',
      requestId,
    },
  };
}

/**
 * One invalid field of an INVALID_INPUT answer: the English message for API users, and for the admin UI, which says it
 * in the user's language, the zod issue code with the limit or format it broke, or the `reason` a refinement names in
 * its `params` (`{ reason: 'unknownUnit' }`).
 */
export function convertIssueToFieldProblem(issue: z.core.$ZodIssue): Record<string, unknown> {
  const limits: Record<string, unknown> = {};
  if (issue.code === 'too_small') Object.assign(limits, { minimum: Number(issue.minimum), origin: issue.origin });
  if (issue.code === 'too_big') Object.assign(limits, { maximum: Number(issue.maximum), origin: issue.origin });
  if (issue.code === 'invalid_format') limits.format = issue.format;
  if (issue.code === 'invalid_type') limits.expected = issue.expected;
  if (issue.code === 'custom' && typeof issue.params?.reason === 'string') limits.reason = issue.params.reason;
  return { path: issue.path.join('.'), message: issue.message, issue: issue.code, ...limits };
}

type BodyProblem = Pick<Problem, 'type' | 'title' | 'status' | 'code'>;

/**
 * body-parser's errors (http-errors: a 4xx `status`, `expose: true`): a `type` such as `entity.too.large` or
 * `encoding.unsupported`, or none when the decompression stream failed (zlib's `Z_DATA_ERROR`, brotli's `ERR__…`).
 */
function bodyParserProblem(error: unknown): BodyProblem | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = error.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const type = 'type' in error && typeof error.type === 'string' ? error.type : undefined;
  const exposed = 'expose' in error && error.expose === true;
  if (type === undefined && !exposed) return undefined;
  if (status === 413) {
    return problem('payload-too-large', 'The request body is too large', 413, 'PAYLOAD_TOO_LARGE');
  }
  if (type === 'encoding.unsupported') {
    return problem(
      'unsupported-encoding',
      "The request body's Content-Encoding is not supported",
      415,
      'UNSUPPORTED_ENCODING',
    );
  }
  if (type === 'charset.unsupported') {
    return problem('unsupported-charset', "The request body's charset is not supported", 415, 'UNSUPPORTED_CHARSET');
  }
  return problem('malformed-body', 'The request body could not be read', status, 'MALFORMED_BODY');
}

function problem(slug: string, title: string, status: number, code: string): BodyProblem {
  return { type: `urn:zalo-egov:problem:${slug}`, title, status, code };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
