import { LANGUAGES } from '../kernel/index.js';
import type { TemplateRenderer } from './template-renderer.js';
import { foldText } from './text.js';
import { WORDS_NAMESPACE } from './vocabulary.js';

/**
 * Small talk: thanks, greetings, "ok", goodbyes and emoji get a short friendly answer (`smalltalk:reply.<kind>`), not
 * the fallback and the menu. The words are word lists in the `words` namespace (`words:smalltalk.<kind>`, every
 * language matched), so a province adds its citizens' ways of saying thanks without a release. Whole messages only:
 * "cảm ơn, cho hỏi thủ tục khai sinh" is a question, not small talk. The lists may share phrases with the answers
 * ("ok" is also a yes): small talk is only looked for when no question takes the message.
 */
export const SMALL_TALK_KINDS = ['thanks', 'greeting', 'ok', 'bye'] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number] | 'emoji';

/** The word list of one kind of small talk, e.g. `words:smalltalk.thanks`. */
export function smallTalkWordList(kind: (typeof SMALL_TALK_KINDS)[number] | 'particles'): string {
  return `${WORDS_NAMESPACE}:smalltalk.${kind}`;
}

/** Word lists small talk reads; the shipped templates have them all (a test checks). Without them there is no small talk. */
export const SMALL_TALK_WORD_LISTS: readonly string[] = [...SMALL_TALK_KINDS, 'particles' as const].map((kind) =>
  smallTalkWordList(kind),
);

/** Templates small talk renders; the shipped templates have them all (a test checks). */
export const SMALL_TALK_TEMPLATE_KEYS: readonly string[] = [...SMALL_TALK_KINDS, 'emoji'].map(
  (kind) => `smalltalk:reply.${kind}`,
);

const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+$/u;
const EMOTICON = /^(?:[:;=][-']?[)(DPpOo3*]+|<3+|\^[_.-]?\^|xD+)$/;

type SmallTalkWords = Pick<TemplateRenderer, 'wordList' | 'words'>;

/** The list's entries that are symbols only (emoji): folding, which keeps letters and digits, drops them. */
function symbolsOf(words: SmallTalkWords, key: string): string[] {
  return LANGUAGES.flatMap((language) => words.wordList(key, language) ?? []).filter((word) => foldText(word) === '');
}

const LEADING = new Set(['da', 'vang', 'ok', 'oke', 'okay']);

/** Drops courtesy particles at the end ("cảm ơn nhiều ạ" → "cảm ơn") and a leading "dạ", "vâng" or "ok". */
function stripParticles(folded: string, particles: ReadonlySet<string>): string {
  const words = folded.split(' ');
  while (words.length > 1 && particles.has(words.at(-1) ?? '')) words.pop();
  if (words.length > 1 && LEADING.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** The kind of small talk a whole message is, or null. */
export function findSmallTalk(text: string, words: SmallTalkWords): SmallTalkKind | null {
  const raw = text.trim().normalize('NFC');
  if (raw.length === 0 || raw.startsWith('#')) return null;
  if (EMOJI_ONLY.test(raw) || EMOTICON.test(raw)) {
    const symbols = raw.replace(/\s|\ufe0f|\u200d|\p{Emoji_Modifier}/gu, '');
    for (const kind of SMALL_TALK_KINDS) {
      const known = symbolsOf(words, smallTalkWordList(kind));
      if ([...symbols].every((symbol) => known.some((word) => word.includes(symbol)))) return kind;
    }
    return 'emoji';
  }
  const particles = new Set(words.words(smallTalkWordList('particles')));
  const folded = foldText(raw);
  const candidates = [folded, stripParticles(folded, particles)];
  for (const kind of SMALL_TALK_KINDS) {
    const known = words.words(smallTalkWordList(kind));
    if (candidates.some((candidate) => known.includes(candidate))) return kind;
  }
  return null;
}

/**
 * The message without a greeting opening it ("Xin chào, tôi muốn hỏi về giấy khai sinh" → "tôi muốn hỏi về giấy
 * khai sinh"), longest greeting first; null when no greeting opens it or nothing follows the greeting. A greeting
 * before a question is courtesy, not a wish to be welcomed.
 */
export function withoutLeadingGreeting(text: string, words: SmallTalkWords): string | null {
  const tokens = text.trim().normalize('NFC').split(/\s+/);
  const folded = tokens.map((token) => foldText(token));
  const greetings = words
    .words(smallTalkWordList('greeting'))
    .map((phrase) => phrase.split(' ').filter((word) => word.length > 0))
    .filter((phrase) => phrase.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const phrase of greetings) {
    if (phrase.length >= tokens.length) continue;
    if (!phrase.every((word, k) => folded[k] === word)) continue;
    const rest = tokens
      .slice(phrase.length)
      .join(' ')
      .replace(/^[\s,.!;:-]+/u, '');
    return rest.length > 0 ? rest : null;
  }
  return null;
}
