import express from 'express';
import {
  createLgsp,
  getShippedProfile,
  type Lgsp,
  type LgspMetrics,
  type LgspResilienceOptions,
  type Profile,
} from '../../../src/lgsp/index.js';
import { createLgspSimulator, type LgspSimulator } from '../../../src/sandbox/lgsp/index.js';
import type { Logger } from '../../../src/platform/logger.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

export const CONSUMER = { key: 'test-consumer-key', secret: 'test-consumer-secret' };
export const ACCESS = { accessKey: 'ak-1', secretKey: 'sk-1', appName: 'zalo-egov', partnerCode: 'BNH' };

export interface Harness {
  simulator: LgspSimulator;
  server: RunningServer;
  redis: TestRedis;
  lgsp: Lgsp;
  /** A second client against the same simulator (fresh token cache and breakers, same Redis). */
  newLgsp(options?: {
    resilience?: LgspResilienceOptions;
    logger?: Logger;
    timeoutMs?: number;
    consumerSecret?: string;
    metrics?: LgspMetrics;
  }): Promise<Lgsp>;
  close(): Promise<void>;
}

/** The simulator on a real loopback port, speaking `profileName`, and an LGSP client pointed at it. */
export async function startHarness(
  options: {
    profileName?: string;
    resilience?: LgspResilienceOptions;
    logger?: Logger;
    timeoutMs?: number;
    clock?: () => Date;
  } = {},
): Promise<Harness> {
  const profile: Profile = getShippedProfile(options.profileName ?? 'reference');
  const simulator = createLgspSimulator({
    consumerKey: CONSUMER.key,
    consumerSecret: CONSUMER.secret,
    logger: testLogger(),
    profile,
    accessToken: ACCESS,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const app = express();
  app.use('/sandbox/lgsp', simulator.router);
  const server = await listen(app);
  const redis = await createTestRedis();
  const make = (
    o: {
      resilience?: LgspResilienceOptions;
      logger?: Logger;
      timeoutMs?: number;
      consumerSecret?: string;
      metrics?: LgspMetrics;
    } = {},
  ) =>
    createLgsp({
      config: {
        baseUrl: `${server.url}/sandbox/lgsp`,
        tokenUrl: `${server.url}/sandbox/lgsp/token`,
        consumerKey: CONSUMER.key,
        consumerSecret: o.consumerSecret ?? CONSUMER.secret,
        ...ACCESS,
        profile: profile.name,
        timeoutMs: o.timeoutMs ?? options.timeoutMs ?? 2000,
      },
      redis: redis.redis,
      logger: o.logger ?? options.logger ?? testLogger(),
      profile,
      resilience: o.resilience ?? options.resilience ?? { retryInitialDelayMs: 10 },
      ...(options.clock ? { clock: options.clock } : {}),
      ...(o.metrics ? { metrics: o.metrics } : {}),
    });
  const lgsp = await make();
  return {
    simulator,
    server,
    redis,
    lgsp,
    newLgsp: make,
    close: async () => {
      await server.close();
      await redis.destroy();
    },
  };
}

/** A dossier of the sandbox data in a given status. */
export function dossierCodeIn(simulator: LgspSimulator, status: string): string {
  const found = simulator.data.dossiers.find((d) => d.status === status);
  if (!found) throw new Error(`no sandbox dossier in status ${status}`);
  return found.code;
}
