import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Prometheus metrics of the LGSP client, registered once per registry by the composition root. */
export interface LgspMetrics {
  callDuration: Histogram<'service' | 'outcome'>;
  breakerState: Gauge<'service'>;
  cache: Counter<'service' | 'result'>;
  lookupCountFailures: Counter<never>;
}

export function createLgspMetrics(registry: Registry): LgspMetrics {
  return {
    callDuration: new Histogram({
      name: 'zalo_egov_lgsp_call_duration_seconds',
      help: 'LGSP calls by service and outcome (ok, not_found, rejected, unavailable, breaker_open), retries included',
      labelNames: ['service', 'outcome'] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    breakerState: new Gauge({
      name: 'zalo_egov_lgsp_breaker_state',
      help: 'Circuit breaker per LGSP service: 0 closed, 1 half-open, 2 open',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    cache: new Counter({
      name: 'zalo_egov_lgsp_cache_total',
      help: 'LGSP cache lookups by service and result (hit, miss, stale: last good copy served while the LGSP failed)',
      labelNames: ['service', 'result'] as const,
      registers: [registry],
    }),
    lookupCountFailures: new Counter({
      name: 'zalo_egov_lgsp_lookup_count_failures_total',
      help: "Citizens' lookups the dashboard's daily count missed because writing it failed (the lookup was answered)",
      registers: [registry],
    }),
  };
}
