import { Counter, Histogram, type Registry } from 'prom-client';
import { findOrCreateMetric } from '../platform/metrics.js';

/** What the engine counts: events, flows started, action outcomes, fallbacks and how long an event takes. */
export interface ConversationMetrics {
  events: Counter<'kind'>;
  flowsStarted: Counter<'flow'>;
  actionOutcomes: Counter<'action' | 'status'>;
  fallbacks: Counter<never>;
  handleSeconds: Histogram<never>;
}

/** Registers (or reuses) the conversation metrics on a registry. */
export function createConversationMetrics(registry: Registry): ConversationMetrics {
  return {
    events: findOrCreateMetric(
      registry,
      'zalo_egov_conversation_events_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_conversation_events_total',
          help: 'Inbound events handled by the conversation engine, by payload kind',
          labelNames: ['kind'] as const,
          registers: [registry],
        }),
    ),
    flowsStarted: findOrCreateMetric(
      registry,
      'zalo_egov_conversation_flows_started_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_conversation_flows_started_total',
          help: 'Flows started, by flow id',
          labelNames: ['flow'] as const,
          registers: [registry],
        }),
    ),
    actionOutcomes: findOrCreateMetric(
      registry,
      'zalo_egov_conversation_action_outcomes_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_conversation_action_outcomes_total',
          help: 'Actions run by flows, by action and outcome (ok, not_found, invalid, unavailable)',
          labelNames: ['action', 'status'] as const,
          registers: [registry],
        }),
    ),
    fallbacks: findOrCreateMetric(
      registry,
      'zalo_egov_conversation_fallbacks_total',
      Counter,
      () =>
        new Counter({
          name: 'zalo_egov_conversation_fallbacks_total',
          help: 'Messages nothing matched (answered by the fallback)',
          registers: [registry],
        }),
    ),
    handleSeconds: findOrCreateMetric(
      registry,
      'zalo_egov_conversation_handle_seconds',
      Histogram,
      () =>
        new Histogram({
          name: 'zalo_egov_conversation_handle_seconds',
          help: 'Time to handle one inbound event, actions included',
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
          registers: [registry],
        }),
    ),
  };
}
