import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import { problemErrorHandler } from '../platform/http.js';
import type { Logger } from '../platform/logger.js';
import type { TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { createInboundMailbox } from './inbound-mailbox.js';
import type { inboundQueue } from './queues.js';
import { zaloDeadLetters } from './schema.js';
import { describeUnprocessedEvent } from './zalo-event.js';

/** What the admin module records for an admin change (the caller and the change), in the change's transaction. */
export type RecordAdminChange = (
  tx: Tx,
  req: Request,
  res: Response,
  change: { action: string; target: { type: string; id: string }; before?: unknown; after?: unknown },
) => Promise<void>;

export interface DeadLettersRouterDeps {
  db: Db;
  redis: Redis;
  inbound: TypedQueue<typeof inboundQueue.schema>;
  /** Admin-only guard. */
  guard: RequestHandler;
  audit: RecordAdminChange;
  /** Who is calling (an admin's e-mail), kept on the resolved dead letter. */
  callerOf: (res: Response) => string;
  logger: Logger;
}

const listQuerySchema = z.object({
  status: z.enum(['open', 'replayed', 'discarded']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const paramsSchema = z.object({ id: z.uuid() });

/**
 * Inbound events set aside after failing for their own reasons: `GET /` lists them (without their content: it is a
 * citizen's message), `POST /:id/replay` puts one back in the citizen's mailbox (handled like a new arrival, in
 * timestamp order), `POST /:id/discard` closes it. Both changes are audited. Mount at `/api/admin/zalo/dead-letters`.
 */
export function createDeadLettersRouter(deps: DeadLettersRouterDeps): Router {
  const router = express.Router();
  const mailbox = createInboundMailbox(deps.redis);
  router.use(deps.guard);

  router.get('/', async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    const rows = await deps.db
      .select()
      .from(zaloDeadLetters)
      .where(eq(zaloDeadLetters.status, query.status))
      .orderBy(desc(zaloDeadLetters.createdAt))
      .limit(query.limit);
    res.json({
      items: rows.map((row) => ({
        id: row.id,
        citizenId: row.citizenId,
        eventKey: row.eventKey,
        eventName: describeEvent(row.rawBody)?.eventName ?? null,
        error: row.error,
        failures: row.failures,
        status: row.status,
        createdAt: row.createdAt.toISOString(),
        resolvedAt: row.resolvedAt?.toISOString() ?? null,
        resolvedBy: row.resolvedBy,
      })),
    });
  });

  async function resolve(req: Request, res: Response, outcome: 'replayed' | 'discarded') {
    const { id } = paramsSchema.parse(req.params);
    const by = deps.callerOf(res);
    const row = await deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(zaloDeadLetters)
        .set({ status: outcome, resolvedAt: new Date(), resolvedBy: by })
        .where(and(eq(zaloDeadLetters.id, id), eq(zaloDeadLetters.status, 'open')))
        .returning();
      if (!updated) return null;
      await deps.audit(tx, req, res, {
        action: outcome === 'replayed' ? 'dead_letter.replay' : 'dead_letter.discard',
        target: { type: 'zalo_dead_letter', id },
        after: { eventKey: updated.eventKey, citizenId: updated.citizenId },
      });
      return updated;
    });
    if (!row) throw PlatformErrors.notFound('open dead letter');
    if (outcome === 'replayed') {
      const timestamp = Number(describeEvent(row.rawBody)?.timestamp ?? Date.now());
      await mailbox.readmit(row.citizenId, timestamp, row.rawBody);
      await deps.inbound.add('drain', { citizenId: row.citizenId });
      deps.logger.info({ deadLetterId: id, eventKey: row.eventKey }, 'dead letter replayed');
    }
    res.json({ id, status: outcome });
  }

  router.post('/:id/replay', (req, res) => resolve(req, res, 'replayed'));
  router.post('/:id/discard', (req, res) => resolve(req, res, 'discarded'));
  router.use(problemErrorHandler(deps.logger));
  return router;
}

function describeEvent(rawBody: string) {
  try {
    return describeUnprocessedEvent(JSON.parse(rawBody));
  } catch {
    return null;
  }
}
