import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { auditCheckpoints, auditLog } from './schema.js';

/**
 * The audit log's hash chain, checked from outside the database. The `audit_log_chain` trigger (migration
 * `…_audit_log_hash_chain`) gives each row its position `seq` and `hash = sha256(canonical row, prev_hash)`; this
 * file rebuilds the same bytes from plain SELECTs and walks the chain, so a verifier trusts no SQL function that the
 * table's owner could have replaced.
 *
 * What the chain proves: a row edited in place, or deleted from the middle, breaks it. What it cannot prove alone:
 * anyone who can write the table as its owner can also recompute every later hash, or drop the newest rows. Those are
 * caught by comparing with a head seen earlier: the checkpoints recorded in `audit_checkpoints` and, above all, the
 * heads logged every hour (`audit chain head` lines), which live outside the database.
 */

/** `prev_hash` of the first row. */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64);
const FORMAT_TAG = 'zegov-audit-v1';
const PAGE_ROWS = 1000;

/** One row as PostgreSQL prints each column (`::text`, time in UTC with microseconds): the input of the hash. */
export interface AuditChainRow {
  id: string;
  seq: number;
  occurredAt: string;
  actorType: string;
  actorAccountId: string | null;
  actorEmail: string | null;
  actorTokenId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

/** A chain head: the position and hash of the newest row at some moment. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

/** `<seq>:<hash>`, as logged in `audit chain head` lines and accepted by `audit:verify --expect-head`. */
export const auditChainHeadSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,15}:[0-9a-f]{64}$/, { message: 'expected <seq>:<64 hex characters>' })
  .transform((value): AuditChainHead => {
    const [seq = '', hash = ''] = value.split(':');
    return { seq: Number(seq), hash };
  });

/** The first broken link, and what is wrong with it. */
export type AuditChainBreak =
  /** The row's stored hash does not match its content: it was changed after it was written. */
  | { kind: 'edited'; seq: number; id: string; detail: string }
  /** Positions are missing between two rows: rows were deleted. */
  | { kind: 'missing'; seq: number; id: null; detail: string }
  /** The row does not point at the row before it: that row was changed and rehashed, or rows were replaced. */
  | { kind: 'relinked'; seq: number; id: string; detail: string }
  /** The chain ends before a head seen earlier: the newest rows were deleted. */
  | { kind: 'truncated'; seq: number; id: null; detail: string }
  /** The row at a head seen earlier now has another hash: the log was rewritten from there back. */
  | { kind: 'rewritten'; seq: number; id: string; detail: string };

export interface AuditChainReport {
  ok: boolean;
  /** Rows checked (all of them when ok; up to the break otherwise). */
  count: number;
  /** The newest row's position and hash when ok; the last good row's otherwise. Null for an empty log. */
  head: AuditChainHead | null;
  /** Earlier heads (recorded checkpoints and `expectHead`) the chain was compared with. */
  headsChecked: number;
  broken: AuditChainBreak | null;
}

/** Hex SHA-256 of a row's canonical serialisation; the same bytes as the database's `audit_log_hash`. */
export function computeAuditRowHash(row: Omit<AuditChainRow, 'hash'>): string {
  const fields = [
    row.id,
    String(row.seq),
    row.occurredAt,
    row.actorType,
    row.actorAccountId,
    row.actorEmail,
    row.actorTokenId,
    row.action,
    row.targetType,
    row.targetId,
    row.before,
    row.after,
    row.requestId,
    row.ip,
    row.prevHash,
  ];
  // Length-prefixed fields ('-' for NULL): no content can be mistaken for a field boundary.
  const canonical = fields
    .map((field) => (field === null ? '-' : `${Buffer.byteLength(field, 'utf8')}:${field}`))
    .join('');
  return createHash('sha256')
    .update(FORMAT_TAG + canonical, 'utf8')
    .digest('hex');
}

/**
 * Walks rows in `seq` order and returns the first broken link. `heads` are heads seen earlier (checkpoints, a logged
 * head): the chain must still pass through each of them.
 */
export async function checkAuditChain(
  rows: AsyncIterable<AuditChainRow> | Iterable<AuditChainRow>,
  heads: readonly AuditChainHead[] = [],
): Promise<AuditChainReport> {
  const expected = new Map<number, Set<string>>();
  for (const head of heads) expected.set(head.seq, (expected.get(head.seq) ?? new Set()).add(head.hash));
  let previous: AuditChainHead | null = null;
  let count = 0;
  const fail = (broken: AuditChainBreak): AuditChainReport => ({
    ok: false,
    count,
    head: previous,
    headsChecked: heads.length,
    broken,
  });

  for await (const row of rows) {
    const wantedSeq: number = (previous?.seq ?? 0) + 1;
    if (row.seq !== wantedSeq) {
      const detail =
        row.seq > wantedSeq
          ? `rows ${wantedSeq}..${row.seq - 1} are missing (deleted)`
          : `row ${row.seq} appears again after row ${wantedSeq - 1}`;
      return fail({ kind: 'missing', seq: wantedSeq, id: null, detail });
    }
    if (computeAuditRowHash(row) !== row.hash) {
      return fail({ kind: 'edited', seq: row.seq, id: row.id, detail: 'the content does not match its hash' });
    }
    const wantedPrev: string = previous?.hash ?? AUDIT_CHAIN_GENESIS;
    if (row.prevHash !== wantedPrev) {
      const detail =
        previous === null
          ? 'the first row does not start the chain'
          : `it does not point at row ${previous.seq}: that row was changed and rehashed, or rows were replaced`;
      return fail({ kind: 'relinked', seq: row.seq, id: row.id, detail });
    }
    const seen = expected.get(row.seq);
    if (seen && !seen.has(row.hash)) {
      return fail({
        kind: 'rewritten',
        seq: row.seq,
        id: row.id,
        detail: `row ${row.seq} had hash ${[...seen].join(' or ')} when it was checkpointed; the log was rewritten`,
      });
    }
    previous = { seq: row.seq, hash: row.hash };
    count += 1;
  }

  const lastSeen = Math.max(0, ...expected.keys());
  if (lastSeen > (previous?.seq ?? 0)) {
    return fail({
      kind: 'truncated',
      seq: (previous?.seq ?? 0) + 1,
      id: null,
      detail: `the chain ends at row ${previous?.seq ?? 0} but reached row ${lastSeen} earlier: the newest rows were deleted`,
    });
  }
  return { ok: true, count, head: previous, headsChecked: heads.length, broken: null };
}

const chainRowSchema = z.object({
  id: z.string(),
  seq: z.coerce.number().int(),
  occurredAt: z.string(),
  actorType: z.string(),
  actorAccountId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorTokenId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

/** Every row in `seq` order, a page at a time, each column as PostgreSQL prints it. */
async function* readChainRows(db: DbOrTx): AsyncGenerator<AuditChainRow> {
  let after = 0;
  for (;;) {
    const page = await db
      .select({
        id: sql<string>`${auditLog.id}::text`,
        seq: auditLog.seq,
        occurredAt: sql<string>`to_char(${auditLog.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        actorType: auditLog.actorType,
        actorAccountId: sql<string | null>`${auditLog.actorAccountId}::text`,
        actorEmail: auditLog.actorEmail,
        actorTokenId: sql<string | null>`${auditLog.actorTokenId}::text`,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        before: sql<string | null>`${auditLog.before}::text`,
        after: sql<string | null>`${auditLog.after}::text`,
        requestId: auditLog.requestId,
        ip: auditLog.ip,
        prevHash: auditLog.prevHash,
        hash: auditLog.hash,
      })
      .from(auditLog)
      .where(gt(auditLog.seq, after))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE_ROWS);
    for (const raw of page) yield chainRowSchema.parse(raw);
    const last = page.at(-1);
    if (!last || page.length < PAGE_ROWS) return;
    after = last.seq;
  }
}

/** The heads recorded by earlier checkpoints. */
export async function listAuditCheckpoints(db: DbOrTx): Promise<AuditChainHead[]> {
  return db
    .selectDistinct({ seq: auditCheckpoints.seq, hash: auditCheckpoints.hash })
    .from(auditCheckpoints)
    .orderBy(asc(auditCheckpoints.seq));
}

/**
 * Walks the whole audit log and compares it with every recorded checkpoint and with `expectHead` (a head taken from
 * the logs, which the database cannot rewrite).
 */
export async function verifyAuditChain(
  db: DbOrTx,
  options: { expectHead?: AuditChainHead | undefined } = {},
): Promise<AuditChainReport> {
  const heads = await listAuditCheckpoints(db);
  if (options.expectHead) heads.push(options.expectHead);
  return checkAuditChain(readChainRows(db), heads);
}

/**
 * Verifies the chain, then logs its head and records it as a checkpoint when the head moved. A broken chain is
 * logged as an alert and not checkpointed (a checkpoint vouches for the chain up to it).
 */
export async function recordAuditCheckpoint(db: DbOrTx, logger: Logger): Promise<AuditChainReport> {
  const report = await verifyAuditChain(db);
  if (!report.ok) {
    logger.error(
      { auditChain: { broken: report.broken, lastGood: report.head, count: report.count } },
      'ALERT: the audit log hash chain is broken',
    );
    return report;
  }
  const head = report.head;
  // One line per checkpoint with the head: shipped off this machine with the other logs, it is what proves later
  // that the table was not rewritten or cut short (`npm run audit:verify -- --expect-head <seq>:<hash>`).
  logger.info({ auditHead: head ? `${head.seq}:${head.hash}` : null, auditRows: report.count }, 'audit chain head');
  if (head) {
    const [latest] = await db
      .select({ seq: auditCheckpoints.seq })
      .from(auditCheckpoints)
      .orderBy(sql`${auditCheckpoints.seq} desc`)
      .limit(1);
    if (!latest || latest.seq < head.seq) await db.insert(auditCheckpoints).values(head);
  }
  return report;
}
