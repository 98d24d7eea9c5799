import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db.js';
import { z } from 'zod';
import type { CitizenId } from './channel.js';
import { HANDOFF_EFFECT, defineEffect, type EffectDefinition } from './effects.js';
import { conversationHandoffs } from './schema.js';

/** The port through which a conversation is marked for an official. */
export interface HandoffPort {
  request(
    input: { citizenId: CitizenId; flowId: string; reason?: string | undefined },
    executor?: DbOrTx,
  ): Promise<{ id: string }>;
}

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
    async request(input, executor = db) {
      const [open] = await executor
        .select({ id: conversationHandoffs.id })
        .from(conversationHandoffs)
        .where(and(eq(conversationHandoffs.citizenId, input.citizenId), eq(conversationHandoffs.status, 'open')));
      if (open) return { id: open.id };
      const [row] = await executor
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

/** Performs a `handoff` step's effect inside the turn's transaction. */
export function createHandoffEffect(store: HandoffPort): EffectDefinition<z.ZodType> {
  return defineEffect({
    type: HANDOFF_EFFECT,
    payload: z.object({ flowId: z.string(), reason: z.string().optional() }),
    async perform(payload, ctx) {
      await store.request({ citizenId: ctx.citizenId, flowId: payload.flowId, reason: payload.reason }, ctx.tx);
    },
  });
}
