import { HANDOFF_EFFECT, HANDOFF_NOTIFY_EFFECT } from '../effects.js';
import type { FlowStep } from '../flow-schema.js';
import { emitEffect, nextOrEnd, type StepResult } from '../turn.js';
import type { StepContext } from './step-context.js';

/**
 * `handoff`: the conversation is marked for an official (an effect) and the citizen is told when to expect one; outside
 * office hours it is a message left for the next working day.
 */
export function executeHandoffStep(step: Extract<FlowStep, { type: 'handoff' }>, ctx: StepContext): StepResult {
  const { turn, flow, name, officeHours, messages } = ctx;
  const open = officeHours.isOpen(turn.now);
  // Outside office hours the citizen leaves a message: a ticket for the opening of the next working day.
  const opening = open ? null : officeHours.nextOpening(turn.now);
  const payload = {
    flowId: flow.id,
    ...(step.reason ? { reason: step.reason } : {}),
    ...(opening ? { dueAt: opening.toISOString() } : {}),
  };
  emitEffect(turn, { type: HANDOFF_EFFECT, payload }, `${flow.id}.${name}`);
  if (ctx.notifyHandoffs) emitEffect(turn, { type: HANDOFF_NOTIFY_EFFECT, payload }, `${flow.id}.${name}.notify`);
  if (open) turn.out.push(...messages.render(turn, 'common:handoff.open'));
  else {
    turn.out.push(
      ...messages.render(turn, opening ? 'common:handoff.closed' : 'common:handoff.recorded', {
        opening: opening?.toISOString(),
      }),
    );
  }
  return nextOrEnd(step.next);
}
