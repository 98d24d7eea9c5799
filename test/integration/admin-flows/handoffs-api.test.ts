import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { conversationHandoffs } from '../../../src/conversation/index.js';
import { handoffIdleQueue, HANDOFF_IDLE_SWEEP_EVERY_MS } from '../../../src/handoff-idle-job.js';
import { createQueue } from '../../../src/platform/queues.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import {
  buttonsOf,
  createAccount,
  signInFirstAdmin,
  texts,
  ZaloCitizens,
  type AdminApi,
  type ServerEvent,
} from './clients.js';

interface HandoffItem {
  id: string;
  citizenId: string;
  citizenName: string | null;
  reason: string | null;
  status: 'open' | 'taken' | 'closed';
  takenBy: string | null;
  unanswered: number;
  lastMessage: { direction: 'in' | 'out'; text: string | null } | null;
  firstAnswerAt: string | null;
  closedBy: string | null;
  rating: number | null;
}

/**
 * A live handoff on the composed server, the citizen on the sandbox Zalo over real HTTP and officials on the admin
 * API: the citizen asks for an official, the bot falls silent, an official takes the handoff and answers through the
 * OA, the citizen receives it, the official closes, and the bot answers again.
 */
describe('live handoff to an official', () => {
  let system: TestSystem;
  let official: AdminApi;
  let officialId: string;
  let colleagueId: string;
  let editorId: string;
  let viewer: AdminApi;
  let editor: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    // Always open: the texts do not depend on when the test runs (closed hours are covered by the engine's tests).
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    const admin = await signInFirstAdmin(system);
    ({ api: official, id: officialId } = await createAccount(system, admin, 'official@province.gov.vn', ['official']));
    colleagueId = (await createAccount(system, admin, 'colleague@province.gov.vn', ['official'])).id;
    ({ api: editor, id: editorId } = await createAccount(system, admin, 'editor@province.gov.vn', ['editor']));
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  async function live(query = ''): Promise<{ items: HandoffItem[]; cursor: string }> {
    const list = await official.request('GET', `/conversations/handoffs${query}`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    return list.body as unknown as { items: HandoffItem[]; cursor: string };
  }

  /** The citizen's handoff once `ready` holds: the turn of the citizen's last message has committed by then. */
  async function handoffOf(citizenId: string, ready: (item: HandoffItem) => boolean): Promise<HandoffItem> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const item = (await live()).items.find((h) => h.citizenId === citizenId);
      if (item && ready(item)) return item;
      await sleep(25);
    }
    throw new Error(`the handoff of ${citizenId} never reached the expected state`);
  }

  async function auditRows(action: string, targetId: string) {
    return system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
      .orderBy(auditLog.id);
  }

  async function newCitizen(name: string): Promise<string> {
    const id = await citizens.create(name);
    await citizens.say(id, { type: 'follow' });
    return id;
  }

  it('round trip: asked, silent, taken, answered, closed, and the bot answers again', async () => {
    const citizenId = await newCitizen('Trần Văn Hùng');
    const { cursor } = await live();
    // An official's screen listens to the live stream: every change arrives as an event.
    const stream = await official.events('/conversations/handoffs/events?seconds=120');
    await stream.waitFor((e) => e.event === 'ready');
    const handoffEvent = (status: string) => (e: ServerEvent) =>
      e.event === 'handoff' &&
      (e.data as HandoffItem).citizenId === citizenId &&
      (e.data as HandoffItem).status === status;

    // "gặp cán bộ" hands over at once: no contact card, no second tap.
    const handedOff = await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    expect(texts(handedOff)).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(texts(handedOff)).toContain('ngay tại đây');
    expect(buttonsOf(handedOff)).toEqual([]);

    // The citizen's question goes to the officials; the bot says nothing (checked below: the official's text is the
    // first thing the citizen receives after it).
    const afterQuestion = await citizens.lastSeq(citizenId);
    const question = 'Tôi muốn hỏi về giấy phép xây dựng nhà ở';
    const sent = await citizens.api<{ delivered: boolean }>(`/citizens/${citizenId}/send`, {
      type: 'text',
      text: question,
    });
    expect(sent.delivered).toBe(true);
    const waiting = await handoffOf(citizenId, (h) => h.unanswered === 1);
    expect((await stream.waitFor(handoffEvent('open'))).data).toMatchObject({ reason: 'Công dân muốn gặp cán bộ' });
    expect(waiting).toMatchObject({
      citizenName: 'Trần Văn Hùng',
      reason: 'Công dân muốn gặp cán bộ',
      status: 'open',
      takenBy: null,
      lastMessage: { direction: 'in', text: question },
    });
    const english = (await live('?language=en')).items.find((h) => h.id === waiting.id);
    expect(english?.reason).toBe('The citizen asked to talk to an official');
    expect((await viewer.request('GET', '/conversations/handoffs')).status).toBe(200);
    expect((await editor.request('GET', '/conversations/handoffs')).status).toBe(403);
    expect((await fetch(`${system.url}/api/admin/conversations/handoffs`)).status).toBe(401);
    // Polling with the cursor returns what changed since.
    const changed = await live(`?changedSince=${encodeURIComponent(cursor)}`);
    expect(changed.items.map((h) => h.id)).toContain(waiting.id);
    const metrics = await (await fetch(`${system.url}/metrics`)).text();
    expect(metrics).toMatch(/zalo_egov_handoffs_live\{status="open"\} [1-9]/);

    // The official takes it: the citizen is told someone joined.
    expect((await editor.request('POST', `/conversations/handoffs/${waiting.id}/take`, {})).status).toBe(403);
    const taken = await official.request('POST', `/conversations/handoffs/${waiting.id}/take`, {});
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body).toMatchObject({ status: 'taken', takenBy: officialId });
    expect((await stream.waitFor(handoffEvent('taken'))).data).toMatchObject({ takenBy: officialId });
    const joined = await citizens.collect(citizenId, afterQuestion);
    expect(texts(joined)).toBe('Cán bộ đã tiếp nhận yêu cầu của anh/chị và sẽ trả lời ngay tại đây.');

    // The official answers through the OA, as a reply inside the window; the citizen receives exactly that.
    const afterTaken = await citizens.lastSeq(citizenId);
    const answer = 'Chào anh Hùng, hồ sơ xin phép xây dựng nộp tại Bộ phận Một cửa cấp xã. Anh cần bản vẽ thiết kế.';
    const replied = await official.request('POST', `/conversations/handoffs/${waiting.id}/messages`, { text: answer });
    expect(replied.status, JSON.stringify(replied.body)).toBe(202);
    expect(replied.body).toEqual({ queued: true, purpose: 'reply' });
    expect(texts(await citizens.collect(citizenId, afterTaken))).toBe(answer);
    const [replyAudit] = await auditRows('handoff.reply', waiting.id);
    expect(replyAudit).toMatchObject({ actorAccountId: officialId, after: { characters: answer.length } });
    expect(JSON.stringify(replyAudit)).not.toContain('bản vẽ');

    // The citizen answers the official: still silent, and officials see it.
    await citizens.api(`/citizens/${citizenId}/send`, { type: 'text', text: 'Dạ, cảm ơn chị' });
    const answered = await handoffOf(citizenId, (h) => h.unanswered === 1);
    expect(answered.firstAnswerAt).not.toBeNull();
    expect(answered.lastMessage).toMatchObject({ direction: 'in', text: 'Dạ, cảm ơn chị' });

    // The official closes with a note: the citizen is told, and the bot is back.
    const afterThanks = await citizens.lastSeq(citizenId);
    const closed = await official.request('POST', `/conversations/handoffs/${waiting.id}/close`, {
      note: 'Đã hướng dẫn hồ sơ xây dựng',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedBy: officialId,
      closeNote: 'Đã hướng dẫn hồ sơ xây dựng',
    });
    await stream.waitFor(handoffEvent('closed'));
    stream.close();
    // Someone who may not read conversations gets no stream.
    expect((await editor.request('GET', '/conversations/handoffs/events?seconds=1')).status).toBe(403);
    const ended = await citizens.collect(citizenId, afterThanks);
    expect(texts(ended)).toContain('Cán bộ đã kết thúc cuộc trao đổi');
    // The citizen an official answered is asked to rate the help: one tap per rating.
    expect(texts(ended)).toContain('đánh giá thế nào về sự hỗ trợ của cán bộ');
    const ratings = buttonsOf(ended).filter((button) => String(button.payload).startsWith('#handoff_rate'));
    expect(ratings.map((button) => button.title)).toEqual([
      '1 - Rất không hài lòng',
      '2 - Không hài lòng',
      '3 - Bình thường',
      '4 - Hài lòng',
      '5 - Rất hài lòng',
    ]);
    expect(ended.map((item) => item.seq).every((seq) => seq > afterThanks)).toBe(true);
    expect((await live()).items.find((h) => h.id === waiting.id)).toBeUndefined();
    expect((await official.request('POST', `/conversations/handoffs/${waiting.id}/close`, {})).status).toBe(404);
    expect(await auditRows('handoff.close', waiting.id)).toHaveLength(1);
    expect(await auditRows('handoff.take', waiting.id)).toHaveLength(1);

    const back = await citizens.say(citizenId, { type: 'text', text: 'qwerty zxcv' });
    expect(texts(back)).toContain('chưa hiểu');

    // The citizen taps "4", then "5": rated once, the second tap is told so; officials see the rating, the metric
    // counts the one rating.
    const four = ratings.find((button) => button.title.startsWith('4'));
    expect(texts(await citizens.say(citizenId, { type: 'text', text: String(four?.payload) }))).toContain(
      'Cảm ơn anh/chị đã đánh giá',
    );
    expect(texts(await citizens.say(citizenId, { type: 'text', text: `#handoff_rate ${waiting.id} 5` }))).toContain(
      'đã đánh giá lần trao đổi này với cán bộ: 4/5',
    );
    // Someone else's handoff, and a rating out of range, change nothing.
    const stranger = await newCitizen('Người lạ');
    await citizens.say(stranger, { type: 'text', text: `#handoff_rate ${waiting.id} 1` });
    const outOfRange = await citizens.say(citizenId, { type: 'text', text: `#handoff_rate ${waiting.id} 9` });
    expect(texts(outOfRange)).toContain('chưa ghi nhận được đánh giá');
    const rated = (await live(`?changedSince=${encodeURIComponent(cursor)}`)).items.find((h) => h.id === waiting.id);
    expect(rated).toMatchObject({ rating: 4 });
    const counted = await (await fetch(`${system.url}/metrics`)).text();
    expect(counted).toMatch(/zalo_egov_handoff_ratings_total\{rating="4"\} 1/);
    expect(counted).not.toMatch(/zalo_egov_handoff_ratings_total\{rating="[15]"\}/);
  });

  it('the citizen leaves the handoff with "hủy": told, the officials see it closed, the bot answers again', async () => {
    const citizenId = await newCitizen('Lê Thị Mai');
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const open = await handoffOf(citizenId, () => true);
    const { cursor } = await live();

    const cancelled = await citizens.say(citizenId, { type: 'text', text: 'hủy' });
    expect(texts(cancelled)).toContain('Đã kết thúc trao đổi với cán bộ');
    expect(buttonsOf(cancelled).map((b) => b.title)).toContain('Tra cứu hồ sơ');
    const changes = await live(`?changedSince=${encodeURIComponent(cursor)}`);
    expect(changes.items.find((h) => h.id === open.id)).toMatchObject({ status: 'closed', closedBy: 'citizen' });
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'qwerty zxcv' }))).toContain('chưa hiểu');
  });

  it('a handoff nobody acted on for HANDOFF_IDLE_HOURS leaves the queue, and the citizen is told', async () => {
    const citizenId = await newCitizen('Trịnh Văn Long');
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const open = await handoffOf(citizenId, () => true);
    // Four days without a word from anyone (72 hours is the default idle time).
    const old = new Date(Date.now() - 96 * 3_600_000);
    await system.database.db
      .update(conversationHandoffs)
      .set({ createdAt: old, lastCitizenAt: null })
      .where(eq(conversationHandoffs.id, open.id));
    const after = await citizens.lastSeq(citizenId);
    // Its own repeating job, every 5 minutes (not the 6-hourly retention): one occurrence, run by the system's worker.
    const sweeps = createQueue(handoffIdleQueue, system.queues);
    try {
      const schedulers = await sweeps.queue.getJobSchedulers();
      expect(schedulers).toEqual([
        expect.objectContaining({ key: 'handoff-idle-sweep', every: HANDOFF_IDLE_SWEEP_EVERY_MS }),
      ]);
      expect(HANDOFF_IDLE_SWEEP_EVERY_MS).toBe(5 * 60_000);
      await sweeps.add('sweep', {});
    } finally {
      await sweeps.close();
    }
    expect(texts(await citizens.collect(citizenId, after))).toContain('đã kết thúc vì lâu không có hoạt động');
    expect((await live()).items.map((h) => h.id)).not.toContain(open.id);
    expect(await system.endIdleHandoffs()).toBe(0);
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'liên hệ' }))).toContain('Đường dây nóng');
  });

  it('assigns a handoff to another official, never to someone who may not answer', async () => {
    const citizenId = await newCitizen('Phạm Quốc Bảo');
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    const open = await handoffOf(citizenId, () => true);
    const toEditor = await official.request('POST', `/conversations/handoffs/${open.id}/take`, { assignTo: editorId });
    expect(toEditor.status).toBe(400);
    const assigned = await official.request('POST', `/conversations/handoffs/${open.id}/take`, {
      assignTo: colleagueId,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'taken', takenBy: colleagueId });
    expect(await auditRows('handoff.assign', open.id)).toHaveLength(1);
    const unknown = await official.request('POST', '/conversations/handoffs/00000000-0000-4000-8000-000000000000/take');
    expect(unknown.status).toBe(404);
  });
});
