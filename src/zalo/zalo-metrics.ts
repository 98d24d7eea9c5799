import { Counter, Gauge } from 'prom-client';
import type { Metrics } from '../platform/metrics.js';

export interface ZaloMetrics {
  webhookEvents: Counter<'outcome'>;
  tokenRefreshes: Counter<'outcome'>;
  /** 1 while the OA must be reconnected by an admin (a refresh failed), else 0. */
  reconnectRequired: Gauge;
}

const cache = new WeakMap<Metrics, ZaloMetrics>();

/** The channel's metrics on the shared registry; created once per registry (web and worker share one process). */
export function zaloMetricsOf(metrics: Metrics): ZaloMetrics {
  const existing = cache.get(metrics);
  if (existing) return existing;
  const registers = [metrics.registry];
  const created: ZaloMetrics = {
    webhookEvents: new Counter({
      name: 'zalo_egov_zalo_webhook_events_total',
      help: 'Zalo webhook requests by outcome (accepted, duplicate, unknown, malformed, rejected_*, unavailable)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    tokenRefreshes: new Counter({
      name: 'zalo_egov_zalo_token_refreshes_total',
      help: 'Zalo access token refreshes by outcome (success, failure)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    reconnectRequired: new Gauge({
      name: 'zalo_egov_zalo_reconnect_required',
      help: '1 when the Zalo OA must be reconnected by an admin (token refresh failed)',
      registers,
    }),
  };
  cache.set(metrics, created);
  return created;
}
