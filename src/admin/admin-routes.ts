import { z } from 'zod';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import { requestIdOf } from '../platform/http.js';
import type { Logger } from '../platform/logger.js';
import {
  accountViewSchema,
  convertAccountToView,
  countOtherEnabledAdmins,
  emailSchema,
  getAccountForUpdate,
  insertAccount,
  listAccounts,
  updateAccount,
} from './accounts.js';
import {
  auditContextOf,
  getAdminPrincipal,
  type AdminAuth,
  type AdminAuthDeps,
  type AdminPrincipal,
} from './admin-auth.js';
import {
  apiTokenViewSchema,
  convertApiTokenToView,
  findApiTokenForUpdate,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
} from './api-tokens.js';
import { auditPageSchema, auditQuerySchema, listAudit, withAudit } from './audit.js';
import { AdminErrors } from './errors.js';
import { createLoginService, type LoginLimits, type LoginService } from './login-service.js';
import { hashPassword, PASSWORD_MAX_LENGTH, passwordSchema, verifyPassword } from './passwords.js';
import { adminRoleSchema, adminRolesSchema, hasAnyRole } from './roles.js';

const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
const MAX_TOKEN_LIFETIME_DAYS = 365;

export interface AdminApiDeps extends AdminAuthDeps {
  /** The AdminAuth shared by every admin route (its guards protect them). */
  auth: AdminAuth;
  /** Failed-login budgets; defaults in DEFAULT_LOGIN_LIMITS. */
  loginLimits?: LoginLimits;
}

interface AdminApiContext {
  db: Db;
  logger: Logger;
  auth: AdminAuth;
  clock: () => Date;
  loginService: LoginService;
  /** Signs the account out everywhere (but `exceptSessionId`). */
  endSessions(accountId: string, exceptSessionId?: string): Promise<void>;
}

function createAdminApiContext(deps: AdminApiDeps): AdminApiContext {
  const { auth } = deps;
  return {
    db: deps.db,
    logger: deps.logger,
    auth,
    clock: auth.clock,
    loginService: createLoginService({
      db: deps.db,
      redis: deps.redis,
      sessions: auth.sessions,
      clock: auth.clock,
      ...(deps.loginLimits ? { limits: deps.loginLimits } : {}),
    }),
    async endSessions(accountId, exceptSessionId) {
      try {
        await auth.sessions.deleteAllForAccount(accountId, exceptSessionId);
      } catch (error) {
        throw AdminErrors.unavailable(error);
      }
    },
  };
}

const route = apiRoutes<AdminApiContext>();

const loginBodySchema = z.object({
  // Not validated as an email: a malformed one must get the same answer as an unknown one.
  email: z.string().min(1).max(320).meta({ example: 'admin@sandbox.local' }),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
const signedInSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    roles: z.array(adminRoleSchema),
    csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token on every request other than GET' }),
  })
  .meta({ id: 'SignedIn' });
const sessionInfoSchema = z
  .object({
    id: z.uuid().meta({ description: 'The account id' }),
    email: z.string(),
    roles: z.array(adminRoleSchema).meta({ description: "For an API token, the token's roles as they apply now" }),
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable().meta({ description: 'The CSRF token of the session; null with an API token' }),
  })
  .meta({ id: 'SessionInfo' });
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
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100).meta({ example: 'nightly export' }),
  roles: adminRolesSchema.optional().meta({ description: "Default: the caller's roles; never more than them" }),
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_LIFETIME_DAYS).default(DEFAULT_TOKEN_LIFETIME_DAYS),
});
const createdTokenSchema = apiTokenViewSchema
  .extend({ token: z.string().meta({ description: 'The secret: shown this once, never stored in clear' }) })
  .meta({ id: 'CreatedApiToken' });
const listTokensQuerySchema = z.object({
  accountId: z.uuid().optional().meta({ description: "Admins only: one account's tokens (default: everyone's)" }),
});
const idParamsSchema = z.object({ id: z.uuid() });
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const signInRoutes = {
  prefix: '/auth',
  tag: { name: 'Sign-in', description: 'Browser sessions: sign in and out, who am I' },
  routes: [
    route({
      method: 'post',
      path: '/login',
      operationId: 'login',
      summary: 'Sign in',
      description:
        'Checks the credentials and opens a session: sets the session cookie and answers the CSRF token. Wrong ' +
        'email and wrong password get the same answer. Repeated failures lock the account for a while.',
      access: 'public',
      body: loginBodySchema,
      response: signedInSchema,
      errors: {
        401: '`ADMIN_INVALID_CREDENTIALS`: the email or password is not correct',
        423: '`ADMIN_ACCOUNT_LOCKED`: locked after repeated failures; `errors.retryAfterSeconds` (and Retry-After)',
        429: '`ADMIN_LOGIN_RATE_LIMITED`: too many attempts; `errors.retryAfterSeconds` (and Retry-After)',
        503: '`ADMIN_UNAVAILABLE`: the session store did not answer',
      },
      async handler({ body, req, res }, { auth, loginService, logger }) {
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
          return {
            id: account.id,
            email: account.email,
            roles: convertAccountToView(account).roles,
            csrfToken: session.csrfToken,
          };
        } catch (error) {
          if (isAppError(error)) {
            const retryAfter = error.details?.['retryAfterSeconds'];
            if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
            if (error.code === 'ADMIN_ACCOUNT_LOCKED') logger.warn('admin login refused: account locked');
          }
          throw error;
        }
      },
    }),
    route({
      method: 'post',
      path: '/logout',
      operationId: 'logout',
      summary: 'Sign out',
      description: 'Ends this session (audited) and clears the cookie.',
      access: 'session',
      response: null,
      async handler({ req, res }, { db, auth, clock }) {
        const principal = requireSession(getAdminPrincipal(res));
        await withAudit(db, auditContextOf(req, res, clock()), async () => ({
          result: undefined,
          audit: { action: 'auth.logout', target: { type: 'account', id: principal.accountId } },
        }));
        await auth.sessions.delete(principal.sessionId).catch((error: unknown) => {
          throw AdminErrors.unavailable(error);
        });
        auth.clearSessionCookie(res);
      },
    }),
    route({
      method: 'get',
      path: '/session',
      operationId: 'getSession',
      summary: 'Who am I',
      description: 'The caller, its roles and (for a session) the CSRF token: what a page loaded later needs.',
      access: 'signed-in',
      response: sessionInfoSchema,
      async handler({ res }) {
        const principal = getAdminPrincipal(res);
        return {
          id: principal.accountId,
          email: principal.email,
          roles: principal.roles,
          via: principal.kind,
          csrfToken: principal.kind === 'session' ? principal.csrfToken : null,
        };
      },
    }),
  ],
};

const accountRoutes = {
  prefix: '',
  tag: { name: 'Accounts', description: "Officials' accounts, roles and passwords (admins), and one's own password" },
  routes: [
    route({
      method: 'get',
      path: '/accounts',
      operationId: 'listAccounts',
      summary: 'List accounts',
      access: { roles: ['admin'] },
      response: itemsOf(accountViewSchema),
      async handler(_input, { db }) {
        const rows = await listAccounts(db);
        return { items: rows.map(convertAccountToView) };
      },
    }),
    route({
      method: 'post',
      path: '/accounts',
      operationId: 'createAccount',
      summary: 'Create an account',
      description: 'Audited as `account.create`.',
      access: { roles: ['admin'] },
      body: createAccountBodySchema,
      status: 201,
      response: accountViewSchema,
      errors: { 409: '`ADMIN_EMAIL_TAKEN`: an account with this email exists' },
      async handler({ body, req, res }, { db, clock }) {
        const passwordHash = await hashPassword(body.password);
        const now = clock();
        return withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const row = await insertAccount(tx, { email: body.email, passwordHash, roles: body.roles, now });
          const view = convertAccountToView(row);
          return {
            result: view,
            audit: { action: 'account.create', target: { type: 'account', id: row.id }, after: view },
          };
        });
      },
    }),
    route({
      method: 'patch',
      path: '/accounts/:id',
      operationId: 'updateAccount',
      summary: "Change an account's roles or disable it",
      description: 'A disabled account is signed out everywhere. Audited as `account.update`.',
      access: { roles: ['admin'] },
      params: idParamsSchema,
      body: updateAccountBodySchema,
      response: accountViewSchema,
      errors: {
        404: '`ADMIN_ACCOUNT_NOT_FOUND`',
        409: '`ADMIN_LAST_ADMIN`: no enabled account with the admin role would remain',
      },
      async handler({ params: { id }, body, req, res }, { db, clock, endSessions }) {
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
        return updated;
      },
    }),
    route({
      method: 'post',
      path: '/accounts/:id/password',
      operationId: 'resetAccountPassword',
      summary: "Set an account's password",
      description: 'Also unlocks it and signs it out everywhere. Audited as `account.password-reset`.',
      access: { roles: ['admin'] },
      params: idParamsSchema,
      body: resetPasswordBodySchema,
      response: null,
      errors: { 404: '`ADMIN_ACCOUNT_NOT_FOUND`' },
      async handler({ params: { id }, body, req, res }, { db, clock, endSessions }) {
        const passwordHash = await hashPassword(body.password);
        const now = clock();
        await withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const before = await getAccountForUpdate(tx, id);
          const after = await updateAccount(tx, id, {
            passwordHash,
            passwordChangedAt: now,
            failedLoginCount: 0,
            lockedUntil: null,
            updatedAt: now,
          });
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
        // Whoever knew the old password must not stay signed in with it.
        const principal = getAdminPrincipal(res);
        await endSessions(
          id,
          principal.kind === 'session' && principal.accountId === id ? principal.sessionId : undefined,
        );
      },
    }),
    route({
      method: 'post',
      path: '/accounts/:id/unlock',
      operationId: 'unlockAccount',
      summary: 'Unlock an account locked after failed logins',
      description: 'Audited as `account.unlock`.',
      access: { roles: ['admin'] },
      params: idParamsSchema,
      response: accountViewSchema,
      errors: { 404: '`ADMIN_ACCOUNT_NOT_FOUND`' },
      async handler({ params: { id }, req, res }, { db, clock }) {
        const now = clock();
        return withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const before = await getAccountForUpdate(tx, id);
          const after = await updateAccount(tx, id, { failedLoginCount: 0, lockedUntil: null, updatedAt: now });
          const view = convertAccountToView(after);
          return {
            result: view,
            audit: {
              action: 'account.unlock',
              target: { type: 'account', id },
              before: convertAccountToView(before),
              after: view,
            },
          };
        });
      },
    }),
    route({
      method: 'post',
      path: '/me/password',
      operationId: 'changeOwnPassword',
      summary: 'Change my password',
      description: 'Signs out every other session of the account. Audited as `account.password-change`.',
      access: 'session',
      body: changePasswordBodySchema,
      response: null,
      errors: { 400: '`ADMIN_CURRENT_PASSWORD_WRONG`' },
      async handler({ body, req, res }, { db, clock, endSessions }) {
        const principal = requireSession(getAdminPrincipal(res));
        const now = clock();
        const passwordHash = await hashPassword(body.newPassword);
        await withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const before = await getAccountForUpdate(tx, principal.accountId);
          if (!(await verifyPassword(before.passwordHash, body.currentPassword))) {
            throw AdminErrors.currentPasswordWrong();
          }
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
      },
    }),
  ],
};

const tokenRoutes = {
  prefix: '/tokens',
  tag: { name: 'API tokens', description: 'Bearer tokens for scripts, acting for the account that made them' },
  routes: [
    route({
      method: 'post',
      path: '/',
      operationId: 'createApiToken',
      summary: 'Create an API token',
      description:
        'The answer carries the token once. A token cannot mint tokens: a leaked one must not be able to outlive ' +
        'its own expiry or revocation. Audited as `api-token.create`.',
      access: 'session',
      body: createTokenBodySchema,
      status: 201,
      response: createdTokenSchema,
      async handler({ body, req, res }, { db, clock, logger }) {
        const principal = requireSession(getAdminPrincipal(res));
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
        return created;
      },
    }),
    route({
      method: 'get',
      path: '/',
      operationId: 'listApiTokens',
      summary: 'List API tokens',
      description: "Admins see everyone's (or one account's); others see their own.",
      access: 'signed-in',
      query: listTokensQuerySchema,
      response: itemsOf(apiTokenViewSchema),
      async handler({ query, res }, { db }) {
        const principal = getAdminPrincipal(res);
        const isAdmin = hasAnyRole(principal.roles, ['admin']);
        const accountId = isAdmin ? query.accountId : principal.accountId;
        const rows = await listApiTokens(db, accountId === undefined ? {} : { accountId });
        return { items: rows.map(convertApiTokenToView) };
      },
    }),
    route({
      method: 'delete',
      path: '/:id',
      operationId: 'revokeApiToken',
      summary: 'Revoke an API token',
      description:
        "One's own, or anyone's for an admin. Revoking twice is not an error. Audited as `api-token.revoke`.",
      access: 'signed-in',
      params: idParamsSchema,
      response: null,
      errors: { 404: "`ADMIN_TOKEN_NOT_FOUND` (also for someone else's token)" },
      async handler({ params: { id }, req, res }, { db, clock }) {
        const principal = getAdminPrincipal(res);
        const now = clock();
        await withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const before = await findApiTokenForUpdate(tx, id);
          // Someone else's token answers like a missing one: its existence is not theirs to learn.
          if (!before || (before.accountId !== principal.accountId && !hasAnyRole(principal.roles, ['admin']))) {
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
      },
    }),
  ],
};

const auditRoutes = {
  prefix: '/audit',
  tag: { name: 'Audit', description: 'The append-only log of every change and of every read of personal data' },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listAudit',
      summary: 'Read the audit log',
      description: 'Newest first; pass `nextCursor` as `before` for the next page.',
      access: { roles: ['admin', 'viewer'] },
      query: auditQuerySchema,
      response: auditPageSchema,
      handler: ({ query }, { db }) => listAudit(db, query),
    }),
  ],
};

/** The admin module's own API (sign-in, accounts, API tokens, audit), mounted under `/api/admin`. */
export const adminApi = defineApiModule([signInRoutes, accountRoutes, tokenRoutes, auditRoutes], createAdminApiContext);

function requireSession(principal: AdminPrincipal): Extract<AdminPrincipal, { kind: 'session' }> {
  if (principal.kind !== 'session') throw AdminErrors.sessionRequired();
  return principal;
}
