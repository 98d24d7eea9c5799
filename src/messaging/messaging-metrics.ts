import { Counter } from 'prom-client';
import type { Metrics } from '../platform/metrics.js';

export interface MessagingMetrics {
  outboundMessages: Counter<'status'>;
  /** Messages sent again after a worker died between calling the channel and recording the answer (may arrive twice). */
  outboundPossibleDuplicates: Counter;
  /** Messages left in flight by a dead worker, checked against the channel before sending again, by what it showed. */
  outboundReconciliations: Counter<'outcome'>;
  /**
   * A turn's first reply, sent at once by the turn's worker or not: `sent`, `no_slot` (the rate limit's window was
   * full: its delivery job sends it), `locked` (another worker was sending to the citizen), `deferred` (an error: the
   * job takes over).
   */
  outboundInlineReplies: Counter<'outcome'>;
}

const cache = new WeakMap<Metrics, MessagingMetrics>();

/** The module's metrics on the shared registry; created once per registry (web and worker share one process). */
export function messagingMetricsOf(metrics: Metrics): MessagingMetrics {
  const existing = cache.get(metrics);
  if (existing) return existing;
  const registers = [metrics.registry];
  const created: MessagingMetrics = {
    outboundMessages: new Counter({
      name: 'zalo_egov_outbound_messages_total',
      help: 'Outbound messages by outcome (sent, failed, skipped, held, rescheduled)',
      labelNames: ['status'] as const,
      registers,
    }),
    outboundPossibleDuplicates: new Counter({
      name: 'zalo_egov_outbound_possible_duplicates_total',
      help: "Messages sent again because the worker sending them died before recording the channel's answer",
      registers,
    }),
    outboundReconciliations: new Counter({
      name: 'zalo_egov_outbound_reconciliations_total',
      help:
        'Messages whose sending worker died mid-call, checked against the channel before sending again: ' +
        'found sent (recorded, not resent), not_sent (sent now), unknown (the check failed: sent again, may repeat)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    outboundInlineReplies: new Counter({
      name: 'zalo_egov_outbound_inline_replies_total',
      help:
        "A turn's first reply sent at once by the turn's worker (sent), or left to its delivery job because the rate " +
        "limit's window was full (no_slot), another worker was sending to the citizen (locked) or an error (deferred)",
      labelNames: ['outcome'] as const,
      registers,
    }),
  };
  cache.set(metrics, created);
  return created;
}
