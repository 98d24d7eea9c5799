import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { and, asc, count, eq, gt, gte, isNotNull, sql } from 'drizzle-orm';
import { citizens } from '../citizens/index.js';
import type { TemplateRenderer } from '../conversation/index.js';
import {
  DEFAULT_LANGUAGE,
  fromVietnamWallClock,
  languageSchema,
  startOfVietnamDay,
  toVietnamWallClock,
  type OutboundMessage,
  type SendContext,
} from '../kernel/index.js';
import type { Db, DbOrTx, Tx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { createQueue, createWorker, DelayedError, startPeriodicTask, type QueueContext } from '../platform/queues.js';
import { changeAnnouncement, findAnnouncement, type Announcement } from './announcement-store.js';
import { audienceCondition, insideWindowCondition } from './audience.js';
import { fillPlaceholders, renderAnnouncement } from './content.js';
import {
  announcementArticleQueue,
  announcementFanoutQueue,
  announcementMaintenanceQueue,
  announcementSendQueue,
  fanoutJobId,
  sendJobId,
} from './queues.js';
import {
  announcementArticleQuota,
  announcementRecipients,
  announcements,
  announcementSubscriptions,
} from './schema.js';

/** Quiet hours, minutes since local midnight in Vietnam; `start > end` spans midnight (22:00–06:00). */
export interface QuietHours {
  startMinutes: number;
  endMinutes: number;
}

export interface AnnouncementDeliveryConfig {
  /** Zalo's consultation window after a citizen's last interaction (days). */
  windowDays: number;
  /** Announcements one citizen receives per day (Vietnam time) at most; urgent ones are not capped. */
  dailyCapPerCitizen: number;
  /** No non-urgent announcement is handed over in these hours; null: none. */
  quietHours: QuietHours | null;
  /** Hand-overs per minute (the delivery queue's own limit shares Zalo's rate with replies, which go first). */
  sendsPerMinute: number;
}

/** What delivery needs of the messaging module: record in a transaction, release after the commit. */
export interface AnnouncementSink {
  record(executor: DbOrTx, citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]>;
  release(citizenId: string): Promise<void>;
  /** Withdraws the not yet sent messages of a correlation id (a cancelled announcement). */
  withdraw(correlationId: string, reason: string): Promise<number>;
}

/** Audits a transition the system makes (scheduled → sending → sent), in its transaction. */
export type AuditSystemChange = (
  tx: Tx,
  change: { action: string; target: { type: string; id: string }; before?: unknown; after?: unknown },
) => Promise<void>;

/**
 * The OA's article broadcast (Zalo: `/v2.0/article/create`, `/v2.0/article/verify`, `/v2.0/oa/message`): the lane for
 * followers outside the consultation window. Throws when the outcome is unknown (no answer).
 */
export interface ArticlePublisher {
  create(article: { title: string; description: string; paragraphs: string[]; coverPhotoUrl: string }): Promise<{
    token: string;
  }>;
  verify(token: string): Promise<{ articleId: string }>;
  broadcast(articleId: string): Promise<'sent' | 'quota_exhausted' | 'refused'>;
}

export interface AnnouncementDeliveryDeps {
  /** The article lane; without it, followers outside the window only get the message at their next visit. */
  articles?: ArticlePublisher;
  /** Cover image of articles whose announcement has none (Zalo requires one). */
  articleCoverUrl?: string;
  db: Db;
  queues: QueueContext;
  sink: AnnouncementSink;
  renderer: Pick<TemplateRenderer, 't'>;
  /** A commune's name for `{{commune}}` (the LGSP's catalogue); without it, or unknown, the fallback words. */
  communeName?: (code: string) => Promise<string | null>;
  auditSystem: AuditSystemChange;
  config: AnnouncementDeliveryConfig;
  logger: Logger;
  clock?: () => Date;
}

export interface AnnouncementDelivery {
  /** Queues the fan-out at `at` (now or later); a fan-out already waiting stays as it is, unless `again`. */
  scheduleFanout(announcementId: string, at: Date, options?: { again?: boolean }): Promise<void>;
  /** Marks the pending recipients of a cancelled announcement skipped and withdraws its unsent messages. */
  withdraw(announcementId: string): Promise<void>;
  startWorkers(options?: { concurrency?: number; scheduleSweep?: boolean }): Promise<AnnouncementWorkers>;
  /** Deletes the recipient rows (citizen ids) of announcements finished before `before` (retention). */
  purgeRecipientsBefore(before: Date): Promise<number>;
  close(): Promise<void>;
}

export interface AnnouncementWorkers {
  /** Re-queues the fan-out of every announcement that should be sending (lost jobs); the scheduler runs it. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

const FANOUT_BATCH = 500;
const SWEEP_EVERY_MS = 60_000;
const r = announcementRecipients;
const c = citizens;

/** The correlation id of an announcement's messages in the messaging module. */
export const correlationIdOf = (announcementId: string) => `announcement:${announcementId}`;

/** Whether `now` falls in the quiet hours; if so, when they end. */
export function endOfQuietHours(now: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const { minutes, year, month, day } = toVietnamWallClock(now);
  const { startMinutes: start, endMinutes: end } = quiet;
  const inside = start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const endToday = fromVietnamWallClock(year, month, day, Math.floor(end / 60), end % 60);
  return endToday.getTime() > now.getTime() ? endToday : new Date(endToday.getTime() + 24 * 3600 * 1000);
}

export function createAnnouncementDelivery(deps: AnnouncementDeliveryDeps): AnnouncementDelivery {
  const logger = deps.logger.child({ module: 'announcements' });
  const clock = deps.clock ?? (() => new Date());
  const fanoutQueue = createQueue(announcementFanoutQueue, deps.queues);
  const sendQueue = createQueue(announcementSendQueue, deps.queues);
  const articleQueue = createQueue(announcementArticleQueue, deps.queues);

  async function scheduleFanout(announcementId: string, at: Date, options: { again?: boolean } = {}): Promise<void> {
    const delay = Math.max(0, at.getTime() - clock().getTime());
    // `again` (a resume): the previous fan-out may still be running and about to stop at the pause; a job of its own
    // makes sure one runs after the resume (fan-outs are idempotent, two at once write nothing twice).
    const jobId = options.again ? `${fanoutJobId(announcementId)}-${randomUUID()}` : fanoutJobId(announcementId);
    await fanoutQueue.add('fanout', { announcementId }, { jobId, delay });
  }

  async function withdraw(announcementId: string): Promise<void> {
    await deps.db
      .update(r)
      .set({ status: 'skipped', reason: 'cancelled', updatedAt: sql`now()` })
      .where(and(eq(r.announcementId, announcementId), eq(r.status, 'pending')));
    await deps.sink.withdraw(correlationIdOf(announcementId), 'announcement_cancelled');
  }

  /** Moves a due scheduled announcement to sending (audited), then writes recipients and queues their jobs. */
  async function fanOut(announcementId: string): Promise<void> {
    const now = clock();
    const started = await deps.db
      .transaction(async (tx) => {
        const row = await changeAnnouncement(tx, announcementId, ['scheduled'], { status: 'sending' });
        if (row && row.sendAt && row.sendAt.getTime() > now.getTime()) {
          // Rescheduled later while this job waited: not yet.
          throw new NotYetError(row.sendAt);
        }
        if (row) {
          await deps.auditSystem(tx, {
            action: 'announcement.sending',
            target: { type: 'announcement', id: row.id },
            before: { status: 'scheduled' },
            after: { status: 'sending' },
          });
        }
        return row;
      })
      .catch(async (error: unknown) => {
        if (!(error instanceof NotYetError)) throw error;
        await scheduleFanout(announcementId, error.at);
        return null;
      });
    const announcement = started ?? (await findAnnouncement(deps.db, announcementId));
    if (!announcement || announcement.status !== 'sending') return;
    if (!announcement.fanoutDoneAt) await writeRecipients(announcement);
    await queuePending(announcementId);
    await finishIfDone(announcementId);
  }

  /** Phase 1: every matching citizen becomes a pending recipient, in keyset batches; the cursor commits with each. */
  async function writeRecipients(announcement: Announcement): Promise<void> {
    let cursor = announcement.fanoutCursor;
    for (;;) {
      const batch = await deps.db
        .select({ id: c.zaloUserId })
        .from(c)
        .where(and(audienceCondition(announcement.audience), cursor === null ? undefined : gt(c.zaloUserId, cursor)))
        .orderBy(asc(c.zaloUserId))
        .limit(FANOUT_BATCH);
      const last = batch.at(-1)?.id;
      const stillSending = await deps.db
        .transaction(async (tx) => {
          if (batch.length > 0) {
            await tx
              .insert(r)
              .values(batch.map((citizen) => ({ announcementId: announcement.id, citizenId: citizen.id })))
              .onConflictDoNothing();
          }
          const set = last === undefined ? { fanoutDoneAt: clock() } : { fanoutCursor: last };
          const changed = await changeAnnouncement(tx, announcement.id, ['sending'], set);
          // Paused or cancelled meanwhile: this batch is not written (a cancel has already skipped the others);
          // a resume continues from the cursor.
          if (!changed) throw new StoppedError();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof StoppedError) return false;
          throw error;
        });
      if (!stillSending || last === undefined) return;
      cursor = last;
    }
  }

  /** Phase 2: a send job per pending recipient (ids dedupe those already waiting; a done one finds nothing to do). */
  async function queuePending(announcementId: string): Promise<void> {
    let cursor: string | null = null;
    for (;;) {
      const batch = await deps.db
        .select({ citizenId: r.citizenId })
        .from(r)
        .where(
          and(
            eq(r.announcementId, announcementId),
            eq(r.status, 'pending'),
            cursor === null ? undefined : gt(r.citizenId, cursor),
          ),
        )
        .orderBy(asc(r.citizenId))
        .limit(FANOUT_BATCH);
      if (batch.length === 0) return;
      const current = await findAnnouncement(deps.db, announcementId);
      if (current?.status !== 'sending') return;
      await sendQueue.addBulk(
        batch.map(({ citizenId }) => ({
          name: 'send',
          data: { announcementId, citizenId },
          opts: { jobId: sendJobId(announcementId, citizenId) },
        })),
      );
      cursor = batch.at(-1)?.citizenId ?? null;
    }
  }

  /** Sending → sent once the fan-out is done and no recipient is pending (audited). */
  async function finishIfDone(announcementId: string): Promise<void> {
    const finished = await settleIfDone(announcementId);
    if (finished) await queueArticleIfNeeded(announcementId);
  }

  async function settleIfDone(announcementId: string): Promise<boolean> {
    // Cheap check first: every send job asks, and all but the last find a pending recipient.
    const [pending] = await deps.db
      .select({ one: sql`1` })
      .from(r)
      .where(and(eq(r.announcementId, announcementId), eq(r.status, 'pending')))
      .limit(1);
    if (pending) return false;
    return deps.db.transaction(async (tx) => {
      const [done] = await tx
        .update(announcements)
        .set({ status: 'sent', finishedAt: clock(), updatedAt: sql`now()` })
        .where(
          and(
            eq(announcements.id, announcementId),
            eq(announcements.status, 'sending'),
            isNotNull(announcements.fanoutDoneAt),
            sql`not exists (select 1 from ${r} where ${r.announcementId} = ${announcementId} and ${r.status} = 'pending')`,
          ),
        )
        .returning({ id: announcements.id });
      if (done) {
        await deps.auditSystem(tx, {
          action: 'announcement.sent',
          target: { type: 'announcement', id: announcementId },
          before: { status: 'sending' },
          after: { status: 'sent' },
        });
      }
      return done !== undefined;
    });
  }

  async function queueArticleIfNeeded(announcementId: string): Promise<void> {
    if (!deps.articles) return;
    const [outside] = await deps.db
      .select({ one: sql`1` })
      .from(r)
      .where(and(eq(r.announcementId, announcementId), eq(r.lane, 'article')))
      .limit(1);
    if (outside) {
      await articleQueue.add('article', { announcementId }, { jobId: `article-${announcementId}` });
    }
  }

  /**
   * The article lane, step by step, each step's result stored before the next: create the article (its token), verify
   * it (its id), broadcast it once. A broadcast whose outcome is unknown is never repeated (at most once to everyone).
   */
  async function publishArticle(announcementId: string): Promise<void> {
    const publisher = deps.articles;
    const announcement = await findAnnouncement(deps.db, announcementId);
    if (!publisher || !announcement || (announcement.articleStatus && announcement.articleStatus !== 'broadcasting'))
      return;
    const setArticle = (set: Partial<typeof announcements.$inferInsert>) =>
      deps.db
        .update(announcements)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(announcements.id, announcementId));
    if (announcement.articleStatus === 'broadcasting') {
      logger.warn({ announcementId }, 'an article broadcast died in flight: not repeated, its outcome is unknown');
      await setArticle({ articleStatus: 'unknown' });
      return;
    }
    const version = announcement.content.vi;
    const coverPhotoUrl = version.imageUrl ?? deps.articleCoverUrl;
    if (!coverPhotoUrl) {
      await setArticle({ articleStatus: 'no_cover' });
      return;
    }
    let token = announcement.articleToken;
    if (!token) {
      const text = fillPlaceholders(version.text, {
        name: deps.renderer.t('announcements:name_fallback', 'vi'),
        commune: deps.renderer.t('announcements:commune_fallback', 'vi'),
      });
      token = (
        await publisher.create({
          title: version.title.slice(0, 150),
          description: text.slice(0, 300),
          paragraphs: text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > 0),
          coverPhotoUrl,
        })
      ).token;
      await setArticle({ articleToken: token });
    }
    let articleId = announcement.articleId;
    if (!articleId) {
      articleId = (await publisher.verify(token)).articleId;
      await setArticle({ articleId });
    }
    await setArticle({ articleStatus: 'broadcasting' });
    const outcome = await publisher.broadcast(articleId);
    const status = outcome === 'sent' ? 'broadcast' : outcome === 'quota_exhausted' ? 'quota_exhausted' : 'failed';
    await deps.db.transaction(async (tx) => {
      await tx
        .update(announcements)
        .set({ articleStatus: status, updatedAt: sql`now()` })
        .where(eq(announcements.id, announcementId));
      if (status === 'broadcast') {
        const wall = toVietnamWallClock(clock());
        const month = `${wall.year}-${String(wall.month).padStart(2, '0')}`;
        await tx
          .insert(announcementArticleQuota)
          .values({ month, used: 1 })
          .onConflictDoUpdate({
            target: announcementArticleQuota.month,
            set: { used: sql`${announcementArticleQuota.used} + 1`, updatedAt: sql`now()` },
          });
      }
      await deps.auditSystem(tx, {
        action: 'announcement.article',
        target: { type: 'announcement', id: announcementId },
        after: { articleStatus: status, articleId },
      });
    });
  }

  type SendDecision =
    { kind: 'done' } | { kind: 'wait' } | { kind: 'quiet'; until: Date } | { kind: 'queued'; citizenId: string };

  /** Decides one recipient's lane and hands the message over, exactly once (the recipient row is the guard). */
  async function sendToRecipient(announcementId: string, citizenId: string): Promise<SendDecision> {
    const now = clock();
    // Loads the catalogue (kept in memory) before the transaction, so no LGSP call holds it open.
    await deps.communeName?.('');
    return deps.db.transaction(async (tx): Promise<SendDecision> => {
      // One announcement at a time per citizen: the daily cap counts what the others committed.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`announcement-citizen:${citizenId}`}))`);
      const [recipient] = await tx
        .select()
        .from(r)
        .where(and(eq(r.announcementId, announcementId), eq(r.citizenId, citizenId)))
        .for('update');
      if (recipient?.status !== 'pending') return { kind: 'done' };
      const announcement = await findAnnouncement(tx, announcementId);
      if (!announcement || announcement.status === 'cancelled') {
        await skip(tx, announcementId, citizenId, 'cancelled');
        return { kind: 'done' };
      }
      // Paused (or not yet sending): it stays pending; resuming queues it again.
      if (announcement.status !== 'sending') return { kind: 'wait' };
      if (!announcement.urgent) {
        const until = endOfQuietHours(now, deps.config.quietHours);
        if (until) return { kind: 'quiet', until };
      }
      const [citizen] = await tx
        .select({
          following: c.following,
          language: c.language,
          contactName: c.contactName,
          communeCode: c.communeCode,
          inside: sql<boolean>`coalesce(${insideWindowCondition(now, deps.config.windowDays)}, false)`,
          unsubscribed: sql<boolean>`exists (select 1 from ${announcementSubscriptions} s where s.citizen_id = ${c.zaloUserId} and s.unsubscribed_at is not null)`,
        })
        .from(c)
        .where(eq(c.zaloUserId, citizenId));
      if (!citizen?.following) return skip(tx, announcementId, citizenId, 'not_following');
      if (citizen.unsubscribed) return skip(tx, announcementId, citizenId, 'unsubscribed');
      if (!announcement.urgent) {
        const [today] = await tx
          .select({ n: count() })
          .from(r)
          .where(and(eq(r.citizenId, citizenId), eq(r.status, 'queued'), gte(r.queuedAt, startOfVietnamDay(now))));
        if ((today?.n ?? 0) >= deps.config.dailyCapPerCitizen) return skip(tx, announcementId, citizenId, 'daily_cap');
      }
      const language = languageSchema.safeParse(citizen.language).data ?? DEFAULT_LANGUAGE;
      const messages = renderAnnouncement(announcement.content, {
        language,
        name: citizen.contactName ?? deps.renderer.t('announcements:name_fallback', language),
        commune:
          (citizen.communeCode ? await deps.communeName?.(citizen.communeCode) : null) ??
          deps.renderer.t('announcements:commune_fallback', language),
      });
      // Outside the window messaging holds it for the citizen's next visit; the article lane reaches them meanwhile.
      const ids = await deps.sink.record(tx, citizenId, messages, {
        purpose: 'broadcast',
        correlationId: correlationIdOf(announcementId),
      });
      await tx
        .update(r)
        .set({
          status: 'queued',
          lane: citizen.inside ? 'message' : 'article',
          deliveryId: ids.at(-1) ?? null,
          queuedAt: now,
          updatedAt: sql`now()`,
        })
        .where(and(eq(r.announcementId, announcementId), eq(r.citizenId, citizenId)));
      return { kind: 'queued', citizenId };
    });
  }

  async function skip(tx: Tx, announcementId: string, citizenId: string, reason: string): Promise<SendDecision> {
    await tx
      .update(r)
      .set({ status: 'skipped', reason, updatedAt: sql`now()` })
      .where(and(eq(r.announcementId, announcementId), eq(r.citizenId, citizenId), eq(r.status, 'pending')));
    return { kind: 'done' };
  }

  async function startWorkers(options: { concurrency?: number; scheduleSweep?: boolean } = {}) {
    const context = { ...deps.queues, logger: deps.logger };
    const fanoutWorker = createWorker(announcementFanoutQueue, (data) => fanOut(data.announcementId), context);
    const articleWorker = createWorker(
      announcementArticleQueue,
      (data) => publishArticle(data.announcementId),
      context,
    );
    const sendWorker = createWorker(
      announcementSendQueue,
      async (data, job: Job, token) => {
        const decision = await sendToRecipient(data.announcementId, data.citizenId);
        if (decision.kind === 'quiet') {
          if (token === undefined) throw new Error('quiet hours: no job token to delay with');
          await job.moveToDelayed(decision.until.getTime(), token);
          throw new DelayedError();
        }
        if (decision.kind === 'queued') await deps.sink.release(decision.citizenId);
        if (decision.kind !== 'wait') await finishIfDone(data.announcementId);
      },
      {
        ...context,
        concurrency: options.concurrency ?? 8,
        // Hand-overs at Zalo's pace keep messaging's backlog short, so pausing stops the announcement promptly.
        limiter: { max: Math.max(1, Math.floor(deps.config.sendsPerMinute / 60)), duration: 1000 },
      },
    );
    async function sweep(): Promise<number> {
      const due = await deps.db
        .select({ id: announcements.id, status: announcements.status, sendAt: announcements.sendAt })
        .from(announcements)
        .where(sql`${announcements.status} in ('scheduled', 'sending')`);
      for (const row of due)
        await scheduleFanout(row.id, row.status === 'scheduled' ? (row.sendAt ?? clock()) : clock());
      return due.length;
    }
    const sweeping = await startPeriodicTask(
      announcementMaintenanceQueue,
      { id: 'announcement-sweep', everyMs: SWEEP_EVERY_MS, job: { name: 'sweep', data: { task: 'sweep' } } },
      () => sweep(),
      { ...context, schedule: options.scheduleSweep ?? true },
    );
    logger.debug('announcement workers started');
    return {
      sweep,
      async close() {
        await Promise.all([fanoutWorker.close(), sendWorker.close(), articleWorker.close(), sweeping.close()]);
      },
    };
  }

  return {
    scheduleFanout,
    withdraw,
    startWorkers,
    purgeRecipientsBefore: (before) => purgeAnnouncementRecipients(deps.db, before),
    async close() {
      await Promise.all([fanoutQueue.close(), sendQueue.close(), articleQueue.close()]);
    },
  };
}

/**
 * Deletes the recipient rows (who received which announcement: citizen ids) of announcements finished before
 * `before`; the announcement itself stays, its report then empty. The retention task runs it with the conversation
 * log's period (CONVERSATION_RETENTION_DAYS).
 */
export async function purgeAnnouncementRecipients(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(r)
    .where(
      sql`${r.announcementId} in (select ${announcements.id} from ${announcements} where ${announcements.finishedAt} < ${before})`,
    )
    .returning({ id: r.citizenId });
  return removed.length;
}

class StoppedError extends Error {
  constructor() {
    super('the announcement is no longer sending');
  }
}

class NotYetError extends Error {
  constructor(readonly at: Date) {
    super('not yet due');
  }
}
