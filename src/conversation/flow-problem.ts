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

/**
 * What exactly is wrong, stable for a screen to say in its language with `params` (the `message` says the same in
 * English for logs, the CLI and API clients). Within a kind: `unknown_step` is a start, a target or a resumable's
 * step that does not exist, for instance.
 */
export type FlowProblemCode =
  | 'structure'
  | 'yaml_invalid'
  | 'release_part_missing'
  | 'start_step_missing'
  | 'target_step_missing'
  | 'resumable_photos_missing'
  | 'resumable_photos_not_images'
  | 'resume_through_not_question'
  | 'resume_through_target_missing'
  | 'step_unreachable'
  | 'no_exit'
  | 'action_unknown'
  | 'argument_unknown'
  | 'argument_missing'
  | 'entity_type_unknown'
  | 'entity_type_cannot_find'
  | 'input_type_unknown'
  | 'input_options_invalid'
  | 'template_missing'
  | 'label_template_missing'
  | 'resumable_name_template_missing'
  | 'words_missing'
  | 'word_conflict'
  | 'too_many_buttons'
  | 'flow_unknown'
  | 'flow_duplicate'
  | 'regex_invalid'
  | 'payload_unanswered'
  | 'placeholder_unfilled';

/** The values a problem's sentence names (a step, a template key, a language, a count…). */
export type FlowProblemParams = Record<string, string | number>;

/** One thing wrong with a flow; validation collects them all instead of stopping at the first. */
export interface FlowProblem {
  kind: FlowProblemKind;
  code: FlowProblemCode;
  params: FlowProblemParams;
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
      code: 'structure',
      params: {},
      flowId,
      ...(typeof step === 'string' ? { step } : {}),
      message: `${path || '(root)'}: ${issue.message}`,
      path,
      issue: describeIssue(issue, raw),
    };
  });
}
