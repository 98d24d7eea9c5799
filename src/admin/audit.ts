import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { withTransaction, type Db, type DbOrTx, type Tx } from '../platform/db.js';
import { auditLog } from './schema.js';

/** Who made a change: a signed-in account, an API token (and the account that owns it), or the system itself. */
export const auditActorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('account'), accountId: z.string(), email: z.string() }),
  z.object({ type: z.literal('token'), tokenId: z.string(), accountId: z.string(), email: z.string() }),
  z.object({ type: z.literal('system') }),
]);
export type AuditActor = z.infer<typeof auditActorSchema>;

/** Where a change came from; built once per request (see `auditContextOf`). */
export interface AuditContext {
  actor: AuditActor;
  requestId?: string | undefined;
  ip?: string | undefined;
  /** When the change happened; the database clock when omitted. */
  occurredAt?: Date | undefined;
}

/** What changed. `before`/`after` are snapshots; secrets in them are stripped before they are stored. */
export interface AuditChange {
  /** Dotted name, `<object>.<verb>`: `account.create`, `flow.publish`, `announcement.approve`. */
  action: string;
  target: { type: string; id?: string | null | undefined };
  before?: unknown;
  after?: unknown;
}

export type AuditEntry = AuditContext & AuditChange;

// Keys (compared without case, `_` and `-`) whose values never enter the audit log, however deep they sit.
const SECRET_KEY_PATTERN = /password|secret|hash$|token$|apikey|privatekey|credential|cookie|authorization/;

/** A JSON copy of `value` without secret-looking keys (passwords, hashes, tokens, secrets); undefined stays null. */
export function stripSecrets(value: unknown): unknown {
  if (value === undefined) return null;
  const json = JSON.stringify(value, (key, inner: unknown) =>
    key !== '' && SECRET_KEY_PATTERN.test(key.toLowerCase().replace(/[_-]/g, '')) ? undefined : inner,
  );
  return json === undefined ? null : JSON.parse(json);
}

/** Appends one audit row inside the caller's transaction, so the row and the change commit (or vanish) together. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  const { actor } = entry;
  await tx.insert(auditLog).values({
    ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
    actorType: actor.type,
    actorAccountId: actor.type === 'system' ? null : actor.accountId,
    actorEmail: actor.type === 'system' ? null : actor.email,
    actorTokenId: actor.type === 'token' ? actor.tokenId : null,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id ?? null,
    before: stripSecrets(entry.before),
    after: stripSecrets(entry.after),
    requestId: entry.requestId ?? null,
    ip: entry.ip ?? null,
  });
}

/**
 * Runs a change and writes its audit row(s) in one transaction. `work` returns its result plus what to audit; when it
 * throws, neither the change nor any audit row is kept.
 */
export function withAudit<T>(
  db: Db,
  context: AuditContext,
  work: (tx: Tx) => Promise<{ result: T; audit: AuditChange | AuditChange[] }>,
): Promise<T> {
  return withTransaction(db, async (tx) => {
    const { result, audit } = await work(tx);
    for (const change of Array.isArray(audit) ? audit : [audit]) await recordAudit(tx, { ...context, ...change });
    return result;
  });
}

const AUDIT_PAGE_MAX = 200;

/** Filters of `GET /api/admin/audit`; `before` is the cursor returned as `nextCursor` by the previous page. */
export const auditQuerySchema = z.object({
  action: z.string().min(1).max(100).optional(),
  actorAccountId: z.uuid().optional(),
  actorTokenId: z.uuid().optional(),
  targetType: z.string().min(1).max(100).optional(),
  targetId: z.string().min(1).max(200).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, { message: 'expected a cursor from a previous page' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One audit row as the API shows it. */
export const auditRecordSchema = z
  .object({
    id: z.string().meta({ description: 'Increasing row number (a string: it may exceed 2^53)' }),
    occurredAt: z.iso.datetime(),
    actor: z.object({
      type: z.string().meta({ description: '`account`, `token` or `system`' }),
      accountId: z.string().nullable(),
      email: z.string().nullable(),
      tokenId: z.string().nullable(),
    }),
    action: z.string().meta({ example: 'account.create' }),
    target: z.object({ type: z.string(), id: z.string().nullable() }),
    before: z.unknown().meta({ description: 'Snapshot before the change (secrets stripped); null for creations' }),
    after: z.unknown().meta({ description: 'Snapshot after the change (secrets stripped)' }),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditRecord' });
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/** A page of audit rows; pass `nextCursor` as `before` for the next (older) page. */
export const auditPageSchema = z.object({ items: z.array(auditRecordSchema), nextCursor: z.string().nullable() });

/** One page of audit rows, newest first (keyset paging on the row id, stable while rows are appended). */
export async function listAudit(
  db: DbOrTx,
  query: AuditQuery,
): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.actorAccountId) conditions.push(eq(auditLog.actorAccountId, query.actorAccountId));
  if (query.actorTokenId) conditions.push(eq(auditLog.actorTokenId, query.actorTokenId));
  if (query.targetType) conditions.push(eq(auditLog.targetType, query.targetType));
  if (query.targetId) conditions.push(eq(auditLog.targetId, query.targetId));
  if (query.since) conditions.push(gte(auditLog.occurredAt, new Date(query.since)));
  if (query.until) conditions.push(lte(auditLog.occurredAt, new Date(query.until)));
  if (query.before) conditions.push(lt(auditLog.id, Number(query.before)));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: String(row.id),
      occurredAt: row.occurredAt.toISOString(),
      actor: {
        type: row.actorType,
        accountId: row.actorAccountId,
        email: row.actorEmail,
        tokenId: row.actorTokenId,
      },
      action: row.action,
      target: { type: row.targetType, id: row.targetId },
      before: row.before,
      after: row.after,
      requestId: row.requestId,
      ip: row.ip,
    })),
    nextCursor: rows.length > query.limit && last ? String(last.id) : null,
  };
}
