import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics, type Metric } from 'prom-client';

/** The Prometheus registry and the metrics every module shares. Modules register their own on `registry`. */
export interface Metrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  jobOutcomes: Counter<'queue' | 'outcome'>;
  queueDepth: Gauge<'queue' | 'state'>;
  /** Registers a source of queue depths, read at each scrape. */
  addQueueDepthSource(source: () => Promise<Array<{ queue: string; state: string; count: number }>>): void;
}

export function createMetrics(options: { collectDefaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.collectDefaults ?? true) collectDefaultMetrics({ register: registry, prefix: 'zalo_egov_' });
  const sources: Array<() => Promise<Array<{ queue: string; state: string; count: number }>>> = [];
  const queueDepth = new Gauge({
    name: 'zalo_egov_queue_jobs',
    help: 'Jobs per queue and state at scrape time',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const source of sources) {
        try {
          for (const row of await source()) this.set({ queue: row.queue, state: row.state }, row.count);
        } catch {
          // Redis down: /readyz reports it; a scrape must still succeed.
        }
      }
    },
  });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'zalo_egov_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    jobOutcomes: new Counter({
      name: 'zalo_egov_jobs_total',
      help: 'Finished job attempts by queue and outcome (completed, retrying, failed)',
      labelNames: ['queue', 'outcome'] as const,
      registers: [registry],
    }),
    queueDepth,
    addQueueDepthSource: (source) => {
      sources.push(source);
    },
  };
}

/**
 * The registry's metric of that name, or a new one made by `create` (which registers it). Several systems may share
 * one registry (tests, the simulator beside the engine) and prom-client refuses a name twice, so every module
 * registers through this. A metric of that name but another kind is a bug: it throws.
 */
export function findOrCreateMetric<M extends Metric>(
  registry: Registry,
  name: string,
  kind: abstract new (...args: never[]) => M,
  create: () => M,
): M {
  const existing = registry.getSingleMetric(name);
  if (existing === undefined) return create();
  if (existing instanceof kind) return existing;
  throw new Error(`the metric ${name} is already registered as another kind`);
}
