import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  findActiveOutage,
  provinceSettingsOverridesSchema,
  provinceSettingsSchema,
  type ProvinceSettingsSource,
} from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import { and, count, inArray, ne } from 'drizzle-orm';
import { conversationHandoffs } from '../conversation/index.js';
import { countOpenTicketsByUnit, routingStore } from '../feedback/index.js';
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
    refused: z
      .array(
        z.object({
          field: z.string(),
          issue: z.string().meta({ description: "zod's issue code" }),
          reason: z.string().optional().meta({ description: "The rule's reason when it names one" }),
        }),
      )
      .meta({
        description:
          "Stored changes the current rules refuse (a hotline saved before it had to dial), one per field: such a field reads the configuration's value until it is saved again; a warning is logged once",
      }),
  })
  .meta({ id: 'ProvinceSettingsView' });

function view(settings: ProvinceSettingsSource, now: Date) {
  const current = settings.current();
  return {
    settings: current,
    outageActive: findActiveOutage(current, now) !== null,
    changed: settings.overrides(),
    refused: settings.refused(),
  };
}

/**
 * A unit leaves the catalogue only when nothing points at it any more: feedback routing rules and accounts name units
 * by code, and a rule or an official left on a unit that no longer exists would route tickets nowhere; its open
 * tickets and live handoffs would have no one to answer them. 409 naming each unit and how many of each it still has
 * otherwise, so the admin knows what to move (and where: routing table, accounts, tickets' and handoffs' assignment).
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
  const openTickets = await countOpenTicketsByUnit(tx, removed);
  const handoffs = await tx
    .select({ unit: conversationHandoffs.unit, n: count() })
    .from(conversationHandoffs)
    .where(and(inArray(conversationHandoffs.unit, removed), ne(conversationHandoffs.status, 'closed')))
    .groupBy(conversationHandoffs.unit);
  const handoffsByUnit = new Map(handoffs.map((row) => [row.unit, row.n]));
  const used = removed
    .map((code) => ({
      code,
      routingRules: rules.get(code) ?? 0,
      accounts: accountsByUnit.get(code) ?? 0,
      openTickets: openTickets.get(code) ?? 0,
      openHandoffs: handoffsByUnit.get(code) ?? 0,
    }))
    .filter((use) => use.routingRules + use.accounts + use.openTickets + use.openHandoffs > 0);
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
        'Replaces what admins changed: a field sent overrides the configuration, a field left out returns to it (send `{}` to undo every change). Every process uses the new settings within seconds: templates (`{{province.hotline}}`…), office hours and holidays told to citizens handed to an official. Audited as `settings.province.change` with the before and after values; the settings already in force sent again change nothing and are not audited.',
      access: { permission: 'settings.manage' },
      body: provinceSettingsOverridesSchema,
      response: provinceSettingsViewSchema,
      errors: {
        409: '`SETTINGS_UNIT_IN_USE`: a unit removed from `units` is still named by feedback routing rules or accounts, or still has open feedback tickets or live handoffs (`errors.units`: each with `routingRules`, `accounts`, `openTickets`, `openHandoffs`)',
      },
      async handler({ body, req, res }, ctx) {
        const before = ctx.settings.overrides();
        // The same settings sent again change nothing: nothing to save, nothing to audit.
        if (isDeepStrictEqual(before, body)) return view(ctx.settings, ctx.clock());
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
