import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import {
  defineEffect,
  outboundMessageSchema,
  RELEASE_HELD_EFFECT,
  type CitizenId,
  type EffectDefinition,
  type MessageSink,
  type OutboundMessage,
  type SendContext,
} from '../conversation/index.js';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { TypedQueue } from '../platform/queues.js';
import { convertOutboundMessageToZalo } from './convert-outbound-message.js';
import { queueDeliveryJob } from './deliver-outbound.js';
import type { outboundQueue } from './queues.js';
import { zaloDeliveries } from './schema.js';

export interface ZaloMessageSinkDeps {
  db: Db;
  outbound: TypedQueue<typeof outboundQueue.schema>;
  logger: Logger;
}

const messagesSchema = z.array(outboundMessageSchema);

/**
 * The channel's `MessageSink`: each message becomes one or more delivery records (queued, in order) and the citizen's
 * delivery job is queued. The records are committed first, so a message is never lost between the engine and Zalo;
 * the worker sends them strictly in record order.
 */
export interface ZaloMessageSink extends MessageSink {
  /** Like `send`, returning the delivery record ids (announcements track them). */
  enqueue(citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]>;
  /** Writes the delivery records with `executor` (a turn's transaction); nothing is sent until `release`. */
  record(executor: DbOrTx, citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]>;
  /** Queues the job for the citizen's first queued message: call once the records are committed. */
  release(citizenId: string): Promise<void>;
  /** Notifications and broadcasts held for the citizen's next message (outside the window when they were due). */
  countHeld(citizenId: string): Promise<number>;
  /** Performs the engine's `messaging.release_held` effect: held messages follow the turn's replies. */
  releaseHeldEffect: EffectDefinition<z.ZodType>;
}

export function createZaloMessageSink(deps: ZaloMessageSinkDeps): ZaloMessageSink {
  const logger = deps.logger.child({ component: 'zalo-sink' });
  async function record(
    executor: DbOrTx,
    citizenId: string,
    messages: OutboundMessage[],
    context?: SendContext,
  ): Promise<string[]> {
    const parsed = messagesSchema.parse(messages);
    const payloads = parsed.flatMap(convertOutboundMessageToZalo);
    if (payloads.length === 0) return [];
    const batchId = randomUUID();
    const rows = await executor
      .insert(zaloDeliveries)
      .values(
        payloads.map((payload, position) => ({
          citizenId,
          batchId,
          position,
          payload,
          correlationId: context?.correlationId ?? null,
          purpose: context?.purpose ?? 'reply',
        })),
      )
      .returning({ id: zaloDeliveries.id });
    logger.debug({ batchId, count: rows.length }, 'outbound messages recorded');
    return rows.map((row) => row.id);
  }
  async function release(citizenId: string): Promise<void> {
    await queueDeliveryJob(deps.db, deps.outbound, citizenId);
  }
  async function enqueue(citizenId: string, messages: OutboundMessage[], context?: SendContext): Promise<string[]> {
    const ids = await record(deps.db, citizenId, messages, context);
    if (ids.length > 0) await release(citizenId);
    return ids;
  }
  const t = zaloDeliveries;
  return {
    record,
    release,
    enqueue,
    async countHeld(citizenId: string) {
      const [row] = await deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(t)
        .where(and(eq(t.citizenId, citizenId), eq(t.status, 'held')));
      return row?.n ?? 0;
    },
    releaseHeldEffect: defineEffect({
      type: RELEASE_HELD_EFFECT,
      payload: z.object({}),
      async perform(_payload, ctx) {
        // A new place in the citizen's order puts them after the replies recorded earlier in this transaction.
        await ctx.tx
          .update(t)
          .set({
            status: 'queued',
            reason: null,
            seq: sql`nextval(pg_get_serial_sequence('zalo_deliveries', 'seq'))`,
            updatedAt: sql`now()`,
          })
          .where(and(eq(t.citizenId, ctx.citizenId), eq(t.status, 'held')));
      },
    }),
    async send(citizenId: CitizenId, messages: OutboundMessage[], context?: SendContext) {
      await enqueue(citizenId, messages, context);
    },
  };
}
