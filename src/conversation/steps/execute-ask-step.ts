import type { AskStep } from '../flow-schema.js';
import type { StepResult } from '../turn.js';
import { setPath } from '../variables.js';
import type { StepContext } from './step-context.js';

/** `ask`: the question, then wait for the citizen's answer. */
export function executeAskStep(step: AskStep, ctx: StepContext): StepResult {
  const { turn } = ctx;
  // Images are collected over several messages: a question asked again starts an empty collection.
  if (step.input.type === 'image') turn.session.variables = setPath(turn.session.variables, step.save, undefined);
  turn.out.push(...ctx.messages.askMessages(turn, ctx.flow.id, step));
  return { kind: 'wait' };
}
