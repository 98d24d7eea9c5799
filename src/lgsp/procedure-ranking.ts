import { FUZZY_MIN_LENGTH, foldTelex, foldText, withinOneEdit } from '../conversation/index.js';
import type { ProcedureSummary } from './model.js';

/**
 * Ranking of procedures against what a citizen typed, on the local copy of the LGSP's catalogue. Names and fields are
 * folded (no diacritics, lower case) and split into words; a query word or word pair scores by its rarity in the
 * catalogue (BM25: a word few procedures have says more than "đăng ký", which many have) and by how short the name is.
 * Words the catalogue does not have score nothing, so a courtesy word left in the message never hides a match; the
 * admins' synonyms add the phrases a catalogue uses for a citizen's words ("sổ đỏ" → "giấy chứng nhận quyền sử dụng
 * đất"), and a word of five letters or more that the catalogue lacks may be one typo away from one it has.
 */

/** The word lists the search reads (`words:procedure_search.*`), every language together. */
export interface ProcedureSearchWords {
  /** Entries "phrase: variant, variant": each phrase of an entry stands for the others. */
  synonyms: readonly string[];
  /** Words and phrases that say nothing about which procedure ("thủ tục", "cần giấy tờ gì", "cho em"). */
  filler: readonly string[];
  /**
   * The same in the languages other than the catalogue's (English: "to", "the", "can"): their words are no Vietnamese
   * words typed without marks, so they take out only words typed without marks ("to" is not the "tố" of "yếu tố",
   * "the" not "thẻ").
   */
  otherLanguageFiller?: readonly string[];
  /**
   * Phrases that make a procedure a variation of another ("cấp lại", "thay đổi", "chấm dứt"): a name holding one the
   * citizen did not ask for ranks below the plain procedure ("đăng ký hộ kinh doanh" is the registration first).
   */
  variations: readonly string[];
}

export interface RankedProcedure {
  procedure: ProcedureSummary;
  score: number;
}

export interface ProcedureIndex {
  readonly size: number;
  /** The procedures that match, best first: those scoring at least `RELATIVE_CUTOFF` of the best one. */
  rank(query: string, words: PreparedSearchWords): RankedProcedure[];
}

/** Word lists parsed (folded phrases as word arrays; a synonym entry's first phrase with its marks too). */
export interface PreparedSearchWords {
  synonyms: Array<{ canonical: Word[]; variants: Word[][] }>;
  filler: Word[][];
  variations: Word[][];
  /** The filler phrases by their first folded word, and each synonym variant with its entry's canonical phrase. */
  fillerByFirst: Map<string, Word[][]>;
  synonymsByFirst: Map<string, Array<{ canonical: Word[]; variant: Word[] }>>;
}

/** A word folded (for matching) and as written in lower case with its marks (to tell "đổi" from "đối"). */
export interface Word {
  folded: string;
  marked: string;
  /** Written as meant: it matches the same marks in full, a folded twin only in part ("lai" is not "lại"). */
  exact?: boolean;
}

// BM25 constants: k1 saturates repeated words; b, how much a long name is penalised (names are short; kept mild).
const K1 = 1.2;
const B = 0.5;
/** A field's words count for this much of a name's ("Hộ tịch" says less about a procedure than its name). */
const FIELD_WEIGHT = 0.4;
/** A word typed with marks counts for this much in a name that has it with other marks (or none). */
const MARKS_MISMATCH_WEIGHT = 0.5;
/** The best procedure must score this much to be an answer at all (about one rare word matched in full). */
export const MIN_SCORE = 2.5;
/** A word one typo away counts for this much. */
const TYPO_WEIGHT = 0.7;
/** Procedures scoring less than this share of the best one are not shown (weak, accidental overlaps). */
export const RELATIVE_CUTOFF = 0.6;
/** A procedure whose name holds a variation the citizen did not ask for ("cấp lại") keeps this share of its score. */
const UNASKED_VARIATION_WEIGHT = 0.8;

/** Folded words of a text: `foldText`, then the dots, hyphens and # it keeps are separators too. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .split(/[\s.#-]+/)
    .filter((w) => w.length > 0);
}

/** The words of a text, each folded and as written (lower case, NFC). */
export function splitWords(text: string): Word[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .flatMap((marked) => {
      const folded = foldWords(marked);
      return folded.length === 1
        ? [{ folded: folded[0] as string, marked }]
        : folded.map((f) => ({ folded: f, marked: f }));
    });
}

/** Parses the word lists: malformed synonym entries (no ":") are ignored. */
export function prepareSearchWords(words: ProcedureSearchWords): PreparedSearchWords {
  const synonyms: PreparedSearchWords['synonyms'] = [];
  for (const entry of words.synonyms) {
    const colon = entry.indexOf(':');
    if (colon <= 0) continue;
    const canonical = splitWords(entry.slice(0, colon));
    const variants = entry
      .slice(colon + 1)
      .split(',')
      .map((phrase) => splitWords(phrase))
      .filter((phrase) => phrase.length > 0);
    if (canonical.length > 0 && variants.length > 0) synonyms.push({ canonical, variants: [canonical, ...variants] });
  }
  const filler = [
    ...words.filler.map((phrase) => splitWords(phrase)),
    ...(words.otherLanguageFiller ?? []).map((phrase) => splitWords(phrase).map((word) => ({ ...word, exact: true }))),
  ].filter((phrase) => phrase.length > 0);
  const fillerByFirst = new Map<string, Word[][]>();
  for (const phrase of filler) {
    const key = (phrase[0] as Word).folded;
    fillerByFirst.set(key, [...(fillerByFirst.get(key) ?? []), phrase]);
  }
  const synonymsByFirst = new Map<string, Array<{ canonical: Word[]; variant: Word[] }>>();
  for (const entry of synonyms) {
    for (const variant of entry.variants) {
      const key = (variant[0] as Word).folded;
      synonymsByFirst.set(key, [...(synonymsByFirst.get(key) ?? []), { canonical: entry.canonical, variant }]);
    }
  }
  const variations = words.variations.map((phrase) => splitWords(phrase)).filter((phrase) => phrase.length > 0);
  return { synonyms, filler, variations, fillerByFirst, synonymsByFirst };
}

interface Posting {
  doc: number;
  tf: number;
}

const pairOf = (a: string, b: string) => `${a} ${b}`;

/**
 * Terms of one text added to `terms` with `weight` (a name's word counts once, however often it repeats): its folded
 * words and adjacent pairs, and, marked `~`, the same as written where marks tell folded twins apart.
 */
function addTerms(terms: Map<string, number>, words: readonly Word[], weight: number, foldedWeight = weight): void {
  const put = (term: string, w: number) => terms.set(term, Math.max(terms.get(term) ?? 0, w));
  const exact = (word: Word) => word.exact === true || word.marked !== word.folded;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    put(word.folded, exact(word) ? foldedWeight : weight);
    if (exact(word)) put(`~${word.marked}`, weight);
    const next = words[i + 1];
    if (next !== undefined) {
      const pairExact = exact(word) || exact(next);
      put(pairOf(word.folded, next.folded), pairExact ? foldedWeight : weight);
      if (pairExact) put(`~${pairOf(word.marked, next.marked)}`, weight);
    }
  }
}

const asExact = (words: readonly Word[]): Word[] => words.map((w) => ({ ...w, exact: true }));

/** The words of `words` outside filler phrases (longest first). */
function withoutFiller(words: readonly Word[], filler: ReadonlyMap<string, readonly (readonly Word[])[]>): Word[] {
  if (filler.size === 0) return [...words];
  const kept: Word[] = [];
  for (let i = 0; i < words.length;) {
    const length = longestPhraseAt(filler.get((words[i] as Word).folded) ?? [], words, i);
    if (length > 0) {
      i += length;
      continue;
    }
    kept.push(words[i] as Word);
    i += 1;
  }
  // A name made of fillers alone keeps its words.
  return kept.length > 0 ? kept : [...words];
}

/**
 * Builds the index of a catalogue (a few milliseconds for 2,000 procedures). `filler`: the fillers of the word lists,
 * left out of names too ("Thủ tục đăng ký kết hôn" is as long as "Đăng ký kết hôn").
 */
export function createProcedureIndex(
  procedures: readonly ProcedureSummary[],
  filler: ReadonlyMap<string, readonly (readonly Word[])[]> = new Map(),
): ProcedureIndex {
  const postings = new Map<string, Posting[]>();
  const lengths: number[] = [];
  const names: Word[][] = [];
  const codes = new Map<string, number>();
  procedures.forEach((procedure, doc) => {
    // Names are written as meant: every word is indexed folded and as written.
    const name = asExact(withoutFiller(splitWords(procedure.name), filler));
    const field = asExact(withoutFiller(splitWords(procedure.fieldName), filler));
    const terms = new Map<string, number>();
    addTerms(terms, name, 1);
    const fieldTerms = new Map<string, number>();
    addTerms(fieldTerms, field, FIELD_WEIGHT);
    for (const [term, tf] of fieldTerms) terms.set(term, (terms.get(term) ?? 0) + tf);
    for (const [term, tf] of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, tf });
    }
    lengths.push(name.length + FIELD_WEIGHT * field.length);
    names.push(name);
    codes.set(procedure.code.toLowerCase(), doc);
  });
  const count = procedures.length;
  const averageLength = count === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / count;
  const vocabulary = [...postings.keys()].filter((term) => !term.includes(' ') && !term.startsWith('~'));
  const vocabularySet = new Set(vocabulary);

  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };

  /** The known words one typo away from `word` (at most two), for a word the catalogue lacks. */
  function nearWords(word: string): string[] {
    if (word.length < FUZZY_MIN_LENGTH) return [];
    const near: string[] = [];
    for (const known of vocabulary) {
      if (known.length >= FUZZY_MIN_LENGTH - 1 && withinOneEdit(word, known)) near.push(known);
      if (near.length === 2) break;
    }
    return near;
  }

  /** The query's terms and their weights: the citizen's words (fillers out), synonyms, typos. */
  function queryTerms(query: string, words: PreparedSearchWords): Map<string, number> {
    let tokens = splitWords(query).map((word) => {
      if (vocabularySet.has(word.folded)) return word;
      // Telex left unconverted ("cuws") folds to a known word.
      const telex = foldTelex(word.folded);
      return vocabularySet.has(telex) ? { folded: telex, marked: telex } : word;
    });
    // A message typed with marks is written as meant, its unmarked words too ("giáp lai" is not "cấp lại").
    if (tokens.some((t) => t.marked !== t.folded)) tokens = asExact(tokens);
    const terms = new Map<string, number>();
    const add = (segment: readonly Word[], weight: number) => {
      // A word typed with its marks counts in full for the same marks, half for a folded twin ("đổi", "đối").
      const local = new Map<string, number>();
      addTerms(local, segment, weight, weight * MARKS_MISMATCH_WEIGHT);
      for (const [term, w] of local) terms.set(term, Math.max(terms.get(term) ?? 0, w));
    };
    let segment: Word[] = [];
    const flush = () => {
      if (segment.length > 0) add(segment, 1);
      segment = [];
    };
    for (let i = 0; i < tokens.length;) {
      const first = (tokens[i] as Word).folded;
      const fillerLength = longestPhraseAt(words.fillerByFirst.get(first) ?? [], tokens, i);
      let synonymLength = 0;
      let canonical: Word[] | undefined;
      for (const entry of words.synonymsByFirst.get(first) ?? []) {
        const length = longestPhraseAt([entry.variant], tokens, i);
        if (length > synonymLength) {
          synonymLength = length;
          canonical = entry.canonical;
        }
      }
      if (fillerLength > synonymLength) {
        // A filler breaks word pairs: "kết hôn với người nước ngoài" pairs no "hôn người".
        flush();
        i += fillerLength;
        continue;
      }
      if (canonical !== undefined) {
        // The catalogue's phrase in place of the citizen's ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất").
        segment.push(...asExact(canonical));
        i += synonymLength;
        continue;
      }
      segment.push(tokens[i] as Word);
      i += 1;
    }
    flush();
    for (const [term, weight] of [...terms]) {
      if (term.includes(' ') || term.startsWith('~') || postings.has(term)) continue;
      for (const near of nearWords(term)) terms.set(near, Math.max(terms.get(near) ?? 0, weight * TYPO_WEIGHT));
    }
    return terms;
  }

  /** Whether the name of `doc` holds `phrase` (as written: "đổi" is not "đối"). */
  const nameHolds = (doc: number, phrase: readonly Word[]) => {
    const name = names[doc] ?? [];
    for (let i = 0; i + phrase.length <= name.length; i += 1) if (longestPhraseAt([phrase], name, i) > 0) return true;
    return false;
  };

  /** The folded words of the variations the query asks for (every word of the phrase, and its pairs, among its terms). */
  function askedVariationWords(terms: ReadonlyMap<string, number>, words: PreparedSearchWords): Set<string> {
    const found = new Set<string>();
    for (const phrase of words.variations) {
      if (variationAsked(phrase, terms)) for (const word of phrase) found.add(word.folded);
    }
    return found;
  }

  /** Whether the query asks for a variation: its first word and each pair of its words are among the query's terms. */
  function variationAsked(phrase: readonly Word[], terms: ReadonlyMap<string, number>): boolean {
    return phrase.every((word, k) =>
      terms.has(k === 0 ? word.folded : pairOf((phrase[k - 1] as Word).folded, word.folded)),
    );
  }

  /**
   * Scores of the procedures whose names hold a variation the query does not ask for, times the weight; likewise of
   * those whose names lack one it asks for ("căn cước bị mất" asks for the re-issue, not the first card).
   */
  function weighVariations(
    scores: Map<number, number>,
    terms: ReadonlyMap<string, number>,
    words: PreparedSearchWords,
  ) {
    const asked = words.variations.filter((phrase) => variationAsked(phrase, terms));
    const unasked = words.variations.filter((phrase) => !variationAsked(phrase, terms));
    if (words.variations.length === 0) return;
    // Only the procedures that could still be shown are looked at (a common word matches hundreds).
    const floor = Math.max(...scores.values()) * RELATIVE_CUTOFF * UNASKED_VARIATION_WEIGHT;
    for (const [doc, score] of scores) {
      if (score < floor) continue;
      let weighed = score;
      if (unasked.some((phrase) => nameHolds(doc, phrase))) weighed *= UNASKED_VARIATION_WEIGHT;
      if (asked.some((phrase) => !nameHolds(doc, phrase))) weighed *= UNASKED_VARIATION_WEIGHT;
      if (weighed !== score) scores.set(doc, weighed);
    }
  }

  return {
    size: count,
    rank(query, words) {
      if (count === 0) return [];
      const scores = new Map<number, number>();
      const terms = queryTerms(query, words);
      // What the words of the variations asked for ("cấp lại", "yếu tố nước ngoài") score, apart (`refineByVariations`).
      const variationWords = askedVariationWords(terms, words);
      const byVariations = new Map<number, number>();
      for (const [term, weight] of terms) {
        const list = postings.get(term);
        if (!list) continue;
        const termIdf = idf(term);
        const ofVariation = variationWords.size > 0 && isVariationTerm(term, variationWords);
        for (const { doc, tf } of list) {
          const norm = 1 - B + (B * (lengths[doc] ?? averageLength)) / averageLength;
          const gain = (weight * termIdf * (tf * (K1 + 1))) / (tf + K1 * norm);
          if (ofVariation) byVariations.set(doc, (byVariations.get(doc) ?? 0) + gain);
          else scores.set(doc, (scores.get(doc) ?? 0) + gain);
        }
      }
      refineByVariations(scores, byVariations);
      // A procedure code typed as is ("1.001193") is that procedure, whatever else matched.
      for (const word of foldText(query).split(' ')) {
        const doc = codes.get(word);
        if (doc !== undefined) scores.set(doc, Number.MAX_SAFE_INTEGER);
      }
      if (scores.size === 0) return [];
      weighVariations(scores, terms, words);
      const best = Math.max(...scores.values());
      // A few common or half-matching words ("cấp", a folded twin) are no answer.
      if (best < MIN_SCORE) return [];
      return [...scores]
        .filter(([, score]) => score >= best * RELATIVE_CUTOFF)
        .sort(([a, sa], [b, sb]) => sb - sa || (lengths[a] ?? 0) - (lengths[b] ?? 0) || a - b)
        .map(([doc, score]) => ({ procedure: procedures[doc] as ProcedureSummary, score }));
    },
  };
}

/** Whether a query term (a word or a pair, folded or `~` as written) is made of variation words only. */
function isVariationTerm(term: string, variationWords: ReadonlySet<string>): boolean {
  const words = foldWords(term.startsWith('~') ? term.slice(1) : term);
  return words.length > 0 && words.every((word) => variationWords.has(word));
}

/**
 * A variation the citizen asks for says which kind of a procedure, not which procedure ("tôi là người nước ngoài, cần
 * đăng ký tạm trú": temporary residence, not whatever else has a foreign element): its words count for a procedure in
 * proportion to how well the procedure matches the rest of what the citizen named, against the best such match. A
 * procedure matching only the variation ("cấp lại" of a driving licence, for a lost identity card) keeps nothing of it;
 * when the citizen names nothing else ("cấp lại"), the variation counts in full.
 */
function refineByVariations(scores: Map<number, number>, byVariations: ReadonlyMap<number, number>): void {
  if (byVariations.size === 0) return;
  const bestRest = scores.size === 0 ? 0 : Math.max(...scores.values());
  for (const [doc, gain] of byVariations) {
    const rest = scores.get(doc) ?? 0;
    const refined = bestRest > 0 ? rest + (gain * rest) / bestRest : gain;
    if (refined > 0) scores.set(doc, refined);
  }
}

/**
 * Whether a word of a text is a word of a list: folded alike, and with the same marks when both have some ("cần" in
 * a list is not "căn" in a name; "can" typed without marks is either).
 */
function sameWord(text: Word, listed: Word): boolean {
  if (text.folded !== listed.folded) return false;
  // A listed word written as meant without marks (a word of another language) is no word typed with them.
  if (listed.exact === true && listed.marked === listed.folded) return text.marked === text.folded;
  return text.marked === text.folded || listed.marked === listed.folded || text.marked === listed.marked;
}

/** The length of the longest of `phrases` found at word `i` of `words` (0 when none is). */
export function longestPhraseAt(phrases: readonly (readonly Word[])[], words: readonly Word[], i: number): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length <= best || i + phrase.length > words.length) continue;
    if (phrase.every((w, k) => sameWord(words[i + k] as Word, w))) best = phrase.length;
  }
  return best;
}
