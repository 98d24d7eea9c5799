import { z } from 'zod';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import type { LgspClient } from './lgsp-client.js';
import { REFRESH_OUTCOMES, type ProcedureCatalogue } from './procedure-catalogue.js';
import { serviceNameSchema } from './profile.js';

export interface LgspAdminApiDeps {
  lgsp: Pick<LgspClient, 'health' | 'activity' | 'profile'>;
  /** Whether a base URL and token URL are configured (without them every call is `not_configured`). */
  configured: boolean;
  db: Db;
  audit: RecordAdminChange;
  catalogue: Pick<ProcedureCatalogue, 'state'>;
  /** Queues a refresh of the procedure catalogue now (a worker runs it; one waiting request at a time). */
  requestCatalogueRefresh(): Promise<void>;
  /** Hours between two scheduled refreshes (`LGSP_CATALOGUE_REFRESH_HOURS`). */
  catalogueRefreshHours: number;
}

const route = apiRoutes<LgspAdminApiDeps>();

const breakerStateSchema = z.enum(['closed', 'half_open', 'open', 'isolated']);
const serviceHealthSchema = z.object({
  service: serviceNameSchema,
  breaker: breakerStateSchema.meta({
    description:
      '`closed`: calls go through; `open`: the service failed repeatedly and calls are not tried for a while',
  }),
  answeredAt: z.iso.datetime().nullable().meta({ description: 'When the service last answered this process' }),
  failedAt: z.iso.datetime().nullable().meta({ description: 'When a call to it last failed in this process' }),
  failure: z.string().nullable().meta({ description: 'Why it last failed (`timeout`, `server_error`, …), no details' }),
});
const healthSchema = z
  .object({
    ok: z.boolean().meta({ description: 'False when any breaker is open' }),
    configured: z.boolean(),
    profile: z.string().meta({ description: "The mapping profile's name" }),
    services: z.array(serviceHealthSchema),
  })
  .meta({ id: 'LgspHealth' });

const catalogueStateSchema = z
  .object({
    procedureCount: z.number().int().meta({ description: 'Procedures in our copy (0: none yet)' }),
    syncedAt: z.iso.datetime().nullable().meta({ description: 'When our copy was last replaced by a full read' }),
    attemptedAt: z.iso.datetime().nullable().meta({ description: 'When a refresh was last tried' }),
    lastOutcome: z.enum(REFRESH_OUTCOMES).nullable().meta({
      description:
        'How the last refresh went: `ok`; the copy kept because the LGSP was `unavailable`, answered something that did not fit (`invalid`), listed nothing (`empty`) or fewer than half the procedures we have (`shrunk`)',
    }),
    refreshEveryHours: z.number().meta({ description: 'Hours between two scheduled refreshes' }),
  })
  .meta({ id: 'ProcedureCatalogueState' });

const iso = (date: Date | null) => date?.toISOString() ?? null;
const outcomeSchema = catalogueStateSchema.shape.lastOutcome;

/**
 * The LGSP's health as this server process sees it: each service's breaker and when it last answered or failed. Read
 * only; nothing personal (no parameters, no answers).
 */
export const lgspAdminApi = defineApiModule<LgspAdminApiDeps, LgspAdminApiDeps>(
  [
    {
      prefix: '/lgsp',
      tag: {
        name: 'LGSP',
        description: "The province's LGSP gateway: health of its services, our copy of its procedure catalogue",
      },
      routes: [
        route({
          method: 'get',
          path: '/health',
          operationId: 'getLgspHealth',
          summary: "The LGSP services' health",
          description:
            "Each service of the mapping profile with its circuit breaker and when it last answered or failed, as the process answering sees them (in memory since it started: another process's may differ).",
          access: { permission: 'settings.manage' },
          response: healthSchema,
          handler: async (_input, { lgsp, configured }) => {
            const health = lgsp.health();
            const activity = lgsp.activity();
            const services = Object.entries(health.services).map(([name, breaker]) => {
              const service = serviceNameSchema.parse(name);
              const seen = activity[service];
              return {
                service,
                breaker,
                answeredAt: seen?.answeredAt?.toISOString() ?? null,
                failedAt: seen?.failedAt?.toISOString() ?? null,
                failure: seen?.failure ?? null,
              };
            });
            return { ok: health.ok, configured, profile: lgsp.profile.name, services };
          },
        }),
        route({
          method: 'get',
          path: '/catalogue',
          operationId: 'getProcedureCatalogueState',
          summary: 'Our copy of the procedure catalogue',
          description:
            "How many procedures the citizens' search ranks, when the copy was last read in full from the LGSP and how the last refresh went (a failed refresh keeps the last good copy).",
          access: { permission: 'settings.manage' },
          response: catalogueStateSchema,
          handler: async (_input, { catalogue, catalogueRefreshHours }) => {
            const state = await catalogue.state();
            const outcome = outcomeSchema.safeParse(state.lastOutcome);
            return {
              procedureCount: state.procedureCount,
              syncedAt: iso(state.syncedAt),
              attemptedAt: iso(state.attemptedAt),
              lastOutcome: outcome.success ? outcome.data : null,
              refreshEveryHours: catalogueRefreshHours,
            };
          },
        }),
        route({
          method: 'post',
          path: '/catalogue/refresh',
          operationId: 'refreshProcedureCatalogue',
          summary: 'Refresh the procedure catalogue from the LGSP now',
          description:
            'Queues a full read of the catalogue for a worker (asked twice while one waits, it runs once); read `GET /lgsp/catalogue` for the result. Audited as `lgsp.catalogue.refresh`.',
          access: { permission: 'settings.manage' },
          status: 202,
          response: z.object({ queued: z.literal(true) }),
          async handler({ req, res }, { db, audit, requestCatalogueRefresh }) {
            await db.transaction((tx) =>
              audit(tx, req, res, {
                action: 'lgsp.catalogue.refresh',
                target: { type: 'lgsp_catalogue', id: 'procedures' },
              }),
            );
            await requestCatalogueRefresh();
            return { queued: true as const };
          },
        }),
      ],
    },
  ],
  (deps) => deps,
);
