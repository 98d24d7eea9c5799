/** Admin access: accounts, sessions, API tokens, roles, login protection and the append-only audit log. */

/** Creates the auth guards (requireAuth, requirePermission) and session store; share one instance between routers. */
export {
  createAdminAuth,
  getAdminPrincipal,
  auditContextOf,
  unitScopeOf,
  SESSION_COOKIE,
  CSRF_HEADER,
} from './admin-auth.js';
/** Deps, guards and the authenticated caller's type. */
export type { AdminAuth, AdminAuthDeps, AdminPrincipal } from './admin-auth.js';
/** The admin module's own routes (sign-in, accounts, API tokens, audit), with the deps they need. */
export { adminApi, type AdminApiDeps } from './admin-routes.js';
/** Builds the admin API (router + OpenAPI document) from every module's route groups; the document alone. */
export { createAdminApi, createAdminApiDocument, ADMIN_API_BASE_PATH } from './admin-api.js';
/** Appends an audit row in the caller's transaction; runs a change and its audit rows in one transaction; reads pages. */
export { recordAudit, withAudit, listAudit, stripSecrets, auditQuerySchema, auditActorSchema } from './audit.js';
/** Audit actor, context, change and query types. */
export type { AuditActor, AuditContext, AuditChange, AuditEntry, AuditQuery, AuditRecord } from './audit.js';
/** The audit log's hash chain: walk and check it, record a checkpoint of its head, parse a logged head. */
export {
  verifyAuditChain,
  recordAuditCheckpoint,
  checkAuditChain,
  computeAuditRowHash,
  auditChainHeadSchema,
  AUDIT_CHAIN_GENESIS,
} from './audit-chain.js';
/** Verifies the chain, logs its head and records a checkpoint at start and periodically (worker role). */
export { startAuditCheckpoints, auditQueue, type AuditCheckpoints } from './audit-checkpoints.js';
/** Tables whose rows are evidence: the server's database role may only read and append to them. */
export { AUDIT_TABLES } from './schema.js';
/** A chain head, a chain row as printed by PostgreSQL, a verification report and its first broken link. */
export type { AuditChainHead, AuditChainRow, AuditChainReport, AuditChainBreak } from './audit-chain.js';
/** Creates the first admin when no account exists (sandbox: with a generated password to print once). */
export { ensureFirstAdmin, SANDBOX_ADMIN_EMAIL } from './ensure-first-admin.js';
/** Outcome of ensureFirstAdmin. */
export type { FirstAdminOutcome } from './ensure-first-admin.js';
/** The admin module's error codes. */
export { AdminErrors } from './errors.js';
/** Failed-login limits: per-address budget and the account-and-address lockout with progressive blocks. */
export { DEFAULT_LOGIN_LIMITS } from './login-service.js';
/** Failed-login limits type. */
export type { LoginLimits } from './login-service.js';
/** Default lockout: 5 wrong passwords from one address, then blocks of 1 minute doubling up to 24 hours. */
export { DEFAULT_LOCKOUT_POLICY } from './login-lockout.js';
/** Lockout parameters type. */
export type { LockoutPolicy } from './login-lockout.js';
/** Role names, the permission table (which roles may do what) and the checks. */
export { ADMIN_ROLES, PERMISSIONS, adminRoleSchema, hasAnyRole, hasPermission } from './roles.js';
/** A role name; a permission name. */
export type { AdminRole, AdminPermission } from './roles.js';
/** Tables, for drizzle-kit and for joins from other modules. */
export { adminAccounts, adminApiTokens, auditCheckpoints, auditLog } from './schema.js';

export { findAccountEmails } from './accounts.js';
/** The flows, templates and simulator routes (editors write and simulate, approvers publish), under /api/admin/flows. */
export { flowsApi, type FlowsApiDeps } from './flows-routes.js';
/** The officials' API (handoffs, audited conversation log reads, answers), declared with its schemas. */
export { conversationsApi, type ConversationsApiDeps } from './conversations-routes.js';
/** The officials' handoff queue: list and poll, take or assign, answer, close. */
export { handoffsApi, type CitizenOutbox, type HandoffsApiDeps } from './handoffs-routes.js';
export { createHandoffAttachments, type HandoffAttachments } from './handoff-attachments.js';
export { settingsApi, type SettingsApiDeps } from './settings-routes.js';
export { understandingApi, type UnderstandingApiDeps } from './understanding-routes.js';
export { statsApi, type StatsApiDeps } from './stats-routes.js';
