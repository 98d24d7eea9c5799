import { z } from 'zod';
import type { RecordAdminChange } from '../platform/admin-change.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { EffectOutbox } from './outbox.js';

export interface OutboxAdminApiDeps {
  db: Db;
  outbox: Pick<EffectOutbox, 'list' | 'markForRetry' | 'queueRetry'>;
  audit: RecordAdminChange;
}

const route = apiRoutes<OutboxAdminApiDeps>();

const statusSchema = z.enum(['pending', 'done', 'failed']);
const entrySchema = z
  .object({
    id: z.uuid(),
    key: z.string().meta({ description: 'The idempotency key the external system receives on every attempt' }),
    type: z.string().meta({ example: 'lgsp.feedback.forward' }),
    status: statusSchema,
    attempts: z.number().int(),
    lastError: z.string().nullable().meta({ description: "The last failure's class and code, never its message" }),
    createdAt: z.iso.datetime(),
    performedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ExternalEffect' });

/**
 * Writes to external systems waiting in the outbox or done: admins see them without their payloads (personal data)
 * and give a failed one a new round of attempts (audited). Safe to retry: the key makes the external system do it once.
 */
export const outboxAdminApi = defineApiModule<OutboxAdminApiDeps, OutboxAdminApiDeps>(
  [
    {
      prefix: '/effects',
      tag: { name: 'External effects', description: 'Writes to external systems (outbox): see, retry failed ones' },
      routes: [
        route({
          method: 'get',
          path: '/',
          operationId: 'listExternalEffects',
          summary: 'List external effects',
          description: 'Newest first, without their payloads.',
          access: { permission: 'events.replay' },
          query: z.object({
            status: statusSchema.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: z.object({ items: z.array(entrySchema) }),
          handler: async ({ query }, { outbox }) => ({ items: await outbox.list(query) }),
        }),
        route({
          method: 'post',
          path: '/:id/retry',
          operationId: 'retryExternalEffect',
          summary: 'Retry a failed external effect',
          description: 'A new round of attempts with the same idempotency key. Audited as `effect.retry`.',
          access: { permission: 'events.replay' },
          params: z.object({ id: z.uuid() }),
          response: z.object({ id: z.uuid(), status: z.literal('pending') }),
          errors: { 404: '`NOT_FOUND`: no failed effect with this id' },
          async handler({ params, req, res }, { db, outbox, audit }) {
            const marked = await db.transaction(async (tx) => {
              if (!(await outbox.markForRetry(tx, params.id))) return false;
              await audit(tx, req, res, { action: 'effect.retry', target: { type: 'external_effect', id: params.id } });
              return true;
            });
            if (!marked) throw PlatformErrors.notFound('failed effect');
            await outbox.queueRetry(params.id);
            return { id: params.id, status: 'pending' as const };
          },
        }),
      ],
    },
  ],
  (deps) => deps,
);
