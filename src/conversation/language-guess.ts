import { LANGUAGES, type Language } from '../kernel/index.js';
import { findSmallTalk, withoutLeadingGreeting } from './small-talk.js';
import type { TemplateRenderer } from './template-renderer.js';
import { foldText } from './text.js';
import { WORDS_NAMESPACE } from './vocabulary.js';

/**
 * Words of an English request that no Vietnamese writes ("how", "where", "want", "please"):
 * `words:language.english_only`. A message needs one to be taken for English.
 */
export const ENGLISH_ONLY_WORDS = `${WORDS_NAMESPACE}:language.english_only`;
/**
 * Words of a Vietnamese sentence, as typed with or without marks ("tôi", "cho", "muốn", "hỏi"): `words:language.vietnamese`.
 * Names and addresses have none ("Trần Thị Thúy Hằng", "số 12 Lý Thái Tổ"), so they never switch a conversation.
 */
export const VIETNAMESE_WORDS = `${WORDS_NAMESPACE}:language.vietnamese`;
/**
 * English function words that also spell a Vietnamese syllable typed without marks ("to", "an", "the", "in", "my"):
 * `words:language.english_function`. Between English words they are English ("talk to an officer"); beside a
 * Vietnamese syllable they tell nothing ("ho so be done").
 */
export const ENGLISH_FUNCTION_WORDS = `${WORDS_NAMESPACE}:language.english_function`;
/**
 * What a Vietnamese request is about, written with its marks ("hồ sơ", "tra cứu", "phản ánh", "dạ"):
 * `words:language.vietnamese_request`. Matched as typed, marks and all, so a name or an address ("Hà Nội", "Lý Thái
 * Tổ") or another language's accents never meet one.
 */
export const VIETNAMESE_REQUEST_WORDS = `${WORDS_NAMESPACE}:language.vietnamese_request`;
/**
 * English greetings and calls for help that Vietnamese citizens type too ("hello", "hi", "help"):
 * `words:language.english_alone`. The whole message one of them is answered in English, the citizen's language kept.
 */
export const ENGLISH_ALONE_WORDS = `${WORDS_NAMESPACE}:language.english_alone`;
/** The lists the guess reads; each must exist in every language (an empty list is allowed) and share no word. */
export const LANGUAGE_GUESS_WORD_LISTS: readonly string[] = [
  ENGLISH_ONLY_WORDS,
  VIETNAMESE_WORDS,
  VIETNAMESE_REQUEST_WORDS,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_ALONE_WORDS,
];

/** A letter only Vietnamese writes: a vowel with a tone or shape mark, or đ. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/u;
/**
 * A Vietnamese syllable typed without marks: an initial consonant, one to three vowels, a final consonant. "what",
 * "is", "register" cannot be one; "the", "can", "do", "my" can.
 */
const UNMARKED_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** Abbreviations typed in Vietnamese chat ("hs", "cccd", "mst", "dvc") have no vowel: they say nothing of the language. */
const NO_VOWEL = /^[^aeiouy]+$/;

/** How many words a message needs before its language is guessed: fewer are commands, names or small talk. */
const MIN_WORDS = 4;
/** Fewer words than this are too few for English however they read ("what", "please"): `isEnglishAlone` may answer. */
const MIN_ENGLISH_WORDS = 2;
/** The share of a message's telling words that no Vietnamese syllable spells, for it to be English. */
const ENGLISH_SHARE = 0.6;
/** The share of a message's words that carry Vietnamese marks, for it to be Vietnamese (with a Vietnamese word). */
const MARKED_SHARE = 0.5;

type GuessWords = Pick<TemplateRenderer, 'words' | 'wordList'>;

/**
 * The language a message is plainly written in, or null when it does not say. Quoted text (an app's error message
 * pasted) and a greeting opening it are left out first. English: at least six in ten of its telling words (longer than a letter,
 * not an abbreviation, not a name capitalised inside a sentence) spell no Vietnamese syllable, or are English function
 * words between English words (`englishBetween`), none carries Vietnamese marks, and one is an English-only word
 * ("How do I register my temporary residence?", "I want to talk to an officer please?", not "e muon doi ten, what
 * should i do" nor "when will ho so of e be done"). Vietnamese: a Vietnamese
 * word ("tôi", "cho", "hỏi"), a request's words as typed ("hồ sơ", "phản ánh": not "Số 12 phố Lý Thái Tổ") or, in a
 * sentence of five words or more, three in four marked and no name (`isMarkedSentence`), and
 * either half its words marked (two or three words: Vietnamese syllables, one marked: "hồ sơ ạ", "giấy khai sinh")
 * or, without marks, no English-only word and every telling word a Vietnamese syllable ("cho em hoi thu tuc ket hon",
 * "tra cuu ho so": a request's words count there typed without marks too). Two or three words are English on the same
 * terms as a longer message, every telling word English and no abbreviation ("check dossier", "check my dossier
 * status": "dossier" is English-only; not "check ho so", "check hs", "check status").
 */
export function guessLanguage(text: string, words: GuessWords): Language | null {
  const unquoted = text.replace(/"[^"]*"|“[^”]*”|'[^']{8,}'/gu, ' ');
  if (findSmallTalk(unquoted, words) !== null) return null;
  // "Xin chào, how do I …": a greeting in the province's language is courtesy, not the language of the request.
  const request = withoutLeadingGreeting(unquoted, words) ?? unquoted;
  const written = [...request.normalize('NFC').matchAll(/\p{L}+/gu)];
  const tokens = written.map(([token]) => token.toLowerCase());
  const marked = tokens.filter((token) => VIETNAMESE_LETTER.test(token)).length;
  const folded = tokens.map((token) => foldText(token));
  const vietnamese = new Set(words.words(VIETNAMESE_WORDS));
  const hasVietnameseWord = folded.some((token) => vietnamese.has(token));
  const englishOnly = new Set(words.words(ENGLISH_ONLY_WORDS));
  const hasEnglishWord = folded.some((token) => englishOnly.has(token));
  // Two or three words with marks are Vietnamese when they are Vietnamese syllables and say what is wanted ("hồ sơ ạ",
  // "tra cứu doanh nghiệp"), as a clerk would hear them; without marks, English when every word is ("check
  // dossier"); a single word is a command or small talk.
  if (tokens.length < MIN_WORDS) {
    if (marked === 0)
      return tokens.length >= MIN_ENGLISH_WORDS &&
        hasEnglishWord &&
        !hasVietnameseWord &&
        !folded.some((token) => NO_VOWEL.test(token)) &&
        isAllEnglish(folded, new Set(), englishOnly, words)
        ? 'en'
        : null;
    return tokens.length >= 2 &&
      folded.every((token) => UNMARKED_SYLLABLE.test(token)) &&
      (hasVietnameseWord || hasRequestWord(tokens, words))
      ? 'vi'
      : null;
  }
  // A capitalised word inside a sentence is a name ("near the market in Yen Phong commune"): it tells nothing. Not
  // in a message mostly capitalised ("TOI MUON HOI HO SO", "Please Check The Status"): there capitals say nothing.
  const inside = written.flatMap((match, i) =>
    i > 0 && isCapitalisedInsideSentence(request, match.index, match[0]) ? [i] : [],
  );
  const named = new Set(inside.length * 2 < tokens.length ? inside : []);
  if (marked > 0)
    return marked >= tokens.length * MARKED_SHARE &&
      (hasVietnameseWord || hasRequestWord(tokens, words) || isMarkedSentence(written, folded, marked))
      ? 'vi'
      : null;
  const telling = folded.flatMap((token, i) => (token.length > 1 && !NO_VOWEL.test(token) && !named.has(i) ? [i] : []));
  if (telling.length < MIN_WORDS - 1) return null;
  const between = englishBetween(folded, named, englishOnly, new Set(words.words(ENGLISH_FUNCTION_WORDS)));
  const notVietnamese = telling.filter((i) => !UNMARKED_SYLLABLE.test(folded[i] ?? '') || between.has(i)).length;
  if (hasEnglishWord && notVietnamese >= telling.length * ENGLISH_SHARE) return 'en';
  const vietnameseSaid = hasVietnameseWord || hasRequestWord(folded, words, { folded: true });
  if (vietnameseSaid && !hasEnglishWord && notVietnamese === 0) return 'vi';
  return null;
}

/**
 * Whether every word of a short message (folded) is English: an English-only word, a word no Vietnamese syllable
 * spells, or an English function word between English words ("my" in "check my dossier").
 */
function isAllEnglish(
  folded: readonly string[],
  named: ReadonlySet<number>,
  englishOnly: ReadonlySet<string>,
  words: GuessWords,
): boolean {
  const between = englishBetween(folded, named, englishOnly, new Set(words.words(ENGLISH_FUNCTION_WORDS)));
  return folded.every((token, i) => englishOnly.has(token) || !UNMARKED_SYLLABLE.test(token) || between.has(i));
}

/**
 * Whether the whole message is an English greeting or call for help (`ENGLISH_ALONE_WORDS`: "hello", "Hi!", "help"),
 * which Vietnamese citizens type too: it is answered in English, and says too little to change the citizen's language.
 */
export function isEnglishAlone(text: string, words: Pick<TemplateRenderer, 'words'>): boolean {
  const said = [...text.normalize('NFC').matchAll(/\p{L}+/gu)].map(([token]) => foldText(token)).join(' ');
  return said.length > 0 && words.words(ENGLISH_ALONE_WORDS).includes(said);
}

/** Of a sentence's words, this share at least carries Vietnamese marks for it to be Vietnamese without a listed word. */
const MARKED_SENTENCE_SHARE = 0.75;
/** Fewer words than this are a name, a place or a term ("gia hạn thị thực"), not a sentence. */
const MIN_SENTENCE_WORDS = 5;

/**
 * A sentence typed in Vietnamese with its marks ("cống thoát nước bị tắc gây ngập đường ở thôn 5"): five words or
 * more, three in four marked, every word a Vietnamese syllable, none written as a name (a capital then small letters, after the
 * first word: "Lý Thái Tổ") and not all in capitals (an address copied from an ID card).
 */
function isMarkedSentence(written: readonly RegExpMatchArray[], folded: readonly string[], marked: number): boolean {
  const words = written.map(([word]) => word);
  return (
    words.length >= MIN_SENTENCE_WORDS &&
    marked >= words.length * MARKED_SENTENCE_SHARE &&
    folded.every((token) => UNMARKED_SYLLABLE.test(token)) &&
    !words.some((word, i) => i > 0 && /^\p{Lu}\p{Ll}+$/u.test(word)) &&
    words.some((word) => word !== word.toUpperCase())
  );
}

/**
 * Whether the message's words (lower case, marks kept) hold a phrase of `VIETNAMESE_REQUEST_WORDS` as typed; `folded`:
 * words typed without marks, which meet a phrase folded ("tra cuu ho so": only where no word has marks, so a name or
 * an address written with its marks never meets one).
 */
function hasRequestWord(tokens: readonly string[], words: GuessWords, options: { folded?: boolean } = {}): boolean {
  const spaced = ` ${tokens.join(' ')} `;
  if (options.folded === true)
    return words.words(VIETNAMESE_REQUEST_WORDS).some((phrase) => spaced.includes(` ${phrase} `));
  return LANGUAGES.some((language) =>
    (words.wordList(VIETNAMESE_REQUEST_WORDS, language) ?? []).some((phrase) =>
      spaced.includes(` ${phrase.normalize('NFC').toLowerCase()} `),
    ),
  );
}

/**
 * The English function words of a message (`ENGLISH_FUNCTION_WORDS`) whose nearest other words on each side, names and
 * function words passed over, are English: an English-only word, or a word that spells no Vietnamese syllable and is no
 * abbreviation. "to" and "an" in "talk to an officer" are English; "so" and "be" in "ho so of e be done" sit beside
 * Vietnamese syllables and tell nothing. A function word at either end of the message needs only its one neighbour.
 */
function englishBetween(
  folded: readonly string[],
  named: ReadonlySet<number>,
  englishOnly: ReadonlySet<string>,
  functionWords: ReadonlySet<string>,
): Set<number> {
  const english = (token: string) =>
    englishOnly.has(token) || (!UNMARKED_SYLLABLE.test(token) && !NO_VOWEL.test(token));
  /** The nearest word in `step`'s direction that is no name and no function word: English, or none at all. */
  const side = (from: number, step: 1 | -1): boolean | null => {
    for (let k = from + step; k >= 0 && k < folded.length; k += step) {
      const token = folded[k] ?? '';
      if (named.has(k) || functionWords.has(token)) continue;
      return english(token);
    }
    return null;
  };
  const found = new Set<number>();
  folded.forEach((token, i) => {
    if (!functionWords.has(token)) return;
    const before = side(i, -1);
    const after = side(i, 1);
    if (before !== false && after !== false && (before === true || after === true)) found.add(i);
  });
  return found;
}

/**
 * A word written with a capital that does not open a sentence or a line (the text before it, spaces aside, ends with
 * neither).
 */
function isCapitalisedInsideSentence(text: string, index: number, word: string): boolean {
  if (word.length < 2 || word[0] === word[0]?.toLowerCase()) return false;
  return !/(?:[.!?:]|\n)[^\S\n]*$/u.test(text.slice(0, index));
}

/** English question openers: a question, not a pasted notice ("Your session has expired, please log in again"). */
const ENGLISH_QUESTION_START = /^(?:how|what|where|when|why|who|which|can|could|would|will|is|are|do|does)\b/iu;

/**
 * Whether an English message asks something: it holds a question mark or opens with a question word. While a
 * question of the bot waits, only such a message switches to English: a pasted English notice or an email address
 * is an answer, not a foreigner asking.
 */
export function asksInEnglish(text: string): boolean {
  return text.includes('?') || ENGLISH_QUESTION_START.test(text.trim());
}
