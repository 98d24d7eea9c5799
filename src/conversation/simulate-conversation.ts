import { randomUUID } from 'node:crypto';
import { createMemoryCitizenPreferences } from './memory-preferences.js';
import type { Logger } from '../platform/logger.js';
import type { ActionContext, ActionOutcome, ActionRegistry } from './actions.js';
import { createBuiltinActions } from './builtin-actions.js';
import { citizenIdSchema, type OutboundMessage } from './channel.js';
import {
  createConversationEngine,
  parseSimulatedMessage,
  type ConversationEngineConfig,
  type HandoffPort,
  type SimulationOptions,
  type TranscriptTurn,
} from './engine.js';
import { overlayFlowSource, type FlowSource } from './flow-source.js';
import { createMemorySessionStore } from './session-store.js';
import type { TemplateRenderer } from './template-renderer.js';

export interface SimulationDeps {
  flows: FlowSource;
  /** Domain actions (LGSP, feedback…); the built-in ones are provided with in-memory preferences. */
  actions: ActionRegistry;
  templates: TemplateRenderer;
  logger: Logger;
  config: ConversationEngineConfig;
  clock?: () => Date;
}

/** Runs the real engine with an in-memory session store, preferences and handoffs, collecting every reply. */
export async function simulateConversation(
  deps: SimulationDeps,
  options: SimulationOptions,
): Promise<TranscriptTurn[]> {
  const clock = deps.clock ?? (() => new Date());
  const preferences = createMemoryCitizenPreferences();
  const citizenId = citizenIdSchema.parse('simulator');
  if (options.language) await preferences.setLanguage(citizenId, options.language);
  const builtins = createBuiltinActions({ preferences });
  // The simulation must not write real preferences: built-ins shadow any real action of the same name.
  const actions: ActionRegistry = {
    has: (name) => builtins.has(name) || deps.actions.has(name),
    describe: (name) => builtins.describe(name) ?? deps.actions.describe(name),
    list: () => [...builtins.list(), ...deps.actions.list().filter((a) => !builtins.has(a.name))],
    run: (name: string, args: Record<string, unknown>, ctx: ActionContext): Promise<ActionOutcome> =>
      builtins.has(name) ? builtins.run(name, args, ctx) : deps.actions.run(name, args, ctx),
  };
  let collected: OutboundMessage[] = [];
  const handoffs: HandoffPort = { request: () => Promise.resolve({ id: `simulated-${randomUUID()}` }) };
  const engine = createConversationEngine({
    sessions: createMemorySessionStore(clock),
    flows: options.drafts && options.drafts.length > 0 ? overlayFlowSource(deps.flows, options.drafts) : deps.flows,
    actions,
    templates: deps.templates,
    sink: {
      send: (_id, messages) => {
        collected.push(...messages);
        return Promise.resolve();
      },
    },
    preferences,
    handoffs,
    clock,
    logger: deps.logger,
    config: deps.config,
  });
  const transcript: TranscriptTurn[] = [];
  for (const [index, line] of options.messages.entries()) {
    collected = [];
    await engine.handle({
      citizenId,
      eventId: `sim-${index}`,
      occurredAt: clock().toISOString(),
      payload: parseSimulatedMessage(line),
    });
    transcript.push({ citizen: line, bot: collected });
  }
  return transcript;
}

/** A readable transcript: citizen lines with `>`, bot messages with `<`, buttons as `[title → target]`. */
export function formatTranscript(transcript: readonly TranscriptTurn[]): string {
  const lines: string[] = [];
  for (const turn of transcript) {
    lines.push(`> ${turn.citizen}`);
    for (const message of turn.bot) {
      if (message.kind === 'text') {
        lines.push(...message.text.split('\n').map((line, i) => (i === 0 ? `< ${line}` : `  ${line}`)));
        for (const button of message.buttons ?? []) {
          const target =
            button.action.type === 'query'
              ? button.action.payload
              : button.action.type === 'url'
                ? button.action.url
                : button.action.phone;
          lines.push(`  [${button.title} → ${target}]`);
        }
      } else if (message.kind === 'image') lines.push(`< (image ${message.imageUrl})`);
      else lines.push(`< (asks to share contact details: ${message.title})`);
    }
  }
  return lines.join('\n');
}
