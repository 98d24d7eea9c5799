import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../platform/logger.js';
import { combineActionRegistries, createActionRegistry, defineAction } from './actions.js';
import { BASIC_INPUT_TYPES } from './basic-input-types.js';
import { createBuiltinActions } from './builtin-actions.js';
import { citizenIdSchema, type OutboundMessage } from './channel.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import { createMemoryFlowSource } from './flow-source.js';
import { createInputTypeRegistry } from './input-types.js';
import { createStoredReleaseSource, type ReleaseSource, type ReleaseView } from './release-source.js';
import { createTurnRunner } from './run-turn.js';
import type { Session } from './session.js';
import { createTemplateRenderer, type TemplateResources } from './template-renderer.js';

const logger = createLogger({ level: 'silent' });

describe('stored release source', () => {
  function fakeStore() {
    const loads: number[] = [];
    let live: number | null = 1;
    return {
      loads,
      setLive: (id: number | null) => void (live = id),
      liveReleaseId: () => Promise.resolve(live),
      loadRelease: (id: number) => {
        loads.push(id);
        return Promise.resolve(id > 100 ? null : { id, flows: [], templates: { vi: { t: { x: `release ${id}` } } } });
      },
    };
  }

  it('keeps at most maxCached releases, the least recently used leaving first', async () => {
    const store = fakeStore();
    const source = createStoredReleaseSource({ store, maxCached: 2 });
    expect((await source.find(1))?.templates.t('t:x', 'vi')).toBe('release 1');
    await source.find(2);
    await source.find(1); // 1 is now the most recently used
    await source.find(3); // evicts 2
    await source.find(1);
    await source.find(2);
    expect(store.loads).toEqual([1, 2, 3, 2]);
  });

  it('answers null for a release that does not exist, and asks again next time', async () => {
    const store = fakeStore();
    const source = createStoredReleaseSource({ store });
    expect(await source.find(101)).toBeNull();
    expect(await source.find(101)).toBeNull();
    expect(store.loads).toEqual([101, 101]);
  });

  it('serves the live release, and before any publish no flows with the shipped texts only', async () => {
    const store = fakeStore();
    const source = createStoredReleaseSource({ store });
    expect((await source.live()).id).toBe(1);
    store.setLive(null);
    const empty = await source.live();
    expect(empty).toMatchObject({ id: null, flows: [] });
  });
});

/** A release of version 1 of the flow (a question, then an action that words its value) with its own texts. */
function releaseOf(id: number, flow: FlowDefinition, words: { ask: string; label: string }): ReleaseView {
  const resources: TemplateResources = {
    vi: { common: { menu: 'Menu' }, t: { ask: words.ask, result: 'Kết quả: {{result.label}}', label: words.label } },
  };
  return { id, flows: [{ flow, version: 1 }], templates: createTemplateRenderer({ resources }) };
}

const FLOW = flowDefinitionSchema.parse({
  id: 'check',
  title: 'Kiểm tra',
  format: 1,
  triggers: [{ type: 'keywords', values: ['kiểm tra'] }],
  start: 'ask',
  steps: {
    ask: { type: 'ask', template: 't:ask', input: { type: 'text' }, save: 'answer', next: 'word' },
    word: { type: 'call', action: 'test.word', save: 'result', on: { ok: 'done' } },
    done: { type: 'say', template: 't:result' },
  },
});

describe('turn runner with releases', () => {
  it('a conversation keeps the texts of the release it started on, its actions too; the next starts on the live one', async () => {
    const releases = new Map<number, ReleaseView>([
      [1, releaseOf(1, FLOW, { ask: 'Câu hỏi cũ?', label: 'nhãn cũ' })],
      [2, releaseOf(2, FLOW, { ask: 'Câu hỏi mới?', label: 'nhãn mới' })],
    ]);
    let live = 1;
    const source: ReleaseSource = {
      live: () => Promise.resolve(releases.get(live) as ReleaseView),
      find: (id) => Promise.resolve(releases.get(id) ?? null),
    };
    // The action words its value with the texts the engine hands it.
    const word = defineAction({
      name: 'test.word',
      description: 'words a label',
      kind: 'read',
      args: z.object({}),
      run: (_args, ctx) => Promise.resolve({ status: 'ok', value: { label: ctx.texts?.t('t:label', ctx.language) } }),
    });
    const runner = createTurnRunner({
      flows: createMemoryFlowSource([FLOW]),
      actions: combineActionRegistries(createBuiltinActions(), createActionRegistry([word])),
      inputs: createInputTypeRegistry(BASIC_INPUT_TYPES),
      templates: createTemplateRenderer({}),
      releases: source,
      logger,
      config: { sessionTtlMinutes: 30, officeHours: 'Mon-Fri 07:30-17:00' },
    });
    const sessions = new Map<string, Session | null>();
    let n = 0;
    const say = async (citizen: string, text: string) => {
      n += 1;
      const result = await runner.runTurn({
        event: {
          citizenId: citizenIdSchema.parse(citizen),
          eventId: `e${n}`,
          occurredAt: new Date().toISOString(),
          payload: { kind: 'text', text },
        },
        session: sessions.get(citizen) ?? null,
        language: 'vi',
        held: 0,
        now: new Date(),
        logger,
      });
      sessions.set(citizen, result.session);
      return result.messages.map((m: OutboundMessage) => (m.kind === 'text' ? m.text : m.kind)).join('\n');
    };

    expect(await say('a', 'kiểm tra')).toBe('Câu hỏi cũ?');
    expect(sessions.get('a')?.release).toBe(1);
    live = 2;
    expect(await say('b', 'kiểm tra')).toBe('Câu hỏi mới?');
    expect(await say('a', 'xin chào')).toBe('Kết quả: nhãn cũ');
    expect(sessions.get('a')?.release).toBeUndefined();
    expect(await say('a', 'kiểm tra')).toBe('Câu hỏi mới?');
    expect(await say('a', 'xin chào')).toBe('Kết quả: nhãn mới');
  });
});
