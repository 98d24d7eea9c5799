import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { conversationMessages, zaloDeliveries } from './schema.js';

export interface ConversationEntry {
  citizenId: string;
  direction: 'in' | 'out';
  kind: string;
  /** Idempotency key (inbound event key, delivery id): recording the same message twice keeps one row. */
  externalId: string;
  zaloMessageId?: string | undefined;
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
      zaloMessageId: entry.zaloMessageId ?? null,
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

/**
 * Removes conversation messages older than `before`, and finished delivery records (whose payloads hold message
 * texts) created before it. Queued deliveries are kept: they are still owed to the citizen.
 */
export async function purgeConversationLog(
  db: DbOrTx,
  before: Date,
): Promise<{ messages: number; deliveries: number }> {
  const messages = await db
    .delete(conversationMessages)
    .where(lt(conversationMessages.occurredAt, before))
    .returning({ id: conversationMessages.id });
  const deliveries = await db
    .delete(zaloDeliveries)
    .where(
      and(
        lt(zaloDeliveries.createdAt, before),
        inArray(zaloDeliveries.status, ['sent', 'received', 'seen', 'failed', 'skipped']),
      ),
    )
    .returning({ id: zaloDeliveries.id });
  return { messages: messages.length, deliveries: deliveries.length };
}
