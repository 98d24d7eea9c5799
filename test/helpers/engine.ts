import { citizenLanguageQuery, createCitizenEffects, createCitizenPreferences } from '../../src/citizens/index.js';
import { countHeldQuery } from '../../src/messaging/index.js';
import {
  createConversationEngine,
  createEffectRegistry,
  createUnderstandingEffects,
  createHandoffEffects,
  createReleaseHeldEffect,
  createHandoffStore,
  createPgTurnStore,
  type ActionRegistry,
  type CitizenId,
  type ConversationEngine,
  type EffectOutbox,
  type EffectRegistry,
  type FlowSource,
  type InputTypeRegistry,
  type OutboundMessage,
  type ReleaseSource,
  type ReplyOutbox,
  type TemplateRenderer,
} from '../../src/conversation/index.js';
import { createLgspEffects } from '../../src/lgsp/index.js';
import { createShippedInputTypes } from '../../src/shipped-input-types.js';
import type { Db } from '../../src/platform/db.js';
import { testLogger } from './logger.js';

export interface PgTestEngine {
  engine: ConversationEngine;
  /** The effect performers the engine uses (an outbox worker performs the external ones with it). */
  effects: EffectRegistry;
  /** Replies released after their turn committed, per citizen, in order (when no outbox was given). */
  released: Map<string, OutboundMessage[]>;
}

/**
 * The engine as the server composes it (turns in PostgreSQL, the real effect performers), for integration tests.
 * Without `replies`, committed replies are collected in `released` instead of being delivered.
 */
export function createPgTestEngine(options: {
  db: Db;
  flows: FlowSource;
  actions: ActionRegistry;
  /** Input types of ask steps; default the engine's and the shipped modules'. */
  inputs?: InputTypeRegistry;
  templates: TemplateRenderer;
  /** Releases (flows and texts published together, pinned per conversation); without it, `flows` and `templates`. */
  releases?: ReleaseSource;
  /** Delivery records and jobs (the messaging module); it also performs the release of held notifications. */
  replies?: ReplyOutbox;
  /** Effects beyond the product's own (e.g. an external one a test defines), and where external ones wait. */
  extraEffects?: Parameters<typeof createEffectRegistry>[0];
  outbox?: EffectOutbox;
  clock?: () => Date;
  sessionTtlMinutes?: number;
}): PgTestEngine {
  const released = new Map<string, OutboundMessage[]>();
  const pending = new Map<string, OutboundMessage[]>();
  const collecting: ReplyOutbox = {
    record: (_tx, citizenId, messages) => {
      pending.set(citizenId, [...(pending.get(citizenId) ?? []), ...messages]);
      return Promise.resolve();
    },
    release: (citizenId: CitizenId) => {
      released.set(citizenId, [...(released.get(citizenId) ?? []), ...(pending.get(citizenId) ?? [])]);
      pending.delete(citizenId);
      return Promise.resolve();
    },
    countHeld: () => Promise.resolve(0),
    releaseHeld: () => Promise.resolve(),
  };
  const replies = options.replies;
  const logger = testLogger();
  const handoffs = createHandoffStore(options.db);
  const effects = createEffectRegistry([
    ...createCitizenEffects(),
    ...(replies ? [createReleaseHeldEffect((tx, citizenId) => replies.releaseHeld(tx, citizenId))] : []),
    ...createHandoffEffects(handoffs),
    ...createUnderstandingEffects(),
    ...createLgspEffects(),
    ...(options.extraEffects ?? []),
  ]);
  const engine = createConversationEngine({
    store: createPgTurnStore({
      db: options.db,
      preferences: createCitizenPreferences(options.db),
      effects,
      replies: options.replies ?? collecting,
      handoffs,
      ...(options.outbox ? { outbox: options.outbox } : {}),
      subqueries: { language: citizenLanguageQuery, heldCount: countHeldQuery },
      logger,
    }),
    flows: options.flows,
    actions: options.actions,
    inputs: options.inputs ?? createShippedInputTypes(),
    templates: options.templates,
    ...(options.releases ? { releases: options.releases } : {}),
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    config: { sessionTtlMinutes: options.sessionTtlMinutes ?? 30, officeHours: 'Mon-Sun 00:00-24:00' },
  });
  return { engine, effects, released };
}
