import type { Language } from '../kernel/index.js';
import { findSmallTalk } from './small-talk.js';
import type { TemplateRenderer } from './template-renderer.js';
import { foldText } from './text.js';
import { WORDS_NAMESPACE } from './vocabulary.js';

/**
 * English words no Vietnamese syllable or chat shorthand spells once its marks are dropped (`words:language.english_only`):
 * "the" (thế), "can" (cần), "to" (tờ) and "so" (số) are not among them, so Vietnamese typed without marks never
 * counts as English.
 */
export const ENGLISH_ONLY_WORDS = `${WORDS_NAMESPACE}:language.english_only`;
/** Vietnamese words as typed without marks, which no English sentence uses ("em", "giup", "ko"): `words:language.unmarked`. */
export const VIETNAMESE_UNMARKED_WORDS = `${WORDS_NAMESPACE}:language.unmarked`;

/** A letter only Vietnamese writes: a vowel with a tone or shape mark, or đ. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/u;

type GuessWords = Pick<TemplateRenderer, 'words' | 'wordList'>;

/**
 * The language a message is plainly written in, or null when it does not say: English when it has at least four words,
 * none with a Vietnamese letter, at least two distinct English-only words, one in six of them at least, and fewer
 * Vietnamese words typed without marks than English-only ones ("How do I register my temporary residence?", not
 * "check giup em status ho so voi"); Vietnamese when at least three of at least four words carry Vietnamese marks (a
 * sentence, not a command read off the Vietnamese menu: "tra cứu doanh nghiệp" keeps English).
 * Small talk ("thank you so much", "cảm ơn nhiều ạ") says nothing: Vietnamese citizens thank in English too.
 */
export function guessLanguage(text: string, words: GuessWords): Language | null {
  const tokens =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (tokens.length < 4 || findSmallTalk(text, words) !== null) return null;
  const marked = tokens.filter((token) => VIETNAMESE_LETTER.test(token)).length;
  if (marked >= 3) return 'vi';
  if (marked > 0) return null;
  const englishOnly = new Set(words.words(ENGLISH_ONLY_WORDS));
  const unmarked = new Set(words.words(VIETNAMESE_UNMARKED_WORDS));
  // The lists are folded as every word list is ("i'm" would be "i m"): the message's words are read the same way.
  const found = new Set(tokens.filter((token) => englishOnly.has(foldText(token))));
  const vietnamese = tokens.filter((token) => unmarked.has(foldText(token))).length;
  return found.size >= 2 && found.size * 6 >= tokens.length && vietnamese < found.size ? 'en' : null;
}
