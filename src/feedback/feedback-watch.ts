import { and } from 'drizzle-orm';
import { Counter, Gauge } from 'prom-client';
import { z } from 'zod';
import type { TemplateRenderer } from '../conversation/index.js';
import type { FeedbackStatus, LgspServices } from '../lgsp/index.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { findOrCreateMetric, type Metrics } from '../platform/metrics.js';
import { defineQueue, startPeriodicTask, type PeriodicTask, type QueueContext } from '../platform/queues.js';
import type { FeedbackTicketRow, FeedbackTicketStatus } from './schema.js';
import { recordStatusNotice, type NoticeSink } from './ticket-notices.js';
import { photoDeletions } from './photo-deletions.js';
import { photoIntakeStore } from './photo-intake-store.js';
import type { PhotoStore } from './photo-store.js';
import { retentionStore } from './routing-store.js';
import { anonymiseTickets, finishedBefore, ofCategories } from './ticket-purge.js';
import { FINAL_AT_LGSP, keepsPolling, ticketStore, type LgspView } from './ticket-store.js';
import type { WorkingCalendar } from './deadline.js';
import { recordUnitReminders, type AuditSystemChange } from './unit-reminders.js';

/** One repeating "tick"; each tick asks the LGSP about the forwarded tickets that are due. */
export const feedbackWatchQueue = defineQueue('feedback-watch', z.object({}), {
  // A failed tick is simply replaced by the next one.
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
});

export interface FeedbackWatchConfig {
  /** Minutes between two checks of one ticket (±20 %). */
  intervalMinutes: number;
  /** LGSP lookups per minute at most. */
  checksPerMinute: number;
  /** Milliseconds between two ticks. Default 60000. */
  tickMs?: number;
  /**
   * Days a finished ticket keeps its personal data (contact, place, texts, photos) before it is anonymised, for
   * categories without their own (`feedback_retention`, edited with `PUT /api/admin/feedback/retention`).
   */
  retentionDays: number;
}

export interface FeedbackWatchDeps {
  db: Db;
  pakn: Pick<LgspServices['pakn'], 'status'>;
  sink: NoticeSink;
  renderer: Pick<TemplateRenderer, 'render' | 't' | 'has'>;
  /** Where photos are removed from when their ticket is anonymised. */
  photos: Pick<PhotoStore, 'remove'>;
  /** Photos fetched for reports never sent are removed from here after `INTAKE_KEPT_HOURS`. */
  photoIntake: Pick<PhotoStore, 'remove'>;
  /** Where the photos and files citizens sent during handoffs are kept (deletions a store refused are retried here). */
  handoffFiles?: Pick<PhotoStore, 'remove'>;
  queues: QueueContext;
  logger: Logger;
  metrics?: Metrics;
  config: FeedbackWatchConfig;
  /** The province's working calendar now: units are reminded of overdue tickets once per working day. */
  calendar: () => WorkingCalendar;
  /** Audits what the watch does by itself (a unit's daily reminder), in its transaction. */
  auditSystem: AuditSystemChange;
  clock?: () => Date;
}

export interface FeedbackWatchTick {
  checked: number;
  notified: number;
  unavailable: number;
  /** Tickets filed more than `UNFORWARDED_ALERT_MINUTES` ago that the LGSP does not have yet. */
  unforwarded: number;
  /** Open tickets past their deadline now, and how many of them were reminded for the first time by this tick. */
  overdue: number;
  reminded: number;
  /** Units' daily reminders recorded by this tick (the first tick of a working day's office hours makes them). */
  unitReminders: number;
  /** Finished tickets anonymised by retention in this tick, and photo files removed. */
  purged: number;
  purgedPhotos: number;
  /** Photo objects still to delete after this tick (their store failed): `zalo_egov_feedback_photo_deletions_pending`. */
  photoDeletionsPending: number;
}

/** Overdue tickets reminded per tick at most (the rest wait for the next tick). */
const REMINDER_BATCH = 100;

/** Photos fetched at intake for a report never sent are kept this long (longer than a conversation lasts). */
export const INTAKE_KEPT_HOURS = 24;
const INTAKE_BATCH = 500;

/** A ticket not at the LGSP this long after it was filed is worth an operator's look (metric and a warning). */
export const UNFORWARDED_ALERT_MINUTES = 30;

export interface FeedbackWatch {
  /** Registers the repeating tick (idempotent across processes) and starts its worker. */
  start(): Promise<void>;
  /** One tick now, in this process (tests). */
  runOnce(): Promise<FeedbackWatchTick>;
  close(): Promise<void>;
}

/** Our status for the LGSP's (its `received` is our `forwarded`: it has the ticket, nobody handles it yet). */
const FROM_LGSP: Record<FeedbackStatus, FeedbackTicketStatus> = {
  received: 'forwarded',
  processing: 'processing',
  answered: 'answered',
  rejected: 'rejected',
  duplicate: 'duplicate',
};
/** Our statuses that only say where the ticket is at the LGSP: the LGSP's next status replaces them. */
const LGSP_DRIVEN: readonly FeedbackTicketStatus[] = ['received', 'forwarded', 'processing'];

/**
 * Whether what the LGSP says now becomes the ticket's status (and the citizen is told): always while our status only
 * mirrors the LGSP's; after an official or the citizen acted here (answered, rejected, closed, reopened…), only an
 * outcome the LGSP reached since it was last asked (answered, with an answer other than the ticket's; rejected;
 * duplicate): the province's system of record settled it, and the citizen must hear it. Its progress alone
 * (received → processing) is not news to a citizen who was answered. The first view of a ticket settled here is
 * recorded only.
 */
export function takesLgspOutcome(
  ticket: Pick<FeedbackTicketRow, 'status' | 'answer' | 'lgspStatus' | 'lgspAnswer'>,
  lgsp: { status: FeedbackStatus; answer: string | null },
): boolean {
  const next = FROM_LGSP[lgsp.status];
  if (LGSP_DRIVEN.includes(ticket.status)) return next !== ticket.status;
  // Never asked since it was settled here (tickets from before the LGSP's view was kept): what it says now may be what
  // the ticket already went through (an answer the citizen reopened, a rejection), so it is only recorded.
  if (ticket.lgspStatus === null) return false;
  const changedThere = ticket.lgspStatus !== lgsp.status || ticket.lgspAnswer !== lgsp.answer;
  if (!changedThere || !FINAL_AT_LGSP.includes(lgsp.status)) return false;
  return next !== ticket.status || (next === 'answered' && lgsp.answer !== ticket.answer);
}

/**
 * Follows tickets at the LGSP (`TraCuuPhanAnh`) while the LGSP or we may still change them (`keepsPolling`: until the
 * LGSP answered, rejected or marked it duplicate and it is settled here; a ticket reopened here is asked about again),
 * keeps what the LGSP last said (officials see it), and tells the citizen of each change it brings
 * (`takesLgspOutcome`): the new status and its notice commit in one transaction, guarded by a compare-and-set on the
 * status, so two workers (or an official acting meanwhile) never notify twice. The LGSP has no call to write an
 * official's answer back: an answer given here reaches the citizen on Zalo only. Each tick also reminds of overdue
 * tickets and applies the retention of finished ones.
 */
export function createFeedbackWatch(deps: FeedbackWatchDeps): FeedbackWatch {
  const logger = deps.logger.child({ module: 'feedback-watch' });
  const clock = deps.clock ?? (() => new Date());
  const tickMs = deps.config.tickMs ?? 60_000;
  const batchSize = Math.max(1, Math.floor((deps.config.checksPerMinute * tickMs) / 60_000));
  let task: PeriodicTask | undefined;
  const unforwardedGauge = deps.metrics ? unforwardedTicketsGauge(deps.metrics) : undefined;
  const pendingDeletionsGauge = deps.metrics ? pendingPhotoDeletionsGauge(deps.metrics) : undefined;
  const overdueGauge = deps.metrics ? overdueTicketsGauge(deps.metrics) : undefined;
  const remindersCounter = deps.metrics ? overdueRemindersCounter(deps.metrics) : undefined;

  /**
   * Overdue tickets: a gauge per unit, and once per ticket a reminder (counter + a warning naming the ticket and its
   * unit: operators route it to the unit; nothing personal is in it).
   */
  async function remind(result: FeedbackWatchTick): Promise<void> {
    const now = clock();
    const perUnit = await ticketStore.countOverdueByUnit(deps.db, now);
    overdueGauge?.reset();
    for (const { unitCode, count } of perUnit) {
      overdueGauge?.set({ unit: unitCode ?? 'unrouted' }, count);
      result.overdue += count;
    }
    if (result.overdue === 0) return;
    for (const ticket of await ticketStore.claimOverdueForReminder(deps.db, now, REMINDER_BATCH)) {
      result.reminded += 1;
      remindersCounter?.inc({ unit: ticket.unitCode ?? 'unrouted' });
      logger.warn(
        { ticket: ticket.number, unit: ticket.unitCode, dueAt: ticket.dueAt?.toISOString(), status: ticket.status },
        'feedback ticket overdue: reminder to its unit',
      );
    }
  }

  /** Retention: each category with its own duration first, then every other category with the default. */
  async function purge(result: FeedbackWatchTick): Promise<void> {
    const now = clock();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);
    const own = await retentionStore.read(deps.db);
    const passes = [
      ...own.map((row) => ({ days: row.days, where: ofCategories([row.categoryCode]) })),
      {
        days: deps.config.retentionDays,
        where: ofCategories(
          own.map((row) => row.categoryCode),
          true,
        ),
      },
    ];
    for (const pass of passes) {
      const condition = and(finishedBefore(daysAgo(pass.days)), pass.where);
      if (!condition) continue;
      const purged = await anonymiseTickets(deps.db, deps.photos, condition, now, logger);
      result.purged += purged.tickets;
      result.purgedPhotos += purged.photos;
      if (purged.tickets > 0) logger.info({ ...purged, retentionDays: pass.days }, 'feedback retention applied');
    }
    const abandoned = await photoIntakeStore.olderThan(
      deps.db,
      new Date(clock().getTime() - INTAKE_KEPT_HOURS * 3600_000),
      INTAKE_BATCH,
    );
    await photoIntakeStore.remove(deps.db, deps.photoIntake, abandoned);
    // Deletions a store refused earlier (after the commit that forgot their rows): retried until the object is gone.
    const leftover = await photoDeletions.drain(
      deps.db,
      {
        photos: deps.photos,
        intake: deps.photoIntake,
        ...(deps.handoffFiles ? { handoff_files: deps.handoffFiles } : {}),
      },
      { logger },
    );
    result.purgedPhotos += leftover.removed;
    result.photoDeletionsPending = await photoDeletions.pending(deps.db);
    pendingDeletionsGauge?.set(result.photoDeletionsPending);
  }

  async function check(ticket: FeedbackTicketRow, result: FeedbackWatchTick): Promise<void> {
    result.checked += 1;
    if (ticket.lgspId === null) return;
    const lookup = await deps.pakn.status(ticket.lgspId);
    if (lookup.status !== 'ok') {
      // Not found right after a submit is the LGSP catching up; either way the next check asks again.
      if (lookup.status === 'unavailable') result.unavailable += 1;
      return;
    }
    const answer = lookup.value.answer;
    const view: LgspView = {
      status: lookup.value.status,
      answer: answer?.text ?? null,
      answeredAt: answer?.answeredAt ? new Date(answer.answeredAt) : null,
      checkedAt: clock(),
    };
    const next = FROM_LGSP[view.status];
    const taken = takesLgspOutcome(ticket, view);
    const status = taken ? next : ticket.status;
    const stopPolling = !keepsPolling({ lgspId: ticket.lgspId, lgspStatus: view.status }, status);
    const changed = await deps.db.transaction(async (tx) => {
      const row = taken
        ? await ticketStore.changeStatus(tx, ticket.id, [ticket.status], {
            status: next,
            agency: answer?.agency ?? lookup.value.agency ?? ticket.agency,
            ...(next === 'answered' && answer
              ? { answer: answer.text, answeredBy: 'lgsp', answeredAt: view.answeredAt ?? clock() }
              : {}),
            // The LGSP's reason is not given by its status call: an official's reason no longer applies.
            ...(next === ticket.status ? {} : { statusReason: null }),
            now: clock(),
          })
        : null;
      // An official acting meanwhile (the compare-and-set refused): the view is kept, polling goes on to decide again.
      const settled = stopPolling && (row !== null || !taken);
      await ticketStore.recordLgspView(tx, ticket.id, view, settled ? status : null);
      if (row) await recordStatusNotice(tx, deps.sink, deps.renderer, row);
      return row;
    });
    if (!changed) return;
    await deps.sink.release(changed.citizenId);
    result.notified += 1;
  }

  async function runOnce(): Promise<FeedbackWatchTick> {
    const result: FeedbackWatchTick = {
      checked: 0,
      notified: 0,
      unavailable: 0,
      unforwarded: 0,
      overdue: 0,
      reminded: 0,
      unitReminders: 0,
      purged: 0,
      purgedPhotos: 0,
      photoDeletionsPending: 0,
    };
    // Forwarding is the outbox's job (it retries for about two hours, then waits for an admin): this only watches it.
    result.unforwarded = await ticketStore.countUnforwarded(
      deps.db,
      new Date(clock().getTime() - UNFORWARDED_ALERT_MINUTES * 60_000),
    );
    unforwardedGauge?.set(result.unforwarded);
    if (result.unforwarded > 0) {
      logger.warn(
        { unforwarded: result.unforwarded, minutes: UNFORWARDED_ALERT_MINUTES },
        'feedback tickets are waiting to reach the LGSP (see /api/admin/effects)',
      );
    }
    const due = await ticketStore.claimDue(deps.db, clock(), batchSize, deps.config.intervalMinutes * 60_000);
    for (const ticket of due) {
      try {
        await check(ticket, result);
      } catch (error) {
        logger.error(
          { ticket: ticket.number, err: { message: error instanceof Error ? error.message : 'unknown' } },
          'feedback status check failed',
        );
      }
    }
    await remind(result);
    if (result.overdue > 0) {
      result.unitReminders = await recordUnitReminders(deps.db, clock(), deps.calendar(), deps.auditSystem);
      if (result.unitReminders > 0) {
        logger.info({ units: result.unitReminders }, 'units reminded of their overdue feedback tickets');
      }
    }
    await purge(result);
    if (result.checked > 0) logger.info({ ...result }, 'feedback watch tick');
    return result;
  }

  return {
    async start() {
      task = await startPeriodicTask(
        feedbackWatchQueue,
        { id: 'feedback-watch-tick', everyMs: tickMs, job: { name: 'tick', data: {} } },
        () => runOnce(),
        { ...deps.queues, logger: deps.logger, ...(deps.metrics ? { metrics: deps.metrics } : {}), concurrency: 1 },
      );
    },
    runOnce,
    async close() {
      await task?.close();
    },
  };
}

function overdueTicketsGauge(metrics: Metrics): Gauge<'unit'> {
  const name = 'zalo_egov_feedback_overdue_tickets';
  return findOrCreateMetric(
    metrics.registry,
    name,
    Gauge,
    () =>
      new Gauge({
        name,
        help: 'Open feedback tickets past their deadline, by handling unit (`unrouted`: no unit)',
        labelNames: ['unit'],
        registers: [metrics.registry],
      }),
  );
}

function overdueRemindersCounter(metrics: Metrics): Counter<'unit'> {
  const name = 'zalo_egov_feedback_overdue_reminders_total';
  return findOrCreateMetric(
    metrics.registry,
    name,
    Counter,
    () =>
      new Counter({
        name,
        help: 'Reminders sent for feedback tickets past their deadline (once per ticket), by handling unit',
        labelNames: ['unit'],
        registers: [metrics.registry],
      }),
  );
}

function unforwardedTicketsGauge(metrics: Metrics): Gauge {
  const name = 'zalo_egov_feedback_unforwarded_tickets';
  return findOrCreateMetric(
    metrics.registry,
    name,
    Gauge,
    () =>
      new Gauge({
        name,
        help: `Feedback tickets filed more than ${UNFORWARDED_ALERT_MINUTES} minutes ago that the LGSP does not have yet`,
        registers: [metrics.registry],
      }),
  );
}

function pendingPhotoDeletionsGauge(metrics: Metrics): Gauge {
  const name = 'zalo_egov_feedback_photo_deletions_pending';
  return findOrCreateMetric(
    metrics.registry,
    name,
    Gauge,
    () =>
      new Gauge({
        name,
        help: 'Photo and file objects (feedback photos, hand-off files; files or S3) still to delete because their store failed; retried every tick',
        registers: [metrics.registry],
      }),
  );
}
