import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { OutboundMessage } from './channel.js';
import { foldTelex, foldText } from './text.js';
import type { WordSource } from './vocabulary.js';

/**
 * The buttons the bot's last message offered, kept in the session so that a typed reply can pick one: "2", "số 2",
 * "cái thứ hai", "the second", "cuối", or the button's label typed loosely ("tra cuu ho so", one typo). Citizens on
 * old phones or in a hurry type rather than tap; Zalo also drops the buttons of older messages.
 */

/**
 * One offered button: its label, what tapping it sends (absent for links and phone calls, which keep a place), and
 * whether it is an item of a list built from data (`buttons_from`: dossiers, procedures, tickets).
 */
export const offeredButtonSchema = z.object({
  title: z.string(),
  payload: z.string().optional(),
  item: z.literal(true).optional(),
});
export type OfferedButton = z.infer<typeof offeredButtonSchema>;

/** Where the position words live (`words:position.*`); each list is optional (digits work without them). */
export const POSITION_WORD_LISTS = {
  filler: 'words:position.filler',
  last: 'words:position.last',
  /** `words:position.1` … `words:position.<n>`: the words for the n-th button. */
  nth: (n: number) => `words:position.${n}`,
} as const;

/** At most this many buttons are offered at once (Zalo shows five; lists built from data may show more). */
const MAX_POSITION = 10;

/** A label this long tolerates one typo; three times as long, two. */
const LABEL_TYPO_MIN_LENGTH = 5;

/**
 * The buttons of a turn's last text message, or null when it has none (the citizen sees no buttons to pick). `listed`:
 * what the buttons of lists built from data send this turn (their buttons are marked as items).
 */
export function offeredButtonsOf(
  messages: readonly OutboundMessage[],
  listed: ReadonlySet<string> = new Set(),
): OfferedButton[] | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    // Cards and images come after the text they go with (the phone-sharing card after its question).
    if (message?.kind !== 'text') continue;
    if (!message.buttons || message.buttons.length === 0) return null;
    return message.buttons.map((button) =>
      button.action.type === 'query'
        ? {
            title: button.title,
            payload: button.action.payload,
            ...(listed.has(button.action.payload) ? { item: true as const } : {}),
          }
        : { title: button.title },
    );
  }
  return null;
}

/** What the buttons of a turn's text messages send when they carry a value (a payload with an argument), in order. */
export function tapsShownIn(messages: readonly OutboundMessage[]): string[] {
  return messages.flatMap((message) =>
    message.kind === 'text'
      ? (message.buttons ?? []).flatMap((button) =>
          button.action.type === 'query' && button.action.payload.includes(' ') ? [button.action.payload] : [],
        )
      : [],
  );
}

/**
 * The offered button a typed reply picks, or null: a position (digit or word, after filler such as "số", "cái thứ",
 * "the"), or a label typed without marks, in Telex or with a typo. A label wins only when one button fits. Buttons
 * without a payload (links) are never picked. Below a list built from data, positions count its items only: "cái
 * cuối" is the last dossier or procedure, not the "Danh mục" button after them (picked by its label). Pure.
 */
export function pickOfferedButton(
  text: string,
  offered: readonly OfferedButton[] | undefined,
  words: WordSource,
  /**
   * Labels only, no positions: for buttons that are not the last the citizen reads, or below a question's own
   * numbered list (their numbers belong to those).
   */
  options: { labelsOnly?: boolean } = {},
): OfferedButton | null {
  if (!offered || offered.length === 0) return null;
  const trimmed = text.trim();
  // Payloads are taps, never typed choices.
  if (trimmed.length === 0 || trimmed.startsWith('#')) return null;
  const folded = foldText(trimmed).replace(/[.\s-]+$/, '');
  if (folded.length === 0) return null;
  const items = offered.filter((button) => button.item === true);
  const positional = items.length > 0 ? items : offered;
  const position = options.labelsOnly === true ? null : positionOf(folded, positional.length, words);
  if (position !== null) return withPayload(positional[position - 1]);
  return withPayload(byLabel(folded, offered, words));
}

function withPayload(button: OfferedButton | undefined | null): OfferedButton | null {
  return button?.payload === undefined ? null : button;
}

/** The 1-based position a reply names ("2", "số hai", "cái cuối"), or null. */
function positionOf(folded: string, count: number, words: WordSource): number | null {
  const filler = new Set(words.words(POSITION_WORD_LISTS.filler).flatMap((phrase) => phrase.split(' ')));
  const candidates = [folded];
  const stripped = folded
    .split(' ')
    .filter((word) => !filler.has(word))
    .join(' ');
  if (stripped !== folded && stripped.length > 0) candidates.push(stripped);
  for (const candidate of candidates) {
    if (/^\d{1,2}$/.test(candidate)) {
      const n = Number(candidate);
      return n >= 1 && n <= count ? n : null;
    }
    if (words.words(POSITION_WORD_LISTS.last).includes(candidate)) return count;
    for (let n = 1; n <= Math.min(count, MAX_POSITION); n += 1) {
      if (words.words(POSITION_WORD_LISTS.nth(n)).includes(candidate)) return n;
    }
  }
  return null;
}

/** The one button whose label the reply is (filler aside), exactly, in Telex or with a typo; or its unique beginning. */
function byLabel(folded: string, offered: readonly OfferedButton[], words: WordSource): OfferedButton | null {
  const filler = new Set(words.words(POSITION_WORD_LISTS.filler).flatMap((phrase) => phrase.split(' ')));
  const typed = [folded, foldTelex(folded)];
  const firstWord = folded.split(' ')[0] ?? '';
  // "chọn tra cứu hồ sơ": a leading filler word is dropped too.
  if (filler.has(firstWord)) typed.push(folded.slice(firstWord.length + 1));
  const labels = offered.map((button) => foldText(button.title));
  const fits = (test: (label: string, reply: string) => boolean) =>
    offered.filter((button, i) => button.payload !== undefined && typed.some((reply) => test(labels[i] ?? '', reply)));
  const tries: ((label: string, reply: string) => boolean)[] = [
    (label, reply) => label === reply,
    (label, reply) =>
      label.length >= LABEL_TYPO_MIN_LENGTH &&
      distance(label, reply) <= (label.length >= 3 * LABEL_TYPO_MIN_LENGTH ? 2 : 1),
    // The start of a long label, two words or more: "dang ky khai sinh ket hop" for the long procedure name.
    (label, reply) => reply.includes(' ') && reply.length >= 8 && label.startsWith(`${reply} `),
  ];
  for (const test of tries) {
    const found = fits(test);
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}
