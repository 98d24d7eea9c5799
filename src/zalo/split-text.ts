/** Zalo's limit on one text message, in characters. */
export const ZALO_TEXT_LIMIT = 2000;

const SENTENCE_END = /[.!?…。](?:["'”’)\]]*)\s+/g;

/**
 * Splits a long text into parts of at most `limit` characters, preferring (in the second half of each part) a paragraph
 * break, then a sentence end, then a space; only a text without any of these is cut mid-word. Parts are trimmed.
 */
export function splitText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  // UTF-16 units first: a text no longer than the limit in those has no more characters (most replies; no count).
  while (rest.length > limit && [...rest].length > limit) {
    const chars = [...rest];
    const window = chars.slice(0, limit).join('');
    const cut = findCut(window);
    parts.push(window.slice(0, cut).trim());
    rest = (window.slice(cut) + chars.slice(limit).join('')).trim();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

function findCut(window: string): number {
  const floor = Math.floor(window.length / 2);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph >= floor) return paragraph + 2;
  let sentence = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end >= floor) sentence = end;
  }
  if (sentence >= floor) return sentence;
  const newline = window.lastIndexOf('\n');
  if (newline >= floor) return newline + 1;
  const space = window.search(/\s\S*$/);
  if (space >= floor) return space + 1;
  // The window already holds at most `limit` characters; its length is in UTF-16 units, like the indexes above.
  return window.length;
}
