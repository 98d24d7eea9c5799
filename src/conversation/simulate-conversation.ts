import type { Logger } from '../platform/logger.js';
import type { ActionRegistry } from './actions.js';
import {
  citizenIdSchema,
  DEFAULT_LANGUAGE,
  type InboundPayload,
  type Language,
  type OutboundMessage,
} from './channel.js';
import type { Effect } from './effects.js';
import type { FlowDefinition } from './flow-schema.js';
import type { InputTypeRegistry } from './input-types.js';
import { overlayFlowSource, type FlowSource } from './flow-source.js';
import { createTurnRunner, type TurnRunnerConfig } from './run-turn.js';
import type { Session } from './session.js';
import type { TemplateRenderer } from './template-renderer.js';
import { createMemoryTurnStore } from './turn-store.js';

export interface SimulationDeps {
  flows: FlowSource;
  /** The same actions the server runs: read actions really look things up; write actions only describe effects. */
  actions: ActionRegistry;
  inputs: InputTypeRegistry;
  templates: TemplateRenderer;
  logger: Logger;
  config: TurnRunnerConfig;
  clock?: () => Date;
}

/** One exchange of a simulated conversation: what the bot would answer and what it would write. */
export interface TranscriptTurn {
  citizen: string;
  bot: OutboundMessage[];
  /** Writes the turn asks for (follow a dossier, record a handoff…): shown, never performed. */
  effects: Effect[];
}

export interface SimulationOptions {
  /** What the citizen sends, in order; `@follow`, `@image <url>…` (several: one message), `@location <lat> <lng>`, `@file <url>`, `@contact <phone>`, `@sticker` stand for non-text events. */
  messages: readonly string[];
  /** Draft flows that replace the published ones during the simulation. */
  drafts?: readonly FlowDefinition[];
  /**
   * The simulated citizen's language, as one they chose: an admin previewing the English texts stays in English when
   * typing a Vietnamese keyword. Without it the citizen starts in the province's language, and writing plainly in the
   * other switches it as it would on Zalo.
   */
  language?: Language;
}

/**
 * Runs the real turn runner with its state in memory. Turns are committed to a memory store only, so the simulation
 * leaves every table and every outside system as it found them (read actions still ask the LGSP).
 */
export async function simulateConversation(
  deps: SimulationDeps,
  options: SimulationOptions,
): Promise<TranscriptTurn[]> {
  const clock = deps.clock ?? (() => new Date());
  const citizenId = citizenIdSchema.parse('simulator');
  const store = createMemoryTurnStore();
  if (options.language) store.setLanguage(citizenId, options.language);
  // A new object each turn: the runner changes the session it is given.
  const chosen = (): Session | null =>
    options.language
      ? { v: 1, active: null, stack: [], variables: {}, languageChosen: true, updatedAt: clock().toISOString() }
      : null;
  const runner = createTurnRunner({
    ...deps,
    flows: options.drafts && options.drafts.length > 0 ? overlayFlowSource(deps.flows, options.drafts) : deps.flows,
  });
  const transcript: TranscriptTurn[] = [];
  for (const [index, line] of options.messages.entries()) {
    const event = {
      citizenId,
      eventId: `sim-${index}`,
      occurredAt: clock().toISOString(),
      payload: parseSimulatedMessage(line),
    };
    const result = await runner.runTurn({
      event,
      session: (await store.loadSession(citizenId)) ?? chosen(),
      language: (await store.findLanguage(citizenId)) ?? DEFAULT_LANGUAGE,
      held: 0,
      handoff: await store.findLiveHandoff(citizenId),
      now: clock(),
      logger: deps.logger,
    });
    await store.commit(event, result);
    transcript.push({ citizen: line, bot: result.messages, effects: result.effects });
  }
  return transcript;
}

/** Turns a simulator script line into an inbound payload. */
export function parseSimulatedMessage(line: string): InboundPayload {
  const [command, ...rest] = line.trim().split(/\s+/);
  switch (command) {
    case '@follow':
      return { kind: 'follow' };
    case '@image': {
      // Several links: several photos in one message, as Zalo sends an album.
      const urls = rest.length > 0 ? rest : ['https://example.invalid/image.jpg'];
      return { kind: 'image', images: urls.map((url) => ({ url })) };
    }
    case '@location':
      return { kind: 'location', latitude: Number(rest[0] ?? 0), longitude: Number(rest[1] ?? 0) };
    case '@file':
      return { kind: 'file', url: rest[0] ?? 'https://example.invalid/file.pdf' };
    case '@contact':
      return { kind: 'contact', ...(rest[0] ? { phone: rest[0] } : {}) };
    case '@sticker':
      return { kind: 'unsupported', original: 'sticker' };
    default:
      return { kind: 'text', text: line };
  }
}

/**
 * A readable transcript: citizen lines with `>`, bot messages with `<`, buttons as `[title → target]`, effects the
 * server would perform as `! would <type> <payload>`.
 */
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
      else if (message.kind === 'file') lines.push(`< (file ${message.name} ${message.url})`);
      else lines.push(`< (asks to share contact details: ${message.title})`);
    }
    for (const effect of turn.effects) lines.push(`! would ${effect.type} ${JSON.stringify(effect.payload)}`);
  }
  return lines.join('\n');
}
