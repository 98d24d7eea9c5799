import { Router } from 'express';
import { parseJsonBody } from '../platform/http.js';
import { z } from 'zod';
import { citizenIdSchema, type HandoffStore, type MessageSink } from '../conversation/index.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { auditContextOf, getAdminPrincipal, type AdminAuth } from './admin-auth.js';
import { recordAudit, withAudit } from './audit.js';
import { hasConversation, listConversationPage } from './conversation-access.js';

const BODY_LIMIT = '16kb';
/** Zalo's limit for one text message; the sink splits longer texts, but an official's answer should fit one. */
const MAX_REPLY_LENGTH = 2000;
const MAX_PAGE_SIZE = 200;

export interface ConversationsAdminRouterDeps {
  db: Db;
  /** Open handoffs (the citizen asked for an official). */
  handoffs: Pick<HandoffStore, 'listOpen' | 'close'>;
  /** Where an official's answer goes: the channel's message sink (Zalo window rules are applied at delivery). */
  sink: MessageSink;
  /** The shared admin auth (one instance for every admin router). */
  auth: AdminAuth;
  logger: Logger;
  clock?: () => Date;
}

const handoffsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100) });
const handoffParamsSchema = z.object({ id: z.uuid() });
const citizenParamsSchema = z.object({ citizenId: citizenIdSchema });
const messagesQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
const replyBodySchema = z.object({ text: z.string().trim().min(1).max(MAX_REPLY_LENGTH) });

/**
 * The officials' API, to be mounted at `/api/admin/conversations`: open handoffs, closing them, reading a citizen's
 * conversation log (itself an audited read of personal data) and answering the citizen. Officials (and admins) act;
 * viewers may read.
 */
export function createConversationsAdminRouter(deps: ConversationsAdminRouterDeps): Router {
  const { auth, db } = deps;
  const clock = deps.clock ?? auth.clock;
  const logger = deps.logger.child({ component: 'conversations-admin' });
  const canRead = auth.requirePermission('conversations.read');
  const canAct = auth.requirePermission('conversations.reply');
  const router = Router();
  router.use(parseJsonBody({ limit: BODY_LIMIT }));

  router.get('/handoffs', canRead, async (req, res) => {
    const { limit } = handoffsQuerySchema.parse(req.query);
    const open = await deps.handoffs.listOpen(limit);
    res.json({ items: open.map((handoff) => ({ ...handoff, createdAt: handoff.createdAt.toISOString() })) });
  });

  router.post('/handoffs/:id/close', canAct, async (req, res) => {
    const { id } = handoffParamsSchema.parse(req.params);
    const now = clock();
    const closed = await withAudit(db, auditContextOf(req, res, now), async (tx) => {
      const row = await deps.handoffs.close(id, getAdminPrincipal(res).accountId, { executor: tx, now });
      if (!row) throw PlatformErrors.notFound('open handoff');
      return {
        result: row,
        audit: {
          action: 'handoff.close',
          target: { type: 'handoff', id },
          before: { status: 'open' },
          after: { status: 'closed', citizenId: row.citizenId, flowId: row.flowId },
        },
      };
    });
    res.json({ id: closed.id, status: 'closed', closedAt: closed.closedAt.toISOString() });
  });

  router.get('/:citizenId/messages', canRead, async (req, res) => {
    const { citizenId } = citizenParamsSchema.parse(req.params);
    const query = messagesQuerySchema.parse(req.query);
    // Reading a conversation is access to personal data (Decree 13/2023): the read and its audit row commit together.
    const page = await withAudit(db, auditContextOf(req, res, clock()), async (tx) => {
      const result = await listConversationPage(tx, citizenId, query);
      return {
        result,
        audit: {
          action: 'conversation.read',
          target: { type: 'citizen', id: citizenId },
          after: { before: query.before ?? null, count: result.items.length },
        },
      };
    });
    res.json(page);
  });

  router.post('/:citizenId/messages', canAct, async (req, res) => {
    const { citizenId } = citizenParamsSchema.parse(req.params);
    const { text } = replyBodySchema.parse(req.body);
    if (!(await hasConversation(db, citizenId))) throw PlatformErrors.notFound('conversation');
    // The sink commits the delivery records in its own transaction, so the audit row follows once they are queued:
    // a failure to queue leaves no audit row claiming an answer was sent.
    // A notification: outside the citizen's window it waits for their next message instead of being dropped.
    await deps.sink.send(citizenId, [{ kind: 'text', text }], { purpose: 'notification' });
    await recordAudit(db, {
      ...auditContextOf(req, res, clock()),
      action: 'conversation.reply',
      target: { type: 'citizen', id: citizenId },
      // The official's words may contain personal data: the audit keeps only their length.
      after: { kind: 'text', characters: text.length },
    });
    logger.info('official answer queued');
    res.status(202).json({ queued: true });
  });

  return router;
}
