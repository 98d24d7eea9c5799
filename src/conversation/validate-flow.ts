import type { ActionRegistry } from './actions.js';
import { parseBasicInput } from './basic-input-types.js';
import type { InputTypeRegistry } from './input-types.js';
import type { Language } from './channel.js';
import { findUnansweredFlowPayloads } from './validate-payloads.js';
import { flowDefinitionSchema, MAX_BUTTONS, type FlowDefinition, type FlowStep } from './flow-schema.js';

import {
  schemaProblems,
  type FlowProblem,
  type FlowProblemCode,
  type FlowProblemKind,
  type FlowProblemParams,
} from './flow-problem.js';

export type { FlowProblem, FlowProblemCode, FlowProblemKind };

export interface FlowValidationContext {
  actions: ActionRegistry;
  /** Input types ask steps may use; an unknown one is a problem. */
  inputs: InputTypeRegistry;
  /** Texts and word lists flows name (the release's); without `wordList`, word lists are not checked. */
  templates: {
    has(key: string, language: Language): boolean;
    wordList?(key: string, language: Language): readonly string[] | null;
  };
  /** Every language a template must exist in. */
  languages: readonly Language[];
  /** Ids of the flows a `flow` step or button may start (the flow itself included). */
  flowIds: ReadonlySet<string>;
}

/** Parses and validates a flow document; returns the flow when it parses, and every problem found. */
export function validateFlowDocument(
  raw: unknown,
  context: FlowValidationContext,
): { flow: FlowDefinition | null; problems: FlowProblem[] } {
  const parsed = flowDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    const flowId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : '?';
    return { flow: null, problems: schemaProblems(flowId, parsed.error.issues, raw) };
  }
  return { flow: parsed.data, problems: validateFlow(parsed.data, context) };
}

/** The step names a step may continue with. */
export function stepTargets(step: FlowStep): string[] {
  const targets: (string | undefined)[] = [];
  switch (step.type) {
    case 'say':
      targets.push(step.next, ...(step.buttons ?? []).map((b) => b.goto));
      break;
    case 'ask': {
      targets.push(step.next, step.on_fail, step.skip?.next, ...(step.buttons ?? []).map((b) => b.goto));
      const input = parseBasicInput(step.input);
      if (input?.type === 'choice') targets.push(...input.options.map((o) => o.next));
      break;
    }
    case 'call':
      targets.push(step.on.ok, step.on.not_found, step.on.invalid, step.on.unavailable);
      break;
    case 'branch':
      targets.push(...step.cases.map((c) => c.next), step.else);
      break;
    case 'handoff':
      targets.push(step.next, step.after_hours);
      break;
    case 'set':
    case 'goto':
    case 'flow':
      targets.push(step.next);
      break;
    case 'end':
      break;
  }
  return targets.filter((t): t is string => t !== undefined);
}

/** True when running this step can end the flow (or leave it for good). */
function isExit(step: FlowStep): boolean {
  switch (step.type) {
    case 'end':
      return true;
    case 'say':
    case 'ask':
    case 'set':
    case 'handoff':
      return step.next === undefined;
    case 'flow':
      return !step.return || step.next === undefined;
    case 'call':
      return (
        step.on.ok === undefined ||
        step.on.not_found === undefined ||
        step.on.invalid === undefined ||
        step.on.unavailable === undefined
      );
    case 'branch':
    case 'goto':
      return false;
  }
}

function templateKeys(step: FlowStep, inputs: InputTypeRegistry): string[] {
  const keys: string[] = [];
  if (step.type === 'say' || step.type === 'ask') {
    keys.push(step.template, ...(step.buttons ?? []).map((b) => b.title));
  }
  if (step.type === 'ask') {
    if (step.invalid) keys.push(step.invalid);
    else if (inputs.has(step.input.type)) keys.push(inputs.invalidTemplate(step.input.type));
    if (step.skip?.label) keys.push(step.skip.label);
    const input = parseBasicInput(step.input);
    if (input?.type === 'choice') keys.push(...input.options.map((o) => o.label));
    if (input?.type === 'contact') keys.push(input.title, input.subtitle);
  }
  if (step.type === 'end' && step.template) keys.push(step.template);
  return keys;
}

/** The word lists a step reads: a question's skip words and its options' words, a branch's conditions' words. */
function wordListKeys(step: FlowStep): string[] {
  const keys: string[] = [];
  if (step.type === 'ask') {
    if (step.skip?.words) keys.push(step.skip.words);
    const input = parseBasicInput(step.input);
    if (input?.type === 'choice') keys.push(...input.options.flatMap((option) => option.words ?? []));
  }
  if (step.type === 'branch') {
    for (const { when } of step.cases) keys.push(...[when].flat().flatMap((condition) => condition.words ?? []));
  }
  return keys;
}

function buttonCount(step: FlowStep): number {
  if (step.type !== 'say' && step.type !== 'ask') return 0;
  let count = (step.buttons ?? []).length + (step.buttons_from ? (step.buttons_from.limit ?? MAX_BUTTONS) : 0);
  if (step.type === 'ask') {
    const input = parseBasicInput(step.input);
    if (input?.type === 'choice' && input.buttons !== false) count += input.options.length;
    if (input?.type === 'yes_no') count += 2;
    if (step.skip) count += 1;
  }
  return count;
}

/** Checks a parsed flow: targets, reachability, actions and their arguments, templates, buttons, exits. */
export function validateFlow(flow: FlowDefinition, context: FlowValidationContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (
    kind: FlowProblemKind,
    code: FlowProblemCode,
    params: FlowProblemParams,
    message: string,
    step?: string,
  ) => problems.push({ kind, code, params, flowId: flow.id, ...(step === undefined ? {} : { step }), message });
  const stepNames = new Set(Object.keys(flow.steps));

  if (!stepNames.has(flow.start))
    add('unknown_step', 'start_step_missing', { step: flow.start }, `start step "${flow.start}" does not exist`);

  flow.triggers.forEach((trigger, index) => {
    if (trigger.type !== 'regex') return;
    try {
      new RegExp(trigger.pattern, 'iu');
    } catch {
      // Its position counted from 1, as the flow's author counts the triggers they wrote.
      add(
        'invalid_regex',
        'regex_invalid',
        { pattern: trigger.pattern, trigger: index + 1 },
        `trigger ${index + 1}: pattern "${trigger.pattern}" is not a valid regular expression`,
      );
    }
  });

  for (const entity of flow.entities ?? []) {
    const params = { type: entity.type };
    if (!context.inputs.has(entity.type))
      add('unknown_input_type', 'entity_type_unknown', params, `entity type "${entity.type}" is not registered`);
    else if (!context.inputs.canFind(entity.type))
      add(
        'unknown_input_type',
        'entity_type_cannot_find',
        params,
        `input type "${entity.type}" cannot find values inside a message`,
      );
  }
  for (const [what, code, key] of [
    ['label', 'label_template_missing', flow.label],
    ['resumable name', 'resumable_name_template_missing', flow.resumable?.name],
  ] as const) {
    if (key === undefined) continue;
    for (const language of context.languages) {
      if (!context.templates.has(key, language))
        add('missing_template', code, { key, language }, `${what} template "${key}" is missing in ${language}`);
    }
  }

  const resumable = flow.resumable;
  if (resumable?.photos !== undefined) {
    const step = flow.steps[resumable.photos];
    const params = { step: resumable.photos };
    if (!step)
      add('unknown_step', 'resumable_photos_missing', params, `resumable photos "${resumable.photos}" does not exist`);
    else if (step.type !== 'ask' || step.input.type !== 'image')
      add(
        'unknown_step',
        'resumable_photos_not_images',
        params,
        `resumable photos "${resumable.photos}" is not a question for images`,
      );
  }
  for (const [question, through] of Object.entries(resumable?.resume_through ?? {})) {
    if (flow.steps[question]?.type !== 'ask')
      add(
        'unknown_step',
        'resume_through_not_question',
        { step: question },
        `resumable resume_through "${question}" is not a question of the flow`,
      );
    if (!stepNames.has(through))
      add(
        'unknown_step',
        'resume_through_target_missing',
        { step: question, target: through },
        `resumable resume_through goes to "${through}", which does not exist`,
      );
  }

  for (const [name, step] of Object.entries(flow.steps)) {
    for (const target of stepTargets(step)) {
      if (!stepNames.has(target))
        add('unknown_step', 'target_step_missing', { target }, `goes to "${target}", which does not exist`, name);
    }
    const called = step.type === 'call' ? step : step.type === 'ask' ? step.each : undefined;
    if (called) {
      const info = context.actions.describe(called.action);
      const action = called.action;
      if (!info) add('unknown_action', 'action_unknown', { action }, `action "${action}" is not registered`, name);
      else if (info.argNames) {
        const given = Object.keys(called.args ?? {});
        for (const arg of given) {
          if (!info.argNames.includes(arg))
            add(
              'unknown_argument',
              'argument_unknown',
              { action, argument: arg },
              `action "${action}" has no argument "${arg}"`,
              name,
            );
        }
        for (const arg of info.requiredArgNames) {
          if (!given.includes(arg))
            add(
              'missing_argument',
              'argument_missing',
              { action, argument: arg },
              `action "${action}" needs argument "${arg}"`,
              name,
            );
        }
      }
    }
    const flowTargets =
      step.type === 'flow'
        ? [step.flow]
        : step.type === 'say' || step.type === 'ask'
          ? (step.buttons ?? []).map((b) => b.flow)
          : [];
    for (const target of flowTargets) {
      if (target !== undefined && !context.flowIds.has(target))
        add('unknown_flow', 'flow_unknown', { flow: target }, `starts flow "${target}", which does not exist`, name);
    }
    if (step.type === 'ask') {
      const known = context.inputs.has(step.input.type);
      for (const problem of context.inputs.check(step.input)) {
        if (known) add('schema', 'input_options_invalid', { type: step.input.type, detail: problem }, problem, name);
        else add('unknown_input_type', 'input_type_unknown', { type: step.input.type }, problem, name);
      }
    }
    for (const key of templateKeys(step, context.inputs)) {
      for (const language of context.languages) {
        if (!context.templates.has(key, language))
          add(
            'missing_template',
            'template_missing',
            { key, language },
            `template "${key}" is missing in ${language}`,
            name,
          );
      }
    }
    for (const key of wordListKeys(step)) {
      for (const language of context.languages) {
        if (context.templates.wordList?.(key, language) === null)
          add(
            'missing_words',
            'words_missing',
            { key, language },
            `word list "${key}" is missing in ${language} (an empty list [] is allowed)`,
            name,
          );
      }
    }
    const buttons = buttonCount(step);
    if (buttons > MAX_BUTTONS) {
      const params = { count: buttons, maximum: MAX_BUTTONS };
      add(
        'too_many_buttons',
        'too_many_buttons',
        params,
        `${buttons} buttons; Zalo shows at most ${MAX_BUTTONS}`,
        name,
      );
    }
  }

  const reachable = new Set<string>();
  const queue = stepNames.has(flow.start) ? [flow.start] : [];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === undefined || reachable.has(current)) continue;
    reachable.add(current);
    const step = flow.steps[current];
    if (step) queue.push(...stepTargets(step).filter((t) => stepNames.has(t)));
  }
  for (const name of stepNames) {
    if (!reachable.has(name))
      add(
        'unreachable_step',
        'step_unreachable',
        { start: flow.start },
        `no step leads here from "${flow.start}"`,
        name,
      );
  }
  const hasExit = [...reachable].some((name) => {
    const step = flow.steps[name];
    return step !== undefined && isExit(step);
  });
  if (reachable.size > 0 && !hasExit) add('no_exit', 'no_exit', {}, 'the flow can never end: every path loops');
  return problems;
}

/** Validates a set of flows together: each flow, plus duplicate ids; `flowIds` in the context is derived. */
export function validateFlows(
  flows: readonly FlowDefinition[],
  context: Omit<FlowValidationContext, 'flowIds'> & { extraFlowIds?: readonly string[] },
): FlowProblem[] {
  const flowIds = new Set([...flows.map((f) => f.id), ...(context.extraFlowIds ?? [])]);
  const problems: FlowProblem[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    if (seen.has(flow.id))
      problems.push({
        kind: 'duplicate_flow',
        code: 'flow_duplicate',
        params: { flow: flow.id },
        flowId: flow.id,
        message: `flow id "${flow.id}" is used twice`,
      });
    seen.add(flow.id);
    problems.push(...validateFlow(flow, { ...context, flowIds }));
  }
  problems.push(...findUnansweredFlowPayloads(flows));
  return problems;
}
