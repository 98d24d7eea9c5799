/** Admin access: accounts, sessions, API tokens, roles, login protection and the append-only audit log. */

/** Creates the auth guards (requireAuth, requireRole) and session store; share one instance between routers. */
export { createAdminAuth, getAdminPrincipal, auditContextOf, SESSION_COOKIE, CSRF_HEADER } from './admin-auth.js';
/** Deps, guards and the authenticated caller's type. */
export type { AdminAuth, AdminAuthDeps, AdminPrincipal } from './admin-auth.js';
/** The admin module's own routes (sign-in, accounts, API tokens, audit), with the deps they need. */
export { adminApi, type AdminApiDeps } from './admin-routes.js';
/** Builds the admin API (router + OpenAPI document) from every module's route groups; the document alone. */
export { createAdminApi, createAdminApiDocument, ADMIN_API_BASE_PATH } from './admin-api.js';
/** Appends an audit row in the caller's transaction; runs a change and its audit rows in one transaction; reads pages. */
export { recordAudit, withAudit, listAudit, stripSecrets, auditQuerySchema } from './audit.js';
/** Audit actor, context, change and query types. */
export type { AuditActor, AuditContext, AuditChange, AuditEntry, AuditQuery, AuditRecord } from './audit.js';
/** Creates the first admin when no account exists (sandbox: with a generated password to print once). */
export { ensureFirstAdmin, SANDBOX_ADMIN_EMAIL } from './ensure-first-admin.js';
/** Outcome of ensureFirstAdmin. */
export type { FirstAdminOutcome } from './ensure-first-admin.js';
/** The admin module's error codes. */
export { AdminErrors } from './errors.js';
/** Failed-login limits and lockout parameters. */
export { DEFAULT_LOGIN_LIMITS, LOCKOUT_THRESHOLD, LOCKOUT_DURATION_MS } from './login-service.js';
/** Failed-login budgets type. */
export type { LoginLimits } from './login-service.js';
/** Role names and the role check (`admin` passes every check). */
export { ADMIN_ROLES, adminRoleSchema, hasAnyRole } from './roles.js';
/** A role name. */
export type { AdminRole } from './roles.js';
/** Tables, for drizzle-kit and for joins from other modules. */
export { adminAccounts, adminApiTokens, auditLog } from './schema.js';
/** The flows, templates and simulator routes (editors write and simulate, approvers publish), under /api/admin/flows. */
export { flowsApi, type FlowsApiDeps } from './flows-routes.js';
/** The officials' API (handoffs, audited conversation log reads, answers); mount at /api/admin/conversations. */
export { createConversationsAdminRouter } from './conversations-router.js';
/** Deps of createConversationsAdminRouter. */
export type { ConversationsAdminRouterDeps } from './conversations-router.js';
