import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/**
 * "Send citizen X's first queued message": the delivery records in PostgreSQL hold the messages. Job ids name the
 * message (see `deliveryJobFor`), so completed jobs are removed at once to free them. (The name predates the module.)
 */
export const outboundQueue = defineQueue('outbound', z.object({ citizenId: z.string().min(1).max(64) }), {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
  removeOnComplete: true,
});

/** Re-queues deliveries whose job was lost (a Redis restart, a worker killed during an outage), every minute. */
export const messagingMaintenanceQueue = defineQueue('messaging-maintenance', z.object({ task: z.literal('sweep') }), {
  attempts: 3,
});
