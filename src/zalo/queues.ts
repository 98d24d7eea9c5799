import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/** "Drain citizen X's inbound mailbox": one job per accepted webhook event; the mailbox holds the events themselves. */
export const inboundQueue = defineQueue('inbound', z.object({ citizenId: z.string().min(1).max(64) }), {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
});

/**
 * "Send citizen X's first queued message": the delivery records in PostgreSQL hold the messages. Job ids name the
 * message (see `deliveryJobFor`), so completed jobs are removed at once to free them.
 */
export const outboundQueue = defineQueue('outbound', z.object({ citizenId: z.string().min(1).max(64) }), {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
  removeOnComplete: true,
});

/**
 * Periodic housekeeping of the channel: conversation log and citizen retention; re-queueing deliveries and mailboxes
 * whose job was lost. (`sweep-outbound` is the name of the sweep in earlier versions, still accepted.)
 */
export const zaloMaintenanceQueue = defineQueue(
  'zalo-maintenance',
  z.object({ task: z.enum(['retention', 'sweep', 'sweep-outbound']) }),
  {
    attempts: 3,
  },
);
