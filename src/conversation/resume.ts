import type { Button, OutboundMessage } from './channel.js';
import type { OfferedButton } from './offered-buttons.js';
import { CITIZEN_DATA_ERASE_EFFECT } from './effects.js';
import type { FlowDefinition } from './flow-schema.js';
import type { FlowSource } from './flow-source.js';
import { RESUME_DROP_PAYLOAD, RESUME_PAYLOAD } from './payloads.js';
import type { ReleaseSource, ReleaseView } from './release-source.js';
import type { KeptFrame, Session } from './session.js';
import type { Turn } from './turn.js';
import { getPath, type Variables } from './variables.js';
import { isWordOf, parseYesNo, WORD_LISTS, type WordSource } from './vocabulary.js';

/**
 * A citizen half-way through a report who asks something else ("tra cứu hồ sơ …", the menu) gets the answer, and the
 * report is not lost: a flow marked `resumable` that waits for the citizen, once they have given it something, is kept
 * aside (one slot in the session, `kept`) when the citizen starts another flow, and offered back when nothing runs
 * ("Anh/chị còn phản ánh đang viết dở…" [Tiếp tục] [Bỏ phản ánh này]). Resuming restores the flow as it was and asks
 * its question again. Offered twice at most: the second offer says the report goes if not continued, and another
 * subject then drops it.
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
  buttonContinue: 'common:resume.button_continue',
  buttonDrop: 'common:resume.button_drop',
  resumed: 'common:resume.resumed',
  dropped: 'common:resume.dropped',
  /** An old offer's button tapped when nothing is kept any more. */
  gone: 'common:resume.gone',
} as const;

/** Optional word lists for typed answers to the offer, beside yes/no ("ok", "không") and skip ("bỏ"). */
export const RESUME_WORD_LISTS = { resume: 'words:resume.continue', drop: 'words:resume.drop' } as const;

/** Whether the citizen has given the flow something: a value one of its questions saved, or the message it carried. */
export function hasAnswers(flow: FlowDefinition, variables: Variables): boolean {
  const paths = Object.values(flow.steps).flatMap((step) => (step.type === 'ask' ? [step.save] : []));
  if (flow.carry_message !== undefined) paths.push(flow.carry_message);
  return paths.some((path) => {
    const value = getPath(variables, path);
    return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  });
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

/** A typed reply to the offer: "tiếp tục", "ok", "có" resume; "bỏ", "không", "thôi" drop; anything else is no answer. */
export function readOfferReply(text: string, words: WordSource): 'resume' | 'drop' | null {
  if (isWordOf(text, RESUME_WORD_LISTS.resume, words)) return 'resume';
  if (isWordOf(text, RESUME_WORD_LISTS.drop, words) || isWordOf(text, WORD_LISTS.skip, words)) return 'drop';
  const yesNo = parseYesNo(text, words);
  return yesNo === null ? null : yesNo ? 'resume' : 'drop';
}

export interface ResumeDeps {
  flows: Pick<FlowSource, 'findVersion'>;
  releases: ReleaseSource;
  /** Asks the question the session waits at again (the restored flow's). */
  askAgain(turn: Turn): Promise<void>;
}

export interface Resume {
  /**
   * Before the citizen starts `starting`: keeps the running flow aside when it is resumable, waits at a question, has
   * answers and is not the flow starting again; tells the citizen in one line. Replaces an older kept flow, saying so.
   */
  keepInterrupted(turn: Turn, starting: string): Promise<void>;
  /** Restores the kept flow exactly (the running one may be kept in its place) and asks its question again. */
  resume(turn: Turn): Promise<void>;
  /** Drops the kept flow, with a short confirmation. */
  drop(turn: Turn): Promise<void>;
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

  async function say(turn: Turn, kept: KeptFrame, key: string, buttons: Button[] = []): Promise<void> {
    const release = await releaseOf(turn, kept);
    const what = await nameOf(turn, kept, release);
    const messages: OutboundMessage[] = release.templates.render(key, turn.language, { what });
    const titled = buttons.map((button) => ({
      ...button,
      title: release.templates.t(button.title, turn.language, { what }).slice(0, 100),
    }));
    turn.out.push(...messages.map((m) => (m.kind === 'text' && titled.length > 0 ? { ...m, buttons: titled } : m)));
  }

  async function gone(turn: Turn): Promise<void> {
    turn.out.push(...turn.release.templates.render(RESUME_TEMPLATES.gone, turn.language));
    await deps.askAgain(turn);
  }

  const resume: Resume = {
    async keepInterrupted(turn, starting) {
      const active = turn.session.active;
      if (!active?.waiting || active.flowId === starting) return;
      const flow = await deps.flows.findVersion(active.flowId, active.version);
      if (!flow?.resumable || flow.steps[active.step]?.type !== 'ask') return;
      if (!hasAnswers(flow, turn.session.variables)) return;
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
      await say(turn, kept, replacing ? RESUME_TEMPLATES.keptReplacing : RESUME_TEMPLATES.kept);
    },

    async resume(turn) {
      const kept = turn.session.kept;
      if (!kept) return gone(turn);
      delete turn.session.kept;
      await resume.keepInterrupted(turn, kept.flowId);
      await say(turn, kept, RESUME_TEMPLATES.resumed);
      turn.release = await releaseOf(turn, kept);
      turn.session.active = { flowId: kept.flowId, version: kept.version, step: kept.step, waiting: true, retries: 0 };
      turn.session.stack = kept.stack;
      turn.session.variables = kept.variables;
      turn.logger.debug({ flowId: kept.flowId, step: kept.step }, 'kept flow resumed');
      await deps.askAgain(turn);
    },

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
      await say(
        turn,
        kept,
        offers >= MAX_RESUME_OFFERS ? RESUME_TEMPLATES.offerLast : RESUME_TEMPLATES.offer,
        OFFER_BUTTONS,
      );
    },

    async offerButtons(turn) {
      const kept = turn.session.kept;
      if (!kept) return [];
      const release = await releaseOf(turn, kept);
      const what = await nameOf(turn, kept, release);
      return OFFER_BUTTONS.map((button) => ({
        title: release.templates.t(button.title, turn.language, { what }),
        ...(button.action.type === 'query' ? { payload: button.action.payload } : {}),
      }));
    },
  };
  return resume;
}
