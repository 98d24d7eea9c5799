import { LANGUAGES } from '../kernel/index.js';
import type { FlowDefinition } from './flow-schema.js';
import type { VersionedFlow } from './flow-source.js';
import type { EntityMatch, InputTypeRegistry } from './input-types.js';
import type { IntentClassifier, LabelledPhrase } from './intent-classifier.js';
import { DEFAULT_INTENT_THRESHOLDS, ONE_OF_ITS_EXAMPLES } from './intent-matcher.js';
import { keptOrTrained } from './kept-models.js';
import type { Routing } from './routing.js';
import { foldText } from './text.js';
import { UNDERSTANDING_CORPUS } from './understanding-corpus.js';
import type { Variables } from './variables.js';

/**
 * The classifier's side of routing a first message: a classifier learnt from the shipped corpus and the release's
 * flow examples (`intent-classifier.ts`), and how its reading is weighed against the example matcher's.
 *
 * Measured on the held-out messages (README, "Understanding citizens"), the two read differently: the matcher is
 * sure of the phrasings its word lists name and knows nothing else; the classifier has seen thousands of messages
 * and generalises, but is not told about negations, adverts or off-topic subjects. So: where they agree, or the
 * matcher is sure by construction, the matcher's routing stands; where the classifier is sure, its flow starts;
 * otherwise the citizen is asked between the flows either reads.
 */

/** From this probability the classifier's reading is taken where the matcher asks or falls back. */
export const CLASSIFIER_SURE = 0.6;

/** From this probability the classifier's reading is taken over a flow the matcher starts. */
export const CLASSIFIER_OVERRULES = 0.8;

/**
 * From this probability an "out of scope" reading silences a message with a negation too: the classifier cannot tell
 * "không muốn nhận tin" from "muốn nhận tin", but an advert ("vay không cần thế chấp, liên hệ em") it knows for sure.
 */
export const CLASSIFIER_CERTAIN = 0.95;

/** Below this probability the classifier's reading is too faint to offer: the matcher's stands. */
export const CLASSIFIER_HEARD = 0.35;

/**
 * A flow the classifier learnt from fewer phrases than this (a province's own flow, with a few dozen examples beside
 * thousands of the corpus's messages) is the matcher's alone: the classifier would rarely read it, and overrule it.
 */
export const MIN_LEARNT = 40;

/** The corpus's label of messages no flow serves. */
const CORPUS_OUT_OF_SCOPE = 'none';

/** The classifier's class of messages no flow serves (never a flow id: ids are words). */
const OUT_OF_SCOPE = '-';

/** The class of the flows learnt from fewer than `MIN_LEARNT` phrases, together (never a flow id either). */
const OTHER_FLOWS = '*';

/** The input type of phone numbers, found in every message. */
const PHONE = 'phone';

/** What the matcher read in a message, for the classifier's second opinion (`routeReading` fills it). */
export interface MatcherReading {
  /** The message as the values were found in it (spoken codes written down). */
  text: string;
  /** That text folded (`foldText`), when the router folded it: it is not folded again. */
  folded?: string;
  /** The values found, by input type, as the matcher decided them (a number given as a way to be reached is no tax code). */
  found: ReadonlyMap<string, EntityMatch>;
  /** A phone number found (no flow's value). */
  phone?: EntityMatch;
  /** Whether the message holds evidence of a flow calling an outside system: its cue, its subject, one of its examples. */
  evidence(flowId: string): boolean;
}

/** The value's kind in place of the value ("dossier_code" → "zzdossiercode"): one word, never a citizen's. */
function kindWord(type: string): string {
  return `zz${type.replace(/[^a-z]/gi, '').toLowerCase()}`;
}

interface TypedSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * The text with each value replaced by its kind, so that the classifier reads "hồ sơ <any code> sao rồi" alike,
 * whatever the code. A value inside a longer one is part of it ("PA ZL 2026 000 431": a ticket number, whose digits
 * are no tax code); of two values on one span the first given wins (a flow's value before a phone number).
 */
export function maskValues(text: string, spans: readonly TypedSpan[]): string {
  const outermost = spans.filter(
    (span, i) =>
      !spans.some(
        (other, j) =>
          j !== i &&
          other.start <= span.start &&
          other.end >= span.end &&
          (other.end - other.start > span.end - span.start || j < i),
      ),
  );
  let masked = text;
  for (const span of [...outermost].sort((a, b) => b.start - a.start))
    masked = `${masked.slice(0, span.start)} ${kindWord(span.type)} ${masked.slice(span.end)}`;
  return masked;
}

/** The spans of what the matcher found: the flows' values, then a phone number. */
function readingSpans(reading: MatcherReading): TypedSpan[] {
  const spans = [...reading.found].map(([type, match]) => ({ type, start: match.start, end: match.end }));
  if (reading.phone) spans.push({ type: PHONE, start: reading.phone.start, end: reading.phone.end });
  return spans;
}

export interface ReleaseClassifier {
  /** The phrases it learnt, as a key of the cache. */
  key: string;
  /** None when no flow of the release was learnt from `MIN_LEARNT` phrases: the matcher reads alone. */
  classifier?: IntentClassifier;
  /** The labels learnt from `MIN_LEARNT` phrases or more, out of scope among them. */
  learnt: ReadonlySet<string>;
}

/** A release's flows in a fixed order (by id), so that the phrases, and so the model, do not depend on storage order. */
function sortedFlows(versioned: readonly VersionedFlow[]): FlowDefinition[] {
  return versioned.map((f) => f.flow).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A flow's examples, language by language in a fixed order. */
function examplesOf(flow: FlowDefinition): string[] {
  return LANGUAGES.flatMap((language) => flow.examples?.[language] ?? []);
}

/** The phrases a release's classifier learns: the corpus's for the flows it publishes, and every flow's examples. */
function trainingPhrases(flows: readonly FlowDefinition[]): LabelledPhrase[] {
  const ids = new Set(flows.map((flow) => flow.id));
  const phrases: LabelledPhrase[] = [];
  for (const m of UNDERSTANDING_CORPUS) {
    if (m.expected === CORPUS_OUT_OF_SCOPE) phrases.push({ text: m.text, label: OUT_OF_SCOPE });
    else if (ids.has(m.expected)) phrases.push({ text: m.text, label: m.expected });
  }
  for (const flow of flows) for (const text of examplesOf(flow)) phrases.push({ text, label: flow.id });
  return phrases;
}

/** Classifiers by the phrases they learnt, least recently used first: the live release's, and a few drafts'. */
const byPhrases = new Map<string, ReleaseClassifier>();
const byFlowList = new WeakMap<object, ReleaseClassifier>();
/** The classifier used last (the last of `byPhrases`). */
let mostRecent: ReleaseClassifier | undefined;
const KEPT = 3;

/**
 * The classifier of a release's flows, trained once per set of phrases (a new release whose examples did not change
 * keeps its model) with the release's value types masked.
 */
export function classifierFor(
  versioned: readonly VersionedFlow[],
  inputs: Pick<InputTypeRegistry, 'findEntities'>,
): ReleaseClassifier {
  const known = byFlowList.get(versioned);
  if (known) {
    // The live release's model stays the most recently used, however many drafts the simulator trains. Moved to the
    // end only when another was used since: a Map's delete and set at every message made it a new table now and then,
    // which a young collection keeps (the map is old) and moves.
    if (mostRecent !== known) {
      byPhrases.delete(known.key);
      byPhrases.set(known.key, known);
      mostRecent = known;
    }
    return known;
  }
  const flows = sortedFlows(versioned);
  const types = [...new Set(flows.flatMap((f) => (f.entities ?? []).map((e) => e.type)))].sort();
  const key = JSON.stringify([types, flows.map((f) => [f.id, examplesOf(f)])]);
  let release = byPhrases.get(key);
  if (release) byPhrases.delete(key);
  else release = train(key, flows, types, inputs);
  byPhrases.set(key, release);
  mostRecent = release;
  if (byPhrases.size > KEPT) byPhrases.delete(byPhrases.keys().next().value ?? key);
  byFlowList.set(versioned, release);
  return release;
}

function train(
  key: string,
  flows: readonly FlowDefinition[],
  types: readonly string[],
  inputs: Pick<InputTypeRegistry, 'findEntities'>,
): ReleaseClassifier {
  const phrases = trainingPhrases(flows);
  const counts = new Map<string, number>();
  for (const p of phrases) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
  const learnt = new Set([...counts].filter(([, count]) => count >= MIN_LEARNT).map(([label]) => label));
  if (![...learnt].some((label) => label !== OUT_OF_SCOPE)) return { key, learnt };
  // Flows of a few examples are one class together: what resembles one of them is the matcher's to read (a class
  // each would cost 200 classes for a release of 200 such flows, and none would let the classifier be sure of a flow
  // it learnt where a message resembles one it did not).
  const masking = [...types, PHONE];
  const masked = phrases.map((p) => {
    const text = p.text.normalize('NFC');
    const spans = [...inputs.findEntities(text, masking)].map(([type, m]) => ({ type, start: m.start, end: m.end }));
    return { text: maskValues(text, spans), label: learnt.has(p.label) ? p.label : OTHER_FLOWS };
  });
  return { key, learnt, classifier: keptOrTrained(masked) };
}

export interface SecondOpinionContext {
  reading: MatcherReading;
  flows: readonly VersionedFlow[];
  inputs: Pick<InputTypeRegistry, 'findEntities'>;
  byId: ReadonlyMap<string, FlowDefinition>;
  /** Whether a flow can be offered in the citizen's language (it has a label there). */
  offerable(flowId: string): boolean;
  /** The values a flow takes from the message (its codes, its topic). */
  variablesFor(flow: FlowDefinition): Variables;
  /** Whether a flow calls an outside system (the LGSP), itself or through a flow it starts. */
  callsOutside(flowId: string): boolean;
  /** Whether the message turns a wish around ("không", "đừng", "stop"). */
  negated(): boolean;
  /** Whether a flow's own examples turn a wish around ("bỏ theo dõi", "ngừng nhận tin"): a flow for stopping. */
  turnsAround(flowId: string): boolean;
  /** How many words the message has, filler and values aside. */
  wordCount(): number;
}

/**
 * The matcher's routing of a first message, weighed with the classifier's reading. The matcher stands where it is
 * sure by construction: a trigger, a value given alone, one of the flow's examples typed as written, its off-topic
 * answer, a negation (the classifier does not read "không muốn nhận tin" otherwise than "muốn nhận tin"), two words or
 * fewer, a flow the classifier barely learnt; and the classifier's "out of scope" silences a flow the matcher reads
 * only in a message that gives no value. Otherwise a flow the classifier is sure of starts (also where the matcher
 * would have asked about it, or fallen back), except that a flow calling an outside system (the LGSP) starts only on
 * evidence of its own, as the matcher requires (a value of its type, or its cue, subject or example in the message),
 * and is offered without; where the matcher asked about other flows, a sure reading is added to the question. Where
 * the classifier is unsure (from `CLASSIFIER_HEARD`) and reads otherwise, the citizen is asked between the matcher's
 * reading, then the classifier's two best.
 */
export function withSecondOpinion(routing: Routing, ctx: SecondOpinionContext): Routing {
  if (routing.example || (routing.kind === 'flow' && (routing.via === 'trigger' || routing.plainValue))) return routing;
  // One of a flow's examples typed as written (the learning loop's "add as example" teaches them) is the matcher's,
  // whether it started that flow or asked about it.
  const typed = ctx.reading.folded ?? foldText(ctx.reading.text);
  const exampleMet = (flowId: string) =>
    routing.ranked.near.some(
      (r) => r.flowId === flowId && r.confidence >= ONE_OF_ITS_EXAMPLES && foldText(r.example) === typed,
    );
  if (routing.kind === 'flow' && exampleMet(routing.flowId)) return routing;
  if (routing.kind === 'ask' && routing.choices.some((c) => exampleMet(c.flow.id))) return routing;
  if (routing.kind === 'none' && routing.offTopic) return routing;
  const read: [string, Variables | undefined][] =
    routing.kind === 'flow'
      ? [[routing.flowId, routing.variables]]
      : routing.kind === 'ask'
        ? routing.choices.map((c) => [c.flow.id, c.variables])
        : [];
  const release = classifierFor(ctx.flows, ctx.inputs);
  if (!release.classifier || read.some(([id]) => !release.learnt.has(id))) return routing;
  // Two syllables or fewer, filler aside, are often one word ("tiếp tục", "sát đầu", "hồ sơ ạ"): the matcher's
  // (whatever the classifier would read, so it does not read them).
  if (ctx.wordCount() < 3) return routing;
  const masked = maskValues(ctx.reading.text, readingSpans(ctx.reading));
  const [best, second] = release.classifier.twoBest(masked, masked === ctx.reading.text ? typed : undefined);
  if (!best || !release.learnt.has(best.label) || best.probability < CLASSIFIER_HEARD) return routing;
  if (routing.kind === 'flow' && best.label === routing.flowId) return routing;
  const sure = best.probability >= (routing.kind === 'flow' ? CLASSIFIER_OVERRULES : CLASSIFIER_SURE);
  if (best.label === OUT_OF_SCOPE)
    return sure && masked === ctx.reading.text && (!ctx.negated() || best.probability >= CLASSIFIER_CERTAIN)
      ? { kind: 'none', ranked: routing.ranked }
      : routing;
  const flow = ctx.byId.get(best.label);
  if (!flow) return routing;
  // The classifier does not read a negation ("không muốn phản ánh nữa" is a report to it, "đừng xóa dữ liệu" an
  // erasure): in a message that turns a wish around, its reading counts only for a flow of stopping something (whose
  // own examples are negated: "đừng báo hồ sơ này nữa"), and only as sure as it must be to overrule the matcher
  // ("đừng tắt thông báo, tôi vẫn cần" stays a question).
  if (ctx.negated() && !(ctx.turnsAround(flow.id) && best.probability >= CLASSIFIER_OVERRULES)) return routing;
  const ownValue = (flow.entities ?? []).some((entity) => ctx.reading.found.has(entity.type));
  const evidence = ownValue || !ctx.callsOutside(flow.id) || ctx.reading.evidence(flow.id);
  // Where the matcher asked, it asked between flows for a reason (a problem told at length, a cue): a sure reading
  // picks one of them, and another flow is added to the question.
  const among = routing.kind !== 'ask' || read.some(([id]) => id === flow.id);
  if (sure && evidence && among)
    return {
      kind: 'flow',
      flowId: flow.id,
      variables: ctx.variablesFor(flow),
      via: 'classifier',
      ranked: routing.ranked,
    };
  if (routing.kind === 'none' && !sure) return routing;
  // Sure of a flow without its evidence: offered first. Sure of a flow the matcher did not ask about, or unsure and
  // reading otherwise: the citizen chooses between the matcher's reading, then the classifier's (two best if unsure).
  const classifierRead: [string, undefined][] = [[best.label, undefined]];
  if (!sure && routing.kind === 'flow' && second && release.learnt.has(second.label))
    classifierRead.push([second.label, undefined]);
  const choices: { flow: FlowDefinition; variables: Variables }[] = [];
  for (const [id, variables] of sure && among ? [...classifierRead, ...read] : [...read, ...classifierRead]) {
    if (choices.some((c) => c.flow.id === id)) continue;
    const chosen = ctx.byId.get(id);
    if (!chosen || !ctx.offerable(id)) continue;
    choices.push({ flow: chosen, variables: variables ?? ctx.variablesFor(chosen) });
  }
  // The classifier's best is always one of the buttons, in place of the matcher's last if need be.
  const { maxChoices } = DEFAULT_INTENT_THRESHOLDS;
  const bestAt = choices.findIndex((c) => c.flow.id === best.label);
  if (bestAt >= maxChoices) choices.splice(maxChoices - 1, 1, ...choices.splice(bestAt, 1));
  choices.splice(maxChoices);
  // One choice is a question only when it is the classifier's flow, offered rather than started.
  const [only] = choices;
  if (choices.length === 1 && !(sure && only?.flow.id === best.label)) return routing;
  return choices.length > 0 ? { kind: 'ask', choices, ranked: routing.ranked } : routing;
}
