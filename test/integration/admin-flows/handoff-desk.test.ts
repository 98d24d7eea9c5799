import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { cannedReplies } from '../../../src/admin/schema.js';
import { estimateHandoffWait, signHandoffWebhook } from '../../../src/conversation/index.js';
import { toVietnamWallClock } from '../../../src/kernel/index.js';
import { freePort, startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

interface HandoffItem {
  id: string;
  citizenId: string;
  status: string;
  unit: string | null;
  dueAt: string | null;
  unanswered: number;
  lastMessage: { direction: string; text: string | null; event: { type: string } } | null;
}

const WEBHOOK_SECRET = 'a shared secret of the on-call room';
const HOUR_MS = 3_600_000;

const todayInVietnam = () => {
  const wall = toVietnamWallClock(new Date());
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
};

/**
 * The officials' desk around a handoff, on the composed server with the sandbox Zalo over real HTTP: an outage notice
 * citizens are told once, a webhook told of each handoff (signed), a transfer to another unit, a canned reply with an
 * image, buttons and a file, and a message left outside office hours for the next working day.
 */

/** The province's units in these tests: hand-offs are transferred to them and officials belong to them. */
const UNITS = [
  { code: 'so-xd', name: { vi: 'Sở Xây dựng', en: 'the Department of Construction' } },
  { code: 'so-tc', name: { vi: 'Sở Tài chính' } },
];
describe("the officials' desk", () => {
  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;
  /** An official of another unit than the one the first handoff goes to. */
  let ofOtherUnit: AdminApi;
  let citizens: ZaloCitizens;
  let receiver: Server;
  const notices: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];

  beforeAll(async () => {
    const port = await freePort();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        notices.push({ headers: req.headers, body });
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
    // Always open, so that only a holiday closes the offices (the test must not depend on when it runs).
    system = await startTestSystem({
      env: {
        OFFICE_HOURS: 'Mon-Sun 00:00-24:00',
        HANDOFF_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/handoffs`,
        HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    });
    admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(async () => {
    await system.destroy();
    await new Promise((resolve) => receiver.close(resolve));
  });

  async function handoffOf(citizenId: string, ready: (item: HandoffItem) => boolean): Promise<HandoffItem> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const list = await official.request('GET', '/conversations/handoffs');
      const item = (list.body.items as HandoffItem[]).find((h) => h.citizenId === citizenId);
      if (item && ready(item)) return item;
      await sleep(25);
    }
    throw new Error(`the handoff of ${citizenId} never reached the expected state`);
  }

  async function listedIds(api: AdminApi, query = ''): Promise<string[]> {
    const list = await api.request('GET', `/conversations/handoffs${query}`);
    expect(list.status).toBe(200);
    return (list.body.items as HandoffItem[]).map((item) => item.id);
  }

  async function audited(action: string, targetId: string) {
    return system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
  }

  async function upload(name: string, data: Buffer, type: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type }), name);
    const response = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { url: string }).url;
  }

  it('outage notice once, webhook, transfer to a unit, and a canned reply with image, buttons and file', async () => {
    const now = Date.now();
    const outage = {
      vi: 'Hệ thống một cửa điện tử tạm dừng để nâng cấp.',
      en: 'The one-stop-shop system is paused for an upgrade.',
      start: new Date(now - HOUR_MS).toISOString(),
      end: new Date(now + 2 * HOUR_MS).toISOString(),
    };
    const refused = await admin.request('PUT', '/settings/province', { outage: { ...outage, end: outage.start } });
    expect(refused.status).toBe(400);
    const saved = await admin.request('PUT', '/settings/province', { outage, units: UNITS });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Officials read it too (their screens show the notice in effect).
    expect((await official.request('GET', '/settings/province')).body).toMatchObject({
      outageActive: true,
      settings: { outage: { vi: outage.vi } },
    });
    const [change] = await audited('settings.province.change', 'province');
    expect(change?.after).toMatchObject({ outage: { vi: outage.vi }, units: UNITS });

    // The citizen is told once, first thing, not on every message.
    const citizenId = await citizens.create('Lê Thị Mai');
    const welcome = texts(await citizens.say(citizenId, { type: 'follow' }));
    expect(welcome.split('\n')[0]).toContain(`Thông báo: ${outage.vi}`);
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'cảm ơn' }))).not.toContain(outage.vi);

    // A handoff: the webhook hears of it, signed, with no personal data.
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const handoff = await handoffOf(citizenId, () => true);
    for (let attempt = 0; attempt < 400 && notices.length === 0; attempt += 1) await sleep(25);
    const [notice] = notices;
    expect(notice?.headers['x-signature']).toBe(
      signHandoffWebhook(WEBHOOK_SECRET, String(notice?.headers['x-timestamp']), notice?.body ?? ''),
    );
    expect(JSON.parse(notice?.body ?? '{}')).toMatchObject({
      event: 'handoff.requested',
      handoffId: handoff.id,
      reason: 'Công dân muốn gặp cán bộ',
      dueAt: null,
    });
    expect(notice?.body).not.toContain(citizenId);

    // Transferred to a configured unit only; the citizen is told which.
    const path = `/conversations/handoffs/${handoff.id}`;
    const unknown = await official.request('POST', `${path}/transfer`, { unit: 'so-tnmt' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toMatchObject([{ path: 'unit', message: expect.stringContaining('so-tnmt') }]);
    const before = await citizens.lastSeq(citizenId);
    const moved = await official.request('POST', `${path}/transfer`, { unit: 'so-xd' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ unit: 'so-xd', status: 'open', takenBy: null });
    expect(texts(await citizens.collect(citizenId, before))).toContain('đã được chuyển tới Sở Xây dựng');
    expect(await audited('handoff.transfer', handoff.id)).toMatchObject([{ after: { unit: 'so-xd' } }]);

    // Another unit's official no longer sees it, whatever the filter, and is refused acting on it (audited); officials
    // without a unit filter by unit.
    ofOtherUnit = (await createAccount(system, admin, 'so-tc@province.gov.vn', ['official'], 'so-tc')).api;
    expect(await listedIds(ofOtherUnit)).not.toContain(handoff.id);
    expect(await listedIds(ofOtherUnit, '?unit=so-xd')).toEqual([]);
    expect(await listedIds(official, '?unit=so-xd')).toEqual([handoff.id]);
    expect(await listedIds(official, '?unit=so-tc')).toEqual([]);
    const refusal = await ofOtherUnit.request('POST', `${path}/messages`, { text: 'Sở Tài chính trả lời.' });
    expect(refusal.status).toBe(403);
    expect(refusal.body).toMatchObject({ code: 'HANDOFF_OTHER_UNIT' });
    expect(await audited('handoff.refused', handoff.id)).toMatchObject([
      { after: { attempted: 'handoff.reply', unit: 'so-tc', handoffUnit: 'so-xd' } },
    ]);

    // A canned reply (admins manage them) with an image, a link button and a form to fill.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const reply = {
      title: 'Mẫu đơn xin cấp phép xây dựng',
      content: {
        vi: {
          text: 'Anh/chị tải mẫu đơn dưới đây, điền đầy đủ và nộp tại Bộ phận một cửa.',
          imageUrl: await upload('so-do.png', png, 'image/png'),
          file: {
            url: await upload('mau-don.pdf', Buffer.from('%PDF-1.4 mẫu đơn'), 'application/pdf'),
            name: 'mau-don.pdf',
          },
          buttons: [{ title: 'Cổng dịch vụ công', url: 'https://dichvucong.gov.vn/' }],
        },
      },
    };
    expect((await official.request('POST', '/conversations/canned-replies', reply)).status).toBe(403);
    const created = await admin.request('POST', '/conversations/canned-replies', reply);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const listed = await official.request('GET', '/conversations/canned-replies');
    expect(listed.body.items).toMatchObject([{ id: created.body.id, title: reply.title }]);
    const both = { text: 'Chào anh/chị', cannedReplyId: created.body.id };
    expect((await official.request('POST', `${path}/messages`, both)).status).toBe(400);
    const beforeReply = await citizens.lastSeq(citizenId);
    const sent = await official.request('POST', `${path}/messages`, { cannedReplyId: created.body.id });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    let received = await citizens.collect(citizenId, beforeReply);
    for (let attempt = 0; attempt < 40 && received.length < 3; attempt += 1) {
      received = [...received, ...(await citizens.collect(citizenId, received.at(-1)?.seq ?? beforeReply))];
    }
    expect(received.map((item) => item.body.message?.attachment?.type ?? 'text')).toEqual([
      'template',
      'template',
      'file',
    ]);
    expect(received[0]?.body.message?.attachment?.payload?.elements?.[0]?.url).toBe(reply.content.vi.imageUrl);
    expect(texts(received)).toContain(reply.content.vi.text);
    expect(buttonsOf(received)).toMatchObject([{ title: 'Cổng dịch vụ công', type: 'oa.open.url' }]);
    expect(received[2]?.file?.name).toBe('mau-don.pdf');

    // A reply stored before its addresses had to be web addresses is refused, not sent: nothing reaches the citizen.
    const older = await admin.request('POST', '/conversations/canned-replies', {
      title: 'Cũ',
      content: { vi: { text: 'Cũ.' } },
    });
    const unsafe = { vi: { text: 'Cũ.', buttons: [{ title: 'Xem', url: 'javascript:alert(1)' }] } };
    await system.database.db
      .update(cannedReplies)
      .set({ content: unsafe })
      .where(eq(cannedReplies.id, String(older.body.id)));
    const beforeUnsafe = await citizens.lastSeq(citizenId);
    const refusedReply = await official.request('POST', `${path}/messages`, { cannedReplyId: older.body.id });
    expect(refusedReply.status).toBe(422);
    expect(refusedReply.contentType).toMatch(/^application\/problem\+json/);
    expect(refusedReply.body).toMatchObject({
      code: 'CANNED_REPLY_NON_WEB_ADDRESS',
      errors: { paths: ['content.vi.buttons.0.url'] },
    });
    expect(await citizens.collect(citizenId, beforeUnsafe)).toEqual([]);

    // The official's own attachments, checked by their content: an image (re-encoded as JPEG) and a document.
    const attach = (name: string, data: Buffer, type = 'application/octet-stream') =>
      official.request('POST', `${path}/attachments?name=${encodeURIComponent(name)}`, data, { contentType: type });
    expect((await attach('huong-dan.pdf', Buffer.from('MZ not a document'))).status).toBe(400);
    const image = await attach('ảnh hiện trường.png', png, 'image/png');
    expect(image.status, JSON.stringify(image.body)).toBe(201);
    expect(image.body).toMatchObject({ kind: 'image', contentType: 'image/jpeg', name: 'ảnh hiện trường.jpg' });
    const pdf = await attach('C:\\giay to\\huong-dan.pdf', Buffer.from('%PDF-1.4 hướng dẫn'));
    expect(pdf.body).toMatchObject({ kind: 'file', contentType: 'application/pdf', name: 'huong-dan.pdf' });
    const beforeAttachments = await citizens.lastSeq(citizenId);
    const withImage = { text: 'Ảnh hiện trường và hướng dẫn:', attachmentId: image.body.id };
    expect((await official.request('POST', `${path}/messages`, withImage)).status).toBe(202);
    expect((await official.request('POST', `${path}/messages`, { attachmentId: pdf.body.id })).status).toBe(202);
    let attached = await citizens.collect(citizenId, beforeAttachments);
    for (let attempt = 0; attempt < 40 && attached.length < 3; attempt += 1) {
      attached = [...attached, ...(await citizens.collect(citizenId, attached.at(-1)?.seq ?? beforeAttachments))];
    }
    expect(attached.map((item) => item.body.message?.attachment?.type ?? 'text')).toEqual(['text', 'template', 'file']);
    const served = await fetch(String(attached[1]?.body.message?.attachment?.payload?.elements?.[0]?.url));
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(attached[2]?.file?.name).toBe('huong-dan.pdf');
    expect(await audited('handoff.attachment', handoff.id)).toHaveLength(2);
  });

  it('outside office hours: the citizen chooses to leave a message for the next working day, acknowledged once', async () => {
    // The settings are replaced as a whole: the units stay (an official's unit is in use and may not be removed).
    const holiday = await admin.request('PUT', '/settings/province', { units: UNITS, holidays: [todayInVietnam()] });
    expect(holiday.status, JSON.stringify(holiday.body)).toBe(200);
    const offer = async (name: string) => {
      const citizenId = await citizens.create(name);
      // The whole welcome first (on a loaded machine it may come slowly), so that it is not taken for the answer.
      let welcome = await citizens.say(citizenId, { type: 'follow' });
      for (let attempt = 0; attempt < 20 && !texts(welcome).includes('cần hỗ trợ gì'); attempt += 1) {
        welcome = [...welcome, ...(await citizens.collect(citizenId, welcome.at(-1)?.seq ?? 0))];
      }
      const asked = await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
      expect(texts(asked)).toContain('ngoài giờ làm việc');
      expect(texts(asked)).toContain('để lại lời nhắn');
      // A clear choice, and no handoff until the citizen makes it.
      const choice = buttonsOf(asked);
      expect(choice.map((button) => button.title)).toEqual(['Để lại lời nhắn', 'Không, cảm ơn']);
      expect((await official.request('GET', '/conversations/handoffs')).body.items).not.toContainEqual(
        expect.objectContaining({ citizenId }),
      );
      return { citizenId, leave: String(choice[0]?.payload), decline: String(choice[1]?.payload) };
    };

    // "Không, cảm ơn": the hotline, the menu, and nothing in the officials' queue.
    const declining = await offer('Đỗ Thị Hoa');
    const declined = await citizens.say(declining.citizenId, { type: 'text', text: declining.decline });
    expect(texts(declined)).toContain('đường dây nóng');
    // "Để lại lời nhắn", then the message.
    const tapping = await offer('Lê Văn Bình');
    expect(texts(await citizens.say(tapping.citizenId, { type: 'text', text: tapping.leave }))).toContain(
      'Mời anh/chị để lại lời nhắn',
    );
    const tapped = await handoffOf(tapping.citizenId, (h) => h.unanswered === 0 && h.dueAt !== null);
    // The list names the button tapped, as the conversation log does, not its payload.
    expect(tapped.lastMessage).toMatchObject({
      direction: 'in',
      text: tapping.leave,
      event: { type: 'tapped', title: 'Để lại lời nhắn' },
    });
    expect((await official.request('GET', '/conversations/handoffs')).body.items).not.toContainEqual(
      expect.objectContaining({ citizenId: declining.citizenId }),
    );

    // Or the question typed straight away: it is the message left.
    const { citizenId } = await offer('Phạm Văn Nam');
    const left = texts(await citizens.say(citizenId, { type: 'text', text: 'Tôi cần hỏi về thủ tục cấp sổ đỏ' }));
    expect(left).toContain('Đã ghi nhận lời nhắn');
    const item = await handoffOf(citizenId, (h) => h.unanswered === 1);
    // The list shows what the citizen asked, not the bot's acknowledgement that followed it.
    expect(item.lastMessage).toMatchObject({ direction: 'in', text: 'Tôi cần hỏi về thủ tục cấp sổ đỏ' });
    // Messages left for another day are not in the wait told to citizens handed over now; too few answers to tell one.
    const wait = await estimateHandoffWait(system.database.db, new Date());
    expect(wait.typicalMinutes).toBeNull();
    expect(wait.waiting).toBe(
      ((await official.request('GET', '/conversations/handoffs')).body.items as HandoffItem[]).filter(
        (h) => h.status === 'open' && h.dueAt === null,
      ).length,
    );
    // The general queue is every unit's.
    expect(await listedIds(ofOtherUnit)).toContain(item.id);
    // Handled from the next opening: tomorrow's midnight, Vietnam time, with these always-open hours.
    expect(item.dueAt).not.toBeNull();
    expect(Date.parse(item.dueAt ?? '')).toBeGreaterThan(Date.now());

    // Nobody has it yet: the menu says the message waits, not that an official is talking with the citizen.
    const waiting = texts(await citizens.say(citizenId, { type: 'text', text: 'menu' }));
    expect(waiting).toContain('đang chờ cán bộ xử lý');
    expect(waiting).not.toContain('đang trao đổi với cán bộ');

    // A second message is not acknowledged again: the next thing the citizen receives is the official's answer.
    const afterSecond = await citizens.lastSeq(citizenId);
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'text', text: 'Nhà tôi ở phường Kinh Bắc' });
    await handoffOf(citizenId, (h) => h.unanswered === 2);
    const answer = 'Chào anh, cán bộ xin trả lời câu hỏi về sổ đỏ.';
    expect(
      (await official.request('POST', `/conversations/handoffs/${item.id}/messages`, { text: answer })).status,
    ).toBe(202);
    expect(texts(await citizens.collect(citizenId, afterSecond))).toBe(answer);
    // The answer took it: the citizen now talks with the official, and is not told "handled from 07:30" again.
    const afterAnswer = await citizens.lastSeq(citizenId);
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'text', text: 'Cảm ơn anh, khi nào có kết quả ạ?' });
    await handoffOf(citizenId, (h) => h.unanswered === 1);
    const second = 'Dự kiến trong tuần này anh nhé.';
    expect(
      (await official.request('POST', `/conversations/handoffs/${item.id}/messages`, { text: second })).status,
    ).toBe(202);
    expect(texts(await citizens.collect(citizenId, afterAnswer))).toBe(second);
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'menu' }))).toContain('đang trao đổi với cán bộ');
  });
});
