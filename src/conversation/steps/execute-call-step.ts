import { lazyChild } from '../../platform/logger.js';
import type { ActionOutcome } from '../actions.js';
import type { FlowStep } from '../flow-schema.js';
import { emitEffect, type StepResult } from '../turn.js';
import { resolveValue, setPath, type Variables } from '../variables.js';
import type { StepContext } from './step-context.js';

/**
 * `call`: runs an action and goes where its outcome says. A write action's effects are recorded with the turn, not
 * performed here; an outcome the flow does not handle is told to the citizen in plain words, with the menu.
 */
export async function executeCallStep(
  step: Extract<FlowStep, { type: 'call' }>,
  ctx: StepContext,
): Promise<StepResult> {
  const { turn } = ctx;
  const outcome = await runStepAction(step, ctx);
  if (outcome.status === 'ok' && step.save)
    turn.session.variables = setPath(turn.session.variables, step.save, outcome.value);
  const target = step.on[outcome.status];
  if (target !== undefined) return { kind: 'next', step: target };
  if (outcome.status === 'ok') return { kind: 'end' };
  turn.out.push(...ctx.messages.render(turn, `common:action.${outcome.status}`), ...ctx.messages.menu(turn));
  turn.session.stack = [];
  return { kind: 'end' };
}

/**
 * Runs a step's action with its arguments resolved from the session; a write action's effects are recorded with the
 * turn (keyed by flow and step). Shared by `call` and by an `ask` step's `each`.
 */
export async function runStepAction(
  call: { action: string; args?: Record<string, string | number | boolean | null> | undefined },
  ctx: Pick<StepContext, 'turn' | 'flow' | 'name' | 'actions' | 'metrics' | 'recordActionOutcome'>,
): Promise<ActionOutcome> {
  const { turn, flow, name } = ctx;
  const variables = turn.session.variables;
  const args: Variables = {};
  for (const [key, value] of Object.entries(call.args ?? {})) args[key] = resolveValue(value, variables);
  const outcome = await ctx.actions.run(call.action, args, {
    citizenId: turn.citizenId,
    language: turn.language,
    now: turn.now,
    logger: lazyChild(turn.logger, { action: call.action }),
    variables,
    texts: turn.release.templates,
  });
  turn.logger.debug({ flowId: flow.id, step: name, action: call.action, outcome: outcome.status }, 'action ran');
  ctx.metrics?.actionOutcomes.inc({ action: call.action, status: outcome.status });
  await ctx.recordActionOutcome?.(call.action, outcome.status);
  if (outcome.status === 'ok') {
    for (const effect of outcome.effects ?? []) emitEffect(turn, effect, `${flow.id}.${name}`);
  }
  return outcome;
}
