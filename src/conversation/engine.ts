import { lazyChild, type Logger } from '../platform/logger.js';
import { DEFAULT_LANGUAGE, type CitizenId, type InboundEvent } from './channel.js';
import { createTurnRunner, type TurnRunnerDeps } from './run-turn.js';
import { simulateConversation, type SimulationOptions, type TranscriptTurn } from './simulate-conversation.js';
import type { ClaimInboundEvent, CommitOutcome, TurnContext, TurnStore } from './turn-store.js';

export interface ConversationEngineDeps extends TurnRunnerDeps {
  /** Sessions in, turns out: PostgreSQL in the server, memory in tests. */
  store: TurnStore;
  clock?: () => Date;
  logger: Logger;
}

export interface ConversationEngine {
  /**
   * Handles one inbound event of one citizen: runs the turn, then commits its session, replies and effects at once
   * (with the channel's `claim` on the event in the same transaction). Callers serialise events per citizen. Throws
   * only when the turn could not be recorded (an outage): the caller retries the event.
   */
  handle(event: InboundEvent, claim?: ClaimInboundEvent): Promise<CommitOutcome>;
  /** Runs a scripted conversation on the same flows, actions and templates, in memory, performing no writes. */
  simulate(options: SimulationOptions): Promise<TranscriptTurn[]>;
}

/** Creates the engine; all state lives in the turn store and flow source, so any process may handle any event. */
export function createConversationEngine(deps: ConversationEngineDeps): ConversationEngine {
  const clock = deps.clock ?? (() => new Date());
  const runner = createTurnRunner(deps);
  return {
    async simulate(options) {
      // The simulator runs on the live release (drafts in place of flows of the same id), pinning nothing; its
      // lookups are an official's rehearsal, not citizens': they stay out of the recorded counts.
      const { releases, recordActionOutcome: _notRecorded, ...rest } = deps;
      const templates = releases ? (await releases.live()).templates : deps.templates;
      return simulateConversation({ ...rest, templates, clock }, options);
    },
    async handle(event, claim) {
      const logger = lazyChild(deps.logger, { eventId: event.eventId, kind: event.payload.kind });
      const stopTimer = deps.metrics?.handleSeconds.startTimer();
      await deps.templates
        .refresh?.()
        .catch((error: unknown) => logger.warn({ err: error }, 'templates could not be reloaded'));
      const { session, language, held, handoff } = await loadTurnContext(deps.store, event.citizenId);
      const result = await runner.runTurn({
        event,
        session,
        language: language ?? DEFAULT_LANGUAGE,
        held,
        handoff,
        now: clock(),
        logger,
      });
      const outcome = await deps.store.commit(event, result, claim);
      stopTimer?.();
      return outcome;
    },
  };
}

async function loadTurnContext(store: TurnStore, citizenId: CitizenId): Promise<TurnContext> {
  if (store.loadTurnContext) return store.loadTurnContext(citizenId);
  const [session, language, held, handoff] = await Promise.all([
    store.loadSession(citizenId),
    store.findLanguage(citizenId),
    store.countHeldMessages(citizenId),
    store.findLiveHandoff(citizenId),
  ]);
  return { session, language, held, handoff };
}
