import path from 'node:path';
import { expect } from 'vitest';
import {
  createMemoryFlowSource,
  createTemplateRenderer,
  loadFlowsFromDir,
  simulateConversation,
  type OutboundMessage,
} from '../../../src/conversation/index.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { shippedActionsFor } from './shipped-actions.js';
import { startHarness, type Harness } from './harness.js';

/** A bot message as the citizen sees it: its text, then its buttons as [title]. */
export function seenTexts(messages: readonly OutboundMessage[]): string {
  return messages
    .map((m) =>
      m.kind === 'text'
        ? [m.text, ...(m.buttons ?? []).map((b) => `[${b.title}]`)].join('\n')
        : m.kind === 'request_user_info'
          ? `[share:${m.title}]`
          : '[image]',
    )
    .join('\n');
}

/**
 * A conversation: what the citizen says, then what the bot's answer contains (one piece, or several), and what it must
 * not. Each row is one message of the same conversation.
 */
export type DialogRow = [says: string, answers: string | readonly string[], not?: string];

export interface DialogTable {
  /** The LGSP simulator over HTTP and the services the shipped actions use. */
  h: Harness;
  db: TestDatabase;
  /** Plays the rows as one conversation through the shipped flows and texts and checks each answer. */
  talk(rows: readonly DialogRow[], language?: 'vi' | 'en'): Promise<void>;
  close(): Promise<void>;
}

/** Shipped flows and texts, the real engine, the LGSP simulator over HTTP: dialog tables of "citizen says → bot answers". */
export async function startDialogTable(): Promise<DialogTable> {
  const h = await startHarness();
  const db = await createTestDatabase();
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });
  const loaded = loadFlowsFromDir(path.resolve('flows'));
  const actions = shippedActionsFor(h, db, renderer);
  return {
    h,
    db,
    talk: async (rows, language) => {
      const transcript = await simulateConversation(
        {
          flows: createMemoryFlowSource(loaded.flows),
          actions,
          inputs: createShippedInputTypes(),
          templates: renderer,
          logger: testLogger(),
          config: { sessionTtlMinutes: 30, officeHours: 'Mon-Sun 00:00-24:00' },
        },
        { messages: rows.map(([says]) => says), ...(language ? { language } : {}) },
      );
      rows.forEach(([says, answers, not], i) => {
        const reply = seenTexts(transcript[i]?.bot ?? []);
        for (const answer of typeof answers === 'string' ? [answers] : answers)
          expect(reply, `after "${says}"`).toContain(answer);
        if (not !== undefined) expect(reply, `after "${says}"`).not.toContain(not);
        // A variable the flow did not give its template shows as "{{code}}": never to a citizen.
        expect(reply, `after "${says}"`).not.toContain('{{');
      });
    },
    close: async () => {
      await h.close();
      await db.destroy();
    },
  };
}
