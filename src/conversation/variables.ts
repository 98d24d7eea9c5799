/** Reading and writing dotted variable paths, and `{{path}}` interpolation inside flow strings. */

export type Variables = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path (`dossier.statusLabel`, `items.0.name`), or undefined. */
export function getPath(variables: Variables, path: string): unknown {
  let current: unknown = variables;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isRecord(current)) current = current[part];
    else return undefined;
  }
  return current;
}

/** Sets a value at a dotted path, creating objects on the way; returns a new top-level object. */
export function setPath(variables: Variables, path: string, value: unknown): Variables {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return variables;
  if (rest.length === 0) {
    const copy = { ...variables };
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = variables[head];
  return { ...variables, [head]: setPath(isRecord(child) ? child : {}, rest.join('.'), value) };
}

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
