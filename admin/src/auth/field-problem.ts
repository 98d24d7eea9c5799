import type { TFunction } from 'i18next';

/** One invalid field of an INVALID_INPUT answer, as the server describes it (see `convertIssueToFieldProblem`). */
export interface FieldProblem {
  path: string;
  /** The server's English words, for API users; the UI says `fieldProblemMessage` instead. */
  message: string;
  issue?: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
  format?: string;
  expected?: string;
  reason?: string;
}

/** The fields of an INVALID_INPUT answer's `errors` (`[{path, message, issue, …}]`); anything else gives none. */
export function parseFieldProblems(errors: unknown): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return (errors as unknown[]).flatMap((item) => {
    if (typeof item !== 'object' || item === null || !('path' in item) || !('message' in item)) return [];
    const record = item as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] } : {});
    const count = (key: string) => (typeof record[key] === 'number' ? { [key]: record[key] } : {});
    return [
      {
        path: String(record.path),
        message: String(record.message),
        ...text('issue'),
        ...text('origin'),
        ...text('format'),
        ...text('reason'),
        ...text('expected'),
        ...count('minimum'),
        ...count('maximum'),
      },
    ];
  });
}

/**
 * What is wrong with one field, in the UI's language: by the reason a server rule names, else by the kind of issue
 * (too short, too long, not a link…) with its limit. Never the server's English.
 */
export function fieldProblemMessage(t: TFunction, problem: FieldProblem): string {
  if (problem.reason && t(`fieldProblem.reason.${problem.reason}`, { defaultValue: '' }) !== '') {
    return t(`fieldProblem.reason.${problem.reason}`);
  }
  const many = problem.origin === 'array' || problem.origin === 'set';
  const number = problem.origin === 'number' || problem.origin === 'int' || problem.origin === 'bigint';
  switch (problem.issue) {
    case 'too_small':
      if (many) return t('fieldProblem.tooFew', { count: problem.minimum });
      if (number) return t('fieldProblem.tooSmall', { minimum: problem.minimum });
      return (problem.minimum ?? 1) <= 1
        ? t('fieldProblem.required')
        : t('fieldProblem.tooShort', { count: problem.minimum });
    case 'too_big':
      if (many) return t('fieldProblem.tooMany', { count: problem.maximum });
      if (number) return t('fieldProblem.tooBig', { maximum: problem.maximum });
      return t('fieldProblem.tooLong', { count: problem.maximum });
    case 'invalid_format':
      return t(`fieldProblem.format.${problem.format ?? ''}`, { defaultValue: t('fieldProblem.format.other') });
    case 'invalid_value':
      return t('fieldProblem.choose');
    case 'invalid_type':
      return problem.expected === 'number' ? t('fieldProblem.number') : t('fieldProblem.required');
    default:
      return t('fieldProblem.other');
  }
}
