import type { Response } from 'express';
import { z } from 'zod';
import type { TemplateRenderer } from '../conversation/index.js';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import { attachmentStore } from './attachment-store.js';
import { openContact } from './contact.js';
import { FeedbackErrors } from './errors.js';
import type { PhotoStore } from './photo-store.js';
import {
  FEEDBACK_ATTACHMENT_STATUSES,
  FEEDBACK_STATUSES,
  type FeedbackAttachmentRow,
  type FeedbackTicketRow,
  type FeedbackTicketStatus,
} from './schema.js';
import { recordStatusNotice, type NoticeSink } from './ticket-notices.js';
import { parseTicketNumber } from './ticket-number.js';
import { ticketStore } from './ticket-store.js';

export interface FeedbackAdminApiDeps {
  db: Db;
  /** Officials' answers and status notices reach the citizen through messaging (Zalo's window applies there). */
  sink: NoticeSink;
  renderer: Pick<TemplateRenderer, 'render' | 't'>;
  secretsKey: Buffer;
  /** Where the citizens' photos are stored (read by the photo download route). */
  photos: Pick<PhotoStore, 'read'>;
  audit: RecordAdminChange;
  /** The signed-in official's account id (recorded as who answered). */
  accountOf: (res: Response) => string;
  clock?: () => Date;
}

interface FeedbackAdminContext extends FeedbackAdminApiDeps {
  clock: () => Date;
}

const route = apiRoutes<FeedbackAdminContext>();

const MAX_ANSWER_LENGTH = 2000;
const MAX_REASON_LENGTH = 500;

const statusSchema = z.enum(FEEDBACK_STATUSES);
const numberParamsSchema = z.object({
  number: z
    .string()
    .max(64)
    .transform((value, ctx) => {
      const parsed = parseTicketNumber(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: 'not a ticket number (PA-ZL-2026-000123)' });
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
    answeredAt: z.iso.datetime().nullable(),
    statusReason: z.string().nullable(),
    rating: z.number().int().nullable(),
    forwardedAt: z.iso.datetime().nullable(),
    place: placeViewSchema.nullable().meta({ description: 'Where the problem is; null when the citizen skipped it' }),
    photos: z.array(photoSchema),
  })
  .meta({ id: 'FeedbackTicket' });
const listQuerySchema = z.object({
  status: statusSchema.optional(),
  category: z.string().max(64).optional(),
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

function toSummary(row: FeedbackTicketRow): z.input<typeof ticketSummarySchema> {
  return {
    number: row.number,
    status: row.status,
    categoryCode: row.categoryCode,
    categoryName: row.categoryName,
    title: row.title,
    lgspId: row.lgspId,
    agency: row.agency,
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
): z.input<typeof ticketSchema> {
  return {
    ...toSummary(row),
    content: row.content,
    language: row.language,
    consent: {
      kind: row.consentKind,
      text: row.consentText,
      version: row.consentVersion,
      at: row.consentAt.toISOString(),
    },
    contact: row.consentKind === 'contact' ? openContact(secretsKey, row) : null,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    statusReason: row.statusReason,
    rating: row.rating,
    forwardedAt: row.forwardedAt?.toISOString() ?? null,
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
  const changed = await ctx.db.transaction(async (tx) => {
    const ticket = await ticketStore.findByNumber(tx, input.number);
    if (!ticket) throw PlatformErrors.notFound('feedback ticket');
    if (!transition.from.includes(ticket.status)) throw FeedbackErrors.statusConflict(ticket.status, transition.action);
    const row = await ticketStore.changeStatus(tx, ticket.id, [ticket.status], {
      status: transition.to,
      // Handled here: the LGSP's later view of it would only repeat or contradict the official.
      nextCheckAt: null,
      now,
      ...(fields.answer === undefined
        ? {}
        : { answer: fields.answer, answeredBy: `official:${ctx.accountOf(input.res)}`, answeredAt: now }),
      ...(fields.statusReason === undefined ? {} : { statusReason: fields.statusReason }),
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
          description: 'Newest first, without content or contact details; `text` searches number, title and content.',
          access: canRead,
          query: listQuerySchema,
          response: z.object({ items: z.array(ticketSummarySchema), nextCursor: z.string().nullable() }),
          async handler({ query }, { db }) {
            const before = query.before ? await ticketStore.findByNumber(db, query.before) : null;
            if (query.before && !before) throw PlatformErrors.notFound('ticket of the cursor');
            const rows = await ticketStore.list(db, {
              limit: query.limit,
              ...(query.status ? { status: query.status } : {}),
              ...(query.category ? { categoryCode: query.category } : {}),
              ...(query.text ? { text: query.text } : {}),
              ...(before ? { before: { createdAt: before.createdAt, id: before.id } } : {}),
            });
            return {
              items: rows.map(toSummary),
              nextCursor: rows.length === query.limit ? (rows.at(-1)?.number ?? null) : null,
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
          errors: { 404: '`NOT_FOUND`: no ticket with this number' },
          async handler({ params, req, res }, { db, audit, secretsKey }) {
            return db.transaction(async (tx) => {
              const row = await ticketStore.findByNumber(tx, params.number);
              if (!row) throw PlatformErrors.notFound('feedback ticket');
              await audit(tx, req, res, {
                action: 'feedback.read',
                target: { type: 'feedback_ticket', id: row.number },
              });
              return toDetail(row, await attachmentStore.listByTicket(tx, row.id), secretsKey);
            });
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
          errors: { 404: '`NOT_FOUND`: no such ticket or photo, or the photo is not stored (yet, or any more)' },
          async handler({ params, req, res }, { db, audit, photos }) {
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
            'Records the answer and sends it to the citizen on Zalo (held for their next message when outside the window). Audited as `feedback.answer` with the length, not the text.',
          access: canAnswer,
          params: numberParamsSchema,
          body: z.object({ text: z.string().trim().min(1).max(MAX_ANSWER_LENGTH) }),
          response: ticketSummarySchema,
          errors: {
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
            return toSummary(row);
          },
        }),
        route({
          method: 'post',
          path: '/tickets/:number/reject',
          operationId: 'rejectFeedbackTicket',
          summary: 'Reject a feedback ticket',
          description:
            'Not for handling (e.g. outside the remit of the administration); the citizen is told with the reason. Audited as `feedback.reject`.',
          access: canAnswer,
          params: numberParamsSchema,
          body: requiredReasonBodySchema,
          response: ticketSummarySchema,
          errors: {
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
            return toSummary(row);
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
            return toSummary(row);
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
            return toSummary(row);
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
            return toSummary(row);
          },
        }),
      ],
    },
  ],
  (deps) => ({ ...deps, clock: deps.clock ?? (() => new Date()) }),
);
