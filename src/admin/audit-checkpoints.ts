import { Gauge } from 'prom-client';
import { z } from 'zod';
import type { DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { findOrCreateMetric, type Metrics } from '../platform/metrics.js';
import {
  createQueue,
  createWorker,
  defineQueue,
  keepJobSchedulers,
  type QueueContext,
  type TypedQueue,
} from '../platform/queues.js';
import { recordAuditCheckpoint } from './audit-chain.js';

/** Jobs of the audit checkpoint, from one scheduler. */
export const auditQueue = defineQueue('audit', z.object({}), { attempts: 3 });
const SCHEDULER_ID = 'audit-checkpoint';

export interface AuditCheckpointsDeps {
  db: DbOrTx;
  queues: QueueContext;
  logger: Logger;
  metrics?: Metrics;
  intervalMinutes: number;
}

export interface AuditCheckpoints {
  close(): Promise<void>;
}

/**
 * Verifies the audit chain, logs its head and records a checkpoint at start and every `intervalMinutes`, from
 * whichever worker process takes the job. `zalo_egov_audit_chain_intact` is 0 while the chain is broken.
 */
export async function startAuditCheckpoints(deps: AuditCheckpointsDeps): Promise<AuditCheckpoints> {
  const logger = deps.logger.child({ component: 'audit-checkpoint' });
  const intact = deps.metrics ? auditChainGauge(deps.metrics) : undefined;
  // The start's checkpoint is taken before returning, so a started system writes nothing more on its own; the
  // scheduler's first run right after finds the head already recorded and only logs it again.
  intact?.set((await recordAuditCheckpoint(deps.db, logger)).ok ? 1 : 0);
  const queue: TypedQueue<typeof auditQueue.schema> = createQueue(auditQueue, deps.queues);
  // Registered again every few minutes, so the schedule survives a Redis that lost its data.
  const stopSchedulers = await keepJobSchedulers(
    queue.queue,
    [{ id: SCHEDULER_ID, everyMs: deps.intervalMinutes * 60_000, job: { name: 'checkpoint', data: {} } }],
    logger,
  );
  const worker = createWorker(
    auditQueue,
    async () => {
      const report = await recordAuditCheckpoint(deps.db, logger);
      intact?.set(report.ok ? 1 : 0);
    },
    { ...deps.queues, logger, ...(deps.metrics ? { metrics: deps.metrics } : {}), concurrency: 1 },
  );
  return {
    async close() {
      stopSchedulers();
      await worker.close();
      await queue.close();
    },
  };
}

function auditChainGauge(metrics: Metrics): Gauge {
  const name = 'zalo_egov_audit_chain_intact';
  return findOrCreateMetric(
    metrics.registry,
    name,
    Gauge,
    () =>
      new Gauge({
        name,
        help: '1 when the last check of the audit log hash chain found it intact, 0 when it found a broken link',
        registers: [metrics.registry],
      }),
  );
}
