import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import {
  convertExpressPathToOpenApi,
  joinApiPath,
  type ApiAccess,
  type ApiOperation,
  type DescribedApiRouteGroup,
  type HttpMethod,
} from './api-route.js';
import { PROBLEM_CONTENT_TYPE, problemSchema } from './http.js';

/** An OpenAPI 3.1 document. */
export type OpenApiDocument = oas31.OpenAPIObject;

/** How an API authenticates, for the document: its security schemes and what each access level requires. */
export interface ApiSecurity {
  schemes: Record<string, oas31.SecuritySchemeObject>;
  /** Alternatives (any one suffices) of schemes that together satisfy `access`; `[]` for a public route. */
  requirementsFor(access: ApiAccess, method: HttpMethod): oas31.SecurityRequirementObject[];
  /** Problems every route with this access may answer (401, 403, 503), each described with its codes. */
  problemsFor(access: ApiAccess, method: HttpMethod): Readonly<Partial<Record<number, string>>>;
  /** A sentence on who may call, appended to the operation's description. */
  describe(access: ApiAccess): string;
}

export interface OpenApiDocumentOptions {
  /** Where the API is mounted (`/api/admin`): the document's paths are absolute. */
  basePath: string;
  info: oas31.InfoObject;
  security: ApiSecurity;
}

const SUCCESS_DESCRIPTIONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

/**
 * The OpenAPI 3.1 document of route groups: one operation per route, with its parameters, body, success answer and
 * the problem answers it may give (the shared `Problem` component), security requirements and an `x-access`
 * extension naming who may call it (clients may hide what the user cannot do).
 */
export function createOpenApiDocument(
  groups: readonly DescribedApiRouteGroup[],
  options: OpenApiDocumentOptions,
): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  const operationIds = new Set<string>();
  for (const group of groups) {
    for (const { operation } of group.routes) {
      if (operationIds.has(operation.operationId)) {
        throw new Error(`Two API routes share the operationId ${operation.operationId}`);
      }
      operationIds.add(operation.operationId);
      const path = convertExpressPathToOpenApi(joinApiPath(options.basePath, group.prefix, operation.path));
      const item = (paths[path] ??= {});
      if (item[operation.method]) throw new Error(`Two API routes answer ${operation.method.toUpperCase()} ${path}`);
      item[operation.method] = describeOperation(operation, group.tag.name, options.security);
    }
  }
  return createDocument({
    openapi: '3.1.0',
    info: options.info,
    tags: groups
      .map((group) => group.tag)
      .filter((tag, index, all) => all.findIndex((t) => t.name === tag.name) === index),
    paths,
    components: { securitySchemes: options.security.schemes },
  });
}

function describeOperation(operation: ApiOperation, tag: string, security: ApiSecurity): ZodOpenApiOperationObject {
  const problems = new Map<number, string[]>();
  const addProblem = (status: number, text: string | undefined) => {
    if (text !== undefined) problems.set(status, [...(problems.get(status) ?? []), text]);
  };
  if (operation.params || operation.query || operation.body) {
    addProblem(400, '`INVALID_INPUT`: a parameter or body field is not valid; `errors` lists `{path, message}`');
  }
  if (operation.body) {
    addProblem(400, '`MALFORMED_BODY`: the body could not be read');
    addProblem(413, '`PAYLOAD_TOO_LARGE`: the body is larger than this route accepts');
  }
  for (const [status, text] of Object.entries(security.problemsFor(operation.access, operation.method))) {
    addProblem(Number(status), text);
  }
  for (const [status, text] of Object.entries(operation.errors)) addProblem(Number(status), text);

  const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } };
  const responses: Record<string, ZodOpenApiResponseObject> = {
    [String(operation.status)]: {
      description: SUCCESS_DESCRIPTIONS[operation.status] ?? 'Success',
      ...(operation.response === null ? {} : { content: { [operation.responseType]: { schema: operation.response } } }),
    },
  };
  for (const [status, texts] of [...problems.entries()].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: texts.map((text) => `- ${text}`).join('\n'), content: problemContent };
  }
  responses.default = {
    description: '`INTERNAL` (500), or a dependency is unavailable (503)',
    content: problemContent,
  };

  const access = security.describe(operation.access);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description ? `${operation.description}\n\n${access}` : access,
    tags: [tag],
    security: security.requirementsFor(operation.access, operation.method),
    'x-access': operation.access,
    ...(operation.params || operation.query
      ? {
          requestParams: {
            ...(operation.params ? { path: operation.params } : {}),
            ...(operation.query ? { query: operation.query } : {}),
          },
        }
      : {}),
    ...(operation.binaryBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        }
      : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: operation.body },
              ...Object.fromEntries(operation.textBody.map((type) => [type, { schema: { type: 'string' } }])),
            },
          },
        }
      : {}),
    responses,
  };
}
