import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementSubscriptions } from '../../../src/announcements/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';

/**
 * A new citizen subscribes the way the phone does it: every answer is a tapped button (its payload sent), the topic
 * chosen before the consent question is the one subscribed once they agree; "hủy đăng ký" then forgets it.
 */
describe('subscribing by tapping buttons', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem({ env: { ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    admin = await signInFirstAdmin(system);
    zalo = new ZaloCitizens(system.url);
  }, 120_000);
  afterAll(() => system?.destroy());

  it('a new citizen taps a topic, then Đồng ý: subscribed; hủy đăng ký forgets it', async () => {
    const topics = [{ code: 'health', vi: 'Y tế', en: 'Health' }];
    expect((await admin.request('PUT', '/announcements/topics', { items: topics })).status).toBe(200);
    const citizen = await zalo.create('Hoàng Văn Em');
    await zalo.say(citizen, { type: 'follow' });
    const tap = (items: Awaited<ReturnType<ZaloCitizens['say']>>, title: string) => {
      const button = buttonsOf(items).find((candidate) => candidate.title === title);
      expect(button, `no button "${title}" in ${JSON.stringify(buttonsOf(items))}`).toBeDefined();
      return zalo.say(citizen, { type: 'text', text: String(button?.payload) });
    };

    const list = await zalo.say(citizen, { type: 'text', text: 'đăng ký nhận tin' });
    // No commune chosen yet: said so, not left blank.
    expect(texts(list)).toContain('Xã/phường của anh/chị: chưa chọn');
    const consent = await tap(list, 'Y tế');
    expect(texts(consent)).toContain('có đồng ý không');
    const subscribed = await tap(consent, 'Đồng ý');
    expect(texts(subscribed)).toContain('Đã đăng ký chủ đề "Y tế"');
    expect(texts(subscribed)).toContain('✓ Y tế (đã đăng ký)');
    const rows = () =>
      system.database.db
        .select()
        .from(announcementSubscriptions)
        .where(eq(announcementSubscriptions.citizenId, citizen));
    expect((await rows())[0]).toMatchObject({ topics: ['health'], unsubscribedAt: null });

    expect(texts(await zalo.say(citizen, { type: 'text', text: 'hủy đăng ký' }))).toContain('kể cả tin khẩn');
    expect(texts(await zalo.say(citizen, { type: 'text', text: 'Ngừng tất cả' }))).toContain('Đã hủy đăng ký');
    expect((await rows())[0]).toMatchObject({ topics: [] });
    const mine = texts(await zalo.say(citizen, { type: 'text', text: 'dữ liệu của tôi' }));
    expect(mine).not.toContain('Đăng ký nhận thông báo: 1');
  }, 120_000);
});
