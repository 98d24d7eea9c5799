import type { Request, Response } from 'express';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiRoutes, type ApiRouteGroup } from '../platform/api-route.js';
import type { RecordAdminChange } from '../platform/admin-change.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { TypedQueue } from '../platform/queues.js';
import type { Redis } from '../platform/redis.js';
import { createInboundMailbox } from './inbound-mailbox.js';
import type { inboundQueue } from './queues.js';
import { zaloDeadLetters } from './schema.js';
import { describeUnprocessedEvent } from './zalo-event.js';

export type { RecordAdminChange };

export interface DeadLettersApiDeps {
  db: Db;
  redis: Redis;
  inbound: TypedQueue<typeof inboundQueue.schema>;
  audit: RecordAdminChange;
  /** Who is calling (an admin's e-mail), kept on the resolved dead letter. */
  callerOf: (res: Response) => string;
  logger: Logger;
}

const route = apiRoutes<DeadLettersApiDeps>();

const statusSchema = z.enum(['open', 'replayed', 'discarded']);
const listQuerySchema = z.object({
  status: statusSchema.default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const paramsSchema = z.object({ id: z.uuid() });
const deadLetterSchema = z
  .object({
    id: z.uuid(),
    citizenId: z.string(),
    eventKey: z.string(),
    eventName: z.string().nullable().meta({ example: 'user_send_text' }),
    error: z.string().meta({ description: "The failure's class or code, never the citizen's message" }),
    failures: z.number().int(),
    status: statusSchema,
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: z.string().nullable(),
  })
  .meta({ id: 'DeadLetter' });
const resolvedSchema = z.object({ id: z.uuid(), status: z.enum(['replayed', 'discarded']) });

/**
 * Inbound events set aside after failing for their own reasons: listed without their content (it is a citizen's
 * message); a replay puts one back in the citizen's mailbox (handled like a new arrival, in timestamp order); a discard
 * closes it. Both changes are audited.
 */
export const deadLetterRoutes: ApiRouteGroup<DeadLettersApiDeps> = {
  prefix: '/zalo/dead-letters',
  tag: { name: 'Zalo dead letters', description: 'Inbound events set aside after failing: see, replay, discard' },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listDeadLetters',
      summary: 'List dead letters',
      description: 'Newest first, without their content.',
      access: { permission: 'events.replay' },
      query: listQuerySchema,
      response: z.object({ items: z.array(deadLetterSchema) }),
      async handler({ query }, { db }) {
        const rows = await db
          .select()
          .from(zaloDeadLetters)
          .where(eq(zaloDeadLetters.status, query.status))
          .orderBy(desc(zaloDeadLetters.createdAt))
          .limit(query.limit);
        return {
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
        };
      },
    }),
    route({
      method: 'post',
      path: '/:id/replay',
      operationId: 'replayDeadLetter',
      summary: 'Replay a dead letter',
      description: "Puts the event back in the citizen's mailbox, once. Audited as `dead_letter.replay`.",
      access: { permission: 'events.replay' },
      params: paramsSchema,
      response: resolvedSchema,
      errors: { 404: '`NOT_FOUND`: no open dead letter with this id' },
      handler: ({ params, req, res }, deps) => resolveDeadLetter(deps, params.id, req, res, 'replayed'),
    }),
    route({
      method: 'post',
      path: '/:id/discard',
      operationId: 'discardDeadLetter',
      summary: 'Discard a dead letter',
      description: 'Audited as `dead_letter.discard`.',
      access: { permission: 'events.replay' },
      params: paramsSchema,
      response: resolvedSchema,
      errors: { 404: '`NOT_FOUND`: no open dead letter with this id' },
      handler: ({ params, req, res }, deps) => resolveDeadLetter(deps, params.id, req, res, 'discarded'),
    }),
  ],
};

async function resolveDeadLetter(
  deps: DeadLettersApiDeps,
  id: string,
  req: Request,
  res: Response,
  outcome: 'replayed' | 'discarded',
): Promise<z.infer<typeof resolvedSchema>> {
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
    await createInboundMailbox(deps.redis).readmit(row.citizenId, timestamp, row.rawBody);
    await deps.inbound.add('drain', { citizenId: row.citizenId });
    deps.logger.info({ deadLetterId: id, eventKey: row.eventKey }, 'dead letter replayed');
  }
  return { id, status: outcome };
}

function describeEvent(rawBody: string) {
  try {
    return describeUnprocessedEvent(JSON.parse(rawBody));
  } catch {
    return null;
  }
}
