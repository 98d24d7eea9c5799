import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementRecipients, announcements, anonymiseRecipientsBefore } from '../../../src/announcements/index.js';
import { citizens } from '../../../src/citizens/index.js';
import { messageDeliveries } from '../../../src/messaging/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';
import {
  CONTENT,
  countAnnouncements,
  makeFollowers,
  progressOf,
  sendAnnouncement,
  settle,
  type Progress,
} from './harness.js';

const TITLE = CONTENT.vi.title;
/** Zalo's "not at night" refusal: the message waits in the delivery queue until the morning. */
const NIGHT_TIME = -234;

/**
 * What an official watching a broadcast sees: its progress pushed as it changes until it is over; a cancel in the
 * middle withdraws the messages still waiting in the delivery queue (those being sent when it came, then refused
 * for the night, included) and skips the recipients not yet handed over;
 * the recipient rows are deleted once the retention period is over.
 */
describe('announcement progress, cancel and retention', () => {
  let system: TestSystem;
  let editor: AdminApi;
  let approver: AdminApi;
  let viewer: AdminApi;
  let admin: AdminApi;
  let zalo: ZaloCitizens;

  beforeAll(async () => {
    // Two hand-overs a second: a broadcast lasts long enough to watch and to cancel in the middle.
    // Sent at any hour the tests run: quiet hours have their own test.
    system = await startTestSystem({ env: { ZALO_RATE_LIMIT_PER_MIN: '120', ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    zalo = ZaloCitizens.of(system);
    // Migrations and accounts: slow on a busy machine, on PGlite above all.
  }, 120_000);
  afterAll(() => system?.destroy());

  it('streams the progress until every follower has it, withdraws what waits on cancel, purges after retention', async () => {
    const db = system.database.db;
    const followers = await makeFollowers({ baseUrl: system.url, db, count: 6, tag: 'live' });
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['live'] } });
    const stream = await viewer.events(`/announcements/${id}/events`);
    await stream.waitFor((event) => event.event === 'end', 60_000);
    const progress = stream.received
      .filter((event) => event.event === 'progress')
      .map((event) => event.data as Progress);
    // Pushed as it went (not only the end), each state different from the one before, the last one complete.
    expect(progress.length).toBeGreaterThan(1);
    expect(new Set(progress.map((p) => JSON.stringify(p))).size).toBe(progress.length);
    const last = progress.at(-1) as Progress & { byLane: Record<string, Record<string, number>> };
    expect(last).toMatchObject({ status: 'sent', total: 6, pending: 0, queued: 0, lanes: { message: 6, article: 0 } });
    expect(last.sent + last.received + last.seen).toBe(6);
    expect(Object.values(last.byLane.message ?? {}).reduce((sum, n) => sum + n, 0)).toBe(6);
    await expect.poll(() => stream.isEnded).toBe(true);
    for (const citizen of followers) expect(await countAnnouncements(system.url, citizen, TITLE)).toBe(1);

    // Zalo refuses at night, slowly: messages are being handed to Zalo when the cancel comes.
    await zalo.api('/faults', { latencyMs: 3000, failNext: { code: NIGHT_TIME, count: 1000 } });
    const late = await makeFollowers({ baseUrl: system.url, db, count: 20, tag: 'late' });
    const cancelled = await sendAnnouncement(editor, approver, { audience: { tags: ['late'] } });
    const correlation = eq(messageDeliveries.correlationId, `announcement:${cancelled}`);
    const inFlight = () =>
      db
        .select({ id: messageDeliveries.id })
        .from(messageDeliveries)
        .where(and(correlation, isNotNull(messageDeliveries.inFlightSince)));
    await expect.poll(async () => (await inFlight()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await editor.request('POST', `/announcements/${cancelled}/cancel`)).body.status).toBe('cancelled');
    // Asked of Zalo when the cancel came: each is refused for the night after it was withdrawn.
    const askedDuringCancel = (await inFlight()).map((row) => row.id);
    expect(askedDuringCancel.length).toBeGreaterThan(0);
    const withdrawn = (p: Progress) => (p.skipped.announcement_cancelled ?? 0) + (p.skipped.cancelled ?? 0);
    const after = await settle(viewer, cancelled, (p) => p.pending === 0 && withdrawn(p) === 20);
    expect(after).toMatchObject({ queued: 0, sent: 0, received: 0, seen: 0 });
    expect(after.skipped.announcement_cancelled ?? 0).toBeGreaterThanOrEqual(askedDuringCancel.length);
    // Nothing waits for a morning retry: every record of it is withdrawn, those refused for the night included.
    await expect.poll(async () => (await inFlight()).length, { timeout: 30_000 }).toBe(0);
    const records = await db
      .select({ id: messageDeliveries.id, status: messageDeliveries.status, code: messageDeliveries.errorCode })
      .from(messageDeliveries)
      .where(correlation);
    expect(records.filter((record) => record.status !== 'skipped')).toEqual([]);
    const refusedAfterCancel = records.filter((record) => askedDuringCancel.includes(record.id));
    expect(refusedAfterCancel.map((record) => record.code)).toEqual(askedDuringCancel.map(() => NIGHT_TIME));
    // The night is over: nothing withdrawn goes out.
    await zalo.api('/faults', { latencyMs: 0, failNext: { code: NIGHT_TIME, count: 1, after: 1000 } });
    expect((await zalo.say(late[0] ?? '', { type: 'text', text: 'xin chào' })).length).toBeGreaterThan(0);
    for (const citizen of late) expect(await countAnnouncements(system.url, citizen, TITLE)).toBe(0);

    // Retention: who received which announcement stops being named once it finished longer ago than the period;
    // its counts stay, even once the delivery records go with the conversation log.
    const named = async () =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(announcementRecipients)
          .where(sql`${announcementRecipients.anonymisedAt} is null`)
      )[0]?.n ?? 0;
    expect(await named()).toBe(26);
    const counted = await progressOf(viewer, id);
    expect(await anonymiseRecipientsBefore(db, new Date(Date.now() - 86_400_000))).toBe(0);
    await db
      .update(announcements)
      .set({ finishedAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(announcements.id, id));
    expect(await anonymiseRecipientsBefore(db, new Date(Date.now() - 86_400_000))).toBe(6);
    expect(await named()).toBe(20);
    await db.delete(messageDeliveries).where(eq(messageDeliveries.correlationId, `announcement:${id}`));
    expect(await progressOf(viewer, id)).toEqual(counted);
    const report = await viewer.request('GET', `/announcements/${id}/report`);
    for (const citizen of followers) expect(report.text).not.toContain(citizen);

    // Follower sync: followers from before the OA was connected (no follow event) are added; one Zalo no longer
    // lists (its unfollow event lost) is marked as gone, so announcements skip it.
    const silent = await zalo.api<{ items: Array<{ id: string }> }>('/followers', { count: 60, namePrefix: 'silent' });
    await db.insert(citizens).values({ zaloUserId: 'gone-follower', following: true, followedAt: new Date(0) });
    expect((await admin.request('POST', '/zalo/followers/sync')).status).toBe(202);
    const following = async (id: string) =>
      (await db.select({ f: citizens.following }).from(citizens).where(eq(citizens.zaloUserId, id)))[0]?.f;
    await expect.poll(() => following('gone-follower'), { timeout: 30_000 }).toBe(false);
    for (const { id: follower } of silent.items) expect(await following(follower)).toBe(true);
    for (const citizen of [...followers, ...late]) expect(await following(citizen)).toBe(true);
  }, 150_000);
});
