import { z } from 'zod';
import {
  findActiveOutage,
  provinceSettingsOverridesSchema,
  provinceSettingsSchema,
  type ProvinceSettingsSource,
} from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import { withAudit } from './audit.js';

export interface SettingsApiDeps {
  db: Db;
  settings: ProvinceSettingsSource;
  clock: () => Date;
}

const route = apiRoutes<SettingsApiDeps>();

const provinceSettingsViewSchema = z
  .object({
    settings: provinceSettingsSchema.meta({ description: 'In effect: the configuration under what admins changed' }),
    outageActive: z.boolean().meta({
      description: 'Whether the outage notice is in effect now (citizens are told it once a conversation and day)',
    }),
    changed: provinceSettingsOverridesSchema.meta({
      description: 'What admins changed; every other field comes from the configuration (PROVINCE_*, OFFICE_HOURS…)',
    }),
  })
  .meta({ id: 'ProvinceSettingsView' });

function view(settings: ProvinceSettingsSource, now: Date) {
  const current = settings.current();
  return { settings: current, outageActive: findActiveOutage(current, now) !== null, changed: settings.overrides() };
}

/** The province's settings that every template and the office hours read: what citizens are told about the province. */
const settingsRoutes = {
  prefix: '/settings',
  tag: {
    name: 'Settings',
    description:
      "The province's name, hotline, one-stop-shop address, portal, form of address, office hours, holidays, outage notice, units handoffs go to",
  },
  routes: [
    route({
      method: 'get',
      path: '/province',
      operationId: 'getProvinceSettings',
      summary: "Read the province's settings",
      access: 'signed-in',
      response: provinceSettingsViewSchema,
      handler: (_input, ctx) => Promise.resolve(view(ctx.settings, ctx.clock())),
    }),
    route({
      method: 'put',
      path: '/province',
      operationId: 'changeProvinceSettings',
      summary: "Change the province's settings",
      description:
        'Replaces what admins changed: a field sent overrides the configuration, a field left out returns to it (send `{}` to undo every change). Every process uses the new settings within seconds: templates (`{{province.hotline}}`…), office hours and holidays told to citizens handed to an official. Audited as `settings.province.change` with the before and after values.',
      access: { permission: 'settings.manage' },
      body: provinceSettingsOverridesSchema,
      response: provinceSettingsViewSchema,
      async handler({ body, req, res }, ctx) {
        const before = ctx.settings.overrides();
        await withAudit(ctx.db, auditContextOf(req, res, ctx.clock()), async (tx) => {
          await ctx.settings.save(tx, body, getAdminPrincipal(res).accountId);
          return {
            result: undefined,
            audit: {
              action: 'settings.province.change',
              target: { type: 'settings', id: 'province' },
              before,
              after: body,
            },
          };
        });
        await ctx.settings.refresh();
        return view(ctx.settings, ctx.clock());
      },
    }),
  ],
};

/** The settings routes as an admin API module, under `/api/admin/settings`. */
export const settingsApi = defineApiModule([settingsRoutes], (deps: SettingsApiDeps) => deps);
