import { requestIdOf } from '../platform/http.js';
import { parseCookie } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Redis } from '../platform/redis.js';
import { findAccountById } from './accounts.js';
import { findUsableApiToken, recordApiTokenUse } from './api-tokens.js';
import type { AuditContext } from './audit.js';
import { AdminErrors } from './errors.js';
import { hasAnyRole, hasPermission, parseStoredRoles, type AdminPermission, type AdminRole } from './roles.js';
import { secureEquals } from './secure-compare.js';
import { createSessionStore, type SessionStore } from './session-store.js';

export const SESSION_COOKIE = 'zegov_session';
/** Hours after sign-in at which a session ends, however active (ADMIN_SESSION_MAX_HOURS). */
export const DEFAULT_SESSION_MAX_HOURS = 12;
export const CSRF_HEADER = 'x-csrf-token';

/** Who is calling: a person through a browser session, or an automation through an API token. */
export type AdminPrincipal =
  | {
      kind: 'session';
      accountId: string;
      email: string;
      roles: AdminRole[];
      /** The official's handling unit (feedback): null for a province-wide account. */
      unitCode: string | null;
      sessionId: string;
      csrfToken: string;
    }
  | {
      kind: 'token';
      tokenId: string;
      accountId: string;
      email: string;
      roles: AdminRole[];
      unitCode: string | null;
    };

/** What the admin module needs from the composition root. */
export interface AdminAuthDeps {
  db: Db;
  /** A `command` Redis client (with the deployment's key prefix). */
  redis: Redis;
  logger: Logger;
  /** Idle TTL and absolute lifetime of a session in hours (absolute default DEFAULT_SESSION_MAX_HOURS); public URL. */
  config: { sessionTtlHours: number; sessionMaxHours?: number; publicUrl: string };
  /** Time source for session idleness, lockouts, token expiry and audit times. Default: the system clock. */
  clock?: () => Date;
}

export interface AdminAuth {
  /** 401 without a valid session cookie or bearer token; 403 ADMIN_CSRF_INVALID for an unsafe cookie request without the CSRF header. */
  requireAuth: RequestHandler;
  /** requireAuth, then 403 ADMIN_FORBIDDEN unless one of the caller's roles grants `permission` (see PERMISSIONS). */
  requirePermission(permission: AdminPermission): RequestHandler;
  sessions: SessionStore;
  /** Sets the session cookie (HttpOnly, SameSite=Strict, Path=/, Secure on https deployments). */
  setSessionCookie(res: Response, sessionId: string): void;
  clearSessionCookie(res: Response): void;
  /** The session id the request's cookie carries, if any (not checked). */
  sessionIdOf(req: Request): string | undefined;
  clock: () => Date;
}

// Keyed by the response object so the principal lives exactly as long as the request, with no untyped res.locals.
const principals = new WeakMap<Response, AdminPrincipal>();

/** The authenticated caller; throws ADMIN_UNAUTHENTICATED when used on a route without requireAuth. */
export function getAdminPrincipal(res: Response): AdminPrincipal {
  const principal = principals.get(res);
  if (!principal) throw AdminErrors.unauthenticated();
  return principal;
}

/**
 * The unit whose work alone the caller sees and acts on (feedback tickets, handoffs); null when they see every unit:
 * admins, and accounts without a unit.
 */
export function unitScopeOf(res: Response): string | null {
  const principal = getAdminPrincipal(res);
  return principal.roles.includes('admin') ? null : principal.unitCode;
}

/** Actor, request id and IP for `recordAudit`/`withAudit` from an authenticated request. */
export function auditContextOf(req: Request, res: Response, occurredAt?: Date): AuditContext {
  const principal = getAdminPrincipal(res);
  return {
    actor:
      principal.kind === 'token'
        ? { type: 'token', tokenId: principal.tokenId, accountId: principal.accountId, email: principal.email }
        : { type: 'account', accountId: principal.accountId, email: principal.email },
    requestId: requestIdOf(req),
    ip: req.ip,
    occurredAt,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createAdminAuth(deps: AdminAuthDeps): AdminAuth {
  const clock = deps.clock ?? (() => new Date());
  const sessions = createSessionStore({
    redis: deps.redis,
    ttlMs: Math.round(deps.config.sessionTtlHours * 3_600_000),
    maxAgeMs: Math.round((deps.config.sessionMaxHours ?? DEFAULT_SESSION_MAX_HOURS) * 3_600_000),
    clock,
  });
  const secureCookie = new URL(deps.config.publicUrl).protocol === 'https:';
  const cookieOptions = { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookie } as const;

  const sessionIdOf = (req: Request): string | undefined => {
    const header = req.headers.cookie;
    if (!header) return undefined;
    const value = parseCookie(header)[SESSION_COOKIE];
    return value === undefined || value === '' ? undefined : value;
  };

  async function authenticate(req: Request, res: Response): Promise<AdminPrincipal> {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization.trim());
      if (!match?.[1]) throw AdminErrors.unauthenticated();
      const now = clock();
      const found = await findUsableApiToken(deps.db, match[1], now);
      if (!found || found.account.disabled) throw AdminErrors.unauthenticated();
      await recordApiTokenUse(deps.db, found.token, now);
      const ownerRoles = parseStoredRoles(found.account.roles);
      // A token never does more than its owner may do today, whatever roles it was given.
      const roles = parseStoredRoles(found.token.roles).filter((role) => hasAnyRole(ownerRoles, [role]));
      return {
        kind: 'token',
        tokenId: found.token.id,
        accountId: found.account.id,
        email: found.account.email,
        roles,
        unitCode: found.account.unitCode,
      };
    }
    const sessionId = sessionIdOf(req);
    if (sessionId === undefined) throw AdminErrors.unauthenticated();
    const session = await guardRedis(() => sessions.touch(sessionId));
    if (!session) {
      clearSessionCookie(res);
      // An admin disabled the account while this browser was signed in: say so, not "expired".
      const reason = await guardRedis(() => sessions.endedBecause(sessionId));
      throw reason === 'disabled' ? AdminErrors.accountDisabled() : AdminErrors.unauthenticated();
    }
    // Roles and the disabled flag are read on every request, so a change takes effect at once.
    const account = await findAccountById(deps.db, session.accountId);
    if (!account || account.disabled) {
      await guardRedis(() => sessions.delete(sessionId));
      clearSessionCookie(res);
      throw account ? AdminErrors.accountDisabled() : AdminErrors.unauthenticated();
    }
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !secureEquals(sent, session.csrfToken)) throw AdminErrors.csrfInvalid();
    }
    return {
      kind: 'session',
      accountId: account.id,
      email: account.email,
      roles: parseStoredRoles(account.roles),
      unitCode: account.unitCode,
      sessionId,
      csrfToken: session.csrfToken,
    };
  }

  function clearSessionCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, cookieOptions);
  }

  const requireAuth: RequestHandler = async (req, res, next) => {
    if (!principals.has(res)) principals.set(res, await authenticate(req, res));
    next();
  };

  return {
    requireAuth,
    requirePermission(permission) {
      return async (req, res, next) => {
        if (!principals.has(res)) principals.set(res, await authenticate(req, res));
        if (!hasPermission(getAdminPrincipal(res).roles, permission)) throw AdminErrors.forbidden();
        next();
      };
    },
    sessions,
    setSessionCookie(res, sessionId) {
      res.cookie(SESSION_COOKIE, sessionId, cookieOptions);
    },
    clearSessionCookie,
    sessionIdOf,
    clock,
  };
}

async function guardRedis<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw AdminErrors.unavailable(error);
  }
}
