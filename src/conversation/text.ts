/**
 * Vietnamese text folding for matching: NFC, lower case, diacritics removed (đ → d), punctuation dropped, spaces
 * collapsed. `Tra cứu  hồ sơ!` and `tra cuu ho so` fold to the same string.
 */
export function foldText(input: string): string {
  return foldByTable(input) ?? foldSlowly(input);
}

function foldSlowly(input: string): string {
  return input
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}#\s.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each letter of the Latin scripts (below U+0300, and Vietnamese's own block U+1E00–U+1EFF) folded alone by
 * `foldSlowly`, a space for what it drops: the same folding one letter at a time, which a message of these letters
 * alone (nearly every citizen's) takes in one pass instead of eight. No letter there combines with another under NFC
 * (only marks, from U+0300, do), so letter by letter is the whole. Empty: a letter left to the slow path.
 */
const FOLDED_LETTER: readonly string[] = (() => {
  const table: string[] = [];
  for (let code = 0; code < 0x1f00; code += 1) {
    if (code === 0x300) code = 0x1e00;
    const letter = String.fromCharCode(code);
    const folded = letter.normalize('NFC') === letter ? foldSlowly(`x${letter}x`) : '';
    // `x` on both sides keeps a dropped letter's space (trimmed alone); a letter folding to more than one is left out.
    table[code] = folded === 'x x' ? ' ' : folded.length === 3 && folded !== 'x x' ? folded.charAt(1) : '';
  }
  return table;
})();

/** `FOLDED_LETTER` as character codes (0: the slow path's). */
const FOLDED_CODE: Uint16Array = Uint16Array.from(FOLDED_LETTER, (folded) => (folded ? folded.charCodeAt(0) : 0));
const SPACE = 32;

/** The folded characters of the text being folded: one buffer, grown for a longer text, made a string once. */
let foldBuffer = new Uint16Array(1024);

function foldByTable(input: string): string | undefined {
  if (foldBuffer.length < input.length) foldBuffer = new Uint16Array(input.length * 2);
  const out = foldBuffer;
  let length = 0;
  let space = true; // at the start, or after a space: another is dropped
  for (let i = 0; i < input.length; i += 1) {
    const folded = FOLDED_CODE[input.charCodeAt(i)] ?? 0;
    if (folded === 0) return undefined;
    if (folded === SPACE) {
      if (!space) {
        out[length] = SPACE;
        length += 1;
      }
      space = true;
    } else {
      out[length] = folded;
      length += 1;
      space = false;
    }
  }
  if (space && length > 0) length -= 1;
  return charactersOf(out, length);
}

/** The string of the first `length` codes of `codes` (in pieces: a call takes a limited number of arguments). */
export function charactersOf(codes: Uint16Array, length: number): string {
  const PIECE = 4096;
  if (length <= PIECE) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let from = 0; from < length; from += PIECE) {
    text += String.fromCharCode.apply(
      null,
      codes.subarray(from, Math.min(from + PIECE, length)) as unknown as number[],
    );
  }
  return text;
}

/**
 * The code of the folding functions and the patterns they read: what a model learnt on folded text depends on (a kept
 * model is never loaded by a build that folds otherwise).
 */
export function foldingSource(): string {
  return [foldText, foldSlowly, foldByTable, foldTelex]
    .map((code) => String(code))
    .concat(String(TELEX_LEFTOVER), String(TELEX_TONE_AT_END), String(TELEX_TONE_BEFORE_FINAL))
    .concat(String(TELEX_LEFTOVER_ANYWHERE), String(TELEX_WORD), String(charactersOf))
    .join('\n');
}

// Two tone-mark placements are both in use for "oa", "oe" and "uy" ending a syllable ("hoà" and "hòa", "xoá" and
// "xóa", "thuỷ" and "thủy"); the mark is moved to the first vowel so that both spellings are one word. "qu" is a
// consonant ("quý" stays).
const TONE_ON_SECOND_VOWEL =
  /(?<![\p{L}\p{M}])([^\P{L}aeiouy]*[ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

/** What a text needs for `TONE_ON_SECOND_VOWEL` to apply. */
const TWO_VOWELS_TONE_MAY_MOVE = /[oòóỏõọuùúủũụ][aeyàáảãạèéẻẽẹỳýỷỹỵ]/;

/** Lower-case Vietnamese text with one tone-mark placement for "oa", "oe", "uy" (NFC in, NFC out). */
export function sameToneStyle(lowerCased: string): string {
  if (!TWO_VOWELS_TONE_MAY_MOVE.test(lowerCased)) return lowerCased;
  return lowerCased
    .normalize('NFD')
    .replace(TONE_ON_SECOND_VOWEL, (whole: string, head: string, second: string, tone: string) =>
      head.endsWith('qu') ? whole : `${head}${tone}${second}`,
    )
    .normalize('NFC');
}

// Telex typists sometimes leave the tone and vowel keys unconverted ("tra cuws hoof sow"). Vietnamese syllables never
// end in s, f, r, x or j, so a trailing one is a tone key, also after the final consonant ("thur tucj", "tinhf",
// "keets"); one between the vowel and the final consonant is a tone key too ("kieerm", "lafm"); doubled vowels and
// "w" are vowel marks.
const TELEX_TONE_AT_END = /([aeiouy](?:ch|nh|ng|[cmnpt])?)[sfrxj]$/;
const TELEX_TONE_BEFORE_FINAL = /([aeiouy])[sfrxj](ch|nh|ng|[cmnpt])$/;

/** What any of the replacements below needs in a word: most words have none, and skip them all. */
const TELEX_LEFTOVER = /dd|aa|ee|oo|w|[sfrxj]$|[aeiouy][sfrxj](?:ch|nh|ng|[cmnpt])$/;

/** A word Telex leftovers are looked for in: letters only. */
const TELEX_WORD = /^[a-z]+$/;

/** Whether a word of the text may hold what `TELEX_LEFTOVER` looks for (a text without any is left as it is). */
const TELEX_LEFTOVER_ANYWHERE = /dd|aa|ee|oo|w|[sfrxj](?: |$)|[aeiouy][sfrxj](?:ch|nh|ng|[cmnpt])(?: |$)/;

/** Folds Telex leftovers out of already folded text, word by word (`cuws` → `cu`, `hoof` → `ho`, `ddi` → `di`). */
export function foldTelex(folded: string): string {
  if (!TELEX_LEFTOVER_ANYWHERE.test(folded)) return folded;
  return folded
    .split(' ')
    .map((word) => {
      if (!TELEX_WORD.test(word) || !TELEX_LEFTOVER.test(word)) return word;
      let w = word.replace(/dd/g, 'd').replace(/aa/g, 'a').replace(/ee/g, 'e').replace(/oo/g, 'o');
      // The "w" may come after the vowel it marks and the one beside it ("guiwr" is "gửi", "nguoiw" "người").
      w = w.replace(/([aou][aeiouy]?)w/g, '$1').replace(/w$/, 'u');
      return w.replace(TELEX_TONE_AT_END, '$1').replace(TELEX_TONE_BEFORE_FINAL, '$1$2');
    })
    .join(' ');
}

/** Keywords of at least this many characters (folded) tolerate one typo. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * How well `message` matches `keyword` (both folded): 3 exact, 2 contained as whole words, 1 one typo away, 0 not.
 * `telex`: the message already folded with `foldTelex`, when many keywords are tried.
 */
export function scoreKeyword(message: string, keyword: string, telex?: string): number {
  return keywordScorer(message, telex)(keyword);
}

/**
 * Whether two strings are at most one edit apart (a letter changed, added or removed): a linear walk, where a full
 * edit distance would compute the whole table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  return rangeWithinOneEdit(a, 0, a.length, b);
}

/** `withinOneEdit` for `a.slice(from, to)`, without making that string (a message's windows of words). */
function rangeWithinOneEdit(a: string, from: number, to: number, b: string): boolean {
  const la = to - from;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(from + i) === b.charCodeAt(i)) i += 1;
  if (i === la || i === lb) return true;
  // First difference at i: the rest must match after skipping one letter of the longer (or of both).
  let ia = la >= lb ? i + 1 : i;
  let ib = lb >= la ? i + 1 : i;
  while (ia < la && ib < lb) {
    if (a.charCodeAt(from + ia) !== b.charCodeAt(ib)) return false;
    ia += 1;
    ib += 1;
  }
  return true;
}

/** A folded keyword prepared once for the many messages it is tried on (`keywordScorer`). */
export interface PreparedKeyword {
  keyword: string;
  /** The keyword between spaces, to look for it among a message's words. */
  padded: string;
  /** Its word count. */
  words: number;
  firstWord: string;
  /** Its two halves: one edit changes at most one of them. */
  head: string;
  tail: string;
  /** The halves' pairs of neighbouring letters (`letterPairs`): a message lacking one of them lacks the half. */
  headPairs: Uint16Array;
  tailPairs: Uint16Array;
}

/** A pair of neighbouring characters as a number under 4,096 (codes alike modulo 64 share one: a filter, no more). */
function letterPair(text: string, i: number): number {
  return ((text.charCodeAt(i) & 63) << 6) | (text.charCodeAt(i + 1) & 63);
}

function letterPairs(text: string): Uint16Array {
  return Uint16Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => letterPair(text, i));
}

/** Whether a message whose letter pairs are the bits of `held` may contain a text whose pairs are `pairs`. */
function mayContain(held: Uint32Array, pairs: Uint16Array): boolean {
  for (let i = 0; i < pairs.length; i += 1) {
    const pair = pairs[i] ?? 0;
    if (((held[pair >> 5] ?? 0) & (1 << (pair & 31))) === 0) return false;
  }
  return true;
}

export function prepareKeyword(keyword: string): PreparedKeyword {
  const words = keyword.split(' ');
  const half = keyword.length >> 1;
  return {
    keyword,
    padded: ` ${keyword} `,
    words: words.length,
    firstWord: words[0] ?? '',
    head: keyword.slice(0, half),
    tail: keyword.slice(half),
    headPairs: letterPairs(keyword.slice(0, half)),
    tailPairs: letterPairs(keyword.slice(half)),
  };
}

/**
 * `scoreKeyword` for one message and many keywords: the padded message, its Telex folding, its words and its word
 * windows are prepared once, a keyword whose first word the message lacks is not looked for as whole words, and only
 * windows of a length one edit allows are compared.
 */
export function keywordScorer(message: string, telex?: string): (keyword: string | PreparedKeyword) => number {
  const telexMessage = telex ?? foldTelex(message);
  const padded = ` ${message} `;
  const paddedTelex = ` ${telexMessage} `;
  const messageWords = message.split(' ');
  const wordSet = new Set(messageWords);
  let telexWords: Set<string> | undefined;
  // The message's pairs of neighbouring letters, as bits, once a keyword's halves are looked for in it.
  let pairsHeld: Uint32Array | undefined;
  const holdsPairs = () => {
    const held = new Uint32Array(4096 / 32);
    for (let i = 0; i + 1 < message.length; i += 1) {
      const pair = letterPair(message, i);
      held[pair >> 5] = (held[pair >> 5] ?? 0) | (1 << (pair & 31));
    }
    return held;
  };
  // Where each word starts in the message (and where the one after the last would): a window of words joined by
  // spaces is the message's text between two of them, compared where it is rather than copied out.
  let starts: Int32Array | undefined;
  const windowWithinOneEdit = (size: number, keyword: string) => {
    if (starts === undefined) {
      starts = new Int32Array(messageWords.length + 1);
      let at = 0;
      for (let i = 0; i < messageWords.length; i += 1) {
        starts[i] = at;
        at += (messageWords[i] ?? '').length + 1;
      }
      starts[messageWords.length] = at;
    }
    for (let i = 0; i + size <= messageWords.length; i += 1) {
      if (rangeWithinOneEdit(message, starts[i] ?? 0, (starts[i + size] ?? 0) - 1, keyword)) return true;
    }
    return false;
  };
  return (given) => {
    const prepared = typeof given === 'string' ? prepareKeyword(given) : given;
    const { keyword } = prepared;
    if (keyword.length === 0 || message.length === 0) return 0;
    if (message === keyword) return 3;
    if (wordSet.has(prepared.firstWord) && padded.includes(prepared.padded)) return 2;
    if (telexMessage === keyword) return 2;
    if (
      telexMessage !== message &&
      (telexWords ??= new Set(telexMessage.split(' '))).has(prepared.firstWord) &&
      paddedTelex.includes(prepared.padded)
    )
      return 2;
    if (keyword.length < FUZZY_MIN_LENGTH) return 0;
    if (withinOneEdit(message, keyword) || withinOneEdit(telexMessage, keyword)) return 1;
    // A typo inside a longer message: compare windows of the keyword's word count.
    const size = prepared.words;
    if (size >= messageWords.length) return 0;
    // One edit changes at most one half of the keyword: the other half is in the message as typed, or no window is
    // one edit away (most keywords stop here, before any window is built). A half whose letter pairs the message
    // lacks is not searched for (in a long message, most).
    pairsHeld ??= holdsPairs();
    const head = mayContain(pairsHeld, prepared.headPairs) && message.includes(prepared.head);
    if (!head && !(mayContain(pairsHeld, prepared.tailPairs) && message.includes(prepared.tail))) return 0;
    return windowWithinOneEdit(size, keyword) ? 1 : 0;
  };
}

/** True when the folded message matches any folded keyword at least as a one-typo match. */
export function matchesAnyKeyword(message: string, keywords: readonly string[]): boolean {
  const folded = foldText(message);
  return keywords.some((keyword) => scoreKeyword(folded, foldText(keyword)) > 0);
}
