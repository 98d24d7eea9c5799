import type { Worker } from 'bullmq';
import { z } from 'zod';
import { citizenIdSchema, languageSchema, type MessageSink, type TemplateRenderer } from '../conversation/index.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { createQueue, createWorker, defineQueue, keepJobSchedulers, type QueueContext } from '../platform/queues.js';
import type { DossierFollow, DossierFollowStore } from './dossier-follow-store.js';
import { convertDossierToView } from './dossier-view.js';
import type { LgspServices } from './lgsp-services.js';
import { FINISHED_DOSSIER_STATUSES, dossierStatusSchema } from './model.js';

/** The watch queue: one repeatable "tick" job; each tick checks the follows that are due. */
export const dossierWatchQueue = defineQueue('lgsp-dossier-watch', z.object({}), {
  // A failed tick is simply replaced by the next one.
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
});

const SCHEDULER_ID = 'lgsp-dossier-watch-tick';

export interface DossierWatchConfig {
  /** Minutes between two checks of one followed dossier (±20 %). */
  intervalMinutes: number;
  /** Days after which a follow stops by itself. */
  maxDays: number;
  /** LGSP lookups the job may make per minute (rate limit toward the LGSP). */
  checksPerMinute: number;
  /** Milliseconds between two ticks. Default 60000. */
  tickMs?: number;
}

export interface DossierWatchDeps {
  follows: DossierFollowStore;
  dossiers: Pick<LgspServices['dossiers'], 'get'>;
  sink: MessageSink;
  renderer: Pick<TemplateRenderer, 'render' | 't'>;
  queues: QueueContext;
  logger: Logger;
  metrics?: Metrics;
  config: DossierWatchConfig;
  clock?: () => Date;
}

export interface TickResult {
  checked: number;
  notified: number;
  ended: number;
  unavailable: number;
}

export interface DossierWatch {
  /** Registers the repeating tick (idempotent across processes) and starts the worker. */
  start(): Promise<void>;
  /** One tick now, in this process (tests, the CLI). */
  runOnce(): Promise<TickResult>;
  close(): Promise<void>;
}

/**
 * Polls followed dossiers and tells the citizen when a status changed: one message per change (a compare-and-set on
 * the last seen status guards against two workers noticing the same change), at most `checksPerMinute` LGSP lookups
 * per minute, follows spread over time by a jittered next check. Follows end when the dossier is finished, no longer
 * found, or after `maxDays`. The Zalo window is the sink's business: outside it the sink records the skip.
 */
export function createDossierWatch(deps: DossierWatchDeps): DossierWatch {
  const logger = deps.logger.child({ module: 'lgsp-dossier-watch' });
  const clock = deps.clock ?? (() => new Date());
  const tickMs = deps.config.tickMs ?? 60_000;
  // Each tick checks what the rate allows during one tick, spaced evenly.
  const batchSize = Math.max(1, Math.floor((deps.config.checksPerMinute * tickMs) / 60_000));
  const spacingMs = Math.floor(60_000 / deps.config.checksPerMinute);
  let queue: ReturnType<typeof createQueue<typeof dossierWatchQueue.schema>> | undefined;
  let worker: Worker | undefined;
  let stopScheduler: (() => void) | undefined;

  async function notify(follow: DossierFollow, messagesKey: string, params: Record<string, unknown>): Promise<void> {
    const language = languageSchema.catch('vi').parse(follow.language);
    const citizenId = citizenIdSchema.parse(follow.citizenId);
    await deps.sink.send(citizenId, deps.renderer.render(messagesKey, language, params), {
      correlationId: `dossier-watch:${follow.id}`,
      purpose: 'notification',
    });
  }

  async function check(follow: DossierFollow, now: Date, result: TickResult): Promise<void> {
    result.checked += 1;
    if (follow.expiresAt.getTime() <= now.getTime()) {
      await deps.follows.end(follow.id, 'expired', now);
      result.ended += 1;
      await notify(follow, 'lgsp:follow.expired', { code: follow.dossierCode });
      return;
    }
    const lookup = await deps.dossiers.get(follow.dossierCode, { fresh: true });
    if (lookup.status === 'unavailable') {
      result.unavailable += 1;
      return;
    }
    if (lookup.status === 'not_found') {
      await deps.follows.end(follow.id, 'not_found', now);
      result.ended += 1;
      return;
    }
    const dossier = lookup.value;
    const previous = dossierStatusSchema.safeParse(follow.lastStatus);
    if (previous.success && previous.data === dossier.status) return;
    if (!(await deps.follows.recordStatus(follow.id, follow.lastStatus, dossier.status))) return;
    const language = languageSchema.catch('vi').parse(follow.language);
    const view = convertDossierToView(dossier, language, deps.renderer, now);
    try {
      await notify(follow, 'lgsp:follow.changed', { ...view });
      result.notified += 1;
    } catch (error) {
      // Not queued: put the old status back so the next check tries again.
      await deps.follows.recordStatus(follow.id, dossier.status, follow.lastStatus);
      throw error;
    }
    if (FINISHED_DOSSIER_STATUSES.includes(dossier.status)) {
      await deps.follows.end(follow.id, 'finished', now);
      result.ended += 1;
    }
  }

  async function runOnce(): Promise<TickResult> {
    const result: TickResult = { checked: 0, notified: 0, ended: 0, unavailable: 0 };
    const now = clock();
    const due = await deps.follows.claimDue(now, batchSize, deps.config.intervalMinutes * 60_000);
    for (const [index, follow] of due.entries()) {
      if (index > 0 && worker !== undefined) await new Promise((resolve) => setTimeout(resolve, spacingMs));
      try {
        await check(follow, clock(), result);
      } catch (error) {
        logger.error(
          { followId: follow.id, err: { message: error instanceof Error ? error.message : 'unknown' } },
          'dossier check failed',
        );
      }
    }
    if (result.checked > 0) logger.info({ ...result }, 'dossier watch tick');
    return result;
  }

  return {
    async start() {
      queue = createQueue(dossierWatchQueue, deps.queues);
      stopScheduler = await keepJobSchedulers(
        queue.queue,
        [{ id: SCHEDULER_ID, everyMs: tickMs, job: { name: 'tick', data: {} } }],
        logger,
      );
      worker = createWorker(dossierWatchQueue, () => runOnce(), {
        ...deps.queues,
        logger: deps.logger,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
        concurrency: 1,
      });
    },
    runOnce,
    async close() {
      stopScheduler?.();
      await worker?.close();
      await queue?.close();
    },
  };
}
