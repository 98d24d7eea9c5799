import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/** Citizens one batch job sends to at most (a broadcast handed over in one go: see `deliveryBatchJobsFor`). */
export const DELIVERY_BATCH_MAX = 100;

const citizenIdSchema = z.string().min(1).max(64);

/**
 * "Send citizen X's first queued message", or "send the first queued message of each of these citizens" (a batch, for
 * a broadcast handed over to many at once): the delivery records in PostgreSQL hold the messages. Job ids name the
 * message (see `deliveryJobFor`), so completed jobs are removed at once to free them. (The name predates the module.)
 */
export const outboundQueue = defineQueue(
  'outbound',
  z.union([
    z.object({ citizenId: citizenIdSchema }),
    z.object({ citizenIds: z.array(citizenIdSchema).min(1).max(DELIVERY_BATCH_MAX) }),
  ]),
  {
    attempts: 8,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    removeOnComplete: true,
  },
);

/**
 * "Send the first queued message of each of these citizens": a broadcast's batch jobs, in a queue of their own so that
 * they never hold the replies' workers nor take a slot of the rate limit as they start (BullMQ's limiter, which knows
 * nothing of the replies' reserve, counts every job started on the queue it limits). This queue has no limiter: a
 * batch takes each of its calls' slots of `outbound`'s limiter through the rule that keeps the replies' reserve
 * (`takeRateLimitSlotsGivingWay`). Batch jobs still in `outbound` (queued before this queue existed) run there.
 */
export const broadcastDeliveryQueue = defineQueue(
  'outbound-broadcast',
  z.object({ citizenIds: z.array(citizenIdSchema).min(1).max(DELIVERY_BATCH_MAX) }),
  {
    attempts: 8,
    backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    removeOnComplete: true,
  },
);

/** Re-queues deliveries whose job was lost (a Redis restart, a worker killed during an outage), every minute. */
export const messagingMaintenanceQueue = defineQueue('messaging-maintenance', z.object({ task: z.literal('sweep') }), {
  attempts: 3,
});
