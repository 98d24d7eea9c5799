import { Counter } from 'prom-client';
import type { Metrics } from '../platform/metrics.js';

export interface MessagingMetrics {
  outboundMessages: Counter<'status'>;
  /** Messages sent again after a worker died between calling the channel and recording the answer (may arrive twice). */
  outboundPossibleDuplicates: Counter;
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
  };
  cache.set(metrics, created);
  return created;
}
