import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { DbOrTx } from '../platform/db.js';
import { languageSchema, type CitizenId, type Language } from './channel.js';
import { ConversationErrors } from './errors.js';

/**
 * Effects are the writes a turn asks for, as data. A turn records them together with its new session and its replies
 * (one transaction), so a retried event never repeats them and the simulator can show them without performing them.
 * `key` is derived from the event and the step that asked, so whoever performs an effect can do it once.
 *
 * Two kinds: a write to our own database is performed inside the turn's transaction (`defineEffect`); a write to an
 * external system (the LGSP) is recorded in the outbox inside the transaction and performed after the commit, at
 * least once, with `key` as its idempotency key (`defineExternalEffect`), so a crash anywhere never loses it and a
 * retry never repeats it in effect.
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
/**
 * The photos and files of a citizen's message during a handoff are downloaded after the commit (outbox), before
 * Zalo's links expire, and kept for officials (performed by the feedback module, which owns the photo store).
 */
export const HANDOFF_FILES_FETCH_EFFECT = 'conversation.handoff.files.fetch';
/** The handoff ends without an official: the citizen cancelled or unfollowed, or nobody acted on it for too long. */
export const HANDOFF_END_EFFECT = 'conversation.handoff.end';
/** A new handoff is announced to the configured webhook, after the commit (HANDOFF_WEBHOOK_URL). */
export const HANDOFF_NOTIFY_EFFECT = 'conversation.handoff.notify';
/** The citizen rated the help of the official who closed their handoff (1–5). */
export const HANDOFF_RATE_EFFECT = 'conversation.handoff.rate';
/** The citizen unfollowed the OA: whatever was kept running for them (dossier follows) stops. */
export const CITIZEN_LEFT_EFFECT = 'citizen.left';
/**
 * The citizen confirmed "xóa dữ liệu của tôi": every module's holder erases after the commit (the citizens module
 * performs it), and the conversation forgets at once what it kept aside for them (a half-written report).
 */
export const CITIZEN_DATA_ERASE_EFFECT = 'citizen.data.erase';
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

/** What the performer of an external effect gets: no transaction (it runs after the commit), the key, the attempt. */
export interface ExternalEffectContext {
  citizenId: CitizenId;
  /** The idempotency key to hand to the external system (e.g. the LGSP's `MaYeuCau`): the same on every attempt. */
  key: string;
  /** 1 on the first attempt. */
  attempt: number;
  logger: Logger;
}

export interface EffectDefinition<P extends z.ZodType> {
  type: string;
  payload: P;
  /** Performs the write inside the turn's transaction. */
  perform(payload: z.output<P>, ctx: EffectContext): Promise<void>;
  /**
   * Set when all `perform` does is remember this language on the citizen's record (the `citizen.language` effect):
   * the channel's claim, which upserts that record, may then write it instead (`ClaimStatement.withLanguage`), and a
   * turn whose effects are all such is one statement. The module that defines the effect builds both writes from one
   * statement, so they cannot differ; an effect without it always goes through `perform`.
   */
  citizenLanguage?(payload: z.output<P>): Language;
}

export interface ExternalEffectDefinition<P extends z.ZodType> {
  type: string;
  payload: P;
  /**
   * Performs the external write after the turn committed; may run more than once (a retry after a failure or a
   * crash), always with the same key. Throw `PermanentEffectError` when retrying cannot help; any other error is
   * retried with back-off.
   */
  performAfterCommit(payload: z.output<P>, ctx: ExternalEffectContext): Promise<void>;
}

type AnyEffectDefinition = EffectDefinition<z.ZodType> | ExternalEffectDefinition<z.ZodType>;

/** Thrown by an external effect's performer when retrying cannot help (the request itself is refused). */
export class PermanentEffectError extends Error {
  override readonly name = 'PermanentEffectError';
}

/** Identity helper that ties `perform`'s payload type to the schema. */
export function defineEffect<P extends z.ZodType>(definition: EffectDefinition<P>): EffectDefinition<P> {
  return definition;
}

/** Identity helper that ties `performAfterCommit`'s payload type to the schema. */
export function defineExternalEffect<P extends z.ZodType>(
  definition: ExternalEffectDefinition<P>,
): ExternalEffectDefinition<P> {
  return definition;
}

/** What became of one attempt at an external effect. */
export type ExternalEffectOutcome = { ok: true } | { ok: false; permanent: boolean; error: unknown };

export interface EffectRegistry {
  has(type: string): boolean;
  /** Whether effects of this type are performed after the commit (through the outbox). */
  isExternal(type: string): boolean;
  /**
   * The language the effect's definition says it only remembers on the citizen's record (`citizenLanguage`);
   * undefined for any other effect, and for a payload that does not parse (`perform` is then the one to throw).
   */
  citizenLanguage(effect: Effect): Language | undefined;
  /** Performs one recorded effect; an unknown type or a payload that does not parse is a bug: it throws. */
  perform(effect: Effect, ctx: Omit<EffectContext, 'key'>): Promise<void>;
  /** One attempt at an external effect; outages of our own infrastructure are thrown, other failures returned. */
  performExternal(effect: Effect, ctx: Omit<ExternalEffectContext, 'key'>): Promise<ExternalEffectOutcome>;
}

/** Builds a registry from the effect definitions of every module; types must be unique. */
export function createEffectRegistry(definitions: AnyEffectDefinition[]): EffectRegistry {
  const byType = new Map<string, AnyEffectDefinition>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw ConversationErrors.duplicateEffect(definition.type);
    byType.set(definition.type, definition);
  }
  return {
    has: (type) => byType.has(type),
    isExternal: (type) => {
      const definition = byType.get(type);
      return definition !== undefined && 'performAfterCommit' in definition;
    },
    citizenLanguage(effect) {
      const definition = byType.get(effect.type);
      if (!definition || !('citizenLanguage' in definition) || !definition.citizenLanguage) return undefined;
      const payload = definition.payload.safeParse(effect.payload);
      return payload.success ? definition.citizenLanguage(payload.data) : undefined;
    },
    async perform(effect, ctx) {
      const definition = byType.get(effect.type);
      if (!definition) throw ConversationErrors.unknownEffect(effect.type);
      if (!('perform' in definition)) throw ConversationErrors.unknownEffect(effect.type);
      const payload = definition.payload.parse(effect.payload);
      await definition.perform(payload, { ...ctx, key: effect.key });
    },
    async performExternal(effect, ctx) {
      const definition = byType.get(effect.type);
      // Recorded by an older version whose effect no longer exists, or a payload that no longer parses: permanent.
      if (!definition || !('performAfterCommit' in definition)) {
        return { ok: false, permanent: true, error: ConversationErrors.unknownEffect(effect.type) };
      }
      const payload = definition.payload.safeParse(effect.payload);
      if (!payload.success) return { ok: false, permanent: true, error: payload.error };
      try {
        await definition.performAfterCommit(payload.data, { ...ctx, key: effect.key });
        return { ok: true };
      } catch (error) {
        return { ok: false, permanent: error instanceof PermanentEffectError, error };
      }
    },
  };
}

/** Payload of the `conversation.handoff` effect; `dueAt`: asked outside office hours, handled from this opening. */
export const handoffPayloadSchema = z.object({
  flowId: z.string(),
  reason: z.string().optional(),
  dueAt: z.iso.datetime().optional(),
});
/** Payload of the `conversation.handoff.end` effect. */
/** Photos and files one message carries at most (Zalo sends a few photos in one message). */
export const HANDOFF_FILES_PER_MESSAGE = 10;
/** A photo or file a citizen sent during a handoff, at the channel's link. */
export const handoffFileSchema = z.object({
  kind: z.enum(['image', 'file']),
  url: z.string().min(1).max(2000),
  name: z.string().max(500).optional(),
});
export type HandoffFile = z.infer<typeof handoffFileSchema>;
/** A citizen wrote during a handoff; `files`: the message's photos and files, recorded pending for the download. */
export const handoffMessagePayloadSchema = z.object({
  files: z.array(handoffFileSchema).max(HANDOFF_FILES_PER_MESSAGE).default([]),
});
/** Which of the citizen's pending files to download (their links). */
export const handoffFilesFetchPayloadSchema = z.object({
  urls: z.array(z.string().min(1).max(2000)).min(1).max(HANDOFF_FILES_PER_MESSAGE),
});
export const handoffEndPayloadSchema = z.object({ by: z.enum(['citizen', 'citizen_left', 'timeout']) });
/** 1 (poor) to 5 (very good): the citizen's rating of an official's help. */
export const handoffRatingSchema = z.number().int().min(1).max(5);
export const handoffRatePayloadSchema = z.object({ handoffId: z.uuid(), rating: handoffRatingSchema });

/** The `messaging.release_held` effect, performed by whatever keeps the held messages (the messaging module). */
export function createReleaseHeldEffect(
  releaseHeld: (tx: DbOrTx, citizenId: CitizenId) => Promise<void>,
): EffectDefinition<z.ZodType> {
  return defineEffect({
    type: RELEASE_HELD_EFFECT,
    payload: z.object({}),
    perform: (_payload, ctx) => releaseHeld(ctx.tx, ctx.citizenId),
  });
}

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
