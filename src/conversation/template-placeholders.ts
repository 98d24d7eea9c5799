import type { Language } from './channel.js';
import type { FlowDefinition, FlowStep } from './flow-schema.js';
import type { FlowProblem } from './flow-problem.js';
import { EXAMPLE_PROVINCE_SETTINGS, provinceTemplateVariables } from './province-settings.js';
import { richTemplateSchema, type TemplateResources, type TemplateTree } from './template-renderer.js';

/**
 * `{{ name }}`, `{{name, format}}` or `{{- name}}`, as i18next reads them. No nested quantifiers over the same
 * characters (a text of `{{` and spaces must not make the matcher backtrack): the inside is trimmed in code.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The names of the values a text's placeholders ask for (`dossier.code` for `{{ dossier.code, date }}`), in order. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => {
    const inside = (match[1] ?? '').trim();
    const name = inside.startsWith('-') ? inside.slice(1) : inside;
    return (name.split(',')[0] ?? '').trim();
  });
}

function leafPaths(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? leafPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** What every text sees whatever renders it: the province's details and the form of address (`you`, `You`). */
const PROVINCE_NAMES: ReadonlySet<string> = new Set(
  leafPaths(provinceTemplateVariables(EXAMPLE_PROVINCE_SETTINGS, 'vi')),
);

/** Every string of each text of a namespace that the renderer interpolates, by the text's key (`handoff.taken`). */
function textsOf(tree: TemplateTree, prefix = '', into = new Map<string, string[]>()): Map<string, string[]> {
  for (const [key, node] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof node === 'string') into.set(path, [node]);
    // Word lists are matched against what citizens type, never rendered.
    else if (Array.isArray(node)) continue;
    else {
      const rich = richTemplateSchema.safeParse(node).data;
      if (!rich) textsOf(node as TemplateTree, `${path}.`, into);
      else {
        const buttons = (rich.buttons ?? []).flatMap((b) => [b.title, b.payload, b.url, b.phone]);
        into.set(
          path,
          [rich.text, rich.image, ...buttons].filter((part) => part !== undefined),
        );
      }
    }
  }
  return into;
}

/** The names each shipped text asks for (`namespace:key`), in every language: what the code or flow rendering it fills. */
function shippedNamesByKey(shipped: TemplateResources): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const namespaces of Object.values(shipped)) {
    for (const [namespace, tree] of Object.entries(namespaces)) {
      for (const [path, parts] of textsOf(tree)) {
        const key = `${namespace}:${path}`;
        const names = byKey.get(key) ?? new Set<string>();
        for (const name of parts.flatMap(placeholderNames)) names.add(name);
        byKey.set(key, names);
      }
    }
  }
  return byKey;
}

// The shipped texts are read once at start and never change: their index is built once.
const shippedIndexes = new WeakMap<TemplateResources, Map<string, Set<string>>>();
function shippedIndex(shipped: TemplateResources): Map<string, Set<string>> {
  let index = shippedIndexes.get(shipped);
  if (!index) {
    index = shippedNamesByKey(shipped);
    shippedIndexes.set(shipped, index);
  }
  return index;
}

/** Keys a flow renders with the conversation's variables (a step's text, its buttons' titles), with the step's params. */
function keysWithVariables(flow: FlowDefinition): Array<{ key: string; params: string[] }> {
  return Object.values(flow.steps).flatMap((step: FlowStep) => {
    if (step.type === 'end') return step.template ? [{ key: step.template, params: [] }] : [];
    if (step.type !== 'say' && step.type !== 'ask') return [];
    return [
      { key: step.template, params: Object.keys(step.params ?? {}) },
      ...(step.buttons ?? []).map((button) => ({ key: button.title, params: [] })),
    ];
  });
}

/** The variables a flow writes itself: its questions' answers, its actions' results, `set`, triggers and entities. */
function variablesWritten(flow: FlowDefinition): string[] {
  const written = [
    flow.topic,
    flow.carry_message,
    flow.carry_words,
    ...(flow.entities ?? []).map((entity) => entity.save),
    ...flow.triggers.map((trigger) => ('save' in trigger ? trigger.save : undefined)),
  ];
  for (const step of Object.values(flow.steps)) {
    if (step.type === 'ask' || step.type === 'call') written.push(step.save);
    if (step.type === 'set') written.push(...Object.keys(step.values));
    if (step.type === 'handoff' && step.after_hours !== undefined) written.push('office_opening');
  }
  return written.filter((name): name is string => name !== undefined);
}

/** What fills a text's placeholders: names given exactly, and variables whose fields are filled too (`dossier.*`). */
interface TextContext {
  names: Set<string>;
  objects: Set<string>;
}

const fills = (context: TextContext, name: string) =>
  PROVINCE_NAMES.has(name) ||
  context.names.has(name) ||
  name.split('.').some((_, index, parts) => index > 0 && context.objects.has(parts.slice(0, index).join('.')));

/**
 * The contexts of the texts whose context is known: a text the code ships is filled with what its shipped texts ask
 * for (the code and the shipped flows pass exactly those); a text a flow renders with the conversation's variables
 * also with what that flow writes, its step's params and what the flow's other shipped texts ask for (the same
 * conversation's variables). Other texts (a province's own, no flow renders) have no known context.
 */
function textContexts(flows: readonly FlowDefinition[], shipped: TemplateResources): Map<string, TextContext> {
  const index = shippedIndex(shipped);
  const contexts = new Map<string, TextContext>(
    [...index].map(([key, names]) => [key, { names: new Set(names), objects: new Set<string>() }]),
  );
  for (const flow of flows) {
    const rendered = keysWithVariables(flow);
    const written = variablesWritten(flow);
    const vocabulary = rendered.flatMap(({ key }) => [...(index.get(key) ?? [])]);
    for (const { key, params } of rendered) {
      let context = contexts.get(key);
      if (!context) contexts.set(key, (context = { names: new Set(), objects: new Set() }));
      for (const name of [...vocabulary, ...written, ...params]) context.names.add(name);
      for (const name of written) context.objects.add(name);
    }
  }
  return contexts;
}

/**
 * Placeholders of the given namespaces' texts that nothing fills: the renderer leaves them as typed, so a citizen
 * would read `{{bogus}}`. A placeholder is filled when it is the province's (`province.*`, `you`, `You`, in any text),
 * or when the text's context gives it (see `textContexts`): one language may use a placeholder the other leaves out
 * (`{{you}}` in Vietnamese only, a code one translation repeats), which the texts editor marks but is not broken.
 */
export function findPlaceholderProblems(
  release: { flows: readonly FlowDefinition[]; templates: TemplateResources },
  shipped: TemplateResources,
  scope: readonly { namespace: string; language: Language }[],
): FlowProblem[] {
  if (scope.length === 0) return [];
  const contexts = textContexts(release.flows, shipped);
  const problems: FlowProblem[] = [];
  for (const { namespace, language } of scope) {
    const tree = release.templates[language]?.[namespace];
    for (const [path, parts] of tree ? textsOf(tree) : []) {
      const key = `${namespace}:${path}`;
      const context = contexts.get(key);
      if (!context) continue;
      const unfilled = new Set(parts.flatMap(placeholderNames).filter((name) => !fills(context, name)));
      for (const placeholder of unfilled) {
        problems.push({
          kind: 'unknown_placeholder',
          code: 'placeholder_unfilled',
          params: { placeholder, key, language },
          flowId: '(templates)',
          key,
          language,
          placeholder,
          message: `{{${placeholder}}} in "${key}" (${language}) is filled by nothing: citizens would read it as typed`,
        });
      }
    }
  }
  return problems;
}
