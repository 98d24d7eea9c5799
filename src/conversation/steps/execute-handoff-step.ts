import { HANDOFF_EFFECT } from '../effects.js';
import type { FlowStep } from '../flow-schema.js';
import { emitEffect, nextOrEnd, type StepResult } from '../turn.js';
import type { StepContext } from './step-context.js';

/** `handoff`: the conversation is marked for an official (an effect) and the citizen is told when to expect one. */
export function executeHandoffStep(step: Extract<FlowStep, { type: 'handoff' }>, ctx: StepContext): StepResult {
  const { turn, flow, name, officeHours, messages } = ctx;
  emitEffect(
    turn,
    { type: HANDOFF_EFFECT, payload: { flowId: flow.id, ...(step.reason ? { reason: step.reason } : {}) } },
    `${flow.id}.${name}`,
  );
  if (officeHours.isOpen(turn.now)) turn.out.push(...messages.render(turn, 'common:handoff.open'));
  else {
    const opening = officeHours.nextOpening(turn.now);
    turn.out.push(
      ...messages.render(turn, opening ? 'common:handoff.closed' : 'common:handoff.recorded', {
        opening: opening?.toISOString(),
      }),
    );
  }
  return nextOrEnd(step.next);
}
