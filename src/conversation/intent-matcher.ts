import { foldTelex, foldText, sameToneStyle } from './text.js';

/**
 * Understanding what a citizen wants from a few example phrases per flow, without a model: the message and every
 * example are folded (case, diacritics, Telex leftovers), words one typo away from a known word are corrected,
 * abbreviations and synonyms are replaced by one canonical phrase ("hs" → "hồ sơ", "mst" → "mã số thuế"), courtesy
 * filler is dropped ("cho em hỏi", "ạ"), and the rest is compared as weighted word, word-pair and character-trigram
 * features (TF-IDF over flows, so a word every flow uses counts little). A flow's score is its best example's. Pure
 * and synchronous: build once per release (`createIntentMatcher`), then `match` costs a few microseconds per flow.
 */

/** One flow's phrases: its `examples` in every language and its keyword triggers. */
export interface IntentExamples {
  flowId: string;
  examples: readonly string[];
}

/**
 * The editable word lists the matcher reads (`words:understanding.*`, every language together):
 * - `synonyms`: entries "canonical: variant, variant" ("hồ sơ: hs, hso"), the canonical phrase as it should be shown;
 * - `filler`: phrases that carry no meaning anywhere ("cho em hỏi", "ạ", "please");
 * - `notTopic`: phrases that ask but are not what a search is about ("cần gì", "thủ tục", "how do i");
 * - `cues`: entries "flow: phrase, phrase" ("feedback: nghiêng, sụt lún"): words that belong to one job whatever the
 *   sentence around them, asked about ("did you mean") when nothing else fits, never routed on alone;
 * - `hints`: entries "flow: phrase, phrase" like cues, but each too common alone ("mấy ngày nay", "không ai",
 *   "người dân"): two different hints of one flow in a message count as a cue, one in a long sentence;
 * - `negation`: words that turn a wish around when another word follows them ("không nhận", "đừng gửi", "stop"):
 *   a message and an example only one of which has one are further apart. At the end of a sentence, "không" asks.
 * - `asks`: entries "flow: phrase, phrase" like cues: what a message asks of a flow, whatever it is about ("dossier:
 *   duyệt chưa, đến đâu rồi", "procedure: cần gì, ở đâu"). A message holding a flow's ask leans to that flow and away
 *   from the other flows that list asks, so "hồ sơ đăng ký kết hôn duyệt chưa" asks about a dossier although
 *   "đăng ký kết hôn" is a procedure's example.
 * - `statements`: flow ids offered ("did you mean") for a long message that fits no flow, holds no cue and is no
 *   question: a citizen telling what happened ("xe ba gác chở vật liệu đổ tràn ra đường") is reporting a problem.
 * - `questions`: what makes a message a question: a phrase of two words or more anywhere ("bao nhiêu", "ở đâu"),
 *   a single word at the end ("không", "gì").
 * - `offTopic`: phrases of subjects no flow serves ("giá vàng", "thời tiết", "xổ số", "bóng đá", adverts): a message
 *   holding one gets the out-of-scope answer unless it also clearly asks for a flow (its cue or ask, and a confident
 *   match), so that "giá vàng hôm nay" never starts a lookup.
 * - `contact`: phrases that give a way to be reached ("liên hệ", "lh", "gọi em", "zalo", "ib"). Beside a phone number
 *   typed in the message they only give that number: they ask for no contact details (the help flow), and are
 *   dropped ("đường thôn 3 hỏng nặng, liên hệ em 0912…" reports a road).
 * - `adverts`: phrases that offer or sell ("nhận làm", "cho vay", "thu mua", "tuyển", "giá rẻ"). With a way to be
 *   reached (a phone number, or a `contact` phrase) the message is an advert: out of scope, nothing offered.
 * - `advertTold`: words telling about an advert rather than making one ("quảng cáo", "lừa đảo", "tố cáo"), or wishing
 *   to be told of its subject ("nhận tin về"): a message holding one is no advert ("có người dán quảng cáo cho vay
 *   khắp cột điện, số 09…" is a problem to report; "muốn nhận tin về tuyển dụng …" asks for announcements).
 * - `chores`: what a citizen would rather not keep doing ("vô hỏi", "hỏi hoài", "đi lại"): a negation a few words
 *   before one turns no wish around ("có kết quả thì nhắn em, khỏi phải vô hỏi hoài" wishes to be told).
 */
export interface LexiconSource {
  synonyms: readonly string[];
  filler: readonly string[];
  notTopic: readonly string[];
  cues?: readonly string[];
  hints?: readonly string[];
  negation?: readonly string[];
  asks?: readonly string[];
  statements?: readonly string[];
  questions?: readonly string[];
  offTopic?: readonly string[];
  contact?: readonly string[];
  adverts?: readonly string[];
  advertTold?: readonly string[];
  chores?: readonly string[];
}

/** The word lists of the matcher in the `words` namespace. */
export const UNDERSTANDING_WORD_LISTS = {
  synonyms: 'words:understanding.synonyms',
  filler: 'words:understanding.filler',
  notTopic: 'words:understanding.not_topic',
  cues: 'words:understanding.cues',
  hints: 'words:understanding.hints',
  negation: 'words:understanding.negation',
  asks: 'words:understanding.asks',
  statements: 'words:understanding.statements',
  questions: 'words:understanding.questions',
  offTopic: 'words:understanding.off_topic',
  contact: 'words:understanding.contact',
  adverts: 'words:understanding.adverts',
  advertTold: 'words:understanding.advert_told',
  chores: 'words:understanding.chores',
} as const;

/**
 * Words of a list phrase: folded, and as written. A word typed with its marks meets a list word only with the same
 * marks ("ảnh" is not the filler "anh", "trả" not the "tra" of "tra cứu"); one typed without them meets any.
 */
interface ListPhrase {
  words: string[];
  surfaces: string[];
}

/** A node of a word list's trie: the phrases ending at it (their indexes) and the words that continue one. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  ends: number[];
}

function listPhrase(text: string): ListPhrase {
  const parts = surfaceWords(text);
  return { words: parts.map((p) => p.folded), surfaces: parts.map((p) => p.surface) };
}

/** The tone marks hỏi and ngã, as the precomposed vowels that bear them (ngã → hỏi). */
const NGA_TO_HOI: ReadonlyMap<string, string> = new Map([
  ['ã', 'ả'],
  ['ẵ', 'ẳ'],
  ['ẫ', 'ẩ'],
  ['ẽ', 'ẻ'],
  ['ễ', 'ể'],
  ['ĩ', 'ỉ'],
  ['õ', 'ỏ'],
  ['ỗ', 'ổ'],
  ['ỡ', 'ở'],
  ['ũ', 'ủ'],
  ['ữ', 'ử'],
  ['ỹ', 'ỷ'],
]);

/**
 * Whether two words typed with marks are the same word but for hỏi and ngã: most of the South and the Centre say
 * them alike and many citizens write one for the other ("sổ đõ", "cấp đỗi", "cho hõi"), the commonest misspelling in
 * Vietnamese. Folded, the words are already equal. Letter by letter (every list phrase is tried at every word).
 */
export function sameButHoiNga(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if (x !== y && (NGA_TO_HOI.get(x) ?? x) !== (NGA_TO_HOI.get(y) ?? y)) return false;
  }
  return true;
}

function sameMarks(typed: { word: string; surface: string }, listed: string | undefined): boolean {
  return (
    typed.surface === typed.word ||
    typed.surface === listed ||
    (listed !== undefined && sameButHoiNga(typed.surface, listed))
  );
}

/** Whether a list phrase is written at `i` of the tokens. */
function phraseIsAt(phrase: ListPhrase, tokens: readonly Token[], i: number): boolean {
  // A plain loop: every message tries every list's phrases at every word (no closure per try).
  const { words } = phrase;
  for (let k = 0; k < words.length; k += 1) {
    const typed = tokens[i + k];
    if (typed === undefined || typed.word !== words[k] || !sameMarks(typed, phrase.surfaces[k])) return false;
    // A phrase never spans the end of a clause: "… được không, cần mang theo gì" holds no negation "không cần".
    if (k > 0 && typed.clause === true) return false;
  }
  return true;
}

interface Replacement {
  variant: ListPhrase;
  canonical: string[];
  /** The canonical phrase's words as written (with diacritics), for topic words. */
  display: string[];
}

interface PhraseSet {
  /** First word (folded) → phrases starting with it, longest first. */
  byFirst: Map<string, ListPhrase[]>;
  words: Set<string>;
}

export interface Lexicon {
  synonyms: Map<string, Replacement[]>;
  /**
   * Canonical phrases one of whose words is a word of another entry's variant of two words or more ("rồi" of "sao
   * rồi"): only a replacement by one of them may make another variant (a second pass).
   */
  chaining: Set<Replacement>;
  filler: PhraseSet;
  notTopic: PhraseSet;
  negation: PhraseSet;
  /** Cue phrase (as written) → the flows it belongs to. */
  cues: { phrase: string; flowIds: string[] }[];
  /** Hint phrase (as written) → the flows it belongs to (two different ones make a cue). */
  hints: { phrase: string; flowIds: string[] }[];
  /** Ask phrase (as written) → the flows it asks of. */
  asks: { phrase: string; flowIds: string[] }[];
  /** Flows offered for a long statement that fits nothing. */
  statements: string[];
  /** Phrases that make a message a question (one word: only at the end). */
  questions: PhraseSet;
  /** Phrases of subjects no flow serves. */
  offTopic: PhraseSet;
  /** Phrases giving a way to be reached, phrases that offer or sell, words telling about an advert. */
  contact: PhraseSet;
  adverts: PhraseSet;
  advertTold: PhraseSet;
  /** Phrases of what a citizen would rather not keep doing: a negation before one turns no wish around. */
  chores: PhraseSet;
  /** Every word the lists know (folded). */
  words: Set<string>;
}

/** One word of an analysed message: folded and corrected, and as it should be shown in a search. */
export interface Token {
  word: string;
  surface: string;
  /** False for question words ("cần gì", "how do i"): they say how, not what, and weigh less. */
  topical?: boolean;
  /** The word begins a clause: a comma, a full stop, a question mark or a line break comes before it. */
  clause?: boolean;
}

/**
 * A token with every field set, in one order: a message makes hundreds of them, and tokens of one shape keep the
 * loops reading them monomorphic (and no object is spread to add a field).
 */
function makeToken(word: string, surface: string, clause: boolean, topical = true): Token {
  return { word, surface, topical, clause };
}

/** Splits into folded words (`foldText`, then dots, dashes and # are separators too). */
export function foldWords(text: string): string[] {
  return foldText(text)
    .split(/[\s.#-]+/)
    .filter((w) => w.length > 0);
}

// Patterns read for every word of every message, made once (a regular expression literal is a new object each time
// it is evaluated).
const LETTERS_OR_DIGITS = /^[\p{L}\p{N}]+$/u;
const LETTERS = /^[a-z]+$/;
const HAS_LETTER = /[a-z]/;
const TRIPLED_LETTER = /([a-z])\1\1/;
const DOUBLED_LAST_LETTER = /([a-z])\1$/;
const ENDS_IN_I_OR_Y = /[iy]$/;

/** What ends a clause between two words: a comma, a semicolon, a full stop or a mark followed by a space, a line break. */
const CLAUSE_END = /[,;!?…]|[.:]\s|\n/u;

/** A word of a text as `visitSurfaceWords` reads it: as written (lower-cased), folded, and whether a clause begins. */
type SurfaceWordVisit = (surface: string, folded: string, clause: boolean) => void;

/** A text's word characters (letters, marks, digits) and what separates them (`WORD_OR_NOT`: a captured separator). */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const WORD_OR_NOT = /([^\p{L}\p{M}\p{N}]+)/u;
/** White space at a place (sticky: `lastIndex` says where), as `CLAUSE_END`'s `\s` reads it. */
const SPACE_AT = /\s/y;

/**
 * Which characters of the Basic Multilingual Plane are word characters (`WORD_CHARACTER`), 256 at a time, each block
 * read from the pattern the first time a text holds one of its characters (a Vietnamese text needs three or four).
 */
const wordBlocks: (Uint8Array | undefined)[] = [];

function isWordCode(code: number): boolean {
  const high = code >> 8;
  let block = wordBlocks[high];
  if (block === undefined) {
    block = new Uint8Array(256);
    for (let low = 0; low < 256; low += 1)
      block[low] = WORD_CHARACTER.test(String.fromCharCode((high << 8) | low)) ? 1 : 0;
    wordBlocks[high] = block;
  }
  return block[code & 255] === 1;
}

/** Whether a clause ends in `text[from, to)`, a run of characters between two words (`CLAUSE_END`). */
function clauseEndsIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    // , ; ! ? … and a line break; a full stop or a colon before white space.
    if (code === 44 || code === 59 || code === 33 || code === 63 || code === 0x2026 || code === 10) return true;
    if ((code === 46 || code === 58) && i + 1 < to) {
      SPACE_AT.lastIndex = i + 1;
      if (SPACE_AT.test(text)) return true;
    }
  }
  return false;
}

/**
 * Each word's folding (`foldText`), or null when it is no plain word (it folds to nothing, to several words, or to
 * more than letters and digits): citizens reuse their words, and folding them one by one is a string each.
 */
const foldedSurfaces = new Map<string, string | null>();

function foldedSurface(surface: string): string | null {
  let folded = foldedSurfaces.get(surface);
  if (folded === undefined) {
    const text = foldText(surface);
    folded = LETTERS_OR_DIGITS.test(text) ? text : null;
    if (foldedSurfaces.size >= SPELLED_LIMIT) foldedSurfaces.clear();
    foldedSurfaces.set(surface, folded);
  }
  return folded;
}

/**
 * The words of a text lower-cased with diacritics kept, each with its folding (`foldWords` where the folding is per
 * word), in order. Read in place, without splitting the text: a text holding a character outside the Basic
 * Multilingual Plane (a surrogate pair) is split by the pattern instead (`surfaceWordsSplit`), and one holding a word
 * that is no plain word when folded is read as it always was.
 */
function visitSurfaceWords(text: string, visit: SurfaceWordVisit): void {
  const lower = sameToneStyle(text.normalize('NFC').toLowerCase());
  const surfaces: string[] = [];
  const foldings: string[] = [];
  /** Whether a clause's end comes before each word (not a dot inside a code or a number: "1.001193"). */
  const clauses: boolean[] = [];
  let wordEnd = -1;
  for (let i = 0; i < lower.length;) {
    const code = lower.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return surfaceWordsSplit(lower, visit);
    if (!isWordCode(code)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && isWordCode(lower.charCodeAt(end))) end += 1;
    const surface = lower.slice(i, end);
    const folded = foldedSurface(surface);
    if (folded === null) return surfaceWordsSplit(lower, visit);
    surfaces.push(surface);
    foldings.push(folded);
    clauses.push(wordEnd >= 0 && clauseEndsIn(lower, wordEnd, i));
    wordEnd = end;
    i = end;
  }
  // Every word is a plain word: each is its own folding (`foldText` folds a text word by word, a space to a space).
  for (let k = 0; k < surfaces.length; k += 1) visit(surfaces[k] ?? '', foldings[k] ?? '', clauses[k] === true);
}

/** `visitSurfaceWords` by splitting the lower-cased text at what is no word character (any text). */
function surfaceWordsSplit(lower: string, visit: SurfaceWordVisit): void {
  const pieces = lower.split(WORD_OR_NOT);
  const surfaces: string[] = [];
  /** Whether a clause's end comes before each word (not a dot inside a code or a number: "1.001193"). */
  const clauses: boolean[] = [];
  let clauseNext = false;
  for (let k = 0; k < pieces.length; k += 1) {
    const piece = pieces[k] ?? '';
    if (k % 2 === 1) {
      if (surfaces.length > 0 && CLAUSE_END.test(piece)) clauseNext = true;
    } else if (piece.length > 0) {
      surfaces.push(piece);
      clauses.push(clauseNext);
      clauseNext = false;
    }
  }
  // Folding the words together is much cheaper than one by one; it gives one folded word per word but for rare
  // symbols, when the words are folded one by one instead.
  const folded = foldText(surfaces.join(' ')).split(' ');
  if (folded.length === surfaces.length && folded.every((w) => LETTERS_OR_DIGITS.test(w))) {
    surfaces.forEach((surface, i) => visit(surface, folded[i] ?? surface, clauses[i] === true));
    return;
  }
  surfaces.forEach((surface, i) =>
    foldWords(surface).forEach((f, k) => visit(surface, f, k === 0 && clauses[i] === true)),
  );
}

/** The words of a text as `visitSurfaceWords` reads them, listed. */
function surfaceWords(text: string): { surface: string; folded: string; clause: boolean }[] {
  const words: { surface: string; folded: string; clause: boolean }[] = [];
  visitSurfaceWords(text, (surface, folded, clause) => words.push({ surface, folded, clause }));
  return words;
}

function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, ListPhrase[]>();
  const words = new Set<string>();
  for (const text of phrases) {
    const phrase = listPhrase(text);
    const first = phrase.words[0];
    if (first === undefined) continue;
    for (const t of phrase.words) words.add(t);
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, words };
}

/** Parses the word lists; malformed synonym entries (no ":") are ignored (validation of words reports nothing). */
export function createLexicon(source: LexiconSource): Lexicon {
  const synonyms = new Map<string, Replacement[]>();
  const words = new Set<string>();
  for (const entry of source.synonyms) {
    const colon = entry.indexOf(':');
    if (colon <= 0) continue;
    const canonicalText = entry.slice(0, colon).trim();
    const canonical = foldWords(canonicalText);
    const display = canonicalText
      .normalize('NFC')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0);
    if (canonical.length === 0) continue;
    for (const w of canonical) words.add(w);
    // The canonical phrase replaces itself, so that "đến đâu rồi" is not read as the variant "đến đâu" and a "rồi".
    for (const variantText of [canonicalText, ...entry.slice(colon + 1).split(',')]) {
      const variant = listPhrase(variantText);
      const first = variant.words[0];
      if (first === undefined) continue;
      for (const w of variant.words) words.add(w);
      const list = synonyms.get(first) ?? [];
      list.push({ variant, canonical, display });
      synonyms.set(first, list);
    }
  }
  for (const list of synonyms.values()) list.sort((a, b) => b.variant.words.length - a.variant.words.length);
  const all = [...synonyms.values()].flat();
  const chaining = new Set(
    all.filter((r) =>
      all.some(
        (other) =>
          other.canonical !== r.canonical &&
          other.variant.words.length > 1 &&
          other.variant.words.some((w) => r.canonical.includes(w)),
      ),
    ),
  );
  const filler = phraseSet(source.filler);
  const notTopic = phraseSet(source.notTopic);
  const negation = phraseSet(source.negation ?? []);
  for (const w of filler.words) words.add(w);
  for (const w of notTopic.words) words.add(w);
  for (const w of negation.words) words.add(w);
  /** Entries "flow: phrase, phrase" → phrase → the flows it belongs to. */
  const flowPhrases = (entries: readonly string[]) => {
    const byPhrase = new Map<string, { phrase: string; flowIds: string[] }>();
    for (const entry of entries) {
      const colon = entry.indexOf(':');
      if (colon <= 0) continue;
      const flowId = entry.slice(0, colon).trim();
      for (const phrase of entry.slice(colon + 1).split(',')) {
        const phraseWords = foldWords(phrase);
        if (phraseWords.length === 0) continue;
        for (const w of phraseWords) words.add(w);
        const key = phrase.trim().normalize('NFC').toLowerCase();
        const known = byPhrase.get(key) ?? { phrase: key, flowIds: [] };
        if (!known.flowIds.includes(flowId)) known.flowIds.push(flowId);
        byPhrase.set(key, known);
      }
    }
    return [...byPhrase.values()];
  };
  const cues = flowPhrases(source.cues ?? []);
  const hints = flowPhrases(source.hints ?? []);
  const asks = flowPhrases(source.asks ?? []);
  const statements = [
    ...new Set((source.statements ?? []).map((flowId) => flowId.trim()).filter((flowId) => flowId.length > 0)),
  ];
  const questions = phraseSet(source.questions ?? []);
  // Off-topic words stay out of the vocabulary: the speller must not turn a citizen's word into one of them.
  const offTopic = phraseSet(source.offTopic ?? []);
  // Likewise the advert words; contact words are words of the help flow's examples already.
  const contact = phraseSet(source.contact ?? []);
  const adverts = phraseSet(source.adverts ?? []);
  const advertTold = phraseSet(source.advertTold ?? []);
  const chores = phraseSet(source.chores ?? []);
  return {
    synonyms,
    chaining,
    filler,
    notTopic,
    negation,
    cues,
    hints,
    asks,
    statements,
    questions,
    offTopic,
    contact,
    adverts,
    advertTold,
    chores,
    words,
  };
}

/**
 * Length of the longest phrase of the set starting at `i`, or 0. A one-word phrase that forms a known word pair with
 * a neighbour is no filler there: folded, "anh" (you) is also the "ánh" of "phản ánh".
 */
function phraseAt(set: PhraseSet, tokens: readonly Token[], i: number, pairs?: ReadonlySet<string>): number {
  const at = tokens[i];
  // Every list is tried at every word of every message: nothing is allocated unless a phrase is there.
  const starting = at === undefined ? undefined : set.byFirst.get(at.word);
  if (starting === undefined) return 0;
  for (let p = 0; p < starting.length; p += 1) {
    const phrase = starting[p] as ListPhrase;
    if (!phraseIsAt(phrase, tokens, i)) continue;
    if (phrase.words.length === 1 && pairs) {
      const before = i > 0 ? `${wordAt(tokens, i - 1)} ${wordAt(tokens, i)}` : '';
      const after = `${wordAt(tokens, i)} ${wordAt(tokens, i + 1)}`;
      if (pairs.has(before) || pairs.has(after)) continue;
    }
    // A longer one whose last word begins a phrase with the next ("tôi muốn góp ý": "muốn phản ánh" is a report asked
    // for): its words are weighed one by one instead.
    const last = i + phrase.words.length - 1;
    if (phrase.words.length > 1 && pairs?.has(`${wordAt(tokens, last)} ${wordAt(tokens, last + 1)}`)) continue;
    return phrase.words.length;
  }
  return 0;
}

/**
 * Sorts a short list of numbers in place, smallest first (`Array.prototype.sort` makes a copy of the list to sort,
 * and a few arrays of its own, even for two numbers).
 */
function sortAscending(list: number[]): number[] {
  for (let i = 1; i < list.length; i += 1) {
    const value = list[i] as number;
    let j = i - 1;
    for (; j >= 0 && (list[j] as number) > value; j -= 1) list[j + 1] = list[j] as number;
    list[j + 1] = value;
  }
  return list;
}

function wordAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.word ?? '';
}

/**
 * Whether a one-word list phrase typed without marks ends a word pair of the examples with the word before it: it is
 * that pair's second word, not the listed one (folded, "xay dung" holds the negation "dừng").
 */
function endsPair(tokens: readonly Token[], i: number, length: number, pairs?: ReadonlySet<string>): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  return (
    length === 1 &&
    pairs !== undefined &&
    token !== undefined &&
    before !== undefined &&
    token.surface === token.word &&
    pairs.has(`${before.word} ${token.word}`)
  );
}

/** A chore begins at most this many words after a negation to be what it negates (`chores`). */
const CHORE_SPAN_WORDS = 4;

/** Letters then a number of five digits or more, typed without a space between them ("mst4201558093"). */
const STUCK_NUMBER = /^([a-z]{2,})(\d{5,})$/;

/** Words whose spelling a speller remembers (`Speller`): far more than a province's citizens use. */
const SPELLED_LIMIT = 20_000;

/** Answers remembered by word, at most `SPELLED_LIMIT` of them (a full memo starts again); null stands for none. */
class WordMemo<V> {
  private answers = new Map<string, V | null>();

  constructor(private readonly answer: (word: string) => V | undefined) {}

  get(word: string): V | undefined {
    let known = this.answers.get(word);
    if (known === undefined) {
      known = this.answer(word) ?? null;
      if (this.answers.size >= SPELLED_LIMIT) this.answers = new Map();
      this.answers.set(word, known);
    }
    return known ?? undefined;
  }

  forget(): void {
    this.answers = new Map();
  }
}

/** Shorter words are not corrected: most Vietnamese syllables are one letter from another ("tiet", "tien"). */
const MIN_TYPO_LENGTH = 5;

/** Words typed without spaces are split from this length on, into at most `MAX_GLUED` syllables. */
const MIN_GLUED_LENGTH = 6;
const MAX_GLUED = 5;
/** The longest Vietnamese syllable without its marks ("nghieng", "nguyen"). */
const MAX_SYLLABLE_LENGTH = 7;

/**
 * A well-formed Vietnamese syllable without its marks (onset, vowels, final consonant). Such a word is a word, not a
 * typo, even when the examples never use it: "mieng" is no "tieng", "huyen" no "chuyen", "xuong" no "huong". Typos
 * are rarely syllables ("nghieg", "truog", "hoso").
 */
export const VIETNAMESE_SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/;

/**
 * Corrects words against a vocabulary: a known word stays; an unknown one is folded from Telex ("hoof" → "ho") when
 * that makes it known, or else replaced by a known word one edit away (deletion index, so the cost
 * does not grow with the vocabulary), for words of 5+ letters.
 */
export class Speller {
  private readonly deletes = new Map<string, string>();
  /**
   * What each word of letters came to (`correct`, `undrawn` of a marked word, `unglued` with `ungluedPairs`):
   * citizens reuse their words, and spelling one allocates (its deletions, its Telex folding).
   */
  private readonly corrected = new WordMemo((word) => this.correctNow(word));
  private readonly undrawnMarked = new WordMemo((word) => this.undrawnNow(word, true));
  private readonly ungluedWords = new WordMemo((word) => this.ungluedNow(word, this.ungluedPairs ?? new Set()));
  private ungluedPairs: ReadonlySet<string> | undefined;
  /**
   * `kept`: words never corrected nor corrected to (the off-topic and advert words): "score" stays "score", no
   * "store".
   */
  constructor(
    readonly vocabulary: ReadonlySet<string>,
    private readonly kept: ReadonlySet<string> = new Set(),
  ) {
    for (const word of vocabulary) {
      if (word.length < MIN_TYPO_LENGTH || !LETTERS.test(word)) continue;
      for (const key of deletions(word)) if (!this.deletes.has(key)) this.deletes.set(key, word);
      if (!this.deletes.has(word)) this.deletes.set(word, word);
    }
  }

  correct(word: string): string {
    // Numbers and codes are not remembered (nor corrected): only words of letters are.
    if (this.vocabulary.has(word) || this.kept.has(word) || !LETTERS.test(word)) return word;
    return this.corrected.get(word) ?? word;
  }

  private correctNow(word: string): string {
    const telex = foldTelex(word);
    if (telex !== word && this.vocabulary.has(telex)) return telex;
    const undrawn = this.undrawn(word);
    if (undrawn !== undefined) return undrawn;
    if (word.length < MIN_TYPO_LENGTH || VIETNAMESE_SYLLABLE.test(word)) return word;
    // One edit: the word is a deletion of a known word, a known word is a deletion of it, or both share a deletion.
    const direct = this.deletes.get(word);
    if (direct !== undefined) return direct;
    for (const key of deletions(word)) {
      if (this.vocabulary.has(key) && key.length >= MIN_TYPO_LENGTH) return key;
      const found = this.deletes.get(key);
      if (found !== undefined) return found;
    }
    return word;
  }

  /**
   * A word typed without marks that no list or example knows, made of known well-formed syllables typed without the
   * spaces between them ("hosocuatoi", "thutuc", "gapcanbo"): those syllables, fewest first (each of two letters or
   * more, at most `MAX_GLUED` of them), two of which make a word pair of `pairs`; undefined when it is no such run.
   * Shorter words are left alone ("tuoi" is one syllable, "thuc" no "thu c").
   */
  unglued(word: string, pairs: ReadonlySet<string>): string[] | undefined {
    if (word.length < MIN_GLUED_LENGTH || !LETTERS.test(word) || this.vocabulary.has(word) || this.kept.has(word))
      return undefined;
    if (pairs !== this.ungluedPairs) {
      this.ungluedPairs = pairs;
      this.ungluedWords.forget();
    }
    return this.ungluedWords.get(word);
  }

  private ungluedNow(word: string, pairs: ReadonlySet<string>): string[] | undefined {
    if (VIETNAMESE_SYLLABLE.test(word)) return undefined;
    // best[i]: the fewest syllables the first i letters split into (ties: the longer first syllable, found first).
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= word.length; end += 1) {
      for (let start = Math.max(0, end - MAX_SYLLABLE_LENGTH); start <= end - 2; start += 1) {
        const before = best[start];
        if (before === undefined || before.length >= MAX_GLUED) continue;
        const piece = word.slice(start, end);
        if (!this.vocabulary.has(piece) || !VIETNAMESE_SYLLABLE.test(piece)) continue;
        const current = best[end];
        if (current === undefined || before.length + 1 < current.length) best[end] = [...before, piece];
      }
    }
    const found = best[word.length];
    if (found === undefined || found.length < 2) return undefined;
    // Two of them side by side as the examples or lists use them ("ho so", "can bo"): English words are made of
    // syllables too ("monday" is no "món đây").
    return found.some((piece, k) => k > 0 && pairs.has(`${found[k - 1] ?? ''} ${piece}`)) ? found : undefined;
  }

  /**
   * A word drawn out by repeating a letter ("alooooo", "hiii", "menuu"): a run of three or more letters typed once or
   * twice, or a doubled last letter typed once, if that makes a known word. No word of ours holds a run of three; a
   * doubled last letter may be Telex ("xoo") or the word itself ("uu" is "ưu") in a syllable, but never "ii" nor "yy".
   * `marked`: the word was typed with its marks, so a doubled letter is no Telex ("chàoo", "quáa").
   */
  undrawn(word: string, marked = false): string | undefined {
    if (!marked || !LETTERS.test(word)) return this.undrawnNow(word, marked);
    return this.undrawnMarked.get(word);
  }

  private undrawnNow(word: string, marked: boolean): string | undefined {
    if (!LETTERS.test(word)) return undefined;
    if (TRIPLED_LETTER.test(word)) {
      for (const kept of ['$1', '$1$1']) {
        const squeezed = word.replace(/([a-z])\1{2,}/g, kept);
        if (this.vocabulary.has(squeezed)) return squeezed;
        const telex = marked ? squeezed : foldTelex(squeezed);
        if (this.vocabulary.has(telex)) return telex;
      }
    }
    if (DOUBLED_LAST_LETTER.test(word) && (marked || ENDS_IN_I_OR_Y.test(word) || !VIETNAMESE_SYLLABLE.test(word))) {
      const squeezed = word.slice(0, -1);
      if (this.vocabulary.has(squeezed)) return squeezed;
    }
    return undefined;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** What a message is made of once understood: its words, and its topic (what a search should look for). */
export interface Analysis {
  /** A list of its own (no other analysis shares it: what is found in it is remembered by the list). */
  tokens: readonly Token[];
  /** The words that are neither filler nor question words, as typed (synonyms in their canonical form). */
  topic: string;
  /** A negation with a word after it: the message asks for something not to happen ("đừng gửi tin nữa"). */
  negated: boolean;
  /** The message asks something: a question mark, or a question word ends it. */
  question: boolean;
  /** The message holds a phrase of a subject no flow serves (`offTopic`). */
  offTopic: boolean;
  /** The message holds a `contact` phrase ("liên hệ", "gọi em", "zalo"). */
  contact: boolean;
  /**
   * An advert: a phrase that offers or sells, a way to be reached (a contact phrase or a phone number) or a subject no
   * flow serves ("tuyển nhân viên bán hàng lương cao"), and no word telling about an advert.
   */
  advert: boolean;
}

/** What is known of a message before its words are read. */
export interface AnalyseOptions {
  /** A phone number was cut out of the message: the contact phrases beside it only give it. */
  phoneGiven?: boolean;
}

function holds(set: PhraseSet, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) if (phraseAt(set, tokens, i) > 0) return true;
  return false;
}

/** Whether the tokens hold a phrase of `set` that is not, word for word and at the same place, one of `other`. */
function holdsBeyond(set: PhraseSet, other: PhraseSet, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const length = phraseAt(set, tokens, i);
    if (length > 0 && phraseAt(other, tokens, i) !== length) return true;
  }
  return false;
}

/**
 * Which of the analysed tokens are words of a phrase of `set` (the subjects no flow serves): written as is, or split
 * only by words naming no subject (`topical: false`: "thẻ bhyt của tôi còn hạn" holds "thẻ bảo hiểm y tế còn hạn").
 * One answer for the analysis (does the message hold such a phrase) and for the cues beside it (which are outside).
 */
function offTopicWords(set: PhraseSet, tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const length = phraseAt(set, tokens, i);
    for (let k = i; k < i + length; k += 1) inside[k] = 1;
  }
  const topical: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) if (tokens[i]?.topical !== false) topical.push(i);
  if (topical.length !== tokens.length) {
    const words = topical.map((i) => tokens[i] as Token);
    for (let j = 0; j < words.length; j += 1) {
      const length = phraseAt(set, words, j);
      for (let k = j; k < j + length; k += 1) inside[topical[k] as number] = 1;
    }
  }
  return inside;
}

/** Folds, corrects, replaces synonyms and drops filler (unless nothing would be left). */
export function analyseText(
  text: string,
  lexicon: Lexicon,
  speller: Speller,
  pairs?: ReadonlySet<string>,
  options: AnalyseOptions = {},
  pairMarks?: PairMarks,
): Analysis {
  // A word typed with its marks is the word meant: only words typed without them are spelled again ("ruộng" is no
  // typo of "trường", "ruong" may be), but for a letter drawn out ("chàoo").
  const raw: Token[] = [];
  visitSurfaceWords(text, (surface, folded, clause) => {
    // A number stuck to the word before it ("mst4201558093", "sdt0912…"): the word and the number, read apart.
    const stuck = surface === folded ? STUCK_NUMBER.exec(folded) : null;
    if (stuck) {
      const [, letters = '', digits = ''] = stuck;
      const word = speller.correct(letters);
      raw.push(makeToken(word, word, clause), makeToken(digits, digits, false));
      return;
    }
    const word =
      surface === folded
        ? speller.correct(folded)
        : speller.vocabulary.has(folded)
          ? folded
          : (speller.undrawn(folded, true) ?? folded);
    // Syllables typed without the spaces between them ("hosocuatoi", "gapcanbo"): the known syllables they are made of.
    const glued = surface === folded && word === folded && pairs ? speller.unglued(folded, pairs) : undefined;
    if (glued) glued.forEach((piece, k) => raw.push(makeToken(piece, piece, k === 0 && clause)));
    else raw.push(makeToken(word, word === folded ? surface : word, clause));
  });
  // Twice when the first pass put in a canonical phrase that is a word of another entry's variant (`chaining`: "sao r":
  // "r" is "rồi", and "sao rồi" is "đến đâu rồi"). A canonical phrase replaces itself, so a second pass changes nothing
  // else.
  // In a message typed with marks, a word without them is a word without them ("giờ tra ở đâu"): pairs as written are
  // read only in a message typed without any.
  let typedUnmarked = true;
  for (let i = 0; i < raw.length && typedUnmarked; i += 1) typedUnmarked = raw[i]?.surface === raw[i]?.word;
  const unmarked = pairMarks !== undefined && typedUnmarked ? pairMarks : undefined;
  let replaced = replaceSynonyms(raw, lexicon, unmarked);
  if (replaced.replacedAny) replaced = replaceSynonyms(replaced.tokens, lexicon, unmarked);
  return analyseReplaced(text, replaced.tokens, lexicon, pairs, options);
}

/**
 * Word pairs of the examples and lists (folded) → the pairs as written ("trang chu" → "trang chủ"): a word typed
 * without marks beside its partner is the word the pair writes.
 */
export type PairMarks = ReadonlyMap<string, readonly string[]>;

/**
 * Whether the word at `i`, typed without marks, makes with a neighbour a pair of the examples or lists written with
 * other marks than the one-word variant `variant`: it is that pair's word ("trang chu" is "trang chủ", not the regional
 * "chừ" of "giờ"; "mo cua" is "mở cửa", not the "mô" of "đâu").
 */
function pairWritesOtherwise(raw: readonly Token[], i: number, variant: string, pairMarks: PairMarks): boolean {
  const token = raw[i];
  if (token === undefined || token.surface !== token.word) return false;
  const before = raw[i - 1];
  if (before !== undefined && !token.clause) {
    const written = pairMarks.get(`${before.word} ${token.word}`);
    if (written !== undefined && writtenOtherwise(written, 1, token.word, variant)) return true;
  }
  const after = raw[i + 1];
  if (after !== undefined && !after.clause) {
    const written = pairMarks.get(`${token.word} ${after.word}`);
    if (written !== undefined && writtenOtherwise(written, 0, token.word, variant)) return true;
  }
  return false;
}

/** Whether one of the pairs as written has at `side` (0 first, 1 second) another word than `word` and `variant`. */
function writtenOtherwise(pairs: readonly string[], side: 0 | 1, word: string, variant: string): boolean {
  for (let p = 0; p < pairs.length; p += 1) {
    // A pair as written is two words and one space (`PairMarks`): its side is cut out without splitting it.
    const pair = pairs[p] ?? '';
    const space = pair.indexOf(' ');
    if (space < 0) continue;
    const written = side === 0 ? pair.slice(0, space) : pair.slice(space + 1);
    if (written !== word && written !== variant && !sameButHoiNga(written, variant)) return true;
  }
  return false;
}

const NO_REPLACEMENTS: readonly Replacement[] = [];

/**
 * One pass of synonym replacement, longest variant first at each word. A canonical phrase replaces itself, so most
 * replacements give the tokens typed: those are kept (the same objects), and no new list is made until a token
 * differs.
 */
function replaceSynonyms(
  raw: readonly Token[],
  lexicon: Lexicon,
  pairMarks?: PairMarks,
): { tokens: readonly Token[]; replacedAny: boolean } {
  /** The tokens so far, once one differs from those typed (until then, `raw` up to `i`). */
  let replaced: Token[] | undefined;
  let replacedAny = false;
  for (let i = 0; i < raw.length;) {
    let replacement: Replacement | undefined;
    for (const r of lexicon.synonyms.get(raw[i]?.word ?? '') ?? NO_REPLACEMENTS) {
      if (phraseIsAt(r.variant, raw, i)) {
        if (
          r.variant.words.length === 1 &&
          pairMarks &&
          pairWritesOtherwise(raw, i, r.variant.surfaces[0] ?? '', pairMarks)
        )
          break;
        replacement = r;
        break;
      }
    }
    if (replacement) {
      const { canonical, display } = replacement;
      const length = replacement.variant.words.length;
      let same = canonical.length === length;
      for (let k = 0; k < canonical.length && same; k += 1) same = raw[i + k]?.word === canonical[k];
      if (!same && lexicon.chaining.has(replacement)) replacedAny = true;
      const clause = raw[i]?.clause === true;
      // The same words, written as the canonical phrase is, beginning the same clause: the tokens typed.
      let typed = same;
      for (let k = 0; k < canonical.length && typed; k += 1) {
        const token = raw[i + k] as Token;
        typed =
          token.surface === (display[k] ?? canonical[k]) &&
          token.clause === (k === 0 && clause) &&
          token.topical === true;
      }
      if (typed) {
        if (replaced) for (let k = 0; k < length; k += 1) replaced.push(raw[i + k] as Token);
      } else {
        replaced ??= raw.slice(0, i);
        for (let k = 0; k < canonical.length; k += 1) {
          const word = canonical[k] ?? '';
          replaced.push(makeToken(word, display[k] ?? word, k === 0 && clause));
        }
      }
      i += length;
    } else {
      const token = raw[i];
      if (token && replaced) replaced.push(token);
      i += 1;
    }
  }
  return { tokens: replaced ?? raw, replacedAny };
}

/** The rest of `analyseText`, once synonyms are replaced. */
function analyseReplaced(
  text: string,
  replaced: readonly Token[],
  lexicon: Lexicon,
  pairs: ReadonlySet<string> | undefined,
  options: AnalyseOptions,
): Analysis {
  const phoneGiven = options.phoneGiven === true;
  const contact = holds(lexicon.contact, replaced);
  /** The tokens but filler: `replaced` itself until a token is dropped (no list is made for most messages). */
  let kept: Token[] | undefined;
  let clauseNext = false;
  for (let i = 0; i < replaced.length;) {
    const skip = Math.max(
      phraseAt(lexicon.filler, replaced, i, pairs),
      // Not a word of a phrase the examples use ("gọi lại cho tôi": a call back is asked for).
      phoneGiven ? phraseAt(lexicon.contact, replaced, i, pairs) : 0,
    );
    if (skip > 0) {
      // A clause that begins with filler begins with the word after it.
      if (replaced[i]?.clause === true) clauseNext = true;
      kept ??= replaced.slice(0, i);
      i += skip;
      continue;
    }
    const typed = replaced[i];
    if (typed) {
      if (clauseNext && typed.clause !== true)
        (kept ??= replaced.slice(0, i)).push(makeToken(typed.word, typed.surface, true, typed.topical));
      else kept?.push(typed);
    }
    clauseNext = false;
    i += 1;
  }
  const tokens = kept !== undefined && kept.length > 0 ? kept : replaced;
  const topicWords: string[] = [];
  /** The tokens with question words set apart: `tokens` itself until one is (most messages hold none). */
  let marked: Token[] | undefined;
  for (let i = 0; i < tokens.length;) {
    const skip = phraseAt(lexicon.notTopic, tokens, i);
    if (skip > 0) {
      // Set apart from the topic (and, so far, from the clause they begin).
      marked ??= tokens.slice(0, i);
      for (let k = i; k < i + skip; k += 1) {
        const typed = tokens[k];
        if (typed) marked.push(makeToken(typed.word, typed.surface, false, false));
      }
      i += skip;
      continue;
    }
    const typed = tokens[i];
    if (typed) {
      marked?.push(typed);
      topicWords.push(typed.surface);
    }
    i += 1;
  }
  let negated = false;
  for (let i = 0; i < tokens.length && !negated; i += 1) {
    const length = phraseAt(lexicon.negation, tokens, i);
    negated =
      length > 0 &&
      i + length < tokens.length &&
      !endsPair(tokens, i, length, pairs) &&
      !choreAfter(lexicon, tokens, i + length);
  }
  let question = text.includes('?');
  for (let i = 0; i < replaced.length && !question; i += 1) {
    const length = phraseAt(lexicon.questions, replaced, i);
    question = length > 1 || (length === 1 && i === replaced.length - 1);
  }
  // Words that name no subject inside a phrase hide it no more than they hide a cue: "thẻ bhyt của tôi còn hạn" holds
  // "thẻ bảo hiểm y tế còn hạn" once "của tôi" is set aside (`offTopicWords`, as the cues beside it are told apart).
  const offTopic = holds(lexicon.offTopic, replaced) || holdsBesideNoSubject(lexicon.offTopic, marked ?? tokens);
  // A subject no flow serves is an advert's sign only beside its offer: "tuyển dụng" alone is both, and a citizen may
  // ask to be told of recruitment ("muốn nhận thông báo về tuyển dụng"); "tuyển gấp … lương cao" is an advert.
  const advert =
    (contact || phoneGiven || (offTopic && holdsBeyond(lexicon.offTopic, lexicon.adverts, replaced))) &&
    holds(lexicon.adverts, replaced) &&
    !holds(lexicon.advertTold, replaced);
  const topic = topicWords.join(' ').trim();
  return { tokens: marked ?? tokens, topic, negated, question, offTopic, contact, advert };
}

/**
 * A negation of a chore shortly after it turns no wish around ("không muốn ngày nào cũng vô hỏi nữa": being told is
 * wished); a later negation may still.
 */
function choreAfter(lexicon: Lexicon, tokens: readonly Token[], start: number): boolean {
  for (let k = start; k < Math.min(start + CHORE_SPAN_WORDS, tokens.length); k += 1)
    if (phraseAt(lexicon.chores, tokens, k) > 0) return true;
  return false;
}

/**
 * Whether the tokens hold a phrase of `set` written as is or split only by words naming no subject: whether
 * `offTopicWords` finds any, without telling which.
 */
function holdsBesideNoSubject(set: PhraseSet, tokens: readonly Token[]): boolean {
  if (holds(set, tokens)) return true;
  let topical = 0;
  for (let i = 0; i < tokens.length; i += 1) if (tokens[i]?.topical !== false) topical += 1;
  return (
    topical !== tokens.length &&
    holds(
      set,
      tokens.filter((t) => t.topical !== false),
    )
  );
}

/** Feature weights by kind: whole words count most, then word pairs, then character trigrams (typo tolerance). */
const WORD_WEIGHT = 1;
const PAIR_WEIGHT = 0.8;
const TRIGRAM_WEIGHT = 0.2;

/** Question words count this much of a topic word: "thời tiết mai thế nào" is no question about procedures. */
const NOT_TOPIC_FACTOR = 0.4;

function features(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, weight: number) => out.set(key, (out.get(key) ?? 0) + weight);
  tokens.forEach((token, i) => {
    const factor = token.topical === false ? NOT_TOPIC_FACTOR : 1;
    const word = token.word;
    add(`w:${word}`, WORD_WEIGHT * factor);
    const next = tokens[i + 1];
    if (next !== undefined) {
      const pairFactor = next.topical === false && token.topical === false ? NOT_TOPIC_FACTOR : 1;
      add(`b:${word} ${next.word}`, PAIR_WEIGHT * pairFactor);
    }
    const padded = `^${word}$`;
    for (let k = 0; k + 3 <= padded.length; k += 1) add(`c:${padded.slice(k, k + 3)}`, TRIGRAM_WEIGHT * factor);
  });
  return out;
}

/** A word's features in a matcher: ids of the matcher's features (-1 unknown) and keys. */
interface WordFeatures {
  /**
   * The word's and its character trigrams' marks: a feature's id, or past the matcher's features (`knownFeatures`)
   * the number a feature the examples lack got in the word cache (`unknownMarks`), so that its repeats are told apart.
   */
  wordMark: number;
  trigramMarks: Int32Array;
  /** Its place in the word cache: two words' places make their pair's key when the examples lack the pair. */
  serial: number;
}

export interface RankedIntent {
  flowId: string;
  /** 0…1: how close the message is to the flow's nearest example. */
  confidence: number;
  /** That example, for admins ("matched because of …"). */
  example: string;
}

/**
 * No reader of a ranking acts on a flow below this confidence but for the first few (`RankedIntents.near`): the
 * router's lowest threshold is this one (understanding.ts, `ASKED_WITHOUT_CUES`), a "did you mean" offers from 0.42
 * and its runner-up from 0.3. A message touches nearly every flow of a large release with a trigram or two (95 of 100
 * on average), and three or so come this near.
 */
export const RANKED_FLOOR = 0.2;

/** The near list holds at least this many flows, whatever their confidence: a miss shows admins 5 beside 3 offered. */
export const RANKED_AT_LEAST = 8;

/** What the matcher thought of a message: the flows it came near enough to matter, and any flow's confidence. */
export interface RankedIntents {
  /**
   * Best first (among equals by flow id): every flow at `RANKED_FLOOR` or more, and at least the first
   * `RANKED_AT_LEAST` of those the message came near. The rest are left out: no list is made of them.
   */
  readonly near: readonly RankedIntent[];
  /** Any flow's confidence, in the near list or not: 0 for one the message came nowhere near. */
  confidence(flowId: string): number;
}

/** A ranking of the flows listed, for a router's result made without the matcher (a trigger) and for tests. */
export function rankedFrom(near: readonly RankedIntent[]): RankedIntents {
  return { near, confidence: (flowId) => near.find((r) => r.flowId === flowId)?.confidence ?? 0 };
}

/** Nothing ranked (a sure trigger decided). */
export const NOTHING_RANKED: RankedIntents = rankedFrom([]);

/**
 * A message's ranking as the matcher made it: the near list, and every flow's confidence in thousandths (the matcher
 * rounds confidences to three decimals, so `k / 1000` is the confidence to the last bit). A list of small integers,
 * not a typed array: a small typed array's memory is allocated outside the heap, slowly, and freed by a collection.
 */
class MatchRanking implements RankedIntents {
  constructor(
    readonly near: readonly RankedIntent[],
    private readonly thousandths: readonly number[],
    /** Flow id → its indexes among the matcher's flows (one, unless two flows share an id). */
    private readonly indexesOf: ReadonlyMap<string, readonly number[]>,
  ) {}

  confidence(flowId: string): number {
    const indexes = this.indexesOf.get(flowId) ?? [];
    let best = 0;
    for (let i = 0; i < indexes.length; i += 1) best = Math.max(best, this.thousandths[indexes[i] ?? 0] ?? 0);
    return best / 1000;
  }
}

export interface IntentMatch {
  analysis: Analysis;
  /** The flows the message came near, best first (`RankedIntents`). */
  ranked: RankedIntents;
  /** The flows whose asks (`understanding.asks`) the message holds, the one holding most of them first. */
  asked: string[];
}

export interface IntentMatcher {
  match(text: string, options?: AnalyseOptions): IntentMatch;
  /** Flows whose cue words the analysed message holds, most cues first (ties in the lists' order). */
  cued(analysis: Analysis): string[];
  /** Flows one of whose cue phrases (not hints) the analysed message holds. */
  cuesHeld(analysis: Analysis): string[];
  /**
   * The same, but not cues inside a phrase of a subject no flow serves (`offTopic`): "tra cứu bảo hiểm y tế" looks up an
   * insurance record, and its "bảo hiểm y tế" names no procedure there.
   */
  cuesOutsideOffTopic(analysis: Analysis): string[];
  /** Whether most of the flow's examples are negated ("bỏ theo dõi", "ngừng nhận tin"): it turns a wish around. */
  turnsAround(flowId: string): boolean;
  /** Whether the flow lists asks (`understanding.asks`): a message may ask something of it. */
  listsAsks(flowId: string): boolean;
  /** Whether the flow is one a citizen telling something is offered (`understanding.statements`: a report). */
  takesStatements(flowId: string): boolean;
  /** Analyses without scoring (topic words of a message). */
  analyse(text: string): Analysis;
  /** Flows known to the matcher. */
  flowIds(): string[];
  /**
   * Whether some topic word of the analysed message is a word of the examples or the lists (or it has fewer than two
   * topic words: one unknown word may be a typo, "ktra hồ sơ"): "how to lose weight fast" asks how, about nothing any
   * flow knows.
   */
  topicKnown(analysis: Analysis): boolean;
}

/** Share of the score that is cosine similarity; the rest is how much of the example the message covers. */
const COSINE_SHARE = 0.6;
/**
 * A flow's examples taken together count too, at most this much: a message may take its words from several of them
 * ("karaoke hàng xóm hát tới khuya": "hát karaoke khuya" and "hàng xóm gây ồn ào").
 */
const FLOW_SHARE = 0.5;
/** Fewer syllables are one example's job: "hồ sơ" alone is in many flows' examples, and says no more than that. */
const TOGETHER_MIN_WORDS = 4;
/** An example and a message of which only one is negated are this much less alike. */
const NEGATION_MISMATCH = 0.75;
/** A message holding a flow's ask: that flow gains this much, other flows that list asks keep this share. */
const ASK_BONUS = 0.15;
const ASK_MISMATCH = 0.8;
/** From this confidence (the "did you mean" threshold) a flow whose ask a message holds is passed by no other one. */
const ASKED_FLOW_HELD = 0.42;

/** A topic of this many words none of which the matcher knows is about something no flow serves. */
const UNKNOWN_TOPIC_WORDS = 2;

/** Builds the matcher from every flow's phrases and the lexicon; examples are analysed like messages. */
export function createIntentMatcher(flows: readonly IntentExamples[], source: LexiconSource): IntentMatcher {
  const lexicon = createLexicon(source);
  // The vocabulary: every word of the examples (before and after synonyms) and of the word lists.
  const vocabulary = new Set<string>(lexicon.words);
  for (const flow of flows) for (const example of flow.examples) for (const w of foldWords(example)) vocabulary.add(w);
  // Off-topic and advert words are out of the vocabulary (nothing is corrected to them), and are never corrected.
  const speller = new Speller(
    vocabulary,
    new Set([...lexicon.offTopic.words, ...lexicon.adverts.words, ...lexicon.advertTold.words]),
  );
  // Word pairs of the examples: a filler word inside one of them is part of a phrase.
  const pairs = new Set<string>();
  const pairMarks = new Map<string, string[]>();
  const addPairs = (phrase: string) => {
    const words = foldWords(phrase);
    for (let i = 0; i + 1 < words.length; i += 1) pairs.add(`${words[i] ?? ''} ${words[i + 1] ?? ''}`);
    // And as written, when they have marks (`PairMarks`).
    const written = surfaceWords(phrase);
    for (let i = 0; i + 1 < written.length; i += 1) {
      const a = written[i];
      const b = written[i + 1];
      if (a === undefined || b === undefined || (a.surface === a.folded && b.surface === b.folded)) continue;
      const key = `${a.folded} ${b.folded}`;
      const list = pairMarks.get(key) ?? [];
      const pair = `${a.surface} ${b.surface}`;
      if (!list.includes(pair)) list.push(pair);
      pairMarks.set(key, list);
    }
  };
  for (const flow of flows) for (const example of flow.examples) addPairs(example);
  // And of the cue, hint and ask phrases: "ổ voi" (a pothole) is no "ổ" and the filler "với".
  for (const list of [lexicon.cues, lexicon.hints, lexicon.asks]) for (const { phrase } of list) addPairs(phrase);
  const analyse = (text: string, options?: AnalyseOptions) =>
    analyseText(text, lexicon, speller, pairs, options, pairMarks);

  // Features get integer ids and posting lists are typed arrays: a message touches hundreds of postings (character
  // trigrams are shared by many examples), so each step must allocate nothing.
  const exampleFlow: number[] = [];
  const exampleText: string[] = [];
  const exampleFeatures: Map<string, number>[] = [];
  const exampleNegated: boolean[] = [];
  const documentFrequency = new Map<string, number>();
  flows.forEach((flow, flowIndex) => {
    const seen = new Set<string>();
    for (const text of flow.examples) {
      const analysed = analyse(text);
      const f = features(analysed.tokens);
      if (f.size === 0) continue;
      exampleFlow.push(flowIndex);
      exampleText.push(text);
      exampleFeatures.push(f);
      exampleNegated.push(analysed.negated);
      for (const key of f.keys()) seen.add(key);
    }
    for (const key of seen) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  });
  // Flows most of whose examples are negated ("bỏ theo dõi", "ngừng nhận tin"): they are asked by negated messages.
  const flowNegated = flows.map((_, flowIndex) => {
    const own = exampleFlow.flatMap((f, index) => (f === flowIndex ? [exampleNegated[index] === true] : []));
    return own.filter(Boolean).length * 2 > own.length;
  });
  const flowCount = Math.max(flows.length, 1);
  const unknownIdf = Math.log(1 + flowCount);
  const featureId = new Map<string, number>();
  const idf: number[] = [];
  for (const [key, df] of documentFrequency) {
    featureId.set(key, idf.length);
    idf.push(Math.log(1 + flowCount / df));
  }
  // Word feature id → the flows whose examples use the word (a message may take its words from several examples).
  const wordFlowLists = new Map<number, number[]>();
  exampleFeatures.forEach((f, index) => {
    const flowIndex = exampleFlow[index] ?? 0;
    for (const key of f.keys()) {
      if (!key.startsWith('w:')) continue;
      const id = featureId.get(key) ?? 0;
      const list = wordFlowLists.get(id) ?? [];
      if (!list.includes(flowIndex)) list.push(flowIndex);
      wordFlowLists.set(id, list);
    }
  });
  // Word pairs of the examples by their words' numbers among the words (first × words + second: a small integer,
  // which V8 neither boxes nor hashes as a double), so a message's pair is looked up without building its key.
  const wordNumber = new Int32Array(idf.length).fill(-1);
  let knownWords = 0;
  for (const [key, id] of featureId) {
    if (!key.startsWith('w:')) continue;
    wordNumber[id] = knownWords;
    knownWords += 1;
  }
  const pairKey = (firstId: number, secondId: number) =>
    (wordNumber[firstId] ?? 0) * knownWords + (wordNumber[secondId] ?? 0);
  const pairIds = new Map<number, number>();
  for (const [key, id] of featureId) {
    if (!key.startsWith('b:')) continue;
    const [first, second] = key.slice(2).split(' ');
    const firstId = featureId.get(`w:${first ?? ''}`);
    const secondId = featureId.get(`w:${second ?? ''}`);
    if (firstId !== undefined && secondId !== undefined) pairIds.set(pairKey(firstId, secondId), id);
  }
  const wordFlows: (Int32Array | undefined)[] = idf.map((_, id) => {
    const list = wordFlowLists.get(id);
    return list ? Int32Array.from(list) : undefined;
  });
  // Inverted index: feature id → examples having it, with the example's weight.
  const postingExamples: number[][] = idf.map(() => []);
  const postingWeights: number[][] = idf.map(() => []);
  const exampleNorm2 = new Float64Array(exampleFeatures.length);
  exampleFeatures.forEach((f, index) => {
    let norm2 = 0;
    for (const [key, tf] of f) {
      const id = featureId.get(key) ?? 0;
      const weight = tf * (idf[id] ?? 0);
      norm2 += weight * weight;
      postingExamples[id]?.push(index);
      postingWeights[id]?.push(weight);
    }
    exampleNorm2[index] = norm2;
  });
  // Stored in runs of equal weight: an example's weight for a feature is its count times the feature's idf (and a
  // factor for words outside the topic), so a feature's hundreds of postings take a few values. A run's two products
  // with the message's weight are made once, and the loop over its examples reads their numbers only. The sums come
  // out to the last bit as posting by posting: each example is met once per feature, in the message's order of
  // features, and adds the same products. All features' runs in flat arrays (no object to reach per feature).
  const featureRuns = new Int32Array(idf.length + 1);
  const runs: { weight: number; examples: number[] }[] = [];
  postingExamples.forEach((examples, id) => {
    const byWeight = new Map<number, number[]>();
    examples.forEach((example, k) => {
      const weight = postingWeights[id]?.[k] ?? 0;
      const list = byWeight.get(weight) ?? [];
      list.push(example);
      byWeight.set(weight, list);
    });
    for (const [weight, list] of byWeight) runs.push({ weight, examples: list });
    featureRuns[id + 1] = runs.length;
  });
  const runWeight = Float64Array.from(runs, (run) => run.weight);
  const runEnd = new Int32Array(runs.length);
  const runExamples = new Int32Array(runs.reduce((sum, run) => sum + run.examples.length, 0));
  let postings = 0;
  runs.forEach((run, r) => {
    runExamples.set(run.examples, postings);
    postings += run.examples.length;
    runEnd[r] = postings;
  });
  const exampleNorm = exampleNorm2.map(Math.sqrt);
  const exampleCount = exampleFeatures.length;
  const dot = new Float64Array(exampleCount);
  const covered = new Float64Array(exampleCount);
  const bestConfidence = new Float64Array(flows.length);
  // The flows a message comes near (the first `hitCount`) and their sort keys, kept between messages. A flow is listed
  // once by its examples and at most once more by its cue and ask (when its confidence rounded to 0).
  const flowsHit = new Int32Array(flows.length * 2);
  const hitKeys = new Int32Array(flows.length * 2);
  const bestExample = new Int32Array(flows.length);
  const flowWordWeight = new Float64Array(flows.length);
  const flowOrder = new Int32Array(flows.length);
  const flowAtPlace = new Int32Array(flows.length);
  flows
    .map((flow, index) => ({ id: flow.flowId, index }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ index }, place) => {
      flowOrder[index] = place;
      flowAtPlace[place] = index;
    });

  // A message's features, gathered without building a map of strings: a word's features (the word, its character
  // trigrams) are looked up once and remembered as marks (`WordFeatures`); features are listed in the order first met
  // (the sums come out the same as the examples' map of features), with their weight so far. Features the examples
  // lack are listed with id -1.
  const wordCache = new Map<string, WordFeatures>();
  const WORD_CACHE_LIMIT = 20_000;
  /** Two places in the word cache under this make one small integer (a message may add its words past the limit). */
  const PAIR_SERIALS = 32_768;
  const knownFeatures = idf.length;
  /** Keys of the words and trigrams the examples lack, met in the cached words → their number (from 0). */
  const unknownMarks = new Map<string, number>();
  const markOf = (key: string): number => {
    const id = featureId.get(key);
    if (id !== undefined) return id;
    let unknown = unknownMarks.get(key);
    if (unknown === undefined) {
      unknown = unknownMarks.size;
      unknownMarks.set(key, unknown);
    }
    return knownFeatures + unknown;
  };
  const wordFeatures = (word: string): WordFeatures => {
    let known = wordCache.get(word);
    if (known) return known;
    const padded = `^${word}$`;
    const trigramMarks = new Int32Array(Math.max(0, padded.length - 2));
    for (let k = 0; k + 3 <= padded.length; k += 1) trigramMarks[k] = markOf(`c:${padded.slice(k, k + 3)}`);
    known = { wordMark: markOf(`w:${word}`), trigramMarks, serial: wordCache.size };
    wordCache.set(word, known);
    return known;
  };
  /** Mark → its place in the message's list + 1 (0: not yet), grown as words the examples lack are cached. */
  let slotOf = new Int32Array(knownFeatures + 1024);
  // The message's features (the first `featureCount`): typed arrays kept from one message to the next, grown when a
  // message needs more. Each one's mark, -1 for a pair the examples lack (`pairSlots`).
  let messageIds = new Int32Array(256);
  let messageTf = new Float64Array(256);
  let messageIsWord = new Uint8Array(256);
  let messageMarks = new Int32Array(256);
  let featureCount = 0;
  const listFeature = (id: number, mark: number, weight: number, isWord: boolean) => {
    if (featureCount === messageIds.length) {
      const size = featureCount * 2;
      const ids = new Int32Array(size);
      const tf = new Float64Array(size);
      const isWords = new Uint8Array(size);
      const marks = new Int32Array(size);
      ids.set(messageIds);
      tf.set(messageTf);
      isWords.set(messageIsWord);
      marks.set(messageMarks);
      messageIds = ids;
      messageTf = tf;
      messageIsWord = isWords;
      messageMarks = marks;
    }
    messageIds[featureCount] = id;
    messageTf[featureCount] = weight;
    messageIsWord[featureCount] = isWord ? 1 : 0;
    messageMarks[featureCount] = mark;
    featureCount += 1;
  };
  /** Adds a word's or a trigram's weight to the message's list, by its mark. */
  const addMarked = (mark: number, weight: number, isWord: boolean) => {
    const slot = (slotOf[mark] ?? 0) - 1;
    if (slot >= 0) {
      messageTf[slot] = (messageTf[slot] ?? 0) + weight;
      return;
    }
    slotOf[mark] = featureCount + 1;
    listFeature(mark < knownFeatures ? mark : -1, mark, weight, isWord);
  };
  // Pairs of words the examples lack, by the number their words' places in the word cache make: this message's
  // places in the list, in an open-addressing table whose entries are this message's when stamped so (no table is
  // made or emptied per message). A pair of words placed past `PAIR_SERIALS` is keyed by its words (`stringPairs`).
  let pairKeys = new Int32Array(1024);
  let pairSlots = new Int32Array(1024);
  let pairStamps = new Int32Array(1024);
  let pairStamp = 0;
  const stringPairs = new Map<string, number>();
  const pairEntry = (key: number): number => {
    const mask = pairKeys.length - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
    while (pairStamps[at] === pairStamp && pairKeys[at] !== key) at = (at + 1) & mask;
    return at;
  };
  /** Adds an unknown pair's weight to the message's list. */
  const addUnknownPair = (key: number | string, weight: number) => {
    const at = typeof key === 'number' ? pairEntry(key) : -1;
    const slot =
      at >= 0 ? (pairStamps[at] === pairStamp ? (pairSlots[at] ?? -1) : -1) : (stringPairs.get(key as string) ?? -1);
    if (slot >= 0) {
      messageTf[slot] = (messageTf[slot] ?? 0) + weight;
      return;
    }
    if (at >= 0) {
      pairStamps[at] = pairStamp;
      pairKeys[at] = key as number;
      pairSlots[at] = featureCount;
    } else stringPairs.set(key as string, featureCount);
    listFeature(-1, -1, weight, false);
  };
  const gatherFeatures = (tokens: readonly Token[]) => {
    featureCount = 0;
    // Only between messages: the places of one message's words in the cache stay theirs while it is read.
    if (wordCache.size >= WORD_CACHE_LIMIT) {
      wordCache.clear();
      unknownMarks.clear();
    }
    // A message has fewer unknown pairs than words: the table stays at most a quarter full.
    if (pairKeys.length < tokens.length * 4) {
      let size = pairKeys.length;
      while (size < tokens.length * 4) size *= 2;
      pairKeys = new Int32Array(size);
      pairSlots = new Int32Array(size);
      pairStamps = new Int32Array(size);
      pairStamp = 0;
    }
    pairStamp += 1;
    if (pairStamp >= 0x7fffffff) {
      pairStamps.fill(0);
      pairStamp = 1;
    }
    if (stringPairs.size > 0) stringPairs.clear();
    // Room for every mark this message's words may add to the cache: a word's and one a letter (its trigrams).
    let marks = knownFeatures + unknownMarks.size;
    for (let i = 0; i < tokens.length; i += 1) marks += (tokens[i] as Token).word.length + 1;
    if (slotOf.length < marks) {
      const grown = new Int32Array(marks * 2);
      grown.set(slotOf);
      slotOf = grown;
    }
    let current = tokens[0] ? wordFeatures(tokens[0].word) : undefined;
    for (let i = 0; i < tokens.length && current; i += 1) {
      const token = tokens[i] as Token;
      const factor = token.topical === false ? NOT_TOPIC_FACTOR : 1;
      addMarked(current.wordMark, WORD_WEIGHT * factor, true);
      const next = tokens[i + 1];
      const nextFeatures = next ? wordFeatures(next.word) : undefined;
      if (next !== undefined && nextFeatures !== undefined) {
        const pairFactor = next.topical === false && token.topical === false ? NOT_TOPIC_FACTOR : 1;
        // A pair of the examples has two known words: any other pair is unknown (its key only tells repeats apart).
        const currentId = current.wordMark < knownFeatures ? current.wordMark : -1;
        const nextId = nextFeatures.wordMark < knownFeatures ? nextFeatures.wordMark : -1;
        const pairId = currentId >= 0 && nextId >= 0 ? (pairIds.get(pairKey(currentId, nextId)) ?? -1) : -1;
        if (pairId >= 0) addMarked(pairId, PAIR_WEIGHT * pairFactor, false);
        else
          addUnknownPair(
            current.serial < PAIR_SERIALS && nextFeatures.serial < PAIR_SERIALS
              ? current.serial * PAIR_SERIALS + nextFeatures.serial
              : `b:${token.word} ${next.word}`,
            PAIR_WEIGHT * pairFactor,
          );
      }
      const { trigramMarks } = current;
      for (let k = 0; k < trigramMarks.length; k += 1) addMarked(trigramMarks[k] ?? 0, TRIGRAM_WEIGHT * factor, false);
      current = nextFeatures;
    }
    for (let m = 0; m < featureCount; m += 1) {
      const mark = messageMarks[m] ?? -1;
      if (mark >= 0) slotOf[mark] = 0;
    }
  };

  // The phrases a message's words hold are asked for several times per message (its asks, its cues for the asks, the
  // cues again for the router): found once per analysed message, and remembered for its words only.
  // Kept in a slot per thing looked for (a phrase index's, its shadowed phrases', `CUE_FLOWS`); a lookup inside
  // another reads the same words.
  let rememberedFor: readonly Token[] | undefined;
  const rememberedLists: (readonly number[] | undefined)[] = [];
  /** What was found under `slot` in these tokens, if it was looked for (another message's lists are forgotten). */
  const recalled = (tokens: readonly Token[], slot: number): readonly number[] | undefined => {
    if (rememberedFor !== tokens) {
      rememberedFor = tokens;
      rememberedLists.fill(undefined);
    }
    return rememberedLists[slot];
  };
  const remember = (slot: number, found: readonly number[]): readonly number[] => {
    rememberedLists[slot] = found;
    return found;
  };
  let slots = 0;
  const CUE_FLOWS = slots++;

  // Asks (set once the phrase lists below are read): flows listing any, and the flows a message's asks name.
  const flowAsks: boolean[] = flows.map(() => false);
  let heldAsks: (tokens: readonly Token[]) => readonly number[] = () => [];
  let heldCues: (tokens: readonly Token[]) => readonly number[] = () => [];
  // Each flow's first example: what a flow offered on its cue and ask alone is shown "like".
  const firstExample = flows.map((_, flowIndex) => Math.max(0, exampleFlow.indexOf(flowIndex)));

  function match(text: string, options?: AnalyseOptions): IntentMatch {
    const analysis = analyse(text, options);
    gatherFeatures(analysis.tokens);
    // Each posting adds to its example's sums without a branch; the examples are then read in their order, those the
    // message touched reset (a read of every example costs less than telling the touched ones apart at each posting).
    let messageNorm2 = 0;
    // How much of the message's words a flow's examples use, all together.
    let messageWords2 = 0;
    let messageWords = 0;
    for (let m = 0; m < featureCount; m += 1) {
      const id = messageIds[m] ?? -1;
      const tf = messageTf[m] ?? 0;
      const weight = tf * (id < 0 ? unknownIdf : (idf[id] ?? 0));
      messageNorm2 += weight * weight;
      if (messageIsWord[m] === 1) {
        messageWords += 1;
        messageWords2 += weight * weight;
        const usedBy = id < 0 ? undefined : wordFlows[id];
        if (usedBy) {
          for (let k = 0; k < usedBy.length; k += 1) {
            const flowIndex = usedBy[k] as number;
            flowWordWeight[flowIndex] = (flowWordWeight[flowIndex] as number) + weight * weight;
          }
        }
      }
      if (id < 0) continue;
      const lastRun = featureRuns[id + 1] as number;
      let r = featureRuns[id] as number;
      let k = r > 0 ? (runEnd[r - 1] as number) : 0;
      for (; r < lastRun; r += 1) {
        const exampleWeight = runWeight[r] as number;
        const toDot = weight * exampleWeight;
        const toCovered = Math.min(weight, exampleWeight) * exampleWeight;
        const end = runEnd[r] as number;
        for (; k < end; k += 1) {
          const example = runExamples[k] as number;
          dot[example] = (dot[example] as number) + toDot;
          covered[example] = (covered[example] as number) + toCovered;
        }
      }
    }
    let hitCount = 0;
    const messageNorm = Math.sqrt(messageNorm2);
    // Among a flow's examples equally near, the first listed stands for it.
    for (let index = 0; index < exampleCount; index += 1) {
      const d = dot[index] as number;
      if (d === 0) continue;
      const c = covered[index] ?? 0;
      dot[index] = 0;
      covered[index] = 0;
      const norm = exampleNorm[index] ?? 0;
      if (d <= 0 || norm <= 0 || messageNorm <= 0) continue;
      const cosine = d / (messageNorm * norm);
      const coverage = c / (norm * norm);
      const alike = Math.min(1, COSINE_SHARE * cosine + (1 - COSINE_SHARE) * coverage);
      const confidence = exampleNegated[index] === analysis.negated ? alike : alike * NEGATION_MISMATCH;
      const flowIndex = exampleFlow[index] ?? 0;
      const current = bestConfidence[flowIndex] ?? 0;
      if (current === 0) {
        flowsHit[hitCount] = flowIndex;
        hitCount += 1;
      }
      if (confidence > current) {
        bestConfidence[flowIndex] = confidence;
        bestExample[flowIndex] = index;
      }
    }
    const together = messageWords >= TOGETHER_MIN_WORDS && messageWords2 > 0;
    for (let h = 0; h < hitCount; h += 1) {
      const flowIndex = flowsHit[h] ?? 0;
      const share = together ? (flowWordWeight[flowIndex] ?? 0) / messageWords2 : 0;
      const confidence = Math.max(bestConfidence[flowIndex] ?? 0, FLOW_SHARE * share);
      bestConfidence[flowIndex] = Math.round(confidence * 1000) / 1000;
    }
    for (let m = 0; m < featureCount; m += 1) {
      const id = messageIds[m] ?? -1;
      const usedBy = id >= 0 && messageIsWord[m] === 1 ? wordFlows[id] : undefined;
      if (usedBy) for (let k = 0; k < usedBy.length; k += 1) flowWordWeight[usedBy[k] ?? 0] = 0;
    }
    // A message turning a wish around asks nothing of a flow that grants it ("không muốn nhận tin tức của tỉnh" is no
    // wish to subscribe): only flows whose examples are mostly negated keep their asks there.
    const asked = heldAsks(analysis.tokens).filter((flowIndex) => !analysis.negated || flowNegated[flowIndex] === true);
    if (asked.length > 0) {
      // What a flow is about (its cue: "hồ sơ") and what is asked of it ("đang bị treo") together make it worth
      // offering, however many other words the message holds ("cái hồ sơ cấp giấy chứng nhận … đang bị treo").
      for (const flowIndex of heldCues(analysis.tokens)) {
        if (!asked.includes(flowIndex) || (bestConfidence[flowIndex] ?? 0) >= ASKED_FLOW_HELD) continue;
        if ((bestConfidence[flowIndex] ?? 0) === 0) {
          flowsHit[hitCount] = flowIndex;
          hitCount += 1;
          bestExample[flowIndex] = firstExample[flowIndex] ?? 0;
        }
        bestConfidence[flowIndex] = ASKED_FLOW_HELD - ASK_BONUS;
      }
      for (let h = 0; h < hitCount; h += 1) {
        const flowIndex = flowsHit[h] ?? 0;
        const confidence = bestConfidence[flowIndex] ?? 0;
        const adjusted = asked.includes(flowIndex)
          ? Math.min(1, confidence + ASK_BONUS)
          : flowAsks[flowIndex] === true
            ? confidence * ASK_MISMATCH
            : confidence;
        bestConfidence[flowIndex] = Math.round(adjusted * 1000) / 1000;
      }
      // What a message asks outweighs what it is about: a flow whose asks it holds, close enough to be offered, is
      // never passed by one that lists asks and none of them ("hs khai sinh chưa trả" names a birth registration, a
      // procedure's example, and asks how a dossier is doing): at worst both are offered.
      let askedBest = 0;
      for (const flowIndex of asked) askedBest = Math.max(askedBest, bestConfidence[flowIndex] ?? 0);
      if (askedBest >= ASKED_FLOW_HELD) {
        for (let h = 0; h < hitCount; h += 1) {
          const flowIndex = flowsHit[h] ?? 0;
          if (
            flowAsks[flowIndex] === true &&
            !asked.includes(flowIndex) &&
            (bestConfidence[flowIndex] ?? 0) > askedBest
          )
            bestConfidence[flowIndex] = askedBest;
        }
      }
    }
    // Best first; among equals by flow id (`flowOrder`: each flow's place among the ids sorted). Confidences have
    // three decimals: each flow hit is one integer key (confidence in thousandths, then its place reversed), and the
    // keys are sorted as numbers, without a comparator (a message touches most flows of a large release).
    const places = flows.length + 1;
    for (let h = 0; h < hitCount; h += 1) {
      const flowIndex = flowsHit[h] ?? 0;
      hitKeys[h] =
        Math.round((bestConfidence[flowIndex] ?? 0) * 1000) * places + (flows.length - (flowOrder[flowIndex] ?? 0));
    }
    const keys = hitKeys.subarray(0, hitCount).sort();
    // Only the flows that can matter are listed (`RankedIntents`): with a large release most flows hit are far.
    const near: RankedIntent[] = [];
    for (let h = hitCount - 1; h >= 0; h -= 1) {
      const flowIndex = flowAtPlace[flows.length - ((keys[h] ?? 0) % places)] ?? 0;
      const confidence = bestConfidence[flowIndex] ?? 0;
      if (near.length >= RANKED_AT_LEAST && confidence < RANKED_FLOOR) break;
      near.push({
        flowId: flows[flowIndex]?.flowId ?? '',
        confidence,
        example: exampleText[bestExample[flowIndex] ?? 0] ?? '',
      });
    }
    const thousandths = new Array<number>(flows.length).fill(0);
    for (let h = 0; h < hitCount; h += 1) {
      const flowIndex = flowsHit[h] ?? 0;
      thousandths[flowIndex] = Math.round((bestConfidence[flowIndex] ?? 0) * 1000);
      bestConfidence[flowIndex] = 0;
    }
    return {
      analysis,
      ranked: new MatchRanking(near, thousandths, flowIndexesOf),
      asked: asked.map((flowIndex) => flows[flowIndex]?.flowId ?? ''),
    };
  }

  /** Words (after filler) from which a message is a sentence telling something, where one hint counts as a cue. */
  const LONG_MESSAGE_WORDS = 6;
  /** Words (after filler; numbers aside) from which a sentence that fits nothing is a statement (`statements`). */
  const STATEMENT_WORDS = 8;
  const wordCount = (tokens: readonly Token[]) => tokens.filter((t) => HAS_LETTER.test(t.word)).length;
  // Phrases of the cue, hint and ask lists are read like messages (synonyms replaced), so a cue written "hồ sơ" also
  // meets "hs". Each list is indexed by first word (a cue covering an ask is looked for around it) and as a trie of
  // folded words, walked from each word of a message: a common first word ("có", "bao") then costs one step, not a
  // try of each of its dozens of phrases.
  const phraseIndex = (list: readonly { phrase: string; flowIds: string[] }[]) => {
    const phrases = list.map((entry) => ({ tokens: analyse(entry.phrase).tokens, flowIds: entry.flowIds }));
    const byFirst = new Map<string, number[]>();
    const byWords = new Map<string, PhraseNode>();
    phrases.forEach((phrase, index) => {
      const first = phrase.tokens[0]?.word;
      if (first === undefined) return;
      const indexes = byFirst.get(first) ?? [];
      indexes.push(index);
      byFirst.set(first, indexes);
      let level = byWords;
      let node: PhraseNode | undefined;
      for (const token of phrase.tokens) {
        node = level.get(token.word);
        if (node === undefined) {
          node = { next: new Map(), ends: [] };
          level.set(token.word, node);
        }
        level = node.next;
      }
      node?.ends.push(index);
    });
    // `held`'s answers are remembered in the index's slot, or in this one when shadowed phrases are left out.
    return { phrases, byFirst, byWords, slot: slots++, shadowedSlot: slots++ };
  };
  const cues = phraseIndex(lexicon.cues);
  /** Words a cue may start before an ask it covers (the longest cue's length). */
  const MAX_COVER = Math.max(0, ...cues.phrases.map((phrase) => phrase.tokens.length));
  const hints = phraseIndex(lexicon.hints);
  const asks = phraseIndex(lexicon.asks);
  const flowIndexOf = new Map(flows.map((flow, index) => [flow.flowId, index]));
  const flowIndexesOf = new Map<string, number[]>();
  flows.forEach((flow, index) => flowIndexesOf.set(flow.flowId, [...(flowIndexesOf.get(flow.flowId) ?? []), index]));
  /** Flows (by index) that list asks, and the asks the tokens hold. */
  for (const { flowIds } of asks.phrases) {
    for (const flowId of flowIds) {
      const index = flowIndexOf.get(flowId);
      if (index !== undefined) flowAsks[index] = true;
    }
  }
  const flowCues = new Set(
    cues.phrases.flatMap((phrase) => phrase.flowIds.map((flowId) => flowIndexOf.get(flowId) ?? -1)),
  );
  heldCues = (tokens) => {
    const known = recalled(tokens, CUE_FLOWS);
    if (known !== undefined) return known;
    const found: number[] = [];
    for (const p of held(cues, tokens)) {
      for (const flowId of cues.phrases[p]?.flowIds ?? []) {
        const index = flowIndexOf.get(flowId);
        if (index !== undefined && !found.includes(index)) found.push(index);
      }
    }
    return remember(CUE_FLOWS, found);
  };
  heldAsks = (tokens) => {
    const asksHeld = held(asks, tokens, true);
    // Most messages ask nothing of any flow.
    if (asksHeld.length === 0) return [];
    const found: number[] = [];
    const count = new Map<number, number>();
    let cuedFlows: readonly number[] | undefined;
    for (const p of asksHeld) {
      let indexes = (asks.phrases[p]?.flowIds ?? [])
        .map((flowId) => flowIndexOf.get(flowId))
        .filter((index) => index !== undefined);
      // An ask several flows share goes to those whose cue the message holds, if any (and to those listing no
      // cues): "có kết quả chưa" asks of a dossier or of a report, "cái phản ánh … có kết quả chưa" of a report.
      if (indexes.length > 1) {
        const cuedNow = (cuedFlows ??= heldCues(tokens));
        if (indexes.some((index) => cuedNow.includes(index)))
          indexes = indexes.filter((index) => cuedNow.includes(index) || !flowCues.has(index));
      }
      for (const index of indexes) {
        if (!found.includes(index)) found.push(index);
        count.set(index, (count.get(index) ?? 0) + 1);
      }
    }
    // The flow asked most first ("khi nào … có kết quả thì nhắn tôi" asks when, and to be told: told); among equals
    // in the order found (a stable sort, as `Array.prototype.sort` is).
    for (let i = 1; i < found.length; i += 1) {
      const index = found[i] as number;
      const times = count.get(index) ?? 0;
      let j = i - 1;
      for (; j >= 0 && (count.get(found[j] as number) ?? 0) < times; j -= 1) found[j + 1] = found[j] as number;
      found[j + 1] = index;
    }
    return found;
  };
  // Folded, many syllables are one ("vỡ" and "vô", "cống" and "công"): a word typed with its marks meets a cue only
  // with the same marks; one typed without them (or corrected) meets any.
  const sameWord = (typed: Token | undefined, cue: Token) =>
    typed !== undefined &&
    typed.word === cue.word &&
    (typed.surface === typed.word || typed.surface === cue.surface || sameButHoiNga(typed.surface, cue.surface));
  /** Whether the phrase of the index is written at `i` of the tokens. */
  const isAt = (index: typeof cues, p: number, tokens: readonly Token[], i: number): boolean => {
    const phrase = index.phrases[p]?.tokens ?? [];
    for (let k = 0; k < phrase.length; k += 1) if (!sameWord(tokens[i + k], phrase[k] as Token)) return false;
    return true;
  };
  /**
   * Whether a longer cue of flows the phrase does not belong to covers the words at `i` to `i + length`: "tình trạng"
   * asks how a dossier is doing, but inside "tình trạng hôn nhân" (a procedure's subject) it asks nothing.
   */
  const coveredByCue = (tokens: readonly Token[], i: number, length: number, flowIds: readonly string[]): boolean => {
    for (let start = Math.max(0, i - MAX_COVER); start <= i; start += 1) {
      for (const p of cues.byFirst.get(tokens[start]?.word ?? '') ?? []) {
        const cue = cues.phrases[p];
        if (cue === undefined || cue.tokens.length <= length || start + cue.tokens.length < i + length) continue;
        if (cue.flowIds.some((flowId) => flowIds.includes(flowId))) continue;
        if (isAt(cues, p, tokens, start)) return true;
      }
    }
    return false;
  };
  /**
   * The phrases of the index the tokens hold, in the list's order; `shadowed`: not those inside a longer cue of other
   * flows (`coveredByCue`).
   */
  const held = (index: typeof cues, tokens: readonly Token[], shadowed = false): readonly number[] => {
    const slot = shadowed ? index.shadowedSlot : index.slot;
    return recalled(tokens, slot) ?? remember(slot, heldNow(index, tokens, shadowed));
  };
  const heldNow = (index: typeof cues, tokens: readonly Token[], shadowed: boolean): number[] => {
    let found: number[] = [];
    const spans: { p: number; start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      // The phrases whose folded words are those from `i`, shortest first (their marks are checked by `isAt`).
      let node = index.byWords.get((tokens[i] as Token).word);
      for (let k = i + 1; node !== undefined; k += 1) {
        for (const p of node.ends) {
          if (found.includes(p) || !isAt(index, p, tokens, i)) continue;
          const phrase = index.phrases[p];
          if (shadowed && phrase && coveredByCue(tokens, i, phrase.tokens.length, phrase.flowIds)) continue;
          found.push(p);
          if (shadowed && phrase) spans.push({ p, start: i, end: i + phrase.tokens.length });
        }
        const next = tokens[k];
        node = next === undefined ? undefined : node.next.get(next.word);
      }
    }
    // Nor those inside a longer phrase of the same list held for other flows: "thay đổi trạng thái" asks to be told,
    // its "trạng thái" asks of no dossier's status.
    if (spans.length > 1) {
      const inside = (a: (typeof spans)[number]) =>
        spans.some(
          (b) =>
            b.end - b.start > a.end - a.start &&
            b.start <= a.start &&
            b.end >= a.end &&
            !(index.phrases[b.p]?.flowIds ?? []).some((flowId) => index.phrases[a.p]?.flowIds.includes(flowId)),
        );
      found = found.filter((p) => !spans.some((a) => a.p === p && inside(a)));
    }
    return sortAscending(found);
  };
  function cued(analysis: Analysis): string[] {
    const tokens = analysis.tokens;
    const hits = new Map<string, number>();
    const count = (flowIds: readonly string[], weight: number) => {
      for (const flowId of flowIds) hits.set(flowId, (hits.get(flowId) ?? 0) + weight);
    };
    for (const p of held(cues, tokens)) count(cues.phrases[p]?.flowIds ?? [], 1);
    // A long sentence that fits nothing else is rarely small talk: one hint is enough there.
    const hintWeight = tokens.length >= LONG_MESSAGE_WORDS ? 1 : 0.5;
    for (const p of held(hints, tokens)) count(hints.phrases[p]?.flowIds ?? [], hintWeight);
    const found = [...hits.entries()]
      .filter(([, weight]) => weight >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([flowId]) => flowId);
    // A long sentence telling something, with no cue at all: a citizen telling what happened.
    if (found.length === 0 && !analysis.question && wordCount(tokens) >= STATEMENT_WORDS)
      return [...lexicon.statements];
    return found;
  }

  return {
    match,
    cued,
    cuesHeld: (analysis) => heldCues(analysis.tokens).map((index) => flows[index]?.flowId ?? ''),
    cuesOutsideOffTopic: (analysis) => {
      const tokens = analysis.tokens;
      // Words of an off-topic phrase, split or not by words naming no subject, as `analyse` finds it.
      const inside = offTopicWords(lexicon.offTopic, tokens);
      const found: string[] = [];
      for (let i = 0; i < tokens.length; i += 1) {
        for (const p of cues.byFirst.get(tokens[i]?.word ?? '') ?? []) {
          const cue = cues.phrases[p];
          if (cue === undefined || !isAt(cues, p, tokens, i)) continue;
          let covered = true;
          for (let k = i; k < i + cue.tokens.length && covered; k += 1) covered = inside[k] === 1;
          if (covered) continue;
          for (const flowId of cue.flowIds) if (flowIndexOf.has(flowId) && !found.includes(flowId)) found.push(flowId);
        }
      }
      // In the order of `cuesHeld`.
      return heldCues(tokens)
        .map((index) => flows[index]?.flowId ?? '')
        .filter((flowId) => found.includes(flowId));
    },
    turnsAround: (flowId) => flowNegated[flowIndexOf.get(flowId) ?? -1] === true,
    listsAsks: (flowId) => flowAsks[flowIndexOf.get(flowId) ?? -1] === true,
    takesStatements: (flowId) => lexicon.statements.includes(flowId),
    analyse,
    flowIds: () => flows.map((f) => f.flowId),
    topicKnown: (analysis) => {
      const topic = analysis.tokens.filter((t) => t.topical !== false && HAS_LETTER.test(t.word));
      return topic.length < UNKNOWN_TOPIC_WORDS || topic.some((t) => vocabulary.has(t.word));
    },
  };
}

/** Where a message goes: one flow, a question between a few, or nowhere. */
export type IntentDecision =
  { kind: 'route'; flowId: string; confidence: number } | { kind: 'ask'; flowIds: string[] } | { kind: 'none' };

export interface IntentThresholds {
  /** At least this confident and clearly ahead: the flow starts. */
  route: number;
  /** Flows at least this confident may be offered in a "did you mean". */
  suggest: number;
  /** The best must lead the next by this much to start without asking. */
  margin: number;
  /** At most this many flows offered. */
  maxChoices: number;
}

/** A "did you mean" offering one flow also offers the next one from this confidence. */
const RUNNER_UP = 0.3;

/** A confidence this high means the message is one of the flow's examples. */
const EXACT = 0.99;

/** A confidence this high means the message is one of the flow's examples (once folded, corrected, synonyms replaced). */
export const ONE_OF_ITS_EXAMPLES = 0.99;

export const DEFAULT_INTENT_THRESHOLDS: IntentThresholds = { route: 0.55, suggest: 0.42, margin: 0.08, maxChoices: 3 };

/** Decides from ranked intents (only flows in `offerable` may be offered as choices). */
export function decideIntent(
  ranked: readonly RankedIntent[],
  offerable: (flowId: string) => boolean,
  thresholds: IntentThresholds = DEFAULT_INTENT_THRESHOLDS,
): IntentDecision {
  const [top, second] = ranked;
  if (!top || top.confidence < thresholds.suggest) return { kind: 'none' };
  // An example met exactly (once folded, corrected and its synonyms replaced) is the strongest evidence there is.
  const exact = top.confidence >= EXACT && (!second || second.confidence < EXACT);
  const clearlyAhead = exact || !second || top.confidence - second.confidence >= thresholds.margin;
  if (top.confidence >= thresholds.route && clearlyAhead) {
    return { kind: 'route', flowId: top.flowId, confidence: top.confidence };
  }
  const close = ranked
    .filter((r) => r.confidence >= thresholds.suggest && top.confidence - r.confidence < thresholds.margin * 2)
    .filter((r) => offerable(r.flowId))
    .slice(0, thresholds.maxChoices)
    .map((r) => r.flowId);
  // A question with one choice is a yes or no: the runner-up, if near enough, is offered beside it.
  const runnerUp = ranked.find((r) => !close.includes(r.flowId) && offerable(r.flowId));
  if (close.length === 1 && runnerUp && runnerUp.confidence >= RUNNER_UP) close.push(runnerUp.flowId);
  if (close.length === 0) {
    return top.confidence >= thresholds.route
      ? { kind: 'route', flowId: top.flowId, confidence: top.confidence }
      : { kind: 'none' };
  }
  return { kind: 'ask', flowIds: close };
}
