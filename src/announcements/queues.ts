import { z } from 'zod';
import { defineQueue } from '../platform/queues.js';

/**
 * "Fan announcement X out": writes its recipients from a database cursor, then queues send jobs for the pending
 * recipients (batches). Its id names the announcement, so asking again while it waits adds nothing; a re-run resumes.
 */
export const announcementFanoutQueue = defineQueue('announcement-fanout', z.object({ announcementId: z.uuid() }), {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
  removeOnComplete: true,
});

/**
 * "Hand announcement X to these citizens": a batch of up to a second's worth of recipients per job, id
 * `<announcement>-<first citizen>`. A recipient row moves from `pending` once, in the transaction that records its
 * message, so a job run twice (or two jobs naming the same recipient) sends nothing twice. `citizenId`: a job queued
 * by an earlier version, for one recipient.
 */
export const announcementSendQueue = defineQueue(
  'announcement-send',
  z
    .object({
      announcementId: z.uuid(),
      citizenIds: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
      citizenId: z.string().min(1).max(64).optional(),
    })
    .refine((data) => data.citizenIds !== undefined || data.citizenId !== undefined, 'citizenIds is required'),
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

/**
 * The send job's id: the same for the same batch however often it is asked for. Named by its first and last recipient
 * and its size, so a batch cut differently after progress (a sweep re-runs the fan-out) is never taken for a waiting
 * one that starts with the same citizen and dropped.
 */
export function sendJobId(announcementId: string, citizenIds: readonly string[]): string {
  return `${announcementId}-${citizenIds[0] ?? ''}-${citizenIds.at(-1) ?? ''}-${citizenIds.length}`;
}

export function fanoutJobId(announcementId: string): string {
  return `fanout-${announcementId}`;
}
