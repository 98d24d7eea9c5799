import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { recordConversationMessage } from '../../../src/messaging/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

interface MessageItem {
  id: string;
  direction: 'in' | 'out';
  kind: string;
  text: string | null;
  attachments: Array<{ kind: string; url: string; name: string | null }>;
  event: Record<string, unknown>;
  body: unknown;
  occurredAt: string;
}

/**
 * An official's side of a conversation on the composed server: a citizen asks for a person through the Zalo simulator,
 * an official reads the conversation (an audited read) and answers through the OA. Handoffs: handoffs-api.test.ts.
 */
describe('admin conversations API', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;
  let officialId: string;
  let editor: AdminApi;
  let viewer: AdminApi;
  let citizens: ZaloCitizens;
  let citizenId: string;

  beforeAll(async () => {
    // Officials answer at any hour here: a handoff, not a message left for the next working day.
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    ({ api: official, id: officialId } = await createAccount(system, admin, 'official@province.gov.vn', ['official']));
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    citizens = ZaloCitizens.of(system);

    // The citizen asks for an official the way the help flow offers it: "liên hệ", then the "message an official" button.
    citizenId = await citizens.create('Võ Thị F');
    await citizens.say(citizenId, { type: 'follow' });
    const help = await citizens.say(citizenId, { type: 'text', text: 'liên hệ' });
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

  it('shows the conversation log newest first, in pages, and audits every read', async () => {
    const first = await official.request('GET', `/conversations/${citizenId}/messages?limit=2`);
    expect(first.status).toBe(200);
    const page = first.body.items as MessageItem[];
    expect(page).toHaveLength(2);
    expect(page[0]?.direction).toBe('out');
    expect(page[0]?.text).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(first.body.nextCursor).toBe(page[1]?.id);

    // The citizen is named on the first page only: an older page asks neither the audit log nor Zalo again.
    expect(first.body.citizen).toEqual({ name: 'Võ Thị F', erased: false });
    const all: MessageItem[] = [...page];
    let cursor = first.body.nextCursor;
    while (typeof cursor === 'string') {
      const next = await official.request('GET', `/conversations/${citizenId}/messages?limit=2&before=${cursor}`);
      expect(next.body).not.toHaveProperty('citizen');
      all.push(...(next.body.items as MessageItem[]));
      cursor = next.body.nextCursor;
    }
    const inbound = all.filter((item) => item.direction === 'in');
    expect(inbound.map((item) => item.text).filter(Boolean)).toContain('liên hệ');
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

  it("names the citizen for the page's heading, with or without a handoff; erased, nameless until they write again", async () => {
    const citizenOf = async (reader: AdminApi, id: string) => {
      const log = await reader.request('GET', `/conversations/${id}/messages?limit=1`);
      expect(log.status).toBe(200);
      return log.body.citizen as unknown;
    };
    // Zalo's display name (no contact shared), for whoever may read the log; not for those who may not.
    for (const reader of [official, viewer]) {
      expect(await citizenOf(reader, citizenId)).toEqual({ name: 'Võ Thị F', erased: false });
    }
    expect((await editor.request('GET', `/conversations/${citizenId}/messages?limit=1`)).body).not.toHaveProperty(
      'citizen',
    );

    // A citizen who never asked for an official.
    const other = await citizens.create('Đặng Văn G');
    await citizens.say(other, { type: 'follow' });
    await citizens.say(other, { type: 'text', text: 'trợ giúp' });
    expect(await citizenOf(official, other)).toEqual({ name: 'Đặng Văn G', erased: false });

    // Erased at their request (a letter to the province): no name is looked up for them any more…
    const erasure = await admin.request('POST', `/citizens/${other}/personal-data/erase`, { reference: 'CV-17/2026' });
    expect(erasure.status).toBe(200);
    expect(await citizenOf(official, other)).toEqual({ name: null, erased: true });
    // What we send them afterwards (an announcement, the erase flow's confirmation) is logged as the sink logs it, and
    // does not bring the name back: only the citizen writing does.
    await recordConversationMessage(system.database.db, {
      citizenId: other,
      direction: 'out',
      kind: 'text',
      externalId: `after-erasure-${other}`,
      body: { text: 'Thông báo lịch tiêm chủng' },
      occurredAt: new Date(),
    });
    const [sent] = (await official.request('GET', `/conversations/${other}/messages?limit=1`)).body
      .items as MessageItem[];
    expect(sent).toMatchObject({ direction: 'out', text: 'Thông báo lịch tiêm chủng' });
    expect(await citizenOf(official, other)).toEqual({ name: null, erased: true });
    // …until they write again.
    await citizens.say(other, { type: 'text', text: 'trợ giúp' });
    expect(await citizenOf(official, other)).toEqual({ name: 'Đặng Văn G', erased: false });
  });

  it('names a tapped button by its title, not its payload', async () => {
    const items = (await official.request('GET', `/conversations/${citizenId}/messages?limit=20`)).body
      .items as MessageItem[];
    const tap = items.find((item) => item.direction === 'in' && item.text?.startsWith('#'));
    expect(tap?.event).toEqual({ type: 'tapped', title: 'Nhắn cho cán bộ' });
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

  it('shows the photos and files a citizen sends an official, with the caption as text', async () => {
    const photo = 'https://zalo-cdn.example.invalid/anh-hien-truong.jpg';
    const file = 'https://zalo-cdn.example.invalid/don-de-nghi.pdf';
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'image', url: photo, caption: 'Ảnh chụp hiện trường' });
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'file', url: file, name: 'don-de-nghi.pdf' });
    const logged = async () =>
      ((await official.request('GET', `/conversations/${citizenId}/messages?limit=5`)).body.items as MessageItem[])
        .filter((item) => item.direction === 'in')
        .slice(0, 2)
        .reverse();
    // Logged in order: once the file is, the photo is too.
    await expect.poll(async () => (await logged()).at(-1)?.kind).toBe('user_send_file');
    expect(await logged()).toMatchObject([
      { text: 'Ảnh chụp hiện trường', attachments: [{ kind: 'image', url: photo, name: null }] },
      { text: null, attachments: [{ kind: 'file', url: file, name: 'don-de-nghi.pdf' }] },
    ]);
  });

  it('says what a message without text was: a follow, a shared place with its coordinates, a contact masked', async () => {
    const other = await citizens.create('Đặng Văn G');
    await citizens.say(other, { type: 'follow' });
    await citizens.api(`/citizens/${other}/send`, { type: 'location', latitude: 16.0677812, longitude: 108.2208345 });
    await citizens.api(`/citizens/${other}/send`, { type: 'submit_info', name: 'Đặng Văn Giang', phone: '0987654321' });
    const inbound = async () =>
      ((await official.request('GET', `/conversations/${other}/messages?limit=20`)).body.items as MessageItem[])
        .filter((item) => item.direction === 'in')
        .reverse();
    await expect.poll(async () => (await inbound()).at(-1)?.kind).toBe('user_submit_info');
    const items = await inbound();
    expect(items.map((item) => item.event)).toEqual([
      { type: 'follow' },
      { type: 'location', latitude: 16.0677812, longitude: 108.2208345, address: null },
      { type: 'contact', name: 'Đặng V** G****', phone: '0987***321', address: false },
    ]);
    // The contact's details reach officials' pages only masked, in the event and in the logged body alike.
    const shown = JSON.stringify(items);
    expect(shown).not.toContain('0987654321');
    expect(shown).not.toContain('Giang');
  });
});
