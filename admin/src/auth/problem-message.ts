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

/** The fields an INVALID_INPUT answer names (`errors: [{path, message}]`), to show beside the general message. */
export function invalidFields(error: unknown): Array<{ path: string; message: string }> {
  if (!(error instanceof ApiProblem) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.problem.errors)) {
    return [];
  }
  return (error.problem.errors as unknown[]).flatMap((item) =>
    typeof item === 'object' && item !== null && 'path' in item && 'message' in item
      ? [{ path: String(item.path), message: String(item.message) }]
      : [],
  );
}
