import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, getTableColumns, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { messagePurposeSchema, type MessagePurpose } from '../kernel/index.js';
import { preparedOnce, type Db, type DbOrTx } from '../platform/db.js';
import type { JobsOptions } from '../platform/queues.js';
import { FINISHED_DELIVERY_STATUSES, messageDeliveries, type Delivery } from './schema.js';

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

/** Citizens per batch job when a broadcast is released to many (a second's worth at Zalo's 4,000 calls/min is 66). */
export const DELIVERY_BATCH_SIZE = 50;

/**
 * The jobs that send these citizens' first queued messages: those whose first message is a broadcast due now go in
 * batch jobs (one job, one lock round trip and one claim for a batch, then two statements per wave of calls), the
 * others (a reply or notification first, or a message not due yet: its job waits until then) in the citizen's own
 * job, as `deliveryJobFor`. A batch job's id names the whole chunk (`batchJobId`): the same chunk added twice is one
 * job, while two different chunks that begin with the same citizen's message (overlapping announcements) are two
 * jobs, not one dropped by BullMQ until the sweep.
 */
export function deliveryJobsFor(
  heads: Array<Pick<Delivery, 'citizenId' | 'seq' | 'purpose' | 'notBefore'>>,
  now: Date,
): Array<{ name: string; data: { citizenId: string } | { citizenIds: string[] }; opts: JobsOptions }> {
  const batched = heads.filter(
    (head) => head.purpose === 'broadcast' && !(head.notBefore && head.notBefore.getTime() > now.getTime()),
  );
  const single = heads.filter((head) => !batched.includes(head));
  const jobs: Array<{ name: string; data: { citizenId: string } | { citizenIds: string[] }; opts: JobsOptions }> =
    single.map((head) => {
      const delay = head.notBefore ? head.notBefore.getTime() - now.getTime() : 0;
      return {
        name: 'deliver',
        data: { citizenId: head.citizenId },
        opts: { ...deliveryJobFor(head).options, ...(delay > 0 ? { delay } : {}) },
      };
    });
  for (let i = 0; i < batched.length; i += DELIVERY_BATCH_SIZE) {
    const chunk = batched.slice(i, i + DELIVERY_BATCH_SIZE);
    if (chunk.length === 0) continue;
    jobs.push({
      name: 'deliver',
      data: { citizenIds: chunk.map((head) => head.citizenId) },
      opts: { jobId: batchJobId(chunk), priority: deliveryPriority('broadcast') },
    });
  }
  return jobs;
}

/** A batch job's id: a short hash of the messages it sends (each citizen's and its place), whatever their order. */
export function batchJobId(chunk: Array<Pick<Delivery, 'citizenId' | 'seq'>>): string {
  const names = chunk.map((head) => `${head.citizenId}:${head.seq}`).sort();
  return `batch-${createHash('sha256').update(names.join(',')).digest('base64url').slice(0, 22)}`;
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

/** A citizen's batch as recorded, with what delivery needs to start it without reading it back. */
export interface RecordedBatch {
  citizenId: string;
  /** The records written, in order. */
  rows: Array<Pick<Delivery, 'id' | 'citizenId' | 'seq' | 'purpose'>>;
  /** The citizen's first queued message recorded before this batch (its job leads the chain), or null. */
  earlier: Pick<Delivery, 'citizenId' | 'seq' | 'purpose'> | null;
}

const earlierHeadSchema = z
  .string()
  .regex(/^\d+ \w+$/)
  .transform((value) => {
    const [seq = '', purpose = ''] = value.split(' ');
    return { seq: Number(seq), purpose: messagePurposeSchema.parse(purpose) };
  });

/**
 * `insertDeliveries` returning the rows and the citizen's queued head before them, in the same statement: RETURNING's
 * subquery sees the table as it was before the insert, so it finds only earlier messages. Spares the read after the
 * commit that used to find which message the delivery job is for.
 */
export async function insertDeliveriesWithHead(
  executor: DbOrTx,
  citizenId: string,
  payloads: unknown[],
  context: { purpose: MessagePurpose; correlationId: string | null },
): Promise<RecordedBatch> {
  if (payloads.length === 0) return { citizenId, rows: [], earlier: null };
  const batchId = randomUUID();
  const rows = await executor
    .insert(t)
    .values(payloads.map((payload, position) => ({ citizenId, batchId, position, payload, ...context })))
    .returning({
      ...getTableColumns(t),
      earlier: sql<string | null>`(select earlier.seq::text || ' ' || earlier.purpose from message_deliveries as earlier
        where earlier.citizen_id = ${citizenId} and earlier.status = 'queued' order by earlier.seq limit 1)`,
    });
  const sorted = rows.sort((a, b) => a.position - b.position);
  const earlier = sorted[0]?.earlier ? earlierHeadSchema.parse(sorted[0].earlier) : null;
  return {
    citizenId,
    rows: sorted.map(({ earlier: _earlier, ...row }) => row),
    earlier: earlier ? { citizenId, ...earlier } : null,
  };
}

const writtenRowsSchema = z
  .array(
    z.object({
      id: z.string(),
      seq: z.coerce.number(),
      purpose: messagePurposeSchema,
      position: z.number(),
      earlier: z.string().nullable(),
      claimed: z.boolean(),
    }),
  )
  .nullable();
const writtenResultSchema = z.object({ rows: writtenRowsSchema, admission: z.unknown() });

/**
 * The first record of a batch as the statement that wrote it claimed it for the send that follows at once (see
 * `deliveriesInsertStatement`'s `claim`): the whole record, marked in flight at `at`, and the value of the channel's
 * admission query read by the same statement.
 */
export interface ClaimedAtInsert {
  delivery: Delivery;
  admission: unknown;
}

/** What `deliveriesInsertStatement` recorded: the batch, and its first record when the statement claimed it. */
export interface RecordedStatementBatch extends RecordedBatch {
  claimed: ClaimedAtInsert | undefined;
}

/**
 * `insertDeliveriesWithHead` as parts of a caller's statement (a turn written at once), prepared once per shape (`key`:
 * the number of payloads, whether it claims): `build` gives `ctes`, which define `replies_written`, inserting only when
 * `onlyIf` holds, and `result`, which returns its rows as JSON, with placeholders named `replies_…`, whose values are
 * `params`; `parse` reads the result. With `claim` (the caller holds the citizen's delivery lock and a slot of the
 * rate limit), the first record is also claimed as it is written when no earlier message of the citizen is queued
 * (it leads their queue): its attempt starts (in flight since `claim.at`), and the statement reads the channel's
 * admission state with it, so the send that follows needs no statement of its own to claim it. `admission` is the
 * same query for every call of one caller (it is built into the shape).
 */
export function deliveriesInsertStatement(
  citizenId: string,
  payloads: unknown[],
  context: { purpose: MessagePurpose; correlationId: string | null },
  onlyIf: SQL,
  claim?: { at: Date; admission: ((citizenId: SQL) => SQL) | undefined },
): {
  part: { key: string; build(): { ctes: SQL; result: SQL }; params: Record<string, unknown> };
  parse(value: unknown): RecordedStatementBatch;
} {
  if (payloads.length === 0) {
    return {
      part: {
        key: 'replies_none',
        build: () => ({ ctes: sql`replies_written as (select 1 where false)`, result: sql`null` }),
        params: {},
      },
      parse: () => ({ citizenId, rows: [], earlier: null, claimed: undefined }),
    };
  }
  const batchId = randomUUID();
  const params: Record<string, unknown> = {
    replies_citizen_id: citizenId,
    replies_batch_id: batchId,
    replies_purpose: context.purpose,
    replies_correlation_id: context.correlationId,
    replies_at: claim?.at.toISOString() ?? null,
  };
  for (const [position, payload] of payloads.entries()) params[`replies_payload_${position}`] = JSON.stringify(payload);
  const count = payloads.length;
  const admission = claim?.admission;
  return {
    part: {
      key: `replies_${count}${claim ? (admission ? '_claim_admission' : '_claim') : ''}`,
      build: () => deliveriesInsertParts(count, onlyIf, claim !== undefined, admission),
      params,
    },
    parse(value) {
      const result = writtenResultSchema.parse(typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
      const sorted = (result.rows ?? []).sort((a, b) => a.position - b.position);
      const earlier = sorted[0]?.earlier ? earlierHeadSchema.parse(sorted[0].earlier) : null;
      const first = sorted[0];
      const claimed =
        claim && first?.claimed
          ? {
              delivery: {
                id: first.id,
                seq: first.seq,
                citizenId,
                batchId,
                position: 0,
                payload: payloads[0],
                purpose: first.purpose,
                status: 'queued' as const,
                channelMessageId: null,
                errorCode: null,
                reason: null,
                attempts: 1,
                inFlightSince: claim.at,
                notBefore: null,
                correlationId: context.correlationId,
                createdAt: claim.at,
                updatedAt: claim.at,
                sentAt: null,
              },
              admission: result.admission,
            }
          : undefined;
      return {
        citizenId,
        rows: sorted.map(({ id, seq, purpose }) => ({ id, citizenId, seq, purpose })),
        earlier: earlier ? { citizenId, ...earlier } : null,
        claimed,
      };
    },
  };
}

/** `deliveriesInsertStatement`'s SQL for `count` payloads, with its placeholders. */
function deliveriesInsertParts(
  count: number,
  onlyIf: SQL,
  claims: boolean,
  admission: ((citizenId: SQL) => SQL) | undefined,
): { ctes: SQL; result: SQL } {
  const value = (name: string): SQL => sql`${sql.placeholder(`replies_${name}`)}`;
  const rows = sql.join(
    Array.from(
      { length: count },
      (_, position) => sql`(${sql.raw(String(position))}::int, ${value(`payload_${position}`)}::jsonb)`,
    ),
    sql`, `,
  );
  // The statement's snapshot is the table before its insert: the citizen's earlier queued head, if any.
  const claimsFirst = claims ? sql`v.position = 0 and not exists (select 1 from replies_earlier)` : sql`false`;
  return {
    ctes: sql`replies_earlier as (
      select earlier.seq, earlier.purpose from ${t} as earlier
      where earlier.citizen_id = ${value('citizen_id')} and earlier.status = 'queued' order by earlier.seq limit 1
    ),
    replies_written as (
      insert into ${t} (citizen_id, batch_id, position, payload, purpose, correlation_id, attempts, in_flight_since)
      select ${value('citizen_id')}, ${value('batch_id')}::uuid, v.position, v.payload, ${value('purpose')},
        ${value('correlation_id')},
        case when ${claimsFirst} then 1 else 0 end,
        case when ${claimsFirst} then ${value('at')}::timestamptz end
      from (values ${rows}) as v(position, payload)
      where ${onlyIf}
      order by v.position
      returning id, seq, purpose, position, in_flight_since is not null as claimed,
        (select replies_earlier.seq::text || ' ' || replies_earlier.purpose from replies_earlier) as earlier
    )`,
    result: sql`json_build_object('rows', (select json_agg(replies_written) from replies_written),
      'admission', ${admission ? admission(value('citizen_id')) : sql`null`})`,
  };
}

const findHeadStatement = preparedOnce((db) =>
  db
    .select()
    .from(t)
    .where(and(eq(t.citizenId, sql.placeholder('citizenId')), eq(t.status, 'queued')))
    .orderBy(asc(t.seq))
    .limit(1)
    .prepare('messaging_find_head'),
);

/** The citizen's first queued message (record order), if any; prepared once, it runs for every message sent. */
export async function findHead(db: Db, citizenId: string): Promise<Delivery | undefined> {
  const [row] = await findHeadStatement(db).execute({ citizenId });
  return row;
}

/** The first queued message of each of these citizens that has one. */
export async function findHeads(
  db: DbOrTx,
  citizenIds: string[],
): Promise<Array<Pick<Delivery, 'citizenId' | 'seq' | 'purpose' | 'notBefore'>>> {
  if (citizenIds.length === 0) return [];
  return db
    .selectDistinctOn([t.citizenId], { citizenId: t.citizenId, seq: t.seq, purpose: t.purpose, notBefore: t.notBefore })
    .from(t)
    .where(and(inArray(t.citizenId, citizenIds), eq(t.status, 'queued')))
    .orderBy(t.citizenId, t.seq);
}

/** `countHeld` as a scalar subquery, for a caller that reads it together with other things in one statement. */
export function countHeldQuery(citizenId: string | SQL): SQL {
  return sql`select count(*)::int from ${t} where ${t.citizenId} = ${citizenId} and ${t.status} = 'held'`;
}

export async function countHeld(db: DbOrTx, citizenId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(t)
    .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held')));
  return row?.n ?? 0;
}

/**
 * Asked as a citizen's held messages are released, with the correlation ids they carry: those whose messages must no
 * longer be sent, each with why (the announcements module: one stored with a link that is not a web address).
 */
export type HeldReleaseCheck = (
  executor: DbOrTx,
  correlationIds: string[],
) => Promise<Array<{ correlationId: string; reason: string }>>;

/**
 * Queues the citizen's held messages again, after whatever was recorded before in the same transaction; those that
 * `check` withholds are withdrawn instead (skipped with its reason), never sent.
 */
export async function requeueHeld(executor: DbOrTx, citizenId: string, check?: HeldReleaseCheck): Promise<void> {
  if (check) await withdrawWithheld(executor, citizenId, check);
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

async function withdrawWithheld(executor: DbOrTx, citizenId: string, check: HeldReleaseCheck): Promise<void> {
  const held = await executor
    .selectDistinct({ correlationId: t.correlationId })
    .from(t)
    .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held'), isNotNull(t.correlationId)));
  const correlationIds = held.flatMap((row) => (row.correlationId === null ? [] : [row.correlationId]));
  if (correlationIds.length === 0) return;
  for (const { correlationId, reason } of await check(executor, correlationIds)) {
    await executor
      .update(t)
      .set({ status: 'skipped', reason, updatedAt: sql`now()` })
      .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held'), eq(t.correlationId, correlationId)));
  }
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
    .where(and(lt(t.createdAt, before), inArray(t.status, FINISHED_DELIVERY_STATUSES)))
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
