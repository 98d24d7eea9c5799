import {
  CHOICE_PAYLOAD,
  DONE_PAYLOAD,
  FLOW_PAYLOAD,
  GOTO_PAYLOAD,
  RESUME_DROP_PAYLOAD,
  RESUME_FRESH_PAYLOAD,
  RESUME_PAYLOAD,
  SKIP_PAYLOAD,
} from './payloads.js';
import type { FlowDefinition } from './flow-schema.js';
import { isGlobalCommandPayload } from './vocabulary.js';
import {
  richTemplateSchema,
  type RichTemplate,
  type TemplateResources,
  type TemplateTree,
} from './template-renderer.js';
import type { FlowProblem } from './flow-problem.js';

/** A `#payload` a button sends back, and where the button is written. */
interface PayloadButton {
  payload: string;
  flowId: string;
  step?: string;
  where: string;
  /** Where the button is, for a screen to say: a flow's button, its `buttons_from`, or a template (its key, language). */
  source: { in: 'button' | 'buttons_from' } | { in: 'template'; key: string; language: string };
}

const ENGINE_PREFIXES = [GOTO_PAYLOAD, FLOW_PAYLOAD, CHOICE_PAYLOAD];
const ENGINE_PAYLOADS = new Set([
  SKIP_PAYLOAD,
  DONE_PAYLOAD,
  RESUME_PAYLOAD,
  RESUME_DROP_PAYLOAD,
  RESUME_FRESH_PAYLOAD,
]);

/**
 * Flow buttons whose `#payload` nothing answers: no flow has it as a trigger, it is no global command and the engine does
 * not reserve it. A citizen tapping one would get "I did not understand", so it is a problem of the flow set, like an
 * unknown step. Payloads that are plain text (no leading #) go through keyword triggers and are not judged here.
 */
export function findUnansweredFlowPayloads(flows: readonly FlowDefinition[]): FlowProblem[] {
  return unanswered(flows, flowButtons(flows));
}

/** The same check for the buttons written in templates (e.g. the main menu), against the flows that answer them. */
export function findUnansweredTemplatePayloads(
  flows: readonly FlowDefinition[],
  templates: TemplateResources,
): FlowProblem[] {
  return unanswered(flows, templateButtons(templates));
}

function unanswered(flows: readonly FlowDefinition[], buttons: PayloadButton[]): FlowProblem[] {
  const answered = new Set(
    flows.flatMap((flow) => flow.triggers.flatMap((trigger) => (trigger.type === 'payload' ? [trigger.value] : []))),
  );
  const problems: FlowProblem[] = [];
  for (const button of buttons) {
    // "#procedure_detail {{code}}" is answered by the trigger "#procedure_detail" (the rest is its argument).
    const head = button.payload.trim().split(/\s+/)[0] ?? '';
    if (!head.startsWith('#') || head.includes('{{')) continue;
    if (answered.has(head) || ENGINE_PAYLOADS.has(head) || isGlobalCommandPayload(head)) continue;
    if (ENGINE_PREFIXES.some((prefix) => head.startsWith(prefix))) continue;
    problems.push({
      kind: 'unknown_payload',
      flowId: button.flowId,
      code: 'payload_unanswered',
      params: { payload: head, ...button.source },
      ...(button.step === undefined ? {} : { step: button.step }),
      message: `${button.where} sends "${head}", which no flow trigger answers`,
    });
  }
  return problems;
}

function flowButtons(flows: readonly FlowDefinition[]): PayloadButton[] {
  const buttons: PayloadButton[] = [];
  for (const flow of flows) {
    for (const [step, definition] of Object.entries(flow.steps)) {
      if (definition.type !== 'say' && definition.type !== 'ask') continue;
      for (const button of definition.buttons ?? []) {
        if (button.payload)
          buttons.push({
            payload: button.payload,
            flowId: flow.id,
            step,
            where: 'a button',
            source: { in: 'button' },
          });
      }
      if (definition.buttons_from) {
        buttons.push({
          payload: definition.buttons_from.payload,
          flowId: flow.id,
          step,
          where: 'buttons_from',
          source: { in: 'buttons_from' },
        });
      }
    }
  }
  return buttons;
}

function templateButtons(resources: TemplateResources): PayloadButton[] {
  const buttons: PayloadButton[] = [];
  const walk = (tree: TemplateTree, key: string, language: string) => {
    for (const [name, value] of Object.entries(tree)) {
      const path = key.endsWith(':') ? `${key}${name}` : `${key}.${name}`;
      if (typeof value === 'string' || Array.isArray(value)) continue;
      if (isRichTemplate(value)) {
        for (const button of value.buttons ?? []) {
          if (button.payload)
            buttons.push({
              payload: button.payload,
              flowId: '(templates)',
              where: `template ${path} (${language})`,
              source: { in: 'template', key: path, language },
            });
        }
      } else {
        walk(value, path, language);
      }
    }
  };
  for (const [language, namespaces] of Object.entries(resources)) {
    for (const [namespace, tree] of Object.entries(namespaces ?? {})) walk(tree, `${namespace}:`, language);
  }
  return buttons;
}

function isRichTemplate(value: RichTemplate | TemplateTree): value is RichTemplate {
  return richTemplateSchema.safeParse(value).success;
}
