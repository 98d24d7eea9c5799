import path from 'node:path';
import {
  combineActionRegistries,
  createActionRegistry,
  createBuiltinActions,
  createMemoryFlowSource,
  createTemplateRenderer,
  loadFlowsFromDir,
  type TemplateRenderer,
} from '../../../src/conversation/index.js';
import { createDossierFollowStore, createLgspActions, createProcedureCatalogue } from '../../../src/lgsp/index.js';
import { createPgTestEngine } from '../../helpers/engine.js';
import { testLogger } from '../../helpers/logger.js';
import { createHarness as createZaloHarness, type Harness as ZaloHarness } from '../zalo/harness.js';
import { startHarness, type Harness } from './harness.js';

export interface LgspOverZalo {
  zalo: ZaloHarness;
  lgsp: Harness;
  renderer: TemplateRenderer;
  close(): Promise<void>;
}

/**
 * The shipped flows with the LGSP actions, reached from signed Zalo webhooks: the Zalo harness (simulator, inbound
 * and outbound workers, sessions in PostgreSQL) in front of the real engine, the LGSP simulator over HTTP behind it.
 */
export async function startLgspOverZalo(): Promise<LgspOverZalo> {
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const lgsp = await startHarness();
  const zalo = await createZaloHarness();
  await zalo.tokens.initialize();
  const { engine } = createPgTestEngine({
    db: zalo.db.db,
    flows: createMemoryFlowSource(loadFlowsFromDir(path.resolve('flows')).flows),
    actions: combineActionRegistries(
      createBuiltinActions(),
      createActionRegistry(
        createLgspActions({
          services: lgsp.lgsp,
          catalogue: createProcedureCatalogue({
            db: zalo.db.db,
            procedures: lgsp.lgsp.procedures,
            logger: testLogger(),
          }),
          renderer,
          follows: createDossierFollowStore(zalo.db.db),
          follow: { maxDays: 60, intervalMinutes: 30 },
        }),
      ),
    ),
    templates: renderer,
    replies: zalo.sink.replyOutbox,
  });
  zalo.setHandler((event, claim) => engine.handle(event, claim));
  await zalo.startWorkers(1);
  return {
    zalo,
    lgsp,
    renderer,
    close: async () => {
      await zalo.destroy();
      await lgsp.close();
    },
  };
}
