import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  type CitizenId,
  citizenIdSchema,
  HANDOFF_FILE_STATUSES,
  handoffFileStore,
  type MessageSink,
} from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db, DbOrTx } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { withTimeout } from '../platform/timeout.js';
import { auditContextOf } from './admin-auth.js';
import { recordAudit, withAudit } from './audit.js';
import {
  citizenWroteSince,
  hasConversation,
  listConversationPage,
  type ConversationMessageView,
} from '../messaging/index.js';
import { describeLoggedEvent, loggedEventSchema, nameTappedButtons, officialsBody } from './logged-event.js';
import { auditLog } from './schema.js';

/** Zalo's limit for one text message; the sink splits longer texts, but an official's answer should fit one. */
const MAX_REPLY_LENGTH = 2000;
const MAX_PAGE_SIZE = 200;
/** How long a read of the log waits for the citizen's name (Zalo's profile) before showing it without one. */
const NAME_LOOKUP_TIMEOUT_MS = 2000;

export interface ConversationsApiDeps {
  db: Db;
  /** Where an official's answer goes: the channel's message sink (Zalo window rules are applied at delivery). */
  sink: MessageSink;
  logger: Logger;
  /** The citizen's name as officials know it (the contact they shared, else Zalo's display name), as handoffs do. */
  lookUpName(citizenId: CitizenId): Promise<string | null>;
  clock?: () => Date;
}

interface ConversationsApiContext extends ConversationsApiDeps {
  clock: () => Date;
}

const route = apiRoutes<ConversationsApiContext>();

const citizenParamsSchema = z.object({ citizenId: citizenIdSchema });
const messagesQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
const replyBodySchema = z.object({ text: z.string().trim().min(1).max(MAX_REPLY_LENGTH) });
const conversationMessageSchema = z
  .object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    kind: z.string(),
    text: z.string().nullable().meta({ description: 'The text or caption, when the message has one' }),
    attachments: z
      .array(
        z.object({
          kind: z.enum(['image', 'file']),
          url: z.string().meta({ description: "Zalo's link (it expires within about a day)" }),
          name: z.string().nullable(),
          kept: z
            .object({
              status: z.enum(HANDOFF_FILE_STATUSES),
              failure: z.string().nullable().meta({ description: '`unreachable`, `too_large` or `unsupported`' }),
              url: z
                .string()
                .nullable()
                .meta({ description: 'Our copy (`GET …/handoffs/<id>/files/<fileId>`), once stored' }),
            })
            .nullable()
            .meta({ description: 'Our copy of what the citizen sent during a handoff; null: not sent during one' }),
        }),
      )
      .meta({ description: 'Photos and files the citizen sent' }),
    event: loggedEventSchema.meta({
      description: 'What the message was, for one without text (a shared location, contact, a follow…)',
    }),
    body: z
      .unknown()
      .meta({ description: "The channel's own record of the message (a shared contact's details only masked)" }),
    occurredAt: z.iso.datetime(),
  })
  .meta({ id: 'ConversationMessage' });

const conversationCitizenSchema = z
  .object({
    name: z.string().nullable().meta({
      description:
        "The name the citizen shared, else Zalo's display name; null: unknown (Zalo did not answer) or erased",
    }),
    erased: z.boolean().meta({
      description: 'The citizen had their personal data erased and has not written since: no name is looked up',
    }),
  })
  .meta({ id: 'ConversationCitizen' });

const canRead = { permission: 'conversations.read' } as const;

/**
 * Who the log is with, for its heading. A citizen whose data was erased (in chat or by an admin, audited as
 * `citizen.data.erase`) stays nameless until they write again: what we send them afterwards (an announcement, an
 * official's answer, the erase flow's own confirmation) is logged too and does not count. A failed lookup leaves the
 * name empty. The erasure is found by `audit_log_target_action_idx`, not by scanning every read of the citizen's log.
 */
async function conversationCitizen(
  db: DbOrTx,
  ctx: ConversationsApiContext,
  citizenId: CitizenId,
): Promise<z.input<typeof conversationCitizenSchema>> {
  const [erasure] = await db
    .select({ at: auditLog.occurredAt })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, 'citizen'),
        eq(auditLog.targetId, citizenId),
        eq(auditLog.action, 'citizen.data.erase'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (erasure && !(await citizenWroteSince(db, citizenId, erasure.at))) return { name: null, erased: true };
  const lookup = withTimeout(ctx.lookUpName(citizenId), NAME_LOOKUP_TIMEOUT_MS, 'name lookup');
  const name = await lookup.catch((error: unknown) => {
    ctx.logger.warn({ err: error }, 'citizen name lookup failed');
    return null;
  });
  return { name, erased: false };
}

/** The log's attachments with our copy of each one sent during a handoff (Zalo's links expire). */
async function withKeptFiles(db: DbOrTx, citizenId: string, items: ConversationMessageView[]) {
  const links = items.flatMap((item) => (item.direction === 'in' ? item.attachments.map((a) => a.url) : []));
  const kept = new Map(
    (await handoffFileStore.ofLinks(db, citizenId, links)).map((file) => [
      file.sourceUrl,
      {
        status: file.status,
        failure: file.failure,
        url: file.status === 'stored' ? `/api/admin/conversations/handoffs/${file.handoffId}/files/${file.id}` : null,
      },
    ]),
  );
  const events = nameTappedButtons(
    items,
    items.map((item) => describeLoggedEvent(item.direction, item.kind, item.body)),
  );
  return items.map((item, index) => {
    const event = events[index] ?? describeLoggedEvent(item.direction, item.kind, item.body);
    return {
      ...item,
      event,
      body: officialsBody(event, item.body),
      attachments: item.attachments.map((attachment) => ({
        ...attachment,
        kept: item.direction === 'in' ? (kept.get(attachment.url) ?? null) : null,
      })),
    };
  });
}
const canAct = { permission: 'conversations.reply' } as const;

const conversationRoutes = {
  prefix: '/conversations',
  tag: { name: 'Conversations', description: "Citizens' conversation logs and officials' answers" },
  routes: [
    route({
      method: 'get',
      path: '/:citizenId/messages',
      operationId: 'listConversationMessages',
      summary: "Read a citizen's conversation log",
      description:
        'Newest first; pass `nextCursor` as `before` for the next page; `citizen` (first page only) names who it is with. Each read is audited (`conversation.read`).',
      access: canRead,
      params: citizenParamsSchema,
      query: messagesQuerySchema,
      response: z.object({
        citizen: conversationCitizenSchema.optional().meta({
          description: 'Who the log is with: on the first page only (no `before`); later pages keep that name',
        }),
        items: z.array(conversationMessageSchema),
        nextCursor: z.string().nullable(),
      }),
      async handler({ params: { citizenId }, query, req, res }, ctx) {
        const { db, clock } = ctx;
        // Before the transaction: the lookup reads the citizen's record on its own connection (the embedded database
        // has one, which the transaction holds) and may wait on Zalo. The first page only: older pages go under the
        // heading the first one gave, without another audit query and Zalo call each.
        const citizen = query.before === undefined ? await conversationCitizen(db, ctx, citizenId) : undefined;
        // Reading a conversation is access to personal data (Law 91/2025/QH15): the read and its audit row commit together.
        return withAudit(db, auditContextOf(req, res, clock()), async (tx) => {
          const page = await listConversationPage(tx, citizenId, query);
          const result = {
            ...(citizen ? { citizen } : {}),
            ...page,
            items: await withKeptFiles(tx, citizenId, page.items),
          };
          return {
            result,
            audit: {
              action: 'conversation.read',
              target: { type: 'citizen', id: citizenId },
              after: { before: query.before ?? null, count: result.items.length },
            },
          };
        });
      },
    }),
    route({
      method: 'post',
      path: '/:citizenId/messages',
      operationId: 'answerCitizen',
      summary: 'Answer the citizen through the OA',
      description:
        "Queued (202); Zalo's 7-day window applies at delivery. Audited as `conversation.reply` with the length, not the text.",
      access: canAct,
      params: citizenParamsSchema,
      body: replyBodySchema,
      status: 202,
      response: z.object({ queued: z.boolean() }),
      errors: { 404: '`NOT_FOUND`: no conversation with this citizen' },
      async handler({ params: { citizenId }, body: { text }, req, res }, { db, sink, clock, logger }) {
        if (!(await hasConversation(db, citizenId))) throw PlatformErrors.notFound('conversation');
        // The sink commits the delivery records in its own transaction, so the audit row follows once they are queued:
        // a failure to queue leaves no audit row claiming an answer was sent.
        // A notification: outside the citizen's window it waits for their next message instead of being dropped.
        await sink.send(citizenId, [{ kind: 'text', text }], { purpose: 'notification' });
        await recordAudit(db, {
          ...auditContextOf(req, res, clock()),
          action: 'conversation.reply',
          target: { type: 'citizen', id: citizenId },
          // The official's words may contain personal data: the audit keeps only their length.
          after: { kind: 'text', characters: text.length },
        });
        logger.info('official answer queued');
        return { queued: true };
      },
    }),
  ],
};

/** The officials' API, under `/api/admin/conversations`. Officials (and admins) act; viewers may read. */
export const conversationsApi = defineApiModule([conversationRoutes], (deps: ConversationsApiDeps) => ({
  ...deps,
  logger: deps.logger.child({ component: 'conversations-admin' }),
  clock: deps.clock ?? (() => new Date()),
}));
