/** Reading and writing dotted paths (`dossier.statusLabel`, `items.0.name`) in plain JSON-like objects. */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at a dotted path, or undefined. Array elements are reached by index; only own properties are read, so
 * a path such as `constructor.name` or `__proto__` finds nothing.
 */
export function getPath(source: unknown, path: string): unknown {
  let current = source;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = /^\d+$/.test(part) ? current[Number(part)] : undefined;
    else if (isRecord(current)) current = Object.hasOwn(current, part) ? current[part] : undefined;
    else return undefined;
  }
  return current;
}

/**
 * A copy of `target` with `value` at a dotted path, creating objects on the way (`undefined` removes the last key).
 * The input is never changed.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return target;
  if (rest.length === 0) {
    const copy = { ...target };
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = Object.hasOwn(target, head) ? target[head] : undefined;
  return { ...target, [head]: setPath(isRecord(child) ? child : {}, rest.join('.'), value) };
}
