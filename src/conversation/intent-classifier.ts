import os from 'node:os';
import { charactersOf, foldingSource, foldTelex, foldText } from './text.js';

/**
 * A second reader of citizens' first messages, learnt from labelled messages rather than written as word lists: a
 * multinomial logistic regression over the folded message's words, word pairs and character n-grams (3 to 5 letters,
 * within and across words), trained in the process from the shipped corpus and the flows' own examples. No model is
 * downloaded and nothing leaves the process: training is deterministic and takes about a second for the corpus, once
 * per set of phrases (a release's flows share one model while their phrases are unchanged).
 *
 * It knows what words usually mean across thousands of messages, which the example matcher cannot (a flow's score
 * there is its single nearest example); the router (`understanding.ts`) weighs the two.
 */

/** A message labelled with what should answer it (a flow's id, or the caller's label for out of scope). */
export interface LabelledPhrase {
  text: string;
  label: string;
}

export interface ClassifiedIntent {
  label: string;
  probability: number;
}

export interface IntentClassifier {
  /** Every label the classifier learnt, most probable first. */
  classify(text: string): ClassifiedIntent[];
  /**
   * `classify`'s first two (the router reads no more), without a list of every label; `folded`: the text folded
   * (`foldText`), when the caller has it.
   */
  twoBest(text: string, folded?: string): ClassifiedIntent[];
  labels(): readonly string[];
  /** What it learnt, to be kept and loaded again (`classifierFromModel`) without training. */
  model(): ClassifierModel;
}

/** A trained classifier's parameters: its labels, its features (hashes, the bias first) and their weights per label. */
export interface ClassifierModel {
  labels: readonly string[];
  features: Int32Array;
  weights: Float32Array;
}

export interface ClassifierOptions {
  /** Passes over the phrases. */
  epochs?: number;
  /** Adagrad's learning rate. */
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
}

/**
 * Chosen by cross-validation on the corpus, a fifth of its batches held back at a time (batches, not messages: each
 * was written by one writer in one voice, as a fresh province's citizens would be): docs/understanding.md.
 */
const DEFAULTS: Required<ClassifierOptions> = { epochs: 4, learningRate: 0.5, l2: 3e-5 };

/** Character n-grams count about a third as much as a word: there are many more of them. */
const CHAR_GRAM_WEIGHT = 0.35;

/**
 * FNV-1a over `text[from, to)`, started from `seed` (a feature's kind): features are 32-bit numbers, not strings, and
 * signed, so that V8 keeps them as small integers in its maps (unsigned ones above 2^31 would be boxed doubles).
 */
function hashOf(text: string, from: number, to: number, seed: number): number {
  let hash = 2166136261 ^ seed;
  for (let i = from; i < to; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash | 0;
}

const WORD = 1;
const PAIR = 2;
const GRAMS = 3;

/** Dots, dashes and hashes (a global pattern: `replace` starts it from the beginning). */
const JOINERS = /[.#-]/g;

const SPACE = 32;
const ZERO = 48;
const NINE = 57;

/** The characters of the text `paddedWords` writes: one buffer, grown for a longer text, made a string once. */
let paddedBuffer = new Uint16Array(1024);

/**
 * The words of `text` (split at spaces) between single spaces, a space before the first and after the last, each run
 * of digits a word "0" of its own: in one pass and one string, what replacing each run of digits by " 0 ", splitting
 * at spaces, dropping the empty words, joining them with spaces and padding gives ("ab 12cd" → " ab 0 cd ").
 */
function paddedWords(text: string): string {
  // A character writes itself and at most one space before it.
  if (paddedBuffer.length < text.length * 2 + 2) paddedBuffer = new Uint16Array(text.length * 4 + 2);
  const out = paddedBuffer;
  let length = 0;
  out[length++] = SPACE;
  // What the word being written is made of: nothing yet (after a space), letters (anything but digits), digits.
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      run = 0;
      continue;
    }
    const digit = code >= ZERO && code <= NINE;
    if (run === (digit ? 2 : 1)) {
      if (!digit) out[length++] = code;
      continue;
    }
    // A new word: a space after the one before, then its first letter, or "0" for its digits.
    if (length > 1) out[length++] = SPACE;
    out[length++] = digit ? ZERO : code;
    run = digit ? 2 : 1;
  }
  out[length++] = SPACE;
  return charactersOf(out, length);
}

/**
 * The features of a message as they occur, each with its weight (a feature met twice is visited twice): its words,
 * its pairs of neighbouring words and its character n-grams of 3 to 5 (spaces included, so a word's start and end
 * count), on folded text (marks, case and Telex leftovers aside, digits one symbol). Values (codes, numbers) are
 * expected already replaced by the name of their kind (the router masks them), so "hồ sơ 000.00.15.H02-…" and "hồ sơ
 * <another code>" read alike.
 */
function visitFeatures(
  text: string,
  visit: (hash: number, weight: number) => void,
  folded: string = foldText(text),
): void {
  // Values are masked already: what dots, dashes and hashes are left end sentences or join words ("rồi.", "e-mail").
  const padded = paddedWords(foldTelex(folded.replace(JOINERS, ' ')));
  // Word boundaries: the spaces of the padded text.
  let previous = -1;
  let start = 1;
  for (let i = 1; i < padded.length; i += 1) {
    if (padded.charCodeAt(i) !== 32) continue;
    if (i > start) {
      visit(hashOf(padded, start, i, WORD), 1);
      if (previous >= 0) visit(hashOf(padded, previous, i, PAIR), 1);
      previous = start;
    }
    start = i + 1;
  }
  for (let n = 3; n <= 5; n += 1)
    for (let i = 0; i + n <= padded.length; i += 1) visit(hashOf(padded, i, i + n, GRAMS + n), CHAR_GRAM_WEIGHT);
}

/** The features of a message (`visitFeatures`), each weighted, the vector of unit length. */
export function messageFeatures(text: string): Map<number, number> {
  const features = new Map<number, number>();
  visitFeatures(text, (key, weight) => features.set(key, (features.get(key) ?? 0) + weight));
  let norm = 0;
  for (const weight of features.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (const [key, weight] of features) features.set(key, weight / norm);
  return features;
}

/** The table's size for `count` keys: a power of two, at most half full. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/** A feature's first slot in a table of `mask + 1` slots (Fibonacci hashing spreads hashes differing in few bits). */
function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 7) & mask;
}

/**
 * Feature hashes → ids (from 1), open addressing over typed arrays: a classification looks up every n-gram of the
 * message, and a Map of numbers made that most of its cost.
 */
class FeatureIds {
  /** Slot i: its hash at 2i, its id at 2i + 1 (0: empty), side by side so that a lookup reads one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(features: Int32Array) {
    const size = tableSize(features.length);
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let id = 1; id < features.length; id += 1) {
      const hash = features[id] ?? 0;
      let slot = slotOf(hash, this.mask);
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = id;
    }
  }

  /** The feature's id, 0 if the model does not know it. */
  get(hash: number): number {
    const { slots, mask } = this;
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1] ?? 0;
      if (id === 0 || slots[slot * 2] === hash) return id;
    }
  }
}

/**
 * A message's features summed by hash (`visitFeatures` meets a feature several times), in typed arrays reused from
 * one message to the next: a slot belongs to this message when its stamp is the message's.
 */
class MessageFeatureSums {
  private keys = new Int32Array(0);
  private stamps = new Int32Array(0);
  private mask = 0;
  private stamp = 0;
  /**
   * The slots used by this message, in the order first met (the first `usedCount`; an array kept from one message to
   * the next, as emptying a JavaScript array lets its storage go); their hashes and summed weights.
   */
  used = new Int32Array(0);
  usedCount = 0;
  weights = new Float64Array(0);

  constructor() {
    this.resize(1024);
  }

  key(slot: number): number {
    return this.keys[slot] ?? 0;
  }

  reset(): void {
    this.usedCount = 0;
    this.stamp += 1;
    // After 2^31 messages the stamps would wrap: every slot is marked free again.
    if (this.stamp >= 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(hash: number, weight: number): void {
    const { keys, stamps, mask, stamp } = this;
    let slot = slotOf(hash, mask);
    while (stamps[slot] === stamp && keys[slot] !== hash) slot = (slot + 1) & mask;
    if (stamps[slot] === stamp) {
      this.weights[slot] = (this.weights[slot] ?? 0) + weight;
      return;
    }
    stamps[slot] = stamp;
    keys[slot] = hash;
    this.weights[slot] = weight;
    this.used[this.usedCount] = slot;
    this.usedCount += 1;
    if (this.usedCount * 2 > mask) this.grow();
  }

  private resize(size: number): void {
    this.keys = new Int32Array(size);
    this.stamps = new Int32Array(size);
    this.weights = new Float64Array(size);
    // At most half the slots are used (`add` grows the table first).
    this.used = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Twice the slots, this message's sums moved over (a long message; the table stays that large). */
  private grow(): void {
    const moved = Array.from(
      this.used.subarray(0, this.usedCount),
      (slot) => [this.key(slot), this.weights[slot] ?? 0] as const,
    );
    this.resize((this.mask + 1) * 2);
    this.reset();
    for (const [hash, weight] of moved) this.add(hash, weight);
  }
}

/** The order of the passes is drawn from this seed: the same phrases train the same model, in every process. */
const SEED = 7919;

/** A small deterministic generator (the order of the passes), so a release trains the same model every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function softmaxInto(scores: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c += 1) if ((scores[c] ?? 0) > max) max = scores[c] ?? 0;
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    const e = Math.exp((scores[c] ?? 0) - max);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c += 1) scores[c] = (scores[c] ?? 0) / sum;
}

export function trainIntentClassifier(
  phrases: readonly LabelledPhrase[],
  options: ClassifierOptions = {},
): IntentClassifier {
  const { epochs, learningRate, l2 } = { ...DEFAULTS, ...options };
  const labels = [...new Set(phrases.map((p) => p.label))].sort();
  const classes = labels.length;
  // Each phrase as parallel arrays of feature indexes and values. Index 0 is the bias, a feature of every message; the
  // features met are numbered from 1.
  const vocabulary = new Map<number, number>();
  const rows = phrases.map((phrase) => {
    const features = messageFeatures(phrase.text);
    const index = new Int32Array(features.size + 1);
    const value = new Float64Array(features.size + 1);
    let i = 1;
    value[0] = 1;
    index[0] = 0;
    for (const [key, weight] of features) {
      let id = vocabulary.get(key);
      if (id === undefined) {
        id = vocabulary.size + 1;
        vocabulary.set(key, id);
      }
      index[i] = id;
      value[i] = weight;
      i += 1;
    }
    return { index, value, label: labels.indexOf(phrase.label) };
  });
  // Weights feature-major (a feature's weights for every class side by side), with Adagrad's sums of squares.
  const weights = new Float32Array((vocabulary.size + 1) * classes);
  const squares = new Float32Array((vocabulary.size + 1) * classes);
  const scores = new Float64Array(classes);
  const next = seeded(SEED);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      scores.fill(0);
      for (let f = 0; f < row.index.length; f += 1) {
        const base = (row.index[f] ?? 0) * classes;
        const v = row.value[f] ?? 0;
        for (let c = 0; c < classes; c += 1) scores[c] = (scores[c] ?? 0) + (weights[base + c] ?? 0) * v;
      }
      softmaxInto(scores);
      for (let f = 0; f < row.index.length; f += 1) {
        const base = (row.index[f] ?? 0) * classes;
        const v = row.value[f] ?? 0;
        for (let c = 0; c < classes; c += 1) {
          const at = base + c;
          const w = weights[at] ?? 0;
          const gradient = ((scores[c] ?? 0) - (c === row.label ? 1 : 0)) * v + l2 * w;
          if (gradient === 0) continue;
          const sum = (squares[at] ?? 0) + gradient * gradient;
          squares[at] = sum;
          weights[at] = w - (learningRate * gradient) / Math.sqrt(sum);
        }
      }
    }
  }
  const features = new Int32Array(vocabulary.size + 1);
  for (const [key, id] of vocabulary) features[id] = key;
  return classifierFromModel({ labels, features, weights });
}

/** A classifier from a model trained before (`IntentClassifier.model`). */
export function classifierFromModel(model: ClassifierModel): IntentClassifier {
  const { labels, weights } = model;
  const classes = labels.length;
  // Feature 0 is the bias, every message's; the others by hash.
  const vocabulary = new FeatureIds(model.features);
  const sums = new MessageFeatureSums();
  const add = (hash: number, weight: number) => sums.add(hash, weight);
  let ids = new Int32Array(1024);
  /** Each label's probability for the message read last (`readMessage`), kept from one message to the next. */
  const probabilities = new Float64Array(classes);
  const readMessage = (text: string, folded?: string): Float64Array => {
    sums.reset();
    visitFeatures(text, add, folded);
    // As `messageFeatures` reads them, in the same order (the features first met first), so that the sums come out
    // to the last bit as the vector of unit length the model learnt from: the bias, then each known feature.
    let norm = 0;
    const { used, usedCount } = sums;
    for (let u = 0; u < usedCount; u += 1) {
      const weight = sums.weights[used[u] ?? 0] ?? 0;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    const raw = probabilities;
    for (let c = 0; c < classes; c += 1) raw[c] = weights[c] ?? 0;
    // The features' ids first, then their rows: lookups that do not wait on each other's sums let the processor
    // fetch several of the tables' cache lines at once (the model is larger than its caches).
    if (ids.length < usedCount) ids = new Int32Array(usedCount * 2);
    for (let u = 0; u < usedCount; u += 1) ids[u] = vocabulary.get(sums.key(used[u] ?? 0));
    for (let u = 0; u < usedCount; u += 1) {
      const slot = used[u] ?? 0;
      const id = ids[u] ?? 0;
      if (id === 0) continue;
      const v = (sums.weights[slot] ?? 0) / norm;
      const base = id * classes;
      for (let c = 0; c < classes; c += 1) raw[c] = (raw[c] ?? 0) + (weights[base + c] ?? 0) * v;
    }
    softmaxInto(raw);
    return raw;
  };
  return {
    labels: () => labels,
    model: () => model,
    classify(text) {
      const read = readMessage(text);
      return labels
        .map((label, c) => ({ label, probability: read[c] ?? 0 }))
        .sort((a, b) => b.probability - a.probability);
    },
    twoBest(text, folded) {
      const read = readMessage(text, folded);
      // As `classify`'s sort orders them: the most probable first, among equals the label first in the list.
      let first = -1;
      let second = -1;
      for (let c = 0; c < classes; c += 1) {
        const probability = read[c] ?? 0;
        if (first < 0 || probability > (read[first] ?? 0)) {
          second = first;
          first = c;
        } else if (second < 0 || probability > (read[second] ?? 0)) second = c;
      }
      const best: ClassifiedIntent[] = [];
      for (const c of [first, second]) if (c >= 0) best.push({ label: labels[c] ?? '', probability: read[c] ?? 0 });
      return best;
    },
  };
}

/** The layout of a kept model; raise it when `ClassifierModel` or how it is read changes. */
export const MODEL_FORMAT = 2;

/** Texts whose folding (marks, case, Telex leftovers, Unicode tables) the fingerprint records as it is now. */
const FOLDING_PROBES = [
  'Hồ Sơ ĐÃ xoá',
  'tra cuws hoof sow',
  'thur tucj keets',
  'lafm kieerm guiwr nguoiw',
  'PA-ZL 2026.',
];

/**
 * What a model's training depends on besides its phrases: this module's code and settings, the text folding it reads
 * through (its code and what it makes of a few probes), the model's layout, the runtime's Unicode version and byte
 * order. A model kept by another build is never loaded by one that reads or trains otherwise.
 */
export function trainingFingerprint(): string {
  return [
    trainIntentClassifier,
    classifierFromModel,
    visitFeatures,
    paddedWords,
    messageFeatures,
    hashOf,
    softmaxInto,
    seeded,
  ]
    .map((code) => String(code))
    .concat(foldingSource())
    .concat(FOLDING_PROBES.map((probe) => [...messageFeatures(probe)].join(',')))
    .concat(
      JSON.stringify({ DEFAULTS, CHAR_GRAM_WEIGHT, SEED, WORD, PAIR, GRAMS, MODEL_FORMAT }),
      String(JOINERS),
      String(process.versions.unicode),
      os.endianness(),
    )
    .join('\n');
}
