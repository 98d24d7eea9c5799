import { z } from 'zod';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { LgspClient } from './lgsp-client.js';
import { serviceNameSchema } from './profile.js';

export interface LgspAdminApiDeps {
  lgsp: Pick<LgspClient, 'health' | 'activity' | 'profile'>;
  /** Whether a base URL and token URL are configured (without them every call is `not_configured`). */
  configured: boolean;
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

/**
 * The LGSP's health as this server process sees it: each service's breaker and when it last answered or failed. Read
 * only; nothing personal (no parameters, no answers).
 */
export const lgspAdminApi = defineApiModule<LgspAdminApiDeps, LgspAdminApiDeps>(
  [
    {
      prefix: '/lgsp',
      tag: { name: 'LGSP', description: "The province's LGSP gateway: health of its services" },
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
      ],
    },
  ],
  (deps) => deps,
);
