import { desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { conversationMessages, messageDeliveries } from './schema.js';

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

/** Records a message once; false when a message with the same key was already recorded. */
export async function recordConversationMessage(db: DbOrTx, entry: ConversationEntry): Promise<boolean> {
  const inserted = await db
    .insert(conversationMessages)
    .values({
      citizenId: entry.citizenId,
      direction: entry.direction,
      kind: entry.kind,
      externalId: entry.externalId,
      channelMessageId: entry.channelMessageId ?? null,
      body: entry.body ?? {},
      occurredAt: entry.occurredAt,
    })
    .onConflictDoNothing()
    .returning({ id: conversationMessages.id });
  return inserted.length > 0;
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
