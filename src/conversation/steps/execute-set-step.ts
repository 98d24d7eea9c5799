import type { FlowStep } from '../flow-schema.js';
import { nextOrEnd, type StepResult } from '../turn.js';
import { resolveValue, setPath } from '../variables.js';
import type { StepContext } from './step-context.js';

/**
 * `set`: assigns variables, every value read from the variables as they were before the step, so the values' order
 * does not matter: a flow stored in PostgreSQL (jsonb) does not keep its keys' order, and `{ kept: '{{photos}}',
 * photos: null }` must keep the photos whichever is written first.
 */
export function executeSetStep(step: Extract<FlowStep, { type: 'set' }>, ctx: StepContext): StepResult {
  const { turn } = ctx;
  const before = turn.session.variables;
  const resolved = Object.entries(step.values).map(([path, value]) => [path, resolveValue(value, before)] as const);
  for (const [path, value] of resolved) turn.session.variables = setPath(turn.session.variables, path, value);
  return nextOrEnd(step.next);
}
