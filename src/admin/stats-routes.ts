import { z } from 'zod';
import { ANNOUNCEMENT_STATUSES, countAnnouncementReach, countAnnouncements } from '../announcements/index.js';
import { countHandoffs } from '../conversation/index.js';
import { countFeedbackShares, countFeedbackTickets, FEEDBACK_STATUSES } from '../feedback/index.js';
import { countLookupOutcomes, LOOKUP_SERVICES } from '../lgsp/index.js';
import { toVietnamDate, VIETNAM_OFFSET_MS } from '../kernel/index.js';
import { countMessagesPerDay } from '../messaging/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { getAdminPrincipal, unitScopeOf } from './admin-auth.js';
import { hasPermission } from './roles.js';

export interface StatsApiDeps {
  db: Db;
  clock: () => Date;
}

const DAY_MS = 24 * 3600 * 1000;

const route = apiRoutes<StatsApiDeps>();

const dayStatsSchema = z
  .object({
    day: z.iso.date().meta({ description: 'The day in Vietnam (UTC+7)' }),
    messagesIn: z.number().int(),
    messagesOut: z.number().int(),
    conversations: z.number().int().meta({ description: 'Citizens who wrote that day' }),
    handedOff: z.number().int().meta({ description: 'Conversations handed to an official that day' }),
  })
  .meta({ id: 'DayStats' });

const countsOf = <T extends string>(keys: readonly [T, ...T[]]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<T, z.ZodNumber>);

const shareSchema = z
  .object({
    code: z.string().meta({ description: 'The field or commune code; `-` no commune given, `*` all the others' }),
    name: z.string(),
    count: z.number().int(),
  })
  .meta({ id: 'FeedbackShare' });

const lookupStatsSchema = z
  .object({
    service: z.enum(LOOKUP_SERVICES).meta({
      description:
        'dossier: a dossier by its code; dossiers_by_phone: "my dossiers" by the shared phone; procedure_search: procedures by words; procedure: one procedure; business: a business by tax code',
    }),
    found: z.number().int(),
    notFound: z.number().int().meta({ description: 'The LGSP had no such record (or the search no match)' }),
    failed: z
      .number()
      .int()
      .meta({ description: 'The LGSP could not answer (down, breaker open, an answer that did not fit)' }),
  })
  .meta({ id: 'LookupStats' });

const statsSchema = z
  .object({
    since: z.iso.date().meta({ description: 'The first day counted (Vietnam)' }),
    days: z
      .array(dayStatsSchema)
      .nullable()
      .meta({ description: 'Every day from `since` to today, oldest first; null without `conversations.read`' }),
    handoffs: z
      .object({
        open: z.number().int(),
        taken: z.number().int(),
        medianMinutesToFirstAnswer: z.number().nullable(),
        medianMinutesToClose: z.number().nullable(),
        averageRating: z.number().nullable(),
        ratings: z
          .array(z.number().int())
          .length(5)
          .meta({ description: 'How many rated 1, 2, 3, 4 and 5 (index 0 is 1)' }),
      })
      .nullable()
      .meta({
        description:
          'Live handoffs (waiting for an official, claimed), and of those asked for in the period the median minutes to the first answer and to the close (from the opening a message left after hours was left for), the average rating (1–5) and the count of each rating; null without `conversations.read`',
      }),
    lookups: z.array(lookupStatsSchema).nullable().meta({
      description:
        "Citizens' LGSP lookups in the period by service and outcome, every service listed (flow simulations not counted); null without `conversations.read`",
    }),
    feedback: z
      .object({
        byStatus: countsOf(FEEDBACK_STATUSES),
        overdue: z.number().int().meta({ description: 'Open tickets past their working-day deadline' }),
        overdueByStatus: countsOf(FEEDBACK_STATUSES).meta({
          description: 'Of each status, the tickets past their deadline (only open statuses can have any)',
        }),
        byCategory: z.array(shareSchema).meta({ description: 'Tickets filed in the period by field, largest first' }),
        byCommune: z.array(shareSchema).meta({ description: 'Tickets filed in the period by commune, largest first' }),
      })
      .nullable()
      .meta({
        description:
          "All tickets by status, and those filed in the period by field and commune (the official's unit only, for one tied to a unit); null without `feedback.read`",
      }),
    announcements: countsOf(ANNOUNCEMENT_STATUSES)
      .nullable()
      .meta({ description: 'All announcements by status; null without `announcements.read`' }),
    announcementReach: z
      .object({
        total: z.number().int(),
        pending: z.number().int(),
        queued: z.number().int(),
        sent: z.number().int(),
        received: z.number().int(),
        seen: z.number().int(),
        held: z.number().int(),
        failed: z.number().int(),
        skipped: z.number().int().meta({ description: 'Not sent: not following, unsubscribed, daily cap…' }),
      })
      .nullable()
      .meta({
        description:
          'What became of the recipients of the announcements created in the period; null without `announcements.read`',
      }),
  })
  .meta({ id: 'DashboardStats' });

/** Counts for the home dashboard, each section only for a caller allowed to read what it counts. */
export const statsRoutes = {
  prefix: '/stats',
  tag: { name: 'Dashboard', description: 'Counts for the home page' },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'getDashboardStats',
      summary: 'Counts for the dashboard',
      description:
        "Messages and conversations per day (Vietnam days), live handoffs, citizens' LGSP lookups by service and outcome, feedback tickets by status and overdue and the period's by field and commune, announcements by status and the reach of the period's. A section the caller may not read is null.",
      access: 'signed-in',
      query: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
      response: statsSchema,
      async handler({ query, res }, ctx) {
        const { roles } = getAdminPrincipal(res);
        const now = ctx.clock();
        const today = toVietnamDate(now);
        const firstDay = new Date(Date.parse(today) - (query.days - 1) * DAY_MS);
        // Midnight in Vietnam of the first day.
        const since = new Date(firstDay.getTime() - VIETNAM_OFFSET_MS);
        const mayConverse = hasPermission(roles, 'conversations.read');
        const mayReadFeedback = hasPermission(roles, 'feedback.read');
        const mayReadAnnouncements = hasPermission(roles, 'announcements.read');
        const unitCode = unitScopeOf(res);
        const [messages, handoffs, lookups, feedback, shares, announcements, reach] = await Promise.all([
          mayConverse ? countMessagesPerDay(ctx.db, since) : null,
          mayConverse ? countHandoffs(ctx.db, since) : null,
          mayConverse ? countLookupOutcomes(ctx.db, toVietnamDate(since)) : null,
          mayReadFeedback ? countFeedbackTickets(ctx.db, { now, unitCode }) : null,
          mayReadFeedback ? countFeedbackShares(ctx.db, { since, unitCode }) : null,
          mayReadAnnouncements ? countAnnouncements(ctx.db) : null,
          mayReadAnnouncements ? countAnnouncementReach(ctx.db, since) : null,
        ]);
        const days =
          messages && handoffs
            ? Array.from({ length: query.days }, (_, index) => {
                const day = new Date(firstDay.getTime() + index * DAY_MS).toISOString().slice(0, 10);
                const onDay = messages.find((row) => row.day === day);
                return {
                  day,
                  messagesIn: onDay?.in ?? 0,
                  messagesOut: onDay?.out ?? 0,
                  conversations: onDay?.citizens ?? 0,
                  handedOff: handoffs.perDay.find((row) => row.day === day)?.handedOff ?? 0,
                };
              })
            : null;
        return {
          since: firstDay.toISOString().slice(0, 10),
          days,
          handoffs: handoffs && {
            open: handoffs.open,
            taken: handoffs.taken,
            medianMinutesToFirstAnswer: handoffs.medianMinutesToFirstAnswer,
            medianMinutesToClose: handoffs.medianMinutesToClose,
            averageRating: handoffs.averageRating,
            ratings: handoffs.ratings,
          },
          lookups,
          feedback: feedback && shares && { ...feedback, ...shares },
          announcements,
          announcementReach: reach && {
            total: reach.total,
            pending: reach.pending,
            queued: reach.queued,
            sent: reach.sent,
            received: reach.received,
            seen: reach.seen,
            held: reach.held,
            failed: reach.failed,
            skipped: Object.values(reach.skipped).reduce((sum, n) => sum + n, 0) + reach.withdrawn + reach.expired,
          },
        };
      },
    }),
  ],
};

export const statsApi = defineApiModule([statsRoutes], (deps: StatsApiDeps) => deps);
