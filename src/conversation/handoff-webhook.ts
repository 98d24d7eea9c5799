import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { HANDOFF_NOTIFY_EFFECT, PermanentEffectError, defineExternalEffect, handoffPayloadSchema } from './effects.js';
import type { HandoffStore } from './handoff-store.js';

/** A webhook that does not answer within this long is tried again later. */
const WEBHOOK_TIMEOUT_MS = 10_000;

export interface HandoffWebhookDeps {
  /** Absent: no webhook is configured and the effect does nothing. */
  webhook?: { url: string; secret: string } | undefined;
  handoffs: Pick<HandoffStore, 'findLive'>;
  /** The handoff reason as officials read it (a template key rendered in Vietnamese). */
  describeReason(reason: string | undefined): string | null;
  /** Where officials open the queue (the admin UI). */
  queueUrl: string;
  clock?: () => Date;
  fetch?: typeof fetch;
}

/** The body the webhook receives; no personal data (officials open the queue to see who). */
export const handoffWebhookBodySchema = z.object({
  event: z.literal('handoff.requested'),
  /** The live handoff's id; null when it ended before the notice went out. */
  handoffId: z.uuid().nullable(),
  flowId: z.string(),
  reason: z.string().nullable(),
  /** Asked outside office hours: the opening of the working day it is to be handled from. */
  dueAt: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime(),
  queueUrl: z.url(),
});
export type HandoffWebhookBody = z.infer<typeof handoffWebhookBodySchema>;

/**
 * `X-Signature: sha256=<hex>`, the HMAC-SHA256 of `<X-Timestamp>.<body>` with the shared secret: a receiver checks it
 * and the timestamp's age, so a captured request cannot be replayed later.
 */
export function signHandoffWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Tells a configured webhook (a chat room's bot, an on-call pager) that a citizen asks for an official. Performed after
 * the turn's commit through the outbox: retried with back-off while the receiver is down, `Idempotency-Key` the same on
 * every attempt; a 4xx other than 408/429 is a refusal no retry mends.
 */
export function createHandoffWebhookEffect(deps: HandoffWebhookDeps) {
  const clock = deps.clock ?? (() => new Date());
  const post = deps.fetch ?? fetch;
  return defineExternalEffect({
    type: HANDOFF_NOTIFY_EFFECT,
    payload: handoffPayloadSchema,
    async performAfterCommit(payload, ctx) {
      if (!deps.webhook) return;
      const live = await deps.handoffs.findLive(ctx.citizenId);
      const body = JSON.stringify({
        event: 'handoff.requested',
        handoffId: live?.id ?? null,
        flowId: payload.flowId,
        reason: deps.describeReason(payload.reason),
        dueAt: payload.dueAt ?? null,
        sentAt: clock().toISOString(),
        queueUrl: deps.queueUrl,
      } satisfies HandoffWebhookBody);
      const timestamp = String(Math.floor(clock().getTime() / 1000));
      const response = await post(deps.webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': ctx.key,
          'x-timestamp': timestamp,
          'x-signature': signHandoffWebhook(deps.webhook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.ok) return;
      const refused = response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
      if (refused) throw new PermanentEffectError(`the handoff webhook refused the notice (${response.status})`);
      throw new Error(`the handoff webhook answered ${response.status}; retrying later`);
    },
  });
}
