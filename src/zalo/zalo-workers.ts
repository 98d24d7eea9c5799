import type { Job } from 'bullmq';
import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { purgeInactiveCitizens } from '../citizens/index.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { createQueue, createWorker, type QueueContext } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { purgeConversationLog, recordConversationMessage } from './conversation-log.js';
import { deliverQueuedMessages } from './deliver-outbound.js';
import { handleZaloEvent, type ConversationHandler } from './handle-zalo-event.js';
import { createInboundMailbox, type InboundMailbox } from './inbound-mailbox.js';
import { inboundQueue, outboundQueue, zaloMaintenanceQueue } from './queues.js';
import { zaloDeliveries } from './schema.js';
import type { ZaloClient } from './zalo-client.js';
import { describeUnprocessedEvent, eventKeyOf, parseZaloEvent } from './zalo-event.js';
import { zaloMetricsOf } from './zalo-metrics.js';

export interface ZaloWorkersDeps {
  db: Db;
  /** Command client (mailboxes, locks, rate limit). */
  redis: Redis;
  queues: QueueContext;
  handler: ConversationHandler;
  client: ZaloClient;
  csWindowDays: number;
  retentionDays: number;
  logger: Logger;
  metrics?: Metrics;
  /** Jobs processed in parallel per worker (different citizens). Defaults: inbound 8, outbound 8. */
  concurrency?: { inbound?: number; outbound?: number };
  /** Register the retention and outbound-sweep job schedulers (default true); tests that do not need them turn it off. */
  scheduleRetention?: boolean;
}

export interface ZaloWorkers {
  /** Runs the retention task now (the scheduler runs it every 6 hours). */
  runRetention(): Promise<{ messages: number; deliveries: number; citizens: number }>;
  /** Re-queues citizens whose queued deliveries lost their job (the scheduler runs it every minute). */
  sweepOutbound(): Promise<number>;
  close(): Promise<void>;
}

/** An event that failed this many times is set aside (logged, counted) so the citizen's later events can proceed. */
const MAX_EVENT_FAILURES = 3;
const RETENTION_EVERY_MS = 6 * 3600 * 1000;
const SWEEP_EVERY_MS = 60_000;
/** A queued delivery untouched this long has lost its job (e.g. Redis failed right after the record was written). */
const STRANDED_AFTER_MS = 60_000;
const SWEEP_BATCH = 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Handles the citizen's mailbox in timestamp order while holding its lock. A job that finds the lock taken ends: the
 * holder looks at the mailbox again after releasing the lock, so an event added meanwhile is never stranded. In case
 * the holder died instead, `onBusy` schedules another look once the lock has expired.
 */
export async function drainInboundMailbox(
  citizenId: string,
  mailbox: InboundMailbox,
  handle: (rawBody: string) => Promise<void>,
  onBusy: (lockExpiresInMs: number) => Promise<void>,
): Promise<void> {
  for (;;) {
    const token = await mailbox.lock(citizenId);
    if (!token) {
      if ((await mailbox.size(citizenId)) > 0) await onBusy(await mailbox.lockTtl(citizenId));
      return;
    }
    const stopHeartbeat = mailbox.keepAlive(citizenId, token);
    try {
      for (;;) {
        const member = await mailbox.peek(citizenId);
        if (member === null) break;
        await handle(member);
        await mailbox.remove(citizenId, member);
      }
    } finally {
      stopHeartbeat();
      await mailbox.unlock(citizenId, token);
    }
    if ((await mailbox.size(citizenId)) === 0) return;
  }
}

/** Starts the inbound, outbound and maintenance workers of the Zalo channel. */
export async function createZaloWorkers(deps: ZaloWorkersDeps): Promise<ZaloWorkers> {
  const logger = deps.logger.child({ component: 'zalo-workers' });
  const zaloMetrics = deps.metrics ? zaloMetricsOf(deps.metrics) : undefined;
  const mailbox = createInboundMailbox(deps.redis);
  const inbound = createQueue(inboundQueue, deps.queues);
  const outbound = createQueue(outboundQueue, deps.queues);
  const maintenance = createQueue(zaloMaintenanceQueue, deps.queues);
  const context = { ...deps.queues, logger: deps.logger, ...(deps.metrics ? { metrics: deps.metrics } : {}) };

  async function handleMember(citizenId: string, rawBody: string): Promise<void> {
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
        return;
      }
      // Kept for officials and audit (under the same retention as messages); the engine never sees it.
      await recordConversationMessage(deps.db, {
        citizenId: described.citizenId,
        direction: 'in',
        kind: `unprocessed:${described.eventName}`,
        externalId: described.eventKey,
        body: { reason: parsed.kind, event: json },
        occurredAt: new Date(Number(described.timestamp)),
      });
      return;
    }
    const eventKey = eventKeyOf(parsed.event);
    try {
      await handleZaloEvent(parsed.event, { db: deps.db, handler: deps.handler, logger: deps.logger });
      await mailbox.clearFailures(citizenId, eventKey);
    } catch (error) {
      const failures = await mailbox.countFailure(citizenId, eventKey);
      const err = {
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : '',
      };
      if (failures >= MAX_EVENT_FAILURES) {
        zaloMetrics?.webhookEvents.inc({ outcome: 'dead_lettered' });
        logger.error({ eventKey, failures, err }, 'Zalo event failed repeatedly; set aside so later events proceed');
        return;
      }
      throw error;
    }
  }

  const inboundWorker = createWorker(
    inboundQueue,
    (data) =>
      drainInboundMailbox(
        data.citizenId,
        mailbox,
        (member) => handleMember(data.citizenId, member),
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

  const outboundWorker = createWorker(
    outboundQueue,
    (data, job: Job) =>
      deliverQueuedMessages(
        data.citizenId,
        {
          db: deps.db,
          redis: deps.redis,
          client: deps.client,
          outbound,
          csWindowDays: deps.csWindowDays,
          logger: deps.logger,
          ...(zaloMetrics ? { metrics: zaloMetrics } : {}),
        },
        { isLast: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) },
      ),
    { ...context, concurrency: deps.concurrency?.outbound ?? 8 },
  );

  async function runRetention() {
    const before = new Date(Date.now() - deps.retentionDays * DAY_MS);
    const log = await purgeConversationLog(deps.db, before);
    const citizens = await purgeInactiveCitizens(deps.db, before);
    logger.info({ ...log, citizens, retentionDays: deps.retentionDays }, 'conversation retention applied');
    return { ...log, citizens };
  }

  async function sweepOutbound(): Promise<number> {
    const stranded = await deps.db
      .selectDistinct({ citizenId: zaloDeliveries.citizenId })
      .from(zaloDeliveries)
      .where(
        and(
          eq(zaloDeliveries.status, 'queued'),
          lt(zaloDeliveries.updatedAt, new Date(Date.now() - STRANDED_AFTER_MS)),
          or(isNull(zaloDeliveries.notBefore), lte(zaloDeliveries.notBefore, new Date())),
        ),
      )
      .limit(SWEEP_BATCH);
    if (stranded.length > 0) {
      await outbound.addBulk(stranded.map((row) => ({ name: 'deliver', data: { citizenId: row.citizenId } })));
      logger.warn({ citizens: stranded.length }, 're-queued stranded outbound deliveries');
    }
    return stranded.length;
  }

  const maintenanceWorker = createWorker(
    zaloMaintenanceQueue,
    async (data) => (data.task === 'retention' ? runRetention() : sweepOutbound()),
    context,
  );
  if (deps.scheduleRetention ?? true) {
    await maintenance.queue.upsertJobScheduler(
      'conversation-retention',
      { every: RETENTION_EVERY_MS },
      { name: 'retention', data: { task: 'retention' } },
    );
    await maintenance.queue.upsertJobScheduler(
      'outbound-sweep',
      { every: SWEEP_EVERY_MS },
      { name: 'sweep-outbound', data: { task: 'sweep-outbound' } },
    );
  }

  return {
    runRetention,
    sweepOutbound,
    async close() {
      await Promise.all([inboundWorker.close(), outboundWorker.close(), maintenanceWorker.close()]);
      await Promise.all([inbound.close(), outbound.close(), maintenance.close()]);
    },
  };
}
