/**
 * Text that came from outside, made safe to store and compare. PostgreSQL text cannot hold NUL, and its JSON types
 * refuse `\u0000` and unpaired UTF-16 surrogates; control characters only confuse matching and display.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
// C0 controls except tab (09) and line feed (0A), DEL and the C1 controls; carriage returns are turned into line feeds
// first.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** True when the string holds a NUL or an unpaired surrogate: what PostgreSQL refuses. */
export function hasUnstorableText(value: string): boolean {
  return value.includes('\0') || LONE_SURROGATE.test(value);
}

/** True when any string or key in a parsed JSON value holds a NUL or an unpaired surrogate. */
export function containsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return hasUnstorableText(value);
  if (Array.isArray(value)) return value.some(containsUnstorableText);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, inner]) => hasUnstorableText(key) || containsUnstorableText(inner));
  }
  return false;
}

/** Removes NUL and replaces unpaired surrogates with U+FFFD: the least change that PostgreSQL accepts. */
export function makeStorable(value: string): string {
  return value.replaceAll('\0', '').replace(LONE_SURROGATES, '\uFFFD');
}

/** A parsed JSON value with every string and key made storable (see `makeStorable`). */
export function makeJsonStorable(value: unknown): unknown {
  if (typeof value === 'string') return makeStorable(value);
  if (Array.isArray(value)) return value.map(makeJsonStorable);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [makeStorable(key), makeJsonStorable(inner)]),
    );
  }
  return value;
}

/**
 * Text a person typed, cleaned: unpaired surrogates become U+FFFD, line breaks become `\n`, other control characters
 * (NUL included) are removed, and the result is in Unicode NFC (Vietnamese diacritics arrive composed or not).
 */
export function cleanText(value: string): string {
  return value
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .normalize('NFC');
}

/** At most `maxCharacters` characters (code points, so a surrogate pair is never cut in half). */
export function truncateText(value: string, maxCharacters: number): string {
  if (value.length <= maxCharacters) return value;
  return Array.from(value).slice(0, maxCharacters).join('');
}
