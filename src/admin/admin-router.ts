import { Router, type Response } from 'express';
import { parseJsonBody, requestIdOf } from '../platform/http.js';
import { z } from 'zod';
import { isAppError } from '../platform/errors.js';
import {
  convertAccountToView,
  countOtherEnabledAdmins,
  emailSchema,
  findAccountById,
  getAccountForUpdate,
  insertAccount,
  listAccounts,
  updateAccount,
} from './accounts.js';
import {
  createAdminAuth,
  auditContextOf,
  getAdminPrincipal,
  type AdminAuth,
  type AdminAuthDeps,
  type AdminPrincipal,
} from './admin-auth.js';
import {
  convertApiTokenToView,
  findApiTokenForUpdate,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
} from './api-tokens.js';
import { auditQuerySchema, listAudit, withAudit } from './audit.js';
import { auditChainHeadSchema, verifyAuditChain } from './audit-chain.js';
import { AdminErrors } from './errors.js';
import { createLoginService, type LoginLimits } from './login-service.js';
import { assertPasswordPolicy, hashPassword, LOGIN_PASSWORD_MAX_LENGTH, passwordSchema } from './passwords.js';
import { adminRolesSchema, hasAnyRole, hasPermission } from './roles.js';

/** Admin API bodies are small JSON documents; anything bigger is refused before it is parsed. */
const BODY_LIMIT = '16kb';
const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
const MAX_TOKEN_LIFETIME_DAYS = 365;

export interface AdminRouterDeps extends AdminAuthDeps {
  /** Share one AdminAuth with other modules' routers; created here when omitted. */
  auth?: AdminAuth;
  /** Failed-login budgets; defaults in DEFAULT_LOGIN_LIMITS. */
  loginLimits?: LoginLimits;
}

const loginBodySchema = z.object({
  // Not validated as an email: a malformed one must get the same answer as an unknown one.
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(LOGIN_PASSWORD_MAX_LENGTH),
});
const createAccountBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  roles: adminRolesSchema.refine((roles) => roles.length > 0, { message: 'expected at least one role' }),
});
const updateAccountBodySchema = z
  .object({ roles: adminRolesSchema.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.roles !== undefined || body.disabled !== undefined, {
    message: 'expected roles or disabled',
  });
const resetPasswordBodySchema = z.object({ password: passwordSchema });
const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(LOGIN_PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  roles: adminRolesSchema.optional(),
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_LIFETIME_DAYS).default(DEFAULT_TOKEN_LIFETIME_DAYS),
});
const listTokensQuerySchema = z.object({ accountId: z.uuid().optional() });
const idParamsSchema = z.object({ id: z.uuid() });
const verifyAuditQuerySchema = z.object({ expectHead: auditChainHeadSchema.optional() });

/** The admin HTTP API, to be mounted at `/api/admin`. Parses its own JSON bodies. */
export function createAdminRouter(deps: AdminRouterDeps): Router {
  const auth = deps.auth ?? createAdminAuth(deps);
  const { db, logger } = deps;
  const clock = auth.clock;
  const loginService = createLoginService({
    db,
    redis: deps.redis,
    sessions: auth.sessions,
    clock,
    ...(deps.loginLimits ? { limits: deps.loginLimits } : {}),
  });
  const router = Router();
  router.use(parseJsonBody({ limit: BODY_LIMIT }));

  router.post('/auth/login', async (req, res) => {
    const body = loginBodySchema.parse(req.body);
    try {
      const { account, sessionId, session } = await loginService.login({
        email: body.email,
        password: body.password,
        ip: req.ip ?? 'unknown',
        requestId: requestIdOf(req),
        previousSessionId: auth.sessionIdOf(req),
      });
      auth.setSessionCookie(res, sessionId);
      logger.info({ accountId: account.id }, 'admin signed in');
      res.json({
        id: account.id,
        email: account.email,
        roles: convertAccountToView(account).roles,
        csrfToken: session.csrfToken,
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'ADMIN_ACCOUNT_LOCKED') logger.warn('admin login refused: locked out');
      throw withRetryAfter(res, error);
    }
  });

  router.post('/auth/logout', auth.requireAuth, async (req, res) => {
    const principal = requireSession(getAdminPrincipal(res));
    await withAudit(db, auditContextOf(req, res, clock()), async () => ({
      result: undefined,
      audit: { action: 'auth.logout', target: { type: 'account', id: principal.accountId } },
    }));
    await auth.sessions.delete(principal.sessionId).catch((error: unknown) => {
      throw AdminErrors.unavailable(error);
    });
    auth.clearSessionCookie(res);
    res.status(204).end();
  });

  router.get('/auth/session', auth.requireAuth, (_req, res) => {
    const principal = getAdminPrincipal(res);
    res.json({
      id: principal.accountId,
      email: principal.email,
      roles: principal.roles,
      via: principal.kind,
      csrfToken: principal.kind === 'session' ? principal.csrfToken : null,
    });
  });

  router.get('/accounts', auth.requirePermission('accounts.manage'), async (_req, res) => {
    const rows = await listAccounts(db);
    const blocked = await loginService.countBlockedAddresses(rows.map((row) => row.email));
    res.json({
      items: rows.map((row) => ({ ...convertAccountToView(row), blockedAddresses: blocked.get(row.email) ?? 0 })),
    });
  });

  router.post('/accounts', auth.requirePermission('accounts.manage'), async (req, res) => {
    const body = createAccountBodySchema.parse(req.body);
    assertPasswordPolicy(body.password, { email: body.email });
    const passwordHash = await hashPassword(body.password);
    const now = clock();
    const account = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const row = await insertAccount(tx, { email: body.email, passwordHash, roles: body.roles, now });
      const view = convertAccountToView(row);
      return {
        result: view,
        audit: { action: 'account.create', target: { type: 'account', id: row.id }, after: view },
      };
    });
    res.status(201).json(account);
  });

  router.patch('/accounts/:id', auth.requirePermission('accounts.manage'), async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = updateAccountBodySchema.parse(req.body);
    const now = clock();
    const updated = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const before = await getAccountForUpdate(tx, id);
      const after = await updateAccount(tx, id, {
        ...(body.roles !== undefined ? { roles: body.roles } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        updatedAt: now,
      });
      const wasAdmin = !before.disabled && before.roles.includes('admin');
      const isAdmin = !after.disabled && after.roles.includes('admin');
      if (wasAdmin && !isAdmin && (await countOtherEnabledAdmins(tx, id)) === 0) throw AdminErrors.lastAdmin();
      const view = convertAccountToView(after);
      return {
        result: view,
        audit: {
          action: 'account.update',
          target: { type: 'account', id },
          before: convertAccountToView(before),
          after: view,
        },
      };
    });
    if (updated.disabled) await endSessions(id);
    res.json(updated);
  });

  router.post('/accounts/:id/password', auth.requirePermission('accounts.manage'), async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = resetPasswordBodySchema.parse(req.body);
    const target = await findAccountById(db, id);
    if (!target) throw AdminErrors.accountNotFound();
    assertPasswordPolicy(body.password, { email: target.email });
    const passwordHash = await hashPassword(body.password);
    const now = clock();
    await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const before = await getAccountForUpdate(tx, id);
      const after = await updateAccount(tx, id, { passwordHash, passwordChangedAt: now, updatedAt: now });
      return {
        result: undefined,
        audit: {
          action: 'account.password-reset',
          target: { type: 'account', id },
          before: convertAccountToView(before),
          after: convertAccountToView(after),
        },
      };
    });
    // The owner gets in with the new password from anywhere; whoever knew the old one must not stay signed in with it.
    await loginService.unlock(target.email);
    const principal = getAdminPrincipal(res);
    await endSessions(id, principal.kind === 'session' && principal.accountId === id ? principal.sessionId : undefined);
    res.status(204).end();
  });

  router.post('/accounts/:id/unlock', auth.requirePermission('accounts.manage'), async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const now = clock();
    const unlocked = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const account = await getAccountForUpdate(tx, id);
      // The lockouts live in Redis; the audit row commits only if they were ended.
      const blockedAddresses = await loginService.unlock(account.email);
      return {
        result: { ...convertAccountToView(account), blockedAddresses: 0, unlockedAddresses: blockedAddresses },
        audit: {
          action: 'account.unlock',
          target: { type: 'account', id },
          before: { blockedAddresses },
          after: { blockedAddresses: 0 },
        },
      };
    });
    res.json(unlocked);
  });

  router.post('/me/password', auth.requireAuth, async (req, res) => {
    const principal = requireSession(getAdminPrincipal(res));
    const body = changePasswordBodySchema.parse(req.body);
    const account = await findAccountById(db, principal.accountId);
    if (!account) throw AdminErrors.unauthenticated();
    // Checked outside the transaction: wrong guesses count towards the lockout and must not roll back with it.
    await loginService
      .verifyCurrentPassword({
        account,
        password: body.currentPassword,
        ip: req.ip ?? 'unknown',
        requestId: requestIdOf(req),
      })
      .catch((error: unknown) => {
        throw withRetryAfter(res, error);
      });
    assertPasswordPolicy(body.newPassword, { email: account.email });
    const now = clock();
    const passwordHash = await hashPassword(body.newPassword);
    await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const before = await getAccountForUpdate(tx, principal.accountId);
      // Changed by someone else since it was checked: the current password given is no longer current.
      if (before.passwordHash !== account.passwordHash) throw AdminErrors.currentPasswordWrong();
      const after = await updateAccount(tx, principal.accountId, {
        passwordHash,
        passwordChangedAt: now,
        updatedAt: now,
      });
      return {
        result: undefined,
        audit: {
          action: 'account.password-change',
          target: { type: 'account', id: principal.accountId },
          before: convertAccountToView(before),
          after: convertAccountToView(after),
        },
      };
    });
    await endSessions(principal.accountId, principal.sessionId);
    res.status(204).end();
  });

  router.post('/tokens', auth.requireAuth, async (req, res) => {
    // A token cannot mint tokens: a leaked one must not be able to outlive its own expiry or revocation.
    const principal = requireSession(getAdminPrincipal(res));
    const body = createTokenBodySchema.parse(req.body);
    const roles = body.roles ?? principal.roles;
    if (!roles.every((role) => hasAnyRole(principal.roles, [role]))) throw AdminErrors.forbidden();
    const now = clock();
    const expiresAt = new Date(now.getTime() + body.expiresInDays * 86_400_000);
    const created = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const { row, token } = await insertApiToken(tx, {
        accountId: principal.accountId,
        name: body.name,
        roles,
        expiresAt,
        now,
      });
      const view = convertApiTokenToView(row);
      return {
        result: { ...view, token },
        audit: { action: 'api-token.create', target: { type: 'api-token', id: row.id }, after: view },
      };
    });
    logger.info({ tokenId: created.id }, 'admin API token created');
    res.status(201).json(created);
  });

  router.get('/tokens', auth.requireAuth, async (req, res) => {
    const principal = getAdminPrincipal(res);
    const query = listTokensQuerySchema.parse(req.query);
    const isAdmin = hasPermission(principal.roles, 'accounts.manage');
    const accountId = isAdmin ? query.accountId : principal.accountId;
    const rows = await listApiTokens(db, accountId === undefined ? {} : { accountId });
    res.json({ items: rows.map(convertApiTokenToView) });
  });

  router.delete('/tokens/:id', auth.requireAuth, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const principal = getAdminPrincipal(res);
    const now = clock();
    await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const before = await findApiTokenForUpdate(tx, id);
      // Someone else's token answers like a missing one: its existence is not theirs to learn.
      if (!before || (before.accountId !== principal.accountId && !hasPermission(principal.roles, 'accounts.manage'))) {
        throw AdminErrors.tokenNotFound();
      }
      const after = await revokeApiToken(tx, id, now);
      if (!after) return { result: undefined, audit: [] };
      return {
        result: undefined,
        audit: {
          action: 'api-token.revoke',
          target: { type: 'api-token', id },
          before: convertApiTokenToView(before),
          after: convertApiTokenToView(after),
        },
      };
    });
    res.status(204).end();
  });

  router.get('/audit', auth.requirePermission('audit.read'), async (req, res) => {
    const query = auditQuerySchema.parse(req.query);
    res.json(await listAudit(db, query));
  });

  // A read that changes nothing and shows no personal data (positions and hashes only), so it writes no audit row.
  router.get('/audit/verify', auth.requirePermission('audit.read'), async (req, res) => {
    const { expectHead } = verifyAuditQuerySchema.parse(req.query);
    res.json(await verifyAuditChain(db, { expectHead }));
  });

  async function endSessions(accountId: string, exceptSessionId?: string): Promise<void> {
    try {
      await auth.sessions.deleteAllForAccount(accountId, exceptSessionId);
    } catch (error) {
      throw AdminErrors.unavailable(error);
    }
  }

  return router;
}

/** Sets Retry-After from a lockout or rate-limit error's `retryAfterSeconds`; returns the error to rethrow. */
function withRetryAfter(res: Response, error: unknown): unknown {
  const retryAfter = isAppError(error) ? error.details?.['retryAfterSeconds'] : undefined;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  return error;
}

function requireSession(principal: AdminPrincipal): Extract<AdminPrincipal, { kind: 'session' }> {
  if (principal.kind !== 'session') throw AdminErrors.sessionRequired();
  return principal;
}
