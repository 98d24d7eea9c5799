import type { RequestHandler } from 'express';
import type { ApiAccess, HttpMethod } from '../platform/api-route.js';
import type { ApiAccessGuards } from '../platform/api-router.js';
import type { ApiSecurity } from '../platform/openapi-document.js';
import { CSRF_HEADER, getAdminPrincipal, SESSION_COOKIE, type AdminAuth } from './admin-auth.js';
import { AdminErrors } from './errors.js';
import { PERMISSIONS, type AdminPermission } from './roles.js';

const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['get']);

/** Enforces `ApiAccess` with the admin sessions and API tokens; permission names are checked when the router is built. */
export function createAdminAccessGuards(auth: AdminAuth): ApiAccessGuards {
  const requireSession: RequestHandler = (_req, res, next) => {
    if (getAdminPrincipal(res).kind !== 'session') throw AdminErrors.sessionRequired();
    next();
  };
  return {
    guardsFor(access) {
      if (access === 'public') return [];
      if (access === 'signed-in') return [auth.requireAuth];
      if (access === 'session') return [auth.requireAuth, requireSession];
      // A module declaring a permission roles.ts does not grant fails at start-up, not at the first request.
      return [auth.requirePermission(permissionOf(access))];
    },
  };
}

/** How the admin API authenticates, as the OpenAPI document states it. */
export const adminApiSecurity: ApiSecurity = {
  schemes: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description:
        'The browser session set by `POST /api/admin/auth/login` (HttpOnly, SameSite=Strict). With it, every request ' +
        'other than GET also needs the `csrf` header.',
    },
    csrf: {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description:
        'The `csrfToken` of the login answer (or of `GET /api/admin/auth/session`), sent with the session cookie on ' +
        'every request other than GET.',
    },
    apiToken: {
      type: 'http',
      scheme: 'bearer',
      description: 'An API token for scripts (`POST /api/admin/tokens`); no CSRF header needed.',
    },
  },
  requirementsFor(access, method) {
    if (access === 'public') return [];
    const session: Record<string, string[]> = SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrf: [] };
    return access === 'session' ? [session] : [session, { apiToken: [] }];
  },
  problemsFor(access, method) {
    if (access === 'public') return {};
    const forbidden = [
      ...(SAFE_METHODS.has(method) ? [] : [`\`ADMIN_CSRF_INVALID\`: the ${CSRF_HEADER} header is missing or wrong`]),
      ...(typeof access === 'object' ? ['`ADMIN_FORBIDDEN`: your roles do not grant this permission'] : []),
      ...(access === 'session' ? ['`ADMIN_SESSION_REQUIRED`: API tokens may not do this'] : []),
    ];
    return {
      401: '`ADMIN_UNAUTHENTICATED`: no valid session cookie or API token',
      ...(forbidden.length > 0 ? { 403: forbidden.join('\n- ') } : {}),
      503: '`ADMIN_UNAVAILABLE`: the session store did not answer',
    };
  },
  describe: describeAdminAccess,
};

function describeAdminAccess(access: ApiAccess): string {
  if (access === 'public') return 'Public: no authentication.';
  if (access === 'signed-in') return 'Any signed-in caller (browser session or API token).';
  if (access === 'session') return 'A signed-in person through a browser session; API tokens are refused.';
  const permission = permissionOf(access);
  return `Permission \`${permission}\`: roles ${PERMISSIONS[permission].join(', ')}.`;
}

function permissionOf(access: { readonly permission: string }): AdminPermission {
  const { permission } = access;
  if (!isAdminPermission(permission)) throw new Error(`unknown admin permission: ${permission}`);
  return permission;
}

function isAdminPermission(name: string): name is AdminPermission {
  return Object.hasOwn(PERMISSIONS, name);
}
