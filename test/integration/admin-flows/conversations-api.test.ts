import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

interface HandoffItem {
  id: string;
  citizenId: string;
  flowId: string;
  reason: string | null;
  createdAt: string;
}
interface MessageItem {
  id: string;
  direction: 'in' | 'out';
  kind: string;
  text: string | null;
  body: unknown;
  occurredAt: string;
}

/**
 * An official's side of a handoff on the composed server: a citizen asks for a person through the Zalo simulator, an
 * official sees the handoff, reads the conversation (an audited read), answers through the OA and closes the handoff.
 */
describe('admin conversations API', () => {
  let system: TestSystem;
  let official: AdminApi;
  let officialId: string;
  let editor: AdminApi;
  let viewer: AdminApi;
  let citizens: ZaloCitizens;
  let citizenId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const admin = await signInFirstAdmin(system);
    ({ api: official, id: officialId } = await createAccount(system, admin, 'official@province.gov.vn', ['official']));
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    citizens = new ZaloCitizens(system.url);

    // The citizen asks for an official the way the help flow offers it: keyword, then the "message an official" button.
    citizenId = await citizens.create('Võ Thị F');
    await citizens.say(citizenId, { type: 'follow' });
    const help = await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const askOfficial = buttonsOf(help).find((button) => button.title === 'Nhắn cho cán bộ');
    expect(askOfficial?.type).toBe('oa.query.hide');
    const handedOff = await citizens.say(citizenId, { type: 'text', text: String(askOfficial?.payload) });
    expect(texts(handedOff)).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
  });
  afterAll(() => system.destroy());

  async function auditRows(action: string, targetId: string) {
    return system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
      .orderBy(auditLog.id);
  }

  it('lists the open handoff for officials and viewers; other roles are refused', async () => {
    const list = await official.request('GET', '/conversations/handoffs');
    expect(list.status).toBe(200);
    const items = list.body.items as HandoffItem[];
    expect(items).toEqual([expect.objectContaining({ citizenId, flowId: 'help' })]);
    expect((await viewer.request('GET', '/conversations/handoffs')).body.items).toEqual(items);
    expect((await editor.request('GET', '/conversations/handoffs')).status).toBe(403);
    expect((await fetch(`${system.url}/api/admin/conversations/handoffs`)).status).toBe(401);
  });

  it('shows the conversation log newest first, in pages, and audits every read', async () => {
    const first = await official.request('GET', `/conversations/${citizenId}/messages?limit=2`);
    expect(first.status).toBe(200);
    const page = first.body.items as MessageItem[];
    expect(page).toHaveLength(2);
    expect(page[0]?.direction).toBe('out');
    expect(page[0]?.text).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(first.body.nextCursor).toBe(page[1]?.id);

    const all: MessageItem[] = [...page];
    let cursor = first.body.nextCursor;
    while (typeof cursor === 'string') {
      const next = await official.request('GET', `/conversations/${citizenId}/messages?limit=2&before=${cursor}`);
      all.push(...(next.body.items as MessageItem[]));
      cursor = next.body.nextCursor;
    }
    const inbound = all.filter((item) => item.direction === 'in');
    expect(inbound.map((item) => item.text).filter(Boolean)).toContain('gặp cán bộ');
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);

    const reads = await auditRows('conversation.read', citizenId);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads[0]).toMatchObject({
      actorAccountId: officialId,
      actorEmail: 'official@province.gov.vn',
      targetType: 'citizen',
      after: { before: null, count: 2 },
    });
    expect((await editor.request('GET', `/conversations/${citizenId}/messages`)).status).toBe(403);
  });

  it("delivers an official's answer to the citizen through the OA, audited without its text", async () => {
    const after = await citizens.lastSeq(citizenId);
    const answer = 'Chào chị, cán bộ Trung tâm đây. Chị cần hỗ trợ thủ tục nào ạ?';
    const sent = await official.request('POST', `/conversations/${citizenId}/messages`, { text: answer });
    expect(sent.status).toBe(202);
    const received = await citizens.collect(citizenId, after);
    expect(texts(received)).toBe(answer);

    const [row] = await auditRows('conversation.reply', citizenId);
    expect(row).toMatchObject({ actorAccountId: officialId, after: { kind: 'text', characters: answer.length } });
    expect(JSON.stringify(row)).not.toContain('cán bộ Trung tâm');

    const unknown = await official.request('POST', '/conversations/9999999999/messages', { text: 'Xin chào' });
    expect(unknown.status).toBe(404);
    const byViewer = await viewer.request('POST', `/conversations/${citizenId}/messages`, { text: 'Xin chào' });
    expect(byViewer.status).toBe(403);
    const empty = await official.request('POST', `/conversations/${citizenId}/messages`, { text: '   ' });
    expect(empty.status).toBe(400);
  });

  it('closes the handoff once (audited); it leaves the open list', async () => {
    const list = await official.request('GET', '/conversations/handoffs');
    const [handoff] = list.body.items as HandoffItem[];
    if (!handoff) throw new Error('expected an open handoff');
    expect((await editor.request('POST', `/conversations/handoffs/${handoff.id}/close`)).status).toBe(403);

    const closed = await official.request('POST', `/conversations/handoffs/${handoff.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: handoff.id, status: 'closed' });
    expect((await official.request('GET', '/conversations/handoffs')).body.items).toEqual([]);

    const again = await official.request('POST', `/conversations/handoffs/${handoff.id}/close`);
    expect(again.status).toBe(404);
    const rows = await auditRows('handoff.close', handoff.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorAccountId: officialId, before: { status: 'open' } });
  });
});
