import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { conversationMessages, FINISHED_DELIVERY_STATUSES, messageDeliveries } from './schema.js';

export interface ConversationEntry {
  citizenId: string;
  direction: 'in' | 'out';
  kind: string;
  /** Idempotency key (inbound event key, delivery id): recording the same message twice keeps one row. */
  externalId: string;
  channelMessageId?: string | undefined;
  body: unknown;
  occurredAt: Date;
}

/**
 * The log's insert of one entry, written once for every writer: `recordConversationMessage` runs it alone; a caller
 * that logs as part of a larger statement passes `onlyIf` (e.g. `select 1 from sent`, a data-modifying CTE's rows),
 * and the entry is inserted only when that query finds a row. A second entry with the same key is ignored.
 */
export function conversationMessageInsert(entry: ConversationEntry, onlyIf?: SQL): SQL {
  return conversationMessagesInsertFrom(sql`select ${entry.citizenId}, ${entry.direction}, ${entry.kind},
      ${entry.externalId}, ${entry.channelMessageId ?? null}, ${JSON.stringify(entry.body ?? {})}::jsonb,
      ${entry.occurredAt.toISOString()}::timestamptz
    ${onlyIf ? sql`where exists (${onlyIf})` : sql``}`);
}

/**
 * `conversationMessageInsert` with placeholders named `<prefix>citizen_id`, `<prefix>direction`… for its values, for a
 * statement prepared once (`conversationMessageParams` gives this entry's values for them).
 */
export function conversationMessagePlaceholderInsert(prefix: string, onlyIf?: SQL): SQL {
  const value = (name: string) => sql.placeholder(`${prefix}${name}`);
  return conversationMessagesInsertFrom(sql`select ${value('citizen_id')}, ${value('direction')}, ${value('kind')},
      ${value('external_id')}, ${value('channel_message_id')}, ${value('body')}::jsonb,
      ${value('occurred_at')}::timestamptz
    ${onlyIf ? sql`where exists (${onlyIf})` : sql``}`);
}

/** The values of `conversationMessagePlaceholderInsert`'s placeholders for `entry`. */
export function conversationMessageParams(prefix: string, entry: ConversationEntry): Record<string, unknown> {
  return {
    [`${prefix}citizen_id`]: entry.citizenId,
    [`${prefix}direction`]: entry.direction,
    [`${prefix}kind`]: entry.kind,
    [`${prefix}external_id`]: entry.externalId,
    [`${prefix}channel_message_id`]: entry.channelMessageId ?? null,
    [`${prefix}body`]: JSON.stringify(entry.body ?? {}),
    [`${prefix}occurred_at`]: entry.occurredAt.toISOString(),
  };
}

/**
 * The log's insert of the rows a query selects, in the column order citizen_id, direction, kind, external_id,
 * channel_message_id, body, occurred_at (e.g. a prepared statement logging a batch of sent messages). Rows whose key
 * is already logged are ignored.
 */
export function conversationMessagesInsertFrom(rows: SQL): SQL {
  return sql`insert into ${conversationMessages}
      (citizen_id, direction, kind, external_id, channel_message_id, body, occurred_at)
    ${rows}
    on conflict do nothing`;
}

/** Records a message once; false when a message with the same key was already recorded. */
export async function recordConversationMessage(db: DbOrTx, entry: ConversationEntry): Promise<boolean> {
  const result = await db.execute(sql`${conversationMessageInsert(entry)} returning id`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}

export type ConversationRow = typeof conversationMessages.$inferSelect;

/** A citizen's conversation, newest first (officials' view and tests). */
export function listConversation(db: DbOrTx, citizenId: string, limit = 100): Promise<ConversationRow[]> {
  return db
    .select()
    .from(conversationMessages)
    .where(eq(conversationMessages.citizenId, citizenId))
    .orderBy(desc(conversationMessages.occurredAt), desc(conversationMessages.id))
    .limit(limit);
}

/** Removes conversation messages older than `before`. */
export async function purgeConversationLog(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(conversationMessages)
    .where(lt(conversationMessages.occurredAt, before))
    .returning({ id: conversationMessages.id });
  return removed.length;
}

/** Whether a message the channel echoes back (its id) is one we sent ourselves. */
export async function isOwnMessage(db: DbOrTx, channelMessageId: string): Promise<boolean> {
  const rows = await db
    .select({ id: messageDeliveries.id })
    .from(messageDeliveries)
    .where(eq(messageDeliveries.channelMessageId, channelMessageId))
    .limit(1);
  return rows.length > 0;
}

/** How many messages with the citizen the log keeps (the "my data" summary). */
export async function countCitizenConversation(db: DbOrTx, citizenId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(conversationMessages)
    .where(eq(conversationMessages.citizenId, citizenId));
  return row?.n ?? 0;
}

/**
 * Erases a citizen's conversation at their request: every logged message, and the payloads of the messages sent to
 * them that are finished (as the retention purge removes them, at any age). Messages still to be sent stay: they are
 * the answer to this very request. Returns how many logged messages went.
 */
export async function eraseCitizenConversation(db: DbOrTx, citizenId: string): Promise<number> {
  const removed = await db
    .delete(conversationMessages)
    .where(eq(conversationMessages.citizenId, citizenId))
    .returning({ id: conversationMessages.id });
  await db
    .delete(messageDeliveries)
    .where(
      and(eq(messageDeliveries.citizenId, citizenId), inArray(messageDeliveries.status, FINISHED_DELIVERY_STATUSES)),
    );
  return removed.length;
}
