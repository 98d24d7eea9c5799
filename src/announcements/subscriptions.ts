import { arrayOverlaps, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { citizens } from '../citizens/index.js';
import {
  defineAction,
  defineEffect,
  type ActionContext,
  type ActionDefinition,
  type EffectDefinition,
  type TemplateRenderer,
} from '../conversation/index.js';
import type { Language } from '../kernel/index.js';
import type { DbOrTx } from '../platform/db.js';
import { announcementSubscriptions, announcementTopics } from './schema.js';

/**
 * Topics citizens choose from: one button each in a Zalo message, which carries 5 at most, the fifth being "my
 * commune".
 */
export const MAX_TOPICS = 4;

const topicCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, - and _ (e.g. health)');
export const topicSchema = z
  .object({
    code: topicCode,
    vi: z.string().trim().min(1).max(20).meta({ description: "The button's words in Vietnamese (Zalo shows ~20)" }),
    en: z.string().trim().min(1).max(20).optional(),
  })
  .meta({ id: 'AnnouncementTopic' });
export type Topic = z.infer<typeof topicSchema>;
export const topicListSchema = z
  .array(topicSchema)
  .max(MAX_TOPICS)
  .refine((topics) => new Set(topics.map((t) => t.code)).size === topics.length, 'topic codes must differ');

const labelsSchema = z.object({ vi: z.string(), en: z.string().optional() });

/** The configured topics, in their order. */
export async function listTopics(db: DbOrTx): Promise<Topic[]> {
  const rows = await db.select().from(announcementTopics).orderBy(asc(announcementTopics.position));
  return rows.map((row) => {
    const labels = labelsSchema.parse(row.labels);
    return { code: row.code, vi: labels.vi, ...(labels.en ? { en: labels.en } : {}) };
  });
}

/** Replaces the whole list (officials edit it as one). */
export async function replaceTopics(tx: DbOrTx, topics: Topic[]): Promise<void> {
  await tx.delete(announcementTopics);
  if (topics.length === 0) return;
  await tx.insert(announcementTopics).values(
    topics.map((topic, position) => ({
      code: topic.code,
      labels: { vi: topic.vi, ...(topic.en ? { en: topic.en } : {}) },
      position,
    })),
  );
}

/**
 * The codes among `codes` that name no topic: neither on the list nor held by a citizen (a removed topic stays in the
 * subscriptions that have it, and an audience naming it still reaches them).
 */
export async function unknownTopics(db: DbOrTx, codes: readonly string[]): Promise<string[]> {
  const listed = new Set((await listTopics(db)).map((topic) => topic.code));
  const others = [...new Set(codes)].filter((code) => !listed.has(code));
  if (others.length === 0) return [];
  const s = announcementSubscriptions;
  const held = await db
    .selectDistinct({ code: sql<string>`unnest(${s.topics})` })
    .from(s)
    .where(arrayOverlaps(s.topics, others));
  const heldCodes = new Set(held.map((row) => row.code));
  return others.filter((code) => !heldCodes.has(code));
}

const labelOf = (topic: Topic, language: Language) => (language === 'en' && topic.en ? topic.en : topic.vi);

/** The effect of the subscription actions: the citizen's row changed with the turn. */
export const SUBSCRIPTION_EFFECT = 'announcements.subscription';
/** The effect of `announcements.commune.set`: the citizen's commune, with the turn. */
export const COMMUNE_EFFECT = 'announcements.commune';

const subscriptionPayloadSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), topic: topicCode, consentText: z.string().max(2000).optional() }),
  z.object({ op: z.literal('remove'), topic: topicCode }),
  /** "hủy đăng ký": no announcement at all, the topics forgotten, and the consent withdrawn. */
  z.object({ op: z.literal('stop') }),
  /** Announcements again after "hủy đăng ký", no topic or commune: those are asked for (with consent) afresh. */
  z.object({ op: z.literal('resume') }),
]);

/**
 * Whether the citizen's consent to keep topics and a commune is in force. "hủy đăng ký" withdraws it (Law 91/2025:
 * withdrawn consent is asked for again before the data is processed anew); a row stopped before the consent was
 * cleared on stopping still has its old time, hence the second test.
 */
const consentInForce = (row: { consentedAt: Date | null; unsubscribedAt: Date | null } | undefined) =>
  Boolean(row?.consentedAt) && !row?.unsubscribedAt;

export interface SubscriptionActionsDeps {
  db: DbOrTx;
  renderer: Pick<TemplateRenderer, 't'>;
  /** A commune's name from the LGSP's catalogue (PROVINCE_CODE); null when unknown or the catalogue is unreachable. */
  communeName(code: string): Promise<string | null>;
}

/** The conversation actions of the subscriptions flow (names `announcements.*`), for `createActionRegistry`. */
export function createSubscriptionActions(deps: SubscriptionActionsDeps): ActionDefinition<z.ZodType>[] {
  const textsOf = (ctx: ActionContext) => ctx.texts ?? deps.renderer;
  const subscriptionOf = async (citizenId: string) =>
    (
      await deps.db.select().from(announcementSubscriptions).where(eq(announcementSubscriptions.citizenId, citizenId))
    )[0];
  /** The commune the citizen chose (its catalogue code), if any. */
  const communeCodeOf = async (citizenId: string) =>
    (await deps.db.select({ code: citizens.communeCode }).from(citizens).where(eq(citizens.zaloUserId, citizenId)))[0]
      ?.code ?? null;
  /** "yes" after "hủy đăng ký", as the flows read it. */
  const stoppedOf = (row: { unsubscribedAt: Date | null } | undefined) => (row?.unsubscribedAt ? 'yes' : 'no');

  const list = defineAction({
    name: 'announcements.subscriptions.list',
    description:
      "The topics and the citizen's choice: value.lines (one per topic, ✓ when subscribed), value.items ({code, title}: one button per topic, tapping toggles it), value.subscribed (count), value.stopped (after 'hủy đăng ký'), value.commune (its name; 'chưa chọn' when none is chosen; empty when the catalogue is unreachable). Effects are written when the turn commits, so a change made earlier in the same turn is passed in: op and topic (toggle's value), commune (commune.set's name). not_found: no topic is configured.",
    kind: 'read',
    args: z.object({
      op: z.enum(['add', 'remove']).optional(),
      topic: z.string().max(64).optional(),
      commune: z.string().max(200).optional(),
    }),
    async run(pending, ctx) {
      const topics = await listTopics(deps.db);
      if (topics.length === 0) return { status: 'not_found' };
      const row = await subscriptionOf(ctx.citizenId);
      const chosen = new Set(row?.unsubscribedAt ? [] : (row?.topics ?? []));
      if (pending.topic && pending.op === 'add') {
        if (row?.unsubscribedAt) chosen.clear();
        chosen.add(pending.topic);
      }
      if (pending.topic && pending.op === 'remove') chosen.delete(pending.topic);
      const texts = textsOf(ctx);
      const items = topics.map((topic) => {
        const label = labelOf(topic, ctx.language);
        const on = chosen.has(topic.code);
        return {
          code: topic.code,
          title: on ? `✓ ${label}` : label,
          line: texts.t(`announcements:subscriptions.${on ? 'line_on' : 'line_off'}`, ctx.language, { label }),
        };
      });
      const communeCode = await communeCodeOf(ctx.citizenId);
      // No commune yet: said so rather than left blank (the catalogue unreachable leaves the name empty).
      const commune =
        pending.commune ||
        (communeCode
          ? ((await deps.communeName(communeCode)) ?? '')
          : texts.t('announcements:subscriptions.commune_none', ctx.language));
      return {
        status: 'ok',
        value: {
          lines: items.map((item) => item.line).join('\n'),
          items: items.map(({ code, title }) => ({ code, title })),
          subscribed: items.filter((item) => chosen.has(item.code)).length,
          stopped: stoppedOf(row),
          commune,
        },
      };
    },
  });

  const toggle = defineAction({
    name: 'announcements.subscription.toggle',
    description:
      "Subscribes to a topic, or unsubscribes when subscribed; value.result is subscribed, unsubscribed, or consent_needed (no consent in force: the first subscription, or the first after 'hủy đăng ký'; ask, then call again with consent 'yes'; value.stopped is yes after 'hủy đăng ký'); value.label. not_found: no such topic.",
    kind: 'write',
    args: z.object({ topic: z.string().trim().min(1).max(64), consent: z.enum(['yes', 'no']).optional() }),
    async run({ topic: code, consent }, ctx) {
      const topic = (await listTopics(deps.db)).find((t) => t.code === code);
      if (!topic) return { status: 'not_found' };
      const label = labelOf(topic, ctx.language);
      const row = await subscriptionOf(ctx.citizenId);
      if (row && !row.unsubscribedAt && row.topics.includes(code)) {
        return {
          status: 'ok',
          value: { result: 'unsubscribed', label, op: 'remove', topic: code },
          effects: [{ type: SUBSCRIPTION_EFFECT, payload: { op: 'remove', topic: code } }],
        };
      }
      // Topics a citizen chose are personal data: kept only with their recorded consent (Law 91/2025).
      const consented = consentInForce(row);
      if (!consented && consent !== 'yes') {
        return {
          status: 'ok',
          value: { result: 'consent_needed', label, stopped: stoppedOf(row) },
        };
      }
      const consentText = consented ? undefined : textsOf(ctx).t('announcements:subscriptions.consent', ctx.language);
      return {
        status: 'ok',
        value: { result: 'subscribed', label, op: 'add', topic: code },
        effects: [
          { type: SUBSCRIPTION_EFFECT, payload: { op: 'add', topic: code, ...(consentText ? { consentText } : {}) } },
        ],
      };
    },
  });

  const stop = defineAction({
    name: 'announcements.subscriptions.stop',
    description:
      "'hủy đăng ký': no more announcements (urgent ones included) and the topics forgotten; value.result is stopped or already (nothing to stop).",
    kind: 'write',
    args: z.object({}),
    async run(_args, ctx) {
      const row = await subscriptionOf(ctx.citizenId);
      if (row?.unsubscribedAt) return { status: 'ok', value: { result: 'already' } };
      return {
        status: 'ok',
        value: { result: 'stopped' },
        effects: [{ type: SUBSCRIPTION_EFFECT, payload: { op: 'stop' } }],
      };
    },
  });

  const setCommune = defineAction({
    name: 'announcements.commune.set',
    description:
      "Sets the citizen's commune (announcements for it, {{commune}} in their text) from a code of the catalogue, e.g. feedback.place's communeCode; value.result is set, or consent_needed (no consent in force: none yet, or withdrawn by 'hủy đăng ký'; ask, then call again with consent 'yes'; value.stopped is yes after 'hủy đăng ký'); value.name. invalid: no code; not_found: not a commune of the province.",
    kind: 'write',
    args: z.object({ code: z.string().trim().max(16).optional(), consent: z.enum(['yes', 'no']).optional() }),
    async run({ code, consent }, ctx) {
      if (!code) return { status: 'invalid' };
      const name = await deps.communeName(code);
      if (!name) return { status: 'not_found' };
      // Where a citizen lives is personal data: kept only with their recorded consent (Law 91/2025), as topics are.
      const row = await subscriptionOf(ctx.citizenId);
      const consented = consentInForce(row);
      if (!consented && consent !== 'yes') {
        return { status: 'ok', value: { result: 'consent_needed', name, stopped: stoppedOf(row) } };
      }
      const consentText = consented ? undefined : textsOf(ctx).t('announcements:subscriptions.consent', ctx.language);
      return {
        status: 'ok',
        value: { result: 'set', name },
        effects: [{ type: COMMUNE_EFFECT, payload: { code, ...(consentText ? { consentText } : {}) } }],
      };
    },
  });

  const state = defineAction({
    name: 'announcements.subscriptions.state',
    description:
      "What the citizen receives, to choose what to say: value.topics (how many topics are configured), value.subscribed (how many the citizen holds), value.stopped (yes after 'hủy đăng ký'), value.commune (its name; empty when none is chosen or the catalogue is unreachable).",
    kind: 'read',
    args: z.object({}),
    async run(_args, ctx) {
      const [topics, row, communeCode] = await Promise.all([
        listTopics(deps.db),
        subscriptionOf(ctx.citizenId),
        communeCodeOf(ctx.citizenId),
      ]);
      const stopped = Boolean(row?.unsubscribedAt);
      const listed = new Set(topics.map((topic) => topic.code));
      return {
        status: 'ok',
        value: {
          topics: topics.length,
          subscribed: stopped ? 0 : (row?.topics ?? []).filter((code) => listed.has(code)).length,
          stopped: stoppedOf(row),
          commune: communeCode ? ((await deps.communeName(communeCode)) ?? '') : '',
        },
      };
    },
  });

  const resume = defineAction({
    name: 'announcements.subscriptions.resume',
    description:
      "Announcements again after 'hủy đăng ký' (the province's, urgent ones included), with no topic and no commune: choosing either asks for consent afresh. value.result is resumed, or not_stopped (nothing to resume).",
    kind: 'write',
    args: z.object({}),
    async run(_args, ctx) {
      const row = await subscriptionOf(ctx.citizenId);
      if (!row?.unsubscribedAt) return { status: 'ok', value: { result: 'not_stopped' } };
      return {
        status: 'ok',
        value: { result: 'resumed' },
        effects: [{ type: SUBSCRIPTION_EFFECT, payload: { op: 'resume' } }],
      };
    },
  });

  return [list, toggle, stop, setCommune, state, resume];
}

/** The effects of the subscription actions, performed in the turn's transaction. */
export function createSubscriptionEffects(): EffectDefinition<z.ZodType>[] {
  const s = announcementSubscriptions;
  return [
    defineEffect({
      type: SUBSCRIPTION_EFFECT,
      payload: subscriptionPayloadSchema,
      async perform(payload, ctx) {
        if (payload.op === 'stop') {
          // Consent withdrawn: the commune kept for announcements goes with the topics.
          await ctx.tx
            .update(citizens)
            .set({ communeCode: null, updatedAt: sql`now()` })
            .where(eq(citizens.zaloUserId, ctx.citizenId));
          // The consent goes too: a topic or a commune chosen later asks for it again.
          const withdrawn = { topics: [], unsubscribedAt: ctx.now, consentedAt: null, consentText: null };
          await ctx.tx
            .insert(s)
            .values({ citizenId: ctx.citizenId, ...withdrawn })
            .onConflictDoUpdate({ target: s.citizenId, set: { ...withdrawn, updatedAt: sql`now()` } });
          return;
        }
        if (payload.op === 'resume') {
          // Nothing chosen comes back, nor a consent recorded before the stop (a row stopped before it was cleared).
          await ctx.tx
            .update(s)
            .set({ unsubscribedAt: null, topics: [], consentedAt: null, consentText: null, updatedAt: sql`now()` })
            .where(eq(s.citizenId, ctx.citizenId));
          return;
        }
        if (payload.op === 'remove') {
          await ctx.tx
            .update(s)
            .set({ topics: sql`array_remove(${s.topics}, ${payload.topic})`, updatedAt: sql`now()` })
            .where(eq(s.citizenId, ctx.citizenId));
          return;
        }
        // Subscribing again after "hủy đăng ký" starts afresh with this topic (and the consent just given).
        const consent = payload.consentText ? { consentedAt: ctx.now, consentText: payload.consentText } : {};
        await ctx.tx
          .insert(s)
          .values({ citizenId: ctx.citizenId, topics: [payload.topic], ...consent })
          .onConflictDoUpdate({
            target: s.citizenId,
            set: {
              topics: sql`case when ${s.unsubscribedAt} is not null then array[${payload.topic}]::text[]
                when ${payload.topic} = any(${s.topics}) then ${s.topics}
                else array_append(${s.topics}, ${payload.topic}) end`,
              unsubscribedAt: null,
              ...consent,
              updatedAt: sql`now()`,
            },
          });
      },
    }),
    defineEffect({
      type: COMMUNE_EFFECT,
      payload: z.object({ code: z.string().min(1).max(16), consentText: z.string().max(2000).optional() }),
      async perform(payload, ctx) {
        await ctx.tx
          .update(citizens)
          .set({ communeCode: payload.code, updatedAt: sql`now()` })
          .where(eq(citizens.zaloUserId, ctx.citizenId));
        // Naming one's commune asks for its announcements: after "hủy đăng ký" they come again.
        const consent = payload.consentText ? { consentedAt: ctx.now, consentText: payload.consentText } : {};
        await ctx.tx
          .insert(s)
          .values({ citizenId: ctx.citizenId, topics: [], ...consent })
          .onConflictDoUpdate({
            target: s.citizenId,
            set: { unsubscribedAt: null, ...consent, updatedAt: sql`now()` },
          });
      },
    }),
  ];
}
