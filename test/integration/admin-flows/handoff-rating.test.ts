import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

interface HandoffItem {
  id: string;
  citizenId: string;
  status: 'open' | 'taken' | 'closed';
  unit: string | null;
  unanswered: number;
  citizenLanguage: 'vi' | 'en';
  closedAt: string | null;
  closeNote: string | null;
  rating: number | null;
}

const HOUR_MS = 3_600_000;
const UNITS = [
  { code: 'so-xd', name: { vi: 'Sở Xây dựng' } },
  { code: 'so-tc', name: { vi: 'Sở Tài chính' } },
];

/**
 * After an official closes a hand-off, on the composed server with the sandbox Zalo over real HTTP: the citizen rates
 * the help once, by tapping or typing ("5", "4 sao", "rất hài lòng", "3 stars"); an old button tapped later is told
 * it was rated; officials see each closed hand-off with its rating and note. While an official has the conversation
 * the bot keeps silent: no outage notice, and a bot command gets one reminder of how to go back, not one per message.
 */
describe('a closed hand-off: rated once, by tap or typed, and seen by officials', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    // Always open: the texts do not depend on when the test runs.
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    citizens = new ZaloCitizens(system.url);
  });
  afterAll(() => system.destroy());

  async function liveOf(citizenId: string, ready: (item: HandoffItem) => boolean = () => true) {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const list = await official.request('GET', '/conversations/handoffs');
      const item = (list.body.items as HandoffItem[]).find((h) => h.citizenId === citizenId);
      if (item && ready(item)) return item;
      await sleep(25);
    }
    throw new Error(`the handoff of ${citizenId} never reached the expected state`);
  }

  /** What the OA sent the citizen after `after`, as it stands (no waiting). */
  async function sentSince(citizenId: string, after: number): Promise<number> {
    const page = await citizens.api<{ items: Array<{ direction: string }> }>(
      `/citizens/${citizenId}/conversation?after=${after}`,
    );
    return page.items.filter((item) => item.direction === 'out').length;
  }

  async function closedList(api: AdminApi, query = ''): Promise<HandoffItem[]> {
    const list = await api.request('GET', `/conversations/handoffs/closed${query}`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    return list.body.items as HandoffItem[];
  }

  async function closedOf(handoffId: string): Promise<HandoffItem | undefined> {
    return (await closedList(official)).find((item) => item.id === handoffId);
  }

  /** A citizen handed over, answered by the official and closed with a note; the closing messages they got. */
  async function answeredAndClosed(name: string, opening = 'gặp cán bộ', note = 'Đã hướng dẫn hồ sơ') {
    const citizenId = await citizens.create(name);
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: opening });
    const handoff = await liveOf(citizenId);
    const path = `/conversations/handoffs/${handoff.id}`;
    expect((await official.request('POST', `${path}/messages`, { text: 'Cán bộ xin trả lời.' })).status).toBe(202);
    const before = await citizens.lastSeq(citizenId);
    expect((await official.request('POST', `${path}/close`, { note })).status).toBe(200);
    let closing = await citizens.collect(citizenId, before);
    for (let attempt = 0; attempt < 40 && buttonsOf(closing).length < 5; attempt += 1) {
      closing = [...closing, ...(await citizens.collect(citizenId, closing.at(-1)?.seq ?? before))];
    }
    return { citizenId, handoffId: handoff.id, closing };
  }

  it('asks 1 to 5 in that order; a typed "5" rates; the old buttons later say it was rated, and change nothing', async () => {
    const { citizenId, handoffId, closing } = await answeredAndClosed('Trần Văn Hùng');
    // The same order as the feedback answer's rating and as the question reads ("từ 1 … đến 5"): a typed number is
    // the rating and the button at that place alike.
    const ratings = buttonsOf(closing).filter((button) => String(button.payload).startsWith('#handoff_rate'));
    expect(ratings.map((button) => button.title)).toEqual([
      '1 - Rất không hài lòng',
      '2 - Không hài lòng',
      '3 - Bình thường',
      '4 - Hài lòng',
      '5 - Rất hài lòng',
    ]);

    const typed = texts(await citizens.say(citizenId, { type: 'text', text: '5' }));
    expect(typed).toContain('Cảm ơn anh/chị đã đánh giá');
    expect(typed).not.toContain('chưa hiểu');
    expect(await closedOf(handoffId)).toMatchObject({ status: 'closed', rating: 5, closeNote: 'Đã hướng dẫn hồ sơ' });

    // Typed again: told it is rated (with the rating) and how to go on, not rated twice.
    const typedAgain = await citizens.say(citizenId, { type: 'text', text: '1' });
    expect(texts(typedAgain)).toContain('đã đánh giá lần trao đổi này với cán bộ: 5/5');
    expect(buttonsOf(typedAgain).map((button) => button.title)).toEqual(['Gặp cán bộ', 'Xem danh mục']);
    // The old "2" tapped afterwards: the same; the rating stays.
    const two = ratings.find((button) => button.title.startsWith('2'));
    const tappedAgain = await citizens.say(citizenId, { type: 'text', text: String(two?.payload) });
    expect(texts(tappedAgain)).toContain('đã đánh giá lần trao đổi này với cán bộ: 5/5');
    expect(await closedOf(handoffId)).toMatchObject({ rating: 5 });
    const metrics = await (await fetch(`${system.url}/metrics`)).text();
    expect(metrics).toMatch(/zalo_egov_handoff_ratings_total\{rating="5"\} 1\n/);
    expect(metrics).not.toMatch(/zalo_egov_handoff_ratings_total\{rating="[12]"\}/);
  });

  it('reads a rating typed with "sao" or in words, in Vietnamese and English', async () => {
    const stars = await answeredAndClosed('Nguyễn Thị Sao');
    expect(texts(await citizens.say(stars.citizenId, { type: 'text', text: '4 sao' }))).toContain('Cảm ơn');
    expect(await closedOf(stars.handoffId)).toMatchObject({ rating: 4 });

    const words = await answeredAndClosed('Phạm Văn Lời');
    expect(texts(await citizens.say(words.citizenId, { type: 'text', text: 'Rất hài lòng!' }))).toContain('Cảm ơn');
    expect(await closedOf(words.handoffId)).toMatchObject({ rating: 5 });

    const english = await answeredAndClosed('John Smith', 'I need to talk to a human');
    expect(texts(english.closing)).toContain("How satisfied are you with the official's help");
    const englishRatings = buttonsOf(english.closing).filter((b) => String(b.payload).startsWith('#handoff_rate'));
    expect(englishRatings.map((button) => button.title)[0]).toBe('1 - Very dissatisfied');
    expect(texts(await citizens.say(english.citizenId, { type: 'text', text: '3 stars' }))).toContain('Thank you');
    expect(await closedOf(english.handoffId)).toMatchObject({ rating: 3, citizenLanguage: 'en' });
    expect(texts(await citizens.say(english.citizenId, { type: 'text', text: 'very satisfied' }))).toContain(
      'already rated this conversation with an official: 3/5',
    );
  });

  it('a number answering something else is no rating: a question asked since, or a hand-off the citizen left', async () => {
    // The citizen asked for something else meanwhile: "5" answers the bot's question, not the rating.
    const asked = await answeredAndClosed('Lê Văn Hỏi');
    expect(texts(await citizens.say(asked.citizenId, { type: 'text', text: 'tra cứu hồ sơ' }))).toContain('mã hồ sơ');
    expect(texts(await citizens.say(asked.citizenId, { type: 'text', text: '5' }))).not.toContain('đánh giá');
    expect(await closedOf(asked.handoffId)).toMatchObject({ rating: null });

    // Left by the citizen ("hủy"): nobody asked them to rate it.
    const left = await citizens.create('Đỗ Thị Hủy');
    await citizens.say(left, { type: 'follow' });
    await citizens.say(left, { type: 'text', text: 'gặp cán bộ' });
    const handoff = await liveOf(left);
    expect(
      (await official.request('POST', `/conversations/handoffs/${handoff.id}/messages`, { text: 'Chào chị' })).status,
    ).toBe(202);
    await citizens.say(left, { type: 'text', text: 'hủy' });
    expect(texts(await citizens.say(left, { type: 'text', text: '5' }))).not.toContain('Cảm ơn anh/chị đã đánh giá');
    expect(await closedOf(handoff.id)).toMatchObject({ closedBy: 'citizen', rating: null });
  });

  it('lists closed hand-offs newest first with rating and note, by citizen, within the official unit', async () => {
    const first = await answeredAndClosed('Vũ Văn Một', 'gặp cán bộ', 'Lần một');
    const second = await answeredAndClosed('Vũ Văn Hai', 'gặp cán bộ', 'Lần hai');
    const listed = await closedList(official);
    const ids = listed.map((item) => item.id);
    expect(ids.indexOf(second.handoffId)).toBeLessThan(ids.indexOf(first.handoffId));
    expect(listed.every((item) => item.status === 'closed' && item.closedAt !== null)).toBe(true);
    expect(await closedList(official, `?citizenId=${encodeURIComponent(first.citizenId)}`)).toMatchObject([
      { id: first.handoffId, closeNote: 'Lần một', rating: null },
    ]);
    expect(await closedList(official, '?limit=1')).toHaveLength(1);

    // Transferred to a unit before it was closed: that unit's official sees it, another unit's does not.
    const citizenId = await citizens.create('Hoàng Thị Ba');
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const moved = await liveOf(citizenId);
    const path = `/conversations/handoffs/${moved.id}`;
    expect((await official.request('POST', `${path}/transfer`, { unit: 'so-xd' })).status).toBe(200);
    expect((await official.request('POST', `${path}/close`, {})).status).toBe(200);
    const ofXd = (await createAccount(system, admin, 'xd@province.gov.vn', ['official'], 'so-xd')).api;
    const ofTc = (await createAccount(system, admin, 'tc@province.gov.vn', ['official'], 'so-tc')).api;
    expect((await closedList(ofXd)).map((item) => item.id)).toContain(moved.id);
    expect((await closedList(ofTc)).map((item) => item.id)).not.toContain(moved.id);
    // Citizens' own closing notes are for officials: an editor may not read them.
    const editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    expect((await editor.request('GET', '/conversations/handoffs/closed')).status).toBe(403);
  });

  it('tells officials the language the citizen writes in', async () => {
    const english = await citizens.create('Mary Jones');
    await citizens.say(english, { type: 'follow' });
    await citizens.say(english, { type: 'text', text: 'I need to talk to a human' });
    expect(await liveOf(english)).toMatchObject({ citizenLanguage: 'en' });
    const vietnamese = await citizens.create('Ngô Thị Việt');
    await citizens.say(vietnamese, { type: 'follow' });
    await citizens.say(vietnamese, { type: 'text', text: 'gặp cán bộ' });
    expect(await liveOf(vietnamese)).toMatchObject({ citizenLanguage: 'vi' });
  });

  it('a bot command during a hand-off gets one reminder of how to go back to the assistant, not one a message', async () => {
    const citizenId = await citizens.create('Bùi Văn Chờ');
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    await liveOf(citizenId);
    const reminded = texts(await citizens.say(citizenId, { type: 'text', text: 'tra cứu hồ sơ' }));
    expect(reminded).toContain('đang chờ cán bộ');
    expect(reminded).toContain('"hủy"');
    expect(reminded.split('\n')).toHaveLength(1);
    // The message still reaches the officials; a second command is not reminded again.
    await liveOf(citizenId, (item) => item.unanswered === 1);
    const before = await citizens.lastSeq(citizenId);
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'text', text: 'hồ sơ của tôi' });
    await liveOf(citizenId, (item) => item.unanswered === 2);
    await sleep(1500);
    expect(await sentSince(citizenId, before)).toBe(0);

    // English: the same reminder in English.
    const english = await citizens.create('Peter Wait');
    await citizens.say(english, { type: 'follow' });
    await citizens.say(english, { type: 'text', text: 'I need to talk to a human' });
    await liveOf(english);
    const told = texts(await citizens.say(english, { type: 'text', text: 'check dossier' }));
    expect(told).toContain('waiting for an official');
    expect(told).toContain('"cancel"');
  });

  it('an outage notice waits while an official has the conversation, and is told once the bot answers again', async () => {
    const citizenId = await citizens.create('Đinh Văn Mạng');
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const handoff = await liveOf(citizenId);
    const path = `/conversations/handoffs/${handoff.id}`;
    expect((await official.request('POST', `${path}/take`, {})).status).toBe(200);
    const now = Date.now();
    const outage = {
      vi: 'Hệ thống một cửa điện tử tạm dừng để nâng cấp.',
      start: new Date(now - HOUR_MS).toISOString(),
      end: new Date(now + 2 * HOUR_MS).toISOString(),
    };
    expect((await admin.request('PUT', '/settings/province', { outage, units: UNITS })).status).toBe(200);
    try {
      const before = await citizens.lastSeq(citizenId);
      await citizens.api(`/citizens/${citizenId}/send`, { type: 'text', text: 'Tôi gửi thêm giấy tờ' });
      await liveOf(citizenId, (item) => item.unanswered === 1);
      await sleep(1500);
      // The bot said nothing into the official's conversation.
      expect(await sentSince(citizenId, before)).toBe(0);

      const beforeClose = await citizens.lastSeq(citizenId);
      expect((await official.request('POST', `${path}/close`, {})).status).toBe(200);
      expect(texts(await citizens.collect(citizenId, beforeClose))).toContain('Cán bộ đã kết thúc cuộc trao đổi');
      const back = texts(await citizens.say(citizenId, { type: 'text', text: 'liên hệ' }));
      expect(back.split('\n')[0]).toContain(`Thông báo: ${outage.vi}`);
    } finally {
      expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    }
  });
});
