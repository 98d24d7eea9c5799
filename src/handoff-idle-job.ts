import { z } from 'zod';
import type { HandoffIdleSweep } from './conversation/index.js';
import type { Logger } from './platform/logger.js';
import type { Metrics } from './platform/metrics.js';
import { defineQueue, startPeriodicTask, type PeriodicTask, type QueueContext } from './platform/queues.js';

/**
 * The idle hand-off sweep's own queue (the engine knows no queue; the sweep's logic is in `src/conversation/`): one
 * repeating job, so hand-offs idle for HANDOFF_IDLE_HOURS leave the officials' queue within minutes, not at the next
 * 6-hourly retention run.
 */
export const handoffIdleQueue = defineQueue('handoff-idle', z.object({}), {
  // A failed sweep is simply replaced by the next one.
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
});

/** How often the sweep runs: a hand-off leaves the officials' queue at most this long after it went idle. */
export const HANDOFF_IDLE_SWEEP_EVERY_MS = 5 * 60_000;

/** Registers the repeating job (one worker of the deployment runs each occurrence) and starts its worker. */
export function startHandoffIdleJob(
  sweep: HandoffIdleSweep,
  context: QueueContext & { logger: Logger; metrics?: Metrics; schedule?: boolean },
): Promise<PeriodicTask> {
  return startPeriodicTask(
    handoffIdleQueue,
    { id: 'handoff-idle-sweep', everyMs: HANDOFF_IDLE_SWEEP_EVERY_MS, job: { name: 'sweep', data: {} } },
    () => sweep.run(),
    { ...context, concurrency: 1 },
  );
}
