import { POSITION_WORD_LISTS } from './offered-buttons.js';
import { foldText } from './text.js';
import type { WordSource } from './vocabulary.js';

/**
 * A rating from 1 to 5 typed instead of tapped, below a question that asks for one ("Chọn từ 1 … đến 5"): "5", "5 sao",
 * "4 điểm", "5/5", "3 stars", "tôi chọn 4 ạ", or the words of a grade ("rất hài lòng", "very satisfied"). Citizens on
 * old phones, or once Zalo has dropped an older message's buttons, type what the question says.
 */

/** Where the words live; each list is optional (a bare digit is read without them). */
export const RATING_WORD_LISTS = {
  /** Words that may stand beside the digit: "sao", "điểm", "stars". */
  unit: 'words:rating.unit',
  /** `words:rating.1` … `words:rating.5`: the words of each grade ("rất không hài lòng" … "rất hài lòng"). */
  grade: (n: number) => `words:rating.${n}`,
} as const;

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** "5/5", "4 / 5": a rating out of five written as such. */
const OUT_OF_FIVE = /^\s*([1-5])\s*\/\s*5\s*[.!]*\s*$/u;

/** The rating a message is, or null when it is anything more (a sentence, a code, another number). Pure. */
export function readTypedRating(text: string, words: WordSource): number | null {
  const outOfFive = OUT_OF_FIVE.exec(text);
  if (outOfFive) return Number(outOfFive[1]);
  const folded = foldText(text).replace(/[.\s-]+$/u, '');
  if (folded.length === 0 || folded.startsWith('#')) return null;
  // "5 sao", "3 out of 5": the unit after the digit goes first, as a phrase (its words may be digits themselves).
  const unit = [...words.words(RATING_WORD_LISTS.unit)]
    .sort((a, b) => b.length - a.length)
    .find((phrase) => folded.endsWith(` ${phrase}`));
  const bare = unit === undefined ? folded : folded.slice(0, -unit.length - 1);
  const filler = new Set(words.words(POSITION_WORD_LISTS.filler).flatMap((phrase) => phrase.split(' ')));
  const kept = bare.split(' ').filter((word) => !filler.has(word));
  if (kept.length === 1 && /^[1-5]$/.test(kept[0] ?? '')) return Number(kept[0]);
  if (unit !== undefined) return null;
  // A grade's words, the whole message but for courtesy ("rất hài lòng ạ", "very satisfied!").
  const graded = kept.join(' ');
  for (let n = RATING_MIN; n <= RATING_MAX; n += 1) {
    const grades = words.words(RATING_WORD_LISTS.grade(n));
    if (grades.includes(folded) || (graded.length > 0 && grades.includes(graded))) return n;
  }
  return null;
}
