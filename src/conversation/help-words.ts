import type { WordSource } from './vocabulary.js';
import { foldText } from './text.js';

/**
 * Words that ask for help without saying about what ("giúp em với", "hỗ trợ", "help me"). Citizens put them before or
 * after what they want: "giúp em với, giá vàng hôm nay" is a question about the gold price, not a request for help,
 * so the subject is understood without them. The list is content (`words:help_words`), edited like every word list.
 */
export const HELP_WORD_LIST = 'words:help_words';

/** A message split into its help words (at its start and end) and the rest, as typed. */
export interface HelpRequest {
  /** The message without the help words around it, marks and codes as typed; empty when it was only help words. */
  rest: string;
}

/** A word of the message as typed, where it is, and folded for comparison (trailing dots and dashes aside). */
interface TypedWord {
  start: number;
  end: number;
  folded: string;
}

function typedWords(text: string): TypedWord[] {
  const found: TypedWord[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}#.-]+/gu)) {
    const folded = foldText(match[0]).replace(/[.-]+$/, '');
    if (folded.length > 0) found.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return found;
}

/**
 * The help words at the start and the end of a message taken off ("giúp em với, giá vàng hôm nay" → "giá vàng hôm
 * nay"), longest phrase first; null when the message has none there. Pure.
 */
export function splitHelpWords(text: string, words: WordSource): HelpRequest | null {
  const phrases = words
    .words(HELP_WORD_LIST)
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return null;
  const normalized = text.normalize('NFC');
  const typed = typedWords(normalized);
  let first = 0;
  let last = typed.length;
  const matchesAt = (phrase: string[], at: number) => phrase.every((word, k) => typed[at + k]?.folded === word);
  for (let changed = true; changed && first < last;) {
    changed = false;
    for (const phrase of phrases) {
      if (first + phrase.length <= last && matchesAt(phrase, first)) {
        first += phrase.length;
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && first < last;) {
    changed = false;
    for (const phrase of phrases) {
      if (last - phrase.length >= first && matchesAt(phrase, last - phrase.length)) {
        last -= phrase.length;
        changed = true;
        break;
      }
    }
  }
  if (first === 0 && last === typed.length) return null;
  const from = typed[first];
  const to = typed[last - 1];
  return { rest: from && to && first < last ? normalized.slice(from.start, to.end).trim() : '' };
}
