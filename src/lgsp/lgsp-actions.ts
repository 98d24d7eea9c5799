import { z } from 'zod';
import {
  CITIZEN_LEFT_EFFECT,
  defineAction,
  defineEffect,
  languageSchema,
  parsePhone,
  type ActionContext,
  type ActionDefinition,
  type ActionOutcome,
  type EffectDefinition,
  type TemplateRenderer,
} from '../conversation/index.js';
import { DEFAULT_LANGUAGE } from '../kernel/index.js';
import { parseDossierCode } from './parse-codes.js';
import { createDossierFollowStore, type DossierFollowStore } from './dossier-follow-store.js';
import { convertBusinessToView } from './business-view.js';
import { convertDossierToView } from './dossier-view.js';
import type { LgspServices } from './lgsp-services.js';
import { FINISHED_DOSSIER_STATUSES, isDossierOverdue } from './model.js';
import type { ProcedureCatalogue } from './procedure-catalogue.js';
import type { ProcedureSearchWords } from './procedure-ranking.js';

/** The admins' word lists of the procedure search (templates/<lang>/words.json), every language together. */
export const PROCEDURE_SEARCH_WORD_LISTS = {
  synonyms: 'words:procedure_search.synonyms',
  filler: 'words:procedure_search.filler',
  variations: 'words:procedure_search.variations',
} as const;

/** Where an online application starts when a procedure has no link of its own: the national public service portal. */
const NATIONAL_PORTAL_URL = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';

export interface LgspActionsDeps {
  services: Pick<LgspServices, 'dossiers' | 'procedures' | 'businesses'>;
  /** The local procedure catalogue the search ranks (the LGSP's own search when there is none). */
  catalogue: Pick<ProcedureCatalogue, 'search'>;
  renderer: Pick<TemplateRenderer, 't' | 'wordList' | 'languages'>;
  follows: DossierFollowStore;
  follow: {
    /** Days a follow lasts before it stops by itself. */
    maxDays: number;
    /** Minutes before the first check. */
    intervalMinutes: number;
    /** Dossiers one citizen may follow at once. Default 10. */
    maxPerCitizen?: number;
  };
}

/** The effect of `lgsp.dossier.follow`: the follow row, written with the turn. */
export const DOSSIER_FOLLOW_EFFECT = 'lgsp.dossier.follow';
/** The effect of `lgsp.dossier.unfollow`: the citizen's follow of one dossier stops, with the turn. */
export const DOSSIER_UNFOLLOW_EFFECT = 'lgsp.dossier.unfollow';
const DEFAULT_MAX_FOLLOWS_PER_CITIZEN = 10;

const followPayloadSchema = z.object({
  dossierCode: z.string().min(1).max(64),
  language: languageSchema,
  status: z.string().min(1),
  expiresAt: z.iso.datetime(),
  firstCheckAt: z.iso.datetime(),
});

const UNAVAILABLE: ActionOutcome = { status: 'unavailable' };
const NOT_FOUND: ActionOutcome = { status: 'not_found' };

/**
 * The word lists of the procedure search in `texts` (a conversation's release: what admins published), every language
 * together: a citizen writing in English may still type Vietnamese words, and the catalogue is Vietnamese.
 */
export function procedureSearchWordsOf(texts: Pick<TemplateRenderer, 'wordList' | 'languages'>): ProcedureSearchWords {
  const all = (key: string) => texts.languages().flatMap((language) => texts.wordList(key, language) ?? []);
  // The catalogue is Vietnamese: the other languages' fillers are no Vietnamese words typed without marks.
  const of = (key: string, catalogue: boolean) =>
    texts
      .languages()
      .filter((language) => (language === DEFAULT_LANGUAGE) === catalogue)
      .flatMap((language) => texts.wordList(key, language) ?? []);
  return {
    synonyms: all(PROCEDURE_SEARCH_WORD_LISTS.synonyms),
    filler: of(PROCEDURE_SEARCH_WORD_LISTS.filler, true),
    otherLanguageFiller: of(PROCEDURE_SEARCH_WORD_LISTS.filler, false),
    variations: all(PROCEDURE_SEARCH_WORD_LISTS.variations),
  };
}

/** The conversation actions of the LGSP module (names `lgsp.*`), for `createActionRegistry`. */
export function createLgspActions(deps: LgspActionsDeps): ActionDefinition<z.ZodType>[] {
  const { services } = deps;
  // The texts of the conversation's release when the engine runs the action; the module's renderer otherwise.
  const textsOf = (ctx: ActionContext) => ctx.texts ?? deps.renderer;
  const dossierCode = z.string().transform((value, ctx) => {
    const code = parseDossierCode(value);
    if (code === null) {
      ctx.addIssue({ code: 'custom', message: 'not a dossier code' });
      return z.NEVER;
    }
    return code;
  });

  const getDossier = defineAction({
    name: 'lgsp.dossier.get',
    description:
      'Looks a dossier up by its code; the value holds what a citizen may see (owner masked, no contact details).',
    kind: 'read',
    args: z.object({ code: dossierCode }),
    async run({ code }, ctx) {
      const result = await services.dossiers.get(code);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      // Whether the citizen already follows it: the answer then offers to stop, not to follow again.
      const followed = (await deps.follows.listActive(ctx.citizenId)).some((f) => f.dossierCode === result.value.code);
      return {
        status: 'ok',
        value: { ...convertDossierToView(result.value, ctx.language, textsOf(ctx), ctx.now), followed },
      };
    },
  });

  const listByPhone = defineAction({
    name: 'lgsp.dossier.list_by_phone',
    description:
      'Lists the dossiers filed under the phone number the citizen shared through Zalo (a contact answer); never pass a typed number.',
    kind: 'read',
    args: z.object({ phone: z.string() }),
    async run({ phone }, ctx) {
      const normalized = parsePhone(phone);
      if (normalized === null) return { status: 'invalid', reason: 'phone' };
      const result = await services.dossiers.listByPhone(normalized);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const dossiers = [...result.value].sort((a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? ''));
      const lines = dossiers.map((d) =>
        textsOf(ctx).t('lgsp:my_dossiers.item', ctx.language, {
          code: d.code,
          procedureName: d.procedureName,
          statusLabel: textsOf(ctx).t(`lgsp:status.${d.status}`, ctx.language),
          overdueMark: isDossierOverdue(d, ctx.now)
            ? textsOf(ctx).t('lgsp:my_dossiers.overdue_mark', ctx.language)
            : '',
        }),
      );
      return {
        status: 'ok',
        value: {
          count: dossiers.length,
          lines: lines.join('\n'),
          items: dossiers.slice(0, 5).map((d) => ({ code: d.code })),
        },
      };
    },
  });

  const follow = defineAction({
    name: 'lgsp.dossier.follow',
    description:
      'Subscribes the citizen to status changes of a dossier; value.result is following, finished (nothing to follow) or limit.',
    kind: 'write',
    args: z.object({ code: dossierCode }),
    async run({ code }, ctx) {
      const result = await services.dossiers.get(code);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const dossier = result.value;
      if (FINISHED_DOSSIER_STATUSES.includes(dossier.status)) {
        return { status: 'ok', value: { result: 'finished', code: dossier.code } };
      }
      const maxActive = deps.follow.maxPerCitizen ?? DEFAULT_MAX_FOLLOWS_PER_CITIZEN;
      if ((await deps.follows.countOtherActive(ctx.citizenId, dossier.code)) >= maxActive) {
        return { status: 'ok', value: { result: 'limit', code: dossier.code } };
      }
      const now = ctx.now.getTime();
      const payload: z.input<typeof followPayloadSchema> = {
        dossierCode: dossier.code,
        language: ctx.language,
        status: dossier.status,
        expiresAt: new Date(now + deps.follow.maxDays * 86_400_000).toISOString(),
        firstCheckAt: new Date(now + deps.follow.intervalMinutes * 60_000).toISOString(),
      };
      return {
        status: 'ok',
        value: { result: 'following', code: dossier.code },
        effects: [{ type: DOSSIER_FOLLOW_EFFECT, payload }],
      };
    },
  });

  const listFollows = defineAction({
    name: 'lgsp.follows.list',
    description:
      'The dossiers the citizen follows now; value.count, value.lines (one per dossier) and value.items ({code}, up to 5).',
    kind: 'read',
    args: z.object({}),
    async run(_args, ctx) {
      const follows = await deps.follows.listActive(ctx.citizenId);
      if (follows.length === 0) return NOT_FOUND;
      const lines = follows.map((f) =>
        textsOf(ctx).t('lgsp:follows.item', ctx.language, {
          code: f.dossierCode,
          statusLabel: textsOf(ctx).t(`lgsp:status.${f.lastStatus}`, ctx.language),
          until: f.expiresAt.toISOString(),
        }),
      );
      return {
        status: 'ok',
        value: {
          count: follows.length,
          lines: lines.join('\n'),
          items: follows.slice(0, 5).map((f) => ({ code: f.dossierCode })),
        },
      };
    },
  });

  const unfollow = defineAction({
    name: 'lgsp.dossier.unfollow',
    description:
      'Stops following a dossier; value.result is stopped, or not_following when the citizen did not follow it.',
    kind: 'write',
    args: z.object({ code: dossierCode }),
    async run({ code }, ctx) {
      const following = (await deps.follows.listActive(ctx.citizenId)).some((f) => f.dossierCode === code);
      if (!following) return { status: 'ok', value: { result: 'not_following', code } };
      return {
        status: 'ok',
        value: { result: 'stopped', code },
        effects: [{ type: DOSSIER_UNFOLLOW_EFFECT, payload: { dossierCode: code } }],
      };
    },
  });

  const searchProcedures = defineAction({
    name: 'lgsp.procedure.search',
    description:
      'Searches procedures by words, best match first (the catalogue ranked; filler words score nothing); value.items (at most 5) carry code and name for buttons, value.lines names them with their code (one per line).',
    kind: 'read',
    args: z.object({ words: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(5).optional() }),
    async run({ words, limit }, ctx) {
      const result = await deps.catalogue.search(words, {
        limit: limit ?? 5,
        words: procedureSearchWordsOf(textsOf(ctx)),
      });
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const items = result.value.items.slice(0, 5).map((p) => ({ code: p.code, name: p.name }));
      // A result the buttons have no room for is named in the text with its code, which opens it typed.
      const lines = items.map((item) => textsOf(ctx).t('lgsp:procedure.result_item', ctx.language, item)).join('\n');
      // `more`: only some of the matches are shown (the answer then says how many there are in all).
      return {
        status: 'ok',
        value: {
          total: result.value.total,
          shown: items.length,
          more: result.value.total > items.length,
          items,
          lines,
        },
      };
    },
  });

  const getProcedure = defineAction({
    name: 'lgsp.procedure.get',
    description: 'Details of one procedure: where, how long, fees, documents and the online submission link.',
    kind: 'read',
    args: z.object({ code: z.string().trim().min(1).max(32) }),
    async run({ code }, ctx) {
      const result = await services.procedures.get(code);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const p = result.value;
      return {
        status: 'ok',
        value: {
          ...p,
          documentLines: p.documents
            .map((document) => textsOf(ctx).t('lgsp:procedure.document_line', ctx.language, { document }))
            .join('\n'),
          onlineUrl: p.onlineUrl ?? NATIONAL_PORTAL_URL,
        },
      };
    },
  });

  const getBusiness = defineAction({
    name: 'lgsp.business.get',
    description:
      'Looks a business up by its tax code (check digit verified): name, code, address, status, representative.',
    kind: 'read',
    args: z.object({ taxCode: z.string().min(1).max(20) }),
    async run({ taxCode }, ctx) {
      const result = await services.businesses.get(taxCode);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      return { status: 'ok', value: { ...convertBusinessToView(result.value, ctx.language, textsOf(ctx)) } };
    },
  });

  return [getDossier, listByPhone, follow, listFollows, unfollow, searchProcedures, getProcedure, getBusiness];
}

/** Performs `lgsp.dossier.follow` (the limit is checked again) and `lgsp.dossier.unfollow` in the turn's transaction. */
export function createLgspEffects(options: { maxPerCitizen?: number } = {}): EffectDefinition<z.ZodType>[] {
  return [
    defineEffect({
      type: DOSSIER_FOLLOW_EFFECT,
      payload: followPayloadSchema,
      async perform(payload, ctx) {
        const outcome = await createDossierFollowStore(ctx.tx).follow({
          citizenId: ctx.citizenId,
          dossierCode: payload.dossierCode,
          language: payload.language,
          status: payload.status,
          now: ctx.now,
          expiresAt: new Date(payload.expiresAt),
          firstCheckAt: new Date(payload.firstCheckAt),
          maxActive: options.maxPerCitizen ?? DEFAULT_MAX_FOLLOWS_PER_CITIZEN,
        });
        if (outcome === 'limit') ctx.logger.warn('follow limit reached between the turn and its commit; not followed');
      },
    }),
    defineEffect({
      type: DOSSIER_UNFOLLOW_EFFECT,
      payload: z.object({ dossierCode: z.string().min(1).max(64) }),
      async perform(payload, ctx) {
        await createDossierFollowStore(ctx.tx).stop(ctx.citizenId, payload.dossierCode, ctx.now);
      },
    }),
    defineEffect({
      type: CITIZEN_LEFT_EFFECT,
      payload: z.object({}),
      async perform(_payload, ctx) {
        // Status messages could not reach someone who left; their follows end with their subscription.
        await createDossierFollowStore(ctx.tx).stopAll(ctx.citizenId, ctx.now);
      },
    }),
  ];
}
