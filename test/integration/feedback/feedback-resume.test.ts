import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationSessions } from '../../../src/conversation/index.js';
import { feedbackAttachments, feedbackTickets } from '../../../src/feedback/index.js';
import { cameraPhoto } from '../../helpers/photos.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { signInFirstAdmin, texts, ZaloCitizens } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';

const CONTENT = 'Cống thoát nước đầu ngõ 12 phố Trần Phú bị tắc, mưa xuống là nước tràn vào nhà dân.';
const CODE = '000.00.15.H02-221205-0001';
const OFFER = 'Anh/chị còn phản ánh đang viết dở. Anh/chị có muốn viết tiếp không?';

/**
 * A citizen half-way through a report asks something else: on the composed server (signed Zalo webhooks, the
 * session in PostgreSQL), the report is kept aside, offered back, and sent with what was written before; or dropped
 * at the citizen's word or erasure, leaving nothing of it in the session.
 */
describe('feedback: a report left for another subject', () => {
  let system: TestSystem;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem();
    zalo = ZaloCitizens.of(system);
  }, 120_000);
  afterAll(() => system?.destroy());

  const storedSession = async (citizen: string) =>
    JSON.stringify(
      (
        await system.database.db
          .select({ session: conversationSessions.session })
          .from(conversationSessions)
          .where(eq(conversationSessions.citizenId, citizen))
      )[0]?.session ?? null,
    );

  /** Citizen says → the bot's answer holds this, through one conversation. */
  async function talk(citizen: string, rows: [says: string, answers: string, not?: string][]): Promise<string> {
    let last = '';
    for (const [says, answers, not] of rows) {
      last = texts(await zalo.say(citizen, { type: 'text', text: says }));
      expect(last, `after "${says}"`).toContain(answers);
      if (not !== undefined) expect(last, `after "${says}"`).not.toContain(not);
    }
    return last;
  }

  /** A new citizen whose report waits for its photos, then asks about a dossier. */
  async function interrupted(name: string): Promise<string> {
    const citizen = await zalo.create(name);
    await zalo.say(citizen, { type: 'follow' });
    await talk(citizen, [
      ['phản ánh', 'lĩnh vực nào'],
      ['hạ tầng', 'mô tả nội dung'],
      [CONTENT, 'ảnh chụp hiện trường'],
      [`tra cứu hồ sơ ${CODE}`, 'Tôi giữ lại phản ánh anh/chị đang viết dở'],
    ]);
    return citizen;
  }

  it('a dossier lookup mid-report, then the report resumed and sent with what was written before', async () => {
    const citizen = await interrupted('Trần Văn Bình');
    // The lookup was answered, then the offer came; the report waits in the session meanwhile.
    expect(await storedSession(citizen)).toContain(CONTENT);
    await talk(citizen, [
      ['Tiếp tục', 'ảnh chụp hiện trường', 'mô tả nội dung'],
      ['bỏ qua', 'ở đâu'],
      ['bỏ qua', 'có thể gửi ẩn danh'],
      ['#choice:anonymous', CONTENT],
    ]);
    const sent = await talk(citizen, [['#choice:send', 'Đã nhận phản ánh của anh/chị', OFFER]]);
    const number = /PA-ZL-\d{4}-\d{6}/.exec(sent)?.[0] ?? '';
    const [ticket] = await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number));
    expect(ticket).toMatchObject({ citizenId: citizen, categoryName: 'Hạ tầng, đô thị', content: CONTENT });
    expect(await storedSession(citizen)).not.toContain(CONTENT);
  }, 120_000);

  it('a photo sent while the offer shows goes into the report: resumed with it, filed with it, stored', async () => {
    const citizen = await interrupted('Đỗ Thị Hạnh');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await cameraPhoto('#336699'))], { type: 'image/jpeg' }), 'cong.jpg');
    const uploaded = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    expect(uploaded.status).toBe(201);
    const { url } = (await uploaded.json()) as { url: string };
    const answer = texts(await zalo.say(citizen, { type: 'image', urls: [url] }));
    expect(answer).toContain('Tôi đã thêm 1 ảnh anh/chị vừa gửi vào phản ánh đang viết dở.');
    expect(answer).toContain('Đã nhận 1 ảnh');
    expect(answer).not.toContain('chưa cần ảnh');
    await talk(citizen, [
      ['xong', 'ở đâu'],
      ['bỏ qua', 'có thể gửi ẩn danh'],
      ['#choice:anonymous', '• Ảnh: 1 ảnh'],
    ]);
    const sent = await talk(citizen, [['#choice:send', 'Đã nhận phản ánh của anh/chị']]);
    const number = /PA-ZL-\d{4}-\d{6}/.exec(sent)?.[0] ?? '';
    const [ticket] = await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number));
    expect(ticket).toMatchObject({ citizenId: citizen, content: CONTENT });
    const stored = await eventually(async () => {
      const rows = await system.database.db
        .select()
        .from(feedbackAttachments)
        .where(eq(feedbackAttachments.ticketId, ticket?.id ?? ''));
      return rows.length === 1 && rows[0]?.status === 'stored' ? rows : undefined;
    }, 30_000);
    expect(stored).toHaveLength(1);
  }, 120_000);

  it('the offer answered "Bỏ phản ánh này": nothing sent, nothing kept', async () => {
    const citizen = await interrupted('Lê Thị Cúc');
    expect(texts(await zalo.say(citizen, { type: 'text', text: 'Bỏ phản ánh này' }))).toContain(
      'Đã bỏ phản ánh anh/chị đang viết dở.',
    );
    expect(await storedSession(citizen)).not.toContain(CONTENT);
    const tickets = await system.database.db
      .select()
      .from(feedbackTickets)
      .where(eq(feedbackTickets.citizenId, citizen));
    expect(tickets).toEqual([]);
  }, 120_000);

  it('"xóa dữ liệu của tôi" confirmed while a report is kept: the report goes with the rest', async () => {
    const citizen = await interrupted('Phạm Văn Dũng');
    await talk(citizen, [
      ['xóa dữ liệu của tôi', 'muốn xóa dữ liệu cá nhân'],
      ['#choice:erase', 'Đã ghi nhận yêu cầu', 'còn phản ánh'],
    ]);
    expect(await storedSession(citizen)).not.toContain(CONTENT);
    expect(texts(await zalo.say(citizen, { type: 'text', text: 'cảm ơn' }))).not.toContain('còn phản ánh');
  }, 120_000);

  it('erased by an admin on a request made outside the chat while a report is kept: the session goes too', async () => {
    const citizen = await interrupted('Võ Thị Em');
    expect(await storedSession(citizen)).toContain(CONTENT);
    const admin = await signInFirstAdmin(system);
    const erase = await admin.request('POST', `/citizens/${citizen}/personal-data/erase`, {
      reference: 'Đơn đề nghị số 12/2026',
    });
    expect(erase.status, JSON.stringify(erase.body)).toBe(200);
    expect(await storedSession(citizen)).toBe('null');
    expect(texts(await zalo.say(citizen, { type: 'text', text: 'cảm ơn' }))).not.toContain('còn phản ánh');
  }, 120_000);
});
