import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  citizenIdSchema,
  createBuiltinActions,
  createConversationEngine,
  createMemoryFlowSource,
  createRedisSessionStore,
  createTemplateRenderer,
  loadFlowsFromDir,
  type CitizenId,
  type ConversationEngine,
  type Language,
  type OutboundMessage,
} from '../../../src/conversation/index.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORE_FLOWS = loadFlowsFromDir(path.join(ROOT, 'flows')).flows.filter((f) =>
  ['welcome', 'menu', 'help', 'language', 'fallback'].includes(f.id),
);
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });

describe('conversation engine on Redis sessions', () => {
  let redis: TestRedis;
  let now: Date;
  let sent: OutboundMessage[];
  const languages = new Map<string, Language>();
  const preferences = {
    findLanguage: (id: CitizenId) => Promise.resolve(languages.get(id) ?? null),
    setLanguage: (id: CitizenId, language: Language) => {
      languages.set(id, language);
      return Promise.resolve();
    },
  };

  // Each call builds a separate engine instance, as separate worker processes would.
  const createEngine = (sessionTtlMinutes = 30): ConversationEngine =>
    createConversationEngine({
      sessions: createRedisSessionStore(redis.redis),
      flows: createMemoryFlowSource(CORE_FLOWS),
      actions: createBuiltinActions({ preferences }),
      templates,
      sink: {
        send: (_id, messages) => {
          sent.push(...messages);
          return Promise.resolve();
        },
      },
      preferences,
      handoffs: { request: () => Promise.resolve({ id: 'h1' }) },
      clock: () => now,
      logger: testLogger(),
      config: { sessionTtlMinutes, officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00' },
    });

  let counter = 0;
  const say = async (engine: ConversationEngine, text: string, citizen = 'redis-citizen') => {
    sent = [];
    counter += 1;
    await engine.handle({
      citizenId: citizenIdSchema.parse(citizen),
      eventId: `e${counter}`,
      occurredAt: now.toISOString(),
      payload: text === '@follow' ? { kind: 'follow' } : { kind: 'text', text },
    });
    return sent
      .flatMap((m) => (m.kind === 'text' ? [m.text, ...(m.buttons ?? []).map((b) => `[${b.title}]`)] : [m.kind]))
      .join('\n');
  };

  beforeEach(async () => {
    redis = await createTestRedis();
    now = new Date('2026-11-23T03:00:00Z');
    sent = [];
    languages.clear();
  });
  afterEach(async () => {
    await redis.destroy();
  });

  it.each<[string, [string, string][]]>([
    [
      'follow, then language switch through the flow',
      [
        ['@follow', 'Xin chào!'],
        ['doi ngon ngu', 'ngôn ngữ nào'],
        ['english', 'answer in English'],
        ['menu', 'How can I help?'],
      ],
    ],
    [
      'help, handoff, cancel',
      [
        ['tro giup', 'Đường dây nóng'],
        ['#go:help/handoff', 'chuyển cuộc trò chuyện cho cán bộ'],
        ['huỷ', 'Đã hủy'],
      ],
    ],
    [
      'typo in a keyword and an unknown message',
      [
        ['lien hệe', 'Đường dây nóng'],
        ['xyz', 'chưa hiểu'],
      ],
    ],
  ])('%s', async (_name, table) => {
    const engine = createEngine();
    for (const [text, expected] of table) expect(await say(engine, text), `after "${text}"`).toContain(expected);
  });

  it('a conversation continues on another engine instance (another process)', async () => {
    const first = createEngine();
    const second = createEngine();
    expect(await say(first, 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    expect(await say(second, '2')).toContain('Language changed to English');
  });

  it('stores the session with a Redis TTL and, after the session TTL, starts afresh with a note', async () => {
    const engine = createEngine(1);
    expect(await say(engine, 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    const ttl = await redis.redis.ttl('conv:session:redis-citizen');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120);
    now = new Date(now.getTime() + 61_000);
    const answer = await say(engine, '2');
    expect(answer).toContain('bắt đầu lại');
    expect(answer).not.toContain('Language changed');
    // The note is said once; the next message is an ordinary one.
    expect(await say(engine, 'lien he')).not.toContain('bắt đầu lại');
  });

  it('a session record that no longer parses counts as no session', async () => {
    await redis.redis.set('conv:session:redis-citizen', '{"v":99}', 'EX', 60);
    expect(await say(createEngine(), 'liên hệ')).toContain('Đường dây nóng');
  });

  it('unfollow forgets the session', async () => {
    const engine = createEngine();
    await say(engine, 'đổi ngôn ngữ');
    sent = [];
    await engine.handle({
      citizenId: citizenIdSchema.parse('redis-citizen'),
      eventId: 'u',
      occurredAt: now.toISOString(),
      payload: { kind: 'unfollow' },
    });
    expect(sent).toEqual([]);
    expect(await redis.redis.exists('conv:session:redis-citizen')).toBe(0);
  });
});
