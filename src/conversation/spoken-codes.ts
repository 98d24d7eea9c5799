/**
 * Codes said aloud: a voice keyboard (Zalo's, the phone's) writes what it hears, so a dossier code read from the receipt
 * arrives as "không không không chấm không không chấm mười lăm chấm hát không hai gạch ngang hai hai một hai không năm
 * gạch ngang không không không một", a phone number as "không chín một hai …", and some citizens type them so too.
 * `writeSpokenCodes` writes such runs down as digits, letters, dots and dashes ("000.00.15.H02-221205-0001"), so the
 * input types find the value. Only runs of several number words are written down, and callers keep the result only
 * when a value is found in it that the message as typed lacks: "hai ba người" stays as typed.
 */

/** Digits by their spoken names, with and without marks (a voice keyboard writes the marks; some typists do not). */
const DIGITS: ReadonlyMap<string, string> = new Map([
  ['không', '0'],
  ['khong', '0'],
  ['hông', '0'],
  ['linh', '0'],
  ['lẻ', '0'],
  ['một', '1'],
  ['mot', '1'],
  ['mốt', '1'],
  ['hai', '2'],
  ['ba', '3'],
  ['bốn', '4'],
  ['bon', '4'],
  ['tư', '4'],
  ['năm', '5'],
  ['nam', '5'],
  ['lăm', '5'],
  ['nhăm', '5'],
  ['sáu', '6'],
  ['sau', '6'],
  ['bảy', '7'],
  ['bay', '7'],
  ['bẩy', '7'],
  ['tám', '8'],
  ['tam', '8'],
  ['chín', '9'],
  ['chin', '9'],
]);

/** "mười" (ten) and "mươi" (…ty): a tens digit before the next digit ("mười lăm" 15, "hai mươi bốn" 24). */
const TEN = new Set(['mười', 'muoi']);
const TENS = new Set(['mươi']);

/** Separators said aloud: "chấm" (dot), "gạch ngang" or "gạch" (dash). */
const DOT = new Set(['chấm', 'cham']);
const DASH = new Set(['gạch', 'gach']);
/** The word after "gạch" that belongs to it ("gạch ngang", "gạch nối"). */
const DASH_TAIL = new Set(['ngang', 'nối', 'noi']);

/** Letters by the names said when spelling (Vietnamese and the English names of those codes use). */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ['a', 'A'],
  ['bê', 'B'],
  ['bờ', 'B'],
  ['xê', 'C'],
  ['cờ', 'C'],
  ['đê', 'D'],
  ['dê', 'D'],
  ['đờ', 'D'],
  ['e', 'E'],
  ['ép', 'F'],
  ['gờ', 'G'],
  ['giê', 'G'],
  ['hát', 'H'],
  ['hắt', 'H'],
  ['hờ', 'H'],
  ['i', 'I'],
  ['ca', 'K'],
  ['ka', 'K'],
  ['lờ', 'L'],
  ['mờ', 'M'],
  ['nờ', 'N'],
  ['o', 'O'],
  ['pê', 'P'],
  ['pờ', 'P'],
  ['quy', 'Q'],
  ['rờ', 'R'],
  ['ét', 'S'],
  ['sờ', 'S'],
  ['tê', 'T'],
  ['tờ', 'T'],
  ['u', 'U'],
  ['vê', 'V'],
  ['vờ', 'V'],
  ['ích', 'X'],
  ['dét', 'Z'],
  ['zét', 'Z'],
  ['zed', 'Z'],
]);

/** A piece of a code typed as written: digits, a letter and digits ("h54"), a single letter. */
const WRITTEN_PIECE = /^(?:[a-z]?\d+|[a-z])$/u;

/** A run is written down only when it holds at least this many words said for digits and marks. */
const MIN_SPOKEN_WORDS = 3;

/** A word of a spoken code, and what it writes (undefined: not one). */
function pieceOf(word: string): string | undefined {
  const digit = DIGITS.get(word);
  if (digit !== undefined) return digit;
  if (TEN.has(word) || TENS.has(word) || DOT.has(word) || DASH.has(word) || DASH_TAIL.has(word)) return '';
  const letter = LETTERS.get(word);
  if (letter !== undefined) return letter;
  if (WRITTEN_PIECE.test(word)) return word.toUpperCase();
  return undefined;
}

/** Writes one run of spoken words down (tens expanded, separators as marks). */
function writeRun(words: readonly string[]): { text: string; spoken: number } {
  let text = '';
  let spoken = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const digit = DIGITS.get(word);
    if (digit !== undefined) {
      spoken += 1;
      text += digit;
      if (TENS.has(next)) {
        // "hai mươi" is 20, "hai mươi bốn" 24.
        const unit = DIGITS.get(words[i + 2] ?? '');
        text += unit ?? '0';
        i += unit !== undefined ? 2 : 1;
      }
    } else if (TEN.has(word)) {
      spoken += 1;
      const unit = DIGITS.get(next);
      text += unit !== undefined ? `1${unit}` : '10';
      if (unit !== undefined) i += 1;
    } else if (DOT.has(word)) {
      spoken += 1;
      text += '.';
    } else if (DASH.has(word)) {
      spoken += 1;
      text += '-';
      if (DASH_TAIL.has(next)) i += 1;
    } else text += pieceOf(word) ?? '';
  }
  return { text, spoken };
}

/**
 * The text with each run of spoken code words (number words, letters spelled, "chấm", "gạch ngang", digits typed
 * between them) written down as one code; the text itself when there is none. Lower-cased where it changes.
 */
export function writeSpokenCodes(text: string): string {
  if (!mayHoldSpokenCode(text)) return text;
  const parts = text.normalize('NFC').split(/(\s+)/u);
  const words = parts.map((part, i) => (i % 2 === 0 ? part.toLowerCase() : ''));
  const out: string[] = [];
  let changed = false;
  let i = 0;
  while (i < parts.length) {
    // Runs start and end on a word (even indexes); the spaces inside a run are dropped.
    let end = i;
    while (end < parts.length && pieceOf(words[end] ?? '') !== undefined) end += 2;
    if (end > i) {
      const run = words.slice(i, end - 1).filter((_, k) => k % 2 === 0);
      const written = writeRun(run);
      if (written.spoken >= MIN_SPOKEN_WORDS) {
        out.push(written.text);
        changed = true;
        i = end - 1;
        continue;
      }
      // Not a code: the run's first word as typed, and the search goes on from the next one.
      out.push(parts[i] ?? '');
      i += 1;
      continue;
    }
    out.push(parts[i] ?? '');
    i += 1;
  }
  return changed ? out.join('') : text;
}

/**
 * Whether a run of the text's words (pieces of a code, `pieceOf`, between white space) holds `MIN_SPOKEN_WORDS` words
 * said for digits, tens or marks: `writeRun` counts no others (a word it takes with the one before, "mươi", "ngang",
 * counts for none), so a text without such a run is left as typed. Most messages have none, and are not split.
 */
function mayHoldSpokenCode(text: string): boolean {
  // Lower-cased whole, as `writeSpokenCodes` lower-cases each word: white space ends every case rule's context.
  const lower = text.normalize('NFC').toLowerCase();
  let spoken = 0;
  for (let i = 0; i < lower.length;) {
    if (isWhiteSpace(lower.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && !isWhiteSpace(lower.charCodeAt(end))) end += 1;
    const word = lower.slice(i, end);
    if (pieceOf(word) === undefined) spoken = 0;
    else if (DIGITS.has(word) || TEN.has(word) || DOT.has(word) || DASH.has(word)) {
      spoken += 1;
      if (spoken >= MIN_SPOKEN_WORDS) return true;
    }
    i = end;
  }
  return false;
}

/** Whether a character (a UTF-16 code unit) is white space as a pattern's `\s` reads it. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
