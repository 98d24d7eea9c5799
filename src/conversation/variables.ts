/** Reading and writing dotted variable paths, and `{{path}}` interpolation inside flow strings. */

import { getPath } from '../kernel/index.js';

export type Variables = Record<string, unknown>;

/** Dotted paths into a session's variables (`dossier.statusLabel`, `items.0.name`). */
export { getPath, setPath } from '../kernel/index.js';

const WHOLE_PLACEHOLDER = /^\{\{\s*([A-Za-z0-9_.]+)\s*\}\}$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/** Replaces `{{path}}` in a string with the variable's text (empty when unset). */
export function interpolate(template: string, variables: Variables): string {
  return template.replace(PLACEHOLDER, (_match, path: string) => {
    const value = getPath(variables, path);
    if (value === undefined || value === null) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/** Like `interpolate`, but a string that is only `{{path}}` yields the raw value (numbers, objects stay typed). */
export function resolveValue(value: unknown, variables: Variables): unknown {
  if (typeof value !== 'string') return value;
  const whole = WHOLE_PLACEHOLDER.exec(value);
  if (whole?.[1]) return getPath(variables, whole[1]);
  return interpolate(value, variables);
}
