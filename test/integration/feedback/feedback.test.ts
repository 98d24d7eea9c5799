import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { conversationSessions, maskName } from '../../../src/conversation/index.js';
import { feedbackTickets } from '../../../src/feedback/index.js';
import { ticketStore } from '../../../src/feedback/ticket-store.js';
import { effectOutbox } from '../../../src/outbox/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import {
  buttonsOf,
  createAccount,
  signInFirstAdmin,
  texts,
  ZaloCitizens,
  type AdminApi,
  type ConversationItem,
} from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';

interface LgspFeedbackItem {
  requestId: string;
  lgspId: string;
  categoryCode: string;
  status: string;
  sender: { name?: string; phone?: string } | null;
  submissions: number;
}

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const CONTENT = 'Đèn đường trước nhà số 5 phố Lý Thái Tổ không sáng ba hôm nay, buổi tối rất tối và nguy hiểm.';

/**
 * Citizens' feedback on the composed server, over real HTTP: signed Zalo webhooks from the simulator through the
 * `feedback` flow, the ticket forwarded to the LGSP simulator through the outbox, status changes and answers (the
 * LGSP's and an official's) back to the citizen on Zalo, and the officials' admin API.
 */
describe('citizen feedback (phản ánh, kiến nghị)', () => {
  let system: TestSystem;
  let citizens: ZaloCitizens;
  let official: AdminApi;
  let viewer: AdminApi;
  let editor: AdminApi;
  /** The citizen who filed with contact details, and their ticket. */
  let owner: string;
  let ownerTicket: string;
  /** The citizen who filed anonymously while the LGSP was down, and their ticket. */
  let anonymous: string;
  let anonymousTicket: string;

  const lgsp = async (path: string, body?: unknown) => {
    const response = await fetch(`${system.url}/sandbox/lgsp${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.ok, `${path} answered ${response.status}`).toBe(true);
    return (await response.json()) as Record<string, unknown>;
  };
  const lgspTickets = async (number: string) =>
    ((await lgsp('/_feedback')).items as LgspFeedbackItem[]).filter((item) => item.requestId === number);
  const ticketRow = async (number: string) =>
    (await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number)))[0];
  const forwardEntry = async (number: string) =>
    (
      await system.database.db
        .select()
        .from(effectOutbox)
        .where(
          and(eq(effectOutbox.type, 'feedback.ticket.forward'), sql`${effectOutbox.payload}->>'number' = ${number}`),
        )
    )[0];
  /** Makes the ticket due and runs a status check now (the scheduled tick may run it too: the outcome is the same). */
  const checkStatusNow = async (number: string) => {
    await system.database.db
      .update(feedbackTickets)
      .set({ nextCheckAt: sql`now() - interval '1 second'` })
      .where(and(eq(feedbackTickets.number, number), sql`${feedbackTickets.nextCheckAt} is not null`));
    await system.feedbackWatch?.runOnce();
  };
  const metricsText = async () => (await fetch(`${system.url}/metrics`)).text();
  const say = (citizenId: string, text: string) => citizens.say(citizenId, { type: 'text', text });
  const allOut = async (citizenId: string) =>
    (await citizens.api<{ items: ConversationItem[] }>(`/citizens/${citizenId}/conversation`)).items.filter(
      (item) => item.direction === 'out',
    );

  /** Walks the flow up to the summary; the caller sends or cancels. */
  async function fillIn(citizenId: string, contact: { name: string; phone: string } | null): Promise<string> {
    const categories = texts(await say(citizenId, 'phan anh'));
    expect(categories).toContain('lĩnh vực');
    expect(categories).toContain('1. Hạ tầng, đô thị');
    expect(texts(await say(citizenId, 'hạ tầng'))).toContain('mô tả nội dung');
    const tooShort = await say(citizenId, 'hỏng đèn');
    expect(texts(tooShort)).toContain('từ 10 đến 2.000 ký tự');
    expect(texts(await say(citizenId, CONTENT))).toContain('ảnh chụp hiện trường');
    expect(texts(await say(citizenId, 'bỏ qua'))).toContain('Việc anh/chị phản ánh ở đâu?');
    const choice = await say(citizenId, 'bỏ qua');
    expect(buttonsOf(choice).map((button) => button.title)).toEqual(['Để lại liên hệ', 'Gửi ẩn danh']);
    if (contact === null) {
      const summary = texts(await say(citizenId, '#choice:anonymous'));
      expect(summary).toContain('Tôi gửi phản ánh không kèm thông tin liên hệ');
      expect(summary).toContain('Người gửi: ẩn danh');
      expect(summary).toContain('• Ảnh: không có\n• Địa điểm: không nêu');
      return summary;
    }
    const consent = texts(await say(citizenId, '#choice:contact'));
    expect(consent).toContain('Tôi đồng ý cung cấp họ tên và số điện thoại Zalo');
    const summary = texts(await citizens.say(citizenId, { type: 'submit_info', ...contact }));
    expect(summary).toContain(
      `Người gửi: ${maskName(contact.name)} ${contact.phone.slice(0, 4)}***${contact.phone.slice(-3)}`,
    );
    // While the citizen reads the summary, the stored conversation holds the contact details only sealed.
    const [stored] = await system.database.db
      .select()
      .from(conversationSessions)
      .where(eq(conversationSessions.citizenId, citizenId));
    expect(JSON.stringify(stored?.session)).toContain('phoneSealed');
    expect(JSON.stringify(stored?.session)).not.toContain(contact.phone);
    expect(JSON.stringify(stored?.session)).not.toContain(contact.name);
    return summary;
  }

  async function send(citizenId: string): Promise<string> {
    const sent = texts(await say(citizenId, '#choice:send'));
    expect(sent).toContain('Đã nhận phản ánh của anh/chị');
    const number = NUMBER.exec(sent)?.[0];
    if (!number) throw new Error(`no ticket number in: ${sent}`);
    return number;
  }

  beforeAll(async () => {
    system = await startTestSystem();
    citizens = ZaloCitizens.of(system);
    const admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    owner = await citizens.create('Nguyễn Thị Hoa');
    await citizens.say(owner, { type: 'follow' });
  });
  afterEach(async () => {
    await lgsp('/_faults', { down: false });
  });
  afterAll(() => system.destroy());

  it("answers 503 for the LGSP's categories while the LGSP is down and none were read before, then lists them", async () => {
    await lgsp('/_faults', { down: true });
    const down = await official.request('GET', '/feedback/categories');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await lgsp('/_faults', { down: false });
    const up = await official.request('GET', '/feedback/categories');
    expect(up.status).toBe(200);
    expect(up.body.items).toHaveLength(10);
  });

  it('starts from the menu button', async () => {
    const menu = await say(owner, 'menu');
    const button = buttonsOf(menu).find((item) => item.title === 'Phản ánh, kiến nghị');
    expect(button?.payload).toBe('#feedback');
    expect(texts(await say(owner, String(button?.payload)))).toContain('lĩnh vực');
    expect(texts(await say(owner, 'hủy'))).toContain('Đã hủy');
  });

  it('offers the commune the description names as the place: one tap instead of typing it again', async () => {
    const citizen = await citizens.create('Lê Văn Nam');
    await citizens.say(citizen, { type: 'follow' });
    await say(citizen, 'phan anh');
    await say(citizen, 'hạ tầng');
    await say(citizen, 'Đèn đường trước chợ ở phường Kinh Bắc không sáng cả tuần nay, tối rất nguy hiểm.');
    const asked = await say(citizen, 'bỏ qua');
    expect(texts(asked)).toContain('Việc anh/chị phản ánh ở Phường Kinh Bắc phải không?');
    const [named, skip] = buttonsOf(asked);
    expect([named?.title, skip?.title]).toEqual(['📍 Phường Kinh Bắc', 'Bỏ qua']);
    expect(buttonsOf(await say(citizen, String(named?.payload))).map((button) => button.title)).toEqual([
      'Để lại liên hệ',
      'Gửi ẩn danh',
    ]);
    expect(texts(await say(citizen, '#choice:anonymous'))).toContain('• Địa điểm: Phường Kinh Bắc');
    expect(texts(await say(citizen, 'hủy'))).toContain('Đã hủy');
  });

  it('files a ticket with contact details: its number at once, sealed at rest, forwarded once keyed by the number', async () => {
    await fillIn(owner, { name: 'Nguyễn Thị Hoa', phone: '0987654321' });
    ownerTicket = await send(owner);

    // The reply was delivered, so the turn that recorded the ticket committed: it is there now.
    const row = await ticketRow(ownerTicket);
    expect(row).toMatchObject({
      citizenId: owner,
      categoryCode: 'HA_TANG_DO_THI',
      content: CONTENT,
      consentKind: 'contact',
      consentVersion: '2026-01',
    });
    expect(row?.consentText).toContain('Tôi đồng ý cung cấp họ tên và số điện thoại Zalo');
    expect(row?.contactPhoneSealed).toMatch(/^v1\./);
    expect(row?.contactPhoneSealed).not.toContain('0987654321');
    expect(row?.contactNameSealed).not.toContain('Hoa');

    const [atLgsp] = await eventually(async () => {
      const items = await lgspTickets(ownerTicket);
      return items.length > 0 ? items : undefined;
    });
    expect(atLgsp).toMatchObject({
      categoryCode: 'HA_TANG_DO_THI',
      sender: { name: 'Nguyễn Thị Hoa', phone: '0987654321' },
      submissions: 1,
    });
    const forwarded = await eventually(async () => {
      const current = await ticketRow(ownerTicket);
      return current?.status === 'forwarded' ? current : undefined;
    });
    expect(forwarded.lgspId).toBe(atLgsp?.lgspId);
    expect(await forwardEntry(ownerTicket)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('LGSP down while forwarding: the citizen still gets a number, the ticket arrives once when it is back', async () => {
    const citizen = await citizens.create('Trần Văn Nam');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, null);
    await lgsp('/_faults', { down: true });
    const number = await send(citizen);
    [anonymous, anonymousTicket] = [citizen, number];
    expect((await ticketRow(number))?.status).toBe('received');

    // The outbox keeps trying with back-off while the LGSP is down.
    await eventually(async () => ((await forwardEntry(number))?.attempts ?? 0) >= 2, 30_000);
    expect((await forwardEntry(number))?.status).toBe('pending');
    expect(await lgspTickets(number)).toEqual([]);
    // Waiting longer than the alert threshold shows in the metrics (and a warning in the log).
    await system.database.db
      .update(feedbackTickets)
      .set({ createdAt: sql`now() - interval '31 minutes'` })
      .where(eq(feedbackTickets.number, number));
    expect(await system.feedbackWatch?.runOnce()).toMatchObject({ unforwarded: 1 });
    expect(await metricsText()).toMatch(/^zalo_egov_feedback_unforwarded_tickets 1$/m);

    await lgsp('/_faults', { down: false });
    await eventually(async () => (await forwardEntry(number))?.status === 'done', 60_000);
    expect(await lgspTickets(number)).toEqual([expect.objectContaining({ sender: null, submissions: 1 })]);
    expect((await ticketRow(number))?.status).toBe('forwarded');
    expect(await system.feedbackWatch?.runOnce()).toMatchObject({ unforwarded: 0 });
    expect(await metricsText()).toMatch(/^zalo_egov_feedback_unforwarded_tickets 0$/m);
  });

  it('tells the citizen of each status change and of the answer, once each', async () => {
    const lgspId = (await ticketRow(ownerTicket))?.lgspId;
    expect(lgspId).toBeTruthy();
    const before = await citizens.lastSeq(owner);

    await lgsp(`/_feedback/${lgspId}/status`, { status: 'processing' });
    await checkStatusNow(ownerTicket);
    await checkStatusNow(ownerTicket);
    await eventually(async () => (await ticketRow(ownerTicket))?.status === 'processing');
    const processing = texts(await citizens.collect(owner, before));
    expect(processing).toContain(`Phản ánh ${ownerTicket}`);
    expect(processing).toContain('đang được xử lý');

    const answer = 'Ngày 2/12, Công ty Chiếu sáng đã thay bóng đèn trước nhà số 5 phố Lý Thái Tổ.';
    await lgsp(`/_feedback/${lgspId}/status`, { status: 'answered', answer });
    await checkStatusNow(ownerTicket);
    await checkStatusNow(ownerTicket);
    const answered = await eventually(async () => {
      const row = await ticketRow(ownerTicket);
      return row?.status === 'answered' ? row : undefined;
    });
    expect(answered).toMatchObject({ answer, answeredBy: 'lgsp', nextCheckAt: null });
    await eventually(async () => texts(await allOut(owner)).includes(answer));

    const notices = (await allOut(owner)).map((item) => item.body.message?.text ?? '');
    expect(notices.filter((text) => text.includes('đang được xử lý') && text.includes(ownerTicket))).toHaveLength(1);
    expect(notices.filter((text) => text.includes(answer))).toHaveLength(1);
  });

  it('shows a ticket typed alone to its owner only, and lists "phản ánh của tôi"', async () => {
    const serial = Number(ownerTicket.slice(-6));
    const typedLoosely = `pa zl ${ownerTicket.slice(6, 10)} ${serial}`;
    const shown = texts(await say(owner, typedLoosely));
    expect(shown).toContain(`Phản ánh ${ownerTicket}`);
    expect(shown).toContain('Đã có trả lời');

    const stranger = await citizens.create('Lê Văn Tò Mò');
    await citizens.say(stranger, { type: 'follow' });
    const refused = texts(await say(stranger, ownerTicket));
    expect(refused).toContain('Tôi không tìm thấy phản ánh nào của anh/chị');
    expect(refused).not.toContain('Lý Thái Tổ');

    const mine = await say(owner, 'phản ánh của tôi');
    expect(texts(mine)).toContain(ownerTicket);
    expect(buttonsOf(mine).map((button) => button.payload)).toContain(`#feedback_ticket ${ownerTicket}`);
    expect(texts(await say(stranger, 'phan anh cua toi'))).toContain('Anh/chị chưa gửi phản ánh nào');
  });

  it('asks for the number when a report is asked for without one, refuses what is no number, then looks it up', async () => {
    const asking = await citizens.create('Trần Thị Hỏi');
    await citizens.say(asking, { type: 'follow' });
    const asked = await say(asking, '#feedback_ticket');
    expect(texts(asked)).toContain('vui lòng nhắn mã phản ánh');
    expect(buttonsOf(asked).map((button) => button.payload)).toContain('#my_feedback');
    expect(texts(await say(asking, 'abc'))).toContain('Mã phản ánh chưa đúng dạng');
    // Another citizen's number: looked up, and not shown to this one.
    expect(texts(await say(asking, ownerTicket))).toContain('Tôi không tìm thấy phản ánh nào của anh/chị');
  });

  it("finds the citizen's own ticket by the id the LGSP gave it, in a sentence or typed loosely; another's is not found", async () => {
    const lgspId = (await ticketRow(ownerTicket))?.lgspId ?? '';
    expect(lgspId).toMatch(/^PA-20\d{2}-\d{6}$/);
    const shown = texts(await say(owner, `phản ánh ${lgspId} của tôi sao rồi`));
    expect(shown).toContain(`Phản ánh ${ownerTicket}`);
    expect(shown).toContain('Đã có trả lời');
    const [, year, serial] = lgspId.split('-');
    expect(texts(await say(owner, `pa ${year} ${Number(serial)}`))).toContain(`Phản ánh ${ownerTicket}`);

    // Someone else's LGSP id, and one the LGSP gave a ticket filed elsewhere: the same answer as a missing number.
    const stranger = await citizens.create('Trần Văn Hỏi Hộ');
    await citizens.say(stranger, { type: 'follow' });
    const refused = texts(await say(stranger, `phản ánh ${lgspId} của tôi sao rồi`));
    expect(refused).toContain('Tôi không tìm thấy phản ánh nào của anh/chị');
    expect(refused).not.toContain(ownerTicket);
    expect(refused).not.toContain('Lý Thái Tổ');
    expect(texts(await say(owner, 'PA-2026-004401'))).toContain('Tôi không tìm thấy phản ánh nào của anh/chị');
  });

  it('lets an official find, read, answer, close and reopen a ticket; the citizen hears each once; all audited', async () => {
    const citizen = await citizens.create('Phạm Thị Lan');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, { name: 'Phạm Thị Lan', phone: '0912000111' });
    const number = await send(citizen);

    const list = await official.request('GET', `/feedback/tickets?text=${encodeURIComponent('Lý Thái Tổ')}&limit=200`);
    expect(list.status).toBe(200);
    expect((list.body.items as Array<{ number: string }>).map((item) => item.number)).toContain(number);
    expect(list.body.items).not.toContainEqual(expect.objectContaining({ content: expect.anything() }));
    const answeredOnly = await viewer.request('GET', '/feedback/tickets?status=answered');
    expect((answeredOnly.body.items as Array<{ number: string }>).map((item) => item.number)).toEqual([ownerTicket]);
    expect((await editor.request('GET', '/feedback/tickets')).status).toBe(403);
    // Newest first, a page at a time: the three tickets filed in this file, each once.
    type Summary = { number: string; createdAt: string };
    const first = await official.request('GET', '/feedback/tickets?limit=2');
    const next = await official.request('GET', `/feedback/tickets?limit=2&before=${String(first.body.nextCursor)}`);
    const pages = [...(first.body.items as Summary[]), ...(next.body.items as Summary[])];
    expect(pages).toHaveLength(3);
    expect(pages[0]?.number).toBe(number);
    expect(new Set(pages.map((item) => item.number)).size).toBe(3);
    expect(pages.map((item) => item.number)).toContain(ownerTicket);
    expect(pages.map((item) => item.createdAt)).toEqual(
      pages
        .map((item) => item.createdAt)
        .sort()
        .reverse(),
    );
    expect(next.body.nextCursor).toBeNull();

    const read = await official.request('GET', `/feedback/tickets/${number.toLowerCase()}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      number,
      content: CONTENT,
      contact: { name: 'Phạm Thị Lan', phone: '0912000111' },
      consent: { kind: 'contact', version: '2026-01' },
    });
    const reads = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'feedback.read'), eq(auditLog.targetId, number)));
    expect(reads).toHaveLength(1);

    expect((await viewer.request('POST', `/feedback/tickets/${number}/answer`, { text: 'x' })).status).toBe(403);
    const before = await citizens.lastSeq(citizen);
    const text = 'Chào bà, UBND phường đã cử người kiểm tra và sửa đèn trong ngày 3/12.';
    const answered = await official.request('POST', `/feedback/tickets/${number}/answer`, { text });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ number, status: 'answered' });
    expect(texts(await citizens.collect(citizen, before))).toContain(text);
    const again = await official.request('POST', `/feedback/tickets/${number}/answer`, { text: 'Lần hai' });
    expect(again).toMatchObject({ status: 409, body: { code: 'FEEDBACK_STATUS_CONFLICT' } });
    expect(await ticketRow(number)).toMatchObject({ status: 'answered', answer: text });

    const closed = await official.request('POST', `/feedback/tickets/${number}/close`, {});
    expect(closed.body).toMatchObject({ status: 'closed' });
    const reopened = await official.request('POST', `/feedback/tickets/${number}/reopen`, {
      reason: 'Đèn lại hỏng.',
    });
    expect(reopened.body).toMatchObject({ status: 'reopened' });
    await eventually(async () => texts(await allOut(citizen)).includes('Đèn lại hỏng.'));

    const notices = (await allOut(citizen)).map((item) => item.body.message?.text ?? '');
    expect(notices.filter((line) => line.includes(text))).toHaveLength(1);
    expect(notices.filter((line) => line.includes(`Phản ánh ${number}`) && line.includes('đã được đóng'))).toHaveLength(
      1,
    );
    expect(notices.filter((line) => line.includes('đã được mở lại'))).toHaveLength(1);

    const changes = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'feedback_ticket'), eq(auditLog.targetId, number)))
      .orderBy(auditLog.id);
    expect(changes.map((row) => row.action)).toEqual([
      'feedback.read',
      'feedback.answer',
      'feedback.close',
      'feedback.reopen',
    ]);
    expect(JSON.stringify(changes)).not.toContain(text);
  });

  it('lets the citizen rate the answer; "not solved" reopens the ticket; nobody else can', async () => {
    const rateButton = buttonsOf(await allOut(owner)).find(
      (button) => button.payload === `#feedback_rate ${ownerTicket}`,
    );
    expect(rateButton?.title).toBe('Đánh giá trả lời');
    const ask = await say(owner, String(rateButton?.payload));
    expect(texts(ask)).toContain(`trả lời cho phản ánh ${ownerTicket}`);
    expect(buttonsOf(ask)).toHaveLength(5);
    expect(texts(await say(owner, '2'))).toContain('đã được giải quyết chưa');
    expect(texts(await say(owner, 'không'))).toContain(`Phản ánh ${ownerTicket} đã được mở lại`);
    expect(await ticketRow(ownerTicket)).toMatchObject({ rating: 2, status: 'reopened' });
    const reopened = await official.request('GET', '/feedback/tickets?status=reopened');
    expect((reopened.body.items as Array<{ number: string }>).map((item) => item.number)).toContain(ownerTicket);

    const stranger = await citizens.create('Đỗ Văn Lạ');
    await citizens.say(stranger, { type: 'follow' });
    expect(texts(await say(stranger, `#feedback_rate ${ownerTicket}`))).toContain(
      'Tôi không tìm thấy phản ánh nào của anh/chị',
    );
    // The rating button tapped again (an old message): said so with the rating given, neither asked nor reopened again.
    const dueAt = (await ticketRow(ownerTicket))?.dueAt;
    const again = await say(owner, `#feedback_rate ${ownerTicket}`);
    expect(texts(again)).toContain(
      `Anh/chị đã đánh giá trả lời cho phản ánh ${ownerTicket}: 2/5, và phản ánh đã được mở lại để cơ quan xử lý tiếp.`,
    );
    expect(buttonsOf(again).map((button) => [button.title, button.payload])).toEqual([
      ['Xem phản ánh', `#feedback_ticket ${ownerTicket}`],
      ['Phản ánh của tôi', '#my_feedback'],
    ]);
    expect(await ticketRow(ownerTicket)).toMatchObject({ rating: 2, status: 'reopened', dueAt });
  });

  it('lets an official reject a ticket or mark it duplicate, with a reason the citizen reads', async () => {
    const before = await citizens.lastSeq(anonymous);
    const rejected = await official.request('POST', `/feedback/tickets/${anonymousTicket}/reject`, {
      reason: 'Nội dung thuộc thẩm quyền của Công ty Điện lực, ông/bà vui lòng gọi 1900 1006.',
    });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected' } });
    const told = texts(await citizens.collect(anonymous, before));
    expect(told).toContain(`Phản ánh ${anonymousTicket}`);
    expect(told).toContain('không được tiếp nhận xử lý');
    expect(told).toContain('Công ty Điện lực');
    const twice = await official.request('POST', `/feedback/tickets/${anonymousTicket}/duplicate`, { reason: 'x' });
    expect(twice).toMatchObject({ status: 409, body: { code: 'FEEDBACK_STATUS_CONFLICT' } });
    expect((await official.request('POST', `/feedback/tickets/${anonymousTicket}/reject`, {})).status).toBe(400);

    // Reopened by the citizen (previous test), the owner's ticket can be marked a duplicate of another.
    const duplicate = await official.request('POST', `/feedback/tickets/${ownerTicket}/duplicate`, {
      reason: `Cùng nội dung với phản ánh ${anonymousTicket}.`,
    });
    expect(duplicate.body).toMatchObject({ status: 'duplicate' });
    await eventually(async () => texts(await allOut(owner)).includes(`Cùng nội dung với phản ánh ${anonymousTicket}.`));
    const audited = await system.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.targetType, 'feedback_ticket'),
          sql`${auditLog.action} in ('feedback.reject', 'feedback.duplicate')`,
        ),
      );
    expect(audited.map((row) => [row.action, row.targetId]).sort()).toEqual(
      [
        ['feedback.duplicate', ownerTicket],
        ['feedback.reject', anonymousTicket],
      ].sort(),
    );
  });
  it('answers in the language the citizen speaks now, not the one the report was filed in', async () => {
    const citizen = await citizens.create('Trần Văn Minh');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, null);
    const number = await send(citizen);
    expect(texts(await say(citizen, 'English'))).toContain('From now on I will answer in English');

    const before = await citizens.lastSeq(citizen);
    const text = 'Chào ông, đèn đường đã được thay trong ngày 4/12.';
    expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text })).status).toBe(200);
    const told = texts(await citizens.collect(citizen, before));
    expect(told).toContain(`Report ${number}`);
    expect(told).toContain('has been answered');
    expect(told).toContain(text);
  });

  it('rates an answer once: a second tap is told so, the store refuses a second rating; a new answer is rated', async () => {
    const citizen = await citizens.create('Lương Văn Tâm');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, null);
    const number = await send(citizen);
    const answer = 'Chào ông, UBND phường đã sửa đèn trong ngày 5/12.';
    expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text: answer })).status).toBe(200);
    const rate = `#feedback_rate ${number}`;
    // Two taps before answering: asked twice, rated once.
    expect(texts(await say(citizen, rate))).toContain(`trả lời cho phản ánh ${number}`);
    expect(texts(await say(citizen, rate))).toContain(`trả lời cho phản ánh ${number}`);
    expect(texts(await say(citizen, '4'))).toContain('đã được giải quyết chưa');
    expect(texts(await say(citizen, 'có'))).toContain('Cảm ơn anh/chị đã đánh giá');
    expect(await ticketRow(number)).toMatchObject({ rating: 4, status: 'answered', ratedAt: expect.any(Date) });

    const again = await say(citizen, rate);
    expect(texts(again)).toContain(`Anh/chị đã đánh giá trả lời cho phản ánh ${number}: 4/5.`);
    expect(texts(again)).toContain('Nếu vấn đề vẫn chưa được giải quyết, anh/chị có thể gửi phản ánh mới');
    expect(buttonsOf(again).map((button) => [button.title, button.payload])).toEqual([
      ['Gửi phản ánh mới', '#feedback'],
      ['Phản ánh của tôi', '#my_feedback'],
    ]);
    // "không" here is no answer to a rating question: none is asked.
    expect(texts(await say(citizen, 'không'))).not.toContain('đã được mở lại');
    // Two "not solved" taps racing past the flow: the store takes neither, the answer was rated already.
    const second = { number, citizenId: citizen, rating: 1, reopen: true, now: new Date() };
    const raced = await Promise.all([
      ticketStore.rate(system.database.db, second),
      ticketStore.rate(system.database.db, second),
    ]);
    expect(raced).toEqual([false, false]);
    expect(await ticketRow(number)).toMatchObject({ rating: 4, status: 'answered' });

    // Reopened and answered anew: the new answer may be rated; two racing ratings of it, one recorded.
    const reopened = await official.request('POST', `/feedback/tickets/${number}/reopen`, { reason: 'Đèn lại tắt.' });
    expect(reopened.status).toBe(200);
    const before = await citizens.lastSeq(citizen);
    const newAnswer = 'Chào ông, đèn đã được thay bộ điều khiển ngày 8/12.';
    expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text: newAnswer })).status).toBe(
      200,
    );
    await citizens.collect(citizen, before);
    expect((await ticketRow(number))?.ratedAt).toBeNull();
    expect(texts(await say(citizen, rate))).toContain(`trả lời cho phản ánh ${number}`);
    expect(texts(await say(citizen, '5'))).toContain('đã được giải quyết chưa');
    // Another tap's rating is recorded meanwhile: this one is told so, not recorded, and reopens nothing.
    const racing = { number, citizenId: citizen, rating: 3, reopen: false, now: new Date() };
    const both = await Promise.all([
      ticketStore.rate(system.database.db, racing),
      ticketStore.rate(system.database.db, racing),
    ]);
    expect(both.sort()).toEqual([false, true]);
    expect(texts(await say(citizen, 'không'))).toContain(`Anh/chị đã đánh giá trả lời cho phản ánh ${number}: 3/5.`);
    expect(await ticketRow(number)).toMatchObject({ rating: 3, status: 'answered' });
  });

  it('lets the citizen rate an answer after the official closed the ticket: the answer given after a reopen too', async () => {
    const citizen = await citizens.create('Trần Văn Khải');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, null);
    const number = await send(citizen);
    const rate = `#feedback_rate ${number}`;
    const answer = async (text: string) =>
      expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text })).status).toBe(200);
    await answer('Chào ông, đội duy tu đã kiểm tra đèn.');
    expect(texts(await say(citizen, rate))).toContain(`trả lời cho phản ánh ${number}`);
    expect(texts(await say(citizen, '4'))).toContain('đã được giải quyết chưa');
    expect(texts(await say(citizen, 'không'))).toContain(`Phản ánh ${number} đã được mở lại`);
    await answer('Chào ông, đèn đã được thay mới hôm nay.');
    expect((await official.request('POST', `/feedback/tickets/${number}/close`, {})).status).toBe(200);
    // Each notice names the report by its number and a few of its words, not by its whole first sentence.
    const closedNotice = `Phản ánh ${number} (Đèn đường trước nhà số 5…) đã được đóng.`;
    await eventually(async () => texts(await allOut(citizen)).includes(closedNotice));
    const notices = texts(await allOut(citizen));
    expect(notices).toContain(`Phản ánh ${number} (Đèn đường trước nhà số 5…) đã có trả lời:`);
    expect(notices).not.toContain(`(${CONTENT})`);

    // The ticket page's API: the rating given was of the answer before the reopen, not of the answer it has now.
    const read = async () => (await official.request('GET', `/feedback/tickets/${number}`)).body;
    expect(await read()).toMatchObject({
      answer: 'Chào ông, đèn đã được thay mới hôm nay.',
      answeredByEmail: 'official@province.gov.vn',
      rating: 4,
      ratedAt: null,
    });

    const asked = await say(citizen, rate);
    expect(texts(asked)).toContain(`trả lời cho phản ánh ${number}`);
    expect(texts(asked)).not.toContain('chưa có trả lời');
    expect(texts(await say(citizen, '5'))).toContain('đã được giải quyết chưa');
    expect(texts(await say(citizen, 'có'))).toContain('Cảm ơn anh/chị đã đánh giá');
    expect(await ticketRow(number)).toMatchObject({ rating: 5, status: 'closed', ratedAt: expect.any(Date) });
    expect(await read()).toMatchObject({ rating: 5, ratedAt: expect.any(String) });
    expect(texts(await say(citizen, rate))).toContain(`Anh/chị đã đánh giá trả lời cho phản ánh ${number}: 5/5.`);
  });

  it('does not offer an answer an official reopened the ticket over for rating once they close it without another', async () => {
    const citizen = await citizens.create('Lê Thị Nhàn');
    await citizens.say(citizen, { type: 'follow' });
    await fillIn(citizen, null);
    const number = await send(citizen);
    const act = async (action: string, body: object) =>
      expect((await official.request('POST', `/feedback/tickets/${number}/${action}`, body)).status).toBe(200);
    await act('answer', { text: 'Chào bà, đội duy tu đã kiểm tra đèn.' });
    await act('reopen', { reason: 'Trả lời chưa đúng địa điểm.' });
    await act('close', { reason: 'Đã chuyển cho Sở Xây dựng giải quyết.' });

    // The answer was found wanting by the official: the citizen's "not solved" must not reopen what they closed.
    expect(texts(await say(citizen, `#feedback_rate ${number}`))).toContain('chưa có trả lời');
    expect(await ticketRow(number)).toMatchObject({
      status: 'closed',
      statusReason: 'Đã chuyển cho Sở Xây dựng giải quyết.',
      rating: null,
      ratedAt: null,
    });
    const rated = await ticketStore.rate(system.database.db, {
      number,
      citizenId: citizen,
      rating: 1,
      reopen: true,
      now: new Date(),
    });
    expect(rated).toBe(false);
    expect(await ticketRow(number)).toMatchObject({ status: 'closed', rating: null });
  });

  describe('the LGSP, told nothing of what officials do here (its API has no call for it), is still followed', () => {
    type LgspView = { status: string; answer: string | null; checkedAt: string; polling: boolean } | null;
    const filed = async (name: string) => {
      const citizen = await citizens.create(name);
      await citizens.say(citizen, { type: 'follow' });
      await fillIn(citizen, null);
      const number = await send(citizen);
      const lgspId = (await eventually(async () => (await ticketRow(number))?.lgspId ?? undefined)) as string;
      return { citizen, number, lgspId };
    };
    const lgspViewOf = async (number: string) =>
      (await official.request('GET', `/feedback/tickets/${number}`)).body.lgsp as LgspView;

    it("an official answered here; the LGSP's own answer later reaches the citizen and the ticket page", async () => {
      const { citizen, number, lgspId } = await filed('Đinh Văn Hùng');
      const mine = 'Chào ông, phường đã ghi nhận và sẽ sửa đèn trong tuần.';
      expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text: mine })).status).toBe(200);
      // Still asked about at the LGSP: the official's answer went to the citizen only.
      expect((await ticketRow(number))?.nextCheckAt).not.toBeNull();
      await checkStatusNow(number);
      expect(await lgspViewOf(number)).toMatchObject({ status: 'received', answer: null, polling: true });

      const before = await citizens.lastSeq(citizen);
      const theirs = 'Sở Xây dựng trả lời: đã thay toàn bộ bóng đèn tuyến phố Lý Thái Tổ ngày 10/12.';
      await lgsp(`/_feedback/${lgspId}/status`, { status: 'answered', answer: theirs });
      await checkStatusNow(number);
      expect(texts(await citizens.collect(citizen, before))).toContain(theirs);
      expect(await ticketRow(number)).toMatchObject({ status: 'answered', answer: theirs, answeredBy: 'lgsp' });
      // Both sides done: no more checks; the page shows what the LGSP said and when.
      expect(await lgspViewOf(number)).toMatchObject({ status: 'answered', answer: theirs, polling: false });
      expect((await ticketRow(number))?.nextCheckAt).toBeNull();
    });

    it("a ticket the citizen reopened is asked about again: the LGSP's rejection reaches them", async () => {
      const { citizen, number, lgspId } = await filed('Hoàng Thị Mai');
      await lgsp(`/_feedback/${lgspId}/status`, { status: 'processing' });
      const answer = 'Chào bà, đã báo đơn vị chiếu sáng.';
      expect((await official.request('POST', `/feedback/tickets/${number}/answer`, { text: answer })).status).toBe(200);
      await checkStatusNow(number);
      expect(await ticketRow(number)).toMatchObject({ status: 'answered', answer, lgspStatus: 'processing' });
      expect(texts(await say(citizen, `#feedback_rate ${number}`))).toContain(`trả lời cho phản ánh ${number}`);
      expect(texts(await say(citizen, '2'))).toContain('đã được giải quyết chưa');
      expect(texts(await say(citizen, 'không'))).toContain('đã được mở lại');
      expect((await ticketRow(number))?.nextCheckAt).not.toBeNull();

      const before = await citizens.lastSeq(citizen);
      await lgsp(`/_feedback/${lgspId}/status`, { status: 'rejected' });
      await checkStatusNow(number);
      expect(texts(await citizens.collect(citizen, before))).toContain('không được tiếp nhận xử lý');
      expect(await ticketRow(number)).toMatchObject({ status: 'rejected', nextCheckAt: null });
      expect(await lgspViewOf(number)).toMatchObject({ status: 'rejected', polling: false });
    });

    it('an official rejected it here; the LGSP answering later is told, its progress alone is not', async () => {
      const { citizen, number, lgspId } = await filed('Vũ Văn Tuấn');
      const reason = 'Không thuộc thẩm quyền của phường.';
      expect((await official.request('POST', `/feedback/tickets/${number}/reject`, { reason })).status).toBe(200);
      const before = await citizens.lastSeq(citizen);
      await lgsp(`/_feedback/${lgspId}/status`, { status: 'processing' });
      await checkStatusNow(number);
      expect(await ticketRow(number)).toMatchObject({ status: 'rejected', lgspStatus: 'processing' });
      const answer = 'UBND tỉnh đã chuyển cho Công ty Điện lực xử lý ngày 11/12.';
      await lgsp(`/_feedback/${lgspId}/status`, { status: 'answered', answer });
      await checkStatusNow(number);
      const told = texts(await citizens.collect(citizen, before));
      expect(told).toContain(answer);
      expect(told).not.toContain('đang được xử lý');
      expect(await ticketRow(number)).toMatchObject({ status: 'answered', answer, statusReason: null });
    });
  });
});
