import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { announcementSubscriptions } from '../../../src/announcements/index.js';
import { citizens } from '../../../src/citizens/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import {
  buttonsOf,
  createAccount,
  signInFirstAdmin,
  texts,
  ZaloCitizens,
  type AdminApi,
} from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';
import { deliveredTo, makeFollowers, sendAnnouncement, settle } from './harness.js';

/** The sandbox's Phường Kinh Bắc (province 24). */
const KINH_BAC = '07103';
const CONTENT = {
  vi: { title: 'Lịch tiêm chủng', text: 'Kính gửi {{name}}: trạm y tế {{commune}} tiêm vắc-xin sởi sáng thứ Bảy.' },
};

/**
 * A citizen manages the announcements they receive in chat, over the signed webhook like any conversation: the
 * topics officials configured (the first subscription records consent), their commune (typed loosely), "hủy đăng
 * ký"; announcements then reach them by topic and commune with the commune's name filled in, and no longer once they
 * unsubscribed or unfollowed the OA.
 */
describe('subscriptions in chat', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let approver: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    // Sent at any hour the tests run: quiet hours have their own test.
    system = await startTestSystem({ env: { ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    admin = await signInFirstAdmin(system);
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    zalo = ZaloCitizens.of(system);
    // Migrations and accounts: slow on a busy machine, on PGlite above all.
  }, 120_000);
  afterAll(() => system?.destroy());

  it("lists the province's communes by name and refuses an audience naming a commune code it does not know", async () => {
    const communes = await approver.request('GET', '/announcements/communes');
    expect(communes.status).toBe(200);
    const items = communes.body.items as { code: string; name: string }[];
    expect(items).toContainEqual({ code: KINH_BAC, name: 'Phường Kinh Bắc' });
    expect(items.length).toBeGreaterThan(10);

    const refused = await approver.request('POST', '/announcements', {
      content: CONTENT,
      audience: { communes: [KINH_BAC, 'x'] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'ANNOUNCEMENT_UNKNOWN_COMMUNE', errors: { communes: ['x'] } });
    const created = await approver.request('POST', '/announcements', {
      content: CONTENT,
      audience: { communes: [KINH_BAC] },
    });
    expect(created.status).toBe(201);
    const edited = await approver.request('PATCH', `/announcements/${String(created.body.id)}`, {
      audience: { communes: ['99999'] },
    });
    expect(edited.status).toBe(422);
    expect(edited.body).toMatchObject({ errors: { communes: ['99999'] } });
  });

  it('subscribes with consent, sets the commune, receives by topic and commune, then stops', async () => {
    const db = system.database.db;
    const topics = [
      { code: 'health', vi: 'Y tế', en: 'Health' },
      { code: 'education', vi: 'Giáo dục', en: 'Education' },
    ];
    expect((await admin.request('PUT', '/announcements/topics', { items: [...topics, ...topics] })).status).toBe(400);
    // A label longer than a Zalo button shows is refused with the field named, never stored cut.
    const tooLong = await admin.request('PUT', '/announcements/topics', {
      items: [{ code: 'y-te', vi: 'Y tế và dịch bệnh cộng đồng' }],
    });
    expect(tooLong).toMatchObject({ status: 400, contentType: expect.stringContaining('application/problem+json') });
    expect(JSON.stringify(tooLong.body)).toContain('items.0.vi');
    expect((await admin.request('PUT', '/announcements/topics', { items: topics })).body).toEqual({ items: topics });
    expect((await approver.request('GET', '/announcements/topics')).body).toEqual({ items: topics });
    const audited = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.action, 'announcement.topics'));
    expect(audited).toHaveLength(1);

    const citizen = await zalo.create('Trần Văn Minh');
    await zalo.say(citizen, { type: 'follow' });
    const say = (text: string) => zalo.say(citizen, { type: 'text', text });

    const list = await say('đăng ký nhận tin');
    expect(texts(list)).toContain('○ Y tế');
    expect(buttonsOf(list).map((button) => button.title)).toEqual(['Y tế', 'Giáo dục', 'Xã/phường của tôi']);
    const health = buttonsOf(list).find((button) => button.title === 'Y tế');
    expect(health?.payload).toBe('#subscription health');
    const consent = await say(String(health?.payload));
    expect(texts(consent)).toContain('có đồng ý không');
    // Not stored before the citizen agrees.
    expect(await db.select().from(announcementSubscriptions)).toEqual([]);
    const subscribed = await say('Đồng ý');
    expect(texts(subscribed)).toContain('Đã đăng ký chủ đề "Y tế"');
    expect(texts(subscribed)).toContain('✓ Y tế (đã đăng ký)');
    const [row] = await db.select().from(announcementSubscriptions);
    expect(row).toMatchObject({ citizenId: citizen, topics: ['health'], unsubscribedAt: null });
    expect(row?.consentedAt).toBeInstanceOf(Date);
    expect(row?.consentText).toContain('có đồng ý không');

    const commune = buttonsOf(subscribed).find((button) => button.title === 'Xã/phường của tôi');
    expect(texts(await say(String(commune?.payload)))).toContain('tên xã/phường');
    expect(texts(await say('không có xã này'))).toContain('chưa tìm thấy xã/phường này');
    const set = await say('phuong kinh bac');
    expect(texts(set)).toContain('Phường Kinh Bắc');
    expect(texts(set)).toContain('Xã/phường của anh/chị: Phường Kinh Bắc');
    const [stored] = await db
      .select({ communeCode: citizens.communeCode })
      .from(citizens)
      .where(eq(citizens.zaloUserId, citizen));
    expect(stored?.communeCode).toBe(KINH_BAC);

    // By topic: the commune's name in the text, not its code; others are not in the audience.
    await makeFollowers({ baseUrl: system.url, db, count: 2, tag: 'others' });
    const byTopic = await sendAnnouncement(admin, approver, { content: CONTENT, audience: { topics: ['health'] } });
    const progress = await settle(approver, byTopic, (p) => p.status === 'sent' && p.queued === 0);
    expect(progress).toMatchObject({ total: 1, pending: 0 });
    const received = await eventually(async () => {
      const items = (await deliveredTo(system.url, citizen)).filter((item) =>
        item.body.message?.text?.includes('Lịch tiêm chủng'),
      );
      return items.length > 0 && items;
    });
    expect(received).toHaveLength(1);
    // The catalogue's "Phường Kinh Bắc", its unit word in lower case within the sentence.
    expect(received[0]?.body.message?.text).toContain('trạm y tế phường Kinh Bắc tiêm');
    expect(received[0]?.body.message?.text).not.toContain(KINH_BAC);

    // "hủy đăng ký" stops everything once confirmed (the topics one tap away, and "Vẫn nhận" keeps them); a neighbour
    // who unfollowed the OA is skipped too.
    const asked = await say('hủy đăng ký');
    expect(texts(asked)).toContain('kể cả tin khẩn');
    expect(buttonsOf(asked).map((button) => button.title)).toEqual(['Chọn chủ đề', 'Ngừng tất cả', 'Vẫn nhận']);
    expect(texts(await say('vẫn nhận'))).toContain('vẫn nhận thông báo như trước');
    expect(await db.select().from(announcementSubscriptions)).toEqual([
      expect.objectContaining({ unsubscribedAt: null }),
    ]);
    await say('hủy đăng ký');
    // A plain "có" answers the question too.
    const stopped = await say('có');
    expect(texts(stopped)).toContain('Đã hủy đăng ký');
    expect(buttonsOf(stopped).map((button) => button.payload)).toEqual(['#subscriptions']);
    expect(await db.select().from(announcementSubscriptions)).toEqual([
      expect.objectContaining({ topics: [], unsubscribedAt: expect.any(Date) }),
    ]);
    const [neighbour] = await makeFollowers({ baseUrl: system.url, db, count: 1, tag: 'n', communeCode: KINH_BAC });
    await zalo.api(`/citizens/${neighbour}/send`, { type: 'unfollow' });
    await eventually(async () => {
      const [left] = await db
        .select({ following: citizens.following })
        .from(citizens)
        .where(and(eq(citizens.zaloUserId, neighbour ?? ''), eq(citizens.following, false)));
      return left !== undefined;
    });
    // Consent withdrawn: the commune went with the topics.
    const [forgotten] = await db
      .select({ communeCode: citizens.communeCode })
      .from(citizens)
      .where(eq(citizens.zaloUserId, citizen));
    expect(forgotten?.communeCode).toBeNull();
    const toAll = await sendAnnouncement(admin, approver, { content: CONTENT, audience: {} });
    const after = await settle(approver, toAll, (p) => p.status === 'sent' && p.queued === 0);
    expect(after).toMatchObject({ total: 4, skipped: { unsubscribed: 1, not_following: 1 } });

    // The commune alone is kept only with consent too, asked once the commune is found.
    const other = await zalo.create('Lê Thị Hoa');
    await zalo.say(other, { type: 'follow' });
    const sayOther = (text: string) => zalo.say(other, { type: 'text', text });
    const otherCommune = buttonsOf(await sayOther('đăng ký nhận tin')).find(
      (button) => button.title === 'Xã/phường của tôi',
    );
    await sayOther(String(otherCommune?.payload));
    expect(texts(await sayOther('phuong kinh bac'))).toContain('có đồng ý không');
    const communeOf = async (id: string) =>
      (await db.select({ code: citizens.communeCode }).from(citizens).where(eq(citizens.zaloUserId, id)))[0]?.code;
    expect(await communeOf(other)).toBeNull();
    expect(texts(await sayOther('Đồng ý'))).toContain('Đã ghi nhận xã/phường của anh/chị: Phường Kinh Bắc');
    expect(await communeOf(other)).toBe(KINH_BAC);
    const [otherRow] = await db
      .select()
      .from(announcementSubscriptions)
      .where(eq(announcementSubscriptions.citizenId, other));
    expect(otherRow).toMatchObject({
      topics: [],
      unsubscribedAt: null,
      consentText: expect.stringContaining('xã/phường'),
    });
  }, 120_000);
});
