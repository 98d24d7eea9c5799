import { readFileSync } from 'node:fs';
import type { Router } from 'express';
import { z } from 'zod';
import { API_DOCS_ASSETS_PATH, apiDocsRoutes, createApiDocsAssetsRouter } from '../platform/api-docs.js';
import { bindApiRouteGroup, type BoundApiRouteGroup, type DescribedApiRouteGroup } from '../platform/api-route.js';
import { createApiRouter, type ApiRouterOptions } from '../platform/api-router.js';
import { createOpenApiDocument, type OpenApiDocument } from '../platform/openapi-document.js';
import { adminApiSecurity, createAdminAccessGuards } from './admin-api-security.js';
import type { AdminAuth } from './admin-auth.js';

/** Where the admin API is mounted; the document's paths start with it. */
export const ADMIN_API_BASE_PATH = '/api/admin';

const TITLE = 'zalo-egov admin API';
// src/admin/ and dist/admin/ both sit two levels below the package.
const { version } = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));

const DESCRIPTION = `JSON over HTTP for the officials who run the OA: accounts, API tokens, the audit log, flows and
templates, the Zalo connection.

**Signing in.** A browser signs in with \`POST /api/admin/auth/login\`: the answer sets the session cookie and carries a
\`csrfToken\`, which every request other than GET must send as \`X-CSRF-Token\`. Scripts use an API token
(\`Authorization: Bearer …\`, from \`POST /api/admin/tokens\`) and need no CSRF header. Each operation names the
permission it needs (\`x-access\`) and its description the roles that hold it.

**Errors** are \`application/problem+json\` (the \`Problem\` schema) with a stable \`code\` to branch on and the request id.

**Audit.** Every change, and every read of a citizen's conversation, is written to the audit log.`;

/** The admin API's OpenAPI 3.1 document for these route groups (plus the documentation routes themselves). */
export function createAdminApiDocument(groups: readonly DescribedApiRouteGroup[]): OpenApiDocument {
  return createOpenApiDocument([...groups, apiDocsRoutes], {
    basePath: ADMIN_API_BASE_PATH,
    info: {
      title: TITLE,
      version,
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    security: adminApiSecurity,
  });
}

/**
 * The admin API from every module's bound route groups: one router to mount at `/api/admin` (guards from `auth`),
 * serving also `/openapi.json` and the reference page `/docs`, and the document it serves.
 */
export function createAdminApi(
  groups: readonly BoundApiRouteGroup[],
  auth: AdminAuth,
  options: ApiRouterOptions = {},
): { router: Router; document: OpenApiDocument } {
  const document = createAdminApiDocument(groups);
  const docs = bindApiRouteGroup(apiDocsRoutes, {
    document: () => document,
    basePath: ADMIN_API_BASE_PATH,
    title: TITLE,
  });
  const router = createApiRouter([...groups, docs], createAdminAccessGuards(auth), options);
  router.use(API_DOCS_ASSETS_PATH, createApiDocsAssetsRouter());
  return { router, document };
}
