import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/** "Drain citizen X's inbound mailbox": one job per accepted webhook event; the mailbox holds the events themselves. */
export const inboundQueue = defineQueue('inbound', z.object({ citizenId: z.string().min(1).max(64) }), {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
});

/**
 * Periodic housekeeping of the channel: retention of the conversation log, citizens and what other modules keep about
 * them; re-queueing mailboxes whose job was lost. (`sweep-outbound` is the sweep's name in earlier versions: accepted.)
 */
export const zaloMaintenanceQueue = defineQueue(
  'zalo-maintenance',
  z.object({ task: z.enum(['retention', 'sweep', 'sweep-outbound', 'follower-sync']) }),
  {
    attempts: 3,
  },
);
