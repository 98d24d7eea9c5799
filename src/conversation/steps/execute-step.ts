import type { FlowStep } from '../flow-schema.js';
import type { StepResult } from '../turn.js';
import { executeAskStep } from './execute-ask-step.js';
import { executeBranchStep } from './execute-branch-step.js';
import { executeCallStep } from './execute-call-step.js';
import { executeEndStep } from './execute-end-step.js';
import { executeFlowStep, executeGotoStep } from './execute-flow-step.js';
import { executeHandoffStep } from './execute-handoff-step.js';
import { executeSayStep } from './execute-say-step.js';
import { executeSetStep } from './execute-set-step.js';
import type { StepContext } from './step-context.js';

/** Runs one step with the executor of its kind. */
export async function executeStep(step: FlowStep, ctx: StepContext): Promise<StepResult> {
  switch (step.type) {
    case 'say':
      return executeSayStep(step, ctx);
    case 'ask':
      return executeAskStep(step, ctx);
    case 'call':
      return executeCallStep(step, ctx);
    case 'branch':
      return executeBranchStep(step, ctx);
    case 'set':
      return executeSetStep(step, ctx);
    case 'goto':
      return executeGotoStep(step);
    case 'flow':
      return executeFlowStep(step);
    case 'handoff':
      return executeHandoffStep(step, ctx);
    case 'end':
      return executeEndStep(step, ctx);
  }
}
