import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementSubscriptions } from '../../../src/announcements/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import {
  buttonsOf,
  signInFirstAdmin,
  texts,
  ZaloCitizens,
  type AdminApi,
  type ConversationItem,
} from '../admin-flows/clients.js';

/** One turn of a dialog table: what the citizen types or taps, what the answer says and does not say, its buttons. */
interface Turn {
  say?: string;
  tap?: string;
  answer: string[];
  not?: string[];
  buttons?: string[];
}

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
    zalo = ZaloCitizens.of(system);
  }, 120_000);
  afterAll(() => system?.destroy());

  const setTopics = async (items: { code: string; vi: string; en: string }[]) =>
    expect((await admin.request('PUT', '/announcements/topics', { items })).status).toBe(200);
  const rowOf = async (citizen: string) =>
    (
      await system.database.db
        .select()
        .from(announcementSubscriptions)
        .where(eq(announcementSubscriptions.citizenId, citizen))
    )[0];

  /** Plays a dialog table as a citizen who follows the OA, tapping buttons as the phone does (their payload sent). */
  const talk = async (citizen: string, turns: Turn[]) => {
    let last: ConversationItem[] = [];
    for (const turn of turns) {
      const label = turn.say ?? `[${String(turn.tap)}]`;
      let text = turn.say;
      if (turn.tap !== undefined) {
        const button = buttonsOf(last).find((candidate) => candidate.title === turn.tap);
        expect(button, `${label}: no such button in ${JSON.stringify(buttonsOf(last))}`).toBeDefined();
        text = String(button?.payload);
      }
      last = await zalo.say(citizen, { type: 'text', text });
      for (const words of turn.answer) expect(texts(last), label).toContain(words);
      for (const words of turn.not ?? []) expect(texts(last), label).not.toContain(words);
      if (turn.buttons)
        expect(
          buttonsOf(last).map((button) => button.title),
          label,
        ).toEqual(turn.buttons);
    }
  };
  const follower = async (name: string) => {
    const citizen = await zalo.create(name);
    await zalo.say(citizen, { type: 'follow' });
    return citizen;
  };

  it('no topics: a commune ends there; "hủy đăng ký" offers no topics, and once stopped asks nothing', async () => {
    await setTopics([]);
    const vi = await follower('Phan Thị Gấm');
    await talk(vi, [
      { say: 'đăng ký nhận tin', answer: ['Hiện chưa có chủ đề'], buttons: ['Xã/phường của tôi'] },
      { tap: 'Xã/phường của tôi', answer: ['tên xã/phường'] },
      { say: 'phuong kinh bac', answer: ['có đồng ý không'] },
      // Not the "no topics" text again, inviting a commune just given.
      { tap: 'Đồng ý', answer: ['Đã ghi nhận xã/phường của anh/chị: Phường Kinh Bắc'], not: ['Hiện chưa có chủ đề'] },
      {
        say: 'đăng ký nhận tin',
        answer: ['thông báo gửi cho xã/phường của mình: Phường Kinh Bắc'],
        not: ['có thể cho biết xã/phường'],
        buttons: ['Xã/phường của tôi'],
      },
      { say: 'hủy đăng ký', answer: ['kể cả tin khẩn'], not: ['Chọn chủ đề'], buttons: ['Ngừng tất cả', 'Vẫn nhận'] },
      { tap: 'Ngừng tất cả', answer: ['Đã hủy đăng ký'], buttons: ['Đăng ký lại'] },
      // Already stopped: told so, with no "Vẫn nhận" that would say announcements keep coming.
      { say: 'hủy đăng ký', answer: ['đã hủy đăng ký nhận thông báo trước đó'], buttons: ['Đăng ký lại'] },
      {
        tap: 'Đăng ký lại',
        answer: ['hiện không nhận thông báo nào'],
        not: ['vẫn nhận'],
        buttons: ['Nhận lại thông báo'],
      },
      {
        tap: 'Nhận lại thông báo',
        answer: ['Đã đăng ký lại', 'chưa có chủ đề nào để chọn'],
        buttons: ['Xã/phường của tôi'],
      },
    ]);
    expect(await rowOf(vi)).toMatchObject({ topics: [], unsubscribedAt: null, consentedAt: null, consentText: null });
    // The consent withdrawn by "hủy đăng ký" is asked for again before the commune is kept anew.
    await talk(vi, [
      { say: 'đăng ký nhận tin', answer: ['Hiện chưa có chủ đề'], buttons: ['Xã/phường của tôi'] },
      { tap: 'Xã/phường của tôi', answer: ['tên xã/phường'] },
      { say: 'phuong kinh bac', answer: ['có đồng ý không'] },
      {
        tap: 'Không đồng ý',
        answer: ['không lưu xã/phường của anh/chị', 'vẫn nhận các thông báo chung'],
        not: ['không lưu chủ đề'],
      },
    ]);

    const en = await follower('Anna Smith');
    await talk(en, [
      { say: 'English', answer: ['in English'] },
      { say: 'subscribe', answer: ['There are no announcement topics'], buttons: ['My commune'] },
      { tap: 'My commune', answer: ['commune or ward you live in'] },
      { say: 'Kinh Bac ward', answer: ['Do you agree?'] },
      { tap: 'I agree', answer: ['Your commune is now Phường Kinh Bắc'], not: ['There are no announcement topics'] },
      { say: 'subscribe', answer: ['those sent to your commune, Phường Kinh Bắc'], buttons: ['My commune'] },
      { say: 'unsubscribe', answer: ['urgent ones included'], not: ['Choose topics'] },
      { tap: 'Stop them all', answer: ['Unsubscribed'], buttons: ['Subscribe again'] },
      {
        say: 'unsubscribe',
        answer: ['You had already unsubscribed'],
        not: ['keep receiving'],
        buttons: ['Subscribe again'],
      },
      { tap: 'Subscribe again', answer: ['you receive no announcements'], buttons: ['Receive them again'] },
      { tap: 'Receive them again', answer: ['Subscribed again', 'no topics to choose from yet'] },
      { tap: 'My commune', answer: ['commune or ward you live in'] },
      { say: 'Kinh Bac ward', answer: ['Do you agree?'] },
    ]);
  }, 120_000);

  it('after "hủy đăng ký" a topic asks for consent again; declined, nothing is kept or said to come', async () => {
    await setTopics([{ code: 'health', vi: 'Y tế', en: 'Health' }]);
    const vi = await follower('Đỗ Văn Hùng');
    await talk(vi, [
      { say: 'đăng ký nhận tin', answer: ['○ Y tế'] },
      { tap: 'Y tế', answer: ['có đồng ý không'] },
      { tap: 'Đồng ý', answer: ['Đã đăng ký chủ đề "Y tế"'] },
      { say: 'hủy đăng ký', answer: ['kể cả tin khẩn'], buttons: ['Chọn chủ đề', 'Ngừng tất cả', 'Vẫn nhận'] },
      { tap: 'Ngừng tất cả', answer: ['Đã hủy đăng ký'] },
    ]);
    const stopped = await rowOf(vi);
    expect(stopped).toMatchObject({ topics: [], consentedAt: null, consentText: null });
    expect(stopped?.unsubscribedAt).toBeInstanceOf(Date);
    await talk(vi, [
      // A topic of a list shown before the stop, tapped now.
      { say: '#subscription health', answer: ['có đồng ý không'], not: ['Đã đăng ký chủ đề'] },
      { tap: 'Không đồng ý', answer: ['vẫn không nhận thông báo nào'], not: ['vẫn nhận các thông báo chung'] },
    ]);
    expect(await rowOf(vi)).toMatchObject({ topics: [], unsubscribedAt: stopped?.unsubscribedAt, consentedAt: null });
    await talk(vi, [
      { say: 'đăng ký nhận tin', answer: ['hiện không nhận thông báo nào'], buttons: ['Nhận lại thông báo'] },
      {
        tap: 'Nhận lại thông báo',
        answer: ['Đã đăng ký lại', '○ Y tế'],
        buttons: ['Y tế', 'Xã/phường của tôi'],
      },
      { tap: 'Y tế', answer: ['có đồng ý không'] },
      { tap: 'Đồng ý', answer: ['Đã đăng ký chủ đề "Y tế"', '✓ Y tế (đã đăng ký)'] },
    ]);
    const again = await rowOf(vi);
    expect(again).toMatchObject({ topics: ['health'], unsubscribedAt: null });
    expect(again?.consentedAt?.getTime()).toBeGreaterThan(stopped?.unsubscribedAt?.getTime() ?? Infinity);

    const en = await follower('Ben Jones');
    await talk(en, [
      { say: 'English', answer: ['in English'] },
      { say: 'subscribe', answer: ['○ Health'] },
      { tap: 'Health', answer: ['Do you agree?'] },
      { tap: 'I agree', answer: ['Subscribed to "Health"'] },
      {
        say: 'unsubscribe',
        answer: ['urgent ones included'],
        buttons: ['Choose topics', 'Stop them all', 'Keep receiving'],
      },
      { tap: 'Stop them all', answer: ['Unsubscribed'] },
      { say: '#subscription health', answer: ['Do you agree?'] },
      { tap: 'I do not agree', answer: ['you still receive no announcements'] },
    ]);

    // Stopped before the consent was cleared on stopping: the old consent is not taken as still given.
    const earlier = await follower('Vũ Thị Lan');
    const past = new Date(Date.now() - 86_400_000);
    await system.database.db.insert(announcementSubscriptions).values({
      citizenId: earlier,
      topics: [],
      unsubscribedAt: past,
      consentedAt: new Date(past.getTime() - 86_400_000),
      consentText: 'an earlier consent',
    });
    await talk(earlier, [{ say: '#subscription health', answer: ['có đồng ý không'] }]);
  }, 120_000);

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
