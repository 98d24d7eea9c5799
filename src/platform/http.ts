import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { z, ZodError } from 'zod';
import { AppError, isAppError } from './errors.js';
import type { Logger } from './logger.js';
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
        'Details: for INVALID_INPUT a list of {path, message}; for other codes an object (e.g. retryAfterSeconds)',
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

/**
 * The one place errors become HTTP answers. AppErrors keep their status and code; zod errors are 400 with the
 * offending paths; body-parser errors keep their 4xx; everything else is a 500 that leaks nothing but a request id,
 * and is logged once here.
 */
export function problemErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = requestIdOf(req);
    if (isAppError(error)) {
      if (error.status >= 500) logger.error({ err: error, code: error.code, requestId }, error.message);
      sendProblem(res, problemFromAppError(error, requestId));
      return;
    }
    if (error instanceof ZodError) {
      sendProblem(res, {
        type: 'urn:zalo-egov:problem:invalid-input',
        title: 'The request is not valid',
        status: 400,
        code: 'INVALID_INPUT',
        requestId,
        errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    const bodyParserStatus = bodyParserErrorStatus(error);
    if (bodyParserStatus !== undefined) {
      const tooLarge = bodyParserStatus === 413;
      sendProblem(res, {
        type: `urn:zalo-egov:problem:${tooLarge ? 'payload-too-large' : 'malformed-body'}`,
        title: tooLarge ? 'The request body is too large' : 'The request body could not be read',
        status: bodyParserStatus,
        code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_BODY',
        requestId,
      });
      return;
    }
    logger.error({ err: error, requestId }, 'unhandled error');
    sendProblem(res, {
      type: 'urn:zalo-egov:problem:internal',
      title: 'Internal server error',
      status: 500,
      code: 'INTERNAL',
      requestId,
    });
  };
}

function bodyParserErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error) || !('status' in error)) return undefined;
  const status = error.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
