import { Counter, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationHandoffs } from '../../../src/conversation/index.js';
import { feedbackTickets } from '../../../src/feedback/index.js';
import { createLookupOutcomeRecorder, lgspLookupOutcomes, purgeLookupOutcomes } from '../../../src/lgsp/index.js';
import { openDatabase } from '../../../src/platform/db.js';
import { capturingLogger, testLogger } from '../../helpers/logger.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

interface DayStats {
  day: string;
  messagesIn: number;
  messagesOut: number;
  conversations: number;
  handedOff: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** A dossier the LGSP sandbox holds, and one it does not. */
const DOSSIER = '000.00.15.H02-221205-0001';
const NO_DOSSIER = '000.00.99.H99-260101-9999';

/** Filed this many days ago, a ticket due two weeks after filing is past its deadline. */
const OVERDUE_AGE_DAYS = 20;

/** A ticket as the intake writes it, filed `daysAgo` days ago, due two weeks later. */
const ticket = (number: string, status: 'received' | 'answered', daysAgo: number) => ({
  number,
  citizenId: 'stats-citizen',
  language: 'vi' as const,
  categoryCode: 'moi-truong',
  categoryName: 'Môi trường',
  title: 'Rác thải',
  content: 'Rác thải chưa được thu gom',
  status,
  consentKind: 'anonymous' as const,
  consentText: 'Đồng ý',
  consentVersion: '1',
  consentAt: new Date(Date.now() - daysAgo * DAY_MS),
  createdAt: new Date(Date.now() - daysAgo * DAY_MS),
  dueAt: new Date(Date.now() - (daysAgo - 14) * DAY_MS),
});

/** The dashboard's counts on the composed server: real traffic counted per day, and sections cut to the caller's role. */
describe('dashboard stats', () => {
  let system: TestSystem;
  let admin: AdminApi;

  beforeAll(async () => {
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    const citizens = ZaloCitizens.of(system);
    const citizen = await citizens.create('Người thống kê');
    await citizens.say(citizen, { type: 'follow' });
    // Two lookups through the LGSP sandbox (found, not found), then one the simulator makes: not a citizen's.
    expect(texts(await citizens.say(citizen, { type: 'text', text: DOSSIER }))).toContain(DOSSIER);
    expect(texts(await citizens.say(citizen, { type: 'text', text: NO_DOSSIER }))).toContain(NO_DOSSIER);
    await system.engine.simulate({ messages: [DOSSIER] });
    await citizens.say(citizen, { type: 'text', text: 'gặp cán bộ' });
    await system.database.db
      .insert(feedbackTickets)
      .values([
        ticket('PA-ZL-2026-900001', 'received', OVERDUE_AGE_DAYS),
        ticket('PA-ZL-2026-900002', 'received', 1),
        ticket('PA-ZL-2026-900003', 'answered', OVERDUE_AGE_DAYS),
      ]);
    expect(
      (await admin.request('POST', '/announcements', { content: { vi: { title: 'T', text: 'Nội dung' } } })).status,
    ).toBe(201);
    // Two handoffs closed yesterday: answered after 4 and 10 minutes, closed after 20 and 40, rated 4 and 5; one left
    // after hours counts from the opening it was left for.
    const at = (minutes: number) => new Date(Date.now() - DAY_MS + minutes * 60_000);
    const closed = (citizenId: string, asked: number, opening: number | null, rating: number) => ({
      citizenId,
      flowId: 'handoff',
      status: 'closed',
      createdAt: at(asked),
      dueAt: opening === null ? null : at(opening),
      firstAnswerAt: at((opening ?? asked) + (rating === 4 ? 4 : 10)),
      closedAt: at((opening ?? asked) + (rating === 4 ? 20 : 40)),
      rating,
    });
    await system.database.db
      .insert(conversationHandoffs)
      .values([closed('stats-closed-1', 0, null, 4), closed('stats-closed-2', 0, 600, 5)]);
  });
  afterAll(() => system.destroy());

  it('counts messages, conversations, handoffs, tickets and announcements for an admin', async () => {
    const { status, body } = await admin.request('GET', '/stats?days=7');
    expect(status).toBe(200);
    const days = body.days as DayStats[];
    expect(days).toHaveLength(7);
    expect(days[0]?.day).toBe(body.since);
    const today = days.at(-1);
    expect(today).toMatchObject({ conversations: 1, handedOff: 1 });
    expect(today?.messagesIn).toBeGreaterThanOrEqual(2);
    expect(today?.messagesOut).toBeGreaterThanOrEqual(2);
    expect(days.slice(0, -1).every((day) => day.messagesIn === 0)).toBe(true);
    expect(body.handoffs).toEqual({
      open: 1,
      taken: 0,
      medianMinutesToFirstAnswer: 7,
      medianMinutesToClose: 30,
      averageRating: 4.5,
      ratings: [0, 0, 0, 1, 1],
    });
    expect(body.feedback).toMatchObject({
      byStatus: { received: 2, answered: 1, closed: 0 },
      overdue: 1,
      // The old answered ticket is settled: only the received one is late.
      overdueByStatus: { received: 1, answered: 0, closed: 0 },
    });
    // Filed in the 7 days: the ticket of yesterday, with no commune given.
    expect(body.feedback).toMatchObject({
      byCategory: [{ code: 'moi-truong', name: 'Môi trường', count: 1 }],
      byCommune: [{ code: '-', name: '', count: 1 }],
    });
    const lookups = body.lookups as Array<{ service: string; found: number; notFound: number; failed: number }>;
    expect(lookups.map((row) => row.service)).toEqual([
      'dossier',
      'dossiers_by_phone',
      'procedure_search',
      'procedure',
      'business',
    ]);
    expect(lookups[0]).toEqual({ service: 'dossier', found: 1, notFound: 1, failed: 0 });
    expect(lookups.slice(1).every((row) => row.found + row.notFound + row.failed === 0)).toBe(true);
    expect(body.announcements).toMatchObject({ draft: 1, submitted: 0 });
    // A draft has no recipients yet.
    expect(body.announcementReach).toMatchObject({ total: 0, seen: 0, failed: 0 });
  });

  it('leaves out what the role may not read, and refuses a bad period', async () => {
    const editor = (await createAccount(system, admin, 'stats-editor@province.gov.vn', ['editor'])).api;
    const { body } = await editor.request('GET', '/stats');
    expect(body).toMatchObject({
      days: null,
      handoffs: null,
      lookups: null,
      feedback: null,
      announcements: { draft: 1 },
    });
    expect((await editor.request('GET', '/stats?days=0')).status).toBe(400);
  });

  it('keeps lookup counts 400 days, and answers the lookup when its count cannot be written', async () => {
    const db = system.database.db;
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
    await db.insert(lgspLookupOutcomes).values([
      { day: daysAgo(402), service: 'business', outcome: 'found', count: 3 },
      { day: daysAgo(398), service: 'business', outcome: 'found', count: 2 },
    ]);
    expect(await purgeLookupOutcomes(db, new Date())).toBe(1);
    const kept = await db.select({ day: lgspLookupOutcomes.day }).from(lgspLookupOutcomes);
    expect(kept.map((row) => row.day)).toContain(daysAgo(398));
    expect(kept.map((row) => row.day)).not.toContain(daysAgo(402));

    // PostgreSQL stopped, as the driver sees it (nothing listens on port 1): the count is lost, logged and counted.
    const stopped = await openDatabase({
      url: 'postgres://postgres@127.0.0.1:1/zegov',
      dataDir: '',
      logger: testLogger(),
    });
    const failures = new Counter({ name: 'lookup_count_failures', help: 'test', registers: [new Registry()] });
    const { logger, text } = capturingLogger();
    const recorder = createLookupOutcomeRecorder({ db: stopped.db, logger, failures });
    await expect(recorder.recordActionOutcome('lgsp.dossier.get', 'ok')).resolves.toBeUndefined();
    await stopped.close();
    expect((await failures.get()).values[0]?.value).toBe(1);
    expect(text()).toContain('counting an LGSP lookup failed');
  });
});
