import { HANDOFF_EFFECT, HANDOFF_MESSAGE_EFFECT, HANDOFF_NOTIFY_EFFECT } from '../effects.js';
import type { FlowStep } from '../flow-schema.js';
import { emitEffect, nextOrEnd, type StepResult } from '../turn.js';
import { getPath, setPath } from '../variables.js';
import type { StepContext } from './step-context.js';

/** The variable a handoff step's `after_hours` step reads the next opening of the offices from (ISO instant). */
export const OFFICE_OPENING_VARIABLE = 'office_opening';

/**
 * `handoff`: the conversation is marked for an official (an effect) and the citizen is told when to expect one; outside
 * office hours it is a message left for the next working day, or, with `after_hours`, the flow first offers that choice.
 */
export function executeHandoffStep(step: Extract<FlowStep, { type: 'handoff' }>, ctx: StepContext): StepResult {
  const { turn, flow, name, officeHours, messages } = ctx;
  const open = officeHours.isOpen(turn.now);
  // Outside office hours the citizen leaves a message: a ticket for the opening of the next working day.
  const opening = open ? null : officeHours.nextOpening(turn.now);
  if (!open && step.after_hours) {
    turn.session.variables = setPath(turn.session.variables, OFFICE_OPENING_VARIABLE, opening?.toISOString() ?? null);
    return { kind: 'next', step: step.after_hours };
  }
  const payload = {
    flowId: flow.id,
    ...(step.reason ? { reason: step.reason } : {}),
    ...(opening ? { dueAt: opening.toISOString() } : {}),
  };
  emitEffect(turn, { type: HANDOFF_EFFECT, payload }, `${flow.id}.${name}`);
  // A message the citizen already wrote (offered to leave one, they typed it) waits for officials like any other.
  const written = step.message ? getPath(turn.session.variables, step.message) : undefined;
  const hasMessage = typeof written === 'string' && written.trim() !== '';
  if (hasMessage) emitEffect(turn, { type: HANDOFF_MESSAGE_EFFECT, payload: {} }, `${flow.id}.${name}.message`);
  if (ctx.notifyHandoffs) emitEffect(turn, { type: HANDOFF_NOTIFY_EFFECT, payload }, `${flow.id}.${name}.notify`);
  if (open) {
    turn.out.push(...messages.render(turn, 'common:handoff.open'));
    const wait = ctx.handoffWait?.();
    if (wait?.typicalMinutes != null) {
      const key = wait.waiting > 0 ? 'common:handoff.wait.ahead' : 'common:handoff.wait.none_ahead';
      turn.out.push(...messages.render(turn, key, { waiting: wait.waiting, minutes: wait.typicalMinutes }));
    }
  } else if (hasMessage && opening)
    turn.out.push(...messages.render(turn, 'common:handoff.message_left', { opening: opening.toISOString() }));
  else {
    turn.out.push(
      ...messages.render(turn, opening ? 'common:handoff.closed' : 'common:handoff.recorded', {
        opening: opening?.toISOString(),
      }),
    );
  }
  return nextOrEnd(step.next);
}
