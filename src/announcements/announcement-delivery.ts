import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { and, asc, count, eq, gt, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
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
import {
  createQueue,
  createWorker,
  DelayedError,
  RateLimitError,
  startPeriodicTask,
  type QueueContext,
} from '../platform/queues.js';
import { anonymiseRecipientsBefore } from './anonymise-recipients.js';
import { changeAnnouncement, findAnnouncement, type Announcement } from './announcement-store.js';
import { audienceCondition, insideWindowCondition } from './audience.js';
import {
  announcementContentSchema,
  fillPlaceholders,
  nonWebAddresses,
  placeholderFallbacks,
  renderAnnouncement,
} from './content.js';
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
  type HeldEndReason,
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
  /** Days after an announcement finished sending that its held messages expire (no longer offered). */
  heldDays: number;
}

/** What delivery needs of the messaging module: record in a transaction, release after the commit. */
export interface AnnouncementSink {
  /** Each citizen's delivery record ids, in the order given (one statement for the whole batch). */
  recordMany(
    executor: DbOrTx,
    items: Array<{ citizenId: string; messages: OutboundMessage[] }>,
    context?: SendContext,
  ): Promise<string[][]>;
  releaseMany(citizenIds: string[]): Promise<void>;
  /** The delivery queue's jobs by state (messages ready to go are `waiting` and `prioritized`). */
  queueDepths(): Promise<Array<{ state: string; count: number }>>;
  /**
   * Withdraws the not yet sent messages of a correlation id (a cancelled announcement); `heldOnly`: only those held for
   * the citizen's next visit; `executor`: in that transaction.
   */
  withdraw(correlationId: string, reason: string, options?: { heldOnly?: boolean; executor?: DbOrTx }): Promise<number>;
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
  /**
   * Runs at once the hand-overs of an announcement put off to the end of the quiet hours (it has just been marked
   * urgent); how many were waiting.
   */
  expedite(announcementId: string): Promise<number>;
  /** Marks the pending recipients of a cancelled announcement skipped and withdraws its unsent messages. */
  withdraw(announcementId: string): Promise<void>;
  /**
   * Stops offering a sent announcement's held messages, in `tx` (which has locked its row): each becomes skipped with
   * `reason`, and the announcement records when and why. How many were withdrawn.
   */
  endHeld(tx: Tx, announcementId: string, reason: HeldEndReason): Promise<number>;
  /** Expires the held messages of announcements that finished more than `heldDays` ago (the sweep runs it). */
  expireHeld(): Promise<number>;
  /**
   * Withdraws the unsent messages (handed over, or held for the citizen's next visit) of paused and sent announcements
   * stored with a link or image that is not a web address (the sweep runs it); how many were withdrawn.
   */
  withdrawNonWebAddresses(): Promise<number>;
  startWorkers(options?: { concurrency?: number; scheduleSweep?: boolean }): Promise<AnnouncementWorkers>;
  /** Retention: recipient rows of announcements finished before `before` stop naming citizens (outcomes stay). */
  anonymiseRecipientsBefore(before: Date): Promise<number>;
  close(): Promise<void>;
}

export interface AnnouncementWorkers {
  /** Re-queues the fan-out of every announcement that should be sending (lost jobs); the scheduler runs it. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

const FANOUT_BATCH = 500;
/** Recipients handed over by one send job at most (a second's worth at Zalo's 4,000 calls/min is about 66). */
const HANDOVER_BATCH_MAX = 50;
/**
 * Hand-overs wait while the delivery queue holds more than this many seconds' worth of messages ready to go (at the
 * rate limit): when delivery is slower than the limit, the backlog stays short, so a pause or cancel still stops an
 * announcement within seconds.
 */
const BACKLOG_SECONDS = 3;
const BACKLOG_RETRY_MS = 1000;
const SWEEP_EVERY_MS = 60_000;
/** Delayed send jobs read at a time when an announcement becomes urgent. */
const EXPEDITE_PAGE = 500;
const DAY_MS = 24 * 3600 * 1000;
const r = announcementRecipients;
const c = citizens;

/** The correlation id of an announcement's messages in the messaging module. */
export const correlationIdOf = (announcementId: string) => `announcement:${announcementId}`;
const CORRELATION_PATTERN = /^announcement:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Why the unsent messages of an announcement stored with a link or image that is not a web address are withdrawn
 * (the delivery's reason; progress counts them under `skipped`).
 */
export const NON_WEB_ADDRESS = 'non_web_address';

/**
 * Messaging's check as it releases a citizen's held messages: those of an announcement whose stored content has a link
 * or image that is not a web address (or no longer reads) are withdrawn, never sent, whatever its status, an
 * announcement `sent` before the rule included.
 */
export async function withheldAnnouncementMessages(
  executor: DbOrTx,
  correlationIds: string[],
): Promise<Array<{ correlationId: string; reason: string }>> {
  const ids = correlationIds.flatMap((id) => CORRELATION_PATTERN.exec(id)?.[1] ?? []);
  if (ids.length === 0) return [];
  const rows = await executor
    .select({ id: announcements.id, content: announcements.content })
    .from(announcements)
    .where(inArray(announcements.id, ids));
  return rows
    .filter((row) => {
      const content = announcementContentSchema.safeParse(row.content);
      return !content.success || nonWebAddresses(content.data).length > 0;
    })
    .map((row) => ({ correlationId: correlationIdOf(row.id), reason: NON_WEB_ADDRESS }));
}

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

/**
 * When a non-urgent announcement's messages will go because the quiet hours hold them; null when nothing holds it.
 * An approved one is judged as if sent now, a scheduled one at its send time, one sending from now on (one whose
 * recipients were all handed over already waits for nothing).
 */
export function waitsUntilOf(
  announcement: Pick<Announcement, 'status' | 'urgent' | 'sendAt'>,
  quiet: QuietHours | null,
  now: Date,
  options: { allHandedOver?: boolean } = {},
): Date | null {
  if (announcement.urgent || !quiet) return null;
  switch (announcement.status) {
    case 'approved':
      return endOfQuietHours(now, quiet);
    case 'scheduled': {
      const at = announcement.sendAt && announcement.sendAt > now ? announcement.sendAt : now;
      return endOfQuietHours(at, quiet);
    }
    case 'sending':
      return options.allHandedOver ? null : endOfQuietHours(now, quiet);
    default:
      return null;
  }
}

export function createAnnouncementDelivery(deps: AnnouncementDeliveryDeps): AnnouncementDelivery {
  const logger = deps.logger.child({ module: 'announcements' });
  const clock = deps.clock ?? (() => new Date());
  const fallbacks = placeholderFallbacks(deps.renderer);
  const fanoutQueue = createQueue(announcementFanoutQueue, deps.queues);
  const sendQueue = createQueue(announcementSendQueue, deps.queues);
  const articleQueue = createQueue(announcementArticleQueue, deps.queues);
  // Hand-overs at Zalo's pace, a second's worth per job: messaging's backlog stays short, so a pause or cancel
  // stops the announcement promptly, and a job's cost (locks, cap counts, records) is paid once per batch.
  const perSecond = Math.max(1, Math.floor(deps.config.sendsPerMinute / 60));
  const handoverBatch = Math.min(HANDOVER_BATCH_MAX, perSecond);
  const handoverEveryMs = Math.round((1000 * handoverBatch) / perSecond);
  // Counted in delivery jobs: messaging sends a hand-over's broadcasts in one batch job (a hand-over's worth of
  // messages), and a reply or a citizen's own job is one message, so this bounds the messages ready to go from above.
  const backlogLimit = Math.max(1, Math.ceil((BACKLOG_SECONDS * perSecond) / handoverBatch));
  async function deliveryBacklog(): Promise<number> {
    const depths = await deps.sink.queueDepths();
    return depths
      .filter((depth) => depth.state === 'waiting' || depth.state === 'prioritized')
      .reduce((sum, depth) => sum + depth.count, 0);
  }

  async function scheduleFanout(announcementId: string, at: Date, options: { again?: boolean } = {}): Promise<void> {
    const delay = Math.max(0, at.getTime() - clock().getTime());
    // `again` (a resume): the previous fan-out may still be running and about to stop at the pause; a job of its own
    // makes sure one runs after the resume (fan-outs are idempotent, two at once write nothing twice).
    const jobId = options.again ? `${fanoutJobId(announcementId)}-${randomUUID()}` : fanoutJobId(announcementId);
    await fanoutQueue.add('fanout', { announcementId }, { jobId, delay });
  }

  async function expedite(announcementId: string): Promise<number> {
    // Send jobs are named after their announcement; the quiet hours put them off as delayed jobs. Listed first, then
    // promoted, so that promoting never shifts the pages being read.
    const prefix = `${announcementId}-`;
    const waiting = [];
    for (let start = 0; ; start += EXPEDITE_PAGE) {
      const delayed = await sendQueue.queue.getDelayed(start, start + EXPEDITE_PAGE - 1);
      waiting.push(...delayed.filter((job) => job.id?.startsWith(prefix)));
      if (delayed.length < EXPEDITE_PAGE) break;
    }
    let promoted = 0;
    for (const job of waiting) {
      try {
        await job.promote();
        promoted += 1;
      } catch (error) {
        // Another process promoted or ran it meanwhile: nothing is left to do for that one.
        if (await job.isDelayed()) throw error;
      }
    }
    return promoted;
  }

  async function withdraw(announcementId: string): Promise<void> {
    await deps.db
      .update(r)
      .set({ status: 'skipped', reason: 'cancelled', updatedAt: sql`now()` })
      .where(and(eq(r.announcementId, announcementId), eq(r.status, 'pending')));
    await deps.sink.withdraw(correlationIdOf(announcementId), 'announcement_cancelled');
  }

  async function endHeld(tx: Tx, announcementId: string, reason: HeldEndReason): Promise<number> {
    await tx
      .update(announcements)
      .set({ heldEndedAt: clock(), heldEndReason: reason, updatedAt: sql`now()` })
      .where(eq(announcements.id, announcementId));
    return deps.sink.withdraw(correlationIdOf(announcementId), reason, { heldOnly: true, executor: tx });
  }

  async function expireHeld(): Promise<number> {
    const before = new Date(clock().getTime() - deps.config.heldDays * DAY_MS);
    const due = await deps.db
      .select({ id: announcements.id })
      .from(announcements)
      .where(
        and(eq(announcements.status, 'sent'), isNull(announcements.heldEndedAt), lt(announcements.finishedAt, before)),
      );
    let expired = 0;
    for (const { id } of due) {
      expired += await deps.db.transaction(async (tx) => {
        // Locked and checked again: an official may be withdrawing them right now.
        const [row] = await tx
          .select({ heldEndedAt: announcements.heldEndedAt })
          .from(announcements)
          .where(eq(announcements.id, id))
          .for('update');
        if (!row || row.heldEndedAt) return 0;
        const withdrawn = await endHeld(tx, id, 'expired');
        if (withdrawn > 0) {
          await deps.auditSystem(tx, {
            action: 'announcement.held_expired',
            target: { type: 'announcement', id },
            after: { heldEndReason: 'expired', withdrawn, heldDays: deps.config.heldDays },
          });
        }
        return withdrawn;
      });
    }
    if (expired > 0) logger.info({ expired }, 'held announcement messages expired');
    return expired;
  }

  /**
   * Pauses a scheduled or sending announcement whose stored content has a link or image that is not a web address
   * (saved before the rule): nothing of it reaches a citizen. In the same transaction, what it handed over and is not
   * yet sent, and what is held for citizens' next visit, is withdrawn (skipped, reason `non_web_address`); officials
   * see it paused (audited with the fields and how many were withdrawn, `nonWebAddresses` in the API) and cancel it,
   * since resuming is refused. True when it is in that case.
   */
  async function pauseIfNonWebAddress(tx: Tx, announcement: Announcement): Promise<boolean> {
    const paths = nonWebAddresses(announcement.content);
    if (paths.length === 0) return false;
    if (announcement.status !== 'scheduled' && announcement.status !== 'sending') return true;
    const from = announcement.status;
    const paused = await changeAnnouncement(tx, announcement.id, [from], { status: 'paused', pausedFrom: from });
    if (paused) {
      const withdrawn = await deps.sink.withdraw(correlationIdOf(announcement.id), NON_WEB_ADDRESS, { executor: tx });
      await deps.auditSystem(tx, {
        action: 'announcement.pause',
        target: { type: 'announcement', id: announcement.id },
        before: { status: from },
        after: { status: 'paused', reason: NON_WEB_ADDRESS, paths, withdrawn },
      });
      logger.warn(
        { announcementId: announcement.id, paths, withdrawn },
        'announcement paused, its unsent messages withdrawn: a link or image is not a web address',
      );
    }
    return true;
  }

  async function withdrawNonWebAddresses(): Promise<number> {
    // Scheduled and sending ones are paused by their fan-out (which the sweep queues); cancelled ones withdrew all.
    const stopped = await deps.db
      .select({ id: announcements.id, status: announcements.status, content: announcements.content })
      .from(announcements)
      .where(and(inArray(announcements.status, ['paused', 'sent']), isNull(announcements.heldEndedAt)));
    let total = 0;
    for (const row of stopped) {
      const content = announcementContentSchema.safeParse(row.content);
      const paths = content.success ? nonWebAddresses(content.data) : ['content'];
      if (paths.length === 0) continue;
      const withdrawn = await deps.db.transaction(async (tx) => {
        const count = await deps.sink.withdraw(correlationIdOf(row.id), NON_WEB_ADDRESS, { executor: tx });
        if (count > 0) {
          await deps.auditSystem(tx, {
            action: 'announcement.withdraw_unsent',
            target: { type: 'announcement', id: row.id },
            after: { status: row.status, reason: NON_WEB_ADDRESS, paths, withdrawn: count },
          });
        }
        return count;
      });
      if (withdrawn > 0) {
        logger.warn(
          { announcementId: row.id, paths, withdrawn },
          'unsent messages withdrawn: a link or image is not a web address',
        );
      }
      total += withdrawn;
    }
    return total;
  }

  /** Moves a due scheduled announcement to sending (audited), then writes recipients and queues their jobs. */
  async function fanOut(announcementId: string): Promise<void> {
    const due = await findAnnouncement(deps.db, announcementId);
    if (due && nonWebAddresses(due.content).length > 0) {
      await deps.db.transaction((tx) => pauseIfNonWebAddress(tx, due));
      return;
    }
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
      const jobs = [];
      for (let i = 0; i < batch.length; i += handoverBatch) {
        const citizenIds = batch.slice(i, i + handoverBatch).map((row) => row.citizenId);
        jobs.push({
          name: 'send',
          data: { announcementId, citizenIds },
          opts: { jobId: sendJobId(announcementId, citizenIds) },
        });
      }
      await sendQueue.addBulk(jobs);
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
      const text = fillPlaceholders(version.text, fallbacks('vi'), 'vi');
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

  type HandOver = { kind: 'done'; queued: string[] } | { kind: 'wait' } | { kind: 'quiet'; until: Date };

  /**
   * Decides the lane of a batch of recipients and hands their messages over, each exactly once (a recipient row
   * leaves `pending` in the transaction that records its message): one statement each for the locks, the rows, the
   * citizens, the daily cap, the delivery records and the outcomes, whatever the batch's size.
   */
  async function handOver(announcementId: string, citizenIds: string[]): Promise<HandOver> {
    const now = clock();
    // Loads the catalogue (kept in memory) before the transaction, so no LGSP call holds it open.
    await deps.communeName?.('');
    return deps.db.transaction(async (tx): Promise<HandOver> => {
      // One announcement at a time per citizen: the daily cap counts what the others committed. Taken in one
      // order (by key), so two batches never wait on each other in a cycle.
      await tx.execute(
        sql`select pg_advisory_xact_lock(k) from (select distinct hashtext('announcement-citizen:' || id) as k
          from unnest(${pgTextArray(citizenIds)}) as id order by k) as keys`,
      );
      // Rows another job is handing over right now are its own (a duplicate job): skipped, not waited for.
      const claimed = (
        await tx
          .select({ citizenId: r.citizenId })
          .from(r)
          .where(and(eq(r.announcementId, announcementId), inArray(r.citizenId, citizenIds), eq(r.status, 'pending')))
          .for('update', { skipLocked: true })
      ).map((row) => row.citizenId);
      if (claimed.length === 0) return { kind: 'done', queued: [] };
      const announcement = await findAnnouncement(tx, announcementId);
      if (!announcement || announcement.status === 'cancelled') {
        await settle(
          tx,
          announcementId,
          claimed.map((citizenId) => ({ citizenId, skip: 'cancelled' })),
          now,
        );
        return { kind: 'done', queued: [] };
      }
      // Paused (or not yet sending): they stay pending; resuming queues them again.
      if (announcement.status !== 'sending') return { kind: 'wait' };
      if (await pauseIfNonWebAddress(tx, announcement)) return { kind: 'wait' };
      if (!announcement.urgent) {
        const until = endOfQuietHours(now, deps.config.quietHours);
        if (until) return { kind: 'quiet', until };
      }
      const people = await tx
        .select({
          id: c.zaloUserId,
          following: c.following,
          language: c.language,
          contactName: c.contactName,
          communeCode: c.communeCode,
          inside: sql<boolean>`coalesce(${insideWindowCondition(now, deps.config.windowDays)}, false)`,
          unsubscribed: sql<boolean>`exists (select 1 from ${announcementSubscriptions} s where s.citizen_id = ${c.zaloUserId} and s.unsubscribed_at is not null)`,
        })
        .from(c)
        .where(inArray(c.zaloUserId, claimed));
      const byId = new Map(people.map((person) => [person.id, person]));
      const today = new Map<string, number>();
      if (!announcement.urgent) {
        const counts = await tx
          .select({ citizenId: r.citizenId, n: count() })
          .from(r)
          .where(and(inArray(r.citizenId, claimed), eq(r.status, 'queued'), gte(r.queuedAt, startOfVietnamDay(now))))
          .groupBy(r.citizenId);
        for (const row of counts) today.set(row.citizenId, row.n);
      }
      const outcomes: RecipientOutcome[] = [];
      const sending: Array<{ citizenId: string; messages: OutboundMessage[]; inside: boolean }> = [];
      for (const citizenId of claimed) {
        const citizen = byId.get(citizenId);
        if (!citizen?.following) outcomes.push({ citizenId, skip: 'not_following' });
        else if (citizen.unsubscribed) outcomes.push({ citizenId, skip: 'unsubscribed' });
        else if (!announcement.urgent && (today.get(citizenId) ?? 0) >= deps.config.dailyCapPerCitizen)
          outcomes.push({ citizenId, skip: 'daily_cap' });
        else {
          const messages = renderAnnouncement(
            announcement.content,
            {
              language: languageSchema.safeParse(citizen.language).data ?? DEFAULT_LANGUAGE,
              name: citizen.contactName,
              commune: (citizen.communeCode ? await deps.communeName?.(citizen.communeCode) : null) ?? null,
            },
            fallbacks,
          );
          sending.push({ citizenId, messages, inside: citizen.inside });
        }
      }
      // Outside the window messaging holds it for the citizen's next visit; the article lane reaches them meanwhile.
      const ids = await deps.sink.recordMany(
        tx,
        sending.map(({ citizenId, messages }) => ({ citizenId, messages })),
        { purpose: 'broadcast', correlationId: correlationIdOf(announcementId) },
      );
      sending.forEach(({ citizenId, inside }, i) =>
        outcomes.push({ citizenId, lane: inside ? 'message' : 'article', deliveryId: ids[i]?.at(-1) ?? null }),
      );
      await settle(tx, announcementId, outcomes, now);
      return { kind: 'done', queued: sending.map((item) => item.citizenId) };
    });
  }

  /** Moves the batch's recipients out of `pending`, each to its outcome, in one statement. */
  async function settle(tx: Tx, announcementId: string, outcomes: RecipientOutcome[], now: Date): Promise<void> {
    if (outcomes.length === 0) return;
    const rows = outcomes.map((o) =>
      'skip' in o
        ? sql`(${o.citizenId}, 'skipped', ${o.skip}, null, null::uuid)`
        : sql`(${o.citizenId}, 'queued', null, ${o.lane}, ${o.deliveryId}::uuid)`,
    );
    await tx.execute(sql`update ${r} set
        status = v.status, reason = v.reason, lane = v.lane, delivery_id = v.delivery_id,
        queued_at = case when v.status = 'queued' then ${now.toISOString()}::timestamptz else ${r.queuedAt} end,
        updated_at = now()
      from (values ${sql.join(rows, sql`, `)}) as v (citizen_id, status, reason, lane, delivery_id)
      where ${r.announcementId} = ${announcementId} and ${r.citizenId} = v.citizen_id and ${r.status} = 'pending'`);
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
        // A job queued by an earlier version names one recipient.
        const citizenIds = data.citizenIds ?? (data.citizenId ? [data.citizenId] : []);
        if ((await deliveryBacklog()) >= backlogLimit) {
          // Every hand-over pauses a moment; the job waits again without using up an attempt.
          await sendQueue.queue.rateLimit(BACKLOG_RETRY_MS);
          throw new RateLimitError();
        }
        const decision = await handOver(data.announcementId, citizenIds);
        if (decision.kind === 'quiet') {
          if (token === undefined) throw new Error('quiet hours: no job token to delay with');
          await job.moveToDelayed(decision.until.getTime(), token);
          throw new DelayedError();
        }
        if (decision.kind === 'done') {
          await deps.sink.releaseMany(decision.queued);
          await finishIfDone(data.announcementId);
        }
      },
      {
        ...context,
        concurrency: options.concurrency ?? 2,
        limiter: { max: 1, duration: handoverEveryMs },
      },
    );
    async function sweep(): Promise<number> {
      const due = await deps.db
        .select({ id: announcements.id, status: announcements.status, sendAt: announcements.sendAt })
        .from(announcements)
        .where(sql`${announcements.status} in ('scheduled', 'sending')`);
      for (const row of due)
        await scheduleFanout(row.id, row.status === 'scheduled' ? (row.sendAt ?? clock()) : clock());
      await expireHeld();
      await withdrawNonWebAddresses();
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
    expedite,
    withdraw,
    endHeld,
    expireHeld,
    withdrawNonWebAddresses,
    startWorkers,
    anonymiseRecipientsBefore: (before) => anonymiseRecipientsBefore(deps.db, before),
    async close() {
      await Promise.all([fanoutQueue.close(), sendQueue.close(), articleQueue.close()]);
    },
  };
}

/** What becomes of one recipient of a batch: skipped with a reason, or queued in a lane with its delivery record. */
type RecipientOutcome =
  { citizenId: string; skip: string } | { citizenId: string; lane: 'message' | 'article'; deliveryId: string | null };

/** A text[] parameter (drizzle would spread a plain array into a list of parameters). */
function pgTextArray(values: string[]) {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
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
