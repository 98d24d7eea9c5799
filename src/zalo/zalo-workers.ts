import { lt } from 'drizzle-orm';
import { purgeInactiveCitizens } from '../citizens/index.js';
import { purgeSessions } from '../conversation/index.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import { makeJsonStorable } from '../platform/text.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { createQueue, createWorker, keepJobSchedulers, type QueueContext } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { collectDeliveryRelease, recordConversationMessage, type DeferredDeliveryRelease } from '../messaging/index.js';
import { syncFollowers, type FollowerSyncResult } from './follower-sync.js';
import { handleZaloEvent, type ConversationHandler } from './handle-zalo-event.js';
import { createInboundMailbox, type InboundMailbox } from './inbound-mailbox.js';
import { inboundQueue, zaloMaintenanceQueue } from './queues.js';
import { zaloDeadLetters } from './schema.js';
import { describeUnprocessedEvent, eventKeyOf, parseZaloEvent } from './zalo-event.js';
import type { ZaloClient } from './zalo-client.js';
import { zaloMetricsOf } from './zalo-metrics.js';

export interface ZaloWorkersDeps {
  db: Db;
  /** Command client (mailboxes, locks). */
  redis: Redis;
  queues: QueueContext;
  handler: ConversationHandler;
  /** The OA API, for the follower sync. */
  client: Pick<ZaloClient, 'listFollowers'>;
  retentionDays: number;
  logger: Logger;
  metrics?: Metrics;
  /** Inbound jobs processed in parallel per worker (different citizens). Default 8. */
  concurrency?: { inbound?: number };
  /**
   * Other modules' personal data with the same retention (the conversation log, ended dossier follows): each purges
   * what is older than the cut-off and returns how many rows went, by name. Run by the retention job.
   */
  retentionTasks?: RetentionTask[];
  /** Register the retention and sweep job schedulers (default true); tests that do not need them turn it off. */
  scheduleRetention?: boolean;
}

export interface RetentionTask {
  name: string;
  purge(before: Date): Promise<number | Record<string, number>>;
}

export interface ZaloWorkers {
  /** Runs the retention task now (the scheduler runs it every 6 hours); rows removed by kind. */
  runRetention(): Promise<{ citizens: number; sessions: number; deadLetters: number; [other: string]: number }>;
  /**
   * Re-queues citizens whose waiting inbound events lost their job (a Redis restart, a worker killed during an
   * outage); the scheduler runs it every minute.
   */
  sweepInbound(): Promise<number>;
  /** Brings followers in line with Zalo's follower list now (the scheduler runs it nightly; admins on demand). */
  syncFollowers(): Promise<FollowerSyncResult>;
  close(): Promise<void>;
}

/**
 * An event that failed this many times for its own reasons (never an outage) goes to the dead-letter table, so the
 * citizen's later events can proceed; an admin can replay it.
 */
const MAX_EVENT_FAILURES = 3;
const RETENTION_EVERY_MS = 6 * 3600 * 1000;
const FOLLOWER_SYNC_EVERY_MS = 24 * 3600 * 1000;
const SWEEP_EVERY_MS = 60_000;
const DAY_MS = 24 * 3600 * 1000;

/** What handling one event of a mailbox left: the key of the event whose failure count can go, and the delivery lock
 * its reply left held for the mailbox's next step to release. */
export interface HandledMember {
  eventKey: string | undefined;
  delivery?: DeferredDeliveryRelease | undefined;
}

/**
 * Handles the citizen's mailbox in timestamp order while holding its lock. A job that finds the lock taken ends: the
 * holder looks at the mailbox again when it removes each handled event, and releases the lock only in the same atomic
 * step that finds the mailbox empty, so an event added meanwhile is never stranded (its own job finds the lock free).
 * In case the holder died instead, `onBusy` schedules another look once the lock has expired. `handle` returns the key
 * of the event whose failure count can go (it leaves the mailbox with it), and the delivery lock its reply left held,
 * released as it leaves. Two round trips to Redis for a lone event: take the lock with the first event, then remove it
 * with a look at the next, which releases the lock when there is none.
 */
export async function drainInboundMailbox(
  citizenId: string,
  mailbox: InboundMailbox,
  handle: (rawBody: string) => Promise<HandledMember>,
  onBusy: (lockExpiresInMs: number) => Promise<void>,
): Promise<void> {
  for (;;) {
    const taken = await mailbox.take(citizenId);
    if (taken.token === null) {
      if (taken.waiting > 0) await onBusy(taken.lockExpiresInMs);
      return;
    }
    const { token } = taken;
    if (taken.first === null) {
      // Nothing waited (a duplicate's job): release, and look again if an event came in meanwhile.
      if ((await mailbox.release(citizenId, token)) === 0) return;
      continue;
    }
    const stopHeartbeat = mailbox.keepAlive(citizenId, token);
    try {
      let member: string | null = taken.first;
      while (member !== null) {
        const { eventKey, delivery } = await handle(member);
        // Null: the mailbox is empty and the lock released with it (the reply's delivery lock too, in any case).
        member = await mailbox.next(citizenId, member, eventKey, token, delivery);
      }
    } catch (error) {
      await mailbox.unlock(citizenId, token);
      throw error;
    } finally {
      stopHeartbeat();
    }
    return;
  }
}

/** Starts the inbound and maintenance workers of the Zalo channel. */
export async function createZaloWorkers(deps: ZaloWorkersDeps): Promise<ZaloWorkers> {
  const logger = deps.logger.child({ component: 'zalo-workers' });
  const zaloMetrics = deps.metrics ? zaloMetricsOf(deps.metrics) : undefined;
  const mailbox = createInboundMailbox(deps.redis);
  const inbound = createQueue(inboundQueue, deps.queues);
  const maintenance = createQueue(zaloMaintenanceQueue, deps.queues);
  const context = { ...deps.queues, logger: deps.logger, ...(deps.metrics ? { metrics: deps.metrics } : {}) };

  /** Handles one event of the mailbox; returns the key of the event whose failure count can be cleared. */
  async function handleMember(citizenId: string, rawBody: string): Promise<string | undefined> {
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      json = undefined;
    }
    const parsed = parseZaloEvent(json);
    if (parsed.kind !== 'event') {
      const described = describeUnprocessedEvent(json);
      if (!described) {
        logger.error('unreadable event in a mailbox set aside');
        return undefined;
      }
      // Kept for officials and audit (under the same retention as messages); the engine never sees it.
      await recordConversationMessage(deps.db, {
        citizenId: described.citizenId,
        direction: 'in',
        kind: `unprocessed:${described.eventName}`,
        externalId: described.eventKey,
        body: { reason: parsed.kind, event: makeJsonStorable(json) },
        occurredAt: new Date(Number(described.timestamp)),
      });
      return undefined;
    }
    const eventKey = eventKeyOf(parsed.event);
    try {
      await handleZaloEvent(parsed.event, { db: deps.db, handler: deps.handler, logger: deps.logger });
      return eventKey;
    } catch (error) {
      // An outage is not the event's fault: the job waits and retries it, with no attempt counted against it.
      if (isInfrastructureError(error)) throw error;
      const failures = await mailbox.countFailure(citizenId, eventKey);
      const err = { name: error instanceof Error ? error.name : 'Error', code: errorCodeOf(error) };
      if (failures < MAX_EVENT_FAILURES) throw error;
      await deps.db
        .insert(zaloDeadLetters)
        .values({ citizenId, eventKey, rawBody, error: `${err.name}${err.code ? ` ${err.code}` : ''}`, failures })
        .onConflictDoUpdate({
          target: zaloDeadLetters.eventKey,
          set: { rawBody, failures, status: 'open', resolvedAt: null, resolvedBy: null, createdAt: new Date() },
        });
      zaloMetrics?.webhookEvents.inc({ outcome: 'dead_lettered' });
      logger.error({ eventKey, failures, err }, 'Zalo event failed repeatedly; kept as a dead letter for an admin');
      return eventKey;
    }
  }

  const inboundWorker = createWorker(
    inboundQueue,
    (data) =>
      drainInboundMailbox(
        data.citizenId,
        mailbox,
        async (member) => {
          const { result, deferred } = await collectDeliveryRelease(() => handleMember(data.citizenId, member));
          return { eventKey: result, delivery: deferred };
        },
        async (lockExpiresInMs) => {
          const delay = lockExpiresInMs + 100;
          await inbound.add(
            'drain',
            { citizenId: data.citizenId },
            { delay, deduplication: { id: `recheck:${data.citizenId}`, ttl: delay } },
          );
        },
      ),
    { ...context, concurrency: deps.concurrency?.inbound ?? 8 },
  );

  async function runRetention() {
    const before = new Date(Date.now() - deps.retentionDays * DAY_MS);
    const citizens = await purgeInactiveCitizens(deps.db, before);
    const sessions = await purgeSessions(deps.db, before);
    const deadLetters = await deps.db
      .delete(zaloDeadLetters)
      .where(lt(zaloDeadLetters.createdAt, before))
      .returning({ id: zaloDeadLetters.id });
    const others: Record<string, number> = {};
    for (const task of deps.retentionTasks ?? []) {
      const removed = await task.purge(before);
      Object.assign(others, typeof removed === 'number' ? { [task.name]: removed } : removed);
    }
    const purged = { ...others, citizens, sessions, deadLetters: deadLetters.length };
    logger.info({ ...purged, retentionDays: deps.retentionDays }, 'conversation retention applied');
    return purged;
  }

  const runFollowerSync = () => syncFollowers({ db: deps.db, client: deps.client, logger });

  async function sweepInbound(): Promise<number> {
    let requeued = 0;
    for (const citizenId of await mailbox.listPending()) {
      if ((await mailbox.size(citizenId)) === 0) {
        await mailbox.forgetIfEmpty(citizenId);
        continue;
      }
      if ((await mailbox.lockTtl(citizenId)) > 0) continue;
      await inbound.add('drain', { citizenId }, { deduplication: { id: `sweep:${citizenId}`, ttl: SWEEP_EVERY_MS } });
      requeued += 1;
    }
    if (requeued > 0) logger.warn({ citizens: requeued }, 're-queued inbound mailboxes that had no running drain');
    return requeued;
  }

  const maintenanceWorker = createWorker(
    zaloMaintenanceQueue,
    async (data) => {
      if (data.task === 'retention') return runRetention();
      if (data.task === 'follower-sync') return runFollowerSync();
      return { inbound: await sweepInbound() };
    },
    context,
  );
  // Versions before the messaging module named the channel's sweep `outbound-sweep`: one sweep is enough.
  await maintenance.queue.removeJobScheduler('outbound-sweep');
  const stopSchedulers =
    (deps.scheduleRetention ?? true)
      ? await keepJobSchedulers(
          maintenance.queue,
          [
            {
              id: 'conversation-retention',
              everyMs: RETENTION_EVERY_MS,
              job: { name: 'retention', data: { task: 'retention' } },
            },
            { id: 'inbound-sweep', everyMs: SWEEP_EVERY_MS, job: { name: 'sweep', data: { task: 'sweep' } } },
            {
              id: 'follower-sync',
              everyMs: FOLLOWER_SYNC_EVERY_MS,
              job: { name: 'follower-sync', data: { task: 'follower-sync' } },
            },
          ],
          logger,
        )
      : () => undefined;

  return {
    runRetention,
    sweepInbound,
    syncFollowers: runFollowerSync,
    async close() {
      stopSchedulers();
      await Promise.all([inboundWorker.close(), maintenanceWorker.close()]);
      await Promise.all([inbound.close(), maintenance.close()]);
    },
  };
}

/** A driver's error code (SQLSTATE, errno name) or our AppError code: safe to keep, unlike messages. */
function errorCodeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
