import type { Language } from './channel.js';
import { foldText } from './text.js';

/**
 * Small talk: thanks, greetings, "ok", goodbyes and emoji get a short friendly answer (`smalltalk:reply.<kind>`), not
 * the fallback and the menu. The words live in templates (`smalltalk:words.<kind>`, `|`-separated, every language is
 * matched), so a province adds its citizens' ways of saying thanks without a release. Whole messages only:
 * "cảm ơn, cho hỏi thủ tục khai sinh" is a question, not small talk.
 */
export const SMALL_TALK_KINDS = ['thanks', 'greeting', 'ok', 'bye'] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number] | 'emoji';

/**
 * Template keys small talk reads and renders; the shipped templates have them all (a test checks). A deployment
 * without the namespace simply has no small talk.
 */
export const SMALL_TALK_TEMPLATE_KEYS: readonly string[] = [
  ...SMALL_TALK_KINDS.map((kind) => `smalltalk:words.${kind}`),
  'smalltalk:words.particles',
  ...[...SMALL_TALK_KINDS, 'emoji'].map((kind) => `smalltalk:reply.${kind}`),
];

const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s)+$/u;
const EMOTICON = /^(?:[:;=][-']?[)(DPpOo3*]+|<3+|\^[_.-]?\^|xD+)$/;

type Words = (key: string, language: Language) => string;

function list(words: Words, key: string): string[] {
  const all = (['vi', 'en'] as const).flatMap((language) => words(key, language).split('|'));
  return [...new Set(all.map((word) => word.trim()).filter(Boolean))];
}

const LEADING = new Set(['da', 'vang', 'ok', 'oke', 'okay']);

/** Drops courtesy particles at the end ("cảm ơn nhiều ạ" → "cảm ơn") and a leading "dạ", "vâng" or "ok". */
function stripParticles(folded: string, particles: Set<string>): string {
  const words = folded.split(' ');
  while (words.length > 1 && particles.has(words.at(-1) ?? '')) words.pop();
  if (words.length > 1 && LEADING.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** The kind of small talk a whole message is, or null. `words` renders a template's text (the renderer's `t`). */
export function findSmallTalk(text: string, words: Words): SmallTalkKind | null {
  const raw = text.trim().normalize('NFC');
  if (raw.length === 0 || raw.startsWith('#')) return null;
  if (EMOJI_ONLY.test(raw) || EMOTICON.test(raw)) {
    const symbols = raw.replace(/\s|\ufe0f|\u200d|\p{Emoji_Modifier}/gu, '');
    for (const kind of SMALL_TALK_KINDS) {
      const known = list(words, `smalltalk:words.${kind}`).filter((word) => foldText(word) === '');
      if ([...symbols].every((symbol) => known.some((word) => word.includes(symbol)))) return kind;
    }
    return 'emoji';
  }
  const particles = new Set(list(words, 'smalltalk:words.particles').map(foldText));
  const folded = foldText(raw);
  const candidates = [folded, stripParticles(folded, particles)];
  for (const kind of SMALL_TALK_KINDS) {
    const known = new Set(list(words, `smalltalk:words.${kind}`).map(foldText).filter(Boolean));
    if (candidates.some((candidate) => known.has(candidate))) return kind;
  }
  return null;
}
