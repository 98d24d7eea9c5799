import { Counter, Histogram, type Registry } from 'prom-client';

/** What the engine counts: events, flows started, action outcomes, fallbacks and how long an event takes. */
export interface ConversationMetrics {
  events: Counter<'kind'>;
  flowsStarted: Counter<'flow'>;
  actionOutcomes: Counter<'action' | 'status'>;
  fallbacks: Counter<never>;
  handleSeconds: Histogram<never>;
}

function reuse<T>(registry: Registry, name: string, create: () => T, isT: (metric: unknown) => metric is T): T {
  // Several engines (the simulator, tests) may share one registry: register each metric once.
  const existing = registry.getSingleMetric(name);
  return isT(existing) ? existing : create();
}

/** Registers (or reuses) the conversation metrics on a registry. */
export function createConversationMetrics(registry: Registry): ConversationMetrics {
  const isCounter = <L extends string>(m: unknown): m is Counter<L> => m instanceof Counter;
  const isHistogram = (m: unknown): m is Histogram<never> => m instanceof Histogram;
  return {
    events: reuse(
      registry,
      'zalo_egov_conversation_events_total',
      () =>
        new Counter({
          name: 'zalo_egov_conversation_events_total',
          help: 'Inbound events handled by the conversation engine, by payload kind',
          labelNames: ['kind'] as const,
          registers: [registry],
        }),
      isCounter<'kind'>,
    ),
    flowsStarted: reuse(
      registry,
      'zalo_egov_conversation_flows_started_total',
      () =>
        new Counter({
          name: 'zalo_egov_conversation_flows_started_total',
          help: 'Flows started, by flow id',
          labelNames: ['flow'] as const,
          registers: [registry],
        }),
      isCounter<'flow'>,
    ),
    actionOutcomes: reuse(
      registry,
      'zalo_egov_conversation_action_outcomes_total',
      () =>
        new Counter({
          name: 'zalo_egov_conversation_action_outcomes_total',
          help: 'Actions run by flows, by action and outcome (ok, not_found, invalid, unavailable)',
          labelNames: ['action', 'status'] as const,
          registers: [registry],
        }),
      isCounter<'action' | 'status'>,
    ),
    fallbacks: reuse(
      registry,
      'zalo_egov_conversation_fallbacks_total',
      () =>
        new Counter({
          name: 'zalo_egov_conversation_fallbacks_total',
          help: 'Messages nothing matched (answered by the fallback)',
          registers: [registry],
        }),
      isCounter<never>,
    ),
    handleSeconds: reuse(
      registry,
      'zalo_egov_conversation_handle_seconds',
      () =>
        new Histogram({
          name: 'zalo_egov_conversation_handle_seconds',
          help: 'Time to handle one inbound event, actions included',
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
          registers: [registry],
        }),
      isHistogram,
    ),
  };
}
