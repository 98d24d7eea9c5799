import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';

/** Plain words for an API error: a translation per problem code, else a general sentence with the request id. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem) {
    const key = `problem.${error.code}`;
    const retryAfter = retryAfterMinutes(error);
    const reason = reasonOf(error);
    const reasonKey = `problemReason.${error.code}.${reason}`;
    if (reason && t(reasonKey, { defaultValue: '' }) !== '') return t(reasonKey);
    if (t(key, { defaultValue: '' }) !== '') return t(key, { minutes: retryAfter });
    return t('problem.other', { requestId: error.problem.requestId ?? '-' });
  }
  return t('problem.other', { requestId: '-' });
}

function retryAfterMinutes(error: ApiProblem): number {
  const errors = error.problem.errors;
  const seconds =
    typeof errors === 'object' && errors !== null && 'retryAfterSeconds' in errors
      ? Number(errors.retryAfterSeconds)
      : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}

function reasonOf(error: ApiProblem): string | undefined {
  const errors = error.problem.errors;
  return typeof errors === 'object' && errors !== null && 'reason' in errors && typeof errors.reason === 'string'
    ? errors.reason
    : undefined;
}

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

/** The fields an INVALID_INPUT answer names (`errors: [{path, message, issue, …}]`). */
export function invalidFields(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiProblem) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.problem.errors)) {
    return [];
  }
  return (error.problem.errors as unknown[]).flatMap((item) => {
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

export interface UnitInUse {
  code: string;
  routingRules: number;
  accounts: number;
  openTickets: number;
  openHandoffs: number;
}

/** The units a SETTINGS_UNIT_IN_USE answer names (`errors.units`), each with what still points at it. */
export function unitsInUse(error: unknown): UnitInUse[] {
  if (!(error instanceof ApiProblem) || error.code !== 'SETTINGS_UNIT_IN_USE') return [];
  const errors = error.problem.errors;
  const units = typeof errors === 'object' && errors !== null && 'units' in errors ? errors.units : undefined;
  if (!Array.isArray(units)) return [];
  return (units as unknown[]).flatMap((item) => {
    if (typeof item !== 'object' || item === null || !('code' in item)) return [];
    const record = item as Record<string, unknown>;
    const n = (key: string) => (typeof record[key] === 'number' ? record[key] : 0);
    return [
      {
        code: String(record.code),
        routingRules: n('routingRules'),
        accounts: n('accounts'),
        openTickets: n('openTickets'),
        openHandoffs: n('openHandoffs'),
      },
    ];
  });
}
