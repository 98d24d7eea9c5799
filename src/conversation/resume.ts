import type { Button, OutboundMessage } from './channel.js';
import type { OfferedButton } from './offered-buttons.js';
import { CITIZEN_DATA_ERASE_EFFECT } from './effects.js';
import type { FlowDefinition } from './flow-schema.js';
import type { FlowSource } from './flow-source.js';
import { RESUME_DROP_PAYLOAD, RESUME_FRESH_PAYLOAD, RESUME_PAYLOAD } from './payloads.js';
import type { ReleaseSource, ReleaseView } from './release-source.js';
import type { KeptFrame, Session } from './session.js';
import type { Turn } from './turn.js';
import { getPath, setPath, type Variables } from './variables.js';
import { isWordOf, parseYesNo, WORD_LISTS, type WordSource } from './vocabulary.js';

/**
 * A citizen half-way through a report who asks something else ("tra cứu hồ sơ …", the menu) gets the answer, and the
 * report is not lost: a flow marked `resumable` that waits for the citizen, once they have given it something, is kept
 * aside (one slot in the session, `kept`) when the citizen starts another flow, and offered back when nothing runs
 * ("Anh/chị còn phản ánh đang viết dở…" [Tiếp tục] [Bỏ phản ánh này]). Resuming restores the flow as it was and asks
 * its question again. Offered twice at most: the second offer says the report goes if not continued, and another
 * subject then drops it. Asking for the same flow anew while one is kept ("phản ánh", "tôi muốn phản ánh …") asks
 * whether to continue the kept one or start afresh ([Tiếp tục] [Viết phản ánh mới]), what was typed kept either way;
 * photos sent while it is kept go into it (`resumable.photos`, run-turn.ts).
 */

/** Offers made before a kept flow that the citizen keeps passing over is dropped. */
export const MAX_RESUME_OFFERS = 2;

export const RESUME_TEMPLATES = {
  /** Said when a flow is kept aside: one line before the new subject's answer. */
  kept: 'common:resume.kept',
  /** The same, when it takes the place of an older kept flow: that one is said to be dropped. */
  keptReplacing: 'common:resume.kept_replacing',
  offer: 'common:resume.offer',
  /** The last offer: says the kept flow is dropped unless continued now. */
  offerLast: 'common:resume.offer_last',
  /** The same flow asked for anew while one is kept: continue that one, or drop it and start afresh? */
  choice: 'common:resume.choice',
  choiceLast: 'common:resume.choice_last',
  /** The same, when the citizen typed what the new one starts with (a description): kept either way. */
  choiceTold: 'common:resume.choice_told',
  choiceToldLast: 'common:resume.choice_told_last',
  buttonContinue: 'common:resume.button_continue',
  buttonDrop: 'common:resume.button_drop',
  buttonFresh: 'common:resume.button_fresh',
  resumed: 'common:resume.resumed',
  dropped: 'common:resume.dropped',
  /** Started afresh: the kept one is dropped. */
  droppedForFresh: 'common:resume.dropped_for_fresh',
  /** The kept one continued while the citizen had typed a new one: that one is kept for afterwards. */
  freshKept: 'common:resume.fresh_kept',
  /** Photos sent while the flow was kept: added to it (`count`). */
  photosAdded: 'common:resume.photos_added',
  /** Photos sent while the choice between the kept flow and a new one shows: kept for the new one (`count`). */
  photosAddedFresh: 'common:resume.photos_added_fresh',
  /** An old offer's button tapped when nothing is kept any more. */
  gone: 'common:resume.gone',
} as const;

/** Optional word lists for typed answers to the offer, beside yes/no ("ok", "không") and skip ("bỏ"). */
export const RESUME_WORD_LISTS = {
  resume: 'words:resume.continue',
  drop: 'words:resume.drop',
  /** "viết mới", "làm lại từ đầu": start afresh, where the offer is the choice. */
  fresh: 'words:resume.fresh',
} as const;

/** Whether the citizen has given the flow something: a value one of its questions saved, or the message it carried. */
export function hasAnswers(flow: FlowDefinition, variables: Variables): boolean {
  const paths = Object.values(flow.steps).flatMap((step) => (step.type === 'ask' ? [step.save] : []));
  if (flow.carry_message !== undefined) paths.push(flow.carry_message);
  return paths.some((path) => {
    const value = getPath(variables, path);
    return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  });
}

/** `later`, with the message it carried after the one `earlier` carried, when both carried one. */
function withCarriedJoined(flow: FlowDefinition, earlier: Variables | undefined, later: Variables): Variables {
  const path = flow.carry_message;
  if (path === undefined || earlier === undefined) return later;
  const before = getPath(earlier, path);
  const after = getPath(later, path);
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return later;
  return setPath(later, path, `${before}\n${after}`);
}

/** Whether the last turn ended with the offer to resume (a typed "tiếp tục", "ok", "bỏ", "không" answers it). */
export function isOfferPending(session: Session | null): boolean {
  return session?.kept?.offerShown === true;
}

/** Whether a message is the offer to resume (its buttons answer it, not a list shown above it). */
export function isResumeOffer(message: OutboundMessage): boolean {
  return (
    message.kind === 'text' &&
    (message.buttons ?? []).some((b) => b.action.type === 'query' && b.action.payload === RESUME_PAYLOAD)
  );
}

/** Whether the offer pending is the choice between the kept flow and a new one (`Resume.askBeforeRestart`). */
export function isChoicePending(session: Session | null): boolean {
  return isOfferPending(session) && session?.kept?.fresh !== undefined;
}

/** Whether the kept slot holds something the citizen typed for a new one while it was the choice (a description). */
export function isChoiceTold(session: Session | null): boolean {
  return Object.keys(session?.kept?.fresh ?? {}).length > 0;
}

/**
 * A typed reply to the offer: "tiếp tục", "ok", "có" resume; "bỏ", "không", "thôi" drop; anything else is no answer.
 * Where the offer is the choice (`choice`: the citizen asked for a new one), "viết mới" and a plain "không" start
 * afresh; the words for dropping ("thôi bỏ đi", "không viết nữa") start the new one only when the citizen typed
 * something for it (`told`), and otherwise drop the kept one with nothing started.
 */
export function readOfferReply(
  text: string,
  words: WordSource,
  options: { choice?: boolean; told?: boolean } = {},
): 'resume' | 'drop' | 'fresh' | null {
  const choice = options.choice === true;
  if (isWordOf(text, RESUME_WORD_LISTS.resume, words)) return 'resume';
  if (choice && isWordOf(text, RESUME_WORD_LISTS.fresh, words)) return 'fresh';
  if (isWordOf(text, RESUME_WORD_LISTS.drop, words) || isWordOf(text, WORD_LISTS.skip, words))
    return choice && options.told === true ? 'fresh' : 'drop';
  const yesNo = parseYesNo(text, words);
  return yesNo === null ? null : yesNo ? 'resume' : choice ? 'fresh' : 'drop';
}

export interface ResumeDeps {
  flows: Pick<FlowSource, 'findVersion'>;
  releases: ReleaseSource;
  /** Goes on with the restored flow: asks the question the session waits at again, or runs from its step. */
  goOn(turn: Turn): Promise<void>;
  /** Starts a flow afresh with what it is given, as the citizen asking for it does. */
  start(turn: Turn, flowId: string, variables: Variables): Promise<void>;
}

export interface Resume {
  /**
   * Before the citizen starts `starting`: keeps the running flow aside when it is resumable, waits at a question, has
   * answers and is not the flow starting again; tells the citizen in one line. Replaces an older kept flow, saying so.
   */
  keepInterrupted(turn: Turn, starting: string): Promise<void>;
  /**
   * Before the citizen starts `flowId` (with `variables`, what their message gave it) while a flow of the same id is
   * kept, or runs with answers (it is kept first): nothing starts and nothing runs; the offer, made at the end of the
   * turn (`settle`), is the choice between continuing the kept one and starting afresh, which keeps `variables` until
   * the citizen chooses. False when there is no such flow: start it as usual.
   */
  askBeforeRestart(turn: Turn, flowId: string, variables: Variables): Promise<boolean>;
  /**
   * Restores the kept flow exactly (the running one may be kept in its place, and a new one the citizen had typed
   * for, when it was the choice, is kept for afterwards), waiting at its question or ready to run from the step it
   * resumes through; says nothing of it. Null when nothing is kept.
   */
  restore(turn: Turn): Promise<KeptFrame | null>;
  /** Restores the kept flow and asks its question again. */
  resume(turn: Turn): Promise<void>;
  /** Drops the kept flow, saying so, and starts the same flow afresh with what the citizen had typed for it. */
  startFresh(turn: Turn): Promise<void>;
  /** Drops the kept flow, with a short confirmation. */
  drop(turn: Turn): Promise<void>;
  /** Tells the citizen something about a kept flow (`what` its name), in the texts of its conversation. */
  tell(turn: Turn, kept: KeptFrame, key: string, params?: Record<string, unknown>): Promise<void>;
  /**
   * At the end of a turn: forgets the kept flow at the citizen's erasure, or once its last offer went unanswered;
   * otherwise offers it when nothing runs (`offerNow`: not while an official has the conversation, not after the menu).
   */
  settle(turn: Turn, options: { offerWasPending: boolean; offerNow: boolean }): Promise<void>;
  /** The offer's buttons as the citizen read them (a label typed loosely answers it too). */
  offerButtons(turn: Turn): Promise<OfferedButton[]>;
}

export function createResume(deps: ResumeDeps): Resume {
  /** The texts of the conversation the kept flow belongs to: its name is one of them. */
  async function releaseOf(turn: Turn, kept: KeptFrame): Promise<ReleaseView> {
    if (kept.release === undefined || kept.release === turn.liveRelease.id) return turn.liveRelease;
    if (kept.release === turn.release.id) return turn.release;
    return (await deps.releases.find(kept.release)) ?? turn.liveRelease;
  }

  /** What the offer calls the kept flow ("phản ánh"), rendered in the citizen's language. */
  async function nameOf(turn: Turn, kept: KeptFrame, release: ReleaseView): Promise<string> {
    const flow = await deps.flows.findVersion(kept.flowId, kept.version);
    const key = flow?.resumable?.name;
    return key === undefined ? '' : release.templates.t(key, turn.language);
  }

  const OFFER_BUTTONS: Button[] = [
    { title: RESUME_TEMPLATES.buttonContinue, action: { type: 'query', payload: RESUME_PAYLOAD } },
    { title: RESUME_TEMPLATES.buttonDrop, action: { type: 'query', payload: RESUME_DROP_PAYLOAD } },
  ];

  /** The buttons of the choice: continue the kept one, or start afresh. */
  const CHOICE_BUTTONS: Button[] = [
    { title: RESUME_TEMPLATES.buttonContinue, action: { type: 'query', payload: RESUME_PAYLOAD } },
    { title: RESUME_TEMPLATES.buttonFresh, action: { type: 'query', payload: RESUME_FRESH_PAYLOAD } },
  ];

  async function say(
    turn: Turn,
    kept: KeptFrame,
    key: string,
    buttons: Button[] = [],
    params: Record<string, unknown> = {},
  ): Promise<void> {
    const release = await releaseOf(turn, kept);
    const what = await nameOf(turn, kept, release);
    const messages: OutboundMessage[] = release.templates.render(key, turn.language, { ...params, what });
    const titled = buttons.map((button) => ({
      ...button,
      title: release.templates.t(button.title, turn.language, { what }).slice(0, 100),
    }));
    turn.out.push(...messages.map((m) => (m.kind === 'text' && titled.length > 0 ? { ...m, buttons: titled } : m)));
  }

  async function gone(turn: Turn): Promise<void> {
    turn.out.push(...turn.release.templates.render(RESUME_TEMPLATES.gone, turn.language));
    await deps.goOn(turn);
  }

  /**
   * Keeps the running flow aside when it is resumable, waits at a question and has answers; tells the citizen in one
   * line (`quiet`: only when it takes the place of an older kept flow, which is said to be dropped). False when it
   * is not kept.
   */
  async function keep(turn: Turn, options: { quiet?: boolean } = {}): Promise<boolean> {
    const active = turn.session.active;
    if (!active?.waiting) return false;
    const flow = await deps.flows.findVersion(active.flowId, active.version);
    if (!flow?.resumable || flow.steps[active.step]?.type !== 'ask') return false;
    if (!hasAnswers(flow, turn.session.variables)) return false;
    const replacing = turn.session.kept !== undefined;
    const kept: KeptFrame = {
      flowId: active.flowId,
      version: active.version,
      step: active.step,
      ...(turn.release.id === null ? {} : { release: turn.release.id }),
      stack: turn.session.stack,
      variables: turn.session.variables,
      offers: 0,
    };
    turn.session.kept = kept;
    // Never the variables: they are the citizen's words.
    turn.logger.debug({ flowId: kept.flowId, step: kept.step }, 'flow kept aside for another subject');
    if (replacing || options.quiet !== true)
      await say(turn, kept, replacing ? RESUME_TEMPLATES.keptReplacing : RESUME_TEMPLATES.kept);
    return true;
  }

  /**
   * The new one of a flow the citizen typed for while it was the choice, kept (from its start, in the live release)
   * when it holds something, and said so; the slot must be free.
   */
  async function keepFresh(turn: Turn, kept: KeptFrame, fresh: Variables): Promise<void> {
    const published = turn.liveRelease.flows.find((f) => f.flow.id === kept.flowId);
    if (!published || !hasAnswers(published.flow, fresh)) return;
    turn.session.kept = {
      flowId: kept.flowId,
      version: published.version,
      step: published.flow.start,
      ...(turn.liveRelease.id === null ? {} : { release: turn.liveRelease.id }),
      stack: [],
      variables: fresh,
      offers: 0,
    };
    turn.logger.debug({ flowId: kept.flowId }, 'new flow kept for after the one resumed');
    await say(turn, kept, RESUME_TEMPLATES.freshKept);
  }

  const resume: Resume = {
    async keepInterrupted(turn, starting) {
      if (turn.session.active?.flowId === starting) return;
      await keep(turn);
    },

    async askBeforeRestart(turn, flowId, variables) {
      // The same flow running with answers ("phản ánh" typed in the middle of a report) is kept first: the choice is
      // about it. Without answers it is nothing lost: it starts again.
      if (turn.session.active?.flowId === flowId) await keep(turn, { quiet: true });
      const kept = turn.session.kept;
      if (kept?.flowId !== flowId) return false;
      const flow = await deps.flows.findVersion(kept.flowId, kept.version);
      // A message that gave nothing ("phản ánh") keeps what an earlier one gave; a second part of the new one's
      // description is added to the first, not put in its place.
      const fresh =
        flow && hasAnswers(flow, variables) ? withCarriedJoined(flow, kept.fresh, variables) : (kept.fresh ?? {});
      // The citizen came back to it: offered as at first (the choice is made by `settle`, as the offer is).
      turn.session.kept = { ...kept, fresh, offers: 0 };
      turn.session.active = null;
      turn.session.stack = [];
      turn.session.variables = {};
      turn.logger.debug({ flowId }, 'flow asked for anew while one is kept: the citizen chooses');
      return true;
    },

    async restore(turn) {
      const kept = turn.session.kept;
      if (!kept) return null;
      delete turn.session.kept;
      // The running flow takes its place; else a new one the citizen typed for (both at once only through a button
      // of an old conversation: the running one, which has more of the citizen's answers, is kept).
      const keptRunning = await keep(turn);
      if (!keptRunning && kept.fresh !== undefined) await keepFresh(turn, kept, kept.fresh);
      const flow = await deps.flows.findVersion(kept.flowId, kept.version);
      const through = flow?.resumable?.resume_through?.[kept.step];
      const step = through ?? kept.step;
      turn.release = await releaseOf(turn, kept);
      turn.session.active = {
        flowId: kept.flowId,
        version: kept.version,
        step,
        // At its question it waits; through another step (or from its start, a new one kept) it runs from there.
        waiting: through === undefined && flow?.steps[step]?.type === 'ask',
        retries: 0,
      };
      turn.session.stack = kept.stack;
      turn.session.variables = kept.variables;
      turn.logger.debug({ flowId: kept.flowId, step }, 'kept flow resumed');
      return kept;
    },

    async resume(turn) {
      const kept = await resume.restore(turn);
      if (!kept) return gone(turn);
      await say(turn, kept, RESUME_TEMPLATES.resumed);
      await deps.goOn(turn);
    },

    async startFresh(turn) {
      const kept = turn.session.kept;
      if (!kept) return gone(turn);
      await say(turn, kept, RESUME_TEMPLATES.droppedForFresh);
      delete turn.session.kept;
      turn.logger.debug({ flowId: kept.flowId }, 'kept flow dropped for a new one');
      await deps.start(turn, kept.flowId, kept.fresh ?? {});
    },

    tell: (turn, kept, key, params) => say(turn, kept, key, [], params),

    async drop(turn) {
      const kept = turn.session.kept;
      if (!kept) return gone(turn);
      await say(turn, kept, RESUME_TEMPLATES.dropped);
      delete turn.session.kept;
    },

    async settle(turn, options) {
      const kept = turn.session.kept;
      if (!kept) return;
      if (turn.effects.some((effect) => effect.type === CITIZEN_DATA_ERASE_EFFECT)) {
        delete turn.session.kept;
        return;
      }
      // The offer passed over for another subject (a flow kept in this turn has no offers yet): after the last one,
      // which said so, the kept flow goes.
      if (options.offerWasPending && kept.offers >= MAX_RESUME_OFFERS) {
        turn.logger.debug({ flowId: kept.flowId }, 'kept flow dropped: its last offer passed over');
        delete turn.session.kept;
        return;
      }
      const { offerShown: _shown, ...rest } = kept;
      turn.session.kept = rest;
      if (turn.session.active || !options.offerNow) return;
      const offers = kept.offers + 1;
      turn.session.kept = { ...rest, offers, offerShown: true };
      const last = offers >= MAX_RESUME_OFFERS;
      if (kept.fresh === undefined) {
        await say(turn, kept, last ? RESUME_TEMPLATES.offerLast : RESUME_TEMPLATES.offer, OFFER_BUTTONS);
        return;
      }
      const flow = await deps.flows.findVersion(kept.flowId, kept.version);
      const told = flow !== null && hasAnswers(flow, kept.fresh);
      const key = told
        ? last
          ? RESUME_TEMPLATES.choiceToldLast
          : RESUME_TEMPLATES.choiceTold
        : last
          ? RESUME_TEMPLATES.choiceLast
          : RESUME_TEMPLATES.choice;
      await say(turn, kept, key, CHOICE_BUTTONS);
    },

    async offerButtons(turn) {
      const kept = turn.session.kept;
      if (!kept) return [];
      const release = await releaseOf(turn, kept);
      const what = await nameOf(turn, kept, release);
      return (kept.fresh === undefined ? OFFER_BUTTONS : CHOICE_BUTTONS).map((button) => ({
        title: release.templates.t(button.title, turn.language, { what }),
        ...(button.action.type === 'query' ? { payload: button.action.payload } : {}),
      }));
    },
  };
  return resume;
}
