import { foldText, sameButHoiNga, sameToneStyle, type TemplateRenderer } from '../conversation/index.js';
import type { FeedbackCategory } from '../lgsp/index.js';

/** A word as typed (lower case, one tone-mark placement) and folded (no marks). */
interface Word {
  typed: string;
  folded: string;
}

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

function wordsOf(text: string): Word[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0)
    .map((word) => ({ typed: sameToneStyle(word), folded: foldText(word) }));
}

/**
 * A word of the description meets a listed word when they fold alike and, if it was typed with its marks, with the
 * same marks (hỏi and ngã alike): "cống" is no "công", "cong" may be either. A phrase of one word with marks is met
 * only as written: typed without marks one syllable is too many words ("cong an", "dat lich").
 */
function meets(typed: Word, listed: Word, oneWordPhrase: boolean): boolean {
  if (typed.folded !== listed.folded) return false;
  if (typed.typed === typed.folded) return !oneWordPhrase || listed.typed === listed.folded;
  return typed.typed === listed.typed || sameButHoiNga(typed.typed, listed.typed);
}

/** The key of the word list naming what a category is about, in each language's `words` texts. */
export function categoryWordsKey(code: string): string {
  return `words:feedback.category_words.${code}`;
}

/** The word list naming what a category is about (`categoryWordsKey`), every language's together. */
export function categoryWords(code: string, texts: Pick<TemplateRenderer, 'wordList' | 'languages'>): string[] {
  return texts.languages().flatMap((language) => texts.wordList(categoryWordsKey(code), language) ?? []);
}

/**
 * The category a report's description names by its words ("đèn đường bị tắt mấy hôm nay": Hạ tầng, đô thị), to be
 * offered with the category question. The lists of every language are read together: a citizen writing in English
 * may name Vietnamese things. The category whose phrases cover the most words of the description wins; a tie, or no
 * phrase at all, names none (the citizen chooses from the list as before).
 */
export function findCategoryNamedIn(
  text: string,
  categories: readonly FeedbackCategory[],
  texts: Pick<TemplateRenderer, 'wordList' | 'languages'>,
): FeedbackCategory | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  let best: FeedbackCategory | null = null;
  let bestCovered = 0;
  let tied = false;
  for (const category of categories) {
    const covered = new Set<number>();
    for (const phrase of categoryWords(category.code, texts)) {
      const listed = wordsOf(phrase);
      if (listed.length === 0) continue;
      for (let i = 0; i + listed.length <= words.length; i += 1) {
        if (listed.every((word, k) => meets(words[i + k] as Word, word, listed.length === 1))) {
          for (let k = 0; k < listed.length; k += 1) covered.add(i + k);
        }
      }
    }
    if (covered.size === 0) continue;
    if (covered.size > bestCovered) {
      best = category;
      bestCovered = covered.size;
      tied = false;
    } else if (covered.size === bestCovered) {
      tied = true;
    }
  }
  return tied ? null : best;
}
