import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  outboundMessageSchema,
  type CitizenId,
  type MessageSink,
  type OutboundMessage,
} from '../conversation/channel.js';
import type { Db, DbOrTx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { TypedQueue } from '../platform/queues.js';
import { convertOutboundMessageToZalo } from './convert-outbound-message.js';
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
export function createZaloMessageSink(deps: ZaloMessageSinkDeps): MessageSink & {
  /** Like `send`, returning the delivery record ids (announcements track them). */
  enqueue(citizenId: string, messages: OutboundMessage[], context?: { correlationId?: string }): Promise<string[]>;
  /** Writes the delivery records with `executor` (a turn's transaction); nothing is sent until `release`. */
  record(
    executor: DbOrTx,
    citizenId: string,
    messages: OutboundMessage[],
    context?: { correlationId?: string },
  ): Promise<string[]>;
  /** Queues the citizen's delivery job: call once the records are committed. */
  release(citizenId: string): Promise<void>;
} {
  const logger = deps.logger.child({ component: 'zalo-sink' });
  async function record(
    executor: DbOrTx,
    citizenId: string,
    messages: OutboundMessage[],
    context?: { correlationId?: string },
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
        })),
      )
      .returning({ id: zaloDeliveries.id });
    logger.debug({ batchId, count: rows.length }, 'outbound messages recorded');
    return rows.map((row) => row.id);
  }
  async function release(citizenId: string): Promise<void> {
    await deps.outbound.add('deliver', { citizenId });
  }
  async function enqueue(
    citizenId: string,
    messages: OutboundMessage[],
    context?: { correlationId?: string },
  ): Promise<string[]> {
    const ids = await record(deps.db, citizenId, messages, context);
    if (ids.length > 0) await release(citizenId);
    return ids;
  }
  return {
    record,
    release,
    enqueue,
    async send(citizenId: CitizenId, messages: OutboundMessage[], context?: { correlationId?: string }) {
      await enqueue(citizenId, messages, context);
    },
  };
}
