import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/**
 * "Perform outbox entry X". Attempts are spread over about two hours (exponential from 2 s, capped by BullMQ's
 * back-off growth), enough to ride out an LGSP maintenance window; then the entry is marked failed for an admin.
 */
export const effectsQueue = defineQueue('effects', z.object({ id: z.uuid() }), {
  attempts: 12,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.3 },
  removeOnComplete: true,
});

/** Re-queues pending entries whose job was lost, and purges performed ones after the retention period. */
export const effectsMaintenanceQueue = defineQueue('effects-maintenance', z.object({ task: z.literal('sweep') }), {
  attempts: 3,
});
