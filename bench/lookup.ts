// `npm run bench -- lookup [--per-level 200] [--levels 1,5,20,50] [--latency 50]`
//
// Dossier lookups end to end inside one process: a citizen's message that is just a dossier code goes through the real
// conversation engine (turns committed to the database, shipped flows and templates, the real `lgsp.*` actions) to
// the LGSP client, which calls the LGSP simulator over loopback HTTP with added latency (50 ms by default), and the
// reply is captured when its turn commits. Measured per message: engine.handle start → reply handed to the sink. Each
// concurrency level runs twice: cold (every lookup goes to the LGSP: `fresh`) and warm (the 60 s dossier cache
// answers). The Zalo webhook and the outbound queue are not in this path (bench/webhook.ts measures those).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import express from 'express';
import {
  citizenIdSchema,
  createActionRegistry,
  createConversationEngine,
  createEffectRegistry,
  createMemoryFlowSource,
  createPgTurnStore,
  createTemplateRenderer,
  loadFlowsFromDir,
  type ReplyOutbox,
} from '../src/conversation/index.js';
import { createCitizenPreferences } from '../src/citizens/index.js';
import {
  createDossierFollowStore,
  createLgsp,
  createLgspActions,
  createProcedureCatalogue,
  getShippedProfile,
} from '../src/lgsp/index.js';
import { openDatabase } from '../src/platform/db.js';
import { createLogger } from '../src/platform/logger.js';
import { connectRedis } from '../src/platform/redis.js';
import { createLgspSimulator } from '../src/sandbox/lgsp/index.js';
import { BENCH_REDIS_URL, deleteKeys } from './lib/bench-redis.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';
import { createShippedInputTypes } from '../src/shipped-input-types.js';

const CONSUMER = { key: 'bench-key', secret: 'bench-secret' };

function option(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
}

export async function run(args: string[]): Promise<void> {
  const perLevel = Number(option(args, 'per-level', '200'));
  const levels = option(args, 'levels', '1,5,20,50').split(',').map(Number);
  const latencyMs = Number(option(args, 'latency', '50'));
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const prefix = `bench-lookup-${randomBytes(4).toString('hex')}`;
  const redis = await connectRedis({ url: BENCH_REDIS_URL, logger, role: 'command', keyPrefix: `${prefix}:` });

  const simulator = createLgspSimulator({ consumerKey: CONSUMER.key, consumerSecret: CONSUMER.secret, logger });
  simulator.faults.set({ latencyMs });
  const app = express();
  app.use('/sandbox/lgsp', simulator.router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}/sandbox/lgsp`;

  const database = await openDatabase({ url: undefined, dataDir: 'memory://', logger });
  await database.migrate();
  const lgsp = await createLgsp({
    config: {
      baseUrl: base,
      tokenUrl: `${base}/token`,
      consumerKey: CONSUMER.key,
      consumerSecret: CONSUMER.secret,
      profile: 'reference',
      timeoutMs: 5000,
    },
    redis,
    logger,
    profile: getShippedProfile('reference'),
  });
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const flows = createMemoryFlowSource(loadFlowsFromDir(path.resolve('flows')).flows);
  const codes = simulator.data.dossiers.map((d) => d.code);

  const makeEngine = (fresh: boolean, replies: ReplyOutbox) =>
    createConversationEngine({
      store: createPgTurnStore({
        db: database.db,
        preferences: createCitizenPreferences(database.db),
        effects: createEffectRegistry([]),
        replies,
        handoffs: { findLive: () => Promise.resolve(null) },
        logger,
      }),
      flows,
      actions: createActionRegistry(
        createLgspActions({
          services: fresh
            ? { ...lgsp, dossiers: { ...lgsp.dossiers, get: (code) => lgsp.dossiers.get(code, { fresh: true }) } }
            : lgsp,
          catalogue: createProcedureCatalogue({ db: database.db, procedures: lgsp.procedures, logger }),
          renderer,
          follows: createDossierFollowStore(database.db),
          follow: { maxDays: 60, intervalMinutes: 30 },
        }),
      ),
      inputs: createShippedInputTypes(),
      templates: renderer,
      logger,
      config: { sessionTtlMinutes: 30, officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00' },
    });

  const rows: ReportRow[] = [];
  let replies = 0;
  const sink: ReplyOutbox = {
    record: () => {
      replies += 1;
      return Promise.resolve();
    },
    release: () => Promise.resolve(),
    countHeld: () => Promise.resolve(0),
    releaseHeld: () => Promise.resolve(),
  };
  // Warm the token and the cache once so "warm" means cache hits only.
  await Promise.all(codes.map((code) => lgsp.dossiers.get(code)));

  for (const mode of ['cold', 'warm'] as const) {
    const engine = makeEngine(mode === 'cold', sink);
    for (const concurrency of levels) {
      const latencies: number[] = [];
      let next = 0;
      const lgspCallsBefore = simulator.stats().calls.dossierGet ?? 0;
      const repliesBefore = replies;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async (_, worker) => {
          for (;;) {
            const index = next;
            next += 1;
            if (index >= perLevel) return;
            const citizenId = citizenIdSchema.parse(`bench-${mode}-${concurrency}-${worker}-${index}`);
            const t0 = performance.now();
            await engine.handle({
              citizenId,
              eventId: `e-${index}`,
              occurredAt: new Date().toISOString(),
              payload: { kind: 'text', text: codes[index % codes.length] ?? '' },
            });
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        mode,
        concurrency,
        lookups: perLevel,
        replies: replies - repliesBefore,
        lgspCalls: (simulator.stats().calls.dossierGet ?? 0) - lgspCallsBefore,
        'lookups/s': Math.round((perLevel / seconds) * 10) / 10,
        'p50 ms': Math.round(percentile(latencies, 50) * 10) / 10,
        'p99 ms': Math.round(percentile(latencies, 99) * 10) / 10,
      });
    }
  }

  await writeReport({
    name: 'lookup',
    description: `Dossier lookups (message that is a dossier code → engine → lgsp.dossier.get → LGSP simulator with ${latencyMs} ms added latency → reply at the sink), ${perLevel} per concurrency level; cold = every lookup reaches the LGSP, warm = the Redis dossier cache answers.`,
    rows,
    extra: { latencyMs, perLevel, levels },
  });

  server.close();
  await database.close();
  await deleteKeys(redis, prefix);
  redis.disconnect();
}
