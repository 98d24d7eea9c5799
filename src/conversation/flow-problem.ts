import type { Language } from './channel.js';

/** What flow validation reports: a list of these, never an exception. */
export type FlowProblemKind =
  | 'schema'
  | 'unknown_step'
  | 'unreachable_step'
  | 'unknown_action'
  | 'unknown_input_type'
  | 'unknown_argument'
  | 'missing_argument'
  | 'missing_template'
  | 'missing_words'
  | 'word_conflict'
  | 'too_many_buttons'
  | 'no_exit'
  | 'unknown_flow'
  | 'invalid_regex'
  | 'unknown_payload'
  | 'duplicate_flow'
  | 'unknown_placeholder';

/** One thing wrong with a flow; validation collects them all instead of stopping at the first. */
export interface FlowProblem {
  kind: FlowProblemKind;
  flowId: string;
  step?: string;
  message: string;
  /** A text's problem (`unknown_placeholder`): its key (`common:handoff.taken`), language and placeholder name. */
  key?: string;
  language?: Language;
  placeholder?: string;
}

/**
 * What is wrong with a flow's structure, in words a screen can translate (the problem's `message` stays zod's English
 * for logs, the CLI and API clients): a step type that does not exist, a field missing or of the wrong type, a key no
 * step has, a value not among those allowed, a text too short or too long; `other` when none fits.
 */
export type SchemaIssue =
  | { code: 'unknown_type'; options: string[] }
  | { code: 'missing'; expected: string }
  | { code: 'wrong_type'; expected: string; received: string }
  | { code: 'unknown_key'; keys: string[] }
  | { code: 'invalid_value'; options: string[] }
  | { code: 'too_small'; minimum: number }
  | { code: 'too_big'; maximum: number }
  | { code: 'other' };

/** A structure problem as the validator reports it: the path of the value (`steps.ask_name.type`) and what is wrong. */
export interface SchemaProblem extends FlowProblem {
  kind: 'schema';
  path: string;
  issue: SchemaIssue;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  options?: unknown;
  keys?: unknown;
  values?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  discriminator?: unknown;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeIssue(issue: ZodIssueLike, raw: unknown): SchemaIssue {
  const strings = (list: unknown) => (Array.isArray(list) ? list.map(String) : []);
  switch (issue.code) {
    case 'invalid_union':
      return issue.discriminator !== undefined
        ? { code: 'unknown_type', options: strings(issue.options) }
        : { code: 'other' };
    case 'invalid_type': {
      const received = valueAt(raw, issue.path);
      const expected = String(issue.expected);
      return received === undefined
        ? { code: 'missing', expected }
        : { code: 'wrong_type', expected, received: typeName(received) };
    }
    case 'unrecognized_keys':
      return { code: 'unknown_key', keys: strings(issue.keys) };
    case 'invalid_value':
      return { code: 'invalid_value', options: strings(issue.values) };
    case 'too_small':
      return typeof issue.minimum === 'number' ? { code: 'too_small', minimum: issue.minimum } : { code: 'other' };
    case 'too_big':
      return typeof issue.maximum === 'number' ? { code: 'too_big', maximum: issue.maximum } : { code: 'other' };
    default:
      return { code: 'other' };
  }
}

/** The problems of a document the flow schema refused (`raw`: the document, to tell a missing field from a wrong one). */
export function schemaProblems(flowId: string, issues: readonly ZodIssueLike[], raw: unknown): SchemaProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const step = issue.path[0] === 'steps' ? issue.path[1] : undefined;
    return {
      kind: 'schema',
      flowId,
      ...(typeof step === 'string' ? { step } : {}),
      message: `${path || '(root)'}: ${issue.message}`,
      path,
      issue: describeIssue(issue, raw),
    };
  });
}
