import type { TFunction } from 'i18next';

// No relative imports: the unit test loads this file under Node's module resolution too.

/** A validator problem as the API sends it (`code`, `params` since they exist), or a YAML syntax error of the editor. */
export interface ProblemForText {
  kind: string;
  code?: string;
  params?: Record<string, string | number>;
  step?: string;
  path?: string;
  issue?: SchemaIssueLike;
  message: string;
}

type SchemaIssueLike =
  | { code: 'unknown_type' | 'invalid_value'; options: string[] }
  | { code: 'missing'; expected: string }
  | { code: 'wrong_type'; expected: string; received: string }
  | { code: 'unknown_key'; keys: string[] }
  | { code: 'too_small'; minimum: number }
  | { code: 'too_big'; maximum: number }
  | { code: 'other' };

/**
 * Where in the flow a structure problem is, as its author reads the YAML: the keys, and each item of a list by its
 * position from 1 (`triggers.2.type` → "triggers › mục 3 › type"), never the 0-based index the path holds.
 */
function pathText(t: TFunction, path: string): string {
  if (path === '') return t('schemaIssue.root');
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? t('schemaIssue.item', { position: Number(segment) + 1 }) : segment))
    .join(' › ');
}

/** A structure problem in the UI's language, after its place (`steps › ask › type: …`); zod's English when none fits. */
function schemaIssueText(t: TFunction, problem: ProblemForText): string {
  const { issue } = problem;
  if (problem.path === undefined || !issue || issue.code === 'other') return problem.message;
  const type = (name: string) => t(`schemaIssue.type.${name}`, { defaultValue: name });
  const list = (items: string[]) => items.join(', ');
  const path = pathText(t, problem.path);
  switch (issue.code) {
    case 'unknown_type': {
      // Triggers and steps are both told by their `type`: a trigger is no step.
      const key = /^triggers\.\d+\.type$/.test(problem.path)
        ? 'schemaIssue.unknown_trigger_type'
        : 'schemaIssue.unknown_type';
      return `${path}: ${t(key, { options: list(issue.options) })}`;
    }
    case 'invalid_value':
      return `${path}: ${t(`schemaIssue.${issue.code}`, { options: list(issue.options) })}`;
    case 'missing':
      return `${path}: ${t('schemaIssue.missing', { expected: type(issue.expected) })}`;
    case 'wrong_type':
      return `${path}: ${t('schemaIssue.wrong_type', { expected: type(issue.expected), received: type(issue.received) })}`;
    case 'unknown_key':
      return `${path}: ${t('schemaIssue.unknown_key', { keys: list(issue.keys) })}`;
    case 'too_small':
      return `${path}: ${t('schemaIssue.too_small', { minimum: issue.minimum })}`;
    case 'too_big':
      return `${path}: ${t('schemaIssue.too_big', { maximum: issue.maximum })}`;
  }
}

/** What is wrong, from the problem's code and params in the UI's language; the server's English for a code unknown. */
function detailText(t: TFunction, problem: ProblemForText): string {
  const { code, params = {} } = problem;
  if (code === undefined || code === 'structure') return schemaIssueText(t, problem);
  const values: Record<string, string | number> = { ...params };
  if (typeof params.language === 'string') {
    values.language = t(`flowProblem.language.${params.language}`, { defaultValue: params.language });
  }
  // Written as the citizen would read it unfilled.
  if (typeof params.placeholder === 'string') values.placeholder = `{{${params.placeholder}}}`;
  // A code whose sentence depends on where (a button, a template) or which syntax error: one sentence for each.
  const variant = code === 'payload_unanswered' ? params.in : code === 'yaml_syntax' ? params.error : undefined;
  const keys = variant === undefined ? [`flowProblem.${code}`] : [`flowProblem.${code}.${variant}`];
  if (code === 'yaml_syntax') keys.push('flowProblem.yaml_syntax.other');
  for (const key of keys) {
    const text = t(key, { ...values, detail: values.detail ?? problem.message });
    if (text !== key) return text;
  }
  return problem.message;
}

/**
 * One problem as the editor lists it: its kind, its step and the line of the YAML it points at (`line`, when the
 * editor located it), what is wrong, all in the UI's language.
 */
export function flowProblemText(
  t: TFunction,
  problem: ProblemForText,
  place: { line?: number | undefined } = {},
): string {
  const kind = t(`problemKind.${problem.kind}`, { defaultValue: problem.kind });
  const where = [
    ...(problem.step ? [`${t('editor.step')} ${problem.step}`] : []),
    ...(place.line === undefined ? [] : [t('editor.line', { line: place.line })]),
  ];
  return `${kind}${where.length > 0 ? ` (${where.join(', ')})` : ''}: ${detailText(t, problem)}`;
}
