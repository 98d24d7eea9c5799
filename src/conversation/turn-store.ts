import type { SQL } from 'drizzle-orm';
import type { Tx } from '../platform/db.js';
import type { CitizenId, InboundEvent, Language, OutboundMessage } from './channel.js';
import { HANDOFF_EFFECT, HANDOFF_END_EFFECT, type Effect } from './effects.js';
import type { Session } from './session.js';

/** What one turn produced: the session to keep (null: forget it), the replies and the writes it asks for. */
export interface TurnResult {
  session: Session | null;
  /** The citizen's language after the turn (a language effect may have changed it). */
  language: Language;
  messages: OutboundMessage[];
  effects: Effect[];
}

/**
 * The channel's part of a turn's transaction: records the inbound event (conversation log, citizen record) and says
 * whether it is new. False means the event was already handled (a redelivery after the dedupe memory was lost): the
 * whole turn is then rolled back and nothing is sent again.
 */
export type ClaimInboundEvent = ((tx: Tx) => Promise<boolean>) & {
  /** The same claim as parts of one statement, for a store that writes a whole turn at once (see `ClaimStatement`). */
  statement?: ClaimStatement;
};

/**
 * Part of a statement prepared once for each shape it takes (a named statement on PostgreSQL: built, parsed and
 * planned once per connection instead of for every message): `key` names the shape (parts with the same key build the
 * same SQL), `build` makes its SQL with a `sql.placeholder` for each value (called once per shape), and `params` holds
 * this use's values by placeholder name (each module's names start with its prefix, e.g. `claim_`).
 */
export interface StatementPart<T = SQL> {
  key: string;
  build(): T;
  params: Record<string, unknown>;
}

/**
 * A claim as data-modifying CTEs: PostgreSQL allows them only at the top level of a statement, so the channel hands
 * over their definitions (`ctes`, comma-separated, names starting with `claim_`, placeholders too) and `claimed`, a
 * condition true when the event is new, which guards every other write of the turn's statement (the same SQL for
 * every claim whose `ctes` have the same key: it is part of the statement prepared for that shape).
 */
export interface ClaimStatement {
  ctes: StatementPart;
  claimed: SQL;
  /** The claim also records the citizen's interaction at this time (what a reply's admission reads is then stale). */
  interactedAt?: Date;
  /**
   * The same CTEs, the citizen's record they write also remembering `language` as the `citizen.language` effect would
   * (its definition's `citizenLanguage`; the citizens module builds both writes), so a turn whose only effect is a
   * language change is one statement too. (A second CTE updating the record would write
   * the same row twice in one statement, which PostgreSQL does not order.)
   */
  withLanguage?: (language: Language) => StatementPart;
}

export type CommitOutcome = 'committed' | 'duplicate';

/** What a turn knows of the citizen's live handoff. */
export interface LiveHandoffState {
  status: 'open' | 'taken';
  lastActivityAt: Date;
  /** A message left outside office hours: when officials will handle it. */
  dueAt?: Date | null;
  /** Citizen messages officials have not answered yet. */
  unanswered?: number;
}

/** What a turn reads before it runs: the session, the citizen's language, held messages and live handoff. */
export interface TurnContext {
  session: Session | null;
  language: Language | null;
  held: number;
  handoff: LiveHandoffState | null;
}

/**
 * Where a turn's state lives. `commit` records the new session, the replies and the effects together (all or
 * nothing) before anything leaves the process; only then are the replies handed to delivery.
 */
export interface TurnStore {
  loadSession(citizenId: CitizenId): Promise<Session | null>;
  findLanguage(citizenId: CitizenId): Promise<Language | null>;
  /** Notifications held for the citizen while they were outside the messaging window. */
  countHeldMessages(citizenId: CitizenId): Promise<number>;
  /** The citizen's live handoff to an official (the bot stays silent), or null. */
  findLiveHandoff(citizenId: CitizenId): Promise<LiveHandoffState | null>;
  /** The four reads above at once (a store backed by a database reads them in one statement). */
  loadTurnContext?(citizenId: CitizenId): Promise<TurnContext>;
  commit(event: InboundEvent, result: TurnResult, claim?: ClaimInboundEvent): Promise<CommitOutcome>;
}

export interface MemoryTurnStore extends TurnStore {
  /** What each committed turn recorded, in order (tests and the simulator read it). */
  readonly committed: Array<{ event: InboundEvent; result: TurnResult }>;
  /** Ends a citizen's handoff as an official would (tests). */
  closeHandoff(citizenId: CitizenId): void;
  /** Sets a citizen's remembered language (a test's starting point). */
  setLanguage(citizenId: CitizenId, language: Language): void;
}

/**
 * Turns kept in process memory: unit tests and the simulator. Effects are recorded, never performed (the simulator
 * shows them); the language and handoff effects are remembered, since the engine reads them back on the next turn.
 */
export function createMemoryTurnStore(): MemoryTurnStore {
  const sessions = new Map<string, Session>();
  const languages = new Map<string, Language>();
  const committed: Array<{ event: InboundEvent; result: TurnResult }> = [];
  const handoffs = new Map<string, Date>();
  return {
    committed,
    setLanguage: (citizenId, language) => void languages.set(citizenId, language),
    loadSession: (citizenId) => Promise.resolve(sessions.get(citizenId) ?? null),
    findLanguage: (citizenId) => Promise.resolve(languages.get(citizenId) ?? null),
    countHeldMessages: () => Promise.resolve(0),
    findLiveHandoff(citizenId) {
      const since = handoffs.get(citizenId);
      return Promise.resolve(since ? { status: 'open' as const, lastActivityAt: since } : null);
    },
    closeHandoff: (citizenId) => void handoffs.delete(citizenId),
    commit(event, result, claim) {
      if (claim) throw new Error('the memory turn store has no transaction to claim an event in');
      if (result.session) sessions.set(event.citizenId, structuredClone(result.session));
      else sessions.delete(event.citizenId);
      languages.set(event.citizenId, result.language);
      for (const effect of result.effects) {
        if (effect.type === HANDOFF_EFFECT && !handoffs.has(event.citizenId))
          handoffs.set(event.citizenId, new Date(event.occurredAt));
        if (effect.type === HANDOFF_END_EFFECT) handoffs.delete(event.citizenId);
      }
      committed.push({ event, result });
      return Promise.resolve('committed');
    },
  };
}
