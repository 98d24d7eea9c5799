import { describe, expect, it } from 'vitest';
import {
  AUDIT_CHAIN_GENESIS,
  auditChainHeadSchema,
  checkAuditChain,
  computeAuditRowHash,
  type AuditChainRow,
} from './audit-chain.js';

function chainOf(count: number): AuditChainRow[] {
  const rows: AuditChainRow[] = [];
  for (let seq = 1; seq <= count; seq += 1) rows.push(link(rows.at(-1), seq, `account.update-${seq}`));
  return rows;
}

function link(previous: AuditChainRow | undefined, seq: number, action: string): AuditChainRow {
  const row = {
    id: String(seq + 100),
    seq,
    occurredAt: `2026-12-01T08:00:0${seq % 10}.123456Z`,
    actorType: 'account',
    actorAccountId: '0b5c6a8e-4a63-4a57-9d1a-5a1f0c1f4a10',
    actorEmail: 'root@province.gov.vn',
    actorTokenId: null,
    action,
    targetType: 'account',
    targetId: 'x',
    before: '{"roles": ["viewer"]}',
    after: '{"roles": ["approver"], "note": "Đã duyệt"}',
    requestId: 'req-1',
    ip: '127.0.0.1',
    prevHash: previous?.hash ?? AUDIT_CHAIN_GENESIS,
  };
  return { ...row, hash: computeAuditRowHash(row) };
}

/** Rebuilds every hash from `from` on, as someone who can write the table could. */
function rehashFrom(rows: AuditChainRow[], from: number): AuditChainRow[] {
  const out = rows.slice(0, from);
  for (const row of rows.slice(from)) {
    const relinked = { ...row, prevHash: out.at(-1)?.hash ?? AUDIT_CHAIN_GENESIS };
    out.push({ ...relinked, hash: computeAuditRowHash(relinked) });
  }
  return out;
}

describe('audit hash chain', () => {
  it('accepts an intact chain and reports its head', async () => {
    const rows = chainOf(5);
    const report = await checkAuditChain(rows, [{ seq: 3, hash: rows[2]?.hash ?? '' }]);
    expect(report).toEqual({
      ok: true,
      count: 5,
      head: { seq: 5, hash: rows[4]?.hash },
      headsChecked: 1,
      broken: null,
    });
    expect((await checkAuditChain([])).head).toBeNull();
  });

  it('hashes every field, NULL apart from empty, and multi-byte text by its bytes', () => {
    const [row] = chainOf(1);
    if (!row) throw new Error('no row');
    const base = computeAuditRowHash(row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const key of Object.keys(row) as (keyof AuditChainRow)[]) {
      if (key === 'hash' || key === 'seq') continue;
      const value = row[key];
      const changed = value === null ? '' : `${String(value)}x`;
      expect(computeAuditRowHash({ ...row, [key]: changed }), key).not.toBe(base);
    }
    expect(computeAuditRowHash({ ...row, seq: 2 })).not.toBe(base);
    expect(computeAuditRowHash({ ...row, targetId: '' })).not.toBe(computeAuditRowHash({ ...row, targetId: null }));
    // Moving text from one field into its neighbour changes the bytes' framing, so the hash too.
    expect(computeAuditRowHash({ ...row, targetType: 'accountx', targetId: '' })).not.toBe(
      computeAuditRowHash({ ...row, targetType: 'account', targetId: 'x' }),
    );
  });

  it('reports an edited row', async () => {
    const rows = chainOf(5);
    rows[2] = { ...rows[2]!, after: '{"roles": ["admin"]}' };
    const report = await checkAuditChain(rows);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ kind: 'edited', seq: 3, id: '103' });
    expect(report.head?.seq).toBe(2);
  });

  it('reports a row deleted from the middle', async () => {
    const rows = chainOf(5);
    rows.splice(1, 1);
    expect((await checkAuditChain(rows)).broken).toMatchObject({ kind: 'missing', seq: 2, id: null });
    expect((await checkAuditChain(chainOf(3).slice(1))).broken).toMatchObject({ kind: 'missing', seq: 1 });
  });

  it('reports an edited row whose hash was recomputed at the next link', async () => {
    const rows = chainOf(5);
    const edited = { ...rows[1]!, action: 'forged' };
    rows[1] = { ...edited, hash: computeAuditRowHash(edited) };
    expect((await checkAuditChain(rows)).broken).toMatchObject({ kind: 'relinked', seq: 3, id: '103' });
  });

  it('detects deleted newest rows only against a head seen earlier', async () => {
    const rows = chainOf(5);
    const checkpoint = { seq: 5, hash: rows[4]?.hash ?? '' };
    const cut = rows.slice(0, 3);
    expect((await checkAuditChain(cut)).ok).toBe(true);
    const report = await checkAuditChain(cut, [checkpoint]);
    expect(report.broken).toMatchObject({ kind: 'truncated', seq: 4 });
    expect((await checkAuditChain([], [checkpoint])).broken).toMatchObject({ kind: 'truncated', seq: 1 });
  });

  it('detects a rewrite of the whole table against a head seen earlier', async () => {
    const rows = chainOf(5);
    const checkpoint = { seq: 4, hash: rows[3]?.hash ?? '' };
    const rewritten = rehashFrom(
      rows.map((row) => (row.seq === 2 ? { ...row, action: 'forged' } : row)),
      1,
    );
    expect((await checkAuditChain(rewritten)).ok).toBe(true);
    expect((await checkAuditChain(rewritten, [checkpoint])).broken).toMatchObject({ kind: 'rewritten', seq: 4 });
  });

  it('parses a logged head', () => {
    const hash = 'a'.repeat(64);
    expect(auditChainHeadSchema.parse(`42:${hash}`)).toEqual({ seq: 42, hash });
    expect(auditChainHeadSchema.safeParse(`0:${hash}`).success).toBe(false);
    expect(auditChainHeadSchema.safeParse('42:abc').success).toBe(false);
  });
});
