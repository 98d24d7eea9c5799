import { randomBytes } from 'node:crypto';
import { citizenContactHolder } from '../../../src/citizens/index.js';
import type { TemplateRenderer } from '../../../src/conversation/index.js';
import { createDossierFollowStore, createProcedureCatalogue } from '../../../src/lgsp/index.js';
import { testLogger } from '../../helpers/logger.js';
import { createShippedActions } from '../../../src/shipped-actions.js';
import type { TestDatabase } from '../../helpers/db.js';
import type { Harness } from './harness.js';

/**
 * The shipped actions as the server wires them, against the LGSP simulator of `h` and the test database: the shipped
 * flows include the feedback, citizen-data and subscription modules', which validation checks against their actions.
 */
export function shippedActionsFor(h: Harness, db: TestDatabase, renderer: TemplateRenderer) {
  return createShippedActions({
    lgsp: {
      services: h.lgsp,
      catalogue: createProcedureCatalogue({ db: db.db, procedures: h.lgsp.procedures, logger: testLogger() }),
      renderer,
      follows: createDossierFollowStore(db.db),
      follow: { maxDays: 30, intervalMinutes: 30 },
    },
    feedback: {
      db: db.db,
      categories: h.lgsp.catalogue,
      renderer,
      secretsKey: randomBytes(32),
      provinceCode: '24',
    },
    citizenData: { db: db.db, holders: [citizenContactHolder] },
    subscriptions: { db: db.db, renderer, communeName: async () => null },
  });
}
