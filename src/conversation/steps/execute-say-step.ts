import type { FlowStep } from '../flow-schema.js';
import { nextOrEnd, type StepResult } from '../turn.js';
import type { StepContext } from './step-context.js';

/** `say`: the template (with its buttons), then the next step. */
export function executeSayStep(step: Extract<FlowStep, { type: 'say' }>, ctx: StepContext): StepResult {
  ctx.turn.out.push(...ctx.messages.renderStepMessage(ctx.turn, ctx.flow.id, step));
  return nextOrEnd(step.next);
}
