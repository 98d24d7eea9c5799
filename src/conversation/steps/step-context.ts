import type { ActionOutcomeRecorder, ActionRegistry } from '../actions.js';
import type { ConversationMetrics } from '../conversation-metrics.js';
import type { FlowDefinition } from '../flow-schema.js';
import type { HandoffWait } from '../handoff-stats.js';
import type { OfficeHours } from '../office-hours.js';
import type { StepMessages } from '../step-messages.js';
import type { Turn } from '../turn.js';

/** What a step executor works with: the turn, where the step sits, and the runner's tools. */
export interface StepContext {
  turn: Turn;
  flow: FlowDefinition;
  /** The step's name in its flow (effect keys and logs name it). */
  name: string;
  messages: StepMessages;
  actions: ActionRegistry;
  officeHours: OfficeHours;
  /** Whether a new handoff is announced to the webhook too (an external effect). */
  notifyHandoffs: boolean;
  /** The likely wait for an official (null or absent: unknown). */
  handoffWait?: (() => HandoffWait | null) | undefined;
  metrics?: ConversationMetrics | undefined;
  /** Records each action's outcome durably (real conversations only). */
  recordActionOutcome?: ActionOutcomeRecorder | undefined;
}
