import { and, desc, eq, isNull, isNotNull, lt, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db.js';
import { languageSchema, type Language } from './channel.js';
import { defineEffect, type EffectDefinition } from './effects.js';
import type { InputTypeRegistry } from './input-types.js';
import type { RankedIntents } from './intent-matcher.js';
import { understandingMisses } from './schema.js';
import { writeSpokenCodes } from './spoken-codes.js';

/**
 * The learning loop's raw material: each message that ended in the fallback or in a "did you mean" is recorded by the
 * turn that answered it (an effect, in the turn's transaction), masked and without the citizen's id. Admins list them
 * and add one as an example of a flow (a new flow version through the normal validate and publish path), or dismiss
 * it. Purged after CONVERSATION_RETENTION_DAYS like the conversation log.
 */
export const UNDERSTANDING_MISS_EFFECT = 'understanding.miss';

/**
 * `fallback`: not understood; `asked`: "did you mean"; `off_topic`: understood as a subject no flow serves ("giá vàng
 * hôm nay", answered with what the bot does), kept apart: it is listed only when asked for (`listUnderstandingMisses`).
 */
export const MISS_OUTCOMES = ['fallback', 'asked', 'off_topic'] as const;
export type MissOutcome = (typeof MISS_OUTCOMES)[number];

/** How many of the flows the matcher thought of are kept with a miss. */
const MAX_CANDIDATES = 5;
/** Longest message kept: what an admin needs to read; longer ones are cut. */
const MAX_KEPT_LENGTH = 500;

export const understandingMissPayloadSchema = z.object({
  language: languageSchema,
  text: z.string().max(MAX_KEPT_LENGTH),
  outcome: z.enum(MISS_OUTCOMES),
  /** The flows offered in the "did you mean" (`offered`, in the order shown), then the others nearest, best first. */
  candidates: z
    .array(z.object({ flowId: z.string(), confidence: z.number(), offered: z.boolean().optional() }))
    .max(MAX_CANDIDATES),
});
export type UnderstandingMissPayload = z.infer<typeof understandingMissPayloadSchema>;

/**
 * Masks what could identify a person or their case: every value an input type finds inside sentences (dossier and tax
 * codes, phone numbers, dates, ticket numbers), typed or said aloud, becomes `‹type›`, then e-mail addresses and any other
 * run of 5+ digits.
 */
export function maskMessage(text: string, inputs: Pick<InputTypeRegistry, 'findAnywhere'>): string {
  // A code said aloud to a voice keyboard ("không chín một hai …") is masked like one typed: runs of number words are
  // kept written down (`writeSpokenCodes`).
  let masked = writeSpokenCodes(text.normalize('NFC'));
  // From the end; of two ending together the longer first (a ticket number typed in groups holds a tax code's shape).
  const found = inputs
    .findAnywhere(masked)
    .sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start) || b.start - a.start);
  let lastStart = Number.POSITIVE_INFINITY;
  for (const match of found) {
    // Overlapping finds (a phone number that is also a tax code): the first one from the end wins.
    if (match.end > lastStart) continue;
    masked = `${masked.slice(0, match.start)}‹${match.type}›${masked.slice(match.end)}`;
    lastStart = match.start;
  }
  return masked
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '‹email›')
    .replace(/\d(?:[\s.-]?\d){4,}/g, '‹number›')
    .slice(0, MAX_KEPT_LENGTH);
}

/** What a turn emits when it could not understand a message well. */
export function understandingMissPayload(
  text: string,
  outcome: MissOutcome,
  language: Language,
  ranked: RankedIntents,
  inputs: Pick<InputTypeRegistry, 'findAnywhere'>,
  offered: readonly string[] = [],
): UnderstandingMissPayload {
  // The near list holds at least `RANKED_AT_LEAST` flows: enough for the candidates beside the three offered at most.
  const others = ranked.near.filter((c) => !offered.includes(c.flowId));
  return {
    language,
    text: maskMessage(text, inputs),
    outcome,
    candidates: [
      ...offered.map((flowId) => ({ flowId, confidence: ranked.confidence(flowId), offered: true })),
      ...others.map((c) => ({ flowId: c.flowId, confidence: c.confidence })),
    ].slice(0, MAX_CANDIDATES),
  };
}

/** Records the miss inside the turn's transaction. */
export function createUnderstandingEffects(): EffectDefinition<z.ZodType>[] {
  return [
    defineEffect({
      type: UNDERSTANDING_MISS_EFFECT,
      payload: understandingMissPayloadSchema,
      async perform(payload, ctx) {
        await ctx.tx.insert(understandingMisses).values({
          occurredAt: ctx.now,
          language: payload.language,
          text: payload.text,
          outcome: payload.outcome,
          candidates: payload.candidates,
        });
      },
    }),
  ];
}

export interface UnderstandingMiss {
  id: number;
  occurredAt: Date;
  language: Language;
  text: string;
  outcome: MissOutcome;
  candidates: { flowId: string; confidence: number; offered?: boolean }[];
  resolution: 'example' | 'dismissed' | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  resolvedFlowId: string | null;
  resolvedVersion: number | null;
}

const candidatesSchema = understandingMissPayloadSchema.shape.candidates;

function toMiss(row: typeof understandingMisses.$inferSelect): UnderstandingMiss {
  const candidates = candidatesSchema.safeParse(row.candidates);
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    language: languageSchema.catch('vi').parse(row.language),
    text: row.text,
    outcome: z.enum(MISS_OUTCOMES).catch('fallback').parse(row.outcome),
    candidates: candidates.success ? candidates.data : [],
    resolution: z.enum(['example', 'dismissed']).nullable().catch(null).parse(row.resolution),
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
    resolvedFlowId: row.resolvedFlowId,
    resolvedVersion: row.resolvedVersion,
  };
}

/**
 * Newest first; `before` is the id cursor of the previous page. Without `outcome`, the messages the bot did not
 * understand well (`fallback`, `asked`): those it recognised as out of scope (`off_topic`) only when asked for.
 */
export async function listUnderstandingMisses(
  db: DbOrTx,
  options: { limit: number; before?: number; status?: 'open' | 'resolved'; outcome?: MissOutcome },
): Promise<UnderstandingMiss[]> {
  const t = understandingMisses;
  const conditions: SQL[] = [];
  if (options.before !== undefined) conditions.push(lt(t.id, options.before));
  if (options.status === 'open') conditions.push(isNull(t.resolution));
  if (options.status === 'resolved') conditions.push(isNotNull(t.resolution));
  conditions.push(options.outcome ? eq(t.outcome, options.outcome) : ne(t.outcome, 'off_topic'));
  const rows = await db
    .select()
    .from(t)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(t.id))
    .limit(options.limit);
  return rows.map(toMiss);
}

export async function findUnderstandingMiss(db: DbOrTx, id: number): Promise<UnderstandingMiss | null> {
  const [row] = await db.select().from(understandingMisses).where(eq(understandingMisses.id, id));
  return row ? toMiss(row) : null;
}

/** Marks a miss handled (only an open one); false when it is gone or was handled already. */
export async function resolveUnderstandingMiss(
  db: DbOrTx,
  id: number,
  resolution: { kind: 'example'; flowId: string; version: number } | { kind: 'dismissed' },
  by: string,
  at: Date,
): Promise<boolean> {
  const t = understandingMisses;
  const rows = await db
    .update(t)
    .set({
      resolution: resolution.kind,
      resolvedBy: by,
      resolvedAt: at,
      ...(resolution.kind === 'example'
        ? { resolvedFlowId: resolution.flowId, resolvedVersion: resolution.version }
        : {}),
    })
    .where(and(eq(t.id, id), isNull(t.resolution)))
    .returning({ id: t.id });
  return rows.length > 0;
}

/** Retention: deletes misses recorded before `before`. */
export async function purgeUnderstandingMisses(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(understandingMisses)
    .where(lt(understandingMisses.occurredAt, before))
    .returning({ id: understandingMisses.id });
  return rows.length;
}
