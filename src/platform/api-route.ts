import type { Request, Response } from 'express';
import type { z } from 'zod';

/**
 * An HTTP route declared once: its contract (method, path, who may call it, zod schemas of what goes in and comes
 * out) and its handler. `createApiRouter` mounts it (guards, body parsing, input parsing, response checking) and
 * `createOpenApiDocument` describes it, from the same declaration, so the document cannot drift from the code.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route. The module declares it; the API that mounts the route supplies the policy that enforces it
 * (guards) and documents it (security requirements).
 * - `public`: anyone (sign-in, the OAuth callback, the API document itself);
 * - `signed-in`: any authenticated caller, through a browser session or an API token;
 * - `session`: a signed-in person through a browser session (API tokens are refused);
 * - `{ permission }`: an authenticated caller whose roles grant this permission (the API's table says which do).
 */
export type ApiAccess = 'public' | 'signed-in' | 'session' | { readonly permission: string };

/** Schemas of path and query parameters: objects of (coerced) strings. */
export type ApiParamsSchema = z.ZodType<unknown, Record<string, unknown>>;

export type ApiSuccessStatus = 200 | 201 | 202 | 204;

/** What a handler receives: the parsed parameters, query and body, plus express's request and response. */
export interface ApiInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** For what the schemas do not cover: the caller's IP, the request id, cookies. */
  req: Request;
  /** For headers and cookies; the body is sent by the router from the handler's return value. */
  res: Response;
}

type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;
type ResultOf<R> = R extends z.ZodType ? z.input<R> : void;

/** The declaration of one route; `Ctx` is what its module hands every handler (stores, clock, logger). */
export interface ApiRouteSpec<
  Ctx,
  P extends ApiParamsSchema | undefined,
  Q extends ApiParamsSchema | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType | null,
> {
  method: HttpMethod;
  /** Express path relative to the route group (`/:id/versions`); parameters become `{id}` in the document. */
  path: string;
  /** Stable, unique name of the operation: generated clients name their functions after it. */
  operationId: string;
  summary: string;
  description?: string;
  access: ApiAccess;
  params?: P;
  query?: Q;
  /** The request body, read as JSON (or as text for the `textBody` content types). */
  body?: B;
  /** Content types whose body is read as a string and given to `body` (e.g. YAML flows). */
  textBody?: readonly string[];
  /** The body is raw bytes of any content type, up to `limit` (express notation): the handler reads `req.body` (a Buffer). */
  binaryBody?: { limit: string };
  /** The success status; default 200, or 204 when `response` is null. */
  status?: ApiSuccessStatus;
  /** The body of the success answer; `null` for an empty answer (204). Unknown keys are stripped before sending. */
  response: R;
  /**
   * Content type of the success answer; default `application/json` (anything else is sent as the string returned). A
   * stream (`text/event-stream`) is written by the handler to `res` itself; it resolves when the stream ends.
   */
  responseType?: string;
  /** Problems this route answers besides the ones every route may answer (invalid input, authentication), with their codes. */
  errors?: Readonly<Partial<Record<number, string>>>;
  handler(input: ApiInput<OutputOf<P>, OutputOf<Q>, OutputOf<B>>, ctx: Ctx): Promise<ResultOf<R>>;
}

/** The contract of a route without its handler: everything the document and the router need to know. */
export interface ApiOperation {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  description: string | undefined;
  access: ApiAccess;
  params: ApiParamsSchema | undefined;
  query: ApiParamsSchema | undefined;
  body: z.ZodType | undefined;
  textBody: readonly string[];
  binaryBody: { limit: string } | undefined;
  status: ApiSuccessStatus;
  response: z.ZodType | null;
  responseType: string;
  errors: Readonly<Partial<Record<number, string>>>;
}

/** A declared route: its contract plus a runner that parses the input and calls the handler with the module's context. */
export interface ApiRoute<Ctx> {
  operation: ApiOperation;
  /** Parses params, query and body (a ZodError becomes a 400 problem), runs the handler, returns its result. */
  run(req: Request, res: Response, ctx: Ctx): Promise<unknown>;
}

/** Routes of one module that share a path prefix, a tag in the document and a body size limit. */
export interface ApiRouteGroup<Ctx> {
  /** Path under the API's base path (`/flows`); `''` for routes directly under it. */
  prefix: string;
  /** The document's tag of these routes (one per module or per part of a module). */
  tag: { name: string; description: string };
  /** Largest request body accepted (express notation); default `16kb`. */
  bodyLimit?: string;
  routes: readonly ApiRoute<Ctx>[];
}

/** What the document needs of a route group: its prefix, tag and the routes' contracts (bound or not). */
export interface DescribedApiRouteGroup {
  prefix: string;
  tag: { name: string; description: string };
  routes: readonly { operation: ApiOperation }[];
}

/** A group whose handlers have their context: ready to mount. */
export interface BoundApiRouteGroup extends Omit<ApiRouteGroup<unknown>, 'routes'> {
  routes: readonly { operation: ApiOperation; run(req: Request, res: Response): Promise<unknown> }[];
}

/**
 * Returns the route declarer of a module whose handlers receive `Ctx`:
 * `const route = apiRoutes<FlowsApiContext>(); route({ method: 'get', path: '/', ..., handler })`.
 */
export function apiRoutes<Ctx>() {
  return function route<
    P extends ApiParamsSchema | undefined = undefined,
    Q extends ApiParamsSchema | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
    R extends z.ZodType | null = null,
  >(spec: ApiRouteSpec<Ctx, P, Q, B, R>): ApiRoute<Ctx> {
    const operation: ApiOperation = {
      method: spec.method,
      path: spec.path,
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.description,
      access: spec.access,
      params: spec.params,
      query: spec.query,
      body: spec.body,
      textBody: spec.textBody ?? [],
      binaryBody: spec.binaryBody,
      status: spec.status ?? (spec.response === null ? 204 : 200),
      response: spec.response,
      responseType: spec.responseType ?? 'application/json',
      errors: spec.errors ?? {},
    };
    return {
      operation,
      run: (req, res, ctx) =>
        spec.handler(
          {
            params: parseOptional(spec.params, req.params),
            query: parseOptional(spec.query, req.query),
            body: parseOptional(spec.body, req.body),
            req,
            res,
          },
          ctx,
        ),
    };
  };
}

/** Gives every route of `group` its module's context. */
export function bindApiRouteGroup<Ctx>(group: ApiRouteGroup<Ctx>, ctx: Ctx): BoundApiRouteGroup {
  return {
    ...group,
    routes: group.routes.map((route) => ({ operation: route.operation, run: (req, res) => route.run(req, res, ctx) })),
  };
}

/** A module's admin (or other) API: its route groups, and how to give their handlers their context. */
export interface ApiModule<Deps> {
  /** The contracts, for the document: no dependencies needed. */
  groups: readonly DescribedApiRouteGroup[];
  /** The groups with one context built from `deps`, ready to mount. */
  bind(deps: Deps): BoundApiRouteGroup[];
}

/** Declares a module's API: its groups and the function that turns the module's dependencies into handler context. */
export function defineApiModule<Deps, Ctx>(
  groups: readonly ApiRouteGroup<Ctx>[],
  createContext: (deps: Deps) => Ctx,
): ApiModule<Deps> {
  return {
    groups,
    bind(deps) {
      const ctx = createContext(deps);
      return groups.map((group) => bindApiRouteGroup(group, ctx));
    },
  };
}

/** `/flows` + `/:id/versions` → `/flows/:id/versions`; a route at `/` is the prefix itself. */
export function joinApiPath(...parts: string[]): string {
  const joined = parts.map((part) => part.replace(/\/+$/, '')).join('');
  return joined === '' ? '/' : joined;
}

/** Express's `/flows/:id` → OpenAPI's `/flows/{id}`. */
export function convertExpressPathToOpenApi(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

// A schema that is absent yields undefined: the overload keeps the handler's input typed from the schema (or
// `undefined`) without a cast, since TypeScript cannot narrow a generic by the presence of a value.
function parseOptional<S extends z.ZodType | undefined>(schema: S | undefined, value: unknown): OutputOf<S>;
function parseOptional(schema: z.ZodType | undefined, value: unknown): unknown {
  return schema === undefined ? undefined : schema.parse(value);
}
