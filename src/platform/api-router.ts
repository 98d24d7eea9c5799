import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { PlatformErrors } from './errors.js';
import { parseJsonBody } from './http.js';
import { joinApiPath, type ApiAccess, type BoundApiRouteGroup, type HttpMethod } from './api-route.js';
import type { Logger } from './logger.js';

const DEFAULT_BODY_LIMIT = '16kb';
/** What a route that takes no body reads at most to tell "nothing" or `{}` from something. */
const NO_BODY_LIMIT = '1kb';
const NO_BODY = z.object({}).strict();

/** How an API enforces `ApiAccess`: the guards that run before a route's input is parsed. */
export interface ApiAccessGuards {
  /** Handlers that let the request through or throw (401, 403); none for a public route. */
  guardsFor(access: ApiAccess, method: HttpMethod): RequestHandler[];
}

export interface ApiRouterOptions {
  /**
   * A handler returning keys its response schema does not name is a contract that drifted from the code: strict
   * (sandbox, tests) answers a 500 naming them; otherwise they are dropped and logged once per operation.
   */
  strictResponses?: boolean;
  /** Where dropped keys are reported when not strict. */
  logger?: Logger;
}

/**
 * Mounts route groups on one router: per route the access guards, then its body parser (JSON, plus text for the
 * declared text types), then the handler with parsed input; the handler's result is checked against the declared
 * response schema and sent. Errors go to the app's problem+json handler.
 */
export function createApiRouter(
  groups: readonly BoundApiRouteGroup[],
  access: ApiAccessGuards,
  options: ApiRouterOptions = {},
): Router {
  const reported = new Set<string>();
  const checkResponse = (operationId: string, schema: z.ZodType, result: unknown): unknown => {
    const parsed = schema.safeParse(result);
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
      throw new ApiResponseMismatchError(
        `${operationId} returned a body its response schema rejects: ${paths.join('; ')}`,
      );
    }
    const dropped = findDroppedKeys(result, parsed.data);
    if (dropped.length > 0 && options.strictResponses) {
      throw new ApiResponseMismatchError(
        `${operationId} returned keys its response schema does not name: ${dropped.join('; ')}`,
      );
    }
    if (dropped.length > 0 && !reported.has(operationId)) {
      reported.add(operationId);
      options.logger?.warn({ operationId, dropped }, 'response keys not in the API contract were dropped');
    }
    return parsed.data;
  };
  const router = express.Router();
  for (const group of groups) {
    const limit = group.bodyLimit ?? DEFAULT_BODY_LIMIT;
    for (const route of group.routes) {
      const { operation } = route;
      const parsers: RequestHandler[] = operation.binaryBody
        ? [express.raw({ type: () => true, limit: operation.binaryBody.limit })]
        : operation.body === undefined
          ? operation.method === 'get'
            ? []
            : [refuseBody()]
          : [
              ...(operation.textBody.length > 0 ? [express.text({ type: [...operation.textBody], limit })] : []),
              // NUL and lone surrogates (which PostgreSQL text cannot store) are refused with a 400 here, once.
              parseJsonBody({ limit }),
            ];
      const handle: RequestHandler = async (req, res) => {
        const result = await route.run(req, res);
        // A streaming route (server-sent events) wrote its answer itself.
        if (res.headersSent) return;
        if (operation.response === null) {
          res.status(operation.status).end();
          return;
        }
        const body = checkResponse(operation.operationId, operation.response, result);
        if (operation.responseType === 'application/json') res.status(operation.status).json(body);
        else res.status(operation.status).type(operation.responseType).send(body);
      };
      router[operation.method](
        joinApiPath(group.prefix, operation.path),
        ...access.guardsFor(operation.access, operation.method),
        ...parsers,
        handle,
      );
    }
  }
  return router;
}

/**
 * For a route that takes no body (approve, cancel, retry…): a client sending fields it believes count is told they do
 * not, rather than ignored. No body, an empty one or `{}` passes (what clients send for "no fields"); text that is not
 * JSON is a 400 `MALFORMED_JSON`, any other JSON a 400 `INVALID_INPUT` (unrecognized keys, or not an object).
 */
function refuseBody(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: NO_BODY_LIMIT });
  return (req, res, next) => {
    raw(req, res, (error?: unknown) => {
      if (error !== undefined) {
        next(error);
        return;
      }
      const body: unknown = req.body;
      const text = Buffer.isBuffer(body) ? body.toString('utf8').trim() : '';
      req.body = undefined;
      if (text === '') {
        next();
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        next(PlatformErrors.malformedJson());
        return;
      }
      const parsed = NO_BODY.safeParse(value);
      next(parsed.success ? undefined : parsed.error);
    });
  };
}

/** Thrown when a handler returns what its contract does not allow: a bug, answered as a 500 and logged once. */
export class ApiResponseMismatchError extends Error {
  override readonly name = 'ApiResponseMismatchError';
}

// The response schema is the allowlist of what leaves the server: a field a handler adds by mistake (a hash, a
// citizen's data) never goes out. Problems are reported with paths only: the values may be personal data.
function findDroppedKeys(sent: unknown, kept: unknown, path: readonly string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((item, index) => findDroppedKeys(item, kept[index], [...path, String(index)]));
  }
  if (!isPlainRecord(sent) || !isPlainRecord(kept)) return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    if (key in kept) return findDroppedKeys(value, kept[key], [...path, key]);
    return value === undefined ? [] : [[...path, key].join('.')];
  });
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
