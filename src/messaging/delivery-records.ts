import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { MessagePurpose } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import type { JobsOptions } from '../platform/queues.js';
import { messageDeliveries, type Delivery } from './schema.js';

const t = messageDeliveries;

/** Priority of a delivery job by the purpose of its message: replies (no priority) come before everything else. */
export function deliveryPriority(purpose: MessagePurpose): number | undefined {
  return purpose === 'reply' ? undefined : purpose === 'notification' ? 10 : 100;
}

/**
 * The job that sends a citizen's first queued message. Its id names the citizen and that message, so asking again
 * while such a job waits (a new reply, the sweep) adds nothing: one chain of jobs per citizen, however often it is
 * asked for. Completed jobs are removed at once so their ids can be used again.
 */
export function deliveryJobFor(head: Pick<Delivery, 'citizenId' | 'seq' | 'purpose'>): {
  citizenId: string;
  options: JobsOptions;
} {
  const priority = deliveryPriority(head.purpose);
  return {
    citizenId: head.citizenId,
    options: { jobId: `${head.citizenId}-${head.seq}`, ...(priority === undefined ? {} : { priority }) },
  };
}

/** Writes one batch of channel payloads for a citizen, in order; returns the record ids. */
export async function insertDeliveries(
  executor: DbOrTx,
  citizenId: string,
  payloads: unknown[],
  context: { purpose: MessagePurpose; correlationId: string | null },
): Promise<string[]> {
  return (await insertDeliveryBatches(executor, [{ citizenId, payloads }], context))[0] ?? [];
}

/**
 * Writes a batch of payloads for each of several citizens in one statement (e.g. an announcement handed to many
 * followers); returns each citizen's record ids, in the order given.
 */
export async function insertDeliveryBatches(
  executor: DbOrTx,
  batches: Array<{ citizenId: string; payloads: unknown[] }>,
  context: { purpose: MessagePurpose; correlationId: string | null },
): Promise<string[][]> {
  const batchIds = batches.map(() => randomUUID());
  const values = batches.flatMap(({ citizenId, payloads }, i) =>
    payloads.map((payload, position) => ({ citizenId, batchId: batchIds[i] ?? '', position, payload, ...context })),
  );
  if (values.length === 0) return batches.map(() => []);
  const rows = await executor
    .insert(t)
    .values(values)
    .returning({ id: t.id, batchId: t.batchId, position: t.position });
  const byBatch = new Map<string, Array<{ id: string; position: number }>>();
  for (const row of rows) byBatch.set(row.batchId, [...(byBatch.get(row.batchId) ?? []), row]);
  return batchIds.map((batchId) =>
    (byBatch.get(batchId) ?? []).sort((a, b) => a.position - b.position).map((row) => row.id),
  );
}

/** The citizen's first queued message (record order), if any. */
export async function findHead(db: DbOrTx, citizenId: string): Promise<Delivery | undefined> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.citizenId, citizenId), eq(t.status, 'queued')))
    .orderBy(asc(t.seq))
    .limit(1);
  return row;
}

/** The first queued message of each of these citizens that has one. */
export async function findHeads(
  db: DbOrTx,
  citizenIds: string[],
): Promise<Array<Pick<Delivery, 'citizenId' | 'seq' | 'purpose'>>> {
  if (citizenIds.length === 0) return [];
  return db
    .selectDistinctOn([t.citizenId], { citizenId: t.citizenId, seq: t.seq, purpose: t.purpose })
    .from(t)
    .where(and(inArray(t.citizenId, citizenIds), eq(t.status, 'queued')))
    .orderBy(t.citizenId, t.seq);
}

export async function countHeld(db: DbOrTx, citizenId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(t)
    .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held')));
  return row?.n ?? 0;
}

/** Queues the citizen's held messages again, after whatever was recorded before in the same transaction. */
export async function requeueHeld(executor: DbOrTx, citizenId: string): Promise<void> {
  // A new place in the citizen's order puts them after the replies recorded earlier in this transaction.
  await executor
    .update(t)
    .set({
      status: 'queued',
      reason: null,
      seq: sql`nextval(pg_get_serial_sequence('message_deliveries', 'seq'))`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held')));
}

/** Applies the channel's receipts to our delivery records (sent → received → seen; never backwards). */
export async function recordReceipts(
  db: DbOrTx,
  kind: 'received' | 'seen',
  channelMessageIds: string[],
): Promise<number> {
  if (channelMessageIds.length === 0) return 0;
  const from: Delivery['status'][] = kind === 'received' ? ['sent'] : ['sent', 'received'];
  const updated = await db
    .update(t)
    .set({ status: kind, updatedAt: sql`now()` })
    .where(and(inArray(t.channelMessageId, channelMessageIds), inArray(t.status, from)))
    .returning({ id: t.id });
  return updated.length;
}

/** Removes finished delivery records (their payloads hold message texts) created before `before`. */
export async function purgeFinishedDeliveries(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(t)
    .where(and(lt(t.createdAt, before), inArray(t.status, ['sent', 'received', 'seen', 'failed', 'skipped'])))
    .returning({ id: t.id });
  return removed.length;
}

/**
 * Withdraws the messages of `correlationId` not yet sent (queued or held), e.g. a cancelled announcement. One being
 * sent right now is withdrawn too: if the channel takes it, it is recorded as sent; any other outcome (refused for
 * the night, to be retried, unreachable) leaves it withdrawn, never queued again. `heldOnly`: only those held for the
 * citizen's next visit (an announcement that went out withdraws what it still holds). Returns how many were withdrawn.
 */
export async function withdrawUnsent(
  db: DbOrTx,
  correlationId: string,
  reason: string,
  options: { heldOnly?: boolean } = {},
): Promise<number> {
  const statuses: Delivery['status'][] = options.heldOnly ? ['held'] : ['queued', 'held'];
  const withdrawn = await db
    .update(t)
    .set({ status: 'skipped', reason, updatedAt: sql`now()` })
    .where(and(eq(t.correlationId, correlationId), inArray(t.status, statuses)))
    .returning({ id: t.id });
  return withdrawn.length;
}
