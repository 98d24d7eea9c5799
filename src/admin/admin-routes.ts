import { z } from 'zod';
import { assertKnownUnits, type HandoffUnit } from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import type { Response } from 'express';
import { requestIdOf } from '../platform/http.js';
import type { Logger } from '../platform/logger.js';
import {
  accountViewSchema,
  convertAccountToView,
  countOtherEnabledAdmins,
  emailSchema,
  findAccountById,
  getAccountForUpdate,
  insertAccount,
  listAccounts,
  lockAdminChanges,
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
import { auditChainHeadSchema, verifyAuditChain } from './audit-chain.js';
import { AdminErrors } from './errors.js';
import { createLoginService, type LoginLimits, type LoginService } from './login-service.js';
import type { SessionEndReason } from './session-store.js';
import {
  assertPasswordPolicy,
  hashPassword,
  LOGIN_PASSWORD_MAX_LENGTH,
  normalizePassword,
  passwordSchema,
} from './passwords.js';
import { adminRoleSchema, adminRolesSchema, hasAnyRole, hasPermission } from './roles.js';

const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
const MAX_TOKEN_LIFETIME_DAYS = 365;

export interface AdminApiDeps extends AdminAuthDeps {
  /** The AdminAuth shared by every admin route (its guards protect them). */
  auth: AdminAuth;
  /** Failed-login budgets; defaults in DEFAULT_LOGIN_LIMITS. */
  loginLimits?: LoginLimits;
  /** The catalogue of units (the province settings' `units`): an account's unit is one of them. */
  units(): readonly HandoffUnit[];
}

interface AdminApiContext {
  db: Db;
  logger: Logger;
  auth: AdminAuth;
  clock: () => Date;
  loginService: LoginService;
  units(): readonly HandoffUnit[];
  /** Signs the account out everywhere (but `exceptSessionId`), telling its sessions `reason` when given. */
  endSessions(accountId: string, exceptSessionId?: string, reason?: SessionEndReason): Promise<void>;
}

function createAdminApiContext(deps: AdminApiDeps): AdminApiContext {
  const { auth } = deps;
  return {
    db: deps.db,
    logger: deps.logger,
    auth,
    clock: auth.clock,
    units: deps.units,
    loginService: createLoginService({
      db: deps.db,
      redis: deps.redis,
      sessions: auth.sessions,
      clock: auth.clock,
      ...(deps.loginLimits ? { limits: deps.loginLimits } : {}),
    }),
    async endSessions(accountId, exceptSessionId, reason) {
      try {
        await auth.sessions.deleteAllForAccount(accountId, exceptSessionId, reason);
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
  password: z.string().min(1).max(LOGIN_PASSWORD_MAX_LENGTH),
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
/** An official's handling unit (the code in feedback routing); null makes the account province-wide. */
const unitCodeSchema = z.string().trim().min(1).max(64).nullable().meta({
  description:
    "A code of the province settings' `units`: the official sees and acts on only its feedback tickets and handoffs (and the general handoff queue); null: all",
});
const UNKNOWN_UNIT = "`INVALID_INPUT`: `unitCode` is not one of the province settings' units";
const createAccountBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  roles: adminRolesSchema.refine((roles) => roles.length > 0, { message: 'expected at least one role' }),
  unitCode: unitCodeSchema.optional(),
});
const updateAccountBodySchema = z
  .object({ roles: adminRolesSchema.optional(), disabled: z.boolean().optional(), unitCode: unitCodeSchema.optional() })
  .refine((body) => body.roles !== undefined || body.disabled !== undefined || body.unitCode !== undefined, {
    message: 'expected roles, disabled or unitCode',
  });
const resetPasswordBodySchema = z.object({ password: passwordSchema });
const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(LOGIN_PASSWORD_MAX_LENGTH),
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
const listedAccountSchema = accountViewSchema
  .extend({
    blockedAddresses: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Client addresses locked out of this account now (after repeated wrong passwords)' }),
  })
  .meta({ id: 'ListedAccount' });
const unlockedAccountSchema = listedAccountSchema
  .extend({ unlockedAddresses: z.number().int().min(0).meta({ description: 'Addresses whose lockout was ended' }) })
  .meta({ id: 'UnlockedAccount' });
const verifyAuditQuerySchema = z.object({
  expectHead: auditChainHeadSchema.optional().meta({
    description: 'A head `<seq>:<hash>` seen earlier (e.g. in the logs): the chain must still pass through it',
    example: `42:${'0'.repeat(64)}`,
  }),
});
const auditChainHeadViewSchema = z.object({ seq: z.number().int(), hash: z.string() });
const auditChainReportSchema = z
  .object({
    ok: z.boolean(),
    count: z.number().int().meta({ description: 'Rows checked (all when ok; up to the break otherwise)' }),
    head: auditChainHeadViewSchema
      .nullable()
      .meta({ description: "The newest row's position and hash when ok; the last good row's otherwise" }),
    headsChecked: z.number().int().meta({ description: 'Earlier heads (checkpoints, `expectHead`) compared with' }),
    broken: z
      .object({
        kind: z.enum(['edited', 'missing', 'relinked', 'truncated', 'rewritten']),
        seq: z.number().int(),
        id: z.string().nullable(),
        detail: z.string(),
      })
      .nullable()
      .meta({ description: 'The first broken link; null when ok' }),
  })
  .meta({ id: 'AuditChainReport' });
const PASSWORD_WEAK =
  '`ADMIN_PASSWORD_WEAK`: the new password breaks the policy; `errors.reason` (`too-short`, `too-long`, `blank`, ' +
  '`contains-email`, `too-common`)';
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
        'email and wrong password get the same answer; a disabled account says so after the right password only. Repeated failures lock the account for a while from that ' +
        'address (other addresses are not affected) until it expires or an admin unlocks it.',
      access: 'public',
      body: loginBodySchema,
      response: signedInSchema,
      errors: {
        401:
          '`ADMIN_INVALID_CREDENTIALS`: the email or password is not correct; `ADMIN_ACCOUNT_DISABLED`: the password ' +
          'is right but an admin disabled the account',
        423:
          '`ADMIN_ACCOUNT_LOCKED`: locked for this address after repeated failures; `errors.retryAfterSeconds` ' +
          '(and Retry-After)',
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
          if (isAppError(error) && error.code === 'ADMIN_ACCOUNT_LOCKED')
            logger.warn('admin login refused: locked out');
          throw withRetryAfter(res, error);
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
      description: 'Each with the number of client addresses locked out of it now.',
      access: { permission: 'accounts.manage' },
      response: itemsOf(listedAccountSchema),
      async handler(_input, { db, loginService }) {
        const rows = await listAccounts(db);
        const blocked = await loginService.countBlockedAddresses(rows.map((row) => row.email));
        return {
          items: rows.map((row) => ({ ...convertAccountToView(row), blockedAddresses: blocked.get(row.email) ?? 0 })),
        };
      },
    }),
    route({
      method: 'post',
      path: '/accounts',
      operationId: 'createAccount',
      summary: 'Create an account',
      description: 'Audited as `account.create`.',
      access: { permission: 'accounts.manage' },
      body: createAccountBodySchema,
      status: 201,
      response: accountViewSchema,
      errors: {
        400: UNKNOWN_UNIT,
        409: '`ADMIN_EMAIL_TAKEN`: an account with this email exists',
        422: PASSWORD_WEAK,
      },
      async handler({ body, req, res }, { db, clock, units }) {
        if (body.unitCode) assertKnownUnits(units(), [{ path: ['unitCode'], code: body.unitCode }]);
        assertPasswordPolicy(body.password, { email: body.email });
        const passwordHash = await hashPassword(body.password);
        const now = clock();
        return withAudit(db, auditContextOf(req, res, now), async (tx) => {
          const row = await insertAccount(tx, {
            email: body.email,
            passwordHash,
            roles: body.roles,
            unitCode: body.unitCode ?? null,
            now,
          });
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
      summary: "Change an account's roles or unit, or disable it",
      description:
        'A disabled account is signed out everywhere. An admin cannot disable their own account or remove their own admin role (another admin may). Audited as `account.update`.',
      access: { permission: 'accounts.manage' },
      params: idParamsSchema,
      body: updateAccountBodySchema,
      response: accountViewSchema,
      errors: {
        400: UNKNOWN_UNIT,
        404: '`ADMIN_ACCOUNT_NOT_FOUND`',
        409: "`ADMIN_LAST_ADMIN`: no enabled account with the admin role would remain; `ADMIN_OWN_ACCOUNT`: the caller's own account disabled or its admin role removed (`errors.reason`: `disable`, `demote`)",
      },
      async handler({ params: { id }, body, req, res }, { db, clock, endSessions, units }) {
        if (body.unitCode) assertKnownUnits(units(), [{ path: ['unitCode'], code: body.unitCode }]);
        const callerId = getAdminPrincipal(res).accountId;
        const now = clock();
        const updated = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
          if (body.disabled === true || body.roles !== undefined) await lockAdminChanges(tx);
          const before = await getAccountForUpdate(tx, id);
          const after = await updateAccount(tx, id, {
            ...(body.roles !== undefined ? { roles: body.roles } : {}),
            ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
            ...(body.unitCode !== undefined ? { unitCode: body.unitCode } : {}),
            updatedAt: now,
          });
          const wasAdmin = !before.disabled && before.roles.includes('admin');
          const isAdmin = !after.disabled && after.roles.includes('admin');
          if (wasAdmin && !isAdmin) {
            if ((await countOtherEnabledAdmins(tx, id)) === 0) throw AdminErrors.lastAdmin();
            // Ending one's own access is most often a slip that only another admin could undo (the UI hides it).
            if (id === callerId) throw AdminErrors.ownAccount(after.disabled ? 'disable' : 'demote');
          }
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
        if (updated.disabled) await endSessions(id, undefined, 'disabled');
        return updated;
      },
    }),
    route({
      method: 'post',
      path: '/accounts/:id/password',
      operationId: 'resetAccountPassword',
      summary: "Set an account's password",
      description:
        'Also ends its lockouts from every address and signs it out everywhere. Audited as `account.password-reset`.',
      access: { permission: 'accounts.manage' },
      params: idParamsSchema,
      body: resetPasswordBodySchema,
      response: null,
      errors: { 404: '`ADMIN_ACCOUNT_NOT_FOUND`', 422: PASSWORD_WEAK },
      async handler({ params: { id }, body, req, res }, { db, clock, endSessions, loginService }) {
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
      description:
        'Ends its lockouts from every address (and the attempt limit of password changes). Audited as ' +
        '`account.unlock`, with the number of addresses that were blocked.',
      access: { permission: 'accounts.manage' },
      params: idParamsSchema,
      response: unlockedAccountSchema,
      errors: { 404: '`ADMIN_ACCOUNT_NOT_FOUND`' },
      async handler({ params: { id }, req, res }, { db, clock, loginService }) {
        const now = clock();
        return withAudit(db, auditContextOf(req, res, now), async (tx) => {
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
      },
    }),
    route({
      method: 'post',
      path: '/me/password',
      operationId: 'changeOwnPassword',
      summary: 'Change my password',
      description:
        'Signs out every other session of the account. Wrong current passwords count like failed logins (same ' +
        'lockout and rate limit). Audited as `account.password-change`.',
      access: 'session',
      body: changePasswordBodySchema,
      response: null,
      errors: {
        400: '`ADMIN_CURRENT_PASSWORD_WRONG`',
        422: `${PASSWORD_WEAK}; \`ADMIN_PASSWORD_UNCHANGED\`: the new password is the current one`,
        423:
          '`ADMIN_ACCOUNT_LOCKED`: locked for this address after repeated wrong passwords; ' +
          '`errors.retryAfterSeconds` (and Retry-After)',
        429: '`ADMIN_LOGIN_RATE_LIMITED`: too many attempts; `errors.retryAfterSeconds` (and Retry-After)',
      },
      async handler({ body, req, res }, { db, clock, endSessions, loginService }) {
        const principal = requireSession(getAdminPrincipal(res));
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
        // Only once the current password is known right, so the answer tells nothing a wrong guess would not.
        if (normalizePassword(body.newPassword) === normalizePassword(body.currentPassword))
          throw AdminErrors.passwordUnchanged();
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
      description: "Holders of `accounts.manage` see everyone's (or one account's); others see their own.",
      access: 'signed-in',
      query: listTokensQuerySchema,
      response: itemsOf(apiTokenViewSchema),
      async handler({ query, res }, { db }) {
        const principal = getAdminPrincipal(res);
        const isAdmin = hasPermission(principal.roles, 'accounts.manage');
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
        "One's own, or anyone's with `accounts.manage`. Revoking twice is not an error. Audited as `api-token.revoke`.",
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
          if (
            !before ||
            (before.accountId !== principal.accountId && !hasPermission(principal.roles, 'accounts.manage'))
          ) {
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
      access: { permission: 'audit.read' },
      query: auditQuerySchema,
      response: auditPageSchema,
      handler: ({ query }, { db }) => listAudit(db, query),
    }),
    route({
      method: 'get',
      path: '/verify',
      operationId: 'verifyAuditChain',
      summary: "Verify the audit log's hash chain",
      description:
        'Walks the whole log and compares it with every recorded checkpoint and with `expectHead`: `ok` false names ' +
        'the first edited, missing or relinked row, or a truncation. Changes nothing and shows no personal data ' +
        '(positions and hashes only), so it writes no audit row.',
      access: { permission: 'audit.read' },
      query: verifyAuditQuerySchema,
      response: auditChainReportSchema,
      handler: ({ query }, { db }) => verifyAuditChain(db, { expectHead: query.expectHead }),
    }),
  ],
};

/** The admin module's own API (sign-in, accounts, API tokens, audit), mounted under `/api/admin`. */
export const adminApi = defineApiModule([signInRoutes, accountRoutes, tokenRoutes, auditRoutes], createAdminApiContext);

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
