import type { Logger } from '../platform/logger.js';
import type { ActionOutcomeRecorder, ActionRegistry } from './actions.js';
import type { ConversationMetrics } from './conversation-metrics.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { InboundEvent, InboundPayload, Language } from './channel.js';
import {
  CITIZEN_LEFT_EFFECT,
  HANDOFF_EFFECT,
  HANDOFF_END_EFFECT,
  HANDOFF_FILES_FETCH_EFFECT,
  HANDOFF_FILES_PER_MESSAGE,
  HANDOFF_MESSAGE_EFFECT,
  type HandoffFile,
  findLanguageChange,
  LANGUAGE_EFFECT,
  RELEASE_HELD_EFFECT,
} from './effects.js';
import { DEFAULT_ASK_RETRIES, MAX_BUTTONS, type AskStep, type FlowDefinition } from './flow-schema.js';
import type { FlowSource, VersionedFlow } from './flow-source.js';
import { interpretAnswer, type InterpretContext } from './input-interpreter.js';
import type { InputTypeRegistry } from './input-types.js';
import { createFixedReleaseSource, type ReleaseSource, type ReleaseView } from './release-source.js';
import type { HandoffWait } from './handoff-stats.js';
import { parseOfficeHours, type OfficeHours } from './office-hours.js';
import type { OutageNotice } from './province-settings.js';
import { DEFAULT_LANGUAGE, startOfVietnamDay } from '../kernel/index.js';
import type { Session } from './session.js';
import type { TemplateRenderer } from './template-renderer.js';
import type { LiveHandoffState, TurnResult } from './turn-store.js';
import {
  BACK_PAYLOAD,
  CHOICE_PAYLOAD,
  DONE_PAYLOAD,
  FLOW_PAYLOAD,
  GOTO_PAYLOAD,
  NOT_MEANT_PAYLOAD,
  RESUME_DROP_PAYLOAD,
  RESUME_FRESH_PAYLOAD,
  RESUME_PAYLOAD,
  SKIP_PAYLOAD,
} from './payloads.js';
import { parseBasicInput, photoLimitOf } from './basic-input-types.js';
import { carryMessage } from './carried-message.js';
import { foldText } from './text.js';
import { splitHelpWords } from './help-words.js';
import type { HandoffStore } from './handoff-store.js';
import { offeredButtonsOf, pickOfferedButton, tapsShownIn } from './offered-buttons.js';
import {
  createResume,
  isChoicePending,
  isChoiceTold,
  isOfferPending,
  isResumeOffer,
  readOfferReply,
  RESUME_TEMPLATES,
} from './resume.js';
import { findSmallTalk, withoutLeadingGreeting } from './small-talk.js';
import { asksInEnglish, guessLanguage, isEnglishAlone } from './language-guess.js';
import { createStepMessages } from './step-messages.js';
import { executeStep } from './steps/execute-step.js';
import { answeredTap, isRepeatedTap, tapKind, tapOf } from './repeated-tap.js';
import { runStepAction } from './steps/execute-call-step.js';
import { emitEffect, LANGUAGE_WRITTEN_SOURCE, type StepResult, type Turn } from './turn.js';
import { getPath, setPath, type Variables } from './variables.js';
import { readTypedRating } from './typed-rating.js';
import { findSureTrigger, intentMatcherFor, isGreetingAlone, routeMessage, type Routing } from './understanding.js';
import type { RankedIntents } from './intent-matcher.js';
import { UNDERSTANDING_MISS_EFFECT, understandingMissPayload, type MissOutcome } from './understanding-misses.js';
import { findGlobalCommand, parseYesNo, type GlobalCommand } from './vocabulary.js';

export interface TurnRunnerConfig {
  /** Minutes of silence after which the next message starts afresh (SESSION_TTL_MINUTES). */
  sessionTtlMinutes: number;
  /** OFFICE_HOURS text or an already parsed schedule. */
  officeHours: string | OfficeHours;
  /** Hours without any activity after which a handoff ends by itself and the bot answers again (HANDOFF_IDLE_HOURS). */
  handoffIdleHours?: number;
  /** The outage notice in effect at an instant (province settings), told once a conversation and day; optional. */
  outage?: (at: Date) => OutageNotice | null;
  /** Whether each new handoff is also announced to the webhook (HANDOFF_WEBHOOK_URL is set). */
  notifyHandoffs?: boolean;
  /** The likely wait for an official, read periodically (null: unknown); a citizen handed over is told it. */
  handoffWait?: () => HandoffWait | null;
}

/** What a turn may read: flows, read actions, templates. It writes nothing: writes come back as effects. */
export interface TurnRunnerDeps {
  /** Flow versions by number (sessions pin them); without `releases`, also the published flows. */
  flows: FlowSource;
  actions: ActionRegistry;
  /** Input types ask steps may use: the engine's basics and the modules' (`createInputTypeRegistry`). */
  inputs: InputTypeRegistry;
  /** Texts, and the word lists commands and answers are recognised by, when there is no `releases`. */
  templates: TemplateRenderer;
  /**
   * Releases (flow versions and texts published together): a conversation keeps the release it started on. Without
   * it, `flows` and `templates` are one unnamed release (unit tests, the simulator).
   */
  releases?: ReleaseSource;
  logger: Logger;
  config: TurnRunnerConfig;
  /** Where to count events, flows, action outcomes and fallbacks (the shared Prometheus registry); optional. */
  metrics?: ConversationMetrics;
  /**
   * Where the outcome of each action a citizen's turn runs is also recorded durably (the dashboard's daily lookup
   * counts); never by the simulator. Must not reject: a failed count is the recorder's to log.
   */
  recordActionOutcome?: ActionOutcomeRecorder;
  /**
   * The handoff a citizen was last asked to rate (read only for a message that is a rating: "5", "4 sao"), so that a
   * rating typed instead of tapped rates it (or is told it is rated). Without it, only the buttons rate.
   */
  handoffRatings?: Pick<HandoffStore, 'findRatingAsked'>;
}

/** One event of one citizen, with the state the last committed turn left. */
export interface TurnInput {
  event: InboundEvent;
  session: Session | null;
  language: Language;
  /** Notifications held while the citizen was outside the window: offered after this turn's replies. */
  held: number;
  /** The citizen's live handoff to an official: the bot stays silent but for global commands. */
  handoff?: LiveHandoffState | null;
  now: Date;
  logger: Logger;
}

export interface TurnRunner {
  /** Computes the citizen's new session, the replies and the effects; performs nothing. */
  runTurn(input: TurnInput): Promise<TurnResult>;
}

/** Steps run for one event before the engine assumes a loop in the flow. */
const MAX_STEPS_PER_EVENT = 50;
export { FLOW_PAYLOAD, GOTO_PAYLOAD };
/** Flows the global commands start. */
export const MENU_FLOW_ID = 'menu';
export const HELP_FLOW_ID = 'help';
export const LANGUAGE_FLOW_ID = 'language';
/**
 * Confidence of the examples from which a flow is offered as another subject while a question waits (a sure wish,
 * which leaves the question at once, needs 0.8: `understanding.ts`). Lower, the reply is taken as about the question.
 */
// 0.6: "I want to report a broken street light" (0.67) while a dossier code is asked for is a report to offer; words
// about the question ("em không có mã", "thôi không tra nữa") stay under 0.4.
const MID_QUESTION_OFFER_CONFIDENCE = 0.6;
/** A text question allowing at most this many characters asks for a short answer (a field), not a description. */
const SHORT_ANSWER_MAX = 200;
/** Words saying the citizen means another item than the one shown (`offeredTapFor`). */
const OTHER_WORDS = 'words:reference.other';
/** Four digits in a row: part of a code the citizen typed, so no wish for the one shown (`offeredTapFor`). */
const TYPED_NUMBER = /\p{N}{4}/u;
/** Default of HANDOFF_IDLE_HOURS: a weekend plus a working day, so a Friday evening request survives to Monday. */
export const DEFAULT_HANDOFF_IDLE_HOURS = 72;
/** What the rating buttons under an official's closing notice send (`#handoff_rate <handoff id> <1–5>`). */
const HANDOFF_RATE_PAYLOAD = '#handoff_rate';
/** How long after an official closed a handoff a typed rating ("5") still rates it: the day the question was asked. */
const TYPED_RATING_MS = 24 * 3_600_000;
/** A typed rating is short ("rất không hài lòng ạ"); a longer message is not read as one. */
const TYPED_RATING_MAX_LENGTH = 40;
/** Said once a handoff when the citizen asks the bot for something it would have done: it is paused. */
const BOT_PAUSED_TEMPLATE = 'common:handoff.bot_paused';
/** The short answer to a greeting (small talk), with the menu's button. */
const GREETING_REPLY = 'smalltalk:reply.greeting';
/** The answer to a message about a subject no flow serves (`words:understanding.off_topic`). */
const OFF_TOPIC = 'core:understanding.off_topic';
/** Shorter than this, a message a question takes no text for says nothing worth keeping ("ok", "chờ tí"). */
const KEPT_TEXT_MIN_LENGTH = 10;
/** Said before the invalid-answer message when a question's reply is a subject no flow serves. */
const OFF_TOPIC_MID_QUESTION = 'core:understanding.off_topic_mid_question';
/** Said when a message brings more photos than a question for photos takes (`max`, `count` left out). */
const IMAGE_OVER_TEMPLATE = 'common:input.image_over';

/**
 * What a button sends (`#choice:send`, `#done`, `#procedure_detail 1.001193`): a hashtag in a sentence ("#covid tiêm ở
 * đâu") is a message, not a button.
 */
const BUTTON_PAYLOAD = /^#[a-z_]+(?::\S*|\s\S+)?$/;

/** Creates the turn runner: all state comes in and goes out as data, so any process may run any citizen's turn. */
export function createTurnRunner(deps: TurnRunnerDeps): TurnRunner {
  const officeHours =
    typeof deps.config.officeHours === 'string' ? parseOfficeHours(deps.config.officeHours) : deps.config.officeHours;
  const ttlMs = deps.config.sessionTtlMinutes * 60_000;
  const handoffIdleMs = (deps.config.handoffIdleHours ?? DEFAULT_HANDOFF_IDLE_HOURS) * 3_600_000;
  const releases = deps.releases ?? createFixedReleaseSource(deps.flows, deps.templates);

  const messages = createStepMessages();
  const render = messages.render;
  const menuMessages = messages.menu;
  const askMessages = messages.askMessages;
  const askExtras = messages.askExtras;
  const emit = emitEffect;
  const resume = createResume({
    flows: deps.flows,
    releases,
    goOn: async (turn) => {
      if (turn.session.active && !turn.session.active.waiting) await run(turn);
      else await repeatPrompt(turn);
    },
    start: (turn, flowId, variables) => startFlow(turn, flowId, { variables }),
  });

  async function loadFlow(flowId: string, version: number): Promise<FlowDefinition | null> {
    return deps.flows.findVersion(flowId, version);
  }

  /** The version of a flow in a release, or null when the release has no such flow. */
  function findInRelease(release: ReleaseView, flowId: string): VersionedFlow | null {
    return release.flows.find((f) => f.flow.id === flowId) ?? null;
  }

  /**
   * A session with nothing running. The citizen's own choice of language outlives the conversation (`previous`): a
   * citizen who chose Vietnamese is not switched to English the next day by a message with English words in it.
   */
  function freshSession(now: Date, previous?: Session | null): Session {
    return {
      v: 1,
      active: null,
      stack: [],
      variables: {},
      ...(previous?.languageChosen === true ? { languageChosen: true } : {}),
      updatedAt: now.toISOString(),
    };
  }

  /** Ends whatever runs and tells the citizen something went wrong, with the menu. */
  function abandon(turn: Turn, key = 'common:error.generic') {
    turn.session.active = null;
    turn.session.stack = [];
    turn.out.push(...render(turn, key), ...menuMessages(turn));
  }

  async function startFlow(
    turn: Turn,
    flowId: string,
    options: { step?: string; variables?: Variables } = {},
  ): Promise<void> {
    // The same report asked for anew while one is kept (or half-written): the citizen chooses, neither is lost.
    if (options.step === undefined && (await resume.askBeforeRestart(turn, flowId, options.variables ?? {}))) return;
    // A report half-written is kept aside, not lost, and offered back when this flow is done.
    await resume.keepInterrupted(turn, flowId);
    turn.started.push(flowId);
    // A flow started by the citizen begins a new conversation: it starts on the live release, and nothing carries over
    // from the previous one.
    turn.release = turn.liveRelease;
    const published = findInRelease(turn.release, flowId);
    if (!published) {
      turn.logger.error({ flowId }, 'flow to start is not published');
      abandon(turn);
      return;
    }
    turn.session.stack = [];
    turn.session.variables = options.variables ?? {};
    const step = options.step ?? published.flow.start;
    turn.session.active = { flowId, version: published.version, step, waiting: false, retries: 0 };
    turn.logger.debug({ flowId, version: published.version }, 'flow started');
    deps.metrics?.flowsStarted.inc({ flow: flowId });
    await run(turn);
  }

  /**
   * Starts a flow a message asked for, first telling the citizen why a value of the flow's that the message holds is
   * refused ("mst 2300900006": a wrong check digit), instead of asking for it as if nothing had been typed. The
   * refused value is not given to the flow.
   */
  async function startFlowFromMessage(turn: Turn, flowId: string, text: string, variables: Variables): Promise<void> {
    const flow = findInRelease(turn.liveRelease, flowId)?.flow;
    let given = variables;
    for (const entity of flow?.entities ?? []) {
      if (getPath(variables, entity.save) !== undefined && !refusedWhole(entity.type, getPath(variables, entity.save)))
        continue;
      const refused = deps.inputs.findRefused(text, [entity.type]).get(entity.type);
      if (!refused) continue;
      turn.out.push(...render(turn, refused.template));
      given = setPath(given, entity.save, undefined);
    }
    await startFlow(turn, flowId, { variables: given });
  }

  /** Whether a value saved by a trigger (a whole message shaped like a code) is a refused one. */
  function refusedWhole(type: string, value: unknown): boolean {
    return typeof value === 'string' && deps.inputs.findRefused(value, [type]).has(type);
  }

  /** Runs steps from the active one until a step waits or the flow (and its callers) end. */
  async function run(turn: Turn): Promise<void> {
    while (turn.session.active && !turn.session.active.waiting) {
      turn.steps += 1;
      const active = turn.session.active;
      if (turn.steps > MAX_STEPS_PER_EVENT) {
        turn.logger.error({ flowId: active.flowId, step: active.step }, 'flow loops without waiting; stopped');
        abandon(turn);
        return;
      }
      const flow = await loadFlow(active.flowId, active.version);
      const step = flow?.steps[active.step];
      if (!flow || !step) {
        turn.logger.error({ flowId: active.flowId, version: active.version, step: active.step }, 'flow step missing');
        abandon(turn);
        return;
      }
      const result = await executeStep(step, {
        turn,
        flow,
        name: active.step,
        messages,
        actions: deps.actions,
        officeHours,
        notifyHandoffs: deps.config.notifyHandoffs ?? false,
        handoffWait: deps.config.handoffWait,
        metrics: deps.metrics,
        recordActionOutcome: deps.recordActionOutcome,
      });
      await applyResult(turn, result);
    }
  }

  async function applyResult(turn: Turn, result: StepResult): Promise<void> {
    const active = turn.session.active;
    if (!active) return;
    switch (result.kind) {
      case 'next':
        turn.session.active = { ...active, step: result.step, waiting: false, retries: 0 };
        return;
      case 'wait':
        turn.session.active = { ...active, waiting: true };
        return;
      case 'end': {
        const frame = turn.session.stack.pop();
        turn.session.active = frame ? { ...frame, waiting: false, retries: 0 } : null;
        return;
      }
      case 'start_flow': {
        if (result.returnTo !== undefined) {
          turn.session.stack.push({ flowId: active.flowId, version: active.version, step: result.returnTo });
        }
        // A flow started by a flow belongs to the same conversation: the version in the conversation's release.
        const published = findInRelease(turn.release, result.flowId);
        if (!published) {
          turn.logger.error({ flowId: result.flowId }, 'flow to start is not published');
          abandon(turn);
          return;
        }
        turn.session.active = {
          flowId: result.flowId,
          version: published.version,
          step: published.flow.start,
          waiting: false,
          retries: 0,
        };
        return;
      }
    }
  }

  /** The active ask step, when the session waits for an answer. */
  async function waitingAsk(turn: Turn): Promise<{ flow: FlowDefinition; step: AskStep } | null> {
    const active = turn.session.active;
    if (!active?.waiting) return null;
    const flow = await loadFlow(active.flowId, active.version);
    const step = flow?.steps[active.step];
    return flow && step?.type === 'ask' ? { flow, step } : null;
  }

  function interpretContext(turn: Turn): InterpretContext {
    return {
      language: turn.language,
      variables: turn.session.variables,
      label: (key, language) => turn.release.templates.t(key, language),
      // The words of the conversation's release, like its texts: what its questions told the citizen to type.
      words: turn.release.templates,
      inputs: deps.inputs,
    };
  }

  /** Gives the citizen's answer to the waiting ask step: saves it and runs on, collects more, or re-asks. */
  async function answerAsk(
    turn: Turn,
    flow: FlowDefinition,
    step: AskStep,
    payload: InboundPayload,
    allowTriggers: boolean,
  ): Promise<void> {
    const active = turn.session.active;
    if (!active) return;
    const answeredInWords = step.input.type === 'text' || deps.inputs.takesWords(step.input.type);
    if (allowTriggers && payload.kind === 'text' && answeredInWords) {
      if (await startFlowForPlainValue(turn, flow, payload.text)) return;
      // Any words pass a question for words, so only a sure wish for another flow leaves it ("tra cứu hồ sơ" while a
      // field of feedback is asked for, "hồ sơ của tôi" while a procedure's words are).
      if (await followSureSubject(turn, flow, step, payload.text)) return;
    }
    const result = interpretAnswer(step, payload, interpretContext(turn));
    // Photos beyond the question's max are not taken: said, never dropped silently.
    if (payload.kind === 'image' && step.input.type === 'image') {
      const before = getPath(turn.session.variables, step.save);
      tellImagesOver(turn, step, payload.images.length - roomForImages(step, before));
    }
    switch (result.kind) {
      case 'value': {
        turn.session.variables = setPath(turn.session.variables, step.save, result.value);
        const next = result.next ?? step.next;
        if (next === undefined) await applyResult(turn, { kind: 'end' });
        else turn.session.active = { ...active, step: next, waiting: false, retries: 0 };
        await run(turn);
        return;
      }
      case 'skip': {
        // "bỏ qua" after some photos were sent means "no more": the photos sent are kept and the flow goes on as
        // after "xong" (citizens skip what they think is the next question).
        const collected = getPath(turn.session.variables, step.save);
        const keep = step.input.type === 'image' && Array.isArray(collected) && collected.length > 0;
        if (!keep) turn.session.variables = setPath(turn.session.variables, step.save, undefined);
        const next = keep ? step.next : (step.skip?.next ?? step.next);
        if (next === undefined) await applyResult(turn, { kind: 'end' });
        else turn.session.active = { ...active, step: next, waiting: false, retries: 0 };
        await run(turn);
        return;
      }
      case 'collecting': {
        turn.session.variables = setPath(turn.session.variables, step.save, result.value);
        // What each message brought is acted on at once (photos downloaded before their links expire).
        if (step.each) {
          await runStepAction(step.each, {
            turn,
            flow,
            name: active.step,
            actions: deps.actions,
            metrics: deps.metrics,
            recordActionOutcome: deps.recordActionOutcome,
          });
        }
        turn.out.push(...messages.imageMore(turn, result.value.length));
        return;
      }
      case 'invalid': {
        if (payload.kind === 'text' && !isWeakConfirmation(turn, step, payload.text)) {
          if (await answerSmallTalk(turn, payload.text)) return;
        }
        if (allowTriggers && payload.kind === 'text' && (await followNewSubject(turn, flow, payload.text))) return;
        if (payload.kind === 'text' && keepTextWritten(turn, step, payload.text)) return;
        const retries = active.retries + 1;
        if (retries > (step.retries ?? DEFAULT_ASK_RETRIES)) {
          turn.logger.info({ flowId: flow.id, step: active.step }, 'too many invalid answers');
          if (step.on_fail !== undefined) {
            turn.session.active = { ...active, step: step.on_fail, waiting: false, retries: 0 };
            await run(turn);
          } else abandon(turn, 'common:input.too_many_attempts');
          return;
        }
        turn.session.active = { ...active, retries };
        const invalid = turn.release.templates.render(
          result.template ?? step.invalid ?? deps.inputs.invalidTemplate(step.input.type),
          turn.language,
          turn.session.variables,
        );
        // The invalid message keeps the step's buttons so the citizen can still tap an answer.
        const extras = askExtras(turn, step);
        turn.out.push(
          ...invalid.map((m) =>
            m.kind === 'text' && extras.length > 0 ? { ...m, buttons: extras.slice(0, MAX_BUTTONS) } : m,
          ),
        );
        if (step.input.type === 'contact')
          turn.out.push(...askMessages(turn, flow.id, step).filter((m) => m.kind === 'request_user_info'));
        return;
      }
    }
  }

  /**
   * A message that a question taking no text was sent instead of its answer, kept where the step says (`on_text`: the
   * details of a report typed at its question for photos go into its description) rather than refused and lost; the
   * citizen is told, with the question's buttons, and the question waits on, its tries untouched. False when the
   * message says nothing (too short, no topic words) or would make the variable too long: refused as before.
   */
  function keepTextWritten(turn: Turn, step: AskStep, text: string): boolean {
    const onText = step.on_text;
    const added = text.trim();
    if (!onText || [...added].length < KEPT_TEXT_MIN_LENGTH || !hasSubject(turn, added)) return false;
    const before = getPath(turn.session.variables, onText.append);
    const current = typeof before === 'string' ? before.trim() : '';
    // Sent twice (a retry, a copy pasted again): kept once.
    const kept = current.length > 0 && foldText(current).includes(foldText(added));
    const joined = kept ? current : current.length === 0 ? added : `${current}\n${added}`;
    if (onText.max !== undefined && [...joined].length > onText.max) return false;
    turn.session.variables = setPath(turn.session.variables, onText.append, joined);
    const extras = askExtras(turn, step);
    turn.out.push(
      ...render(turn, onText.template, { ...turn.session.variables, added }).map((m) =>
        m.kind === 'text' && extras.length > 0 ? { ...m, buttons: extras.slice(0, MAX_BUTTONS) } : m,
      ),
    );
    return true;
  }

  /** Tells the citizen that `count` photos of their message were over the question's max (nothing when none). */
  function tellImagesOver(turn: Turn, step: AskStep, count: number): void {
    if (count <= 0) return;
    turn.out.push(...render(turn, IMAGE_OVER_TEMPLATE, { count, max: imageMax(step) }));
  }

  /** A resumable flow's question for photos (`resumable.photos`), or null when it names none. */
  function photosQuestion(flow: FlowDefinition | null): { name: string; step: AskStep } | null {
    const name = flow?.resumable?.photos;
    const step = name === undefined ? undefined : flow?.steps[name];
    return name !== undefined && step?.type === 'ask' && step.input.type === 'image' ? { name, step } : null;
  }

  /**
   * Adds a message's photos to the answer of the flow's question for photos while the flow waits at another question
   * (within that question's max; its `each` runs for them: the feedback downloads them before the links expire), and
   * tells the citizen what was added and what was over the max. The question waiting is asked again by the caller.
   */
  async function addPhotos(
    turn: Turn,
    flow: FlowDefinition,
    photos: { name: string; step: AskStep },
    payload: Extract<InboundPayload, { kind: 'image' }>,
    told: string = RESUME_TEMPLATES.photosAdded,
  ): Promise<void> {
    const { name, step } = photos;
    const collected = getPath(turn.session.variables, step.save);
    const added = Math.min(payload.images.length, roomForImages(step, collected));
    tellPhotosAdded(turn, flow, added, told);
    tellImagesOver(turn, step, payload.images.length - added);
    if (added === 0) return;
    const all = [...(Array.isArray(collected) ? collected : []), ...payload.images.slice(0, added)];
    turn.session.variables = setPath(turn.session.variables, step.save, all);
    if (step.each) {
      await runStepAction(step.each, {
        turn,
        flow,
        name,
        actions: deps.actions,
        metrics: deps.metrics,
        recordActionOutcome: deps.recordActionOutcome,
      });
    }
  }

  /** "Tôi đã thêm 2 ảnh anh/chị vừa gửi vào phản ánh đang viết dở." (nothing when none was added). */
  function tellPhotosAdded(
    turn: Turn,
    flow: FlowDefinition,
    count: number,
    told: string = RESUME_TEMPLATES.photosAdded,
  ): void {
    const key = flow.resumable?.name;
    if (count <= 0 || key === undefined) return;
    const what = turn.release.templates.t(key, turn.language);
    turn.out.push(...render(turn, told, { count, what }));
  }

  /** Asks the question waiting again, or, where the flow resumes through another step (the summary), runs from it. */
  async function askAgainThrough(turn: Turn, flow: FlowDefinition): Promise<void> {
    const active = turn.session.active;
    const through = active ? flow.resumable?.resume_through?.[active.step] : undefined;
    if (active && through !== undefined) {
      turn.session.active = { ...active, step: through, waiting: false, retries: 0 };
      await run(turn);
    } else await repeatPrompt(turn);
  }

  /**
   * Photos sent while a report is kept and nothing runs belong to it: the report resumes with them added to its
   * question for photos (`resumable.photos`), as if the citizen had tapped "Tiếp tục" and sent them there, within
   * that question's max; the citizen is told. False when the kept flow takes no photos (the photos then get the usual
   * answer).
   */
  async function resumeWithPhotos(turn: Turn, payload: Extract<InboundPayload, { kind: 'image' }>): Promise<boolean> {
    const kept = turn.session.kept;
    if (!kept || turn.session.active) return false;
    const flow = await loadFlow(kept.flowId, kept.version);
    const photos = photosQuestion(flow);
    if (!flow || !photos) return false;
    if (kept.fresh !== undefined) {
      // The choice between the kept one and a new one shows: the photos go with the new one (the drain's photo is no
      // evidence for the road's report), and the choice is shown again at the end of the turn.
      const running = turn.session.variables;
      turn.session.variables = kept.fresh;
      await addPhotos(turn, flow, photos, payload, RESUME_TEMPLATES.photosAddedFresh);
      turn.session.kept = { ...kept, fresh: turn.session.variables };
      turn.session.variables = running;
      return true;
    }
    if (!(await resume.restore(turn))) return false;
    // Read again: `restore` set it.
    const active = activeOf(turn);
    if (active?.waiting === true && active.step === photos.name) {
      // Kept at its question for photos: they are its answer, as if sent there.
      const added = Math.min(
        payload.images.length,
        roomForImages(photos.step, getPath(turn.session.variables, photos.step.save)),
      );
      tellPhotosAdded(turn, flow, added);
      await answerAsk(turn, flow, photos.step, payload, false);
      return true;
    }
    // Kept at another question (or to resume through another step): added, then that question asked again.
    await addPhotos(turn, flow, photos, payload);
    await resume.tell(turn, kept, RESUME_TEMPLATES.resumed);
    if (active && !active.waiting) await run(turn);
    else await repeatPrompt(turn);
    return true;
  }

  /**
   * Photos sent while a report waits at another question than its question for photos (the place, the summary) are
   * added to its photos, not refused as an answer to that question; it is asked again (the summary counting them).
   * False when the flow takes no photos, or waits at that question itself (the photos are its answer).
   */
  async function addPhotosMidFlow(
    turn: Turn,
    flow: FlowDefinition,
    payload: Extract<InboundPayload, { kind: 'image' }>,
  ): Promise<boolean> {
    const photos = photosQuestion(flow);
    if (!photos || turn.session.active?.step === photos.name) return false;
    await addPhotos(turn, flow, photos, payload);
    await askAgainThrough(turn, flow);
    return true;
  }

  /**
   * A yes or no word ("ừ", "dạ") that picks none of the options of a question whose options take word lists of their
   * own (erasing one's data takes only a plain "đồng ý"): an answer too weak to act on, not small talk ("ok" there
   * would read as a goodbye). The question's invalid message says how to answer.
   */
  function isWeakConfirmation(turn: Turn, step: AskStep, text: string): boolean {
    const input = parseBasicInput(step.input);
    if (input?.type !== 'choice' || !input.options.some((option) => option.words !== undefined)) return false;
    return parseYesNo(text, turn.release.templates) !== null;
  }

  /**
   * Answers small talk ("cảm ơn", "ok", "alo", 👍) with a short friendly line; a question being asked is asked again.
   * False when the message is not small talk.
   */
  async function answerSmallTalk(turn: Turn, text: string | null): Promise<boolean> {
    const kind = text === null ? 'emoji' : findSmallTalk(text, turn.release.templates);
    // A first greeting is the time to say who we are, as a follow is.
    if (kind === 'greeting' && turn.firstContact && (await startWelcome(turn))) return true;
    if (!kind || !turn.release.templates.has(`smalltalk:reply.${kind}`, turn.language)) return false;
    turn.out.push(...render(turn, `smalltalk:reply.${kind}`));
    const waiting = await waitingAsk(turn);
    if (waiting) turn.out.push(...askMessages(turn, waiting.flow.id, waiting.step));
    return true;
  }

  /**
   * A question that takes any words (a procedure to search for) would swallow a value another flow takes: a tax code,
   * a dossier code, alone or with a few words asking for it, starts that flow instead; false when the text is an answer.
   */
  async function startFlowForPlainValue(turn: Turn, asking: FlowDefinition, text: string): Promise<boolean> {
    const routing = routeMessage(text.trim(), {
      flows: turn.liveRelease.flows,
      words: turn.liveRelease.templates,
      inputs: deps.inputs,
      language: turn.language,
      midQuestion: true,
    });
    if (routing.kind !== 'flow' || !routing.plainValue || routing.flowId === asking.id) return false;
    await startFlow(turn, routing.flowId, { variables: routing.variables });
    return true;
  }

  /**
   * A reply to a question for words that is a sure wish for another flow: the whole message one of its keywords or a
   * value it takes, or, where a short answer or search words are asked for, one of its examples (`routeMessage` with
   * `midQuestion`). Starts that flow; false
   * when the reply stays the answer (the asking flow's own words are its answer).
   */
  async function followSureSubject(turn: Turn, asking: FlowDefinition, step: AskStep, text: string): Promise<boolean> {
    const trimmed = text.trim();
    // Small talk ("xin chào", "ok") is no wish for the welcome: the question takes it as before.
    if (trimmed.startsWith('#') || findSmallTalk(trimmed, turn.release.templates) !== null) return false;
    const subject = subjectOf(turn, trimmed);
    const sure = routeText(turn, subject, true);
    const max = step.input['max'];
    // Search words ("khai sinh", "cấp đổi căn cước") are few and name what is searched. Procedures are named after
    // other flows' subjects ("giải quyết khiếu nại", "cấp lại mã số thuế"): only a keyword of another flow or a value
    // it takes is a change of mind there; one of its examples is at most offered, with the way back (below).
    const search = step.gives_way_to_values === true;
    // A field asked in words: a text question whose length is bounded.
    const shortAnswer = search || (step.input.type === 'text' && typeof max === 'number' && max <= SHORT_ANSWER_MAX);
    // A type that takes words (a place) is often named after an office ("gần trung tâm hành chính công tỉnh"): only a
    // trigger or a value of another flow is a wish there, never its examples.
    const takesWords = step.input.type !== 'text' && deps.inputs.takesWords(step.input.type);
    // A keyword inside a longer answer is loose, and a value in it may be what the citizen tells ("hồ sơ <mã> trễ hẹn"
    // described): only the whole message a trigger is a wish; one of another flow's examples, or a value it takes
    // ("tôi muốn hỏi hồ sơ <mã>" while a field of feedback is asked for), too where a short answer is asked for, not
    // where a description or a message is ("Tôi cần hỏi về thủ tục cấp sổ đỏ" left for an official).
    const wish =
      sure.kind === 'flow' &&
      (sure.via === 'trigger' ||
        (sure.via === 'entity' && (shortAnswer || takesWords)) ||
        (sure.via === 'examples' && shortAnswer && !search));
    if (wish && sure.flowId !== asking.id) {
      turn.logger.debug({ flowId: sure.flowId, via: sure.via }, 'new subject instead of an answer in words');
      await startFlowFromMessage(turn, sure.flowId, subject, carriedVariables(turn, sure, subject));
      return true;
    }
    // A question for a short answer (a field of feedback, not a description or a message left) is asked about a
    // reply its examples place in another flow ("tôi muốn hỏi về giấy khai sinh cho con…"), with the way back; a search
    // also about a reply that names another flow's subject rather than its own ("hồ sơ" for a procedure's words).
    if (shortAnswer) return offerOtherSubject(turn, asking, trimmed, subject, { search });
    return false;
  }

  /** A reply's subject: without help words around it, nor a greeting opening it ("Xin chào, tôi muốn hỏi …"). */
  function subjectOf(turn: Turn, text: string): string {
    const subject = splitHelpWords(text, turn.liveRelease.templates)?.rest || text;
    const afterGreeting = withoutLeadingGreeting(subject, turn.liveRelease.templates);
    return afterGreeting !== null && hasSubject(turn, afterGreeting) ? afterGreeting : subject;
  }

  /**
   * The flow (not the asking one) a message names by its subject (its cue) that takes a value of a type the message
   * holds a refused candidate of; a phone number alone names no tax code lookup.
   */
  function flowOfRefusedValue(turn: Turn, asking: FlowDefinition, text: string): string | undefined {
    const matcher = intentMatcherFor(turn.liveRelease.flows, turn.liveRelease.templates);
    const cues = matcher.cuesHeld(matcher.analyse(text));
    for (const { flow } of turn.liveRelease.flows) {
      if (flow.id === asking.id || !cues.includes(flow.id)) continue;
      const types = (flow.entities ?? []).map((e) => e.type);
      if (types.length > 0 && deps.inputs.findRefused(text, types).size > 0) return flow.id;
    }
    return undefined;
  }

  /** Where a text goes when the citizen asks for something now (the live release's flows and words). */
  function routeText(turn: Turn, text: string, midQuestion: boolean): Routing {
    return routeMessage(text, {
      flows: turn.liveRelease.flows,
      words: turn.liveRelease.templates,
      inputs: deps.inputs,
      language: turn.language,
      midQuestion,
    });
  }

  /**
   * A reply that is no answer to the question being asked may be another subject: a sure wish starts its flow
   * ("tra cứu mã số thuế 2300900005" while a dossier code is asked for); one the bot is unsure of is asked about, with a
   * button back to the question ("theo dõi": follow a dossier, or my follows?). Anything else (an unknown subject,
   * "giá vàng") is left to the question's invalid-answer message. Help words around the message say nothing of it.
   */
  async function followNewSubject(turn: Turn, asking: FlowDefinition, text: string): Promise<boolean> {
    const trimmed = text.trim();
    const subject = subjectOf(turn, trimmed);
    const sure = routeText(turn, subject, true);
    if (sure.kind === 'flow') {
      turn.logger.debug({ flowId: sure.flowId, via: sure.via }, 'new subject in the middle of a question');
      await startFlowFromMessage(turn, sure.flowId, subject, carriedVariables(turn, sure, subject));
      return true;
    }
    // A mistyped value of another flow that the message names ("hồ sơ 000.99.99.H99-999999-9999 của tôi" while a
    // tax code is asked for): that flow, told why the value is refused.
    const refusedFor = flowOfRefusedValue(turn, asking, subject);
    if (refusedFor) {
      await startFlowFromMessage(turn, refusedFor, subject, {});
      return true;
    }
    if (subject.startsWith('#')) return false;
    return offerOtherSubject(turn, asking, trimmed, subject, { invalidAnswer: true });
  }

  /**
   * A reply the bot is unsure of that its examples (or its subject's name) place in another flow: asked about, with
   * a button back to the question. `invalidAnswer` (the reply is no value of the question): a subject no flow serves
   * is said to be no answer (then the question's invalid-answer message), and a flow named by its subject is offered.
   * `search` (words to search for): a flow named by its subject, and nearer than the asking flow, is offered too.
   * False when the reply stays about the question.
   */
  async function offerOtherSubject(
    turn: Turn,
    asking: FlowDefinition,
    trimmed: string,
    subject: string,
    options: { invalidAnswer?: boolean; search?: boolean } = {},
  ): Promise<boolean> {
    const loose = routeText(turn, subject, false);
    if (loose.kind === 'none' && loose.offTopic === true && options.invalidAnswer === true) {
      // A subject no flow serves ("giá vàng hôm nay" while a tax code is asked for): said so, and how to leave the
      // question, before the question's own invalid-answer message.
      if (turn.liveRelease.templates.has(OFF_TOPIC_MID_QUESTION, turn.language))
        turn.out.push(...render(turn, OFF_TOPIC_MID_QUESTION));
      return false;
    }
    const choices =
      loose.kind === 'ask'
        ? loose.choices
        : loose.kind === 'flow'
          ? turn.liveRelease.flows
              .filter((f) => f.flow.id === loose.flowId)
              .map((f) => ({ flow: f.flow, variables: loose.variables }))
          : [];
    // Words about the question ("em không có mã") are nearest to its own flow: no other subject. Otherwise only a
    // flow the examples came near enough is offered, never one reached by a loose cue ("thôi không tra nữa").
    const confidence = (flowId: string) => loose.ranked.confidence(flowId);
    const own = confidence(asking.id);
    // A flow the message names by its subject (its cue: "hồ sơ" while a tax code is asked for) is another subject
    // too, unless the message names the asking flow's subject as well ("hồ sơ" while a dossier code is asked for).
    const matcher = intentMatcherFor(turn.liveRelease.flows, turn.liveRelease.templates);
    const cues = matcher.cuesHeld(matcher.analyse(subject));
    // Words to search for name their subject too ("nộp hồ sơ ở đâu" is a procedure's), so there the named flow must
    // also be nearer than the search's own ("hồ sơ" alone).
    const named = (flowId: string) =>
      (options.invalidAnswer === true || (options.search === true && confidence(flowId) > own)) &&
      cues.includes(flowId) &&
      !cues.includes(asking.id);
    // A reply that is no answer and that the classifier reads surely as another flow, which the examples alone place
    // less near ("tôi không muốn nhận thông báo về hồ sơ nữa" while a dossier code is asked for), is offered too; not
    // a reply with digits, which may be a try at the answer ("theo dõi hồ sơ mã 000.00.15.H02-2212": a code cut
    // short, and the question's invalid-answer message says what a code is).
    const readSurely = (flowId: string) =>
      options.invalidAnswer === true &&
      loose.kind === 'flow' &&
      loose.via === 'classifier' &&
      loose.flowId === flowId &&
      !/\d/.test(subject);
    // Only a flow with a label can be offered (a button names it): one without is no other subject here.
    const others = choices.filter(
      (choice) =>
        choice.flow.id !== asking.id &&
        choice.flow.label !== undefined &&
        ((confidence(choice.flow.id) >= MID_QUESTION_OFFER_CONFIDENCE && confidence(choice.flow.id) > own) ||
          named(choice.flow.id) ||
          readSurely(choice.flow.id)),
    );
    if (others.length === 0) return false;
    const offered = askWhichFlow(turn, others, { backToQuestion: true });
    recordMiss(turn, trimmed, 'asked', loose.ranked, offered);
    return true;
  }

  /**
   * "giúp em với, giá vàng hôm nay": the subject is what is left without the help words; a subject no flow takes gets
   * the fallback (it is out of scope, not a request for help). Help words alone ask what the citizen needs (the
   * menu) unless a flow understands them as they are ("cần trợ giúp"). A message a flow understands whole starts it
   * with what the rest says ("hỗ trợ thủ tục khai sinh" searches "khai sinh"). False when the message has no help
   * words around it, or when the rest says something else than the whole.
   */
  async function routeHelpRequest(turn: Turn, text: string): Promise<boolean> {
    const split = splitHelpWords(text, turn.liveRelease.templates);
    if (!split) return false;
    const whole = routeText(turn, text, false);
    if (whole.kind === 'flow' && whole.flowId !== MENU_FLOW_ID && whole.flowId !== HELP_FLOW_ID) {
      // Understood anyway; what it takes from the message (a topic to search) is taken without the help words.
      const rest = hasSubject(turn, split.rest) ? routeText(turn, split.rest, false) : null;
      if (rest?.kind !== 'flow' || rest.flowId !== whole.flowId) return false;
      await startFlow(turn, rest.flowId, { variables: rest.variables });
      return true;
    }
    if (!hasSubject(turn, split.rest)) {
      if (whole.kind === 'flow') return false;
      await startFlow(turn, MENU_FLOW_ID);
      return true;
    }
    turn.logger.debug({ helpWords: true }, 'help words set aside');
    await startTriggeredFlow(turn, { kind: 'text', text: split.rest }, { includeFallback: true, missed: text });
    return true;
  }

  /**
   * What a flow starts with: the values understood, and the message itself when the flow carries it and the message
   * says more than the flow's keywords ("đường ở thôn 3 bị sụt lún" is the feedback's description). A sure trigger
   * (a button, the whole message a keyword) carries nothing.
   */
  function carriedVariables(turn: Turn, routing: Extract<Routing, { kind: 'flow' }>, text: string): Variables {
    const flow = findInRelease(turn.liveRelease, routing.flowId)?.flow;
    if (!flow || routing.via === 'trigger') return routing.variables;
    const matcher = intentMatcherFor(turn.liveRelease.flows, turn.liveRelease.templates);
    return carryMessage(flow, text, routing.variables, matcher, turn.liveRelease.templates);
  }

  /** Whether some words of a text say what it is about (not only filler such as "tôi", "ạ"). */
  function hasSubject(turn: Turn, text: string): boolean {
    if (text.length === 0) return false;
    return intentMatcherFor(turn.liveRelease.flows, turn.liveRelease.templates).analyse(text).topic.trim().length > 0;
  }

  /**
   * The payload of the offered button a typed reply picks ("2", "số hai", "cái cuối", a label without marks), or null.
   * A question waiting for a value other than free text reads the reply itself first ("2" to "how many?").
   */
  async function typedChoice(turn: Turn, text: string): Promise<string | null> {
    if (!turn.session.offered) return null;
    const waiting = await waitingAsk(turn);
    // Below a question's own numbered list a typed number is the list's ("1" is no press of its "Hủy").
    const labelsOnly = waiting?.step.numbered_list === true;
    const button = pickOfferedButton(text, turn.session.offered, turn.release.templates, { labelsOnly });
    if (button?.payload === undefined) return null;
    if (waiting && waiting.step.input.type !== 'text') {
      const own = interpretAnswer(waiting.step, { kind: 'text', text }, interpretContext(turn));
      if (own.kind === 'value' || own.kind === 'skip') return null;
    }
    turn.logger.debug({ offered: turn.session.offered?.length }, 'typed reply picks an offered button');
    return button.payload;
  }

  /**
   * The payload of the one button the last turn showed that starts a flow a typed wish names (or one of those it is
   * close to), with a value the wish lacks: after a dossier's answer, "báo cho tôi khi hồ sơ này có kết quả" follows
   * that dossier, as tapping "Theo dõi hồ sơ" does, instead of asking for its code again. Null when the wish holds a
   * value of its own, or no button (or more than one) fits.
   */
  function offeredTapFor(turn: Turn, text: string, routing: Routing): string | null {
    // "một hồ sơ khác", "another one", or digits of a code typed (even wrong): the citizen means something other than
    // what is shown.
    const folded = ` ${foldText(text)} `;
    if (turn.liveRelease.templates.words(OTHER_WORDS).some((word) => folded.includes(` ${word} `))) return null;
    if (TYPED_NUMBER.test(text)) return null;
    const wished =
      routing.kind === 'flow'
        ? [{ flow: findInRelease(turn.liveRelease, routing.flowId)?.flow, variables: routing.variables }]
        : routing.kind === 'ask'
          ? routing.choices
          : [];
    const types = wished.flatMap(({ flow }) => (flow?.entities ?? []).map((entity) => entity.type));
    if (deps.inputs.findRefused(text, types).size > 0) return null;
    const prefixes = wished.flatMap(({ flow, variables }) =>
      Object.keys(variables).length > 0
        ? []
        : (flow?.triggers ?? []).flatMap((t) => (t.type === 'payload' && t.save !== undefined ? [`${t.value} `] : [])),
    );
    const fits = (turn.session.shownTaps ?? []).filter((payload) =>
      prefixes.some((prefix) => payload.startsWith(prefix)),
    );
    return fits.length === 1 ? (fits[0] ?? null) : null;
  }

  /** Finds the flow whose trigger fits the message best and starts it; false when none does. */
  async function startTriggeredFlow(
    turn: Turn,
    payload: InboundPayload,
    /** `missed`: the message as the citizen sent it, kept when it is not understood (`payload` may be a part of it). */
    options: { includeFallback: boolean; missed?: string },
  ): Promise<boolean> {
    // What the citizen asks for now starts a new conversation: triggers of the live release.
    const published = turn.liveRelease.flows;
    if (payload.kind === 'follow') return startWelcome(turn);
    if (payload.kind !== 'text') return false;
    const text = payload.text.trim();
    // Triggers, then values found in the message and the flows' examples (`understanding.ts`).
    const routing = routeMessage(text, {
      flows: published,
      words: turn.liveRelease.templates,
      inputs: deps.inputs,
      language: turn.language,
      midQuestion: !options.includeFallback,
    });
    turn.logger.debug(
      {
        routing: routing.kind,
        via: routing.kind === 'flow' ? routing.via : undefined,
        ranked: routing.ranked.near.slice(0, 3),
      },
      'message understood',
    );
    const tapped = text.startsWith('#') ? null : offeredTapFor(turn, text, routing);
    if (tapped !== null) return startTriggeredFlow(turn, { kind: 'text', text: tapped }, options);
    if (routing.kind === 'flow') {
      if (routing.flowId === welcomeFlowId(turn) && greetsAgain(turn, text, routing.example === true)) {
        turn.out.push(...render(turn, GREETING_REPLY));
        return true;
      }
      await startFlowFromMessage(turn, routing.flowId, text, carriedVariables(turn, routing, text));
      return true;
    }
    if (routing.kind === 'ask' && options.includeFallback) {
      const offered = askWhichFlow(turn, routing.choices);
      recordMiss(turn, options.missed ?? text, 'asked', routing.ranked, offered);
      return true;
    }
    if (!options.includeFallback) return false;
    // A button of a question that has ended (tapped again, or an older message's): "I did not understand" would blame
    // the citizen for the bot's own button, and there are no words in it to learn from.
    if (BUTTON_PAYLOAD.test(text)) {
      turn.out.push(...render(turn, 'common:button_expired'), ...menuMessages(turn));
      return true;
    }
    deps.metrics?.fallbacks.inc();
    // A subject no flow serves (gold prices, the weather): what the bot does instead of "I did not understand". Kept
    // apart from the misses: it was understood, and admins reviewing misses look for what to teach.
    if (
      routing.kind === 'none' &&
      routing.offTopic === true &&
      turn.liveRelease.templates.has(OFF_TOPIC, turn.language)
    ) {
      recordMiss(turn, options.missed ?? text, 'off_topic', routing.ranked);
      turn.out.push(...render(turn, OFF_TOPIC), ...menuMessages(turn));
      return true;
    }
    recordMiss(turn, options.missed ?? text, 'fallback', routing.ranked);
    const fallback = published.find((f) => f.flow.triggers.some((t) => t.type === 'fallback'));
    if (fallback) {
      await startFlow(turn, fallback.flow.id);
      return true;
    }
    turn.out.push(...render(turn, 'common:fallback'), ...menuMessages(turn));
    return true;
  }

  /** The flow a follow starts (the welcome): who we are, what the bot does, the menu; undefined when none. */
  function welcomeFlowId(turn: Turn): string | undefined {
    return turn.liveRelease.flows.find(({ flow }) =>
      flow.triggers.some((trigger) => trigger.type === 'event' && trigger.event === 'follow'),
    )?.flow.id;
  }

  /** Starts the welcome, as a follow does; false when the release has none. */
  async function startWelcome(turn: Turn): Promise<boolean> {
    const flowId = welcomeFlowId(turn);
    if (flowId === undefined) return false;
    await startFlow(turn, flowId);
    return true;
  }

  /**
   * A greeting ("chào bot", "xin chào ủy ban", or one of the welcome's examples opening with one: "alo có ai không")
   * from a citizen welcomed before: greeted back briefly with the menu's button, not welcomed in full again. A greeting
   * asking more ("xin chào, bạn là ai": a keyword of a flow after it; "hello, who are you"), or none ("bạn là ai"),
   * still gets the welcome in full, as a follow and a first contact do.
   */
  function greetsAgain(turn: Turn, text: string, example: boolean): boolean {
    const words = turn.liveRelease.templates;
    if (turn.firstContact || !turn.release.templates.has(GREETING_REPLY, turn.language)) return false;
    const rest = withoutLeadingGreeting(text, words);
    if (rest !== null && findSureTrigger(rest, turn.liveRelease.flows) !== null) return false;
    return isGreetingAlone(text, words) || (example && rest !== null);
  }

  /** Keeps a message the bot did not understand well for admins to teach it (masked, without the citizen's id). */
  function recordMiss(
    turn: Turn,
    text: string,
    outcome: MissOutcome,
    ranked: RankedIntents,
    offered: readonly string[] = [],
  ): void {
    emit(
      turn,
      {
        type: UNDERSTANDING_MISS_EFFECT,
        payload: understandingMissPayload(text, outcome, turn.language, ranked, deps.inputs, offered),
      },
      'understanding.miss',
    );
  }

  /**
   * "Anh/chị muốn: …" with a button per flow that may be meant, each starting its flow with what was understood, and a
   * way out: "Không phải các mục trên" (how to put it otherwise, and the menu) or, in the middle of a question, "Quay
   * lại câu hỏi". One flow is a yes or no: "Có phải anh/chị muốn "Tìm thủ tục hành chính"?" [Có] [Không].
   */
  function askWhichFlow(
    turn: Turn,
    choices: readonly { flow: FlowDefinition; variables: Variables }[],
    options: { backToQuestion?: boolean } = {},
  ): string[] {
    const { templates } = turn.release;
    // A choice without a label gets no button.
    const labelled = choices.filter(({ flow }) => flow.label !== undefined);
    const flowButtons = labelled.map(({ flow, variables }) => ({
      title: turn.liveRelease.templates.t(flow.label ?? '', turn.language),
      action: { type: 'query' as const, payload: choicePayload(flow, variables) },
    }));
    const [only] = flowButtons;
    const confirm = flowButtons.length === 1 && only !== undefined;
    // In the middle of a question the way out goes back to it (the question is still waiting).
    const out = {
      title: options.backToQuestion
        ? templates.t('common:button.back_to_question', turn.language)
        : confirm
          ? templates.t('common:button.no', turn.language)
          : templates.t('core:understanding.button.none_of_these', turn.language),
      action: { type: 'query' as const, payload: options.backToQuestion ? BACK_PAYLOAD : NOT_MEANT_PAYLOAD },
    };
    const shown = confirm
      ? [{ ...only, title: templates.t('common:button.yes', turn.language) }]
      : flowButtons.slice(0, MAX_BUTTONS - 1);
    const buttons = [...shown, out];
    const messages = confirm
      ? render(turn, 'core:understanding.did_you_mean_confirm', { choice: only.title })
      : render(turn, 'core:understanding.did_you_mean');
    turn.out.push(...messages.map((m) => (m.kind === 'text' ? { ...m, buttons } : m)));
    // The flows the citizen was offered, for the list of misses.
    return labelled.slice(0, shown.length).map(({ flow }) => flow.id);
  }

  async function runGlobalCommand(turn: Turn, command: GlobalCommand): Promise<void> {
    switch (command.kind) {
      case 'menu':
        await startFlow(turn, MENU_FLOW_ID);
        return;
      case 'help':
        await startFlow(turn, HELP_FLOW_ID);
        return;
      case 'cancel':
        // Nothing runs but a kept report: that is what the citizen stops.
        if (!turn.session.active && turn.session.kept) {
          await resume.drop(turn);
          return;
        }
        turn.session.active = null;
        turn.session.stack = [];
        turn.session.variables = {};
        turn.out.push(...render(turn, 'common:cancelled'), ...menuMessages(turn));
        return;
      case 'language':
        emit(turn, { type: LANGUAGE_EFFECT, payload: { language: command.language } }, 'command.language');
        turn.out.push(...render(turn, 'common:language.changed'));
        // Answering the language flow's question by typing the language is the same wish: that flow is done.
        if (turn.session.active?.flowId === LANGUAGE_FLOW_ID) {
          turn.session.active = null;
          turn.session.stack = [];
        }
        // Repeat the question in the new language so the conversation continues.
        await repeatPrompt(turn);
        return;
    }
  }

  /**
   * A citizen who plainly writes a request in the other language (a foreigner's first message in English) is answered
   * in it from this message on, and told how to switch back. Not on a button's payload, and not once the citizen chose
   * a language. While a question waits, only a question asked away from the province's language: a foreigner asking
   * "what data do you keep about me?" mid-report, not a pasted English notice nor a Vietnamese address a foreigner
   * answers with ("số 12 đường Lý Thái Tổ, phường Kinh Bắc"). An English greeting or call for help alone ("hello",
   * "help"), which Vietnamese citizens type too, is answered in English with nothing else changed, when nothing waits;
   * but for a first contact's greeting ("hi"), which gets the whole welcome with its notice on personal data: that is
   * said in the citizen's language, and says how to switch to English.
   */
  function answerInLanguageWritten(turn: Turn, text: string, command: boolean): void {
    if (text.startsWith('#') || turn.session.languageChosen === true) return;
    const written = guessLanguage(text, turn.release.templates);
    if (
      written === null &&
      turn.language === DEFAULT_LANGUAGE &&
      turn.session.active?.waiting !== true &&
      (command || !turn.firstContact) &&
      isEnglishAlone(text, turn.release.templates)
    ) {
      // This turn only: no language effect, so the next message is answered in the citizen's language again.
      turn.language = 'en';
      return;
    }
    if (written === null || written === turn.language) return;
    if (turn.session.active?.waiting === true && (written === DEFAULT_LANGUAGE || !asksInEnglish(text))) return;
    emit(turn, { type: LANGUAGE_EFFECT, payload: { language: written } }, LANGUAGE_WRITTEN_SOURCE);
    turn.out.push(...render(turn, 'common:language.detected'));
  }

  /**
   * The offer to resume a kept flow answered: its buttons (an old one tapped later too), or, while the offer is the
   * bot's last word, a typed "tiếp tục", "ok", "bỏ", "không" (and, where it is the choice, "viết mới"). False for
   * anything else.
   */
  async function answerResumeOffer(turn: Turn, text: string): Promise<boolean> {
    const pending = isOfferPending(turn.session);
    // Its numbers were picked already when it is the last thing shown (`typedChoice`); below a list they are the
    // list's, so only its labels typed loosely ("bo phan anh nay") answer it here.
    const words = turn.release.templates;
    const label = pending
      ? pickOfferedButton(text, await resume.offerButtons(turn), words, { labelsOnly: true })
      : null;
    const payload = label?.payload ?? text;
    const reply =
      payload === RESUME_PAYLOAD
        ? 'resume'
        : payload === RESUME_DROP_PAYLOAD
          ? 'drop'
          : payload === RESUME_FRESH_PAYLOAD
            ? 'fresh'
            : pending
              ? readOfferReply(text, turn.release.templates, {
                  choice: isChoicePending(turn.session),
                  told: isChoiceTold(turn.session),
                })
              : null;
    // Where the citizen asked for a new one and typed what it is about, dropping the kept one (an old offer's "Bỏ"
    // too) starts the new one with it; with nothing typed for it, nothing starts.
    const choice = turn.session.kept?.fresh !== undefined;
    const told = isChoiceTold(turn.session);
    if (reply === 'resume') await resume.resume(turn);
    else if (reply === 'fresh' && !choice) {
      // An old choice's "Viết phản ánh mới" tapped once the choice was made: nothing to start afresh from.
      turn.out.push(...render(turn, RESUME_TEMPLATES.gone));
      await repeatPrompt(turn);
    } else if (reply === 'fresh' || (reply === 'drop' && choice && told)) await resume.startFresh(turn);
    else if (reply === 'drop') await resume.drop(turn);
    return reply !== null;
  }

  async function repeatPrompt(turn: Turn): Promise<void> {
    const waiting = await waitingAsk(turn);
    if (waiting) turn.out.push(...askMessages(turn, waiting.flow.id, waiting.step));
    else if (!turn.session.active) turn.out.push(...menuMessages(turn));
  }

  /**
   * While an official has the conversation the bot stays silent: every message is for the official (it is in the
   * conversation log; officials see one more unanswered message). Only the global commands answer: cancel ends the
   * handoff, a language change is confirmed, menu and help remind the citizen where they are and how to leave.
   */
  function routeDuringHandoff(turn: Turn, payload: InboundPayload, handoff: LiveHandoffState): void {
    if (payload.kind === 'unfollow') {
      emit(turn, { type: HANDOFF_END_EFFECT, payload: { by: 'citizen_left' } }, 'handoff.left');
      emit(turn, { type: CITIZEN_LEFT_EFFECT, payload: {} }, 'unfollow');
      turn.session = freshSession(turn.now);
      return;
    }
    const command = payload.kind === 'text' ? findGlobalCommand(payload.text.trim(), turn.release.templates) : null;
    // A message left outside office hours waits for an official (nobody is talking with the citizen yet).
    const stillWaiting = () =>
      handoff.status === 'open' && handoff.dueAt && handoff.dueAt > turn.now
        ? render(turn, 'common:handoff.waiting_left', { opening: handoff.dueAt.toISOString() })
        : render(turn, 'common:handoff.waiting');
    switch (command?.kind) {
      case 'cancel': {
        emit(turn, { type: HANDOFF_END_EFFECT, payload: { by: 'citizen' } }, 'handoff.cancel');
        // A report kept aside before the official took over is offered back now.
        const kept = turn.session.kept;
        turn.session = { ...freshSession(turn.now, turn.session), ...(kept ? { kept } : {}) };
        turn.out.push(...render(turn, 'common:handoff.ended_by_citizen'), ...menuMessages(turn));
        return;
      }
      case 'language':
        emit(turn, { type: LANGUAGE_EFFECT, payload: { language: command.language } }, 'command.language');
        turn.out.push(...render(turn, 'common:language.changed'), ...stillWaiting());
        return;
      case 'menu':
      case 'help':
        turn.out.push(...stillWaiting());
        return;
      case undefined: {
        // Photos and files are kept for the officials: recorded with the message, downloaded after the commit.
        const files = filesOf(payload);
        emit(turn, { type: HANDOFF_MESSAGE_EFFECT, payload: { files } }, 'handoff.message');
        if (files.length > 0)
          emit(
            turn,
            { type: HANDOFF_FILES_FETCH_EFFECT, payload: { urls: files.map((file) => file.url) } },
            'handoff.files',
          );
        // A message left outside office hours is acknowledged once, with when it will be handled; not once an
        // official has it (taken or answered at night): the citizen is talking to them now.
        if (handoff.status === 'open' && handoff.dueAt && handoff.dueAt > turn.now && handoff.unanswered === 0)
          turn.out.push(...render(turn, 'common:handoff.message_left', { opening: handoff.dueAt.toISOString() }));
        else if (
          turn.session.botPausedTold !== true &&
          payload.kind === 'text' &&
          findSureTrigger(payload.text, turn.liveRelease.flows) !== null
        ) {
          // Something the bot would have done at once ("tra cứu hồ sơ", an old menu's button) met with silence reads
          // as a dead end: the citizen is told once that it waits for the official, and how to go back.
          turn.session.botPausedTold = true;
          turn.out.push(...render(turn, BOT_PAUSED_TEMPLATE));
        }
        return;
      }
    }
  }

  /**
   * The rating button's payload a typed rating stands for ("5", "4 sao", "rất hài lòng" below "Chọn từ 1 … đến 5"), or
   * null. Only for the handoff an official closed since yesterday and asked the citizen to rate (one rated already is
   * said so by the rating flow); not when a question waits (its own answer), nor when the bot offered buttons since
   * the rating was asked (a typed number picks one of those).
   */
  async function typedHandoffRating(turn: Turn, text: string): Promise<string | null> {
    if (!deps.handoffRatings || text.length > TYPED_RATING_MAX_LENGTH) return null;
    const rating = readTypedRating(text, turn.release.templates);
    if (rating === null || (await waitingAsk(turn))) return null;
    const since = new Date(turn.now.getTime() - TYPED_RATING_MS);
    const asked = await deps.handoffRatings.findRatingAsked(turn.citizenId, since);
    if (!asked) return null;
    const offeredSince = Date.parse(turn.session.updatedAt) > asked.closedAt.getTime();
    if (offeredSince && pickOfferedButton(text, turn.session.offered, turn.release.templates) !== null) return null;
    return `${HANDOFF_RATE_PAYLOAD} ${asked.handoffId} ${rating}`;
  }

  /** `picked`: the text is the payload of an offered button a typed reply picked (it picks nothing again). */
  async function route(turn: Turn, payload: InboundPayload, picked = false): Promise<void> {
    switch (payload.kind) {
      case 'follow':
        turn.session = freshSession(turn.now, turn.session);
        if (!(await startTriggeredFlow(turn, payload, { includeFallback: false })))
          turn.out.push(...menuMessages(turn));
        return;
      case 'unfollow':
        turn.session = freshSession(turn.now);
        emit(turn, { type: CITIZEN_LEFT_EFFECT, payload: {} }, 'unfollow');
        return;
      case 'unsupported': {
        // A sticker or an animated GIF is a friendly gesture, not a message the bot failed to read.
        if (/sticker|gif/.test(payload.original) && (await answerSmallTalk(turn, null))) return;
        turn.out.push(...render(turn, 'common:unsupported'));
        await repeatPrompt(turn);
        return;
      }
      case 'text': {
        const text = payload.text.trim();
        const command = findGlobalCommand(text, turn.release.templates);
        // A command is answered in the language it is written in too ("help"), but for one that changes the language.
        if (command?.kind !== 'language') answerInLanguageWritten(turn, text, command !== null);
        if (command) {
          await runGlobalCommand(turn, command);
          return;
        }
        const rated = picked ? null : await typedHandoffRating(turn, text);
        if (rated !== null) {
          await route(turn, { kind: 'text', text: rated }, true);
          return;
        }
        // A button's payload may read as its own label ("Hạ tầng, đô thị"): picked once, it is the answer.
        const pickedPayload = picked ? null : await typedChoice(turn, text);
        if (pickedPayload !== null) {
          await route(turn, { kind: 'text', text: pickedPayload }, true);
          return;
        }
        if (text === BACK_PAYLOAD) {
          await repeatPrompt(turn);
          return;
        }
        // None of the flows a "did you mean" offered: how to put it otherwise, and the menu.
        if (text === NOT_MEANT_PAYLOAD) {
          turn.out.push(...render(turn, 'core:understanding.not_meant'), ...menuMessages(turn));
          return;
        }
        if (await answerResumeOffer(turn, text)) return;
        if (text.startsWith(GOTO_PAYLOAD)) {
          const [flowId, step] = text.slice(GOTO_PAYLOAD.length).split('/');
          if (flowId && step) {
            if (turn.session.active?.flowId === flowId) {
              const flow = await loadFlow(flowId, turn.session.active.version);
              if (flow?.steps[step]) {
                turn.session.active = { ...turn.session.active, step, waiting: false, retries: 0 };
                await run(turn);
                return;
              }
            }
            const published = findInRelease(turn.liveRelease, flowId);
            if (published?.flow.steps[step]) {
              await startFlow(turn, flowId, { step });
              return;
            }
          }
        }
        if (text.startsWith(FLOW_PAYLOAD)) {
          const flowId = text.slice(FLOW_PAYLOAD.length);
          if (findInRelease(turn.liveRelease, flowId)) {
            await startFlow(turn, flowId);
            return;
          }
        }
        const waiting = await waitingAsk(turn);
        // A tapped button of another flow (e.g. an old menu) wins over the question being asked.
        if (
          waiting &&
          text.startsWith('#') &&
          !text.startsWith(CHOICE_PAYLOAD) &&
          text !== SKIP_PAYLOAD &&
          text !== DONE_PAYLOAD
        ) {
          if (await startTriggeredFlow(turn, payload, { includeFallback: false })) return;
        }
        if (waiting) {
          await answerAsk(turn, waiting.flow, waiting.step, payload, true);
          return;
        }
        if (await answerSmallTalk(turn, text)) return;
        if (await routeHelpRequest(turn, text)) return;
        await startTriggeredFlow(turn, payload, { includeFallback: true });
        return;
      }
      case 'image':
      case 'file':
      case 'location':
      case 'contact': {
        const waiting = await waitingAsk(turn);
        if (waiting && payload.kind === 'image' && (await addPhotosMidFlow(turn, waiting.flow, payload))) return;
        if (waiting) {
          await answerAsk(turn, waiting.flow, waiting.step, payload, false);
          return;
        }
        if (payload.kind === 'image' && (await resumeWithPhotos(turn, payload))) return;
        turn.out.push(...render(turn, 'common:unexpected_attachment'), ...menuMessages(turn));
        return;
      }
    }
  }

  /**
   * Tells the citizen about an outage before anything else, once per conversation and day: the session remembers
   * which notice it told on which day (a new session is a new conversation).
   */
  function tellOutage(turn: Turn): void {
    const outage = deps.config.outage?.(turn.now);
    if (!outage) return;
    const told = `${outage.start}@${startOfVietnamDay(turn.now).toISOString()}`;
    if (turn.session.outageTold === told) return;
    turn.session.outageTold = told;
    const text = turn.language === 'en' && outage.en ? outage.en : outage.vi;
    turn.out.unshift(...render(turn, 'common:outage.notice', { text, start: outage.start, end: outage.end }));
  }

  /** The release a conversation in flight started on; the live one between conversations (or when it is gone). */
  async function pinnedRelease(session: Session | null, live: ReleaseView, logger: Logger): Promise<ReleaseView> {
    const pinned = session?.active ? session.release : undefined;
    if (pinned === undefined || pinned === live.id) return live;
    const found = await releases.find(pinned);
    if (!found) logger.warn({ releaseId: pinned }, 'the release a conversation started on is gone; it goes on live');
    return found ?? live;
  }

  return {
    async runTurn(input) {
      const { event, now, logger } = input;
      deps.metrics?.events.inc({ kind: event.payload.kind });
      // The same button tapped again at once: the first tap's answer is the answer.
      if (isRepeatedTap(input.session, event)) {
        logger.debug({ button: tapKind(event) }, 'repeated tap ignored');
        return { session: input.session, language: input.language, messages: [], effects: [] };
      }
      const tapped = tapOf(input.session, event);
      let session = input.session;
      let expired = false;
      if (session && now.getTime() - Date.parse(session.updatedAt) > ttlMs) {
        // A report kept aside goes with the conversation it belongs to.
        expired = session.active !== null || session.kept !== undefined;
        session = freshSession(now, session);
      }
      const liveRelease = await releases.live();
      const release = await pinnedRelease(session, liveRelease, logger);
      const turn: Turn = {
        citizenId: event.citizenId,
        eventId: event.eventId,
        language: input.language,
        now,
        logger,
        session: session ?? freshSession(now),
        firstContact: input.session === null,
        release,
        liveRelease,
        out: [],
        effects: [],
        steps: 0,
        started: [],
      };
      const offerWasPending = isOfferPending(turn.session);
      let handoff = input.handoff ?? null;
      if (handoff && now.getTime() - handoff.lastActivityAt.getTime() > handoffIdleMs) {
        // Nobody acted for too long: the handoff ends and the bot answers this message itself.
        emit(turn, { type: HANDOFF_END_EFFECT, payload: { by: 'timeout' } }, 'handoff.timeout');
        if (event.payload.kind !== 'unfollow') turn.out.push(...render(turn, 'common:handoff.timed_out'));
        handoff = null;
      }
      const chosenBefore = turn.session.languageChosen === true;
      // The reminder that the bot is paused is told once a handoff.
      if (!handoff) delete turn.session.botPausedTold;
      try {
        if (handoff && event.payload.kind !== 'follow') routeDuringHandoff(turn, event.payload, handoff);
        else await route(turn, event.payload);
        const kind = event.payload.kind;
        const handedOver =
          (handoff !== null && !turn.effects.some((effect) => effect.type === HANDOFF_END_EFFECT)) ||
          turn.effects.some((effect) => effect.type === HANDOFF_EFFECT);
        // Not after the menu the citizen asked for: they are choosing what to do next.
        const offerNow =
          !handedOver && kind !== 'follow' && kind !== 'unfollow' && turn.started.at(-1) !== MENU_FLOW_ID;
        await resume.settle(turn, { offerWasPending, offerNow });
      } catch (error) {
        // An outage is retried with the event; only a bug in a flow or the engine is answered here and now.
        if (isInfrastructureError(error)) throw error;
        logger.error({ err: error }, 'conversation failed');
        turn.out.length = 0;
        turn.effects.length = 0;
        turn.language = input.language;
        // The discarded effects took their language choice with them.
        if (chosenBefore) turn.session.languageChosen = true;
        else delete turn.session.languageChosen;
        abandon(turn);
      }
      // Told first, in the language the turn ends in (the message may have switched it).
      if (expired && event.payload.kind !== 'follow' && event.payload.kind !== 'unfollow')
        turn.out.unshift(...render(turn, 'common:session.expired'));
      // What the citizen now sees last is what a typed "2" or "cái cuối" picks from (notices added below aside).
      // After a list, the offer to resume a kept report answers to its words and taps; a typed "2" is the list's.
      const listed = turn.out.filter((message) => !isResumeOffer(message));
      const offered =
        (listed.length < turn.out.length ? offeredButtonsOf(listed, turn.listed) : null) ??
        offeredButtonsOf(turn.out, turn.listed);
      if (offered) turn.session.offered = offered;
      else delete turn.session.offered;
      if (tapped) turn.session.lastTap = answeredTap(tapped, turn.out);
      else delete turn.session.lastTap;
      const taps = tapsShownIn(turn.out);
      if (taps.length > 0) turn.session.shownTaps = taps;
      else delete turn.session.shownTaps;
      // Not into a conversation an official has (the bot is silent): the notice waits for the bot's next turn.
      const withOfficial = handoff !== null && !turn.effects.some((effect) => effect.type === HANDOFF_END_EFFECT);
      if (event.payload.kind !== 'unfollow' && !withOfficial) tellOutage(turn);
      if (input.held > 0 && event.payload.kind !== 'unfollow') {
        turn.out.push(...render(turn, 'common:held_notice', { count: input.held }));
        emit(turn, { type: RELEASE_HELD_EFFECT, payload: {} }, 'held');
      }
      turn.session.updatedAt = now.toISOString();
      if (turn.session.active && turn.release.id !== null) turn.session.release = turn.release.id;
      else delete turn.session.release;
      if (!turn.session.active) {
        // Nothing runs: keep no personal answers beyond the conversation.
        turn.session.variables = {};
        turn.session.stack = [];
      }
      return {
        session: event.payload.kind === 'unfollow' ? null : turn.session,
        // What the turn's effects left, not the language it answered in: an English "hello" changes nothing.
        language: findLanguageChange(turn.effects) ?? input.language,
        messages: turn.out,
        effects: turn.effects,
      };
    },
  };
}

/**
 * What a "did you mean" button sends: the flow's payload trigger with the value it saves when one was understood
 * ("#procedure khai sinh", "#dossier <code>"), its bare payload trigger, or `#flow:<id>`.
 */
function choicePayload(flow: FlowDefinition, variables: Variables): string {
  const payloads = flow.triggers.filter((t) => t.type === 'payload');
  for (const trigger of payloads) {
    const value = trigger.save === undefined ? undefined : getPath(variables, trigger.save);
    if (typeof value === 'string' && value.length > 0) return `${trigger.value} ${value}`;
  }
  const bare = payloads.find((t) => t.save === undefined) ?? payloads[0];
  return bare ? bare.value : `${FLOW_PAYLOAD}${flow.id}`;
}

/** The photos and files of a citizen's message, as the handoff keeps them (at most HANDOFF_FILES_PER_MESSAGE). */
function filesOf(payload: InboundPayload): HandoffFile[] {
  if (payload.kind === 'image')
    return payload.images.slice(0, HANDOFF_FILES_PER_MESSAGE).map((image) => ({ kind: 'image', url: image.url }));
  if (payload.kind === 'file')
    return [{ kind: 'file', url: payload.url, ...(payload.name ? { name: payload.name } : {}) }];
  return [];
}

/** The most photos a question for photos takes, as the image input type reads its options. */
function imageMax(step: AskStep): number {
  return photoLimitOf(step.input) ?? 1;
}

/** How many more photos a question for photos takes, given what it has collected. */
function roomForImages(step: AskStep, collected: unknown): number {
  return Math.max(imageMax(step) - (Array.isArray(collected) ? collected.length : 0), 0);
}

/** The running flow, read afresh (after a call that changed it). */
function activeOf(turn: Turn): Session['active'] {
  return turn.session.active;
}
