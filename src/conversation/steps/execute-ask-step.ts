import { photoLimitOf } from '../basic-input-types.js';
import type { AskStep } from '../flow-schema.js';
import { nextOrEnd, type StepResult } from '../turn.js';
import { getPath } from '../variables.js';
import type { StepContext } from './step-context.js';

/** `ask`: the question, then wait for the citizen's answer. */
export function executeAskStep(step: AskStep, ctx: StepContext): StepResult {
  const { turn } = ctx;
  // Photos are collected over several messages into the answer: photos sent ahead for the question (while its flow was
  // kept aside) are part of it, and the question says so; as many as it takes answer it, and it is not asked. A flow
  // asking for new ones instead sets the answer to null first (the feedback's "Sửa → Ảnh").
  const photoLimit = photoLimitOf(step.input);
  if (photoLimit !== undefined) {
    const collected = getPath(turn.session.variables, step.save);
    if (Array.isArray(collected) && collected.length >= photoLimit) return nextOrEnd(step.next);
  }
  turn.out.push(...ctx.messages.askMessages(turn, ctx.flow.id, step));
  return { kind: 'wait' };
}
