import { eq, lt } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { CitizenId, CitizenPreferences, OutboundMessage } from './channel.js';
import type { Effect, EffectRegistry } from './effects.js';
import { ConversationErrors } from './errors.js';
import type { HandoffStore } from './handoff-store.js';
import { conversationSessions } from './schema.js';
import { sessionSchema, type Session } from './session.js';
import type { TurnStore } from './turn-store.js';

/** Records replies inside a transaction (the messaging outbox) and hands them to delivery once committed. */
export interface ReplyOutbox {
  record(
    tx: Tx,
    citizenId: CitizenId,
    messages: OutboundMessage[],
    context: { correlationId: string },
  ): Promise<unknown>;
  /** Called after the commit: delivery may start. */
  release(citizenId: CitizenId): Promise<void>;
  /** Notifications held for the citizen's next message. */
  countHeld(citizenId: CitizenId): Promise<number>;
  /** Queues the held notifications behind this transaction's replies (the `messaging.release_held` effect). */
  releaseHeld(tx: DbOrTx, citizenId: CitizenId): Promise<void>;
}

/** Records external effects inside a transaction and has them performed once it is committed. */
export interface EffectOutbox {
  record(tx: Tx, citizenId: CitizenId, effect: Effect): Promise<void>;
  /** Called after the commit with the keys recorded: performing may start (a sweep covers a crash before this). */
  release(keys: string[]): Promise<void>;
}

export interface PgTurnStoreDeps {
  db: Db;
  preferences: Pick<CitizenPreferences, 'findLanguage'>;
  effects: EffectRegistry;
  replies: ReplyOutbox;
  /** Live handoffs: the engine stays silent while an official has the conversation. */
  handoffs: Pick<HandoffStore, 'findLive'>;
  /** Where effects on external systems wait for the commit; required once any such effect is registered. */
  outbox?: EffectOutbox;
  logger: Logger;
}

/**
 * Turns in PostgreSQL: one transaction holds the channel's claim on the event, the new session, the replies and the
 * effects. A crash before the commit leaves nothing (the event is retried from the old session); after it, the claim
 * makes the retry a no-op, and the replies are already in the outbox.
 */
export function createPgTurnStore(deps: PgTurnStoreDeps): TurnStore {
  const { db } = deps;
  return {
    loadSession: (citizenId) => findSession(db, citizenId),
    findLanguage: (citizenId) => deps.preferences.findLanguage(citizenId),
    countHeldMessages: (citizenId) => deps.replies.countHeld(citizenId),
    findLiveHandoff: (citizenId) => deps.handoffs.findLive(citizenId),
    async commit(event, result, claim) {
      const citizenId = event.citizenId;
      const logger = deps.logger.child({ eventId: event.eventId });
      const external: string[] = [];
      const outcome = await db.transaction(async (tx) => {
        if (claim && !(await claim(tx))) return 'duplicate' as const;
        if (result.session) await saveSession(tx, citizenId, result.session);
        else await tx.delete(conversationSessions).where(eq(conversationSessions.citizenId, citizenId));
        if (result.messages.length > 0) {
          await deps.replies.record(tx, citizenId, result.messages, { correlationId: event.eventId });
        }
        for (const effect of result.effects) {
          if (deps.effects.isExternal(effect.type)) {
            if (!deps.outbox) throw ConversationErrors.noEffectOutbox(effect.type);
            await deps.outbox.record(tx, citizenId, effect);
            external.push(effect.key);
          } else await deps.effects.perform(effect, { tx, citizenId, now: new Date(event.occurredAt), logger });
        }
        return 'committed' as const;
      });
      if (external.length > 0 && deps.outbox) await deps.outbox.release(external);
      if (outcome === 'duplicate') logger.info('event already handled; nothing recorded twice');
      // A duplicate may be a retry after a crash between commit and release: releasing again is harmless.
      if (result.messages.length > 0 || outcome === 'duplicate') await deps.replies.release(citizenId);
      return outcome;
    },
  };
}

async function findSession(db: DbOrTx, citizenId: CitizenId): Promise<Session | null> {
  const [row] = await db
    .select({ session: conversationSessions.session })
    .from(conversationSessions)
    .where(eq(conversationSessions.citizenId, citizenId))
    .limit(1);
  if (!row) return null;
  // A record written by an older shape counts as no session: the citizen starts afresh.
  const parsed = sessionSchema.safeParse(row.session);
  return parsed.success ? parsed.data : null;
}

async function saveSession(tx: Tx, citizenId: CitizenId, session: Session): Promise<void> {
  const updatedAt = new Date(session.updatedAt);
  await tx
    .insert(conversationSessions)
    .values({ citizenId, session, updatedAt })
    .onConflictDoUpdate({ target: conversationSessions.citizenId, set: { session, updatedAt } });
}

/** Deletes the sessions of citizens silent since `before` (they would start afresh anyway). */
export async function purgeSessions(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(conversationSessions)
    .where(lt(conversationSessions.updatedAt, before))
    .returning({ citizenId: conversationSessions.citizenId });
  return removed.length;
}
