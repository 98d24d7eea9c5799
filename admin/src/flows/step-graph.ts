import { isMap, isScalar, type Document } from 'yaml';

// No relative imports: the unit test loads this file under Node's module resolution too.

export interface StepNode {
  id: string;
  /** The step's `type` (say, ask, call, …), or null when it has none yet. */
  type: string | null;
  /** Where the step's key is in the YAML text: a click on the node selects it in the editor. */
  from: number;
  to: number;
  start: boolean;
}

/** An arrow from one step to the next; `kind` says why (`next`, a call's outcome, a branch case, a button, …). */
export interface StepEdge {
  from: string;
  to: string;
  kind: 'next' | 'outcome' | 'case' | 'else' | 'button' | 'skip' | 'on_fail';
  /** The outcome (`ok`, `not_found`, …), the case's number (1-based) or the button's title key. */
  detail?: string;
}

export interface StepGraph {
  nodes: StepNode[];
  /** Only arrows to steps that exist (an arrow to a missing step is the validator's problem to report). */
  edges: StepEdge[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stepName = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The steps of a flow draft and how they lead to one another, read from the YAML document as typed (a draft with
 * mistakes still draws what can be read). Steps appear in the order they are written.
 */
export function stepGraph(document: Document.Parsed): StepGraph {
  const steps = document.get('steps', true);
  if (!isMap(steps)) return { nodes: [], edges: [] };
  const json: unknown = document.toJS();
  const flow = isObject(json) ? json : {};
  const definitions = isObject(flow.steps) ? flow.steps : {};
  const start = stepName(flow.start);
  const nodes: StepNode[] = [];
  for (const pair of steps.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const id = String(pair.key.value);
    const definition = definitions[id];
    const type = isObject(definition) && typeof definition.type === 'string' ? definition.type : null;
    nodes.push({ id, type, from: pair.key.range[0], to: pair.key.range[1], start: id === start });
  }
  const known = new Set(nodes.map((node) => node.id));
  const edges: StepEdge[] = [];
  const add = (from: string, to: unknown, kind: StepEdge['kind'], detail?: string) => {
    const target = stepName(to);
    if (target !== null && known.has(target)) edges.push({ from, to: target, kind, ...(detail ? { detail } : {}) });
  };
  for (const node of nodes) {
    const step = definitions[node.id];
    if (!isObject(step)) continue;
    add(node.id, step.next, 'next');
    if (isObject(step.on)) for (const [outcome, to] of Object.entries(step.on)) add(node.id, to, 'outcome', outcome);
    if (Array.isArray(step.cases)) {
      step.cases.forEach((item, index) => {
        if (isObject(item)) add(node.id, item.next, 'case', String(index + 1));
      });
    }
    add(node.id, step.else, 'else');
    if (isObject(step.skip)) add(node.id, step.skip.next, 'skip');
    add(node.id, step.on_fail, 'on_fail');
    if (Array.isArray(step.buttons)) {
      for (const button of step.buttons) {
        if (isObject(button)) add(node.id, button.goto, 'button', stepName(button.title) ?? undefined);
      }
    }
  }
  return { nodes, edges };
}
