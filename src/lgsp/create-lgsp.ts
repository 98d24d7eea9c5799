import type { Logger } from '../platform/logger.js';
import type { Redis } from '../platform/redis.js';
import { createLgspCache } from './lgsp-cache.js';
import { createLgspClient, type LgspClient, type LgspClientConfig, type LgspResilienceOptions } from './lgsp-client.js';
import type { LgspMetrics } from './lgsp-metrics.js';
import { createLgspServices, type LgspCacheTtls, type LgspServices } from './lgsp-services.js';
import { loadProfile, type Profile } from './profile.js';

export interface LgspDeps {
  /** `config.lgsp` (its `profile` names a shipped profile or a file). */
  config: LgspClientConfig & { profile: string };
  /** A `command` Redis client (keys carry the deployment prefix). */
  redis: Redis;
  logger: Logger;
  metrics?: LgspMetrics;
  clock?: () => Date;
  /** Overrides `config.profile` (tests). */
  profile?: Profile;
  resilience?: LgspResilienceOptions;
  ttls?: Partial<LgspCacheTtls>;
}

export interface Lgsp extends LgspServices {
  client: LgspClient;
  profile: Profile;
}

/** Loads the mapping profile and builds the client, cache and services: what main.ts needs in one call. */
export async function createLgsp(deps: LgspDeps): Promise<Lgsp> {
  const profile = deps.profile ?? (await loadProfile(deps.config.profile));
  const client = createLgspClient({
    config: deps.config,
    profile,
    logger: deps.logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.resilience ? { resilience: deps.resilience } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const cache = createLgspCache({
    redis: deps.redis,
    logger: deps.logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const services = createLgspServices({
    client,
    cache,
    logger: deps.logger,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.ttls ? { ttls: deps.ttls } : {}),
  });
  return { ...services, client, profile };
}

/** The `/readyz` entry for the LGSP: never critical (the bot tells citizens the LGSP is down); reports each breaker. */
export function createLgspReadinessCheck(lgsp: Pick<Lgsp, 'health'>): {
  name: string;
  critical: boolean;
  check(): Promise<{ ok: boolean; details: Record<string, unknown> }>;
} {
  return {
    name: 'lgsp',
    critical: false,
    check: () => {
      const health = lgsp.health();
      return Promise.resolve({ ok: health.ok, details: { services: health.services } });
    },
  };
}
