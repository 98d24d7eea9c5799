import { distance } from 'fastest-levenshtein';
import { languageSchema, type Language } from './channel.js';
import { foldTelex, foldText } from './text.js';

/**
 * The words citizens type for global commands and common answers. They are content, not code: word lists in the
 * `words` template namespace (`templates/<lang>/words.json`), versioned and published like every text, so admins edit
 * them. Every language's words are understood whatever the citizen's language ("cancel" cancels in Vietnamese too).
 * Button payloads (`#menu`, `#lang en`…) stay here: buttons in templates and flows depend on them.
 */

/** The template namespace of word lists. */
export const WORDS_NAMESPACE = 'words';

/** Where the engine reads its word lists; also what publishing a `words` namespace requires. */
export const WORD_LISTS = {
  menu: 'words:command.menu',
  help: 'words:command.help',
  cancel: 'words:command.cancel',
  yes: 'words:answer.yes',
  no: 'words:answer.no',
  skip: 'words:answer.skip',
  done: 'words:answer.done',
} as const;

/** The word list that switches the conversation to a language (`words:command.language.en`). */
export function languageWordList(language: Language): string {
  return `${WORDS_NAMESPACE}:command.language.${language}`;
}

/** Every word list the engine reads. */
export const ENGINE_WORD_LISTS: readonly string[] = [
  ...Object.values(WORD_LISTS),
  ...languageSchema.options.map((language) => languageWordList(language)),
];

/** Folded phrases of a word list in every language (the template renderer's `words`). */
export interface WordSource {
  words(key: string): readonly string[];
}

export type GlobalCommand =
  { kind: 'menu' } | { kind: 'help' } | { kind: 'cancel' } | { kind: 'language'; language: Language };

/** What buttons send for the global commands; engine contracts, not editable words. */
const COMMAND_PAYLOADS: ReadonlyMap<string, GlobalCommand> = new Map<string, GlobalCommand>([
  ['#menu', { kind: 'menu' }],
  ['#help', { kind: 'help' }],
  ['#cancel', { kind: 'cancel' }],
  ...languageSchema.options.map((language): [string, GlobalCommand] => [
    `#lang ${language}`,
    { kind: 'language', language },
  ]),
]);

/** The global commands with their word lists, in the order they are tried. */
function commandLists(): { list: string; command: GlobalCommand }[] {
  return [
    { list: WORD_LISTS.menu, command: { kind: 'menu' } },
    { list: WORD_LISTS.help, command: { kind: 'help' } },
    { list: WORD_LISTS.cancel, command: { kind: 'cancel' } },
    ...languageSchema.options.map((language) => ({
      list: languageWordList(language),
      command: { kind: 'language' as const, language },
    })),
  ];
}

// Longer than keywords' threshold: "thoat" (quit) is one letter from "thoai" (phone), which a citizen may well send.
const GLOBAL_FUZZY_MIN_LENGTH = 6;

/** True when a button payload is a global command (`#menu`, `#lang en`…). */
export function isGlobalCommandPayload(payload: string): boolean {
  return COMMAND_PAYLOADS.has(foldText(payload));
}

/**
 * The global command a whole message asks for (menu, help, cancel, language), or null. Whole messages only: "tôi muốn
 * hủy hồ sơ" is not a request to cancel the conversation. An exact word (also typed in Telex) wins over a one-typo one.
 */
export function findGlobalCommand(text: string, words: WordSource): GlobalCommand | null {
  const folded = foldText(text);
  const payload = COMMAND_PAYLOADS.get(folded);
  if (payload) return payload;
  if (folded.length === 0) return null;
  const telex = foldTelex(folded);
  const lists = commandLists();
  for (const { list, command } of lists) {
    if (words.words(list).some((word) => word === folded || word === telex)) return command;
  }
  for (const { list, command } of lists) {
    const fuzzy = words
      .words(list)
      .some((word) => word.length >= GLOBAL_FUZZY_MIN_LENGTH && distance(folded, word) <= 1);
    if (fuzzy) return command;
  }
  return null;
}

/** Yes or no in any language, with or without diacritics → boolean, or null. */
export function parseYesNo(text: string, words: WordSource): boolean | null {
  const folded = foldText(text).replace(/[.!]+$/, '');
  if (words.words(WORD_LISTS.yes).includes(folded)) return true;
  if (words.words(WORD_LISTS.no).includes(folded)) return false;
  return null;
}

/** True when the whole message is one of the list's phrases (case, diacritics and punctuation aside). */
export function isWordOf(text: string, list: string, words: WordSource): boolean {
  const folded = foldText(text);
  return folded.length > 0 && words.words(list).includes(folded);
}

/**
 * True when one of the list's phrases occurs in the message as whole words ("thôi không muốn gửi tên" holds "không
 * muốn gửi tên"), case, diacritics and punctuation aside.
 */
export function containsPhraseOf(text: string, list: string, words: WordSource): boolean {
  const folded = ` ${foldText(text).replace(/\./g, ' ').replace(/\s+/g, ' ').trim()} `;
  return words.words(list).some((phrase) => phrase.length > 0 && folded.includes(` ${phrase} `));
}
