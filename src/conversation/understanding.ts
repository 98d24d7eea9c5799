import { LANGUAGES, type Language } from '../kernel/index.js';
import type { FlowDefinition } from './flow-schema.js';
import type { VersionedFlow } from './flow-source.js';
import type { InputTypeRegistry } from './input-types.js';
import {
  createIntentMatcher,
  decideIntent,
  DEFAULT_INTENT_THRESHOLDS,
  NOTHING_RANKED,
  ONE_OF_ITS_EXAMPLES,
  UNDERSTANDING_WORD_LISTS,
  VIETNAMESE_SYLLABLE,
  type Analysis,
  type IntentExamples,
  type IntentMatcher,
  type LexiconSource,
  type RankedIntent,
} from './intent-matcher.js';
import type { TemplateRenderer } from './template-renderer.js';
import { findSmallTalk, smallTalkWordList, withoutLeadingGreeting } from './small-talk.js';
import { writeSpokenCodes } from './spoken-codes.js';
import type { Routing } from './routing.js';
import { withSecondOpinion, type MatcherReading } from './understanding-classifier.js';
import {
  foldTelex,
  foldText,
  keywordScorer,
  prepareKeyword,
  sameToneStyle,
  withinOneEdit,
  type PreparedKeyword,
} from './text.js';
import { setPath, type Variables } from './variables.js';

/**
 * The intent matcher of a release: built from its flows' `examples` (every language) and keyword triggers, and from
 * the `words:understanding.*` lists of its texts, once per release (releases are immutable) and kept while the
 * release is in use.
 */

/** The phrases a flow is reached by: its examples in every language and its keywords. */
export function flowPhrases(flow: FlowDefinition): string[] {
  const phrases = LANGUAGES.flatMap((language) => flow.examples?.[language] ?? []);
  for (const trigger of flow.triggers) if (trigger.type === 'keywords') phrases.push(...trigger.values);
  return [...new Set(phrases)];
}

/** The matcher's word lists, every language together. */
export function lexiconSource(words: Pick<TemplateRenderer, 'wordList'>): LexiconSource {
  const list = (key: string) => LANGUAGES.flatMap((language) => words.wordList(key, language) ?? []);
  return {
    synonyms: list(UNDERSTANDING_WORD_LISTS.synonyms),
    filler: list(UNDERSTANDING_WORD_LISTS.filler),
    notTopic: list(UNDERSTANDING_WORD_LISTS.notTopic),
    cues: list(UNDERSTANDING_WORD_LISTS.cues),
    hints: list(UNDERSTANDING_WORD_LISTS.hints),
    negation: list(UNDERSTANDING_WORD_LISTS.negation),
    asks: list(UNDERSTANDING_WORD_LISTS.asks),
    statements: list(UNDERSTANDING_WORD_LISTS.statements),
    questions: list(UNDERSTANDING_WORD_LISTS.questions),
    offTopic: list(UNDERSTANDING_WORD_LISTS.offTopic),
    contact: list(UNDERSTANDING_WORD_LISTS.contact),
    adverts: list(UNDERSTANDING_WORD_LISTS.adverts),
    advertTold: list(UNDERSTANDING_WORD_LISTS.advertTold),
    chores: list(UNDERSTANDING_WORD_LISTS.chores),
  };
}

/** Builds a matcher over flows (those without phrases take no part) and a release's word lists. */
export function createFlowIntentMatcher(
  flows: readonly FlowDefinition[],
  words: Pick<TemplateRenderer, 'wordList'>,
): IntentMatcher {
  const examples: IntentExamples[] = flows
    .map((flow) => ({ flowId: flow.id, examples: flowPhrases(flow) }))
    .filter((f) => f.examples.length > 0);
  return createIntentMatcher(examples, lexiconSource(words));
}

const cache = new WeakMap<object, Map<string, IntentMatcher>>();
const byFlowList = new WeakMap<object, { words: object; matcher: IntentMatcher }>();

/**
 * The matcher of a set of flows and texts, cached per texts object (a release's renderer) and flow versions, so a
 * release's matcher is built once.
 */
export function intentMatcherFor(
  flows: readonly { flow: FlowDefinition; version: number }[],
  words: Pick<TemplateRenderer, 'wordList'>,
): IntentMatcher {
  // A release's flow list is one array for every message: found without building the key.
  const known = byFlowList.get(flows);
  if (known && known.words === words) return known.matcher;
  const key = flows.map((f) => `${f.flow.id}@${f.version}`).join(',');
  let byFlows = cache.get(words);
  if (!byFlows) {
    byFlows = new Map();
    cache.set(words, byFlows);
  }
  let matcher = byFlows.get(key);
  if (!matcher) {
    matcher = createFlowIntentMatcher(
      flows.map((f) => f.flow),
      words,
    );
    // Only the latest few flow sets of a renderer are kept (the simulator's drafts change the set each time).
    if (byFlows.size >= 4) byFlows.clear();
    byFlows.set(key, matcher);
  }
  byFlowList.set(flows, { words, matcher });
  return matcher;
}

export type { Routing } from './routing.js';

export interface RoutingContext {
  /** The live release's flows. */
  flows: readonly VersionedFlow[];
  /** The live release's texts: word lists of the matcher (and, folded, the small talk's), flow labels. */
  words: Pick<TemplateRenderer, 'wordList' | 'has' | 'words'>;
  /** `findRefused`: a message that is only a refused value (a wrong check digit) starts the flow taking it. */
  inputs: Pick<InputTypeRegistry, 'findEntities'> & Partial<Pick<InputTypeRegistry, 'findRefused'>>;
  /** The citizen's language: only flows with a label in it can be offered. */
  language: Language;
  /** A question is waiting and the message did not answer it: only a sure wish leaves the question. */
  midQuestion?: boolean;
}

/** A folded word (a global pattern: `match` starts it from the beginning every time). */
const FOLDED_WORD = /[a-z0-9]+/g;
const HAS_LETTER = /[a-z]/;

function wordsOf(text: string): string[] {
  return foldText(text).match(FOLDED_WORD) ?? [];
}

/** The input type of phone numbers (a basic type): found in every message, never a flow's value here. */
const PHONE = 'phone';

/** Folded text ending in the name of a phone number ("sđt", "số điện thoại là"): the number after it is one. */
const NAMED_PHONE = /(?:^| )(?:sdt|so dt|dt|so dien thoai|phone|phone number)(?: cua [a-z]+)?(?: la)?$/;

/** What the list of misses masks beyond the flows' values (`maskMessage`): e-mails and numbers of five digits or more. */
const MASKED = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}|\d(?:[\s.-]?\d){4,}/gu;

/** At most this many words beside a value still make a message "the value, asked for" ("tra cứu mã số thuế …"). */
const PLAIN_VALUE_MAX_WORDS = 6;

/** A flow offered instead of started (no evidence of its own) is offered beside the next one from this confidence. */
const RUNNER_UP_OFFERED = 0.3;

/**
 * A flow the message asks something of is offered beside the examples' choice, which it asks nothing of, when its
 * examples come this near to the choice's.
 */
const ASKED_OTHER_MARGIN = 0.25;

/** A flow asked about alone on its cue starts instead when its examples come first from this confidence. */
const TOLD_NEAREST = 0.15;

/** When cues are asked about, the flow the examples came nearest to is offered first from this confidence. */
const NEAREST_BESIDE_CUES = 0.35;

/** When cues are asked about, a flow the examples came this near to and whose ask the message holds is offered first. */
const NEAREST_ASKED_BESIDE_CUES = 0.3;

/**
 * Without any cue, a flow whose ask the message holds is offered from this confidence (its examples share a word or two
 * with the message): "cái này dùng sao vậy con" asks how to use the page, and nothing else is near. The lowest
 * threshold read on the ranking's near list, which lists every flow from `RANKED_FLOOR` (no higher than this).
 */
const ASKED_WITHOUT_CUES = 0.2;

/**
 * A sentence of this many words (numbers aside) that asks nothing tells something: a flow that takes statements (a
 * report) whose cue or ask it holds is offered first beside any other flow it would start ("cán bộ ở bộ phận một cửa
 * … quát nạt dân": a complaint, not the office's hours).
 */
const TOLD_WORDS = 8;

/** Confidence the examples need to leave a question being asked (higher than between conversations). */
const MID_QUESTION_CONFIDENCE = 0.8;

/**
 * A clear lead: a flow this confident, this far ahead of the next, whose own cue or ask the message holds, starts
 * without a "did you mean" ("cây xanh gãy cành đè lên dây điện": a problem to report, nothing else comes close).
 */
const CLEAR_LEAD = { confidence: 0.35, margin: 0.2 } as const;

/** A lead the examples and the cue words agree on (`agreedLead`) starts from a smaller confidence and margin. */
const AGREED_LEAD = { confidence: 0.3, margin: 0.1 } as const;

/**
 * Decides which flow a text message starts. In order: a trigger that is sure (a payload, a pattern, the whole message
 * one of a flow's keywords); a value found inside the message (a dossier code, a tax code…) for a flow that declares
 * it as an entity, unless the rest of the message clearly asks for another flow; the flows' examples (a clear winner
 * starts, close ones are offered); a keyword inside the message or one typo away. Pure.
 */
/** From this many words after a greeting opening the message, they ask something (fewer name whom it greets). */
const GREETED_WORDS = 3;

/** A forwarded message's heading ("Fwd:", "Fw:", "Chuyển tiếp:"). */
const FORWARDED = /^\s*(?:fwd?|forward(?:ed)?|chuyển tiếp)\s*:/iu;

export function routeMessage(text: string, ctx: RoutingContext): Routing {
  const reading: Reading = {};
  const routing = routeReading(text, ctx, true, reading);
  // Mid-question only a sure wish leaves the question: the matcher's reading alone, as strict as it is there. A
  // button's payload of an older release ("#…") is read by keywords only.
  if (ctx.midQuestion || text.startsWith('#') || !isComplete(reading)) return routing;
  const { byId, outside } = routeIndexFor(ctx.flows);
  const spans = [...reading.found.values(), ...(reading.phone ? [reading.phone] : [])];
  // The message's words without its values, read by the matcher once, and only if the readings differ.
  let words: Analysis | undefined;
  const analysis = () => {
    if (words) return words;
    const cut = cutOut(reading.text, spans);
    // Usually the text the matcher read (no phone number made it read contact words otherwise): its analysis.
    words =
      reading.analysed?.text === cut ? reading.analysed.analysis : intentMatcherFor(ctx.flows, ctx.words).analyse(cut);
    return words;
  };
  return withSecondOpinion(routing, {
    reading,
    flows: ctx.flows,
    inputs: ctx.inputs,
    byId,
    negated: () => analysis().negated,
    turnsAround: (flowId) => intentMatcherFor(ctx.flows, ctx.words).turnsAround(flowId),
    wordCount: () => analysis().tokens.length,
    callsOutside: (flowId) => outside.has(flowId),
    offerable: (flowId) => {
      const label = byId.get(flowId)?.label;
      return label !== undefined && ctx.words.has(label, ctx.language);
    },
    variablesFor: (flow) =>
      understoodVariables(flow, reading.found, flow.topic === undefined ? '' : searchWordsOf(analysis())),
  });
}

/**
 * The flow a message surely asks for by a trigger alone (a button's payload, a pattern, the whole message one of a
 * flow's keywords: "tra cứu hồ sơ"), or null; nothing else is read (no values, no examples). What the bot would start
 * at once, had it not fallen silent for an official.
 */
export function findSureTrigger(text: string, flows: readonly VersionedFlow[]): string | null {
  const trimmed = text.trim();
  const { triggers } = routeIndexFor(flows);
  let best: Candidate | undefined;
  for (const candidate of triggerCandidates(triggers, trimmed, foldText(trimmed))) {
    if (candidate.score >= 3 && (best === undefined || candidate.score > best.score)) best = candidate;
  }
  return best?.flow.id ?? null;
}

/** What the matcher found, and the analysis of the text it read when that was read as a plain text (no phone given). */
type Reading = Partial<MatcherReading> & { analysed?: { text: string; analysis: Analysis } };

function isComplete(reading: Reading): reading is MatcherReading & Reading {
  return reading.text !== undefined && reading.found !== undefined && reading.evidence !== undefined;
}

/** A flow a trigger of the message points to, and how surely (`triggerCandidates`). */
interface Candidate {
  flow: FlowDefinition;
  score: number;
  length: number;
  save?: { path: string; value: string };
  plainValue?: boolean;
  /** The keyword met inside the message (folded), for a loose keyword. */
  keyword?: string;
}

/**
 * The flows the message's triggers point to: a payload, a pattern, a keyword (3 the whole message, 2 inside it, 1 one
 * typo away). An indexed loop: a release has hundreds of keywords, and a `for … of` in the router allocated an
 * iterator result for each of them, every message.
 */
function triggerCandidates(triggers: readonly PreparedTrigger[], text: string, folded: string): Candidate[] {
  const scoreKeyword = keywordScorer(folded, foldTelex(folded));
  const candidates: Candidate[] = [];
  let typed: TypedWords | undefined;
  for (let t = 0; t < triggers.length; t += 1) {
    const entry = triggers[t] as PreparedTrigger;
    const { flow } = entry;
    if (entry.kind === 'payload') {
      const { trigger } = entry;
      if (text === trigger.value || (text.startsWith(trigger.value) && text.charAt(trigger.value.length) === ' ')) {
        const rest = text.slice(trigger.value.length).trim();
        candidates.push({
          flow,
          score: 10,
          length: trigger.value.length,
          ...(trigger.save && rest ? { save: { path: trigger.save, value: rest } } : {}),
        });
      }
    } else if (entry.kind === 'regex') {
      const { trigger } = entry;
      const match = entry.regex?.exec(text);
      if (match) {
        const value = match[1] ?? match[0];
        candidates.push({
          flow,
          score: 5,
          length: match[0].length,
          ...(trigger.save
            ? { save: { path: trigger.save, value }, plainValue: wordsOf(text.replace(match[0], ' ')).length === 0 }
            : {}),
        });
      }
    } else {
      const score = scoreKeyword(entry);
      // One typo away on folded text: not when the marks the citizen typed say another word ("sát đầu" is no
      // "bắt đầu"), nor, inside a longer message, when the word that differs is a well-formed syllable ("sat").
      if (score > 1 || (score === 1 && looseKeywordHolds(entry, (typed ??= typedWords(text, folded))))) {
        candidates.push({ flow, score, length: entry.keyword.length, keyword: entry.keyword });
      }
    }
  }
  return candidates;
}

/**
 * `routeMessage`; `courtesy`: a greeting opening the message is read as courtesy (not when reading it whole);
 * `reading`: filled with what the matcher found, for the classifier (the last reading of a greeting's message wins).
 */
function routeReading(text: string, ctx: RoutingContext, courtesy: boolean, reading: Reading = {}): Routing {
  const index = routeIndexFor(ctx.flows);
  const { flows, byId, triggers, entityTypes, typesFound, takingValues, outside } = index;
  const folded = foldText(text);
  const candidates = triggerCandidates(triggers, text, folded);
  // Highest score wins; among equals the longest (most specific) keyword.
  const sorted = candidates.sort((a, b) => b.score - a.score || b.length - a.length);
  const toFlow = (c: Candidate, via: 'trigger' | 'keyword'): Routing => ({
    kind: 'flow',
    flowId: c.flow.id,
    variables: c.save ? setPath({}, c.save.path, c.save.value) : {},
    via,
    ...(c.plainValue ? { plainValue: true } : {}),
    ranked: NOTHING_RANKED,
  });
  const sure = sorted.find((c) => c.score >= 3);
  if (sure) return toFlow(sure, 'trigger');
  if (text.startsWith('#')) {
    const loose = sorted[0];
    return loose ? toFlow(loose, 'keyword') : { kind: 'none', ranked: NOTHING_RANKED };
  }
  // A greeting opening a longer message is courtesy ("Hi, there is a big hole in the road …"): what follows says what
  // is wanted. When that asks for nothing the whole message is read (a greeting and a name, "chào ad"); when it only
  // comes near to flows, what the whole message starts is offered after them ("Good afternoon from a new resident":
  // the welcome).
  // One of a flow's examples, greeting and all, is read whole (an admin taught it as written: below).
  const taught = !ctx.midQuestion && exampleFlows(index, text).length > 0;
  const afterGreeting =
    courtesy && !taught && opensWithGreetingWord(text, ctx.words) ? withoutLeadingGreeting(text, ctx.words) : null;
  // A word or two after it are whom it greets ("xin chào cán bộ", "chào ad"): the whole message is a greeting.
  if (afterGreeting !== null && greetedWords(afterGreeting, ctx.words) >= GREETED_WORDS) {
    const rest = routeReading(afterGreeting, ctx, true, reading);
    if (rest.kind === 'flow') return rest;
    const whole = routeReading(text, ctx, false, reading);
    const offered = rest.kind === 'ask' ? rest.choices.map((c) => c.flow.id) : [];
    // Nothing asked after the greeting, or only what the whole message starts ("good evening everyone": the welcome).
    if (rest.kind === 'none' || (whole.kind === 'flow' && offered.includes(whole.flowId))) return whole;
    const more =
      whole.kind === 'flow'
        ? [{ flow: byId.get(whole.flowId), variables: whole.variables }]
        : whole.kind === 'ask'
          ? whole.choices
          : [];
    const choices = [...rest.choices];
    for (const choice of more) {
      if (choice.flow === undefined || offered.includes(choice.flow.id)) continue;
      if (choices.length >= DEFAULT_INTENT_THRESHOLDS.maxChoices) break;
      offered.push(choice.flow.id);
      choices.push({ flow: choice.flow, variables: choice.variables });
    }
    return { ...rest, choices };
  }

  const types = typesFound;
  const asTyped = text.normalize('NFC');
  let found = ctx.inputs.findEntities(asTyped, types);
  // A code said aloud to a voice keyboard ("không không không chấm …", "pê a gạch ngang …"): written down, and read so
  // when that gives a value the message as typed lacks.
  let normalized = asTyped;
  const written = writeSpokenCodes(asTyped);
  if (written !== asTyped) {
    const foundWritten = ctx.inputs.findEntities(written, types);
    if ([...foundWritten.keys()].some((type) => !found.has(type))) {
      normalized = written;
      found = foundWritten;
    }
  }
  // A phone number is no flow's value, but it says the citizen gives a way to be reached (a report's own number, an
  // advert's): the contact words beside it ask for no contact details.
  // A value inside a longer value of another type is part of it ("PA ZL 2026 000 431": a ticket number, whose digits
  // are no tax code).
  for (const [type, match] of found) {
    for (const other of found.values()) {
      if (other.start <= match.start && other.end >= match.end && other.end - other.start > match.end - match.start) {
        found.delete(type);
        break;
      }
    }
  }
  const phone = entityTypes.has(PHONE) ? undefined : found.get(PHONE);
  if (phone) found.delete(PHONE);
  // A message that is only a value of a flow's type that the type refuses ("4101567823": ten digits whose check digit
  // is wrong) asks for that flow: it starts, and the citizen is told why the value is refused (the engine does), not
  // the fallback. Not a mobile number, nor an answer to a question (the question tells it).
  if (found.size === 0 && !phone && !ctx.midQuestion && ctx.inputs.findRefused && entityTypes.size > 0) {
    for (const [type, match] of ctx.inputs.findRefused(normalized, entityTypes)) {
      if (wordsOf(cutOut(normalized, [match])).length > 0) continue;
      const [flow] = flows
        .filter((f) => (f.entities ?? []).some((entity) => entity.type === type))
        .sort((a, b) => a.id.localeCompare(b.id));
      if (flow)
        return {
          kind: 'flow',
          flowId: flow.id,
          variables: {},
          via: 'entity',
          plainValue: true,
          ranked: NOTHING_RANKED,
        };
    }
  }
  // The values are cut out: what is left says what the citizen wants done with them. A forwarded message ("Fwd: Cổng
  // dịch vụ công đã tiếp nhận hồ sơ <mã>… Vui lòng theo dõi…") is someone else's words: only its values are the
  // citizen's, given as if typed alone.
  const forwarded = found.size > 0 && FORWARDED.test(normalized);
  const rest = forwarded ? '' : cutOut(normalized, [...found.values(), ...(phone ? [phone] : [])]);
  const matcher = intentMatcherFor(ctx.flows, ctx.words);
  const { analysis, ranked, asked } = matcher.match(rest, { phoneGiven: phone !== undefined });
  // A mobile number may also pass a tax code's check digit: given as a way to be reached ("gọi em 0905…"), or named a
  // phone number ("sđt 0912…", "số điện thoại 0912…"), it is one.
  if (phone && (analysis.contact || NAMED_PHONE.test(foldText(normalized.slice(0, phone.start))))) {
    for (const [type, match] of found) if (match.start === phone.start && match.end === phone.end) found.delete(type);
  }
  reading.text = normalized;
  // Folding is the same before and after NFC: the text folded for the triggers is the text read, folded.
  if (normalized === asTyped) reading.folded = folded;
  else delete reading.folded;
  reading.found = found;
  if (phone) delete reading.analysed;
  else reading.analysed = { text: rest, analysis };
  if (phone) reading.phone = phone;
  else delete reading.phone;
  const confidence = (flowId: string) => ranked.confidence(flowId);
  const top = ranked.near[0];
  let cuesHeld: string[] | undefined;
  /** The message holds a cue or an ask of the flow: words that belong to its job, not only words its examples share. */
  const ownWords = (flowId: string) =>
    asked.includes(flowId) || (cuesHeld ??= matcher.cuesHeld(analysis)).includes(flowId);
  const ownCue = (flowId: string) => (cuesHeld ??= matcher.cuesHeld(analysis)).includes(flowId);
  /** What is asked of the flow ("… chưa trả"), or its cue in a message that is nearly one of its examples. */
  const asksClearly = (intent: RankedIntent) =>
    (asked.includes(intent.flowId) && intent.confidence >= DEFAULT_INTENT_THRESHOLDS.suggest) ||
    (intent.confidence >= MID_QUESTION_CONFIDENCE && ownWords(intent.flowId));
  /** The value types a flow takes (a dossier code, a tax code). */
  const valueTypes = (flowId: string) => (byId.get(flowId)?.entities ?? []).map((entity) => entity.type);
  /**
   * The message names the subject of another flow taking the same values (its cue): "hồ sơ" names the dossier lookup,
   * and following a dossier, or unfollowing it, is about a dossier too.
   */
  const subjectNamed = (flowId: string) => {
    const types = valueTypes(flowId);
    return (
      types.length > 0 &&
      (cuesHeld ??= matcher.cuesHeld(analysis)).some(
        (other) => other !== flowId && valueTypes(other).some((type) => types.includes(type)),
      )
    );
  };
  /**
   * A flow that calls the LGSP starts on evidence of its own only: a value of its type (above), its cue (its subject:
   * "hồ sơ", "mã số thuế") in the message, or the message is one of its examples (an admin taught it: "xin đóng dấu
   * giáp lai"). An ask alone ("tra cứu", "đến đâu rồi", "check") is none, whatever is looked up ("tra cứu điểm thi").
   * Otherwise it is offered, beside the next flow near enough, those holding words of their own first ("tắt thông báo
   * đi": unsubscribing before unfollowing a dossier), or nothing (`askOnly`), however near its examples came: an
   * out-of-scope message never reaches another system by a resemblance.
   */
  const withoutEvidence = (flowId: string) =>
    outside.has(flowId) && !ownCue(flowId) && !subjectNamed(flowId) && confidence(flowId) < ONE_OF_ITS_EXAMPLES;
  // Named before it is stored: V8 allocates a function written straight into a property (`reading.evidence = (…) =>`)
  // in the old generation, as it would a method, and from there this closure of one message kept everything its
  // routing made alive through every young collection until a full one (1.1–1.3 MB promoted at each, pauses three
  // times as long).
  const hasEvidence = (flowId: string) => !withoutEvidence(flowId);
  reading.evidence = hasEvidence;
  const offerable = (flowId: string) => {
    const label = byId.get(flowId)?.label;
    return label !== undefined && ctx.words.has(label, ctx.language);
  };
  const variablesOf = (flow: FlowDefinition) => understoodVariables(flow, found, searchWordsOf(analysis));
  /**
   * The flow that takes statements (a report) a message telling something (`TOLD_WORDS`, no question) holds the cue or
   * ask of, if any.
   */
  const toldFlow = (): FlowDefinition | undefined => {
    if (ctx.midQuestion || analysis.question) return undefined;
    if (analysis.tokens.filter((t) => HAS_LETTER.test(t.word)).length < TOLD_WORDS) return undefined;
    return flows.find((f) => matcher.takesStatements(f.id) && offerable(f.id) && ownWords(f.id));
  };
  /** A flow started on its examples or a loose keyword, unless the message tells something: then the report first. */
  const startOrTold = (flow: FlowDefinition, routing: Routing): Routing => {
    if (matcher.takesStatements(flow.id)) return routing;
    const told = toldFlow();
    if (!told) return routing;
    return {
      kind: 'ask',
      choices: [told, flow].map((f) => ({ flow: f, variables: variablesOf(f) })),
      ranked,
    };
  };
  /**
   * `startOrTold` for a flow its examples chose; unless another flow taking the same values is asked more ("hồ sơ mình
   * chuyển bước nào thì ib mình": to be told of the dossier, more than how it is doing): both are offered, that one
   * first.
   */
  const startFromExamples = (flow: FlowDefinition): Routing => {
    const types = valueTypes(flow.id);
    const rank = (flowId: string) => (asked.includes(flowId) ? asked.indexOf(flowId) : asked.length);
    const sibling = ctx.midQuestion
      ? undefined
      : asked.find(
          (flowId) =>
            flowId !== flow.id &&
            rank(flowId) < rank(flow.id) &&
            valueTypes(flowId).some((type) => types.includes(type)) &&
            offerable(flowId),
        );
    const other = sibling === undefined ? undefined : byId.get(sibling);
    if (other)
      return { kind: 'ask', choices: [other, flow].map((f) => ({ flow: f, variables: variablesOf(f) })), ranked };
    return startOrTold(flow, { kind: 'flow', flowId: flow.id, variables: variablesOf(flow), via: 'examples', ranked });
  };
  // The message is one of a flow's examples (its words folded; or, holding no value a flow takes, its words but its
  // numbers, as the learning loop teaches a message: "add as example" leaves out what it masked): the examples say
  // what it is, whatever else the rules below would read in it (a subject no flow serves, a cue of another flow, the
  // classifier's guess). One of two flows' examples is asked about. A value a flow takes decides below, as ever
  // ("status of my report PA-2026-000733": that ticket, though "status of my report" lists one's reports).
  if (!ctx.midQuestion) {
    const exact = exampleFlows(index, normalized);
    const unmasked = found.size === 0 ? rest.replace(MASKED, ' ') : normalized;
    const taughtFlows = exact.length > 0 || unmasked === normalized ? exact : exampleFlows(index, unmasked);
    if (taughtFlows.length > 0) {
      const offered = taughtFlows.filter((flowId) => offerable(flowId));
      // Of two or more flows sharing the example, the one that can be offered; none offerable, none is picked
      // arbitrarily: the rules below decide.
      const [only] = taughtFlows.length === 1 ? taughtFlows : offered.length === 1 ? offered : [];
      const onlyFlow = only === undefined ? undefined : byId.get(only);
      if (onlyFlow)
        return {
          kind: 'flow',
          flowId: onlyFlow.id,
          variables: variablesOf(onlyFlow),
          via: 'examples',
          example: true,
          ranked,
        };
      const choices = offered
        .slice(0, DEFAULT_INTENT_THRESHOLDS.maxChoices)
        .map((flowId) => byId.get(flowId))
        .filter((flow) => flow !== undefined)
        .map((flow) => ({ flow, variables: variablesOf(flow) }));
      if (choices.length > 0) return { kind: 'ask', choices, example: true, ranked };
    }
  }
  // An advert with a number to call or a chat to open ("nhận làm sổ đỏ nhanh, lh 09…") is out of scope: nothing in it
  // is asked of a flow, whatever procedure or subject it names.
  if (analysis.advert) return { kind: 'none', offTopic: true, ranked };
  // A subject no flow serves ("giá vàng", "xổ số") starts no flow, values found in it included (a phone number in an
  // advert is no tax code), unless the message clearly asks for one. Words of a job in it are asked about ("trẻ con đá
  // bóng giữa đường, nguy hiểm": a problem to report?); without any, the out-of-scope answer.
  // Clearly asking needs the flow's subject named too: the ask may be of the subject no flow serves ("tra cứu hóa đơn
  // tiền điện" names no dossier, "số điện thoại taxi" no office).
  // The subject named outside the phrase of no flow's subject: in "thủ tục cúng tân gia" (a rite) "thủ tục" names none.
  const cuesOutside = analysis.offTopic ? matcher.cuesOutsideOffTopic(analysis) : [];
  if (analysis.offTopic && !(top && asksClearly(top) && cuesOutside.includes(top.flowId))) {
    // A lookup by a value (a company by its tax code) is offered only when the message asks something of it: its
    // subject named in passing is no wish to look it up ("hồ sơ xin việc gửi công ty … chưa thấy gọi phỏng vấn": a job
    // application, no company to look up; "tra cứu doanh nghiệp theo tên …" asks it).
    const looksUpByValue = (flowId: string) => outside.has(flowId) && (byId.get(flowId)?.entities ?? []).length > 0;
    // A wish turned around whose subject no flow serves is what the citizen no longer wants to receive ("ko muốn nhận
    // tin cảnh báo thời tiết nữa"): the flow turning a wish around that the examples come nearest to, calling no other
    // system, is offered first.
    const turning = analysis.negated
      ? ranked.near.find(
          (r) =>
            matcher.turnsAround(r.flowId) &&
            r.confidence >= RUNNER_UP_OFFERED &&
            !outside.has(r.flowId) &&
            offerable(r.flowId),
        )?.flowId
      : undefined;
    const choices = ctx.midQuestion
      ? []
      : [...(turning === undefined ? [] : [turning]), ...cuesOutside.filter((flowId) => flowId !== turning)]
          .filter((flowId) => !looksUpByValue(flowId) || asked.includes(flowId))
          .map((flowId) => byId.get(flowId))
          .filter((flow): flow is FlowDefinition => flow !== undefined && offerable(flow.id))
          .slice(0, DEFAULT_INTENT_THRESHOLDS.maxChoices)
          .map((flow) => ({ flow, variables: variablesOf(flow) }));
    return choices.length > 0 ? { kind: 'ask', choices, ranked } : { kind: 'none', offTopic: true, ranked };
  }

  if (found.size > 0) {
    // A flow whose asks the message holds comes first, the one asked most before the others ("khi nào <mã> có kết quả
    // thì nhắn tôi": follow that dossier).
    const askedRank = (flowId: string) => (asked.includes(flowId) ? asked.indexOf(flowId) : asked.length);
    // A message turning a wish around is about the value's flow that turns it around ("ngừng nhận cập nhật hồ sơ
    // <mã>": stop following that dossier), whatever another flow's ask says.
    const turnsAround = (flowId: string) => analysis.negated && matcher.turnsAround(flowId);
    const notTurning = (flowId: string) => !analysis.negated && matcher.turnsAround(flowId) && !ownWords(flowId);
    // Only flows that take values are looked at (a closure and a list per flow of a large release, every message).
    const withEntity = takingValues
      .filter((flow) => (flow.entities ?? []).some((e) => found.has(e.type)))
      .sort(
        (a, b) =>
          Number(turnsAround(b.id)) - Number(turnsAround(a.id)) ||
          // A message that turns nothing around and holds no word of a flow that does asks nothing of it ("<mã> cần bổ
          // sung gì nữa không": no unfollowing; "bo theo doi <mã>" holds its words).
          Number(notTurning(a.id)) - Number(notTurning(b.id)) ||
          askedRank(a.id) - askedRank(b.id) ||
          confidence(b.id) - confidence(a.id) ||
          Number(offerable(b.id)) - Number(offerable(a.id)) ||
          a.id.localeCompare(b.id),
      );
    const best = withEntity[0];
    // A clear wish for a flow that takes no such value wins ("phản ánh: hồ sơ … bị chậm" is feedback).
    const otherWish =
      top !== undefined &&
      !(best !== undefined && turnsAround(best.id)) &&
      !withEntity.some((f) => f.id === top.flowId) &&
      // Only a flow that takes no values at all: "PA-ZL-… sao rồi" is no dossier question without a dossier code.
      (byId.get(top.flowId)?.entities ?? []).length === 0 &&
      top.confidence >= DEFAULT_INTENT_THRESHOLDS.route &&
      top.confidence - (best ? confidence(best.id) : 0) >= DEFAULT_INTENT_THRESHOLDS.margin &&
      // A value its flow's subject names ("Mã số hồ sơ: <mã> … Thủ tục: …", a pasted slip) is that flow's, unless the
      // message asks something of the other one: resemblance alone is no wish.
      !(best !== undefined && ownCue(best.id) && !asked.includes(top.flowId)) &&
      // Unless it asks of the value's flow what it asks of the other ("PA-ZL-… của em xử lý chưa": that ticket), or asks
      // of the value's flow and holds no word of the other ("xem phản ánh số PA-ZL-…": that ticket, not a new report).
      !(best !== undefined && asked.includes(best.id) && (asked.includes(top.flowId) || !ownWords(top.flowId)));
    if (best && !otherWish) {
      const restWords = wordsOf(rest);
      const plainValue =
        restWords.length === 0 ||
        (restWords.length <= PLAIN_VALUE_MAX_WORDS && confidence(best.id) >= DEFAULT_INTENT_THRESHOLDS.route);
      return { kind: 'flow', flowId: best.id, variables: variablesOf(best), via: 'entity', plainValue, ranked };
    }
  }

  /**
   * Offered only flows that call the LGSP without evidence, in a message holding no flow's cue at all: only an ask
   * ("check package status", "đơn hàng online đến đâu rồi") about a subject no flow names. Nothing is offered.
   */
  const askOnly = (flowIds: readonly string[]) =>
    flowIds.every((id) => withoutEvidence(id)) && (cuesHeld ??= matcher.cuesHeld(analysis)).length === 0;
  const offerInstead = (flowId: string): Routing => {
    if (ctx.midQuestion) return { kind: 'none', ranked };
    const next = ranked.near.find(
      (r) =>
        r.flowId !== flowId && r.confidence >= RUNNER_UP_OFFERED && offerable(r.flowId) && !withoutEvidence(r.flowId),
    );
    // A flow whose cue the message holds is offered too ("khu vực ngã tư mưa là ngập tới đầu gối": "tới đầu" is an ask
    // of the dossier lookup, "ngập" a problem to report), before a runner-up that only resembles it; not in a wish
    // turned around ("không muốn nhận thông báo nữa" names subscribing, and asks for the opposite).
    const cued = analysis.negated
      ? undefined
      : (cuesHeld ??= matcher.cuesHeld(analysis)).find(
          (id) => id !== flowId && id !== next?.flowId && offerable(id) && !withoutEvidence(id),
        );
    const flowIds = [flowId, ...(cued ? [cued] : []), ...(next ? [next.flowId] : [])]
      .slice(0, DEFAULT_INTENT_THRESHOLDS.maxChoices)
      .filter((id) => offerable(id))
      .sort((a, b) => Number(ownWords(b)) - Number(ownWords(a)));
    if (askOnly(flowIds)) return { kind: 'none', ranked };
    const choices = flowIds
      .map((id) => byId.get(id))
      .filter((flow) => flow !== undefined)
      .map((flow) => ({ flow, variables: variablesOf(flow) }));
    return choices.length > 0 ? { kind: 'ask', choices, ranked } : { kind: 'none', ranked };
  };
  // Beside a phone number given, a keyword that is a way to be reached ("liên hệ") asks for no contact details.
  const loose = phone ? sorted.find((c) => c.keyword === undefined || !matcher.analyse(c.keyword).contact) : sorted[0];
  // Asked how or where about words no flow knows ("how to lose weight fast"): nothing to start or offer.
  if (!loose && !matcher.topicKnown(analysis) && !(top && top.confidence >= DEFAULT_INTENT_THRESHOLDS.route))
    return { kind: 'none', ranked };
  const decision = decideIntent(ranked.near, offerable);
  // A wish turned around that names the subject of another flow turning one around, about a thing of its own (a flow
  // taking a value: "hs xong rồi, đừng gửi tin báo về hồ sơ đó nữa", that dossier's notices, not every announcement)
  // offers that one first, beside the examples' best.
  const takesValues = (flowId: string) => (byId.get(flowId)?.entities ?? []).length > 0;
  if (analysis.negated && !ctx.midQuestion && top && matcher.turnsAround(top.flowId) && !takesValues(top.flowId)) {
    const named = (cuesHeld ??= matcher.cuesHeld(analysis)).filter(
      (flowId) => flowId !== top.flowId && matcher.turnsAround(flowId) && takesValues(flowId) && offerable(flowId),
    );
    if (named.length > 0 && offerable(top.flowId)) {
      const choices = [...named, top.flowId]
        .slice(0, DEFAULT_INTENT_THRESHOLDS.maxChoices)
        .map((flowId) => byId.get(flowId))
        .filter((flow) => flow !== undefined)
        .map((flow) => ({ flow, variables: variablesOf(flow) }));
      return { kind: 'ask', choices, ranked };
    }
  }
  if (
    decision.kind !== 'route' &&
    !ctx.midQuestion &&
    top &&
    offerable(top.flowId) &&
    ownWords(top.flowId) &&
    !withoutEvidence(top.flowId) &&
    (clearLead(ranked.near) || agreedLead(ranked.near, (cuesHeld ??= matcher.cuesHeld(analysis)), asked))
  ) {
    const flow = byId.get(top.flowId);
    if (flow) return startFromExamples(flow);
  }
  // Of the flows offered, one is named (its cue) and asked something (its ask), the others could be asked and are not
  // ("hồ sơ sang tên sổ đỏ của nhà tôi sao lâu quá vậy": the dossier, not the procedure its subject names).
  if (decision.kind === 'ask' && !ctx.midQuestion) {
    const namedAndAsked = decision.flowIds.filter((flowId) => asked.includes(flowId) && ownCue(flowId));
    const [only] = namedAndAsked;
    const flow = only === undefined ? undefined : byId.get(only);
    if (
      flow &&
      namedAndAsked.length === 1 &&
      decision.flowIds.every((flowId) => flowId === only || (matcher.listsAsks(flowId) && !asked.includes(flowId)))
    )
      return startFromExamples(flow);
  }
  if (decision.kind === 'route') {
    const flow = byId.get(decision.flowId);
    if (flow && withoutEvidence(flow.id)) return offerInstead(flow.id);
    // The examples name a subject, the message asks something of another flow its examples come near to, and nothing
    // of the first ("sao em làm căn cước 2 tháng chưa có": a dossier waited for, about a procedure's subject): both
    // are offered, the one asked first.
    const askedOther = asked.find(
      (flowId) =>
        flowId !== decision.flowId &&
        confidence(flowId) >= RUNNER_UP_OFFERED &&
        confidence(flowId) >= decision.confidence - ASKED_OTHER_MARGIN &&
        offerable(flowId),
    );
    if (flow && askedOther !== undefined && !asked.includes(flow.id) && !ctx.midQuestion) {
      const other = byId.get(askedOther);
      if (other)
        return { kind: 'ask', choices: [other, flow].map((f) => ({ flow: f, variables: variablesOf(f) })), ranked };
    }
    // Likewise a flow whose own subject (cue) the message names, its examples near too, when the examples' choice
    // holds no word of its own ("alo có ai trực không, cho hỏi cán bộ": a greeting's words, asking for an official).
    const namedOther =
      flow && !ctx.midQuestion && !ownWords(flow.id)
        ? (cuesHeld ??= matcher.cuesHeld(analysis)).find(
            (flowId) =>
              flowId !== flow.id &&
              confidence(flowId) >= RUNNER_UP_OFFERED &&
              confidence(flowId) >= decision.confidence - ASKED_OTHER_MARGIN &&
              offerable(flowId) &&
              !withoutEvidence(flowId),
          )
        : undefined;
    const named = namedOther === undefined ? undefined : byId.get(namedOther);
    if (flow && named)
      return { kind: 'ask', choices: [named, flow].map((f) => ({ flow: f, variables: variablesOf(f) })), ranked };
    if (flow && (!ctx.midQuestion || decision.confidence >= MID_QUESTION_CONFIDENCE)) return startFromExamples(flow);
  }
  // A keyword of the one flow the examples hesitate about confirms it ("tra cuws hoof sow": one typo from a keyword).
  if (loose && decision.kind === 'ask' && decision.flowIds.length === 1 && loose.flow.id === decision.flowIds[0])
    return withoutEvidence(loose.flow.id)
      ? offerInstead(loose.flow.id)
      : startOrTold(loose.flow, { ...toFlow(loose, 'keyword'), ranked });
  if (decision.kind === 'ask' && !ctx.midQuestion) {
    // A message turning a wish around is offered first the flows that turn it around ("ko muốn nhận tin tức của xã":
    // unsubscribing before subscribing).
    // A flow whose cue the message holds is offered too, first, as when nothing fits but a cue ("công ty gần nhà xả
    // nước thải ra ruộng": a problem to report, before the business lookup and the procedures its words resemble).
    const cuedNear = (cuesHeld ??= matcher.cuesHeld(analysis)).filter(
      (flowId) => !decision.flowIds.includes(flowId) && offerable(flowId),
    );
    // The examples' best stays among them: cues alone may name more flows than there are places. The places go first
    // to the flows the message asks something of ("… bấm theo dõi mấy bộ hồ sơ, giờ muốn coi lại": the dossiers
    // followed, before the flows "hồ sơ" and "theo dõi" only name), in the order cues, then examples.
    // A flow the message asks something of, its examples near, joins them ("khi nào hồ sơ xong thì báo em": the
    // dossier, and following it).
    const askedNear = asked.filter(
      (flowId) =>
        !cuedNear.includes(flowId) &&
        !decision.flowIds.includes(flowId) &&
        confidence(flowId) >= RUNNER_UP_OFFERED &&
        offerable(flowId) &&
        !withoutEvidence(flowId),
    );
    const pool = [...cuedNear, ...decision.flowIds, ...askedNear];
    const kept = (flowId: string) => flowId === decision.flowIds[0] || asked.includes(flowId);
    const placed = [...pool.filter(kept), ...pool.filter((flowId) => !kept(flowId))].slice(
      0,
      DEFAULT_INTENT_THRESHOLDS.maxChoices,
    );
    const flowIds = analysis.negated
      ? [...decision.flowIds].sort((a, b) => Number(matcher.turnsAround(b)) - Number(matcher.turnsAround(a)))
      : pool.filter((flowId) => placed.includes(flowId));
    if (askOnly(flowIds)) return { kind: 'none', ranked };
    // A message telling something offers the report first ("góp ý: ủy ban nên mở thêm giờ làm việc…").
    const told = analysis.negated ? undefined : toldFlow()?.id;
    const ordered = told
      ? [told, ...flowIds.filter((flowId) => flowId !== told)].slice(0, DEFAULT_INTENT_THRESHOLDS.maxChoices)
      : flowIds;
    const choices = ordered
      .map((flowId) => byId.get(flowId))
      .filter((flow) => flow !== undefined)
      .map((flow) => ({ flow, variables: variablesOf(flow) }));
    return { kind: 'ask', choices, ranked };
  }
  // A keyword met only one typo away gives way to words that belong to another job ("… administration service
  // center": "service" is one letter from the menu's "services", "service center" asks for the office).
  const typoOnly =
    loose !== undefined &&
    loose.score <= 1 &&
    (cuesHeld ??= matcher.cuesHeld(analysis)).length > 0 &&
    !cuesHeld.includes(loose.flow.id);
  // A keyword of a flow granting a wish gives way in a message turning one around that asks something of a flow
  // turning one around ("tắt báo tình trạng hồ sơ giùm": stop the dossier's notices, not look up its status): the
  // flows are offered below.
  const turnedAround =
    loose !== undefined &&
    analysis.negated &&
    !matcher.turnsAround(loose.flow.id) &&
    asked.some((flowId) => matcher.turnsAround(flowId));
  if (loose && !typoOnly && !turnedAround)
    return withoutEvidence(loose.flow.id)
      ? offerInstead(loose.flow.id)
      : startOrTold(loose.flow, { ...toFlow(loose, 'keyword'), ranked });
  // Nothing fits, but words that belong to a job do ("cột điện nghiêng": a problem to report): asked, never assumed.
  if (decision.kind === 'none' && !ctx.midQuestion) {
    const cued = matcher.cued(analysis);
    // The flow the examples came nearest to, if near, comes first ("nộp hs online được không": a procedure).
    const nearest = ranked.near[0];
    // And from a little less when the message holds its ask ("hồ sơ xong thì nhắn zalo báo mình": follow it).
    const near =
      nearest !== undefined &&
      (nearest.confidence >= NEAREST_BESIDE_CUES ||
        (nearest.confidence >= NEAREST_ASKED_BESIDE_CUES && asked.includes(nearest.flowId)));
    // Without cues, the flows the message asks something of and its examples come near to ("cái này hỗ trợ được mấy
    // việc, cho coi danh sách": the menu), but never one that calls the LGSP on an ask alone.
    // A wish turned around asks of the flows turning one around ("ngày nào cũng nhắn tin …, tắt giúp em": the
    // announcements, turned off).
    const asksOf = (flowId: string) => asked.includes(flowId) || (analysis.negated && matcher.turnsAround(flowId));
    const askedNear = ranked.near
      .filter((r) => r.confidence >= ASKED_WITHOUT_CUES && asksOf(r.flowId) && !withoutEvidence(r.flowId))
      .map((r) => r.flowId);
    // Beside cues, those asked come after them ("em mới dùng lần đầu, không biết hỏi sao": "lần đầu" names a new
    // follower, and how to use the page is asked).
    const cuedIds = nearest && near && !cued.includes(nearest.flowId) ? [nearest.flowId, ...cued] : cued;
    const ids = (
      cued.length === 0 ? askedNear : [...cuedIds, ...askedNear.filter((flowId) => !cuedIds.includes(flowId))]
    ).filter((flowId) => byId.has(flowId) && offerable(flowId));
    // More flows than places: the first and those the message asks something of keep theirs, in that order ("báo tui
    // khi nào hồ sơ xong …": following the dossier, asked, before the flows "hồ sơ" only names), as a "did you mean"
    // of the examples does.
    const keeps = (flowId: string, index: number) => index === 0 || asked.includes(flowId);
    const placed = [...ids.filter(keeps), ...ids.filter((flowId, index) => !keeps(flowId, index))].slice(
      0,
      DEFAULT_INTENT_THRESHOLDS.maxChoices,
    );
    const choices = ids
      .filter((flowId) => placed.includes(flowId))
      .map((flowId) => byId.get(flowId))
      .filter((flow): flow is FlowDefinition => flow !== undefined)
      .map((flow) => ({ flow, variables: variablesOf(flow) }));
    // One flow a citizen telling something is offered (`understanding.statements`: a report), calling no other
    // system, named by its own cue, nearest by its examples too, in a sentence that asks nothing: a citizen telling
    // what happened ("cống trước chợ nghẹt mấy hôm nay": a problem to report). It starts; a yes-or-no question would
    // only delay it. A flow its examples put a hair ahead, holding no word of its own, is no rival ("đường trơn quá té
    // mấy người rồi": "mấy" is in an example of the office's hours too).
    const [only] = choices;
    const rival = (r: RankedIntent) =>
      r.confidence - confidence(only?.flow.id ?? '') >= DEFAULT_INTENT_THRESHOLDS.margin || ownWords(r.flowId);
    if (
      only &&
      choices.length === 1 &&
      matcher.takesStatements(only.flow.id) &&
      !outside.has(only.flow.id) &&
      !analysis.question &&
      ownCue(only.flow.id) &&
      nearest !== undefined &&
      (nearest.flowId === only.flow.id || !rival(nearest)) &&
      confidence(only.flow.id) >= TOLD_NEAREST
    )
      return { kind: 'flow', flowId: only.flow.id, variables: only.variables, via: 'examples', ranked };
    if (choices.length > 0) return { kind: 'ask', choices, ranked };
  }
  return { kind: 'none', ranked };
}

const greetingFirstWords = new WeakMap<object, Set<string>>();
const FIRST_WORD = /^\s*(\S+)/u;

const particleSets = new WeakMap<object, Set<string>>();

/**
 * Whether a message is a greeting and at most whom it greets ("xin chào", "chào ad ạ", "Xin chào ủy ban!"): nothing is
 * asked in it ("xin chào, bạn là ai" asks who we are).
 */
export function isGreetingAlone(text: string, words: Pick<TemplateRenderer, 'wordList' | 'words'>): boolean {
  if (findSmallTalk(text, words) === 'greeting') return true;
  const rest = withoutLeadingGreeting(text, words);
  return rest !== null && greetedWords(rest, words) < GREETED_WORDS;
}

/** The words of a text but courtesy particles ("ạ", "nhé"). */
function greetedWords(text: string, words: Pick<TemplateRenderer, 'words'>): number {
  let particles = particleSets.get(words);
  if (!particles) {
    particles = new Set(words.words(smallTalkWordList('particles')));
    particleSets.set(words, particles);
  }
  const known = particles;
  return wordsOf(text).filter((word) => !known.has(word)).length;
}

/** Whether the text's first word is the first word of a greeting (most messages are read no further for one). */
function opensWithGreetingWord(text: string, words: Pick<TemplateRenderer, 'words'>): boolean {
  let firsts = greetingFirstWords.get(words);
  if (!firsts) {
    firsts = new Set(words.words(smallTalkWordList('greeting')).map((phrase) => foldText(phrase).split(' ')[0] ?? ''));
    greetingFirstWords.set(words, firsts);
  }
  const first = FIRST_WORD.exec(text)?.[1];
  return first !== undefined && firsts.has(foldText(first));
}

/** The text without the spans (a mobile number may also be a tax code: one span, cut once). */
function cutOut(text: string, spans: readonly { start: number; end: number }[]): string {
  let rest = text;
  let cutFrom = Infinity;
  for (const span of [...spans].sort((a, b) => b.start - a.start || b.end - a.end)) {
    const end = Math.min(span.end, cutFrom);
    if (end > span.start) rest = `${rest.slice(0, span.start)} ${rest.slice(end)}`;
    cutFrom = Math.min(cutFrom, span.start);
  }
  return rest;
}

/**
 * Whether the examples and the cue words agree on one flow: the best flow is the only one whose cue the message holds,
 * no other flow's ask is in it, and it leads the next by `AGREED_LEAD.margin` ("rác để mấy ngày không ai thu": a
 * problem to report; nothing else is named).
 */
function agreedLead(ranked: readonly RankedIntent[], cues: readonly string[], asked: readonly string[]): boolean {
  const [top, second] = ranked;
  return (
    top !== undefined &&
    cues.length === 1 &&
    cues[0] === top.flowId &&
    asked.every((flowId) => flowId === top.flowId) &&
    top.confidence >= AGREED_LEAD.confidence &&
    top.confidence - (second?.confidence ?? 0) >= AGREED_LEAD.margin
  );
}

/** Whether the best flow is confident enough and far enough ahead of the next one to start without asking. */
function clearLead(ranked: readonly RankedIntent[]): boolean {
  const [top, second] = ranked;
  return (
    top !== undefined &&
    top.confidence >= CLEAR_LEAD.confidence &&
    top.confidence - (second?.confidence ?? 0) >= CLEAR_LEAD.margin
  );
}

/**
 * The words a search is given (a flow's `topic`): the message's topic, after the words naming no subject
 * (`understanding.not_topic`) that open the message and lead straight into it, which say what is wanted of the
 * subject: "cấp lại căn cước" is the re-issue, not the first card. Such words further on ("… cần giấy tờ gì", the
 * "cấp" of "trợ cấp") stay out, as in the topic; the search drops its own filler ("thủ tục", "làm sao") anyway.
 */
function searchWordsOf(analysis: Analysis): string {
  const { tokens } = analysis;
  const first = tokens.findIndex((token) => token.topical !== false);
  if (first <= 0 || tokens[first]?.clause === true) return analysis.topic;
  return `${tokens
    .slice(0, first)
    .map((token) => token.surface)
    .join(' ')} ${analysis.topic}`.trim();
}

/** The variables a flow gets from what was understood: its entities found, its topic. */
function understoodVariables(
  flow: FlowDefinition,
  found: ReadonlyMap<string, { value: unknown }>,
  /** What the message is about, once values, filler and asks are left out (a procedure search's words). */
  topic: string,
): Variables {
  let variables: Variables = {};
  for (const entity of flow.entities ?? []) {
    const match = found.get(entity.type);
    if (match) variables = setPath(variables, entity.save, match.value);
  }
  if (flow.topic !== undefined && topic.length > 0) variables = setPath(variables, flow.topic, topic);
  return variables;
}

type FlowTrigger = FlowDefinition['triggers'][number];

/** A flow's trigger, prepared once per flow list: keywords folded (and their word count), patterns compiled. */
type PreparedTrigger = { flow: FlowDefinition } & (
  | { kind: 'payload'; trigger: Extract<FlowTrigger, { type: 'payload' }> }
  | { kind: 'regex'; trigger: Extract<FlowTrigger, { type: 'regex' }>; regex: RegExp | null }
  | (PreparedKeyword & {
      kind: 'keyword';
      /** The keyword's words as written (lower case, marks kept), one per folded word. */
      marked: string[];
    })
);

/** A message's words: folded, Telex-folded and as typed (lower case, marks kept), aligned when they can be. */
interface TypedWords {
  folded: string[];
  telex: string[];
  /** Empty when the typed words do not line up with the folded ones (rare symbols): marks are then not checked. */
  marked: string[];
}

/** Lower-cased words with their marks, split like `foldText` splits (one tone-mark placement). */
function markedWords(text: string): string[] {
  return sameToneStyle(text.normalize('NFC').toLowerCase())
    .replace(/[^\p{L}\p{M}\p{N}#\s.-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

function typedWords(text: string, folded: string): TypedWords {
  const foldedWords = folded.split(' ');
  const marked = markedWords(text);
  return {
    folded: foldedWords,
    telex: foldTelex(folded).split(' '),
    marked: marked.length === foldedWords.length ? marked : [],
  };
}

/**
 * Whether a keyword one typo from the message (on folded text) is met: somewhere a window of the message's words is
 * one edit from it with the marks the citizen typed compared too (a word typed without marks meets any), and, unless
 * the window is the whole message, the words that differ are no well-formed syllables (a syllable is a word, like
 * the speller's rule: "sat dau nam" is no "bat dau").
 */
function looseKeywordHolds(entry: Extract<PreparedTrigger, { kind: 'keyword' }>, typed: TypedWords): boolean {
  const size = entry.words;
  const count = typed.folded.length;
  if (size !== count && size >= count) return typed.marked.every((w, i) => w === typed.folded[i]);
  for (const source of [typed.folded, typed.telex]) {
    for (let start = 0; start + size <= count; start += 1) {
      const window = source.slice(start, start + size);
      if (!withinOneEdit(window.join(' '), entry.keyword)) continue;
      const whole = size === count;
      let ok = true;
      const shown: string[] = [];
      const wanted: string[] = [];
      for (let k = 0; k < size && ok; k += 1) {
        const word = window[k] ?? '';
        const keywordWord = entry.keyword.split(' ')[k] ?? '';
        const typedWord = typed.marked[start + k];
        const hasMarks = typedWord !== undefined && typedWord !== typed.folded[start + k];
        shown.push(hasMarks ? typedWord : word);
        wanted.push(hasMarks ? (entry.marked[k] ?? keywordWord) : keywordWord);
        if (!whole && word !== keywordWord && !hasMarks && VIETNAMESE_SYLLABLE.test(word)) ok = false;
      }
      if (ok && withinOneEdit(shown.join(' '), wanted.join(' '))) return true;
    }
  }
  return false;
}

/** What routing needs of a flow list, prepared once: a release's flow list is one array for every message. */
interface RouteIndex {
  flows: FlowDefinition[];
  byId: Map<string, FlowDefinition>;
  /** Every trigger of every flow, in the flows' order (ties between candidates keep it). */
  triggers: PreparedTrigger[];
  /** The value types some flow takes (found anywhere in a message). */
  entityTypes: Set<string>;
  /** Those and a phone number: what is looked for in every message. */
  typesFound: string[];
  /** The flows that take values, in the flows' order. */
  takingValues: FlowDefinition[];
  /** Flows that call the LGSP, by a step of their own or through a flow they start. */
  outside: Set<string>;
  /** The flows each example (every language) is one of, by its words folded (`exampleKey`). */
  examples: Map<string, string[]>;
}

/** An example's or a message's words, folded, one space apart: punctuation and marks aside, they are the same text. */
function exampleKey(text: string): string {
  return wordsOf(text).join(' ');
}

/** The flows a message is one of the examples of, its words folded (empty: none). */
function exampleFlows(index: RouteIndex, text: string): readonly string[] {
  const key = exampleKey(text);
  return key.length === 0 ? [] : (index.examples.get(key) ?? []);
}

const routeIndexes = new WeakMap<readonly VersionedFlow[], RouteIndex>();

function routeIndexFor(versioned: readonly VersionedFlow[]): RouteIndex {
  const known = routeIndexes.get(versioned);
  if (known) return known;
  const flows = versioned.map((f) => f.flow);
  const byId = new Map<string, FlowDefinition>();
  for (const flow of flows) if (!byId.has(flow.id)) byId.set(flow.id, flow);
  const triggers: PreparedTrigger[] = [];
  for (const flow of flows) {
    for (const trigger of flow.triggers) {
      if (trigger.type === 'payload') triggers.push({ flow, kind: 'payload', trigger });
      else if (trigger.type === 'regex')
        triggers.push({ flow, kind: 'regex', trigger, regex: safeRegex(trigger.pattern) });
      else if (trigger.type === 'keywords') {
        for (const value of trigger.values) {
          const keyword = foldText(value);
          const marked = markedWords(value);
          const keywordWords = keyword.split(' ');
          triggers.push({
            flow,
            kind: 'keyword',
            ...prepareKeyword(keyword),
            marked: marked.length === keywordWords.length ? marked : keywordWords,
          });
        }
      }
    }
  }
  const examples = new Map<string, string[]>();
  for (const flow of byId.values()) {
    for (const example of LANGUAGES.flatMap((language) => flow.examples?.[language] ?? [])) {
      const key = exampleKey(example);
      const ids = examples.get(key) ?? [];
      if (key.length > 0 && !ids.includes(flow.id)) examples.set(key, [...ids, flow.id]);
    }
  }
  const entityTypes = new Set(flows.flatMap((flow) => (flow.entities ?? []).map((e) => e.type)));
  const takingValues = flows.filter((flow) => (flow.entities ?? []).length > 0);
  const index = {
    flows,
    byId,
    triggers,
    entityTypes,
    typesFound: [...entityTypes, PHONE],
    takingValues,
    outside: flowsCallingOutside(byId),
    examples,
  };
  routeIndexes.set(versioned, index);
  return index;
}

/** Actions that ask another system (the LGSP) on the citizen's behalf: their names start so. */
const OUTSIDE_ACTION_PREFIX = 'lgsp.';

/** The flows that call an outside action, by a `call` step or through a `flow` step starting one that does. */
export function flowsCallingOutside(byId: ReadonlyMap<string, FlowDefinition>): Set<string> {
  const memo = new Map<string, boolean>();
  const calls = (flowId: string, seen: Set<string>): boolean => {
    const known = memo.get(flowId);
    if (known !== undefined) return known;
    const flow = byId.get(flowId);
    if (!flow || seen.has(flowId)) return false;
    seen.add(flowId);
    const result = Object.values(flow.steps).some(
      (step) =>
        (step.type === 'call' && step.action.startsWith(OUTSIDE_ACTION_PREFIX)) ||
        (step.type === 'flow' && calls(step.flow, seen)),
    );
    memo.set(flowId, result);
    return result;
  };
  return new Set([...byId.keys()].filter((flowId) => calls(flowId, new Set())));
}

const regexCache = new Map<string, RegExp | null>();

/** Compiled trigger pattern, or null when it does not compile (validation reports it; the engine skips it). */
function safeRegex(pattern: string): RegExp | null {
  if (!regexCache.has(pattern)) {
    let compiled: RegExp | null;
    try {
      compiled = new RegExp(pattern, 'iu');
    } catch {
      compiled = null;
    }
    regexCache.set(pattern, compiled);
  }
  return regexCache.get(pattern) ?? null;
}

/** Something about a flow's examples worth a look; never blocks publishing. */
export interface ExampleWarning {
  kind: 'example_overlap' | 'example_confused';
  flowId: string;
  message: string;
}

/**
 * Checks the flows' examples against each other: the same phrase (once folded, corrected and its synonyms replaced)
 * given to two flows, and examples that the other examples would send to another flow (each half of the examples is
 * understood by a matcher built from the other half, so an example never matches itself).
 */
export function checkExamples(
  flows: readonly FlowDefinition[],
  words: Pick<TemplateRenderer, 'wordList'>,
): ExampleWarning[] {
  const warnings: ExampleWarning[] = [];
  const owners = new Map<string, { flowId: string; example: string }>();
  const all = createFlowIntentMatcher(flows, words);
  for (const flow of flows) {
    for (const example of flowPhrases(flow)) {
      const key = all
        .analyse(example)
        .tokens.map((t) => t.word)
        .join(' ');
      const owner = owners.get(key);
      if (owner && owner.flowId !== flow.id) {
        warnings.push({
          kind: 'example_overlap',
          flowId: flow.id,
          message: `example "${example}" is the same as "${owner.example}" of flow ${owner.flowId}`,
        });
      } else if (!owner) owners.set(key, { flowId: flow.id, example });
    }
  }
  for (const half of [0, 1]) {
    const training = flows.map((flow) => ({
      flowId: flow.id,
      examples: flowPhrases(flow).filter((_, i) => i % 2 !== half),
    }));
    const matcher = createIntentMatcher(
      training.filter((f) => f.examples.length > 0),
      lexiconSource(words),
    );
    for (const flow of flows) {
      flowPhrases(flow).forEach((example, i) => {
        if (i % 2 !== half) return;
        const { ranked } = matcher.match(example);
        const [top] = ranked.near;
        const own = ranked.confidence(flow.id);
        if (
          top &&
          top.flowId !== flow.id &&
          top.confidence >= DEFAULT_INTENT_THRESHOLDS.route &&
          top.confidence - own >= DEFAULT_INTENT_THRESHOLDS.margin
        ) {
          warnings.push({
            kind: 'example_confused',
            flowId: flow.id,
            message: `example "${example}" is understood as flow ${top.flowId} (${top.confidence}, like "${top.example}")`,
          });
        }
      });
    }
  }
  return warnings;
}
