import type { AppError } from './errors.js';

/**
 * An error that lists problems (a release that does not validate, an LGSP profile) as lines for a terminal: its
 * message, then one line per problem. A problem may be a string or an object with a `message` (a flow's names its
 * flow and step, a text's its key and language).
 */
export function problemLines(error: AppError): string[] {
  const problems = error.details?.problems;
  return [error.message, ...(Array.isArray(problems) ? problems.map(describeProblem) : [])];
}

function describeProblem(problem: unknown): string {
  if (typeof problem !== 'object' || problem === null) return String(problem);
  const { message, flowId, step, key, language } = problem as Record<string, unknown>;
  if (typeof message !== 'string') return JSON.stringify(problem);
  const flowPlace = [flowId, step].filter((part) => typeof part === 'string' && part !== '').join('.');
  const textPlace = typeof key === 'string' ? `${key}${typeof language === 'string' ? ` (${language})` : ''}` : '';
  const place = [flowPlace, textPlace].filter(Boolean).join(' ');
  return place === '' ? message : `${place}: ${message}`;
}
