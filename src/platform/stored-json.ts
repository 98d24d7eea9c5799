import type { z } from 'zod';

/**
 * A value stored as JSON text (Redis, a file) read back through its schema: text that is not JSON, or JSON an older
 * or newer version wrote in another shape, reads as undefined, so callers treat it as absent instead of crashing.
 */
export function parseStoredJson<S extends z.ZodType>(
  text: string | null | undefined,
  schema: S,
): z.output<S> | undefined {
  if (text === null || text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
