import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db.js';
import type { CitizenId } from './channel.js';
import type { HandoffPort } from './engine.js';
import { conversationHandoffs } from './schema.js';

export interface OpenHandoff {
  id: string;
  citizenId: string;
  flowId: string;
  reason: string | null;
  createdAt: Date;
}

export interface HandoffStore extends HandoffPort {
  /** Open handoffs, oldest first, for officials to pick up. */
  listOpen(limit?: number): Promise<OpenHandoff[]>;
  /**
   * Marks a handoff closed; null when it was not open. `executor` lets a caller close it inside its own transaction
   * (the admin API commits the close with its audit row).
   */
  close(
    id: string,
    closedBy: string,
    options?: { executor?: DbOrTx; now?: Date },
  ): Promise<{ id: string; citizenId: string; flowId: string; closedAt: Date } | null>;
}

/** Handoffs in PostgreSQL. A citizen asking twice while one is open keeps the open one (no duplicate work for officials). */
export function createHandoffStore(db: Db): HandoffStore {
  return {
    async request(input: { citizenId: CitizenId; flowId: string; reason?: string | undefined }) {
      const [open] = await db
        .select({ id: conversationHandoffs.id })
        .from(conversationHandoffs)
        .where(and(eq(conversationHandoffs.citizenId, input.citizenId), eq(conversationHandoffs.status, 'open')));
      if (open) return { id: open.id };
      const [row] = await db
        .insert(conversationHandoffs)
        .values({ citizenId: input.citizenId, flowId: input.flowId, reason: input.reason ?? null })
        .returning({ id: conversationHandoffs.id });
      if (!row) throw new Error('handoff insert returned no row');
      return { id: row.id };
    },
    async listOpen(limit = 100) {
      return db
        .select({
          id: conversationHandoffs.id,
          citizenId: conversationHandoffs.citizenId,
          flowId: conversationHandoffs.flowId,
          reason: conversationHandoffs.reason,
          createdAt: conversationHandoffs.createdAt,
        })
        .from(conversationHandoffs)
        .where(eq(conversationHandoffs.status, 'open'))
        .orderBy(asc(conversationHandoffs.createdAt))
        .limit(limit);
    },
    async close(id, closedBy, options = {}) {
      const closedAt = options.now ?? new Date();
      const [row] = await (options.executor ?? db)
        .update(conversationHandoffs)
        .set({ status: 'closed', takenBy: closedBy, closedAt })
        .where(and(eq(conversationHandoffs.id, id), eq(conversationHandoffs.status, 'open')))
        .returning({
          id: conversationHandoffs.id,
          citizenId: conversationHandoffs.citizenId,
          flowId: conversationHandoffs.flowId,
        });
      return row ? { ...row, closedAt } : null;
    },
  };
}
