import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';
import { parseFieldProblems, type FieldProblem } from './field-problem';

export { fieldProblemMessage, type FieldProblem } from './field-problem';

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

/** The fields an INVALID_INPUT answer names (`errors: [{path, message, issue, …}]`). */
export function invalidFields(error: unknown): FieldProblem[] {
  return error instanceof ApiProblem && error.code === 'INVALID_INPUT' ? parseFieldProblems(error.problem.errors) : [];
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
