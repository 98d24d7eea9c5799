import { evaluateCondition } from '../conditions.js';
import type { FlowStep } from '../flow-schema.js';
import type { StepResult } from '../turn.js';
import type { StepContext } from './step-context.js';

/** `branch`: the first case whose conditions all hold, else `else`. */
export function executeBranchStep(step: Extract<FlowStep, { type: 'branch' }>, ctx: StepContext): StepResult {
  const variables = ctx.turn.session.variables;
  const words = ctx.turn.release.templates;
  const match = step.cases.find((c) =>
    (Array.isArray(c.when) ? c.when : [c.when]).every((condition) => evaluateCondition(condition, variables, words)),
  );
  return { kind: 'next', step: match ? match.next : step.else };
}
