import type { Condition } from './flow-schema.js';
import { getPath, type Variables } from './variables.js';
import { isWordOf, type WordSource } from './vocabulary.js';

/** Whether a `branch` case's condition holds for the conversation's variables (`words` reads the release's lists). */
export function evaluateCondition(condition: Condition, variables: Variables, words?: WordSource): boolean {
  const value = getPath(variables, condition.var);
  const isEmpty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (condition.exists !== undefined && (value !== undefined && value !== null) !== condition.exists) return false;
  if (condition.empty !== undefined && isEmpty !== condition.empty) return false;
  if (condition.equals !== undefined && !looseEquals(value, condition.equals)) return false;
  if (condition.not_equals !== undefined && looseEquals(value, condition.not_equals)) return false;
  if (condition.in !== undefined && !condition.in.some((candidate) => looseEquals(value, candidate))) return false;
  if (condition.gt !== undefined && !(typeof value === 'number' && value > condition.gt)) return false;
  if (condition.lt !== undefined && !(typeof value === 'number' && value < condition.lt)) return false;
  if (condition.words !== undefined && !(typeof value === 'string' && words && isWordOf(value, condition.words, words)))
    return false;
  return true;
}

// Flow authors write YAML scalars: "3" and 3 and "true" and true mean the same to them.
function looseEquals(value: unknown, expected: string | number | boolean | null): boolean {
  if (value === expected) return true;
  if (value === undefined || value === null || expected === null) return false;
  return String(value) === String(expected);
}
