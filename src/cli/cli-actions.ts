import { createCommuneNames } from '../announcements/index.js';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import type { Config } from '../config.js';
import { createTemplateRenderer, type ActionRegistry } from '../conversation/index.js';
import { createPersonalDataHolders } from '../personal-data-holders.js';
import { createDossierFollowStore, createLgsp, createProcedureCatalogue } from '../lgsp/index.js';
import { openDatabase } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { connectRedis } from '../platform/redis.js';
import { createLgspSimulator } from '../sandbox/lgsp/index.js';
import { createShippedActions } from '../shipped-actions.js';

/**
 * Every action the server registers, for the flows CLI: validation checks flows against them and `simulate` runs them
 * for real. In sandbox mode the LGSP is an in-process simulator on an ephemeral loopback port, so a simulation needs no
 * running server; follows and ticket numbers come from a throw-away in-memory database, never from the server's.
 */
export async function openCliActions(
  config: Config,
  options: { templatesDir: string; logger: Logger },
): Promise<{ actions: ActionRegistry; close(): Promise<void> }> {
  const closers: Array<() => Promise<void>> = [];
  let lgspConfig = config.lgsp;
  if (config.sandbox) {
    const simulator = createLgspSimulator({
      consumerKey: config.lgsp.consumerKey ?? '',
      consumerSecret: config.lgsp.consumerSecret ?? '',
      logger: options.logger,
    });
    const server = http.createServer(express().use('/sandbox/lgsp', simulator.router));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    lgspConfig = {
      ...config.lgsp,
      baseUrl: `http://127.0.0.1:${port}/sandbox/lgsp`,
      tokenUrl: `http://127.0.0.1:${port}/sandbox/lgsp/token`,
    };
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }
  const redis = await connectRedis({
    url: config.redis.url,
    logger: options.logger,
    role: 'command',
    keyPrefix: `${config.redis.prefix}:cli:`,
  });
  closers.push(async () => redis.disconnect());
  const database = await openDatabase({ url: undefined, dataDir: 'memory://', logger: options.logger });
  await database.migrate();
  closers.push(() => database.close());

  const lgsp = await createLgsp({ config: lgspConfig, redis, logger: options.logger });
  const renderer = createTemplateRenderer({ templatesDir: options.templatesDir });
  const actions = createShippedActions({
    lgsp: {
      services: lgsp,
      catalogue: createProcedureCatalogue({ db: database.db, procedures: lgsp.procedures, logger: options.logger }),
      renderer,
      follows: createDossierFollowStore(database.db),
      follow: config.lgsp.watch,
    },
    // Ticket numbers come from the throw-away database; contact details are sealed with a key nobody keeps.
    feedback: {
      db: database.db,
      categories: lgsp.catalogue,
      renderer,
      secretsKey: randomBytes(32),
      provinceCode: config.feedback.provinceCode,
    },
    // Counts come from the throw-away database; erasing is an effect, which a simulation never performs.
    citizenData: {
      db: database.db,
      holders: createPersonalDataHolders({ photos: { remove: () => Promise.resolve() } }),
    },
    subscriptions: {
      db: database.db,
      renderer,
      communeName: createCommuneNames({
        load: async () =>
          config.feedback.provinceCode
            ? lgsp.catalogue.communes(config.feedback.provinceCode)
            : { status: 'not_found' },
      }),
    },
  });
  return {
    actions,
    close: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}
