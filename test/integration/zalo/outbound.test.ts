import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { citizens } from '../../../src/citizens/index.js';
import type { CitizenId } from '../../../src/conversation/channel.js';
import { listConversation, messageDeliveries } from '../../../src/messaging/index.js';
import { createHarness, eventually, type Harness } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.destroy();
  harness = undefined;
});

/** A simulated citizen who followed the OA and wrote to it, as our records and Zalo's both know. */
async function followingCitizen(h: Harness, name = 'Chị Hoa') {
  const citizen = h.simulator.createCitizen(name);
  await h.simulator.act(citizen.id, { type: 'follow' });
  await h.simulator.act(citizen.id, { type: 'text', text: 'xin chào' });
  await eventually(() => h.handled.filter((e) => e.citizenId === citizen.id).length === 2);
  return citizen.id as CitizenId;
}

function sentTexts(h: Harness, userId: string): string[] {
  return h.simulator.sent
    .filter((m) => m.userId === userId)
    .map((m) => {
      const body = m.body as { message: { text?: string } };
      return body.message.text ?? '(attachment)';
    });
}

async function deliveries(h: Harness, citizenId: string) {
  return h.db.db
    .select()
    .from(messageDeliveries)
    .where(eq(messageDeliveries.citizenId, citizenId))
    .orderBy(asc(messageDeliveries.seq));
}

async function start(options: { workers?: number; csWindowDays?: number } = {}) {
  harness = await createHarness(options);
  await harness.tokens.initialize();
  await harness.startWorkers(options.workers ?? 1);
  return harness;
}

describe('Zalo outbound delivery', () => {
  it('splits a 5,000-character text into 3 messages delivered in order, logged and tracked to "seen"', async () => {
    const h = await start();
    const user = await followingCitizen(h);
    const sentence = 'Hồ sơ của anh chị đang được xử lý tại bộ phận một cửa. ';
    const long = sentence
      .repeat(Math.ceil(5000 / sentence.length))
      .slice(0, 5000)
      .trim();
    await h.sink.send(user, [
      { kind: 'text', text: long, buttons: [{ title: 'Menu', action: { type: 'query', payload: '#menu' } }] },
    ]);

    const parts = await eventually(() => (sentTexts(h, user).length === 3 ? sentTexts(h, user) : undefined));
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
    const last = h.simulator.sent.filter((m) => m.userId === user).at(-1)?.body as {
      message: { attachment?: { payload: { buttons: unknown[] } } };
    };
    expect(last.message.attachment?.payload.buttons).toHaveLength(1);

    const records = await eventually(async () => {
      const rows = await deliveries(h, user);
      return rows.every((r) => r.status === 'sent') ? rows : undefined;
    });
    expect(records.map((r) => r.position)).toEqual([0, 1, 2]);
    const log = await listConversation(h.db.db, user);
    expect(log.filter((row) => row.direction === 'out')).toHaveLength(3);

    const messageIds = records.map((r) => r.channelMessageId ?? '');
    const seen = await fetch(`${h.server.url}/sandbox/zalo/api/citizens/${user}/seen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageIds }),
    });
    expect(seen.status).toBe(200);
    await eventually(async () => (await deliveries(h, user)).every((r) => r.status === 'seen'));
  });

  it('keeps the order of separate sends to one citizen across several workers', async () => {
    const h = await start({ workers: 3 });
    const user = await followingCitizen(h);
    for (let i = 0; i < 8; i += 1) await h.sink.send(user, [{ kind: 'text', text: `phần ${i}` }]);
    const texts = await eventually(() => (sentTexts(h, user).length === 8 ? sentTexts(h, user) : undefined));
    expect(texts).toEqual(Array.from({ length: 8 }, (_, i) => `phần ${i}`));
  });

  it('sends what was recorded while the citizen’s previous message was in flight, in order, without the sweep', async () => {
    // Slow answers from Zalo: every send holds the citizen's lock long enough for the next record and its job to come
    // meanwhile. Those jobs find the lock taken and end; the holder learns of them (from the statement that records
    // its send, or from their knock at its release) and queues the next. The harness schedules no sweep.
    const h = await start({ workers: 2 });
    const user = await followingCitizen(h);
    h.simulator.faults.latencyMs = 300;
    const inFlight = () =>
      h.db.db
        .select({ id: messageDeliveries.id })
        .from(messageDeliveries)
        .where(and(eq(messageDeliveries.citizenId, user), isNotNull(messageDeliveries.inFlightSince)));
    for (let i = 0; i < 4; i += 1) {
      await h.sink.send(user, [{ kind: 'text', text: `lượt ${i}` }]);
      await eventually(async () => (await inFlight()).length > 0);
    }
    const texts = await eventually(() => (sentTexts(h, user).length === 4 ? sentTexts(h, user) : undefined));
    expect(texts).toEqual(['lượt 0', 'lượt 1', 'lượt 2', 'lượt 3']);
    const rows = await eventually(async () => {
      const all = await deliveries(h, user);
      return all.every((row) => row.status === 'sent' && row.inFlightSince === null) ? all : undefined;
    });
    expect(rows.map((row) => row.attempts)).toEqual([1, 1, 1, 1]);
  });

  it('refreshes an access token that expired mid-send once and sends the message once', async () => {
    const h = await start();
    const user = await followingCitizen(h);
    h.simulator.expireAccessTokens();
    await h.sink.send(user, [{ kind: 'text', text: 'sau khi làm mới token' }]);
    await eventually(() => sentTexts(h, user).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sentTexts(h, user)).toEqual(['sau khi làm mới token']);
    expect(h.simulator.stats.tokenRequests.refresh_token).toBe(1);
  });

  it('backs off on -32 and then succeeds, without resending what was already sent', async () => {
    const h = await start();
    const user = await followingCitizen(h);
    // The first message goes through; the second hits the rate limit twice.
    h.simulator.faults.failNext = { code: -32, count: 2, after: 1 };
    await h.sink.send(user, [
      { kind: 'text', text: 'một' },
      { kind: 'text', text: 'hai' },
      { kind: 'text', text: 'ba' },
    ]);
    const texts = await eventually(() => (sentTexts(h, user).length === 3 ? sentTexts(h, user) : undefined));
    expect(texts).toEqual(['một', 'hai', 'ba']);
    // Zalo has the message a moment before our record says so: wait for the record.
    const rows = await eventually(async () => {
      const all = await deliveries(h, user);
      return all.every((r) => r.status === 'sent') ? all : undefined;
    });
    expect(rows[0]?.attempts).toBe(1);
    expect(rows[1]?.attempts).toBe(3);
  });

  it('fails a message to a non-follower permanently with its reason and marks the citizen as not following', async () => {
    const h = await start();
    const stranger = h.simulator.createCitizen('Người lạ');
    await h.simulator.act(stranger.id, { type: 'text', text: 'hỏi thử' });
    await eventually(() => h.handled.some((e) => e.citizenId === stranger.id));
    await h.sink.send(stranger.id as CitizenId, [{ kind: 'text', text: 'trả lời' }]);
    const [row] = await eventually(async () => {
      const rows = await deliveries(h, stranger.id);
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(row?.errorCode).toBe(-213);
    expect(row?.reason).toBe('not_follower');
    expect(h.simulator.sent.filter((m) => m.userId === stranger.id)).toHaveLength(0);
    const [record] = await h.db.db.select().from(citizens).where(eq(citizens.zaloUserId, stranger.id));
    expect(record?.following).toBe(false);
  });

  it('skips messages outside the 7-day window without calling Zalo, and learns a closed window from -230', async () => {
    const h = await start();
    const user = await followingCitizen(h);

    // Our record says the last interaction was 8 days ago: not attempted.
    await h.db.db
      .update(citizens)
      .set({ lastInteractionAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
      .where(eq(citizens.zaloUserId, user));
    const callsBefore = h.simulator.stats.apiCalls.get('message/cs') ?? 0;
    await h.sink.send(user, [{ kind: 'text', text: 'quá hạn' }]);
    const [skipped] = await eventually(async () => {
      const rows = await deliveries(h, user);
      return rows[0]?.status === 'skipped' ? rows : undefined;
    });
    expect(skipped?.reason).toBe('outside_window');
    expect(h.simulator.stats.apiCalls.get('message/cs') ?? 0).toBe(callsBefore);

    // Our record says inside, Zalo says outside (-230): skipped, and the next one is not attempted either.
    await h.db.db.update(citizens).set({ lastInteractionAt: new Date() }).where(eq(citizens.zaloUserId, user));
    h.simulator.setLastInteraction(user, new Date(Date.now() - 9 * 24 * 3600 * 1000));
    await h.sink.send(user, [{ kind: 'text', text: 'zalo từ chối' }]);
    await eventually(async () => (await deliveries(h, user))[1]?.status === 'skipped');
    const afterRefusal = h.simulator.stats.apiCalls.get('message/cs') ?? 0;
    await h.sink.send(user, [{ kind: 'text', text: 'không thử nữa' }]);
    const rows = await eventually(async () => {
      const all = await deliveries(h, user);
      return all[2]?.status === 'skipped' ? all : undefined;
    });
    expect(rows[1]?.errorCode).toBe(-230);
    expect(h.simulator.stats.apiCalls.get('message/cs') ?? 0).toBe(afterRefusal);
  });

  it('reschedules a message refused at night (-234) to 06:00 Vietnam time, holding later messages behind it', async () => {
    const h = await start();
    const user = await followingCitizen(h);
    h.simulator.faults.failNext = { code: -234, count: 1 };
    await h.sink.send(user, [
      { kind: 'text', text: 'thông báo ban đêm' },
      { kind: 'text', text: 'tin sau' },
    ]);
    const rows = await eventually(async () => {
      const all = await deliveries(h, user);
      return all[0]?.notBefore ? all : undefined;
    });
    const notBefore = rows[0]?.notBefore ?? new Date(0);
    const vietnam = new Date(notBefore.getTime() + 7 * 3600 * 1000);
    expect(vietnam.getUTCHours()).toBe(6);
    expect(vietnam.getUTCMinutes()).toBe(0);
    expect(notBefore.getTime()).toBeGreaterThan(Date.now());
    expect(notBefore.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await deliveries(h, user)).map((r) => r.status)).toEqual(['queued', 'queued']);
    expect(sentTexts(h, user)).toEqual([]);
  });

  it('re-queues deliveries whose job was lost, so a stranded message still goes out', async () => {
    const h = await start();
    const user = await followingCitizen(h);
    // As if Redis failed right after the sink committed the record: a queued delivery without any job.
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await h.db.db.insert(messageDeliveries).values({
      citizenId: user,
      batchId: '00000000-0000-4000-8000-000000000001',
      position: 0,
      payload: { text: 'bị kẹt' },
      createdAt: twoMinutesAgo,
      updatedAt: twoMinutesAgo,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sentTexts(h, user)).toEqual([]);
    expect(await h.deliveryWorkers[0]?.sweep()).toBe(1);
    await eventually(() => sentTexts(h, user).length === 1);
    expect(sentTexts(h, user)).toEqual(['bị kẹt']);
  });
});
