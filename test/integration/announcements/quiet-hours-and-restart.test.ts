import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementRecipients } from '../../../src/announcements/index.js';
import { toVietnamWallClock } from '../../../src/kernel/index.js';
import { messageDeliveries } from '../../../src/messaging/index.js';
import { readConfig } from '../../../src/config.js';
import { startSystem, type RunningSystem } from '../../../src/system.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { deleteKeys, freePort } from '../../helpers/system.js';
import { AdminApi, createAccount } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';
import {
  CONTENT,
  countAnnouncements,
  FOLLOWERS,
  makeFollowers,
  progressOf,
  sendAnnouncement,
  settle,
  waitUntilDelivered,
} from './harness.js';

const TITLE = CONTENT.vi.title;

/** `HH:MM` in Vietnam at `at`. */
function wallClockOf(at: Date): string {
  const wall = toVietnamWallClock(at);
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** `HH:MM` in Vietnam, `offsetMinutes` from now. */
const vietnamClock = (offsetMinutes: number) => wallClockOf(new Date(Date.now() + offsetMinutes * 60_000));

/**
 * A deployment as operators run it: one web process (admin API, the Zalo sandbox) and worker processes on one
 * database and Redis prefix. Quiet hours that cover now hold ordinary announcements and let urgent ones through; a
 * worker stopped in the middle of a broadcast and another started reach every follower exactly once.
 */
describe('announcements across processes', () => {
  let database: TestDatabase;
  let dataDir: string;
  let prefix: string;
  let env: Record<string, string>;
  let web: RunningSystem;
  let url: string;
  let admin: AdminApi;
  let editor: AdminApi;
  let approver: AdminApi;
  const running: RunningSystem[] = [];
  // Read once: two readings a minute apart would differ.
  const quietStart = vietnamClock(-60);
  const quietEnd = vietnamClock(120);

  const startWorker = async () => {
    const worker = await startSystem({ config: readConfig(env), role: 'worker', logger: testLogger(), database });
    running.push(worker);
    return worker;
  };

  const setZaloLatency = async (latencyMs: number) => {
    const response = await fetch(`${url}/sandbox/zalo/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs }),
    });
    expect(response.ok).toBe(true);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-announce-'));
    prefix = `t${randomBytes(5).toString('hex')}`;
    env = {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SANDBOX: 'true',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
      // Quiet now, whatever the time of day the test runs.
      ANNOUNCEMENTS_QUIET_HOURS: `${quietStart}-${quietEnd}`,
    };
    web = await startSystem({ config: readConfig(env), role: 'web', logger: testLogger(), database });
    running.push(web);
    url = web.url ?? '';
    const first = web.firstAdmin;
    if (first?.status !== 'generated') throw new Error('expected a generated sandbox admin');
    admin = new AdminApi(url);
    await admin.login(first.email, first.password);
    const system = { url, firstAdmin: first } as Parameters<typeof createAccount>[0];
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    await startWorker();
    // Two processes start, migrations run and accounts are made: slow on a busy machine, on PGlite above all.
  }, 120_000);
  afterAll(async () => {
    for (const system of running.reverse()) await system.close('test finished');
    await database.destroy();
    await deleteKeys(prefix);
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('holds an ordinary announcement until the quiet hours end, sends an urgent one at once, and a held one once marked urgent', async () => {
    const quiet = await makeFollowers({ baseUrl: url, db: database.db, count: 20, tag: 'quiet' });
    const ordinary = await sendAnnouncement(editor, approver, { audience: { tags: ['quiet'] } });
    const sends = new Queue('announcement-send', { connection: web.queues.connection, prefix: web.queues.prefix });
    try {
      // Every send job (a batch of recipients each) ran and was put off to the end of the quiet hours.
      await eventually(async () => {
        const jobs = await sends.getJobCounts('waiting', 'prioritized', 'active', 'delayed');
        return (jobs.delayed ?? 0) > 0 && (jobs.waiting ?? 0) + (jobs.prioritized ?? 0) + (jobs.active ?? 0) === 0;
      });
    } finally {
      await sends.close();
    }
    const held = await settle(approver, ordinary, (progress) => progress.total === 20);
    expect(held).toMatchObject({ status: 'sending', pending: 20, sent: 0 });
    // Officials are told when it will go: the end of the quiet hours, on the progress and on the announcement.
    const heldUntil = held.waitsUntil;
    expect(heldUntil && wallClockOf(new Date(heldUntil))).toBe(quietEnd);
    expect(new Date(heldUntil ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect((await approver.request('GET', `/announcements/${ordinary}`)).body).toMatchObject({
      waitsUntil: heldUntil,
      // What the send dialog warns of for a time chosen later.
      quietHours: { start: quietStart, end: quietEnd },
    });

    const alert = await makeFollowers({ baseUrl: url, db: database.db, count: 20, tag: 'alert' });
    const urgent = await sendAnnouncement(editor, approver, { audience: { tags: ['alert'] } }, { urgent: true });
    expect((await waitUntilDelivered(approver, urgent)).sent).toBe(20);
    expect((await progressOf(approver, urgent)).waitsUntil).toBeNull();
    const reached = await Promise.all(alert.map((citizen) => countAnnouncements(url, citizen, TITLE)));
    expect(reached.filter((n) => n !== 1)).toEqual([]);
    const waiting = await Promise.all(quiet.map((citizen) => countAnnouncements(url, citizen, TITLE)));
    expect(waiting.filter((n) => n !== 0)).toEqual([]);

    // A citizen whose data is erased while the announcement waits for them is no longer named, nor sent it later.
    const erased = quiet[0] ?? '';
    const erase = await admin.request('POST', `/citizens/${erased}/personal-data/erase`, { reference: 'Đơn số 7' });
    expect(erase.status).toBe(200);
    const named = async () =>
      (
        await database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(announcementRecipients)
          .where(eq(announcementRecipients.citizenId, erased))
      )[0]?.n ?? 0;
    expect(await named()).toBe(0);
    expect(await progressOf(approver, ordinary)).toMatchObject({ pending: 19, skipped: { erased: 1 } });

    // The held one marked urgent in the night (a storm warning sent as ordinary by mistake) goes at once, not in the
    // morning.
    const marked = await approver.request('POST', `/announcements/${ordinary}/urgent`, { urgent: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ waitsUntil: null, quietHours: null });
    expect(await waitUntilDelivered(approver, ordinary, 40_000)).toMatchObject({ sent: 19, skipped: { erased: 1 } });
    const reachedLate = await Promise.all(quiet.map((citizen) => countAnnouncements(url, citizen, TITLE)));
    expect(reachedLate).toEqual(quiet.map((citizen) => (citizen === erased ? 0 : 1)));
    expect(await named()).toBe(0);
    const records = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(messageDeliveries)
      .where(eq(messageDeliveries.citizenId, erased));
    expect(records[0]?.n).toBe(0);
    const report = await approver.request('GET', `/announcements/${ordinary}/report`);
    expect(report.text).not.toContain(erased);
  }, 120_000);

  it('reaches every follower exactly once when the worker stops mid-send and another takes over', async () => {
    const followers = await makeFollowers({ baseUrl: url, db: database.db, count: FOLLOWERS / 2, tag: 'restart' });
    // Zalo answers slowly while the first worker runs, so that it is stopped with work left, however fast the machine.
    await setZaloLatency(1000);
    const id = await sendAnnouncement(editor, approver, { audience: { tags: ['restart'] } }, { urgent: true });
    await settle(approver, id, (progress) => progress.sent >= FOLLOWERS / 20);
    const first = running.pop();
    await first?.close('stopped mid-send');
    const stopped = await progressOf(approver, id);
    expect(stopped.sent).toBeLessThan(FOLLOWERS / 2);

    await setZaloLatency(0);
    await startWorker();
    expect((await waitUntilDelivered(approver, id, 60_000)).sent).toBe(FOLLOWERS / 2);
    const reached = await Promise.all(followers.map((citizen) => countAnnouncements(url, citizen, TITLE)));
    expect(reached.filter((n) => n !== 1)).toEqual([]);
  }, 120_000);
});
