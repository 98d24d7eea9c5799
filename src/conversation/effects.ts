import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { DbOrTx } from '../platform/db.js';
import { languageSchema, type CitizenId, type Language } from './channel.js';
import { ConversationErrors } from './errors.js';

/**
 * Effects are the writes a turn asks for, as data. A turn records them together with its new session and its replies
 * (one transaction), so a retried event never repeats them and the simulator can show them without performing them.
 * `key` is derived from the event and the step that asked, so whoever performs an effect can do it once.
 */
export const effectSchema = z.object({
  /** Registered effect type, e.g. `lgsp.dossier.follow`. */
  type: z.string().min(1),
  /** Idempotency key: `<event id>/<flow>.<step>#<n>`. */
  key: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
});
export type Effect = z.infer<typeof effectSchema>;

/** What an action or the engine asks for; the engine adds the key. */
export type EffectRequest = Omit<Effect, 'key'>;

/** The effect the engine itself understands: the citizen's language changes for the rest of the turn too. */
export const LANGUAGE_EFFECT = 'citizen.language';
/** The effect of a `handoff` step: the conversation is marked for an official (performed by the handoff store). */
export const HANDOFF_EFFECT = 'conversation.handoff';
/** A citizen wrote during a handoff: officials see one more unanswered message (the message itself is in the log). */
export const HANDOFF_MESSAGE_EFFECT = 'conversation.handoff.message';
/** The handoff ends without an official: the citizen cancelled or unfollowed, or nobody acted on it for too long. */
export const HANDOFF_END_EFFECT = 'conversation.handoff.end';
/** The citizen unfollowed the OA: whatever was kept running for them (dossier follows) stops. */
export const CITIZEN_LEFT_EFFECT = 'citizen.left';
/** Notifications held while the citizen was outside the window are sent after this turn's replies. */
export const RELEASE_HELD_EFFECT = 'messaging.release_held';

export interface EffectContext {
  /** The turn's transaction: the effect commits or rolls back with the session and the replies. */
  tx: DbOrTx;
  citizenId: CitizenId;
  key: string;
  now: Date;
  logger: Logger;
}

export interface EffectDefinition<P extends z.ZodType> {
  type: string;
  payload: P;
  /** Performs the write inside the turn's transaction. */
  perform(payload: z.output<P>, ctx: EffectContext): Promise<void>;
}

/** Identity helper that ties `perform`'s payload type to the schema. */
export function defineEffect<P extends z.ZodType>(definition: EffectDefinition<P>): EffectDefinition<P> {
  return definition;
}

export interface EffectRegistry {
  has(type: string): boolean;
  /** Performs one recorded effect; an unknown type or a payload that does not parse is a bug: it throws. */
  perform(effect: Effect, ctx: Omit<EffectContext, 'key'>): Promise<void>;
}

/** Builds a registry from the effect definitions of every module; types must be unique. */
export function createEffectRegistry(definitions: EffectDefinition<z.ZodType>[]): EffectRegistry {
  const byType = new Map<string, EffectDefinition<z.ZodType>>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw ConversationErrors.duplicateEffect(definition.type);
    byType.set(definition.type, definition);
  }
  return {
    has: (type) => byType.has(type),
    async perform(effect, ctx) {
      const definition = byType.get(effect.type);
      if (!definition) throw ConversationErrors.unknownEffect(effect.type);
      const payload = definition.payload.parse(effect.payload);
      await definition.perform(payload, { ...ctx, key: effect.key });
    },
  };
}

/** Payload of the `conversation.handoff.end` effect. */
export const handoffEndPayloadSchema = z.object({ by: z.enum(['citizen', 'citizen_left', 'timeout']) });

/** Payload of the `citizen.language` effect. */
export const languageEffectPayloadSchema = z.object({ language: languageSchema });

/** The language an effect list leaves the citizen with, or null when none of them changes it. */
export function findLanguageChange(effects: readonly EffectRequest[]): Language | null {
  let language: Language | null = null;
  for (const effect of effects) {
    if (effect.type !== LANGUAGE_EFFECT) continue;
    const parsed = languageEffectPayloadSchema.safeParse(effect.payload);
    if (parsed.success) language = parsed.data.language;
  }
  return language;
}
