import { z } from 'zod';
import {
  findActiveOutage,
  provinceSettingsOverridesSchema,
  provinceSettingsSchema,
  type ProvinceSettingsSource,
} from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import { count, inArray } from 'drizzle-orm';
import { routingStore } from '../feedback/index.js';
import type { Db, DbOrTx } from '../platform/db.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import { withAudit } from './audit.js';
import { AdminErrors } from './errors.js';
import { adminAccounts } from './schema.js';

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

/**
 * A unit leaves the catalogue only when nothing points at it any more: feedback routing rules and accounts name units
 * by code, and a rule or an official left on a unit that no longer exists would route tickets nowhere. 409 naming each
 * unit and its uses otherwise.
 */
async function assertRemovedUnitsUnused(
  tx: DbOrTx,
  current: readonly { code: string }[],
  next: readonly { code: string }[],
): Promise<void> {
  const kept = new Set(next.map((unit) => unit.code));
  const removed = current.map((unit) => unit.code).filter((code) => !kept.has(code));
  if (removed.length === 0) return;
  const rules = await routingStore.countRulesByUnit(tx, removed);
  const accounts = await tx
    .select({ unitCode: adminAccounts.unitCode, n: count() })
    .from(adminAccounts)
    .where(inArray(adminAccounts.unitCode, removed))
    .groupBy(adminAccounts.unitCode);
  const accountsByUnit = new Map(accounts.map((row) => [row.unitCode, row.n]));
  const used = removed
    .map((code) => ({ code, routingRules: rules.get(code) ?? 0, accounts: accountsByUnit.get(code) ?? 0 }))
    .filter((use) => use.routingRules > 0 || use.accounts > 0);
  if (used.length > 0) throw AdminErrors.unitInUse(used);
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
      errors: {
        409: '`SETTINGS_UNIT_IN_USE`: a unit removed from `units` is still named by feedback routing rules or accounts (`errors.units`: each with its routing rules and accounts)',
      },
      async handler({ body, req, res }, ctx) {
        const before = ctx.settings.overrides();
        await withAudit(ctx.db, auditContextOf(req, res, ctx.clock()), async (tx) => {
          await assertRemovedUnitsUnused(
            tx,
            ctx.settings.current().units ?? [],
            body.units ?? ctx.settings.base().units ?? [],
          );
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
