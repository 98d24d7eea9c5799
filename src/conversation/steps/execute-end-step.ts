import type { FlowStep } from '../flow-schema.js';
import type { StepResult } from '../turn.js';
import type { StepContext } from './step-context.js';

/** `end`: an optional closing message and menu; leaves every flow, including the ones that called this one. */
export function executeEndStep(step: Extract<FlowStep, { type: 'end' }>, ctx: StepContext): StepResult {
  const { turn, messages } = ctx;
  if (step.template) turn.out.push(...messages.render(turn, step.template, turn.session.variables));
  if (step.menu) turn.out.push(...messages.menu(turn));
  turn.session.stack = [];
  return { kind: 'end' };
}
