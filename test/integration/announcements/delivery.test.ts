import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { citizens as citizensTable } from '../../../src/citizens/index.js';
import { eventually } from '../zalo/harness.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';
import {
  CONTENT,
  countAnnouncements,
  FOLLOWERS,
  deliveredTo,
  makeFollowers,
  progressOf,
  sendAnnouncement,
  waitUntilDelivered,
} from './harness.js';

const TITLE = CONTENT.vi.title;

/**
 * Announcements delivered to simulated followers on the composed server, through the Zalo sandbox over real HTTP:
 * exactly once each, replies not waiting behind it, pause, resume and cancel.
 */
describe('announcement delivery', () => {
  let system: TestSystem;
  let editor: AdminApi;
  let approver: AdminApi;
  let viewer: AdminApi;
  let admin: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    // Sent at any hour the tests run: quiet hours have their own test.
    system = await startTestSystem({ env: { ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
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

  it('reaches every follower exactly once, while a citizen chatting meanwhile gets replies', async () => {
    const ids = await makeFollowers({ baseUrl: system.url, db: system.database.db, count: FOLLOWERS, tag: 'bulk' });
    await system.database.db
      .update(citizensTable)
      .set({ contactName: 'Nguyễn Văn An', communeCode: '07103' }) // the sandbox's Phường Kinh Bắc (province 24)
      .where(eq(citizensTable.zaloUserId, ids[0] ?? ''));
    // A follower of the same audience chatting with the bot during the broadcast.
    const chatting = await zalo.create('Công dân đang hỏi');
    await zalo.say(chatting, { type: 'follow' });
    // Its citizen row is written when the follow event is handled, which a busy machine may not have done yet.
    await eventually(
      async () =>
        (
          await system.database.db
            .update(citizensTable)
            .set({ tags: ['bulk'] })
            .where(eq(citizensTable.zaloUserId, chatting))
            .returning({ id: citizensTable.zaloUserId })
        ).length === 1,
    );

    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['bulk'] } });
    // The bot answers them while the broadcast is under way (its replies go ahead of the broadcast's messages).
    const before = await zalo.lastSeq(chatting);
    await zalo.api(`/citizens/${chatting}/send`, { type: 'text', text: 'trợ giúp' });
    const reply = await eventually(async () =>
      (await deliveredTo(system.url, chatting)).find(
        (item) => item.seq > before && !item.body.message?.text?.includes(TITLE),
      ),
    );
    expect(reply.body.message?.text).toBeTruthy();

    const progress = await waitUntilDelivered(viewer, id);
    expect(progress).toMatchObject({ total: FOLLOWERS + 1, sent: FOLLOWERS + 1, failed: 0, held: 0, skipped: {} });
    expect(progress.lanes).toEqual({ message: FOLLOWERS + 1, article: 0 });
    const counts = await Promise.all(
      [...ids, chatting].map((citizen) => countAnnouncements(system.url, citizen, TITLE)),
    );
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    const first = (await deliveredTo(system.url, ids[0] ?? '')).at(-1);
    // The catalogue's "Phường Kinh Bắc", its unit word in lower case within the sentence.
    expect(first?.body.message?.text).toContain('Kính gửi Nguyễn Văn An: trạm y tế phường Kinh Bắc');
    expect(first?.body.message?.attachment?.payload?.buttons?.map((button) => button.title)).toEqual([
      'Xem chi tiết',
      'Gọi trạm y tế',
    ]);

    const report = await viewer.request('GET', `/announcements/${id}/report`);
    expect(report.status).toBe(200);
    expect(report.contentType).toContain('text/csv');
    expect(await auditActions(id)).toEqual([
      'announcement.create',
      'announcement.submit',
      'announcement.approve',
      'announcement.schedule',
      'announcement.sending',
      'announcement.sent',
      'announcement.report',
    ]);
  }, 120_000);

  // Paused and cancelled before their time comes, whatever the machine's speed (a few recipients are handed over in
  // one batch, sooner than a request can follow): a cancel in the middle of sending is live-progress.test.ts's.
  const soon = () => new Date(Date.now() + 3000);

  it('pauses, resumes, and cancels: each follower reached at most once', async () => {
    const db = system.database.db;
    const paused = await makeFollowers({ baseUrl: system.url, db, count: FOLLOWERS / 5, tag: 'pause' });
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['pause'] } }, { sendAt: soon() });
    expect((await editor.request('POST', `/announcements/${id}/pause`)).body.status).toBe('paused');
    expect((await editor.request('POST', `/announcements/${id}/pause`)).status).toBe(409);
    const resumed = await editor.request('POST', `/announcements/${id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'scheduled', pausedFrom: null });
    expect((await waitUntilDelivered(viewer, id)).sent).toBe(FOLLOWERS / 5);
    const counts = await Promise.all(paused.map((citizen) => countAnnouncements(system.url, citizen, TITLE)));
    expect(counts.filter((n) => n !== 1)).toEqual([]);

    const cancelled = await makeFollowers({ baseUrl: system.url, db, count: FOLLOWERS / 5, tag: 'cancel' });
    const other = await sendAnnouncement(editor, approver, { audience: { tags: ['cancel'] } }, { sendAt: soon() });
    expect((await editor.request('POST', `/announcements/${other}/cancel`)).body.status).toBe('cancelled');
    // Its time comes and goes: its fan-out finds it cancelled. Another one to the same followers, due after it (fan-outs
    // run one at a time, in order), is the marker that it has.
    const marker = await sendAnnouncement(editor, approver, { audience: { tags: ['cancel'] } }, { sendAt: soon() });
    await waitUntilDelivered(viewer, marker);
    const settled = await progressOf(viewer, other);
    expect(settled).toMatchObject({ status: 'cancelled', total: 0, sent: 0 });
    const reached = await Promise.all(cancelled.map((citizen) => countAnnouncements(system.url, citizen, TITLE)));
    // The marker only: the cancelled one reached nobody.
    expect(reached.filter((n) => n !== 1)).toEqual([]);
    expect((await editor.request('POST', `/announcements/${other}/resume`)).status).toBe(409);
  }, 90_000);

  it("a citizen's erasure keeps the announcement's statistics, without naming them", async () => {
    const db = system.database.db;
    const [erased, kept] = await makeFollowers({ baseUrl: system.url, db, count: 2, tag: 'erase' });
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['erase'] } });
    const before = await waitUntilDelivered(viewer, id);
    expect(before).toMatchObject({ total: 2, sent: 2, skipped: {} });
    const reachBefore = (await viewer.request('GET', '/stats?days=7')).body.announcementReach;

    const erase = await admin.request('POST', `/citizens/${erased}/personal-data/erase`, { reference: 'Đơn số 12' });
    expect(erase.status).toBe(200);

    // The same counts, in the progress and on the home page: the delivery happened, whoever it was.
    expect(await progressOf(viewer, id)).toEqual(before);
    expect((await viewer.request('GET', '/stats?days=7')).body.announcementReach).toEqual(reachBefore);
    const report = await viewer.request('GET', `/announcements/${id}/report`);
    expect(report.text).not.toContain(erased);
    const lines = report.text.split('\r\n').filter(Boolean).slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.includes(kept ?? '-'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes(',Đã gửi,'))).toHaveLength(2);
  }, 60_000);
});
