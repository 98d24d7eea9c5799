import type { FlowStep } from '../flow-schema.js';
import { nextOrEnd, type StepResult } from '../turn.js';
import { resolveValue, setPath } from '../variables.js';
import type { StepContext } from './step-context.js';

/** `set`: assigns variables, in order (a later value may use an earlier one). */
export function executeSetStep(step: Extract<FlowStep, { type: 'set' }>, ctx: StepContext): StepResult {
  const { turn } = ctx;
  for (const [path, value] of Object.entries(step.values)) {
    turn.session.variables = setPath(turn.session.variables, path, resolveValue(value, turn.session.variables));
  }
  return nextOrEnd(step.next);
}
