import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/**
 * "Fan announcement X out": writes its recipients from a database cursor, then queues one send job per pending
 * recipient. Its id names the announcement, so asking again while it waits adds nothing; a re-run resumes.
 */
export const announcementFanoutQueue = defineQueue('announcement-fanout', z.object({ announcementId: z.uuid() }), {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
  removeOnComplete: true,
});

/**
 * "Hand announcement X to citizen Y": one job per recipient, id `<announcement>-<citizen>`. The recipient row moves
 * from `pending` once, in the transaction that records the message, so a job run twice sends nothing twice.
 */
export const announcementSendQueue = defineQueue(
  'announcement-send',
  z.object({ announcementId: z.uuid(), citizenId: z.string().min(1).max(64) }),
  { attempts: 8, backoff: { type: 'exponential', delay: 1000, jitter: 0.5 }, removeOnComplete: true },
);

/** "Publish announcement X as a Zalo article and broadcast it" (its followers outside the window), once. */
export const announcementArticleQueue = defineQueue('announcement-article', z.object({ announcementId: z.uuid() }), {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: true,
});

/** Re-queues the fan-out of announcements whose job was lost (a Redis restart), every minute. */
export const announcementMaintenanceQueue = defineQueue(
  'announcement-maintenance',
  z.object({ task: z.literal('sweep') }),
  { attempts: 3 },
);

/** The send job's id: the same for the same recipient, however often it is asked for. */
export function sendJobId(announcementId: string, citizenId: string): string {
  return `${announcementId}-${citizenId}`;
}

export function fanoutJobId(announcementId: string): string {
  return `fanout-${announcementId}`;
}
