import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';

interface ConversationItem {
  seq: number;
  direction: 'in' | 'out';
  body: {
    message?: { text?: string; attachment?: { payload?: { buttons?: Array<{ title: string; payload: unknown }> } } };
  };
}

/**
 * The product as a citizen meets it: the composed server (webhook, inbound queue, engine, LGSP client, outbound queue,
 * Zalo OA API) with Zalo and the LGSP simulated over real HTTP. A simulated citizen acts through the Zalo simulator,
 * which signs and posts webhooks exactly as Zalo does, and the test reads what the OA sent back.
 */
describe('round trip: signed webhook → engine → Zalo simulator', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.destroy());

  async function api<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${system.url}/sandbox/zalo/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.ok, `${path} answered ${response.status}`).toBe(true);
    return (await response.json()) as T;
  }

  /** Acts as the citizen, then returns the OA's replies to that action once they stop arriving. */
  async function say(citizenId: string, action: Record<string, unknown>): Promise<ConversationItem[]> {
    const before = await api<{ items: ConversationItem[] }>(`/citizens/${citizenId}/conversation`);
    const after = before.items.at(-1)?.seq ?? 0;
    const sent = await api<{ delivered: boolean; status: number }>(`/citizens/${citizenId}/send`, action);
    expect(sent).toMatchObject({ delivered: true, status: 200 });
    const replies: ConversationItem[] = [];
    let cursor = after;
    // Wait for the first reply, then collect until the OA has been quiet for a moment.
    // The first reply may take a while on a busy machine (a shared CI runner): up to 20 s.
    for (let waitMs = 20_000; ; waitMs = 700) {
      const page = await api<{ items: ConversationItem[] }>(
        `/citizens/${citizenId}/conversation?after=${cursor}&waitMs=${waitMs}`,
      );
      const out = page.items.filter((item) => item.direction === 'out');
      if (page.items.length === 0) break;
      replies.push(...out);
      cursor = page.items.at(-1)?.seq ?? cursor;
    }
    return replies;
  }
  const texts = (items: ConversationItem[]) => items.map((item) => item.body.message?.text ?? '').join('\n');
  const buttons = (items: ConversationItem[]) =>
    items.flatMap((item) => item.body.message?.attachment?.payload?.buttons ?? []).map((button) => button.title);

  it('welcomes a new follower with the menu, then looks up a dossier in the LGSP with the owner masked', async () => {
    const citizen = await api<{ id: string }>('/citizens', { displayName: 'Nguyễn Thị Bình' });

    const welcome = await say(citizen.id, { type: 'follow' });
    expect(texts(welcome)).toContain('Xin chào');
    expect(buttons(welcome)).toEqual([
      'Tra cứu hồ sơ',
      'Hồ sơ của tôi',
      'Thủ tục hành chính',
      'Phản ánh, kiến nghị',
      'Liên hệ, trợ giúp',
    ]);

    // Typed without diacritics, as many citizens do.
    const ask = await say(citizen.id, { type: 'text', text: 'tra cuu ho so' });
    expect(texts(ask)).toContain('mã hồ sơ');

    const answer = await say(citizen.id, { type: 'text', text: '000.00.15.h02-221205-0001' });
    const reply = texts(answer);
    expect(reply).toContain('000.00.15.H02-221205-0001');
    expect(reply).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(reply).toContain('Nguyễn V** A*');
    expect(reply).not.toContain('Nguyễn Văn An');
    expect(reply).not.toContain('0912345678');
  });

  it('switches to English from anywhere; later replies are in English', async () => {
    const citizen = await api<{ id: string }>('/citizens', { displayName: 'Trần Văn C' });
    await say(citizen.id, { type: 'follow' });
    const switched = await say(citizen.id, { type: 'text', text: 'English' });
    expect(texts(switched)).toMatch(/English/);
    const menu = await say(citizen.id, { type: 'text', text: 'menu' });
    expect(buttons(menu)).toContain('Check a dossier');
  });

  it('records each reply as a delivery Zalo accepted, and keeps the conversation log', async () => {
    const citizen = await api<{ id: string }>('/citizens', { displayName: 'Lê Văn D' });
    const replies = await say(citizen.id, { type: 'follow' });
    const { messageDeliveries, conversationMessages } = await import('../../../src/messaging/index.js');
    const { eq } = await import('drizzle-orm');
    const deliveries = await system.database.db
      .select()
      .from(messageDeliveries)
      .where(eq(messageDeliveries.citizenId, citizen.id));
    expect(deliveries.length).toBe(replies.length);
    expect(deliveries.every((delivery) => delivery.status === 'sent' && delivery.channelMessageId)).toBe(true);
    const log = await system.database.db
      .select()
      .from(conversationMessages)
      .where(eq(conversationMessages.citizenId, citizen.id));
    expect(log.filter((row) => row.direction === 'in')).toHaveLength(1);
    expect(log.filter((row) => row.direction === 'out')).toHaveLength(replies.length);
  });
});
