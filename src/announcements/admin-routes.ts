import type { Request, Response } from 'express';
import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES, languageSchema, type Language } from '../kernel/index.js';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { TemplateRenderer } from '../conversation/index.js';
import { attachmentDisposition, buildAnnouncementReport } from './announcement-report.js';
import { waitsUntilOf, type AnnouncementDelivery, type QuietHours } from './announcement-delivery.js';
import {
  changeAnnouncement,
  findAnnouncement,
  findAnnouncementForUpdate,
  insertAnnouncement,
  listAnnouncements,
  type Announcement,
} from './announcement-store.js';
import { previewAudience } from './audience.js';
import {
  announcementContentInputSchema,
  announcementContentSchema,
  audienceSchema,
  nonWebAddresses,
  placeholderFallbacks,
} from './content.js';
import { AnnouncementErrors } from './errors.js';
import { listTopics, replaceTopics, topicListSchema, topicSchema, unknownTopics } from './subscriptions.js';
import { isFinal, progressSchema, readProgress, type AnnouncementProgress } from './progress.js';
import { createProgressFeed, type ProgressFeed } from './progress-feed.js';
import { ANNOUNCEMENT_STATUSES, ARTICLE_STATUSES, HELD_END_REASONS, type AnnouncementStatus } from './schema.js';

export interface AnnouncementsAdminApiDeps {
  db: Db;
  delivery: Pick<AnnouncementDelivery, 'scheduleFanout' | 'expedite' | 'withdraw' | 'endHeld'>;
  audit: RecordAdminChange;
  /** The signed-in official's account id (author, approver). */
  accountOf: (res: Response) => string;
  /** Zalo's consultation window (days), for the preview's lanes. */
  windowDays: number;
  /** ANNOUNCEMENTS_QUIET_HOURS, to tell officials when an announcement they send in the night will go. */
  quietHours: QuietHours | null;
  /** The province's communes from the LGSP (cached); null while it cannot be read. */
  communes: () => Promise<{ code: string; name: string }[] | null>;
  /** Officials' sign-in emails by account id (the author shown to the approver); an unknown id is left out. */
  accountEmails: (ids: string[]) => Promise<Map<string, string>>;
  /**
   * The live texts, for what `{{name}}` and `{{commune}}` read when a recipient has no value (as sending fills them),
   * and the report's column names and statuses in the official's language.
   */
  renderer: Pick<TemplateRenderer, 't' | 'has'>;
  logger: Logger;
  clock?: () => Date;
  /** Overrides of the live stream's timing (tests). */
  stream?: { intervalMs?: number; keepAliveMs?: number };
}

interface AnnouncementsAdminContext extends AnnouncementsAdminApiDeps {
  clock: () => Date;
  feed: ProgressFeed;
  /** Announcements as the API shows them (when the quiet hours let them go: as of now; the author's email). */
  views: (rows: Announcement[]) => Promise<z.input<typeof announcementSchema>[]>;
  view: (row: Announcement) => Promise<z.input<typeof announcementSchema>>;
  progress: (db: Db, row: Announcement) => Promise<AnnouncementProgress>;
}

const MAX_STREAM_SECONDS = 600;
const KEEP_ALIVE_MS = 20_000;

const route = apiRoutes<AnnouncementsAdminContext>();

const canRead = { permission: 'announcements.read' } as const;
const canWrite = { permission: 'announcements.write' } as const;
const canApprove = { permission: 'announcements.approve' } as const;

const idParamsSchema = z.object({ id: z.uuid() });
const communeSchema = z
  .object({
    code: z.string().meta({ description: "The LGSP's commune code (what an audience names)" }),
    name: z.string(),
  })
  .meta({ id: 'AnnouncementCommune' });

/**
 * Refuses an audience naming a commune code the LGSP's catalogue does not know (it would reach nobody); while the
 * catalogue cannot be read, codes are taken as given.
 */
async function checkCommunes(
  communes: AnnouncementsAdminContext['communes'],
  audience: z.infer<typeof audienceSchema> | undefined,
): Promise<void> {
  const codes = audience?.communes ?? [];
  if (codes.length === 0) return;
  const known = await communes();
  if (!known) return;
  const names = new Set(known.map((commune) => commune.code));
  const unknown = codes.filter((code) => !names.has(code));
  if (unknown.length > 0) throw AnnouncementErrors.unknownCommunes(unknown);
}

/** Refuses an audience naming a topic that does not exist (it would reach nobody), as for communes. */
async function checkTopics(db: Db, audience: z.infer<typeof audienceSchema> | undefined): Promise<void> {
  const unknown = await unknownTopics(db, audience?.topics ?? []);
  if (unknown.length > 0) throw AnnouncementErrors.unknownTopics(unknown);
}

/**
 * How far in the past a send time may be: the time field's current minute, a few seconds gone, still means now;
 * further back is a slip (a wrong day or year), refused rather than sent at once under a time that says otherwise.
 */
const SEND_AT_GRACE_MS = 60_000;
const scheduleBodySchema = z.object({ sendAt: z.iso.datetime({ offset: true }).optional() });
/** The schedule's body checked against the clock (the route's schema checks its form). */
const scheduleBodyAt = (now: Date) =>
  scheduleBodySchema.refine((body) => !body.sendAt || Date.parse(body.sendAt) >= now.getTime() - SEND_AT_GRACE_MS, {
    message: 'sendAt is in the past: leave it out to send now',
    path: ['sendAt'],
    params: { reason: 'sendAtPast' },
  });
const statusSchema = z.enum(ANNOUNCEMENT_STATUSES);
const announcementSchema = z
  .object({
    id: z.uuid(),
    status: statusSchema,
    pausedFrom: z.enum(['scheduled', 'sending']).nullable(),
    content: announcementContentSchema,
    audience: audienceSchema,
    urgent: z.boolean(),
    authorId: z.string(),
    authorEmail: z
      .string()
      .nullable()
      .meta({
        description:
          "The author's sign-in email: who wrote it, shown to every role that may read announcements (staff " +
          "accountability; the approver's view names it); null if the account is gone",
      }),
    approvedBy: z.string().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    returnComment: z.string().nullable(),
    nonWebAddresses: z.array(z.string()).meta({
      description:
        'Fields of its content (`content.vi.buttons.0.url`) whose address is not an http(s) web address, stored before the rule: it cannot be approved, scheduled, resumed or sent (422 `ANNOUNCEMENT_NON_WEB_ADDRESS`) until edited (a draft or returned one) or written again',
    }),
    sendAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    waitsUntil: z.iso.datetime().nullable().meta({
      description:
        'When the quiet hours (ANNOUNCEMENTS_QUIET_HOURS) let a non-urgent announcement go: for an approved one, if it were sent now; for a scheduled one, at its send time; for one sending, from now. Null when nothing holds it (urgent, quiet hours off or not reached, all handed over, or another status)',
    }),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable().meta({
      description:
        'The night quiet hours it would wait through, on Vietnam time (`HH:MM`, ANNOUNCEMENTS_QUIET_HOURS): the send dialog says when a time chosen in them really goes. Null when it is urgent or there are none',
    }),
    article: z
      .object({ id: z.string().nullable(), status: z.enum(ARTICLE_STATUSES).nullable() })
      .meta({ description: "The OA's article broadcast (followers outside the window)" }),
    heldEnded: z
      .object({ at: z.iso.datetime(), reason: z.enum(HELD_END_REASONS) })
      .nullable()
      .meta({
        description:
          'When its messages held for citizens outside the window stopped being offered: withdrawn by an official, or expired (ANNOUNCEMENTS_HELD_DAYS after it finished); null while they are offered',
      }),
  })
  .meta({ id: 'Announcement' });
const previewSchema = z
  .object({
    matching: z.number().int().meta({ description: 'Citizens the audience matches' }),
    messageLane: z.number().int().meta({ description: 'Inside the window: a personal message now' }),
    articleLane: z
      .number()
      .int()
      .meta({ description: "Outside the window: the OA's article broadcast, and the message at their next visit" }),
    skipped: z.object({ notFollowing: z.number().int(), unsubscribed: z.number().int() }),
  })
  .meta({ id: 'AnnouncementAudiencePreview' });
const eventsQuerySchema = z.object({
  seconds: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_STREAM_SECONDS)
    .default(MAX_STREAM_SECONDS)
    .meta({ description: 'How long the stream stays open at most; EventSource reconnects by itself' }),
});
const listQuerySchema = z.object({
  status: statusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.uuid().optional().meta({ description: "`nextCursor` of the previous page: that page's last id" }),
});

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function toView(
  row: Announcement,
  waitsUntil: Date | null,
  authorEmail: string | null,
  quiet: QuietHours | null,
): z.input<typeof announcementSchema> {
  return {
    id: row.id,
    status: row.status,
    pausedFrom: row.pausedFrom,
    content: row.content,
    audience: row.audience,
    urgent: row.urgent,
    authorId: row.authorId,
    authorEmail,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    returnComment: row.returnComment,
    nonWebAddresses: nonWebAddresses(row.content),
    sendAt: row.sendAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    waitsUntil: waitsUntil?.toISOString() ?? null,
    quietHours: quiet && !row.urgent ? { start: clockOf(quiet.startMinutes), end: clockOf(quiet.endMinutes) } : null,
    article: { id: row.articleId, status: row.articleStatus },
    heldEnded:
      row.heldEndedAt && row.heldEndReason ? { at: row.heldEndedAt.toISOString(), reason: row.heldEndReason } : null,
  };
}

/** Refuses to let content with a link or image that is not a web address go on towards citizens (stored before). */
function assertWebAddresses(current: Announcement): void {
  const paths = nonWebAddresses(current.content);
  if (paths.length > 0) throw AnnouncementErrors.nonWebAddress(paths);
}

const EDITABLE: readonly AnnouncementStatus[] = ['draft', 'returned'];
const PAUSABLE: readonly AnnouncementStatus[] = ['scheduled', 'sending'];
const CANCELLABLE: readonly AnnouncementStatus[] = ANNOUNCEMENT_STATUSES.filter(
  (status) => status !== 'sent' && status !== 'cancelled',
);

/** The languages an announcement is written in (`vi`, and `en` when it has an English version), as audited. */
const languagesOf = (content: Announcement['content']) => LANGUAGES.filter((language) => content[language]);

interface Transition {
  /** Words of the conflict message: "cannot be <action>". */
  action: string;
  auditAction: string;
  /** The audit names the languages it is written in before and after (what was edited, submitted, approved). */
  auditLanguages?: boolean;
  from: readonly AnnouncementStatus[];
  /** Checks on the current row (who may do it), then the fields to set. */
  apply(current: Announcement, caller: string): Parameters<typeof changeAnnouncement>[3];
}

/** One official's change: checked against the current row (locked), applied and audited in one transaction. */
async function transition(
  ctx: AnnouncementsAdminContext,
  input: { id: string; req: Request; res: Response },
  step: Transition,
): Promise<{ before: Announcement; after: Announcement }> {
  return ctx.db.transaction(async (tx) => {
    const current = await findAnnouncementForUpdate(tx, input.id);
    if (!current) throw PlatformErrors.notFound('announcement');
    if (!step.from.includes(current.status)) throw AnnouncementErrors.statusConflict(current.status, step.action);
    const set = step.apply(current, ctx.accountOf(input.res));
    const after = await changeAnnouncement(tx, current.id, [current.status], set);
    if (!after) throw AnnouncementErrors.statusConflict(current.status, step.action);
    await ctx.audit(tx, input.req, input.res, {
      action: step.auditAction,
      target: { type: 'announcement', id: current.id },
      before: {
        status: current.status,
        urgent: current.urgent,
        ...(step.auditLanguages ? { languages: languagesOf(current.content) } : {}),
      },
      after: {
        status: after.status,
        urgent: after.urgent,
        ...(step.auditLanguages ? { languages: languagesOf(after.content) } : {}),
        ...(after.sendAt ? { sendAt: after.sendAt.toISOString() } : {}),
        ...(set.returnComment ? { commentLength: set.returnComment.length } : {}),
      },
    });
    return { before: current, after };
  });
}

const conflict = '`ANNOUNCEMENT_STATUS_CONFLICT`: not possible in its current status';
const notFound = '`NOT_FOUND`: no announcement with this id';
const unknownCommune =
  "`ANNOUNCEMENT_UNKNOWN_COMMUNE`: the audience names a commune code the LGSP's catalogue of the province does not know (`errors.communes`); checked only while the catalogue can be read";
const unknownTopic =
  '`ANNOUNCEMENT_UNKNOWN_TOPIC`: the audience names a topic code that is not a subscription topic and that no citizen still holds (`errors.topics`)';
const unknownAudience = `${unknownCommune}; ${unknownTopic}`;
const nonWebAddress =
  '`ANNOUNCEMENT_NON_WEB_ADDRESS`: a link or image stored before web addresses were required is not an http(s) address (`errors.paths`); nothing is sent';

/**
 * Officials' announcements: compose (Vietnamese and English), submit, approve by another official or return with a
 * comment, schedule, pause, resume, cancel; the audience preview, live progress and the finished report. Every change
 * is audited.
 */
export const announcementsAdminApi = defineApiModule<AnnouncementsAdminApiDeps, AnnouncementsAdminContext>(
  [
    {
      prefix: '/announcements',
      tag: { name: 'Announcements', description: 'Announcements to followers: compose, approve, schedule, track' },
      bodyLimit: '64kb',
      routes: [
        route({
          method: 'get',
          path: '/',
          operationId: 'listAnnouncements',
          summary: 'List announcements',
          description: 'Newest first.',
          access: canRead,
          query: listQuerySchema,
          response: z.object({ items: z.array(announcementSchema), nextCursor: z.string().nullable() }),
          async handler({ query }, { db, views }) {
            const before = query.before ? await findAnnouncement(db, query.before) : null;
            if (query.before && !before) throw PlatformErrors.notFound('announcement of the cursor');
            const rows = await listAnnouncements(db, {
              limit: query.limit,
              ...(query.status ? { status: query.status } : {}),
              ...(before ? { before: { createdAt: before.createdAt, id: before.id } } : {}),
            });
            return {
              items: await views(rows),
              nextCursor: rows.length === query.limit ? (rows.at(-1)?.id ?? null) : null,
            };
          },
        }),
        route({
          method: 'post',
          path: '/',
          operationId: 'createAnnouncement',
          summary: 'Create an announcement (draft)',
          description:
            'The caller is its author, who can never approve it. Vietnamese is required, English optional (`content.en`). Audited as `announcement.create`, with the languages it is written in.',
          access: canWrite,
          errors: { 422: unknownAudience },
          status: 201,
          body: z.object({ content: announcementContentInputSchema, audience: audienceSchema.default({}) }),
          response: announcementSchema,
          async handler({ body, req, res }, { db, audit, accountOf, communes, view }) {
            await checkTopics(db, body.audience);
            await checkCommunes(communes, body.audience);
            const row = await db.transaction(async (tx) => {
              const inserted = await insertAnnouncement(tx, { ...body, authorId: accountOf(res) });
              await audit(tx, req, res, {
                action: 'announcement.create',
                target: { type: 'announcement', id: inserted.id },
                after: {
                  status: inserted.status,
                  audience: inserted.audience,
                  languages: languagesOf(inserted.content),
                },
              });
              return inserted;
            });
            // After the commit: the view reads the author's email (on PGlite's one connection, not beside the open tx).
            return view(row);
          },
        }),
        route({
          method: 'get',
          path: '/communes',
          operationId: 'listAnnouncementCommunes',
          summary: "The province's communes",
          description:
            "Code and name of every commune of the province (`PROVINCE_CODE`) in the LGSP's catalogue, for naming an audience's communes by name; cached for an hour. 503 while the LGSP cannot answer (codes are then taken as given).",
          access: canWrite,
          response: z.object({ items: z.array(communeSchema) }),
          errors: { 503: '`SERVICE_UNAVAILABLE`: the LGSP cannot answer' },
          async handler(_input, { communes }) {
            const items = await communes();
            if (!items) throw PlatformErrors.unavailable("The LGSP's commune catalogue");
            return { items };
          },
        }),
        route({
          method: 'get',
          path: '/topics',
          operationId: 'listAnnouncementTopics',
          summary: 'Subscription topics',
          description:
            'The topics citizens subscribe to in chat (flow `subscriptions`, one button each), in their order; audiences may name them.',
          access: canRead,
          response: z.object({ items: z.array(topicSchema) }),
          async handler(_input, { db }) {
            return { items: await listTopics(db) };
          },
        }),
        route({
          method: 'put',
          path: '/topics',
          operationId: 'replaceAnnouncementTopics',
          summary: 'Replace the subscription topics',
          description:
            "The whole list, in the order citizens see it (at most 4: a Zalo message carries 5 buttons, the fifth is the citizen's commune). Citizens keep a removed topic in their subscriptions (an audience naming it still reaches them) until they change them. Audited as `announcement.topics`.",
          access: canWrite,
          body: z.object({ items: topicListSchema }),
          response: z.object({ items: z.array(topicSchema) }),
          async handler({ body, req, res }, { db, audit }) {
            return db.transaction(async (tx) => {
              const before = await listTopics(tx);
              await replaceTopics(tx, body.items);
              await audit(tx, req, res, {
                action: 'announcement.topics',
                target: { type: 'announcement_topics', id: 'topics' },
                before: { items: before },
                after: { items: body.items },
              });
              return { items: await listTopics(tx) };
            });
          },
        }),
        route({
          method: 'post',
          path: '/preview',
          operationId: 'previewAudienceWhileComposing',
          summary: 'Audience preview while composing',
          description:
            'How many citizens an audience not yet saved matches now, and how many each delivery lane reaches (the same counts as `GET …/:id/preview`): the compose screen asks as the audience is edited. Reads only; nothing is stored or audited.',
          access: canWrite,
          body: z.object({ audience: audienceSchema }),
          response: previewSchema,
          async handler({ body }, { db, clock, windowDays }) {
            return previewAudience(db, body.audience, clock(), windowDays);
          },
        }),
        route({
          method: 'get',
          path: '/placeholder-fallbacks',
          operationId: 'getAnnouncementPlaceholderFallbacks',
          summary: 'What the placeholders read for a recipient without a value',
          description:
            "Per language, what `{{name}}` reads for a citizen whose name is not known and `{{commune}}` for one who named no commune: the live texts `announcements:name_fallback` and `announcements:commune_fallback`, as sending fills them (the compose screen's preview shows them). A citizen reads those of the version they get: an English speaker given the Vietnamese version (there is no English one) reads the Vietnamese ones.",
          access: canRead,
          response: z
            .object(
              Object.fromEntries(
                LANGUAGES.map((language) => [language, z.object({ name: z.string(), commune: z.string() })]),
              ) as Record<Language, z.ZodObject<{ name: z.ZodString; commune: z.ZodString }>>,
            )
            .meta({ id: 'AnnouncementPlaceholderFallbacks' }),
          handler(_input, { renderer }) {
            const fallbacks = placeholderFallbacks(renderer);
            return Promise.resolve(
              Object.fromEntries(LANGUAGES.map((language) => [language, fallbacks(language)])) as Record<
                Language,
                { name: string; commune: string }
              >,
            );
          },
        }),
        route({
          method: 'get',
          path: '/:id',
          operationId: 'getAnnouncement',
          summary: 'Read an announcement',
          access: canRead,
          params: idParamsSchema,
          response: announcementSchema,
          errors: { 404: notFound },
          async handler({ params }, { db, view }) {
            const row = await findAnnouncement(db, params.id);
            if (!row) throw PlatformErrors.notFound('announcement');
            return view(row);
          },
        }),
        route({
          method: 'patch',
          path: '/:id',
          operationId: 'updateAnnouncement',
          summary: 'Edit a draft or returned announcement',
          description:
            'Content and/or audience. Audited as `announcement.update`, with the languages it is written in before and after.',
          access: canWrite,
          params: idParamsSchema,
          body: z.object({
            content: announcementContentInputSchema.optional(),
            audience: audienceSchema.optional(),
          }),
          response: announcementSchema,
          errors: {
            404: notFound,
            409: `${conflict} (only drafts and returned announcements are edited)`,
            422: unknownAudience,
          },
          async handler({ params, body, req, res }, ctx) {
            await checkTopics(ctx.db, body.audience);
            await checkCommunes(ctx.communes, body.audience);
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'edited',
                auditAction: 'announcement.update',
                auditLanguages: true,
                from: EDITABLE,
                apply: () => ({
                  ...(body.content ? { content: body.content } : {}),
                  ...(body.audience ? { audience: body.audience } : {}),
                }),
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/submit',
          operationId: 'submitAnnouncement',
          summary: 'Submit for approval',
          description:
            'Its content must hold to the rules of an edit: a draft saved before links and images had to be web addresses is refused until they are. Audited as `announcement.submit`, with its languages.',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: {
            400: '`INVALID_INPUT`: its stored content breaks a rule of the content (`errors` names the `content.…` paths)',
            404: notFound,
            409: conflict,
          },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'submitted',
                auditAction: 'announcement.submit',
                auditLanguages: true,
                from: EDITABLE,
                apply: (current) => {
                  // Stored content is read leniently (older rules); what goes to approval meets today's.
                  z.object({ content: announcementContentInputSchema }).parse({ content: current.content });
                  return { status: 'submitted' };
                },
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/approve',
          operationId: 'approveAnnouncement',
          summary: 'Approve a submitted announcement',
          description:
            'By an approver who is not its author. Audited as `announcement.approve`, with the languages approved.',
          access: canApprove,
          params: idParamsSchema,
          response: announcementSchema,
          errors: {
            403: '`ANNOUNCEMENT_SELF_APPROVAL`: the caller wrote it',
            404: notFound,
            409: conflict,
            422: nonWebAddress,
          },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'approved',
                auditAction: 'announcement.approve',
                auditLanguages: true,
                from: ['submitted'],
                apply: (current, caller) => {
                  if (current.authorId === caller) throw AnnouncementErrors.selfApproval();
                  assertWebAddresses(current);
                  return { status: 'approved', approvedBy: caller, approvedAt: ctx.clock(), returnComment: null };
                },
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/return',
          operationId: 'returnAnnouncement',
          summary: 'Return a submitted announcement to its author',
          description: 'With a comment the author reads. Audited as `announcement.return`.',
          access: canApprove,
          params: idParamsSchema,
          body: z.object({ comment: z.string().trim().min(1).max(1000) }),
          response: announcementSchema,
          errors: { 404: notFound, 409: conflict },
          async handler({ params, body, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'returned',
                auditAction: 'announcement.return',
                from: ['submitted'],
                apply: () => ({ status: 'returned', returnComment: body.comment }),
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/urgent',
          operationId: 'setAnnouncementUrgent',
          summary: 'Mark an announcement urgent (or not)',
          description:
            'Urgent announcements (disaster, outage) are sent in quiet hours and past the daily cap; one held by the quiet hours goes at once when marked urgent. Admins and approvers only; audited as `announcement.urgent`.',
          access: canApprove,
          params: idParamsSchema,
          body: z.object({ urgent: z.boolean() }),
          response: announcementSchema,
          errors: { 404: notFound, 409: `${conflict} (already sent or cancelled)` },
          async handler({ params, body, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'changed',
                auditAction: 'announcement.urgent',
                from: CANCELLABLE,
                apply: () => ({ urgent: body.urgent }),
              },
            );
            // Marked urgent while the quiet hours hold it: what waits for the morning goes now.
            if (after.urgent && after.status === 'sending') await ctx.delivery.expedite(after.id);
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/schedule',
          operationId: 'scheduleAnnouncement',
          summary: 'Schedule an approved announcement',
          description:
            'At `sendAt`, or now without it (or with a `sendAt` less than a minute past). Audited as `announcement.schedule`.',
          access: canWrite,
          params: idParamsSchema,
          body: scheduleBodySchema,
          response: announcementSchema,
          errors: {
            400: '`INVALID_INPUT` with reason `sendAtPast` on `sendAt`: more than a minute in the past',
            404: notFound,
            409: conflict,
            422: nonWebAddress,
          },
          async handler({ params, body, req, res }, ctx) {
            const now = ctx.clock();
            scheduleBodyAt(now).parse(body);
            const requested = body.sendAt ? new Date(body.sendAt) : null;
            const sendAt = requested && requested > now ? requested : now;
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'scheduled',
                auditAction: 'announcement.schedule',
                from: ['approved'],
                apply: (current) => {
                  assertWebAddresses(current);
                  return { status: 'scheduled', sendAt };
                },
              },
            );
            // A job of its own: one scheduled before it was taken back to a draft may still wait, under the same
            // name, for its old time (fan-outs are idempotent, and one that comes early waits for sendAt).
            await ctx.delivery.scheduleFanout(after.id, sendAt, { again: true });
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/reopen',
          operationId: 'reopenAnnouncement',
          summary: 'Take an approved or scheduled announcement back to a draft, to edit it',
          description:
            'Before its sending starts (approved, scheduled, or paused while scheduled): it goes back to a draft, its send time and approval dropped, so nothing is sent until it is submitted, approved and scheduled again. Audited as `announcement.reopen`.',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: { 404: notFound, 409: `${conflict} (sending has started, or it is not approved)` },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'reopened',
                auditAction: 'announcement.reopen',
                from: ['approved', 'scheduled', 'paused'],
                apply: (current) => {
                  if (current.status === 'paused' && current.pausedFrom !== 'scheduled') {
                    throw AnnouncementErrors.statusConflict(current.status, 'reopened');
                  }
                  return { status: 'draft', sendAt: null, approvedBy: null, approvedAt: null, pausedFrom: null };
                },
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/pause',
          operationId: 'pauseAnnouncement',
          summary: 'Pause a scheduled or sending announcement',
          description:
            'No recipient is handed to delivery until it resumes (the few already handed over still go). Audited as `announcement.pause`.',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: { 404: notFound, 409: conflict },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'paused',
                auditAction: 'announcement.pause',
                from: PAUSABLE,
                apply: (current) => ({
                  status: 'paused',
                  pausedFrom: current.status === 'scheduled' ? 'scheduled' : 'sending',
                }),
              },
            );
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/resume',
          operationId: 'resumeAnnouncement',
          summary: 'Resume a paused announcement',
          description:
            'Where it stopped: no recipient is sent twice, none is skipped. One that delivery paused for an address that is not a web address (`nonWebAddresses`) is refused: cancel it. Audited as `announcement.resume`.',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: { 404: notFound, 409: conflict, 422: nonWebAddress },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'resumed',
                auditAction: 'announcement.resume',
                from: ['paused'],
                apply: (current) => {
                  assertWebAddresses(current);
                  return { status: current.pausedFrom ?? 'scheduled', pausedFrom: null };
                },
              },
            );
            const at = after.status === 'scheduled' && after.sendAt ? after.sendAt : ctx.clock();
            await ctx.delivery.scheduleFanout(after.id, at, { again: true });
            if (after.urgent && after.status === 'sending') await ctx.delivery.expedite(after.id);
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/cancel',
          operationId: 'cancelAnnouncement',
          summary: 'Cancel an announcement',
          description:
            'Before or during sending: recipients not yet reached are skipped (`cancelled`). Audited as `announcement.cancel`.',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: { 404: notFound, 409: `${conflict} (already sent or cancelled)` },
          async handler({ params, req, res }, ctx) {
            const { after } = await transition(
              ctx,
              { id: params.id, req, res },
              {
                action: 'cancelled',
                auditAction: 'announcement.cancel',
                from: CANCELLABLE,
                apply: () => ({ status: 'cancelled', pausedFrom: null, finishedAt: ctx.clock() }),
              },
            );
            await ctx.delivery.withdraw(after.id);
            return ctx.view(after);
          },
        }),
        route({
          method: 'post',
          path: '/:id/withdraw-held',
          operationId: 'withdrawHeldAnnouncement',
          summary: 'Withdraw its held messages',
          description:
            'After it was sent: the messages still held for citizens outside the window (offered at their next visit) are no longer offered, e.g. when the announcement is outdated; they count as `withdrawn` in the progress and the report. Audited as `announcement.withdraw_held` with how many were withdrawn. Held messages also expire by themselves ANNOUNCEMENTS_HELD_DAYS after it finished (default 14).',
          access: canWrite,
          params: idParamsSchema,
          response: announcementSchema,
          errors: {
            404: notFound,
            409: `${conflict} (not sent yet, use pause or cancel; or its held messages already withdrawn or expired)`,
          },
          async handler({ params, req, res }, ctx) {
            const after = await ctx.db.transaction(async (tx) => {
              const current = await findAnnouncementForUpdate(tx, params.id);
              if (!current) throw PlatformErrors.notFound('announcement');
              if (current.status !== 'sent' || current.heldEndedAt)
                throw AnnouncementErrors.statusConflict(current.status, 'have its held messages withdrawn');
              const withdrawn = await ctx.delivery.endHeld(tx, current.id, 'withdrawn');
              const updated = await findAnnouncement(tx, current.id);
              if (!updated) throw PlatformErrors.notFound('announcement');
              await ctx.audit(tx, req, res, {
                action: 'announcement.withdraw_held',
                target: { type: 'announcement', id: current.id },
                before: { status: current.status, heldEnded: null },
                after: { status: updated.status, heldEnded: 'withdrawn', withdrawn },
              });
              return updated;
            });
            return ctx.view(after);
          },
        }),
        route({
          method: 'get',
          path: '/:id/preview',
          operationId: 'previewAnnouncementAudience',
          summary: 'Audience preview',
          description: 'How many citizens the audience matches now, and how many each delivery lane reaches.',
          access: canRead,
          params: idParamsSchema,
          response: previewSchema,
          errors: { 404: notFound },
          async handler({ params }, { db, clock, windowDays }) {
            const row = await findAnnouncement(db, params.id);
            if (!row) throw PlatformErrors.notFound('announcement');
            return previewAudience(db, row.audience, clock(), windowDays);
          },
        }),
        route({
          method: 'get',
          path: '/:id/progress',
          operationId: 'getAnnouncementProgress',
          summary: 'Delivery progress',
          description: "Each recipient counted once, by its current state (its delivery's once handed over).",
          access: canRead,
          params: idParamsSchema,
          response: progressSchema,
          errors: { 404: notFound },
          async handler({ params }, { db, progress }) {
            const row = await findAnnouncement(db, params.id);
            if (!row) throw PlatformErrors.notFound('announcement');
            return progress(db, row);
          },
        }),
        route({
          method: 'get',
          path: '/:id/events',
          operationId: 'streamAnnouncementProgress',
          summary: 'Live delivery progress as server-sent events',
          description:
            'A `text/event-stream`: the progress now, then each time it changes (read about once a second), each as an event `progress` whose data is an `AnnouncementProgress`. When the announcement is sent or cancelled and none of its messages waits in the delivery queue, a last `progress` is followed by an event `end` and the stream closes (do not reconnect); otherwise it ends after `seconds` and `EventSource` reconnects by itself.',
          access: canRead,
          params: idParamsSchema,
          query: eventsQuerySchema,
          response: z
            .string()
            .meta({ description: 'Events `progress` (data: AnnouncementProgress as JSON) and `end`' }),
          responseType: 'text/event-stream',
          errors: { 404: notFound },
          async handler({ params, query, res }, ctx) {
            const row = await findAnnouncement(ctx.db, params.id);
            if (!row) throw PlatformErrors.notFound('announcement');
            res.writeHead(200, {
              'content-type': 'text/event-stream; charset=utf-8',
              'cache-control': 'no-cache, no-transform',
              'x-accel-buffering': 'no',
            });
            const write = (chunk: string) => {
              if (res.writableEnded) return;
              res.write(chunk);
              // A compressing middleware holds output until flushed.
              (res as { flush?: () => void }).flush?.();
            };
            let finish: () => void = () => undefined;
            const ended = new Promise<void>((resolve) => (finish = resolve));
            let last = '';
            const send = (progress: AnnouncementProgress) => {
              const json = JSON.stringify(progress);
              if (json !== last) write(`event: progress\ndata: ${json}\n\n`);
              last = json;
              if (isFinal(progress)) {
                write('event: end\ndata: {}\n\n');
                finish();
              }
            };
            write('retry: 2000\n\n');
            const unsubscribe = ctx.feed.subscribe(row.id, send);
            const keepAlive = setInterval(() => write(': keep-alive\n\n'), ctx.stream?.keepAliveMs ?? KEEP_ALIVE_MS);
            const timeout = setTimeout(finish, query.seconds * 1000);
            res.on('close', finish);
            try {
              send(await ctx.progress(ctx.db, row));
              await ended;
            } finally {
              clearTimeout(timeout);
              clearInterval(keepAlive);
              unsubscribe();
              res.end();
            }
            return '';
          },
        }),
        route({
          method: 'get',
          path: '/:id/report',
          operationId: 'getAnnouncementReport',
          summary: 'Per-recipient report (CSV, for a spreadsheet)',
          description:
            "One line per recipient: Zalo user id, lane, status, reason, queued and sent times. Made for Excel: UTF-8 with a byte order mark, CRLF lines, column names, lanes, statuses and known reasons in `language` (else the request's Accept-Language, else Vietnamese), times on Vietnam's clock as dd/mm/yyyy HH:mm:ss, the id as a text formula (`=\"…\"`) so it keeps its 19 digits; a recipient no longer named (their data erased, or past the retention period) has no id. The file is named after the announcement's title and day. The ids identify citizens: each export is audited (`announcement.report`).",
          access: canRead,
          params: idParamsSchema,
          query: z.object({ language: languageSchema.optional() }),
          response: z.string(),
          responseType: 'text/csv',
          errors: { 404: notFound },
          async handler({ params, query, req, res }, { db, audit, renderer }) {
            const row = await findAnnouncement(db, params.id);
            if (!row) throw PlatformErrors.notFound('announcement');
            await db.transaction((tx) =>
              audit(tx, req, res, { action: 'announcement.report', target: { type: 'announcement', id: row.id } }),
            );
            const accepted = languageSchema.safeParse(req.acceptsLanguages(...LANGUAGES));
            const language = query.language ?? (accepted.success ? accepted.data : DEFAULT_LANGUAGE);
            const report = await buildAnnouncementReport(db, row, language, renderer);
            res.setHeader('content-disposition', attachmentDisposition(report.fileName));
            return report.csv;
          },
        }),
      ],
    },
  ],
  (deps) => {
    const clock = deps.clock ?? (() => new Date());
    const progress = (db: Db, row: Announcement) =>
      readProgress(db, row, { quietHours: deps.quietHours, now: clock() });
    const views = async (rows: Announcement[]) => {
      const emails = await deps.accountEmails([...new Set(rows.map((row) => row.authorId))]);
      return rows.map((row) =>
        toView(row, waitsUntilOf(row, deps.quietHours, clock()), emails.get(row.authorId) ?? null, deps.quietHours),
      );
    };
    return {
      ...deps,
      clock,
      views,
      view: async (row: Announcement) => (await views([row]))[0] ?? toView(row, null, null, deps.quietHours),
      progress,
      feed: createProgressFeed({
        read: async (id) => {
          const row = await findAnnouncement(deps.db, id);
          return row ? progress(deps.db, row) : null;
        },
        logger: deps.logger.child({ component: 'announcement-progress' }),
        ...(deps.stream?.intervalMs ? { intervalMs: deps.stream.intervalMs } : {}),
      }),
    };
  },
);
