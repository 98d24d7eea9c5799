import type { FlowDefinition } from './flow-schema.js';
import type { VersionedFlow } from './flow-source.js';
import type { InputTypeRegistry } from './input-types.js';
import { NO_FLOW, trainIntentClassifier, type IntentClassifier, type LabelledPhrase } from './intent-classifier.js';
import { DEFAULT_INTENT_THRESHOLDS } from './intent-matcher.js';
import { foldText } from './text.js';
import { UNDERSTANDING_CORPUS } from './understanding-corpus.js';
import type { Routing } from './routing.js';
import type { Variables } from './variables.js';

/**
 * The classifier's side of routing a first message: a classifier learnt from the shipped corpus and the release's
 * flow examples (`intent-classifier.ts`), and how its reading is weighed against the example matcher's.
 *
 * Measured on the held-out messages (README, "Understanding citizens"), the two read differently: the matcher is
 * sure of the phrasings its word lists name and knows nothing else; the classifier has seen thousands of messages
 * and generalises, but is not told about negations, adverts or off-topic subjects. So: where they agree, or the
 * matcher is sure (a trigger, an off-topic subject), the matcher's routing stands; where the classifier is sure,
 * its flow starts; otherwise the citizen is asked between the flows either of them reads.
 */

/** From this probability the classifier's reading is taken where the matcher asks or falls back. */
export const CLASSIFIER_SURE = 0.6;

/** From this probability the classifier's reading is taken over a flow the matcher starts. */
export const CLASSIFIER_OVERRULES = 0.8;

/** Below this probability the classifier's reading is too faint to offer: the matcher's stands. */
export const CLASSIFIER_HEARD = 0.35;

/**
 * A flow the classifier learnt from fewer phrases than this (a province's own flow, with a few dozen examples beside
 * thousands of the corpus's messages) is the matcher's alone: the classifier would rarely read it, and overrule it.
 */
export const MIN_LEARNT = 40;

/** The class of the flows learnt from fewer than `MIN_LEARNT` phrases, together (never a flow id: ids are words). */
const OTHER_FLOWS = '*';

/** The input type of phone numbers, found in every message: masked too, as it is no flow's value. */
const PHONE = 'phone';

/** The value's kind in place of the value ("dossier_code" → "zzdossiercode"): one word, never a citizen's. */
function kindWord(type: string): string {
  return `zz${type.replace(/[^a-z]/gi, '').toLowerCase()}`;
}

/**
 * The message with each value a flow takes (and phone numbers) replaced by its kind, so that the classifier reads
 * "hồ sơ <any code> sao rồi" alike, whatever the code.
 */
export function maskValues(
  text: string,
  inputs: Pick<InputTypeRegistry, 'findEntities'>,
  types: readonly string[],
): string {
  const asTyped = text.normalize('NFC');
  const found = [...inputs.findEntities(asTyped, types).entries()]
    .map(([type, match]) => ({ type, start: match.start, end: match.end }))
    // A number that is both a flow's value and a phone number ("mst 0912458301") is read as the flow's.
    .sort((a, b) => b.start - a.start || Number(a.type === PHONE) - Number(b.type === PHONE));
  let masked = asTyped;
  let cutFrom = Infinity;
  for (const span of found) {
    const end = Math.min(span.end, cutFrom);
    if (end <= span.start) continue;
    masked = `${masked.slice(0, span.start)} ${kindWord(span.type)} ${masked.slice(end)}`;
    cutFrom = span.start;
  }
  return masked;
}

interface ReleaseClassifier {
  /** None when no flow of the release was learnt from `MIN_LEARNT` phrases: the matcher reads alone. */
  classifier?: IntentClassifier;
  /** The value types masked, the release's flows' and phone numbers. */
  types: string[];
  /** The labels learnt from `MIN_LEARNT` phrases or more (`none` among them). */
  learnt: ReadonlySet<string>;
}

const byFlowList = new WeakMap<object, ReleaseClassifier>();
const byPhrases = new Map<string, ReleaseClassifier>();
/** Classifiers kept by phrases: the live release's, and a few the simulator's drafts trained. */
const KEPT = 3;

/** The phrases a release's classifier learns: the corpus's for the flows it publishes, and every flow's examples. */
function trainingPhrases(flows: readonly FlowDefinition[]): LabelledPhrase[] {
  const ids = new Set(flows.map((flow) => flow.id));
  const phrases: LabelledPhrase[] = UNDERSTANDING_CORPUS.filter(
    (m) => m.expected === NO_FLOW || ids.has(m.expected),
  ).map((m) => ({ text: m.text, label: m.expected }));
  for (const flow of flows)
    for (const examples of Object.values(flow.examples ?? {}))
      for (const text of examples ?? []) phrases.push({ text, label: flow.id });
  return phrases;
}

/**
 * The classifier of a release's flows, trained once per set of phrases (a new release whose examples did not change
 * keeps its model), masked with the release's value types.
 */
export function classifierFor(
  versioned: readonly VersionedFlow[],
  inputs: Pick<InputTypeRegistry, 'findEntities'>,
): ReleaseClassifier {
  const known = byFlowList.get(versioned);
  if (known) return known;
  const flows = versioned.map((f) => f.flow);
  const types = [...new Set([...flows.flatMap((f) => (f.entities ?? []).map((e) => e.type)), PHONE])].sort();
  const key = JSON.stringify([types, flows.map((f) => [f.id, f.examples ?? {}])]);
  let release = byPhrases.get(key);
  if (!release) {
    const phrases = trainingPhrases(flows);
    const counts = new Map<string, number>();
    for (const p of phrases) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
    const learnt = new Set(
      [...counts].filter(([label, count]) => count >= MIN_LEARNT && label !== OTHER_FLOWS).map(([label]) => label),
    );
    const anyFlow = [...learnt].some((label) => label !== NO_FLOW);
    // Flows of a few examples are one class together: what resembles one of them is the matcher's to read (a
    // class each would cost 200 classes for a release of 200 such flows, and none would let the classifier be sure
    // of a flow it learnt where a message resembles one it did not).
    const masked = phrases.map((p) => ({
      text: maskValues(p.text, inputs, types),
      label: learnt.has(p.label) ? p.label : OTHER_FLOWS,
    }));
    release = { types, learnt, ...(anyFlow ? { classifier: trainIntentClassifier(masked) } : {}) };
    if (byPhrases.size >= KEPT) byPhrases.delete(byPhrases.keys().next().value ?? '');
    byPhrases.set(key, release);
  }
  byFlowList.set(versioned, release);
  return release;
}

export interface SecondOpinionContext {
  flows: readonly VersionedFlow[];
  inputs: Pick<InputTypeRegistry, 'findEntities'>;
  byId: ReadonlyMap<string, FlowDefinition>;
  /** Whether a flow can be offered in the citizen's language (it has a label there). */
  offerable(flowId: string): boolean;
  /** The values a flow takes from the message (its codes, its topic). */
  variablesFor(flow: FlowDefinition): Variables;
  /** Whether a flow calls an outside system (the LGSP), itself or through a flow it starts. */
  callsOutside(flowId: string): boolean;
  /** Whether the message turns a wish around ("không", "đừng", "stop"); asked only when the readings differ. */
  negated(): boolean;
}

/**
 * The matcher's routing of a first message, weighed with the classifier's reading. The matcher stands where it is
 * sure by construction: a trigger, a value given alone, an off-topic subject, a negation (the classifier does not
 * read "không muốn nhận tin" otherwise than "muốn nhận tin"), a word alone, a flow the classifier barely learnt; and
 * the classifier's "out of scope" never silences a flow the matcher reads in a message that gives a value. Otherwise a
 * flow the classifier is sure of starts (also where the matcher would have asked, or fallen back), except that a flow
 * calling an outside system (the LGSP) starts only on evidence of its own, as the matcher requires: a value of its
 * type in the message, or the matcher starting it; without, it is offered. Where the classifier is unsure and reads
 * otherwise, the citizen is asked between the flows either reads, the matcher's first.
 */
export function withSecondOpinion(text: string, routing: Routing, ctx: SecondOpinionContext): Routing {
  if (routing.kind === 'flow' && (routing.via === 'trigger' || routing.plainValue)) return routing;
  if (routing.kind === 'none' && routing.offTopic) return routing;
  const read: [string, Variables | undefined][] =
    routing.kind === 'flow'
      ? [[routing.flowId, routing.variables]]
      : routing.kind === 'ask'
        ? routing.choices.map((c) => [c.flow.id, c.variables])
        : [];
  const release = classifierFor(ctx.flows, ctx.inputs);
  if (!release.classifier || read.some(([id]) => !release.learnt.has(id))) return routing;
  const masked = maskValues(text, ctx.inputs, release.types);
  if (foldText(masked).split(' ').length < 2) return routing;
  const [best, second] = release.classifier.classify(masked);
  if (!best || !release.learnt.has(best.label) || best.probability < CLASSIFIER_HEARD) return routing;
  const sure = best.probability >= (routing.kind === 'flow' ? CLASSIFIER_OVERRULES : CLASSIFIER_SURE);
  if (best.label === NO_FLOW)
    return sure && masked === text.normalize('NFC') && !ctx.negated()
      ? { kind: 'none', ranked: routing.ranked }
      : routing;
  if (routing.kind === 'flow' && best.label === routing.flowId) return routing;
  const flow = ctx.byId.get(best.label);
  if (!flow || ctx.negated()) return routing;
  const ownValue = (flow.entities ?? []).some((entity) => masked.includes(kindWord(entity.type)));
  const matcherRead = read.some(([id]) => id === flow.id);
  if (sure && (!ctx.callsOutside(flow.id) || ownValue || matcherRead))
    return {
      kind: 'flow',
      flowId: flow.id,
      variables: ctx.variablesFor(flow),
      via: 'examples',
      ranked: routing.ranked,
    };
  if (routing.kind === 'none' && !sure) return routing;
  // Sure of an outside flow without its evidence: offered first. Unsure and reading otherwise: the citizen chooses
  // between the matcher's reading, then the classifier's two best.
  const classifierRead: [string, undefined][] = [[best.label, undefined]];
  if (!sure && routing.kind === 'flow' && second && second.label !== NO_FLOW && release.learnt.has(second.label))
    classifierRead.push([second.label, undefined]);
  const choices: { flow: FlowDefinition; variables: Variables }[] = [];
  for (const [id, variables] of sure ? [...classifierRead, ...read] : [...read, ...classifierRead]) {
    if (choices.some((c) => c.flow.id === id)) continue;
    const chosen = ctx.byId.get(id);
    if (!chosen || !ctx.offerable(id)) continue;
    choices.push({ flow: chosen, variables: variables ?? ctx.variablesFor(chosen) });
    if (choices.length >= DEFAULT_INTENT_THRESHOLDS.maxChoices) break;
  }
  // One choice is an ask too when it is the classifier's outside flow: offered, not started.
  return choices.length > 1 || (choices.length === 1 && sure)
    ? { kind: 'ask', choices, ranked: routing.ranked }
    : routing;
}
