import type { z } from 'zod';
import { createCitizenEffects, createCitizenPreferences } from '../../src/citizens/index.js';
import {
  createConversationEngine,
  createEffectRegistry,
  createHandoffEffects,
  createHandoffStore,
  createPgTurnStore,
  type ActionRegistry,
  type CitizenId,
  type EffectDefinition,
  type ConversationEngine,
  type FlowSource,
  type OutboundMessage,
  type ReplyOutbox,
  type TemplateRenderer,
} from '../../src/conversation/index.js';
import { createLgspEffects } from '../../src/lgsp/index.js';
import type { Db } from '../../src/platform/db.js';
import { testLogger } from './logger.js';

export interface PgTestEngine {
  engine: ConversationEngine;
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
  templates: TemplateRenderer;
  /** Delivery records and jobs (the Zalo sink); with it, pass its `releaseHeldEffect` as `heldEffect`. */
  replies?: ReplyOutbox;
  heldEffect?: EffectDefinition<z.ZodType>;
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
  };
  const logger = testLogger();
  const handoffs = createHandoffStore(options.db);
  const effects = createEffectRegistry([
    ...createCitizenEffects(),
    ...(options.heldEffect ? [options.heldEffect] : []),
    ...createHandoffEffects(handoffs),
    ...createLgspEffects(),
  ]);
  const engine = createConversationEngine({
    store: createPgTurnStore({
      db: options.db,
      preferences: createCitizenPreferences(options.db),
      effects,
      replies: options.replies ?? collecting,
      handoffs,
      logger,
    }),
    flows: options.flows,
    actions: options.actions,
    templates: options.templates,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    config: { sessionTtlMinutes: options.sessionTtlMinutes ?? 30, officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00' },
  });
  return { engine, released };
}
