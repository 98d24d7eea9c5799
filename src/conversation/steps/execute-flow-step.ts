import type { FlowStep } from '../flow-schema.js';
import type { StepResult } from '../turn.js';

/** `goto`: another step of the same flow. */
export function executeGotoStep(step: Extract<FlowStep, { type: 'goto' }>): StepResult {
  return { kind: 'next', step: step.next };
}

/** `flow`: starts another flow, coming back to `next` afterwards when `return` is set. */
export function executeFlowStep(step: Extract<FlowStep, { type: 'flow' }>): StepResult {
  return step.return && step.next !== undefined
    ? { kind: 'start_flow', flowId: step.flow, returnTo: step.next }
    : { kind: 'start_flow', flowId: step.flow };
}
