import { documentExtension, documentFileName } from '../platform/document-types.js';
import type { Request } from 'express';
import { z } from 'zod';
import {
  assertKnownUnits,
  DEFAULT_LANGUAGE,
  languageSchema,
  type CitizenId,
  type HandoffRecord,
  type HandoffStore,
  type HandoffUnit,
  type Language,
  type OutboundMessage,
  type SendContext,
  type TemplateRenderer,
} from '../conversation/index.js';
import { handoffFileStore } from '../conversation/index.js';
import type { PhotoStore } from '../feedback/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db, DbOrTx } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { withTimeout } from '../platform/timeout.js';
import { findLastCitizenMessages, listConversationPage } from '../messaging/index.js';
import { LANGUAGES } from '../kernel/index.js';
import { findAccountById } from './accounts.js';
import { convertCannedReplyToMessages, findCannedReply, nonWebAddresses } from './canned-replies.js';
import { cannedRepliesRoutes } from './canned-replies-routes.js';
import {
  ATTACHMENT_UPLOAD_LIMIT,
  ATTACHMENT_UPLOAD_MAX_BYTES,
  IMAGE_MAX_SIDE,
  MAX_DOCUMENT_BYTES,
  type HandoffAttachments,
} from './handoff-attachments.js';
import { createHandoffFeed, type HandoffFeed } from './handoff-feed.js';
import { auditContextOf, getAdminPrincipal, unitScopeOf } from './admin-auth.js';
import { withAudit } from './audit.js';
import { AdminErrors } from './errors.js';
import { describeLoggedEvent, loggedEventSchema, nameTappedButtons, type LoggedEvent } from './logged-event.js';
import { hasPermission, parseStoredRoles } from './roles.js';

/** Zalo's limit for one text message; an official's answer should fit one. */
const MAX_REPLY_LENGTH = 2000;
const MAX_PAGE_SIZE = 200;
const MAX_NOTE_LENGTH = 1000;
/** A stream ends after this long, so a closed session or a changed role takes effect at the reconnection. */
const MAX_STREAM_SECONDS = 600;
/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 20_000;
/** A name lookup must not hold an official's list up for long. */
const NAME_LOOKUP_TIMEOUT_MS = 2000;

/**
 * Where messages to a citizen go: the channel's outgoing path. `record` writes them with the caller's transaction (the
 * handoff change, its audit row and the message commit together); `release` starts delivery once committed.
 */
export interface CitizenOutbox {
  record(executor: DbOrTx, citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<unknown>;
  release(citizenId: string): Promise<void>;
}

export interface HandoffsApiDeps {
  db: Db;
  handoffs: HandoffStore;
  outbox: CitizenOutbox;
  /** Texts for citizens (the handoff notices) and for officials (reasons), in each one's language. */
  templates: Pick<TemplateRenderer, 'render' | 't' | 'has'>;
  /** The citizen's language, for the notices they receive. */
  languageOf(citizenId: CitizenId): Promise<Language | null>;
  /** Whether the citizen wrote recently enough for a conversational reply (Zalo's window); else it waits for them. */
  insideWindow(citizenId: CitizenId, now: Date): Promise<boolean>;
  /** Units a handoff may be transferred to (the province settings' `units`), read at each transfer. */
  units(): readonly HandoffUnit[];
  /** The citizen's display name (shared contact or Zalo profile); null when unknown. Best effort. */
  lookUpName(citizenId: CitizenId): Promise<string | null>;
  logger: Logger;
  clock: () => Date;
  /** Images and documents officials attach to their answers. */
  attachments: HandoffAttachments;
  /** Where the photos and files citizens sent during handoffs are kept (the photo store). */
  files: Pick<PhotoStore, 'read'>;
  /** Overrides of the live stream's timing (tests). */
  stream?: { intervalMs?: number; keepAliveMs?: number };
}

interface HandoffsApiContext extends HandoffsApiDeps {
  feed: HandoffFeed;
}

const route = apiRoutes<HandoffsApiContext>();

const TEMPLATE_KEY = /^[a-z][a-z0-9_-]*:[A-Za-z0-9_.-]+$/;

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  changedSince: z.iso.datetime().optional().meta({
    description:
      "Only handoffs changed after this instant, closed ones included: pass the previous answer's `cursor` to poll",
  }),
  language: languageSchema
    .optional()
    .meta({ description: 'Language of `reason`; default from Accept-Language, else vi' }),
  unit: z
    .string()
    .max(40)
    .optional()
    .meta({ description: 'Only handoffs transferred to this unit (an official of a unit gets nothing from another)' }),
});
const closedQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  citizenId: z.string().min(1).max(200).optional().meta({ description: "Only this citizen's handoffs" }),
  language: listQuerySchema.shape.language,
  unit: listQuerySchema.shape.unit,
});
const eventsQuerySchema = z.object({
  language: listQuerySchema.shape.language,
  seconds: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_STREAM_SECONDS)
    .default(MAX_STREAM_SECONDS)
    .meta({ description: 'How long the stream stays open; EventSource reconnects by itself (and signs in again)' }),
});
const idParamsSchema = z.object({ id: z.uuid() });
const takeBodySchema = z.object({
  assignTo: z.uuid().optional().meta({ description: 'Another official to hand it to; default: the caller' }),
});
const replyBodySchema = z
  .object({
    text: z.string().trim().min(1).max(MAX_REPLY_LENGTH).optional(),
    attachmentId: z.uuid().optional().meta({
      description: 'An image or document uploaded to this handoff (`POST …/attachments`), sent after `text` if any',
    }),
    cannedReplyId: z.uuid().optional().meta({ description: "A canned reply, sent in the citizen's language" }),
  })
  .refine(
    (body) => (body.text === undefined && body.attachmentId === undefined) !== (body.cannedReplyId === undefined),
    { message: 'send `text` and/or `attachmentId`, or `cannedReplyId`' },
  );
const attachmentQuerySchema = z.object({
  name: z.string().trim().min(1).max(200).meta({ description: "The file's name as the citizen will see it" }),
});
const attachmentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['image', 'file']),
    name: z.string(),
    contentType: z.string(),
    bytes: z.number().int(),
  })
  .meta({ id: 'HandoffAttachment' });
const attachmentLimitsSchema = z
  .object({
    uploadMaxBytes: z.number().int().meta({ description: 'The largest upload (an image is re-encoded smaller)' }),
    documentMaxBytes: z.number().int().meta({ description: "The largest document (Zalo's file limit)" }),
    imageMaxSide: z.number().int().meta({ description: 'Images are shrunk to fit this many pixels a side' }),
    imageTypes: z.array(z.string()).meta({ description: 'Image formats taken (by their content)' }),
    documentTypes: z.array(z.string()).meta({ description: 'Document formats taken (by their content)' }),
  })
  .meta({ id: 'HandoffAttachmentLimits' });
const fileParamsSchema = idParamsSchema.extend({ fileId: z.uuid() });
const fileBytesSchema = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ override: { type: 'string', format: 'binary' } });
const transferBodySchema = z.object({
  unit: z.string().min(1).max(40).meta({ description: "A code of the province settings' `units`" }),
});
const closeBodySchema = z.object({ note: z.string().trim().max(MAX_NOTE_LENGTH).optional() });

const handoffSchema = z
  .object({
    id: z.uuid(),
    citizenId: z.string(),
    citizenName: z.string().nullable().meta({ description: 'As Zalo shows the citizen, when known' }),
    citizenLanguage: languageSchema.meta({
      description:
        'The language the citizen is answered in (their choice, or what they write in): canned replies go in it',
    }),
    flowId: z.string(),
    reason: z.string().nullable().meta({ description: "Why, in the caller's language" }),
    status: z.enum(['open', 'taken', 'closed']),
    dueAt: z.iso.datetime().nullable().meta({
      description: 'A message left outside office hours: the opening of the working day it is to be handled from',
    }),
    unit: z.string().nullable().meta({
      description: "The unit it was transferred to (a code of the province settings' `units`); null: general",
    }),
    takenBy: z.string().nullable().meta({ description: 'Account id of the official it is assigned to' }),
    takenAt: z.iso.datetime().nullable(),
    unanswered: z.number().int().meta({ description: 'Citizen messages since an official last answered' }),
    lastMessage: z
      .object({
        direction: z.enum(['in', 'out']),
        kind: z.string(),
        text: z.string().nullable(),
        event: loggedEventSchema,
        occurredAt: z.iso.datetime(),
      })
      .nullable()
      .meta({ description: 'The latest message the citizen sent (`direction` is always `in`)' }),
    lastCitizenAt: z.iso.datetime().nullable(),
    firstAnswerAt: z.iso.datetime().nullable(),
    lastAnswerAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    closedBy: z
      .string()
      .nullable()
      .meta({ description: '`citizen`, `citizen_left`, `timeout` or the account id of the official' }),
    closeNote: z.string().nullable().meta({
      description:
        "The closing official's note, for whoever may read conversations, never for the citizen (forgotten with the conversation log)",
    }),
    rating: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .meta({ description: "The citizen's rating of the help (1–5), asked for when an official closes it" }),
    ratedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Handoff' });
type HandoffView = z.input<typeof handoffSchema>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

const FORBIDDEN_OTHER_UNIT = "`HANDOFF_OTHER_UNIT`: transferred to another unit than the caller's (audited)";

/** Whether an official of `scope` (null: every unit) sees a handoff: the general queue's, and their unit's. */
const inScope = (scope: string | null, record: HandoffRecord) =>
  scope === null || record.unit === null || record.unit === scope;

/**
 * An official of a unit may act only on the general queue's handoffs and their unit's: another unit's is refused with
 * 403, the refusal audited in its own transaction (it must survive the failing request), as feedback does.
 */
async function assertInScope(
  ctx: HandoffsApiContext,
  input: { req: Request; res: Parameters<typeof unitScopeOf>[0] },
  record: HandoffRecord,
  action: string,
): Promise<void> {
  const scope = unitScopeOf(input.res);
  if (inScope(scope, record)) return;
  await withAudit(ctx.db, auditContextOf(input.req, input.res, ctx.clock()), async () => ({
    result: undefined,
    audit: {
      action: 'handoff.refused',
      target: { type: 'handoff', id: record.id },
      after: { attempted: action, unit: scope, handoffUnit: record.unit },
    },
  }));
  throw AdminErrors.handoffOtherUnit();
}

function officialLanguage(req: Request, requested: Language | undefined): Language {
  if (requested) return requested;
  const accepted = languageSchema.safeParse(req.acceptsLanguages(...LANGUAGES));
  return accepted.success ? accepted.data : DEFAULT_LANGUAGE;
}

function reasonText(ctx: HandoffsApiDeps, reason: string | null, language: Language): string | null {
  if (reason === null || !TEMPLATE_KEY.test(reason) || !ctx.templates.has(reason, language)) return reason;
  return ctx.templates.t(reason, language);
}

/** Looks up the names officials have not seen yet, once per handoff; a failed lookup leaves the name empty. */
async function fillNames(ctx: HandoffsApiContext, records: HandoffRecord[]): Promise<HandoffRecord[]> {
  return Promise.all(
    records.map(async (record) => {
      if (record.citizenName !== null || record.status === 'closed') return record;
      const lookup = withTimeout(ctx.lookUpName(record.citizenId as CitizenId), NAME_LOOKUP_TIMEOUT_MS, 'name lookup');
      const name = await lookup.catch((error: unknown) => {
        ctx.logger.warn({ err: error, handoffId: record.id }, 'citizen name lookup failed');
        return null;
      });
      if (name) await ctx.handoffs.setCitizenName(record.id, name);
      return { ...record, citizenName: name };
    }),
  );
}

/** How far back a tapped button's offer is looked for: the bot's last few messages before the tap. */
const TAPPED_BUTTON_LOOKBACK = 20;

/**
 * What each citizen's last message reads as, as in their conversation log: a tapped button (`#choice:send`) by the
 * title of the button the bot's message before it offered ("Gửi"), read from the few messages before it.
 */
async function lastMessageEvents(
  db: Db,
  last: Map<string, { id: string; direction: 'in' | 'out'; kind: string; text: string | null; body: unknown }>,
): Promise<Map<string, LoggedEvent>> {
  const events = new Map<string, LoggedEvent>();
  for (const [citizenId, message] of last) {
    const event = describeLoggedEvent(message.direction, message.kind, message.body);
    events.set(citizenId, event);
    if (!message.text?.startsWith('#')) continue;
    const page = await listConversationPage(db, citizenId, {
      before: Number(message.id) + 1,
      limit: TAPPED_BUTTON_LOOKBACK,
    });
    const named = nameTappedButtons(
      page.items,
      page.items.map((item) => describeLoggedEvent(item.direction, item.kind, item.body)),
    );
    if (page.items[0]?.id === message.id && named[0]) events.set(citizenId, named[0]);
  }
  return events;
}

async function toViews(ctx: HandoffsApiContext, records: HandoffRecord[], language: Language): Promise<HandoffView[]> {
  const named = await fillNames(ctx, records);
  const citizens = [...new Set(named.map((record) => record.citizenId))];
  const last = await findLastCitizenMessages(ctx.db, citizens);
  const events = await lastMessageEvents(ctx.db, last);
  const languages = new Map(
    await Promise.all(citizens.map(async (citizenId) => [citizenId, await citizenLanguage(ctx, citizenId)] as const)),
  );
  return named.map((record) => {
    const message = last.get(record.citizenId);
    return {
      id: record.id,
      citizenId: record.citizenId,
      citizenName: record.citizenName,
      citizenLanguage: languages.get(record.citizenId) ?? DEFAULT_LANGUAGE,
      flowId: record.flowId,
      reason: reasonText(ctx, record.reason, language),
      status: record.status,
      dueAt: iso(record.dueAt),
      unit: record.unit,
      takenBy: record.takenBy,
      takenAt: iso(record.takenAt),
      unanswered: record.unanswered,
      lastMessage: message
        ? {
            direction: message.direction,
            kind: message.kind,
            text: message.text,
            event: events.get(record.citizenId) ?? describeLoggedEvent(message.direction, message.kind, message.body),
            occurredAt: message.occurredAt,
          }
        : null,
      lastCitizenAt: iso(record.lastCitizenAt),
      firstAnswerAt: iso(record.firstAnswerAt),
      lastAnswerAt: iso(record.lastAnswerAt),
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
      closedAt: iso(record.closedAt),
      closedBy: record.closedBy,
      closeNote: record.closeNote,
      rating: record.rating,
      ratedAt: iso(record.ratedAt),
    };
  });
}

async function citizenLanguage(ctx: HandoffsApiDeps, citizenId: string): Promise<Language> {
  return (await ctx.languageOf(citizenId as CitizenId)) ?? DEFAULT_LANGUAGE;
}

const canRead = { permission: 'conversations.read' } as const;
const canAct = { permission: 'conversations.reply' } as const;

/**
 * The officials' side of a live handoff: the queue (polled with `changedSince`), take or assign, answer the citizen
 * through the OA, close. Each change is audited and commits with the messages it sends the citizen.
 */
export const handoffsRoutes = {
  prefix: '/conversations/handoffs',
  tag: {
    name: 'Handoffs',
    description:
      'Citizens who asked for an official: while a handoff is open or taken the bot stays silent for that citizen',
  },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listHandoffs',
      summary: 'List live handoffs, or poll for changes',
      description:
        "Without `changedSince`: open and taken handoffs, oldest first. With it: every handoff changed since, closed ones included. Poll with the returned `cursor`. An official of a unit sees the general queue's handoffs and those transferred to their unit.",
      access: canRead,
      query: listQuerySchema,
      response: z.object({
        items: z.array(handoffSchema),
        cursor: z.iso.datetime().meta({ description: 'Pass as `changedSince` to get only what changes next' }),
      }),
      async handler({ query, req, res }, ctx) {
        // Taken before reading: a change committed while the list is read is seen again on the next poll, never lost.
        const cursor = new Date(ctx.clock().getTime() - 1000);
        const scope = unitScopeOf(res);
        // Another unit's list is simply empty for an official of a unit, as with feedback tickets.
        const records =
          scope !== null && query.unit !== undefined && query.unit !== scope
            ? []
            : await ctx.handoffs.list({
                limit: query.limit,
                ...(query.changedSince ? { changedSince: new Date(query.changedSince) } : {}),
                ...(query.unit ? { unit: query.unit } : {}),
                ...(scope === null ? {} : { scope }),
              });
        const latest = records.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), new Date(0));
        const next = query.changedSince && records.length === 0 ? new Date(query.changedSince) : cursor;
        return {
          items: await toViews(ctx, records, officialLanguage(req, query.language)),
          cursor: (latest > next ? latest : next).toISOString(),
        };
      },
    }),
    route({
      method: 'get',
      path: '/closed',
      operationId: 'listClosedHandoffs',
      summary: 'List closed handoffs, the last closed first',
      description:
        "Each with who closed it, the closing official's note and the citizen's rating (asked for when an official closes a handoff an official answered; rated once). `citizenId`: one citizen's. An official of a unit sees the general queue's handoffs and those transferred to their unit.",
      access: canRead,
      query: closedQuerySchema,
      response: z.object({ items: z.array(handoffSchema) }),
      async handler({ query, req, res }, ctx) {
        const scope = unitScopeOf(res);
        const records =
          scope !== null && query.unit !== undefined && query.unit !== scope
            ? []
            : await ctx.handoffs.listClosed({
                limit: query.limit,
                ...(query.citizenId ? { citizenId: query.citizenId } : {}),
                ...(query.unit ? { unit: query.unit } : {}),
                ...(scope === null ? {} : { scope }),
              });
        return { items: await toViews(ctx, records, officialLanguage(req, query.language)) };
      },
    }),
    route({
      method: 'get',
      path: '/events',
      operationId: 'streamHandoffs',
      summary: 'Live handoffs as server-sent events',
      description:
        'A `text/event-stream`: first every live handoff, then each handoff as it changes (a citizen writes, an official takes, answers or closes it, the citizen leaves), each as an event `handoff` whose data is a `Handoff`; `ready` marks the end of the first list. The stream ends after `seconds`; `EventSource` reconnects by itself.',
      access: canRead,
      query: eventsQuerySchema,
      response: z.string().meta({ description: 'Events `handoff` (data: a Handoff as JSON) and `ready`' }),
      responseType: 'text/event-stream',
      async handler({ query, req, res }, ctx) {
        const language = officialLanguage(req, query.language);
        const scope = unitScopeOf(res);
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          'x-accel-buffering': 'no',
        });
        const write = (chunk: string) => {
          res.write(chunk);
          // A compressing middleware holds output until flushed.
          (res as { flush?: () => void }).flush?.();
        };
        // Events leave in the order the changes were seen, each view built after the previous one was written.
        let queue = Promise.resolve();
        const send = (changed: HandoffRecord[]) => {
          const records = changed.filter((record) => inScope(scope, record));
          queue = queue
            .then(async () => {
              if (records.length === 0 || res.writableEnded) return;
              for (const view of await toViews(ctx, records, language)) {
                write(`event: handoff\ndata: ${JSON.stringify(view)}\n\n`);
              }
            })
            .catch((error: unknown) => ctx.logger.warn({ err: error }, 'handoff event not sent'));
          return queue;
        };
        const unsubscribe = ctx.feed.subscribe((changed) => void send(changed));
        const keepAlive = setInterval(() => write(': keep-alive\n\n'), ctx.stream?.keepAliveMs ?? KEEP_ALIVE_MS);
        try {
          write('retry: 2000\n\n');
          await send(await ctx.handoffs.list({ limit: MAX_PAGE_SIZE, ...(scope === null ? {} : { scope }) }));
          write('event: ready\ndata: {}\n\n');
          await new Promise<void>((resolve) => {
            const end = setTimeout(resolve, query.seconds * 1000);
            res.on('close', () => {
              clearTimeout(end);
              resolve();
            });
          });
          await queue;
        } finally {
          clearInterval(keepAlive);
          unsubscribe();
          res.end();
        }
        return '';
      },
    }),
    route({
      method: 'post',
      path: '/:id/take',
      operationId: 'takeHandoff',
      summary: 'Take a handoff, or assign it to another official',
      description:
        'The first take tells the citizen an official has joined. Audited as `handoff.take` (or `handoff.assign` with `assignTo`).',
      access: canAct,
      params: idParamsSchema,
      body: takeBodySchema.optional(),
      response: handoffSchema,
      errors: {
        404: '`NOT_FOUND`: no live handoff with this id',
        400: '`INVALID_INPUT`: `assignTo` is not an enabled official',
        403: FORBIDDEN_OTHER_UNIT,
      },
      async handler({ params: { id }, body, req, res }, ctx) {
        const caller = getAdminPrincipal(res).accountId;
        const assignee = body?.assignTo ?? caller;
        const now = ctx.clock();
        // Read before the transaction: the embedded database has one connection, which the transaction holds.
        const current = await ctx.handoffs.find(id);
        if (!current || current.status === 'closed') throw PlatformErrors.notFound('live handoff');
        await assertInScope(ctx, { req, res }, current, assignee === caller ? 'handoff.take' : 'handoff.assign');
        const language = await citizenLanguage(ctx, current.citizenId);
        const taken = await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          if (assignee !== caller) {
            const account = await findAccountById(tx, assignee);
            if (!account || account.disabled || !hasPermission(parseStoredRoles(account.roles), 'conversations.reply'))
              throw PlatformErrors.invalidInput({ assignTo: 'not an enabled official' });
          }
          const before = await ctx.handoffs.find(id, tx);
          const row = before?.status === 'closed' ? null : await ctx.handoffs.take(id, assignee, { executor: tx, now });
          if (!before || !row) throw PlatformErrors.notFound('live handoff');
          if (before.status === 'open') {
            await ctx.outbox.record(tx, row.citizenId, ctx.templates.render('common:handoff.taken', language), {
              correlationId: `handoff:${id}:taken`,
            });
          }
          return {
            result: { row, notified: before.status === 'open' },
            audit: {
              action: assignee === caller ? 'handoff.take' : 'handoff.assign',
              target: { type: 'handoff', id },
              before: { status: before.status, takenBy: before.takenBy },
              after: { status: 'taken', takenBy: assignee },
            },
          };
        });
        if (taken.notified) await ctx.outbox.release(taken.row.citizenId);
        const [view] = await toViews(ctx, [taken.row], officialLanguage(req, undefined));
        if (!view) throw new Error('handoff view missing');
        return view;
      },
    }),
    route({
      method: 'post',
      path: '/:id/messages',
      operationId: 'answerHandoff',
      summary: 'Answer the citizen of a live handoff through the OA',
      description:
        "`text`, an uploaded image or document (`attachmentId`), both, or a canned reply (`cannedReplyId`: its image, text with buttons and file, in the citizen's language). Queued (202) as a conversational reply while the citizen is inside Zalo's window, else as a notification that waits for their next message. An open handoff is taken by the caller. Audited as `handoff.reply` with the length or the canned reply's id, not the text.",
      access: canAct,
      params: idParamsSchema,
      body: replyBodySchema,
      status: 202,
      response: z.object({
        queued: z.boolean(),
        purpose: z.enum(['reply', 'notification']).meta({
          description: '`notification`: the citizen is outside the window; it is delivered when they next write',
        }),
      }),
      errors: {
        404: '`NOT_FOUND`: no live handoff with this id',
        400: '`INVALID_INPUT`: neither or both of `text` and `cannedReplyId`, or no such canned reply',
        403: FORBIDDEN_OTHER_UNIT,
        422: '`CANNED_REPLY_NON_WEB_ADDRESS`: the canned reply, stored before the rule, has a link, image or file that is not an http(s) address (`errors.paths`); nothing is sent',
      },
      async handler({ params: { id }, body, req, res }, ctx) {
        const official = getAdminPrincipal(res).accountId;
        const now = ctx.clock();
        const handoff = await ctx.handoffs.find(id);
        if (!handoff || handoff.status === 'closed') throw PlatformErrors.notFound('live handoff');
        await assertInScope(ctx, { req, res }, handoff, 'handoff.reply');
        const purpose: 'reply' | 'notification' = (await ctx.insideWindow(handoff.citizenId as CitizenId, now))
          ? 'reply'
          : 'notification';
        const canned = body.cannedReplyId === undefined ? null : await findCannedReply(ctx.db, body.cannedReplyId);
        if (body.cannedReplyId !== undefined && !canned)
          throw PlatformErrors.invalidInput({ cannedReplyId: 'no such canned reply' });
        const unsafe = canned ? nonWebAddresses(canned.content) : [];
        if (unsafe.length > 0) throw AdminErrors.cannedReplyNonWebAddress(unsafe);
        const attachment = body.attachmentId === undefined ? null : await ctx.attachments.find(body.attachmentId);
        if (body.attachmentId !== undefined && attachment?.handoffId !== id)
          throw PlatformErrors.invalidInput({ attachmentId: 'no such attachment of this handoff' });
        const messages: OutboundMessage[] = canned
          ? convertCannedReplyToMessages(canned.content, await citizenLanguage(ctx, handoff.citizenId))
          : [
              ...(body.text === undefined ? [] : [{ kind: 'text' as const, text: body.text }]),
              ...(attachment ? [ctx.attachments.toMessage(attachment)] : []),
            ];
        await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          if (handoff.status === 'open') await ctx.handoffs.take(id, official, { executor: tx, now });
          const answered = await ctx.handoffs.recordAnswer(id, { executor: tx, now });
          if (!answered) throw PlatformErrors.notFound('live handoff');
          await ctx.outbox.record(tx, handoff.citizenId, messages, { purpose, correlationId: `handoff:${id}` });
          return {
            result: answered,
            // The official's words may contain personal data: the audit keeps only their length.
            audit: {
              action: 'handoff.reply',
              target: { type: 'handoff', id },
              after: canned
                ? { citizenId: handoff.citizenId, kind: 'canned', cannedReplyId: canned.id, purpose }
                : {
                    citizenId: handoff.citizenId,
                    kind: 'text',
                    characters: body.text?.length ?? 0,
                    ...(attachment ? { attachmentId: attachment.id, attachmentKind: attachment.kind } : {}),
                    purpose,
                  },
            },
          };
        });
        await ctx.outbox.release(handoff.citizenId);
        ctx.logger.info({ handoffId: id, purpose }, 'official answer queued');
        return { queued: true, purpose };
      },
    }),
    route({
      method: 'post',
      path: '/:id/attachments',
      operationId: 'uploadHandoffAttachment',
      summary: 'Upload an image or a document to send in an answer',
      description: `The raw bytes as the body (any content type; the content decides). JPEG or PNG images are turned upright, shrunk to 1600 px a side and re-encoded as JPEG (EXIF dropped); PDF, DOC and DOCX documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (Zalo's file limit as documented, to be verified against a live OA). Stored under the server's data directory; send it with \`attachmentId\` in \`POST …/messages\`. Zalo fetches it from an unguessable address under PUBLIC_URL. Audited as \`handoff.attachment\` (kind and size, not the name).`,
      access: canAct,
      params: idParamsSchema,
      query: attachmentQuerySchema,
      binaryBody: { limit: ATTACHMENT_UPLOAD_LIMIT },
      status: 201,
      response: attachmentSchema,
      errors: {
        404: '`NOT_FOUND`: no live handoff with this id',
        400: '`INVALID_INPUT`: empty, not a JPEG/PNG/PDF/DOC/DOCX, an image that does not decode, or a document over the limit',
        413: '`PAYLOAD_TOO_LARGE`: over 10 MB',
        403: FORBIDDEN_OTHER_UNIT,
      },
      async handler({ params: { id }, query, req, res }, ctx) {
        const now = ctx.clock();
        const handoff = await ctx.handoffs.find(id);
        if (!handoff || handoff.status === 'closed') throw PlatformErrors.notFound('live handoff');
        await assertInScope(ctx, { req, res }, handoff, 'handoff.attachment');
        const data: unknown = req.body;
        const stored = await ctx.attachments.store(id, Buffer.isBuffer(data) ? data : Buffer.alloc(0), query.name, now);
        if (!stored.ok) throw PlatformErrors.invalidInput({ body: stored.reason });
        const { attachment } = stored;
        await withAudit(ctx.db, auditContextOf(req, res, now), async () => ({
          result: null,
          audit: {
            action: 'handoff.attachment',
            target: { type: 'handoff', id },
            after: { attachmentId: attachment.id, kind: attachment.kind, bytes: attachment.bytes },
          },
        }));
        return {
          id: attachment.id,
          kind: attachment.kind,
          name: attachment.name,
          contentType: attachment.contentType,
          bytes: attachment.bytes,
        };
      },
    }),
    route({
      method: 'get',
      path: '/attachment-limits',
      operationId: 'getHandoffAttachmentLimits',
      summary: 'What an official may attach to an answer',
      description:
        'The sizes and formats `POST …/attachments` takes, for a screen to tell officials before they upload (and to refuse a file it would refuse).',
      access: canAct,
      response: attachmentLimitsSchema,
      handler: () =>
        Promise.resolve({
          uploadMaxBytes: ATTACHMENT_UPLOAD_MAX_BYTES,
          documentMaxBytes: MAX_DOCUMENT_BYTES,
          imageMaxSide: IMAGE_MAX_SIDE,
          imageTypes: ['JPEG', 'PNG'],
          documentTypes: ['PDF', 'DOC', 'DOCX'],
        }),
    }),
    route({
      method: 'get',
      path: '/:id/files/:fileId',
      operationId: 'getHandoffFile',
      summary: 'Download a photo or file the citizen sent during a handoff',
      description:
        "Downloaded from Zalo right after the message arrived and kept in the photo store: a photo as JPEG without its metadata (EXIF), a PDF, DOC or DOCX as sent. Live or closed handoffs, until the handoff's personal data goes (retention, the citizen's erasure). Audited (`handoff.file.read`).",
      access: canRead,
      params: fileParamsSchema,
      response: fileBytesSchema,
      responseType: 'application/octet-stream',
      errors: {
        404: '`NOT_FOUND`: no such handoff or file, or the file is not stored (yet, or any more)',
        403: FORBIDDEN_OTHER_UNIT,
      },
      async handler({ params, req, res }, ctx) {
        const handoff = await ctx.handoffs.find(params.id);
        if (!handoff) throw PlatformErrors.notFound('handoff file');
        await assertInScope(ctx, { req, res }, handoff, 'handoff.file.read');
        const file = await handoffFileStore.find(ctx.db, params.id, params.fileId);
        if (!file || file.status !== 'stored' || file.sha256 === null) throw PlatformErrors.notFound('handoff file');
        const bytes = await ctx.files.read(file.sha256);
        if (!bytes) throw PlatformErrors.notFound('handoff file');
        // Reading what a citizen sent is access to personal data: audited before the bytes leave.
        await withAudit(ctx.db, auditContextOf(req, res, ctx.clock()), async () => ({
          result: undefined,
          audit: {
            action: 'handoff.file.read',
            target: { type: 'handoff', id: handoff.id },
            after: { file: file.id, kind: file.kind },
          },
        }));
        // The citizen's name for a file, with the extension of what its bytes are.
        const name =
          file.kind === 'image'
            ? `${file.id}.jpg`
            : documentFileName(file.name ?? '', documentExtension(file.contentType));
        res
          .status(200)
          .type(file.contentType ?? 'application/octet-stream')
          .set('cache-control', 'private, no-store')
          .set('x-content-type-options', 'nosniff')
          .set(
            'content-disposition',
            `${file.kind === 'image' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(bytes);
        return bytes;
      },
    }),
    route({
      method: 'post',
      path: '/:id/transfer',
      operationId: 'transferHandoff',
      summary: 'Transfer a handoff to another unit',
      description:
        "Back in the queue (open, nobody assigned) for the unit's officials; the citizen is told which unit will answer. Audited as `handoff.transfer`.",
      access: canAct,
      params: idParamsSchema,
      body: transferBodySchema,
      response: handoffSchema,
      errors: {
        404: '`NOT_FOUND`: no live handoff with this id',
        400: "`INVALID_INPUT`: `unit` is not one of the province settings' units",
        403: FORBIDDEN_OTHER_UNIT,
      },
      async handler({ params: { id }, body, req, res }, ctx) {
        const now = ctx.clock();
        const units = ctx.units();
        assertKnownUnits(units, [{ path: ['unit'], code: body.unit }]);
        const unit = units.find((u) => u.code === body.unit);
        if (!unit) throw new Error('checked unit missing');
        // Read before the transaction: the embedded database has one connection, which the transaction holds.
        const current = await ctx.handoffs.find(id);
        if (!current || current.status === 'closed') throw PlatformErrors.notFound('live handoff');
        await assertInScope(ctx, { req, res }, current, 'handoff.transfer');
        const language = await citizenLanguage(ctx, current.citizenId);
        const moved = await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          const row = await ctx.handoffs.transfer(id, unit.code, { executor: tx, now });
          if (!row) throw PlatformErrors.notFound('live handoff');
          const unitName = (language === 'en' ? unit.name.en : undefined) ?? unit.name.vi;
          await ctx.outbox.record(
            tx,
            row.citizenId,
            ctx.templates.render('common:handoff.transferred', language, { unit: unitName }),
            { correlationId: `handoff:${id}:transfer:${now.getTime()}` },
          );
          return {
            result: row,
            audit: {
              action: 'handoff.transfer',
              target: { type: 'handoff', id },
              before: { unit: current.unit, status: current.status, takenBy: current.takenBy },
              after: { unit: unit.code, status: 'open', takenBy: null },
            },
          };
        });
        await ctx.outbox.release(moved.citizenId);
        const [view] = await toViews(ctx, [moved], officialLanguage(req, undefined));
        if (!view) throw new Error('handoff view missing');
        return view;
      },
    }),
    route({
      method: 'post',
      path: '/:id/close',
      operationId: 'closeHandoff',
      summary: 'Close a handoff',
      description:
        'The citizen is told and the bot answers them again. The optional note stays with the handoff for officials. Audited as `handoff.close`.',
      access: canAct,
      params: idParamsSchema,
      body: closeBodySchema.optional(),
      response: handoffSchema,
      errors: { 404: '`NOT_FOUND`: no live handoff with this id', 403: FORBIDDEN_OTHER_UNIT },
      async handler({ params: { id }, body, req, res }, ctx) {
        const now = ctx.clock();
        const note = body?.note ? body.note : undefined;
        // Read before the transaction: the embedded database has one connection, which the transaction holds.
        const current = await ctx.handoffs.find(id);
        if (!current || current.status === 'closed') throw PlatformErrors.notFound('live handoff');
        await assertInScope(ctx, { req, res }, current, 'handoff.close');
        const language = await citizenLanguage(ctx, current.citizenId);
        const closed = await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          const row = await ctx.handoffs.close(id, getAdminPrincipal(res).accountId, {
            executor: tx,
            now,
            ...(note ? { note } : {}),
          });
          if (!row) throw PlatformErrors.notFound('live handoff');
          // A citizen an official answered is asked to rate the help, one tap on the buttons under the notice.
          const notice = [
            ...ctx.templates.render('common:handoff.ended_by_official', language),
            ...(row.firstAnswerAt ? ctx.templates.render('common:handoff.rate.ask', language, { handoff: id }) : []),
          ];
          await ctx.outbox.record(tx, row.citizenId, notice, { correlationId: `handoff:${id}:closed` });
          return {
            result: row,
            audit: {
              action: 'handoff.close',
              target: { type: 'handoff', id },
              before: { status: current.status },
              after: { status: 'closed', citizenId: row.citizenId, flowId: row.flowId, note: note !== undefined },
            },
          };
        });
        await ctx.outbox.release(closed.citizenId);
        const [view] = await toViews(ctx, [closed], officialLanguage(req, undefined));
        if (!view) throw new Error('handoff view missing');
        return view;
      },
    }),
  ],
};

/** The handoff routes as an admin API module, under `/api/admin/conversations/handoffs`. */
export const handoffsApi = defineApiModule(
  [handoffsRoutes, cannedRepliesRoutes],
  (deps: HandoffsApiDeps): HandoffsApiContext => {
    const logger = deps.logger.child({ component: 'handoffs-admin' });
    return {
      ...deps,
      logger,
      feed: createHandoffFeed({
        handoffs: deps.handoffs,
        logger,
        clock: deps.clock,
        ...(deps.stream?.intervalMs ? { intervalMs: deps.stream.intervalMs } : {}),
      }),
    };
  },
);
