import type { Response } from 'express';
import { z } from 'zod';
import { assertKnownUnits, type HandoffUnit, type TemplateRenderer } from '../conversation/index.js';
import { LANGUAGES, type Language } from '../kernel/index.js';
import type { LgspServices } from '../lgsp/index.js';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import { attachmentStore } from './attachment-store.js';
import { categoryNameText } from './category-labels.js';
import { categoryWordsKey } from './category-words.js';
import { openContact } from './contact.js';
import { FeedbackErrors } from './errors.js';
import type { PhotoStore } from './photo-store.js';
import {
  FEEDBACK_ATTACHMENT_STATUSES,
  FEEDBACK_STATUSES,
  LGSP_FEEDBACK_STATUSES,
  type FeedbackAttachmentRow,
  type FeedbackTicketRow,
  type FeedbackTicketStatus,
} from './schema.js';
import { recordStatusNotice, type NoticeSink } from './ticket-notices.js';
import { parseTicketNumber } from './ticket-number.js';
import type { WorkingCalendar } from './deadline.js';
import { retentionStore, routingStore, type RoutingTable } from './routing-store.js';
import { isOverdue, keepsPolling, ticketStore } from './ticket-store.js';
import { listUnitReminders, UNROUTED_UNIT } from './unit-reminders.js';

export interface FeedbackAdminApiDeps {
  db: Db;
  /** Officials' answers and status notices reach the citizen through messaging (Zalo's window applies there). */
  sink: NoticeSink;
  renderer: Pick<TemplateRenderer, 'render' | 't' | 'has'>;
  secretsKey: Buffer;
  /** Where the citizens' photos are stored (read by the photo download route). */
  photos: Pick<PhotoStore, 'read'>;
  audit: RecordAdminChange;
  /** The signed-in official's account id (recorded as who answered). */
  accountOf: (res: Response) => string;
  /** The caller's handling unit when they may see only its tickets; null when they see all (admins, province desk). */
  unitOf: (res: Response) => string | null;
  /** The catalogue of units (the province settings' `units`): routing rules and assignments name one of them. */
  units(): readonly HandoffUnit[];
  /** Working days of a category without its own deadline (shown with the routing table). */
  defaultWorkingDays: number;
  /** Days a finished ticket keeps personal data when its category has no retention of its own. */
  defaultRetentionDays: number;
  /** The province's working calendar now: a reopened ticket gets a new deadline. */
  calendar: () => WorkingCalendar;
  /** The LGSP's feedback categories (its last good copy while it is down). */
  categories: Pick<LgspServices['catalogue'], 'feedbackCategories'>;
  /** The live release's texts: the categories' names and word lists citizens meet. */
  liveTexts: () => Promise<Pick<TemplateRenderer, 'has' | 't' | 'wordList'>>;
  /** Officials' sign-in emails by account id (who answered a ticket); an unknown id is left out. */
  accountEmails: (ids: string[]) => Promise<Map<string, string>>;
  clock?: () => Date;
}

interface FeedbackAdminContext extends FeedbackAdminApiDeps {
  clock: () => Date;
}

const route = apiRoutes<FeedbackAdminContext>();

const MAX_ANSWER_LENGTH = 2000;
/** `answered_by` of an official's answer: `official:<account id>`. */
const OFFICIAL_PREFIX = 'official:';
const MAX_REASON_LENGTH = 500;

const statusSchema = z.enum(FEEDBACK_STATUSES);
const numberParamsSchema = z.object({
  number: z
    .string()
    .max(64)
    .transform((value, ctx) => {
      const parsed = parseTicketNumber(value);
      if (parsed === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'not a ticket number (PA-ZL-2026-000123)',
          params: { reason: 'ticketNumber' },
        });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ example: 'PA-ZL-2026-000123' }),
});
const ticketSummarySchema = z
  .object({
    number: z.string().meta({ example: 'PA-ZL-2026-000123' }),
    status: statusSchema,
    categoryCode: z.string(),
    categoryName: z.string(),
    title: z.string(),
    lgspId: z.string().nullable().meta({ description: "The LGSP's id once forwarded (MaPhanAnh)" }),
    agency: z.string().nullable(),
    unitCode: z.string().nullable().meta({ description: 'Handling unit (routing table at filing, or assigned)' }),
    communeCode: z.string().nullable(),
    dueAt: z.iso.datetime().nullable().meta({ description: 'End of the last working day for handling' }),
    overdue: z.boolean().meta({ description: 'Open and past its deadline' }),
    purged: z.boolean().meta({ description: 'Personal data removed (retention, or at the citizen’s request)' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'FeedbackTicketSummary' });
const placeViewSchema = z
  .object({
    source: z.enum(['location', 'commune']).meta({ description: '`location`: shared in Zalo; `commune`: typed' }),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    address: z.string().nullable().meta({ description: "Zalo's address of the location, or the citizen's words" }),
    communeCode: z.string().nullable(),
    communeName: z.string().nullable(),
    provinceCode: z.string().nullable(),
    mapUrl: z.string().nullable().meta({ description: 'The point on OpenStreetMap, when there is one' }),
  })
  .meta({ id: 'FeedbackPlace' });
const photoSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int().meta({ description: 'Order in which the citizen sent it, from 0' }),
    status: z.enum(FEEDBACK_ATTACHMENT_STATUSES),
    failure: z.string().nullable().meta({ description: '`too_large`, `not_an_image`, `unreachable`, …' }),
    contentType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    lgspFileId: z.string().nullable().meta({ description: "The LGSP's id of the uploaded file (MaTep)" }),
    url: z.string().nullable().meta({ description: 'Download path under /api/admin, once stored' }),
  })
  .meta({ id: 'FeedbackPhoto' });
const lgspViewSchema = z
  .object({
    status: z.enum(LGSP_FEEDBACK_STATUSES).meta({ description: "The LGSP's status (`TraCuuPhanAnh`)" }),
    answer: z.string().nullable().meta({ description: "The LGSP's answer, when it gave one" }),
    answeredAt: z.iso.datetime().nullable(),
    checkedAt: z.iso.datetime().meta({ description: 'When the LGSP said so (its last answer to a status check)' }),
    polling: z.boolean().meta({ description: 'Whether the LGSP is still asked (false: both sides are done)' }),
  })
  .meta({
    id: 'FeedbackLgspView',
    description:
      "The LGSP's own view, which an official's answer, rejection or close here does not change: its API has no call to write them back.",
  });
const ticketSchema = ticketSummarySchema
  .extend({
    content: z.string(),
    language: z.enum(['vi', 'en']),
    consent: z.object({
      kind: z.enum(['contact', 'anonymous']),
      text: z.string(),
      version: z.string(),
      at: z.iso.datetime(),
    }),
    contact: z
      .object({ name: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .meta({ description: 'Only when the citizen agreed to share it; reading it is audited' }),
    answer: z.string().nullable(),
    answeredBy: z.string().nullable().meta({ description: '`lgsp`, or `official:<account id>`' }),
    answeredByEmail: z.string().nullable().meta({
      description: "The sign-in email of the official who wrote the answer; null for the LGSP's or an account gone",
    }),
    answeredAt: z.iso.datetime().nullable(),
    statusReason: z.string().nullable(),
    rating: z.number().int().nullable().meta({
      description:
        "The citizen's latest rating, 1-5: of the answer the ticket has now when `ratedAt` is set, else of an answer before it was reopened",
    }),
    ratedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'When the citizen rated the answer the ticket has now; null: that answer is not rated' }),
    forwardedAt: z.iso.datetime().nullable(),
    lgsp: lgspViewSchema
      .nullable()
      .meta({ description: 'What the LGSP last said of the ticket; null until it was asked (after forwarding)' }),
    place: placeViewSchema.nullable().meta({ description: 'Where the problem is; null when the citizen skipped it' }),
    photos: z.array(photoSchema),
  })
  .meta({ id: 'FeedbackTicket' });
const listQuerySchema = z.object({
  status: statusSchema.optional(),
  category: z.string().max(64).optional(),
  unit: z.string().max(64).optional().meta({ description: "Handling unit's code (an official of a unit gets theirs)" }),
  commune: z.string().max(16).optional().meta({ description: 'Commune code of the place' }),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: '`true`: only open tickets past their deadline' }),
  sort: z.enum(['newest', 'overdue_first']).default('newest').meta({
    description: '`overdue_first`: overdue tickets first (earliest deadline first), then newest; paged with `offset`',
  }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(0)
    .meta({ description: 'With `sort=overdue_first` only' }),
  text: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z
    .string()
    .max(64)
    .optional()
    .meta({ description: "`nextCursor` of the previous page: that page's last ticket number" }),
});
const reasonBodySchema = z.object({ reason: z.string().trim().min(1).max(MAX_REASON_LENGTH).optional() });
const requiredReasonBodySchema = z.object({
  reason: z.string().trim().min(1).max(MAX_REASON_LENGTH).meta({ description: 'Shown to the citizen' }),
});

/** A photo's bytes (the route answers `image/jpeg`). */
const photoBytesSchema = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ override: { type: 'string', format: 'binary' } });

const canRead = { permission: 'feedback.read' } as const;
const canAnswer = { permission: 'feedback.answer' } as const;
const canManage = { permission: 'feedback.manage' } as const;
const FORBIDDEN_OTHER_UNIT = "`FEEDBACK_OTHER_UNIT`: the ticket belongs to another unit than the caller's (audited)";

const codeSchema = z.string().trim().min(1).max(64);

/** A value for each language citizens may use. */
function byLanguage<T>(value: (language: Language) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, value(language)])) as Record<Language, T>;
}

/** One value per language citizens may use. */
const perLanguage = <T extends z.ZodType>(schema: T) => z.object(byLanguage(() => schema));

const categoryViewSchema = z
  .object({
    code: z.string().meta({ description: "The LGSP's category code (DanhSachLinhVuc)" }),
    name: z.string().meta({ description: "The LGSP's name for it (Vietnamese)" }),
    labels: perLanguage(z.string().nullable()).meta({
      description:
        "What citizens read, per language: the text `feedback:category_names.<code>`; null where there is none (citizens read the LGSP's name)",
    }),
    words: perLanguage(z.number().int()).meta({
      description:
        'Phrases of the word list `words:feedback.category_words.<code>` per language: the words a description names this category by (all languages are read together)',
    }),
  })
  .meta({ id: 'FeedbackCategoryView' });

const categoriesViewSchema = z
  .object({
    items: z.array(categoryViewSchema),
    withoutWords: z.array(z.string()).meta({
      description:
        'Codes with no word list in any language: a report is never offered these from its description (the citizen picks from the list)',
    }),
  })
  .meta({ id: 'FeedbackCategoriesView' });
const routingRuleSchema = z
  .object({
    categoryCode: codeSchema.meta({ description: "The LGSP's category code (DanhSachLinhVuc)" }),
    communeCode: z
      .string()
      .trim()
      .min(1)
      .max(16)
      .nullable()
      .meta({ description: "A commune's own rule; null: every commune without one" }),
    unitCode: codeSchema.meta({ description: "A code of the province settings' `units`" }),
  })
  .meta({ id: 'FeedbackRoutingRuleInput' });
const routingRuleViewSchema = routingRuleSchema
  .extend({ unitName: z.string().meta({ description: "The unit's Vietnamese name in the province settings" }) })
  .meta({ id: 'FeedbackRoutingRule' });
const routingTableSchema = z
  .object({
    rules: z.array(routingRuleSchema).max(5000),
    deadlines: z
      .array(z.object({ categoryCode: codeSchema, workingDays: z.number().int().min(1).max(365) }))
      .max(1000)
      .meta({ description: 'Working days per category; others get the default' }),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    for (const [index, rule] of table.rules.entries()) {
      const key = `${rule.categoryCode}\u0000${rule.communeCode ?? ''}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index],
          message: 'repeats an earlier rule',
          params: { reason: 'duplicate' },
        });
      seen.add(key);
    }
    const categories = new Set<string>();
    for (const [index, deadline] of table.deadlines.entries()) {
      if (categories.has(deadline.categoryCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', index],
          message: 'repeats an earlier category',
          params: { reason: 'duplicate' },
        });
      }
      categories.add(deadline.categoryCode);
    }
  })
  .meta({ id: 'FeedbackRoutingTable' });
const routingViewSchema = z
  .object({
    rules: z.array(routingRuleViewSchema),
    deadlines: z.array(z.object({ categoryCode: z.string(), workingDays: z.number().int() })),
    defaultWorkingDays: z.number().int().meta({ description: 'FEEDBACK_DEADLINE_WORKING_DAYS' }),
  })
  .meta({ id: 'FeedbackRouting' });

const retentionSchema = z
  .object({
    categories: z
      .array(
        z.object({
          categoryCode: codeSchema.meta({ description: "The LGSP's category code (DanhSachLinhVuc)" }),
          days: z.number().int().min(1).max(3650).meta({ description: 'Days after the ticket was finished' }),
        }),
      )
      .max(1000)
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        for (const [index, row] of rows.entries()) {
          if (seen.has(row.categoryCode))
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: 'repeats a category',
              params: { reason: 'duplicate' },
            });
          seen.add(row.categoryCode);
        }
      }),
  })
  .meta({ id: 'FeedbackRetentionInput' });
const retentionViewSchema = z
  .object({
    categories: z.array(z.object({ categoryCode: z.string(), days: z.number().int() })),
    defaultDays: z.number().int().meta({ description: 'FEEDBACK_RETENTION_DAYS: every other category' }),
  })
  .meta({ id: 'FeedbackRetention' });

/**
 * An official tied to a unit may act only on that unit's tickets: anyone else's is refused with 403, and the refusal
 * is audited in its own transaction (it must survive the failing request).
 */
async function assertInScope(
  ctx: FeedbackAdminContext,
  input: { req: Parameters<RecordAdminChange>[1]; res: Response },
  number: string,
  action: string,
): Promise<void> {
  const unit = ctx.unitOf(input.res);
  if (unit === null) return;
  // Before the route's own transaction (one connection may be all there is, as with PGlite). A unit changes only
  // when an admin assigns the ticket: a race with that is harmless.
  const ticket = await ticketStore.findByNumber(ctx.db, number);
  if (!ticket) throw PlatformErrors.notFound('feedback ticket');
  if (ticket.unitCode === unit) return;
  await ctx.db.transaction((tx) =>
    ctx.audit(tx, input.req, input.res, {
      action: 'feedback.refused',
      target: { type: 'feedback_ticket', id: ticket.number },
      after: { attempted: action, unit, ticketUnit: ticket.unitCode },
    }),
  );
  throw FeedbackErrors.otherUnit();
}

/** Units are named as the catalogue names them now (a renamed unit shows its new name; the stored one is a fallback). */
const reminderSchema = z
  .object({
    id: z.uuid(),
    unitCode: z.string().nullable().meta({ description: "The unit's code; null: tickets no routing rule covered" }),
    unitName: z.string().nullable().meta({ description: "The unit's current name in the catalogue (Vietnamese)" }),
    day: z.string().meta({ description: 'The working day it is for (Vietnam), `YYYY-MM-DD`', example: '2026-12-02' }),
    ticketCount: z.number().int().meta({ description: 'Overdue tickets of the unit when the reminder was made' }),
    tickets: z
      .array(
        z.object({
          number: z.string(),
          categoryCode: z.string(),
          status: statusSchema,
          dueAt: z.string().meta({ description: 'The deadline it missed (ISO 8601)' }),
        }),
      )
      .meta({ description: 'Earliest deadline first, at most 200; the inbox with `overdue=true` shows the live list' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'FeedbackUnitReminder' });

const remindersQuerySchema = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(31)
    .default(7)
    .meta({ description: 'Reminders of this many days back, today included (default 7)' }),
});

function withCatalogueNames(table: RoutingTable, units: readonly HandoffUnit[]): RoutingTable {
  const names = new Map(units.map((unit) => [unit.code, unit.name.vi]));
  return {
    ...table,
    rules: table.rules.map((rule) => ({ ...rule, unitName: names.get(rule.unitCode) ?? rule.unitName })),
  };
}

function toSummary(row: FeedbackTicketRow, now: Date): z.input<typeof ticketSummarySchema> {
  return {
    number: row.number,
    status: row.status,
    categoryCode: row.categoryCode,
    categoryName: row.categoryName,
    title: row.title,
    lgspId: row.lgspId,
    agency: row.agency,
    unitCode: row.unitCode,
    communeCode: row.placeCommuneCode,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: isOverdue(row, now),
    purged: row.purgedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toPlace(row: FeedbackTicketRow): z.input<typeof placeViewSchema> | null {
  if (row.placeSource === null) return null;
  const point = row.placeLatitude !== null && row.placeLongitude !== null;
  return {
    source: row.placeSource,
    latitude: row.placeLatitude,
    longitude: row.placeLongitude,
    address: row.placeAddress,
    communeCode: row.placeCommuneCode,
    communeName: row.placeCommuneName,
    provinceCode: row.placeProvinceCode,
    mapUrl: point
      ? `https://www.openstreetmap.org/?mlat=${row.placeLatitude}&mlon=${row.placeLongitude}#map=18/${row.placeLatitude}/${row.placeLongitude}`
      : null,
  };
}

function toPhoto(row: FeedbackTicketRow, photo: FeedbackAttachmentRow): z.input<typeof photoSchema> {
  return {
    id: photo.id,
    position: photo.position,
    status: photo.status,
    failure: photo.failure,
    contentType: photo.contentType,
    sizeBytes: photo.sizeBytes,
    width: photo.width,
    height: photo.height,
    lgspFileId: photo.lgspFileId,
    url: photo.status === 'stored' ? `/api/admin/feedback/tickets/${row.number}/photos/${photo.id}` : null,
  };
}

function toDetail(
  row: FeedbackTicketRow,
  photos: FeedbackAttachmentRow[],
  secretsKey: Buffer,
  now: Date,
  answeredByEmail: string | null,
): z.input<typeof ticketSchema> {
  return {
    ...toSummary(row, now),
    content: row.content,
    language: row.language,
    consent: {
      kind: row.consentKind,
      text: row.consentText,
      version: row.consentVersion,
      at: row.consentAt.toISOString(),
    },
    contact: row.consentKind === 'contact' && row.purgedAt === null ? openContact(secretsKey, row) : null,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredByEmail,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    statusReason: row.statusReason,
    rating: row.rating,
    ratedAt: row.ratedAt?.toISOString() ?? null,
    forwardedAt: row.forwardedAt?.toISOString() ?? null,
    lgsp:
      row.lgspStatus === null || row.lgspCheckedAt === null
        ? null
        : {
            status: row.lgspStatus,
            answer: row.lgspAnswer,
            answeredAt: row.lgspAnsweredAt?.toISOString() ?? null,
            checkedAt: row.lgspCheckedAt.toISOString(),
            polling: row.nextCheckAt !== null,
          },
    place: toPlace(row),
    photos: photos.map((photo) => toPhoto(row, photo)),
  };
}

/** Where each official action may start from. */
const ANSWERABLE: readonly FeedbackTicketStatus[] = ['received', 'forwarded', 'processing', 'reopened'];
const CLOSABLE: readonly FeedbackTicketStatus[] = FEEDBACK_STATUSES.filter((status) => status !== 'closed');
const REOPENABLE: readonly FeedbackTicketStatus[] = ['answered', 'rejected', 'duplicate', 'closed'];

interface Transition {
  action: 'answered' | 'closed' | 'reopened' | 'rejected' | 'marked duplicate';
  auditAction: string;
  from: readonly FeedbackTicketStatus[];
  to: FeedbackTicketStatus;
}

/**
 * An official's change of a ticket: the new status, the notice to the citizen and the audit row commit together (so
 * the citizen hears once, and no audit row claims a change that did not happen); the notice is released after.
 */
async function changeTicket(
  ctx: FeedbackAdminContext,
  input: { number: string; req: Parameters<RecordAdminChange>[1]; res: Response },
  transition: Transition,
  fields: { answer?: string; statusReason?: string | null },
): Promise<FeedbackTicketRow> {
  const now = ctx.clock();
  await assertInScope(ctx, input, input.number, transition.auditAction);
  const changed = await ctx.db.transaction(async (tx) => {
    const ticket = await ticketStore.findByNumber(tx, input.number);
    if (!ticket) throw PlatformErrors.notFound('feedback ticket');
    if (!transition.from.includes(ticket.status)) throw FeedbackErrors.statusConflict(ticket.status, transition.action);
    const row = await ticketStore.changeStatus(tx, ticket.id, [ticket.status], {
      status: transition.to,
      // Nothing goes back to the LGSP (its API has no call for an answer or a rejection): it is still asked about the
      // ticket while it may change it there, so that its outcome reaches the citizen and the official sees it.
      nextCheckAt: keepsPolling(ticket, transition.to) ? (ticket.nextCheckAt ?? now) : null,
      now,
      ...(fields.answer === undefined
        ? {}
        : { answer: fields.answer, answeredBy: `${OFFICIAL_PREFIX}${ctx.accountOf(input.res)}`, answeredAt: now }),
      ...(fields.statusReason === undefined ? {} : { statusReason: fields.statusReason }),
      // Reopened: handled again within the category's working days, counted from today.
      ...(transition.to === 'reopened'
        ? {
            dueAt: await routingStore.deadlineOf(tx, ticket.categoryCode, now, {
              calendar: ctx.calendar,
              defaultWorkingDays: ctx.defaultWorkingDays,
            }),
          }
        : {}),
    });
    if (!row) throw FeedbackErrors.statusConflict(ticket.status, transition.action);
    await recordStatusNotice(tx, ctx.sink, ctx.renderer, row);
    await ctx.audit(tx, input.req, input.res, {
      action: transition.auditAction,
      target: { type: 'feedback_ticket', id: row.number },
      before: { status: ticket.status },
      // Lengths, not texts: the audit log is read more widely than the tickets.
      after: {
        status: row.status,
        ...(fields.answer === undefined ? {} : { answerLength: fields.answer.length }),
        ...(fields.statusReason ? { reasonLength: fields.statusReason.length } : {}),
      },
    });
    return row;
  });
  await ctx.sink.release(changed.citizenId);
  return changed;
}

/**
 * Officials' side of citizens' feedback (first slice): list and filter, read one ticket (an audited read: it may show
 * contact details), answer, reject or mark it duplicate (the citizen hears it on Zalo), close and reopen it. Every
 * change is audited.
 */
export const feedbackAdminApi = defineApiModule<FeedbackAdminApiDeps, FeedbackAdminContext>(
  [
    {
      prefix: '/feedback',
      tag: { name: 'Feedback', description: "Citizens' feedback tickets (phản ánh, kiến nghị): read, answer, close" },
      routes: [
        route({
          method: 'get',
          path: '/tickets',
          operationId: 'listFeedbackTickets',
          summary: 'List feedback tickets',
          description:
            'Newest first (or overdue first), without content or contact details; `text` searches number, title and content. An official tied to a unit sees only its tickets.',
          access: canRead,
          query: listQuerySchema,
          response: z.object({ items: z.array(ticketSummarySchema), nextCursor: z.string().nullable() }),
          async handler({ query, res }, { db, clock, unitOf }) {
            const now = clock();
            const scope = unitOf(res);
            const newest = query.sort === 'newest';
            const before = newest && query.before ? await ticketStore.findByNumber(db, query.before) : null;
            if (newest && query.before && !before) throw PlatformErrors.notFound('ticket of the cursor');
            // Another unit's list is simply empty for an official of a unit: the filter is theirs, whatever they ask.
            const unit = scope ?? query.unit;
            const rows =
              scope !== null && query.unit !== undefined && query.unit !== scope
                ? []
                : await ticketStore.list(db, {
                    limit: query.limit,
                    ...(query.status ? { status: query.status } : {}),
                    ...(query.category ? { categoryCode: query.category } : {}),
                    ...(unit ? { unitCode: unit } : {}),
                    ...(query.commune ? { communeCode: query.commune } : {}),
                    ...(query.overdue === true ? { overdue: { now } } : {}),
                    ...(query.text ? { text: query.text } : {}),
                    ...(before ? { before: { createdAt: before.createdAt, id: before.id } } : {}),
                    order: newest ? { kind: 'newest' } : { kind: 'overdue_first', now, offset: query.offset },
                  });
            return {
              items: rows.map((row) => toSummary(row, now)),
              nextCursor: newest && rows.length === query.limit ? (rows.at(-1)?.number ?? null) : null,
            };
          },
        }),
        route({
          method: 'get',
          path: '/tickets/:number',
          operationId: 'getFeedbackTicket',
          summary: 'Read a feedback ticket',
          description:
            'With the content and, when the citizen shared them, contact details. Audited (`feedback.read`).',
          access: canRead,
          params: numberParamsSchema,
          response: ticketSchema,
          errors: { 403: FORBIDDEN_OTHER_UNIT, 404: '`NOT_FOUND`: no ticket with this number' },
          async handler({ params, req, res }, ctx) {
            const { db, audit, secretsKey } = ctx;
            await assertInScope(ctx, { req, res }, params.number, 'feedback.read');
            const { row, photos } = await db.transaction(async (tx) => {
              const found = await ticketStore.findByNumber(tx, params.number);
              if (!found) throw PlatformErrors.notFound('feedback ticket');
              await audit(tx, req, res, {
                action: 'feedback.read',
                target: { type: 'feedback_ticket', id: found.number },
              });
              return { row: found, photos: await attachmentStore.listByTicket(tx, found.id) };
            });
            // After the commit: the author's email is read on its own connection (PGlite has one), not beside the tx.
            const official = row.answeredBy?.startsWith(OFFICIAL_PREFIX)
              ? row.answeredBy.slice(OFFICIAL_PREFIX.length)
              : null;
            const email = official === null ? null : ((await ctx.accountEmails([official])).get(official) ?? null);
            return toDetail(row, photos, secretsKey, ctx.clock(), email);
          },
        }),
        route({
          method: 'get',
          path: '/tickets/:number/photos/:photoId',
          operationId: 'getFeedbackTicketPhoto',
          summary: "Download a ticket's photo",
          description:
            'The stored JPEG (metadata removed unless the citizen shared their location). Audited (`feedback.photo.read`).',
          access: canRead,
          params: numberParamsSchema.extend({ photoId: z.uuid() }),
          response: photoBytesSchema,
          responseType: 'image/jpeg',
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no such ticket or photo, or the photo is not stored (yet, or any more)',
          },
          async handler({ params, req, res }, ctx) {
            const { db, audit, photos } = ctx;
            await assertInScope(ctx, { req, res }, params.number, 'feedback.photo.read');
            return db.transaction(async (tx) => {
              const row = await ticketStore.findByNumber(tx, params.number);
              const photo = row ? await attachmentStore.findById(tx, row.id, params.photoId) : null;
              if (!row || !photo || photo.status !== 'stored' || photo.sha256 === null) {
                throw PlatformErrors.notFound('photo');
              }
              const bytes = await photos.read(photo.sha256);
              if (!bytes) throw PlatformErrors.notFound('photo');
              await audit(tx, req, res, {
                action: 'feedback.photo.read',
                target: { type: 'feedback_ticket', id: row.number },
                after: { photo: photo.id },
              });
              res.setHeader('cache-control', 'private, no-store');
              return bytes;
            });
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/answer',
          operationId: 'answerFeedbackTicket',
          summary: 'Answer a feedback ticket',
          description:
            "Records the answer and sends it to the citizen on Zalo (held for their next message when outside the window). Not written to the LGSP: its API has no call for an answer; the LGSP is still asked about the ticket, its own outcome reaches the citizen too, and the ticket's `lgsp` shows what it last said. Audited as `feedback.answer` with the length, not the text.",
          access: canAnswer,
          params: numberParamsSchema,
          body: z.object({ text: z.string().trim().min(1).max(MAX_ANSWER_LENGTH) }),
          response: ticketSummarySchema,
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no ticket with this number',
            409: '`FEEDBACK_STATUS_CONFLICT`: the ticket is already answered, rejected, duplicate or closed',
          },
          async handler({ params, body, req, res }, ctx) {
            const row = await changeTicket(
              ctx,
              { number: params.number, req, res },
              { action: 'answered', auditAction: 'feedback.answer', from: ANSWERABLE, to: 'answered' },
              { answer: body.text, statusReason: null },
            );
            return toSummary(row, ctx.clock());
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/reject',
          operationId: 'rejectFeedbackTicket',
          summary: 'Reject a feedback ticket',
          description:
            "Not for handling (e.g. outside the remit of the administration); the citizen is told with the reason. Not written to the LGSP (no call for it): see the ticket's `lgsp`. Audited as `feedback.reject`.",
          access: canAnswer,
          params: numberParamsSchema,
          body: requiredReasonBodySchema,
          response: ticketSummarySchema,
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no ticket with this number',
            409: '`FEEDBACK_STATUS_CONFLICT`: the ticket is already answered, rejected, duplicate or closed',
          },
          async handler({ params, body, req, res }, ctx) {
            const row = await changeTicket(
              ctx,
              { number: params.number, req, res },
              { action: 'rejected', auditAction: 'feedback.reject', from: ANSWERABLE, to: 'rejected' },
              { statusReason: body.reason },
            );
            return toSummary(row, ctx.clock());
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/duplicate',
          operationId: 'markFeedbackTicketDuplicate',
          summary: 'Mark a feedback ticket as a duplicate',
          description:
            'It will be handled with an earlier report (name it in the reason); the citizen is told. Audited as `feedback.duplicate`.',
          access: canAnswer,
          params: numberParamsSchema,
          body: requiredReasonBodySchema,
          response: ticketSummarySchema,
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no ticket with this number',
            409: '`FEEDBACK_STATUS_CONFLICT`: the ticket is already answered, rejected, duplicate or closed',
          },
          async handler({ params, body, req, res }, ctx) {
            const row = await changeTicket(
              ctx,
              { number: params.number, req, res },
              { action: 'marked duplicate', auditAction: 'feedback.duplicate', from: ANSWERABLE, to: 'duplicate' },
              { statusReason: body.reason },
            );
            return toSummary(row, ctx.clock());
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/close',
          operationId: 'closeFeedbackTicket',
          summary: 'Close a feedback ticket',
          description: 'The citizen is told, with the reason when one is given. Audited as `feedback.close`.',
          access: canAnswer,
          params: numberParamsSchema,
          body: reasonBodySchema,
          response: ticketSummarySchema,
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no ticket with this number',
            409: '`FEEDBACK_STATUS_CONFLICT`: already closed',
          },
          async handler({ params, body, req, res }, ctx) {
            const row = await changeTicket(
              ctx,
              { number: params.number, req, res },
              { action: 'closed', auditAction: 'feedback.close', from: CLOSABLE, to: 'closed' },
              { statusReason: body.reason ?? null },
            );
            return toSummary(row, ctx.clock());
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/reopen',
          operationId: 'reopenFeedbackTicket',
          summary: 'Reopen a feedback ticket',
          description:
            'After an answer, a rejection or a close; it can then be answered again. The citizen is told. Audited as `feedback.reopen`.',
          access: canAnswer,
          params: numberParamsSchema,
          body: reasonBodySchema,
          response: ticketSummarySchema,
          errors: {
            403: FORBIDDEN_OTHER_UNIT,
            404: '`NOT_FOUND`: no ticket with this number',
            409: '`FEEDBACK_STATUS_CONFLICT`: the ticket is still open',
          },
          async handler({ params, body, req, res }, ctx) {
            const row = await changeTicket(
              ctx,
              { number: params.number, req, res },
              { action: 'reopened', auditAction: 'feedback.reopen', from: REOPENABLE, to: 'reopened' },
              { statusReason: body.reason ?? null },
            );
            return toSummary(row, ctx.clock());
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/assign',
          operationId: 'assignFeedbackTicket',
          summary: 'Assign a feedback ticket to a handling unit',
          description:
            'Overrides what the routing table chose at filing (the unit then sees it; its officials alone answer it). Audited as `feedback.assign`.',
          access: canManage,
          params: numberParamsSchema,
          body: z.object({ unitCode: codeSchema.meta({ description: "A code of the province settings' `units`" }) }),
          response: ticketSummarySchema,
          errors: {
            404: '`NOT_FOUND`: no ticket with this number',
            400: "`INVALID_INPUT`: `unitCode` is not one of the province settings' units",
          },
          async handler({ params, body, req, res }, { db, audit, clock, units }) {
            assertKnownUnits(units(), [{ path: ['unitCode'], code: body.unitCode }]);
            const now = clock();
            const row = await db.transaction(async (tx) => {
              const ticket = await ticketStore.findByNumber(tx, params.number);
              if (!ticket) throw PlatformErrors.notFound('feedback ticket');
              const assigned = await ticketStore.assignUnit(tx, ticket.id, body.unitCode, now);
              if (!assigned) throw PlatformErrors.notFound('feedback ticket');
              await audit(tx, req, res, {
                action: 'feedback.assign',
                target: { type: 'feedback_ticket', id: ticket.number },
                before: { unitCode: ticket.unitCode },
                after: { unitCode: assigned.unitCode },
              });
              return assigned;
            });
            return toSummary(row, now);
          },
        }),
        route({
          method: 'get',
          path: '/reminders',
          operationId: 'listFeedbackReminders',
          summary: "Read the units' daily reminders of overdue tickets",
          description:
            "Once per working day (Vietnam time; weekends and public holidays of the province settings skipped), at the day's first office hour, each unit with overdue tickets gets one reminder listing them (audited as `feedback.reminder` by the system). Newest first. An official tied to a unit sees only its reminders; others see every unit's, and the one for tickets no rule routed (`unitCode` null).",
          access: canRead,
          query: remindersQuerySchema,
          response: z.object({ items: z.array(reminderSchema) }),
          async handler({ query, res }, { db, clock, unitOf, units }) {
            const names = new Map(units().map((unit) => [unit.code, unit.name.vi]));
            const rows = await listUnitReminders(db, { now: clock(), days: query.days, unitCode: unitOf(res) });
            return {
              items: rows.map((row) => ({
                id: row.id,
                unitCode: row.unitCode === UNROUTED_UNIT ? null : row.unitCode,
                unitName: row.unitCode === UNROUTED_UNIT ? null : (names.get(row.unitCode) ?? null),
                day: row.day,
                ticketCount: row.ticketCount,
                tickets: row.tickets,
                createdAt: row.createdAt.toISOString(),
              })),
            };
          },
        }),
        route({
          method: 'get',
          path: '/categories',
          operationId: 'listFeedbackCategories',
          summary: "The LGSP's feedback categories and the texts citizens meet them by",
          description:
            "Each category of the LGSP's list (`DanhSachLinhVuc`, its last good copy while it is down) with its name per language and how many phrases name it in the word lists of the live release; `withoutWords` lists the codes a report's description can never name (a province whose LGSP uses other codes than the shipped lists adds a list per code, in the `words` texts). 503 `SERVICE_UNAVAILABLE` when the list cannot be read.",
          access: canRead,
          response: categoriesViewSchema,
          async handler(_input, { categories, liveTexts }) {
            const listed = await categories.feedbackCategories();
            if (listed.status !== 'ok') throw PlatformErrors.unavailable("The LGSP's feedback categories");
            const texts = await liveTexts();
            const items = listed.value.map(({ code, name }) => ({
              code,
              name,
              labels: byLanguage((language) => categoryNameText(code, language, texts)),
              words: byLanguage((language) => texts.wordList(categoryWordsKey(code), language)?.length ?? 0),
            }));
            const withoutWords = items
              .filter((item) => LANGUAGES.every((language) => item.words[language] === 0))
              .map((item) => item.code);
            return { items, withoutWords };
          },
        }),
        route({
          method: 'get',
          path: '/routing',
          operationId: 'getFeedbackRouting',
          summary: 'Read the routing table and deadlines',
          description:
            'Which unit handles each category (optionally per commune) and the working days each category has; tickets get their unit and deadline when filed.',
          access: canRead,
          response: routingViewSchema,
          async handler(_input, { db, defaultWorkingDays, units }) {
            return { ...withCatalogueNames(await routingStore.read(db), units()), defaultWorkingDays };
          },
        }),
        route({
          method: 'put',
          path: '/routing',
          operationId: 'replaceFeedbackRouting',
          summary: 'Replace the routing table and deadlines',
          description:
            "The whole table at once (units change together). Each rule's unit is a code of the province settings' `units` (its name comes from there). Applies to tickets filed from now on; filed ones keep their unit (see assign). Audited as `feedback.routing.update` with the table before and after.",
          access: canManage,
          body: routingTableSchema,
          response: routingViewSchema,
          errors: { 400: "`INVALID_INPUT`: a rule's `unitCode` is not one of the province settings' units" },
          async handler({ body, req, res }, { db, audit, clock, defaultWorkingDays, units }) {
            const now = clock();
            const catalogue = units();
            assertKnownUnits(
              catalogue,
              body.rules.map((rule, index) => ({ path: ['rules', index, 'unitCode'], code: rule.unitCode })),
            );
            const names = new Map(catalogue.map((unit) => [unit.code, unit.name.vi]));
            const rules = body.rules.map((rule) => ({ ...rule, unitName: names.get(rule.unitCode) ?? rule.unitCode }));
            return db.transaction(async (tx) => {
              const before = await routingStore.read(tx);
              await routingStore.replace(tx, { rules, deadlines: body.deadlines }, now);
              const after = await routingStore.read(tx);
              await audit(tx, req, res, {
                action: 'feedback.routing.update',
                target: { type: 'feedback_routing', id: 'table' },
                before,
                after,
              });
              return { ...after, defaultWorkingDays };
            });
          },
        }),
        route({
          method: 'get',
          path: '/retention',
          operationId: 'getFeedbackRetention',
          summary: 'Read how long finished tickets keep personal data',
          description:
            'Days per category after a ticket is finished (answered, rejected, duplicate, closed) and unchanged; then its contact, place, texts and photos are erased and the rest kept for statistics.',
          access: canRead,
          response: retentionViewSchema,
          async handler(_input, { db, defaultRetentionDays }) {
            return { categories: await retentionStore.read(db), defaultDays: defaultRetentionDays };
          },
        }),
        route({
          method: 'put',
          path: '/retention',
          operationId: 'replaceFeedbackRetention',
          summary: 'Replace the retention per category',
          description:
            'The whole list at once; a category left out keeps personal data `FEEDBACK_RETENTION_DAYS`. Applied by the next retention pass (every minute) to tickets already finished. Audited as `feedback.retention.update` with the list before and after.',
          access: canManage,
          body: retentionSchema,
          response: retentionViewSchema,
          async handler({ body, req, res }, { db, audit, clock, defaultRetentionDays }) {
            const now = clock();
            return db.transaction(async (tx) => {
              const before = await retentionStore.read(tx);
              await retentionStore.replace(tx, body.categories, now);
              const after = await retentionStore.read(tx);
              await audit(tx, req, res, {
                action: 'feedback.retention.update',
                target: { type: 'feedback_retention', id: 'table' },
                before,
                after,
              });
              return { categories: after, defaultDays: defaultRetentionDays };
            });
          },
        }),
      ],
    },
  ],
  (deps) => ({ ...deps, clock: deps.clock ?? (() => new Date()) }),
);
