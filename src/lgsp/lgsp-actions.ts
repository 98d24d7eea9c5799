import { z } from 'zod';
import {
  defineAction,
  parseDossierCode,
  parsePhone,
  type ActionDefinition,
  type ActionOutcome,
  type TemplateRenderer,
} from '../conversation/index.js';
import type { DossierFollowStore } from './dossier-follow-store.js';
import { convertDossierToView } from './dossier-view.js';
import type { LgspServices } from './lgsp-services.js';
import { FINISHED_DOSSIER_STATUSES, isDossierOverdue } from './model.js';

/** Where an online application starts when a procedure has no link of its own: the national public service portal. */
const NATIONAL_PORTAL_URL = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';

export interface LgspActionsDeps {
  services: Pick<LgspServices, 'dossiers' | 'procedures' | 'businesses'>;
  renderer: Pick<TemplateRenderer, 't'>;
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

const UNAVAILABLE: ActionOutcome = { status: 'unavailable' };
const NOT_FOUND: ActionOutcome = { status: 'not_found' };

/** The conversation actions of the LGSP module (names `lgsp.*`), for `createActionRegistry`. */
export function createLgspActions(deps: LgspActionsDeps): ActionDefinition<z.ZodType>[] {
  const { services, renderer } = deps;
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
    args: z.object({ code: dossierCode }),
    async run({ code }, ctx) {
      const result = await services.dossiers.get(code);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      return { status: 'ok', value: { ...convertDossierToView(result.value, ctx.language, renderer, ctx.now) } };
    },
  });

  const listByPhone = defineAction({
    name: 'lgsp.dossier.list_by_phone',
    description:
      'Lists the dossiers filed under the phone number the citizen shared through Zalo (a contact answer); never pass a typed number.',
    args: z.object({ phone: z.string() }),
    async run({ phone }, ctx) {
      const normalized = parsePhone(phone);
      if (normalized === null) return { status: 'invalid', reason: 'phone' };
      const result = await services.dossiers.listByPhone(normalized);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const dossiers = [...result.value].sort((a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? ''));
      const lines = dossiers.map((d) =>
        renderer.t('lgsp:my_dossiers.item', ctx.language, {
          code: d.code,
          procedureName: d.procedureName,
          statusLabel: renderer.t(`lgsp:status.${d.status}`, ctx.language),
          overdueMark: isDossierOverdue(d, ctx.now) ? renderer.t('lgsp:my_dossiers.overdue_mark', ctx.language) : '',
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
    args: z.object({ code: dossierCode }),
    async run({ code }, ctx) {
      const result = await services.dossiers.get(code);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const dossier = result.value;
      if (FINISHED_DOSSIER_STATUSES.includes(dossier.status)) {
        return { status: 'ok', value: { result: 'finished', code: dossier.code } };
      }
      const now = ctx.now;
      const outcome = await deps.follows.follow({
        citizenId: ctx.citizenId,
        dossierCode: dossier.code,
        language: ctx.language,
        status: dossier.status,
        now,
        expiresAt: new Date(now.getTime() + deps.follow.maxDays * 86_400_000),
        firstCheckAt: new Date(now.getTime() + deps.follow.intervalMinutes * 60_000),
        maxActive: deps.follow.maxPerCitizen ?? 10,
      });
      return { status: 'ok', value: { result: outcome, code: dossier.code } };
    },
  });

  const searchProcedures = defineAction({
    name: 'lgsp.procedure.search',
    description: 'Searches procedures by words; value.items (at most 5) carry code and name for buttons.',
    args: z.object({ words: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(5).optional() }),
    async run({ words, limit }) {
      const result = await services.procedures.search(words, limit ?? 5);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const items = result.value.items.slice(0, 5).map((p) => ({ code: p.code, name: p.name }));
      return { status: 'ok', value: { total: result.value.total, shown: items.length, items } };
    },
  });

  const getProcedure = defineAction({
    name: 'lgsp.procedure.get',
    description: 'Details of one procedure: where, how long, fees, documents and the online submission link.',
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
            .map((document) => renderer.t('lgsp:procedure.document_line', ctx.language, { document }))
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
    args: z.object({ taxCode: z.string().min(1).max(20) }),
    async run({ taxCode }, ctx) {
      const result = await services.businesses.get(taxCode);
      if (result.status !== 'ok') return result.status === 'not_found' ? NOT_FOUND : UNAVAILABLE;
      const b = result.value;
      const representative = b.representatives
        .map((r) =>
          r.position
            ? renderer.t('lgsp:business.representative', ctx.language, { name: r.name, position: r.position })
            : renderer.t('lgsp:business.representative_without_position', ctx.language, { name: r.name }),
        )
        .join(renderer.t('lgsp:business.representative_separator', ctx.language));
      return {
        status: 'ok',
        value: {
          name: b.name,
          taxCode: b.taxCode,
          address: b.address,
          status: b.status,
          representative: representative || renderer.t('lgsp:business.no_representative', ctx.language),
        },
      };
    },
  });

  return [getDossier, listByPhone, follow, searchProcedures, getProcedure, getBusiness];
}
