import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import {
  citizenIdSchema,
  combineActionRegistries,
  conversationHandoffs,
  conversationSessions,
  createBuiltinActions,
  createHandoffStore,
  estimateHandoffWait,
  createMemoryFlowSource,
  createTemplateRenderer,
  loadFlowsFromDir,
  type ClaimInboundEvent,
  type ConversationEngine,
} from '../../../src/conversation/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { createPgTestEngine, type PgTestEngine } from '../../helpers/engine.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORE_FLOWS = loadFlowsFromDir(path.join(ROOT, 'flows')).flows.filter((f) =>
  ['welcome', 'menu', 'help', 'language', 'fallback'].includes(f.id),
);
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const CITIZEN = 'pg-citizen';
const OFFICIAL = '00000000-0000-4000-8000-000000000001';

describe('conversation engine with turns in PostgreSQL', () => {
  let database: TestDatabase;
  let now: Date;
  let current: PgTestEngine;

  // Each call builds a separate engine instance, as separate worker processes would.
  const createEngine = (sessionTtlMinutes = 30): ConversationEngine => {
    current = createPgTestEngine({
      db: database.db,
      flows: createMemoryFlowSource(CORE_FLOWS),
      actions: combineActionRegistries(createBuiltinActions()),
      templates,
      clock: () => now,
      sessionTtlMinutes,
    });
    return current.engine;
  };

  let counter = 0;
  const say = async (engine: ConversationEngine, text: string, claim?: ClaimInboundEvent) => {
    counter += 1;
    const before = current.released.get(CITIZEN)?.length ?? 0;
    await engine.handle(
      {
        citizenId: citizenIdSchema.parse(CITIZEN),
        eventId: `e${counter}`,
        occurredAt: now.toISOString(),
        payload: text === '@follow' ? { kind: 'follow' } : { kind: 'text', text },
      },
      claim,
    );
    return (current.released.get(CITIZEN) ?? [])
      .slice(before)
      .flatMap((m) => (m.kind === 'text' ? [m.text, ...(m.buttons ?? []).map((b) => `[${b.title}]`)] : [m.kind]))
      .join('\n');
  };
  const storedSession = async () => {
    const [row] = await database.db
      .select()
      .from(conversationSessions)
      .where(eq(conversationSessions.citizenId, CITIZEN));
    return row;
  };

  beforeEach(async () => {
    database = await createTestDatabase();
    now = new Date('2026-11-23T03:00:00Z');
  });
  afterEach(async () => {
    await database.destroy();
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
        ['huỷ', 'Đã kết thúc trao đổi với cán bộ'],
      ],
    ],
    [
      'typo in a keyword and an unknown message',
      [
        ['lien hệe', 'Đường dây nóng'],
        ['xyz', 'chưa hiểu'],
        ['cảm ơn ạ', 'không có gì'],
      ],
    ],
  ])('%s', async (_name, table) => {
    const engine = createEngine();
    for (const [text, expected] of table) expect(await say(engine, text), `after "${text}"`).toContain(expected);
  });

  it('a conversation continues on another engine instance (another process)', async () => {
    const first = createEngine();
    expect(await say(first, 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    const second = createEngine();
    expect(await say(second, '2')).toContain('Language changed to English');
  });

  it("performs the turn's effects in its transaction: the language and the handoff are stored", async () => {
    const engine = createEngine();
    await say(engine, 'đổi ngôn ngữ');
    await say(engine, '2');
    const [citizen] = await database.db.select().from(citizens).where(eq(citizens.zaloUserId, CITIZEN));
    expect(citizen?.language).toBe('en');
    await say(engine, '#go:help/handoff');
    const handoffs = await database.db
      .select()
      .from(conversationHandoffs)
      .where(eq(conversationHandoffs.citizenId, CITIZEN));
    expect(handoffs).toMatchObject([{ flowId: 'help', status: 'open' }]);
  });

  it('a turn whose event was already claimed records nothing: no session change, no reply, no effect', async () => {
    const engine = createEngine();
    expect(await say(engine, 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    const before = await storedSession();
    const alreadyHandled: ClaimInboundEvent = () => Promise.resolve(false);
    expect(await say(engine, '2', alreadyHandled)).toBe('');
    expect(await storedSession()).toEqual(before);
    const [citizen] = await database.db.select().from(citizens).where(eq(citizens.zaloUserId, CITIZEN));
    expect(citizen?.language ?? null).toBeNull();
  });

  it('after the session TTL the conversation starts afresh, with a note said once', async () => {
    const engine = createEngine(1);
    expect(await say(engine, 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    now = new Date(now.getTime() + 61_000);
    const answer = await say(engine, '2');
    expect(answer).toContain('lại từ đầu');
    expect(answer).not.toContain('Language changed');
    expect(await say(engine, 'lien he')).not.toContain('lại từ đầu');
  });

  it('a session record that no longer parses counts as no session', async () => {
    const engine = createEngine();
    await say(engine, 'đổi ngôn ngữ');
    await database.db.execute(sql`update conversation_sessions set session = '{"v":99}'::jsonb`);
    expect(await say(engine, 'liên hệ')).toContain('Đường dây nóng');
  });

  it('unfollow forgets the session', async () => {
    const engine = createEngine();
    await say(engine, 'đổi ngôn ngữ');
    expect(await storedSession()).toBeDefined();
    await engine.handle({
      citizenId: citizenIdSchema.parse(CITIZEN),
      eventId: 'u',
      occurredAt: now.toISOString(),
      payload: { kind: 'unfollow' },
    });
    expect(await storedSession()).toBeUndefined();
  });

  it('the wait told to citizens counts those still waiting, not only those answered', async () => {
    const handoffs = createHandoffStore(database.db);
    const minutes = (n: number) => new Date(now.getTime() - n * 60_000);
    // Five answered within 2 minutes, earlier today.
    for (let i = 0; i < 5; i += 1) {
      const { id } = await handoffs.request({
        citizenId: citizenIdSchema.parse(`fast-${i}`),
        flowId: 'handoff',
        at: minutes(300),
      });
      await handoffs.take(id, OFFICIAL, { now: minutes(299) });
      await handoffs.recordAnswer(id, { now: minutes(298) });
    }
    expect(await estimateHandoffWait(database.db, now)).toEqual({ waiting: 0, typicalMinutes: 2 });
    // Officials went away: six citizens have waited an hour and more. The answered ones alone would still say 2.
    for (let i = 0; i < 6; i += 1)
      await handoffs.request({
        citizenId: citizenIdSchema.parse(`waiting-${i}`),
        flowId: 'handoff',
        at: minutes(60 + i),
      });
    // One who gave up before an answer tells nothing of the wait.
    await handoffs.request({ citizenId: citizenIdSchema.parse('left'), flowId: 'handoff', at: minutes(10) });
    await handoffs.endForCitizen('left', 'citizen', minutes(9));
    expect(await estimateHandoffWait(database.db, now)).toEqual({ waiting: 6, typicalMinutes: 60 });
  });

  it('a typed rating is for the last hand-off an official answered and closed, with or without its closer recorded', async () => {
    const handoffs = createHandoffStore(database.db);
    const minutes = (n: number) => new Date(now.getTime() - n * 60_000);
    const answeredAndClosed = async (citizen: string, closedBy: string | null) => {
      const { id } = await handoffs.request({
        citizenId: citizenIdSchema.parse(citizen),
        flowId: 'handoff',
        at: minutes(30),
      });
      await handoffs.recordAnswer(id, { now: minutes(20) });
      // Closed with no closer recorded (closed_by null), as a row may be; an official's close always names them.
      await database.db
        .update(conversationHandoffs)
        .set({ status: 'closed', closedBy, closedAt: minutes(10) })
        .where(eq(conversationHandoffs.id, id));
      return id;
    };
    const unrecorded = await answeredAndClosed('closer-unknown', null);
    const byOfficial = await answeredAndClosed('closer-official', OFFICIAL);
    await answeredAndClosed('closer-citizen', 'citizen');
    await answeredAndClosed('closer-timeout', 'timeout');

    expect(await handoffs.findRatingAsked('closer-unknown', minutes(60))).toEqual({
      handoffId: unrecorded,
      closedAt: minutes(10),
    });
    expect(await handoffs.findRatingAsked('closer-official', minutes(60))).toMatchObject({ handoffId: byOfficial });
    // Ended by the citizen or by the idle timeout: nobody asked them to rate it.
    expect(await handoffs.findRatingAsked('closer-citizen', minutes(60))).toBeNull();
    expect(await handoffs.findRatingAsked('closer-timeout', minutes(60))).toBeNull();
  });

  it('ends the handoffs nobody acted on for the idle time, and only those', async () => {
    const handoffs = createHandoffStore(database.db);
    const hours = (n: number) => new Date(now.getTime() - n * 3_600_000);
    const forgotten = await handoffs.request({
      citizenId: citizenIdSchema.parse('gone'),
      flowId: 'handoff',
      at: hours(80),
    });
    const answered = await handoffs.request({
      citizenId: citizenIdSchema.parse('talking'),
      flowId: 'handoff',
      at: hours(80),
    });
    await handoffs.recordAnswer(answered.id, { now: hours(2) });
    // Left on Friday evening for after a long holiday: idle counts from the opening it waits for.
    const left = await handoffs.request({
      citizenId: citizenIdSchema.parse('left-message'),
      flowId: 'handoff',
      at: hours(100),
      dueAt: new Date(now.getTime() + 3_600_000),
    });

    const ended = await handoffs.endIdle(hours(72), now);
    expect(ended.map((row) => row.id)).toEqual([forgotten.id]);
    expect(await handoffs.find(forgotten.id)).toMatchObject({ status: 'closed', closedBy: 'timeout' });
    expect((await handoffs.find(answered.id))?.status).toBe('open');
    expect((await handoffs.find(left.id))?.status).toBe('open');
    expect(await handoffs.endIdle(hours(72), now)).toEqual([]);
  });
});
