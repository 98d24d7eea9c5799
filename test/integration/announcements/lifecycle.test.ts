import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import {
  announcementArticleQuota,
  announcements as announcementsTable,
  announcementSubscriptions,
} from '../../../src/announcements/index.js';
import { citizens as citizensTable } from '../../../src/citizens/index.js';
import { messageDeliveries } from '../../../src/messaging/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';
import {
  CONTENT,
  countAnnouncements,
  deliveredTo,
  makeFollowers,
  progressOf,
  sendAnnouncement,
  settle,
  waitUntilDelivered,
} from './harness.js';

const DAY_MS = 24 * 3600 * 1000;
const TITLE = CONTENT.vi.title;

/**
 * Announcements on the composed server over real HTTP: officials' lifecycle and roles, content rules, the audience
 * preview, the citizen's language, the window's lanes and the per-recipient report.
 */
describe('announcements', () => {
  let system: TestSystem;
  let editor: AdminApi;
  let approver: AdminApi;
  let otherApprover: AdminApi;
  let viewer: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    // Sent at any hour the tests run: quiet hours have their own test.
    system = await startTestSystem({ env: { ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    const admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    otherApprover = (await createAccount(system, admin, 'approver2@province.gov.vn', ['approver'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    zalo = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  const auditActions = async (id: string) =>
    (
      await system.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, 'announcement'), eq(auditLog.targetId, id)))
        .orderBy(auditLog.id)
    ).map((row) => row.action);

  const zaloFaults = async (faults: Record<string, unknown>) => {
    const response = await fetch(`${system.url}/sandbox/zalo/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    });
    expect(response.ok).toBe(true);
  };

  it('is approved only by an approver who did not write it; returned with a comment, edited and submitted again', async () => {
    const created = await editor.request('POST', '/announcements', { content: CONTENT, audience: { tags: ['x'] } });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect(created.body).toMatchObject({ status: 'draft', urgent: false });

    expect((await editor.request('POST', `/announcements/${id}/approve`)).body.code).toBe('ADMIN_FORBIDDEN');
    expect((await editor.request('POST', `/announcements/${id}/urgent`, { urgent: true })).body.code).toBe(
      'ADMIN_FORBIDDEN',
    );
    expect((await viewer.request('POST', '/announcements', { content: CONTENT })).status).toBe(403);
    // Not submitted yet: nothing to approve.
    expect((await approver.request('POST', `/announcements/${id}/approve`)).body.code).toBe(
      'ANNOUNCEMENT_STATUS_CONFLICT',
    );

    expect((await editor.request('POST', `/announcements/${id}/submit`)).body.status).toBe('submitted');
    expect((await editor.request('PATCH', `/announcements/${id}`, { audience: {} })).status).toBe(409);
    const returned = await approver.request('POST', `/announcements/${id}/return`, { comment: 'Thêm giờ tiêm.' });
    expect(returned.body).toMatchObject({ status: 'returned', returnComment: 'Thêm giờ tiêm.' });
    const edited = await editor.request('PATCH', `/announcements/${id}`, {
      content: { ...CONTENT, vi: { ...CONTENT.vi, text: `${CONTENT.vi.text} Mang theo sổ tiêm.` } },
    });
    expect(edited.status).toBe(200);
    expect((await editor.request('POST', `/announcements/${id}/submit`)).body.status).toBe('submitted');
    expect((await approver.request('POST', `/announcements/${id}/urgent`, { urgent: true })).body.urgent).toBe(true);
    // An action that takes no body refuses one with fields (a note the approver would think kept): none or {} only.
    const withNote = await approver.request('POST', `/announcements/${id}/approve`, { comment: 'Đồng ý' });
    expect(withNote.status).toBe(400);
    expect(withNote.contentType).toMatch(/^application\/problem\+json/);
    expect(withNote.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ issue: 'unrecognized_keys' }] });
    const words = await approver.request('POST', `/announcements/${id}/cancel`, 'hủy', { contentType: 'text/plain' });
    expect(words.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
    expect((await approver.request('POST', `/announcements/${id}/pause`, [])).body.code).toBe('INVALID_INPUT');
    const approved = await approver.request('POST', `/announcements/${id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'approved', returnComment: null });
    expect(await auditActions(id)).toEqual([
      'announcement.create',
      'announcement.submit',
      'announcement.return',
      'announcement.update',
      'announcement.submit',
      'announcement.urgent',
      'announcement.approve',
    ]);

    // An approver's own announcement needs another approver.
    const own = String((await approver.request('POST', '/announcements', { content: CONTENT })).body.id);
    await approver.request('POST', `/announcements/${own}/submit`);
    const self = await approver.request('POST', `/announcements/${own}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('ANNOUNCEMENT_SELF_APPROVAL');
    expect((await otherApprover.request('POST', `/announcements/${own}/approve`)).body.status).toBe('approved');
  });

  it('refuses unknown placeholders and more than five buttons', async () => {
    const unknown = await editor.request('POST', '/announcements', {
      content: { vi: { title: 'Tiêu đề', text: 'Chào {{ten}}' } },
    });
    expect(unknown.status).toBe(400);
    const button = { type: 'flow', title: 'Tra cứu', flow: 'dossier' };
    const six = await editor.request('POST', '/announcements', {
      content: { vi: { title: 'Tiêu đề', text: 'Nội dung', buttons: Array.from({ length: 6 }, () => button) } },
    });
    expect(six.status).toBe(400);
  });

  it('refuses a link or image that is not a web address, on create and on update', async () => {
    const version = (extra: object) => ({ content: { vi: { title: 'Tiêu đề', text: 'Nội dung', ...extra } } });
    const script = { buttons: [{ type: 'link', title: 'Xem', url: 'javascript:alert(1)' }] };
    const created = await editor.request('POST', '/announcements', version(script));
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ path: 'content.vi.buttons.0.url', issue: 'invalid_format', format: 'url' }],
    });
    for (const imageUrl of ['file:///etc/passwd', 'ftp://example.gov.vn/a.png', 'data:image/png;base64,AAAA']) {
      const image = await editor.request('POST', '/announcements', version({ imageUrl }));
      expect(image.status, imageUrl).toBe(400);
      expect(image.body.errors).toMatchObject([{ path: 'content.vi.imageUrl', format: 'url' }]);
    }
    const draft = await editor.request('POST', '/announcements', version({ imageUrl: 'http://example.gov.vn/a.png' }));
    expect(draft.status).toBe(201);
    const id = String(draft.body.id);
    const edited = await editor.request('PATCH', `/announcements/${id}`, {
      content: {
        vi: { title: 'Tiêu đề', text: 'Nội dung', buttons: [{ type: 'link', title: 'Xem', url: 'data:,x' }] },
      },
    });
    expect(edited.status).toBe(400);
    expect(edited.body.errors).toMatchObject([{ path: 'content.vi.buttons.0.url' }]);

    // A draft saved before the rule still opens, but goes to approval only once its link is a web address.
    const button = { type: 'link', title: 'Xem', url: 'javascript:alert(1)' };
    await system.database.db
      .update(announcementsTable)
      .set({ content: { vi: { title: 'Tiêu đề', text: 'Nội dung', buttons: [button] } } })
      .where(eq(announcementsTable.id, id));
    expect((await viewer.request('GET', `/announcements/${id}`)).body.content).toMatchObject({
      vi: { buttons: [button] },
    });
    const submitted = await editor.request('POST', `/announcements/${id}/submit`);
    expect(submitted.status).toBe(400);
    expect(submitted.body.errors).toMatchObject([{ path: 'content.vi.buttons.0.url', format: 'url' }]);
    expect((await viewer.request('GET', `/announcements/${id}`)).body.status).toBe('draft');
  });

  it('never lets a stored link that is not a web address go on: approval, schedule and resume refused, sending paused', async () => {
    const [follower] = await makeFollowers({ baseUrl: system.url, db: system.database.db, count: 1, tag: 'non-web' });
    const unsafe = {
      vi: { ...CONTENT.vi, buttons: [{ type: 'link', title: 'Xem', url: 'javascript:alert(1)' }] },
      en: { ...CONTENT.en, imageUrl: 'file:///etc/passwd' },
    };
    const paths = ['content.vi.buttons.0.url', 'content.en.imageUrl'];
    /** An announcement written under today's rules, brought to `until`, then its stored content made older-style. */
    const storedBefore = async (until: 'submitted' | 'approved' | 'scheduled') => {
      const id = String(
        (await editor.request('POST', '/announcements', { content: CONTENT, audience: { tags: ['non-web'] } })).body.id,
      );
      expect((await editor.request('POST', `/announcements/${id}/submit`)).status).toBe(200);
      if (until !== 'submitted')
        expect((await approver.request('POST', `/announcements/${id}/approve`)).status).toBe(200);
      if (until === 'scheduled') {
        const sendAt = new Date(Date.now() + 3000).toISOString();
        expect((await editor.request('POST', `/announcements/${id}/schedule`, { sendAt })).status).toBe(200);
      }
      await system.database.db.update(announcementsTable).set({ content: unsafe }).where(eq(announcementsTable.id, id));
      return id;
    };
    const refusal = { code: 'ANNOUNCEMENT_NON_WEB_ADDRESS', errors: { paths } };

    const submitted = await storedBefore('submitted');
    expect((await viewer.request('GET', `/announcements/${submitted}`)).body).toMatchObject({
      status: 'submitted',
      nonWebAddresses: paths,
    });
    const approval = await approver.request('POST', `/announcements/${submitted}/approve`);
    expect(approval.status).toBe(422);
    expect(approval.contentType).toMatch(/^application\/problem\+json/);
    expect(approval.body).toMatchObject(refusal);
    expect((await viewer.request('GET', `/announcements/${submitted}`)).body.status).toBe('submitted');

    const approved = await storedBefore('approved');
    const scheduling = await editor.request('POST', `/announcements/${approved}/schedule`, {});
    expect(scheduling.status).toBe(422);
    expect(scheduling.body).toMatchObject(refusal);
    expect((await viewer.request('GET', `/announcements/${approved}`)).body.status).toBe('approved');

    // Scheduled before the rule: when its time comes, delivery pauses it instead of sending; resuming is refused.
    const scheduled = await storedBefore('scheduled');
    await eventually(
      async () => (await viewer.request('GET', `/announcements/${scheduled}`)).body.status === 'paused',
      20_000,
    );
    expect(await auditActions(scheduled)).toContain('announcement.pause');
    const resumed = await editor.request('POST', `/announcements/${scheduled}/resume`);
    expect(resumed.status).toBe(422);
    expect(resumed.body).toMatchObject(refusal);
    expect((await progressOf(viewer, scheduled)).total).toBe(0);
    expect(await countAnnouncements(system.url, String(follower), TITLE)).toBe(0);
    expect((await editor.request('POST', `/announcements/${scheduled}/cancel`)).status).toBe(200);
  });

  it("tells the approver who wrote it; the preview's placeholders for an unknown recipient are what sending fills", async () => {
    const id = String((await editor.request('POST', '/announcements', { content: CONTENT })).body.id);
    expect((await editor.request('POST', `/announcements/${id}/submit`)).status).toBe(200);
    const read = await approver.request('GET', `/announcements/${id}`);
    expect(read.body).toMatchObject({ authorEmail: 'editor@province.gov.vn', status: 'submitted' });
    const listed = await approver.request('GET', '/announcements?status=submitted');
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id, authorEmail: 'editor@province.gov.vn' }));

    const fallbacks = await viewer.request('GET', '/announcements/placeholder-fallbacks');
    expect(fallbacks.status).toBe(200);
    expect(fallbacks.body).toEqual({
      vi: { name: 'anh/chị', commune: 'địa phương' },
      en: { name: 'citizen', commune: 'your commune' },
    });
  });

  it('withdraws what it handed over and Zalo has not yet taken when delivery stops it for a non-web link', async () => {
    const tag = 'non-web-queued';
    const [follower] = await makeFollowers({ baseUrl: system.url, db: system.database.db, count: 1, tag });
    const citizen = String(follower);
    // Zalo answers -32 (rate limit) to every call: the message is handed over, and stays queued, retried later.
    await zaloFaults({ failNext: { code: -32, count: 1000 } });
    const sent: string[] = [];
    try {
      sent.push(await sendAnnouncement(editor, approver, { audience: { tags: [tag] } }));
      const id = String(sent[0]);
      await settle(viewer, id, (progress) => progress.status === 'sent' && progress.queued === 1);
      // Stored before the rule, and caught sending: its worker stopped after the last hand-over, before finishing it.
      await system.database.db
        .update(announcementsTable)
        .set({
          status: 'sending',
          finishedAt: null,
          content: {
            ...CONTENT,
            vi: { ...CONTENT.vi, buttons: [{ type: 'link', title: 'Xem', url: 'javascript:1' }] },
          },
        })
        .where(eq(announcementsTable.id, id));
      await system.announcements.scheduleFanout(id, new Date(), { again: true });
      await settle(viewer, id, (progress) => progress.status === 'paused');
    } finally {
      await zaloFaults({ failNext: { code: -32, count: 1 } });
    }
    const id = String(sent[0]);
    expect(await progressOf(viewer, id)).toMatchObject({ queued: 0, sent: 0, skipped: { non_web_address: 1 } });
    const records = await system.database.db
      .select({ status: messageDeliveries.status, reason: messageDeliveries.reason })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.citizenId, citizen), eq(messageDeliveries.correlationId, `announcement:${id}`)));
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((record) => `${record.status}:${record.reason}`))).toEqual(
      new Set(['skipped:non_web_address']),
    );
    // Zalo takes messages again: the citizen's reply comes, the announcement never does.
    await zalo.say(citizen, { type: 'text', text: 'xin chào' });
    await eventually(async () => (await deliveredTo(system.url, citizen)).length > 0, 30_000);
    expect(await countAnnouncements(system.url, citizen, TITLE)).toBe(0);
  });

  it('refuses an audience naming a topic that does not exist, not one citizens still hold', async () => {
    const topics = { items: [{ code: 'giao-thong', vi: 'Giao thông' }] };
    expect((await editor.request('PUT', '/announcements/topics', topics)).status).toBe(200);
    const unknown = await editor.request('POST', '/announcements', {
      content: CONTENT,
      audience: { topics: ['giao-thong', 'khong-ton-tai'] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.contentType).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({ code: 'ANNOUNCEMENT_UNKNOWN_TOPIC', errors: { topics: ['khong-ton-tai'] } });
    const created = await editor.request('POST', '/announcements', {
      content: CONTENT,
      audience: { topics: ['giao-thong'] },
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    const edited = await editor.request('PATCH', `/announcements/${id}`, { audience: { topics: ['khong-ton-tai'] } });
    expect(edited.status).toBe(422);
    expect(edited.body.code).toBe('ANNOUNCEMENT_UNKNOWN_TOPIC');
    // A topic removed from the list still reaches the citizens who chose it: it may still be named.
    await system.database.db.insert(announcementSubscriptions).values({ citizenId: 't-holder', topics: ['da-xoa'] });
    expect((await editor.request('PATCH', `/announcements/${id}`, { audience: { topics: ['da-xoa'] } })).status).toBe(
      200,
    );
  });

  it('refuses a send time already past; "now" (no time, or within the minute) sends at once', async () => {
    const approved = async () => {
      const id = String((await editor.request('POST', '/announcements', { content: CONTENT })).body.id);
      await editor.request('POST', `/announcements/${id}/submit`);
      expect((await approver.request('POST', `/announcements/${id}/approve`)).status).toBe(200);
      return id;
    };
    const id = await approved();
    const past = await editor.request('POST', `/announcements/${id}/schedule`, { sendAt: '2020-01-01T10:00:00+07:00' });
    expect(past.status).toBe(400);
    expect(past.contentType).toMatch(/^application\/problem\+json/);
    expect(past.body).toMatchObject({
      code: 'INVALID_INPUT',
      errors: [{ path: 'sendAt', issue: 'custom', reason: 'sendAtPast' }],
    });
    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString();
    expect((await editor.request('POST', `/announcements/${id}/schedule`, { sendAt: twoMinutesAgo })).status).toBe(400);
    expect((await viewer.request('GET', `/announcements/${id}`)).body).toMatchObject({
      status: 'approved',
      sendAt: null,
    });
    expect(await auditActions(id)).not.toContain('announcement.schedule');

    // The time field's current minute, a few seconds gone: sent now, as without a time.
    const justNow = new Date(Date.now() - 20_000).toISOString();
    const now = await editor.request('POST', `/announcements/${id}/schedule`, { sendAt: justNow });
    expect(now.status).toBe(200);
    expect(Date.parse(String(now.body.sendAt))).toBeGreaterThanOrEqual(Date.parse(justNow) + 20_000);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const other = await approved();
    const scheduled = await editor.request('POST', `/announcements/${other}/schedule`, { sendAt: later });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', sendAt: later });
    expect((await editor.request('POST', `/announcements/${other}/cancel`)).status).toBe(200);
  });

  it('previews the audience: how many match, and how many each lane reaches now', async () => {
    const db = system.database.db;
    const now = Date.now();
    const row = (id: string, extra: Partial<typeof citizensTable.$inferInsert>) => ({
      zaloUserId: id,
      following: true,
      lastInteractionAt: new Date(now - DAY_MS),
      tags: ['preview'],
      ...extra,
    });
    await db
      .insert(citizensTable)
      .values([
        row('p-inside-1', { communeCode: '07103' }),
        row('p-inside-2', { communeCode: '07103', language: 'en' }),
        row('p-outside', { communeCode: '07103', lastInteractionAt: new Date(now - 10 * DAY_MS) }),
        row('p-closed', { communeCode: '07103', sendWindowClosedAt: new Date(now - 3600_000) }),
        row('p-left', { communeCode: '07103', following: false }),
        row('p-unsubscribed', { communeCode: '07103' }),
        row('p-elsewhere', { communeCode: '07005' }),
      ]);
    await db.insert(announcementSubscriptions).values([
      { citizenId: 'p-inside-1', topics: ['health'] },
      { citizenId: 'p-unsubscribed', topics: ['health'], unsubscribedAt: new Date() },
    ]);
    // Saved (GET …/:id/preview) and while composing (POST …/preview): the same counts.
    const preview = async (audience: unknown) => {
      const id = String((await editor.request('POST', '/announcements', { content: CONTENT, audience })).body.id);
      const answer = await viewer.request('GET', `/announcements/${id}/preview`);
      expect(answer.status).toBe(200);
      const composing = await editor.request('POST', '/announcements/preview', { audience });
      expect(composing.status).toBe(200);
      expect(composing.body).toEqual(answer.body);
      return answer.body;
    };
    expect(await preview({ tags: ['preview'], communes: ['07103'] })).toEqual({
      matching: 6,
      messageLane: 2,
      articleLane: 2,
      skipped: { notFollowing: 1, unsubscribed: 1 },
    });
    expect(await preview({ tags: ['preview'], languages: ['en'] })).toMatchObject({ matching: 1, messageLane: 1 });
    expect(await preview({ tags: ['preview'], topics: ['health'] })).toEqual({
      matching: 2,
      messageLane: 1,
      articleLane: 0,
      skipped: { notFollowing: 0, unsubscribed: 1 },
    });
  });

  it('sends the English version to English speakers, and the report lists every recipient', async () => {
    const [english] = await makeFollowers({
      baseUrl: system.url,
      db: system.database.db,
      count: 1,
      tag: 'english',
      language: 'en',
    });
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['english'] } });
    await waitUntilDelivered(viewer, id);
    const [message] = await deliveredTo(system.url, english ?? '');
    expect(message?.body.message?.text).toContain('Dear citizen: the your commune health station');
    // What an office opens in Excel: UTF-8 with its byte order mark, Vietnamese by default, Vietnam's clock.
    const report = await viewer.download(`/announcements/${id}/report`);
    expect(report.status).toBe(200);
    expect([...report.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-').reverse().join('-');
    expect(decodeURIComponent(report.disposition.split("UTF-8''")[1] ?? '')).toBe(
      `Thông báo ${CONTENT.vi.title} (${today}).csv`,
    );
    expect(report.disposition).toMatch(/^attachment; filename="Thong bao [\x20-\x7e]+\.csv"/);
    const lines = (csv: Buffer) => csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    const vietnamTime = '\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}';
    expect(lines(report.bytes)).toEqual([
      'Mã người dùng Zalo,Cách gửi,Trạng thái,Lý do,Đưa vào hàng gửi lúc,Gửi lúc',
      expect.stringMatching(new RegExp(`^="${english}",Tin nhắn,Đã gửi,,${vietnamTime},${vietnamTime}$`)),
    ]);
    const [, queuedDay] = /,(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):/.exec(lines(report.bytes)[1] ?? '') ?? [];
    expect(queuedDay).toBe(today.slice(0, 2));
    // In the official's language when asked.
    const inEnglish = await viewer.download(`/announcements/${id}/report?language=en`);
    expect(lines(inEnglish.bytes)).toEqual([
      'Zalo user id,Lane,Status,Reason,Queued at,Sent at',
      expect.stringMatching(new RegExp(`^="${english}",Message,Sent,,${vietnamTime},${vietnamTime}$`)),
    ]);
    expect(decodeURIComponent(inEnglish.disposition.split("UTF-8''")[1] ?? '')).toBe(
      `Announcement ${CONTENT.en.title} (${today}).csv`,
    );
  });

  it('takes a scheduled announcement back to a draft to edit it: approved again before it goes', async () => {
    const [citizen] = await makeFollowers({ baseUrl: system.url, db: system.database.db, count: 1, tag: 'reopen' });
    const sendAt = new Date(Date.now() + 3000);
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['reopen'] } }, { sendAt });
    expect((await viewer.request('POST', `/announcements/${id}/reopen`)).status).toBe(403);
    const reopened = await editor.request('POST', `/announcements/${id}/reopen`);
    expect(reopened.body).toMatchObject({ status: 'draft', sendAt: null, approvedBy: null, approvedAt: null });
    const text = 'Kính gửi {{name}}: lịch tiêm đổi sang chiều thứ Bảy.';
    const edited = await editor.request('PATCH', `/announcements/${id}`, { content: { vi: { ...CONTENT.vi, text } } });
    expect(edited.status).toBe(200);
    // Its old time passes: nothing goes, it is a draft.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await deliveredTo(system.url, citizen ?? '')).toEqual([]);
    expect((await editor.request('POST', `/announcements/${id}/schedule`, {})).status).toBe(409);
    expect((await editor.request('POST', `/announcements/${id}/submit`)).status).toBe(200);
    expect((await approver.request('POST', `/announcements/${id}/approve`)).status).toBe(200);
    expect((await editor.request('POST', `/announcements/${id}/schedule`, {})).status).toBe(200);
    await waitUntilDelivered(viewer, id);
    const messages = await deliveredTo(system.url, citizen ?? '');
    expect(messages.map((item) => item.body.message?.text)).toEqual([expect.stringContaining('chiều thứ Bảy')]);
    // Once sending has started, it is no longer taken back.
    expect((await editor.request('POST', `/announcements/${id}/reopen`)).status).toBe(409);
  });

  it('capitalises the form of address of a citizen without a shared name at the start of a sentence', async () => {
    const [citizen] = await makeFollowers({ baseUrl: system.url, db: system.database.db, count: 1, tag: 'no-name' });
    const text = '{{name}} lưu ý: trạm y tế {{commune}} tiêm vắc-xin sởi. Kính gửi {{name}} lịch tiêm.';
    const id = await sendAnnouncement(editor, approver, {
      content: { vi: { ...CONTENT.vi, text } },
      audience: { tags: ['no-name'] },
    });
    await waitUntilDelivered(viewer, id);
    const [message] = await deliveredTo(system.url, citizen ?? '');
    expect(message?.body.message?.text).toContain(
      'Anh/chị lưu ý: trạm y tế địa phương tiêm vắc-xin sởi. Kính gửi anh/chị lịch tiêm.',
    );
  });

  it('sends an English speaker the Vietnamese version in Vietnamese throughout when there is no English one', async () => {
    const tag = 'english-without-version';
    const [english] = await makeFollowers({
      baseUrl: system.url,
      db: system.database.db,
      count: 1,
      tag,
      language: 'en',
    });
    const id = await sendAnnouncement(editor, approver, { content: { vi: CONTENT.vi }, audience: { tags: [tag] } });
    await waitUntilDelivered(viewer, id);
    const [message] = await deliveredTo(system.url, english ?? '');
    // What is not known of them is filled in the version's language: no "Kính gửi citizen", no "your commune".
    expect(message?.body.message?.text).toContain('Kính gửi anh/chị: trạm y tế địa phương tiêm vắc-xin sởi');
    expect(message?.body.message?.attachment?.payload?.buttons?.map((button) => button.title)).toEqual([
      'Xem chi tiết',
      'Gọi trạm y tế',
    ]);
  });

  it('audits the languages an announcement is written in as it is created, edited, submitted and approved', async () => {
    const created = await editor.request('POST', '/announcements', { content: { vi: CONTENT.vi } });
    const id = String(created.body.id);
    expect((await editor.request('PATCH', `/announcements/${id}`, { content: CONTENT })).status).toBe(200);
    expect((await editor.request('POST', `/announcements/${id}/submit`)).status).toBe(200);
    expect((await approver.request('POST', `/announcements/${id}/approve`)).status).toBe(200);
    const rows = await system.database.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'announcement'), eq(auditLog.targetId, id)))
      .orderBy(auditLog.id);
    expect(rows).toMatchObject([
      { action: 'announcement.create', after: { languages: ['vi'] } },
      { action: 'announcement.update', before: { languages: ['vi'] }, after: { languages: ['vi', 'en'] } },
      { action: 'announcement.submit', after: { languages: ['vi', 'en'] } },
      { action: 'announcement.approve', after: { status: 'approved', languages: ['vi', 'en'] } },
    ]);
  });

  it('holds it for followers outside the window (article lane) and skips those who left', async () => {
    const db = system.database.db;
    const [outside] = await makeFollowers({
      baseUrl: system.url,
      db,
      count: 1,
      tag: 'lanes',
      lastInteractionAt: new Date(Date.now() - 10 * DAY_MS),
    });
    const [left] = await makeFollowers({ baseUrl: system.url, db, count: 1, tag: 'lanes' });
    await db
      .update(citizensTable)
      .set({ following: false, unfollowedAt: new Date() })
      .where(eq(citizensTable.zaloUserId, left ?? ''));
    const withImage = { ...CONTENT, vi: { ...CONTENT.vi, imageUrl: 'https://example.gov.vn/tiem-chung.png' } };
    const id = await sendAnnouncement(editor, approver, { content: withImage, audience: { tags: ['lanes'] } });
    const progress = await eventually(async () => {
      const current = await progressOf(viewer, id);
      return current.status === 'sent' && current.held === 1 && current;
    });
    expect(progress).toMatchObject({ total: 2, held: 1, sent: 0, skipped: { not_following: 1 } });
    expect(progress.lanes).toEqual({ message: 0, article: 1 });
    expect(await countAnnouncements(system.url, outside ?? '', TITLE)).toBe(0);

    // Meanwhile the OA's article broadcast reaches them (Zalo delivers it to its followers), once.
    const article = await eventually(async () => {
      const current = (await viewer.request('GET', `/announcements/${id}`)).body.article as { status: string | null };
      return current.status === 'broadcast' && current;
    });
    expect(article).toMatchObject({ status: 'broadcast', id: expect.any(String) });
    const broadcasts = (await deliveredTo(system.url, outside ?? '')).filter(
      (item) => (item.body as { broadcast?: boolean }).broadcast,
    );
    expect(broadcasts).toHaveLength(1);
    expect(await db.select().from(announcementArticleQuota)).toEqual([
      expect.objectContaining({ used: 1, month: expect.stringMatching(/^\d{4}-\d{2}$/) }),
    ]);

    // Back in the chat: the announcement reaches them after the reply to what they wrote.
    await zalo.say(outside ?? '', { type: 'text', text: 'xin chào' });
    await eventually(async () => (await countAnnouncements(system.url, outside ?? '', TITLE)) === 1);
    expect(await countAnnouncements(system.url, left ?? '', TITLE)).toBe(0);

    // The OA's monthly quota used up: Zalo answers -211, recorded as such, not retried.
    await zalo.api('/faults', { broadcastQuotaPerMonth: 1 });
    await makeFollowers({
      baseUrl: system.url,
      db,
      count: 1,
      tag: 'quota',
      lastInteractionAt: new Date(Date.now() - 10 * DAY_MS),
    });
    const second = await sendAnnouncement(editor, approver, { content: withImage, audience: { tags: ['quota'] } });
    await eventually(async () => {
      const current = (await viewer.request('GET', `/announcements/${second}`)).body.article as { status: string };
      return current.status === 'quota_exhausted';
    });
    expect(await db.select().from(announcementArticleQuota)).toEqual([expect.objectContaining({ used: 1 })]);
  });
});
