import type { Logger } from '../platform/logger.js';
import type { CitizenId, Language, OutboundMessage } from './channel.js';
import { findLanguageChange, type Effect, type EffectRequest } from './effects.js';
import type { ReleaseView } from './release-source.js';
import type { Session } from './session.js';

/** Everything one event's processing reads and changes. */
export interface Turn {
  citizenId: CitizenId;
  eventId: string;
  language: Language;
  now: Date;
  logger: Logger;
  session: Session;
  /**
   * No conversation with the citizen is stored (never one, or none since they left or their data was erased): a
   * greeting is then answered with the welcome, as a follow is, not with a short greeting.
   */
  firstContact: boolean;
  /** The release this turn renders with and takes flows from: the session's pinned one, or the live one. */
  release: ReleaseView;
  /** The live release: a conversation the citizen starts now starts on it. */
  liveRelease: ReleaseView;
  out: OutboundMessage[];
  effects: Effect[];
  steps: number;
  /** Flows the citizen started in this turn, in order. */
  started: string[];
  /**
   * What the buttons of lists built from data (`buttons_from`) send in this turn's messages: a typed "2" or "cái
   * cuối" below such a list counts its items, not the step's own buttons after them.
   */
  listed?: Set<string>;
}

/** What a step tells the runner to do next. */
export type StepResult =
  | { kind: 'next'; step: string }
  | { kind: 'wait' }
  | { kind: 'end' }
  | { kind: 'start_flow'; flowId: string; returnTo?: string };

/** `next` when a next step is named, else the end of the flow. */
export function nextOrEnd(next: string | undefined): StepResult {
  return next === undefined ? { kind: 'end' } : { kind: 'next', step: next };
}

/** The source of a language change guessed from what the citizen wrote, not chosen by them. */
export const LANGUAGE_WRITTEN_SOURCE = 'language.written';

/**
 * Records an effect with a key unique to this event and step; a language change applies to the rest of the turn, and
 * one the citizen asked for (not guessed) is kept as their choice (the session's `languageChosen`).
 */
export function emitEffect(turn: Turn, request: EffectRequest, source: string): void {
  turn.effects.push({ ...request, key: `${turn.eventId}/${source}#${turn.effects.length}` });
  const language = findLanguageChange([request]);
  if (language === null) return;
  turn.language = language;
  if (source !== LANGUAGE_WRITTEN_SOURCE) turn.session.languageChosen = true;
}
