import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { feedbackTickets } from '../../../src/feedback/index.js';
import { feedbackUnitReminders } from '../../../src/feedback/schema.js';
import { vietnamDay } from '../../../src/feedback/unit-reminders.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { AdminApi, signInFirstAdmin, texts, ZaloCitizens } from '../admin-flows/clients.js';

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const CONTENT = 'Đèn đường trên phố chính tắt cả tuần nay, buổi tối rất tối và nguy hiểm cho người đi bộ.';
const CATEGORY = 'HA_TANG_DO_THI';
const UNITS = [
  { code: 'sxd', name: { vi: 'Sở Xây dựng' } },
  { code: 'sct', name: { vi: 'Sở Công Thương' } },
];

interface Reminder {
  unitCode: string | null;
  unitName: string | null;
  day: string;
  ticketCount: number;
  tickets: Array<{ number: string; status: string; dueAt: string }>;
}

/**
 * The daily reminder of overdue tickets to their units, on the composed server: the watch's tick records one per unit
 * and working day (again: nothing more), each audited as the system's; officials read their unit's through the admin
 * API, admins every unit's (tickets no rule routed too).
 */
describe("units' reminders of overdue feedback tickets", () => {
  let system: TestSystem;
  let citizens: ZaloCitizens;
  let admin: AdminApi;
  const officials: Record<string, AdminApi> = {};

  const say = (citizenId: string, text: string) => citizens.say(citizenId, { type: 'text', text });
  const file = async (name: string): Promise<string> => {
    const citizen = await citizens.create(name);
    await citizens.say(citizen, { type: 'follow' });
    await say(citizen, 'phản ánh');
    await say(citizen, 'hạ tầng');
    await say(citizen, CONTENT);
    await say(citizen, 'bỏ qua');
    await say(citizen, 'bỏ qua');
    await say(citizen, '#choice:anonymous');
    const number = NUMBER.exec(texts(await say(citizen, '#choice:send')))?.[0];
    if (!number) throw new Error('no ticket number');
    return number;
  };
  const makeOverdue = (number: string, daysAgo: number) =>
    system.database.db
      .update(feedbackTickets)
      .set({ dueAt: sql`now() - make_interval(days => ${daysAgo})` })
      .where(eq(feedbackTickets.number, number));

  beforeAll(async () => {
    // Every day and hour is a working one here: the reminder is due as soon as the watch ticks.
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    citizens = ZaloCitizens.of(system);
    admin = await signInFirstAdmin(system);
    expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    const routing = { rules: [{ categoryCode: CATEGORY, communeCode: null, unitCode: 'sxd' }], deadlines: [] };
    expect((await admin.request('PUT', '/feedback/routing', routing)).status).toBe(200);
    for (const unit of ['sxd', 'sct']) {
      const account = {
        email: `${unit}@province.gov.vn`,
        password: `official of ${unit} unit 2026`,
        roles: ['official'],
      };
      expect((await admin.request('POST', '/accounts', { ...account, unitCode: unit })).status).toBe(201);
      officials[unit] = new AdminApi(system.url);
      await officials[unit].login(account.email, account.password);
    }
  });
  afterAll(() => system.destroy());

  it('reminds each unit once a working day of its overdue tickets, audited, and shows officials their own', async () => {
    const late = await file('Nguyễn Văn An');
    const later = await file('Trần Thị Bình');
    const notYet = await file('Lê Văn Cường');
    const elsewhere = await file('Phạm Thị Dung');
    expect((await admin.request('POST', `/feedback/tickets/${elsewhere}/assign`, { unitCode: 'sct' })).status).toBe(
      200,
    );
    await makeOverdue(late, 3);
    await makeOverdue(later, 1);
    await makeOverdue(elsewhere, 2);
    // A closed ticket past its deadline is nobody's work any more.
    await makeOverdue(notYet, 5);
    expect((await admin.request('POST', `/feedback/tickets/${notYet}/close`, {})).status).toBe(200);

    expect(await system.feedbackWatch?.runOnce()).toMatchObject({ overdue: 3, unitReminders: 2 });
    // Another tick the same day (or another worker's): nothing more.
    expect(await system.feedbackWatch?.runOnce()).toMatchObject({ overdue: 3, unitReminders: 0 });
    const rows = await system.database.db.select().from(feedbackUnitReminders);
    expect(rows.map((row) => [row.unitCode, row.day, row.ticketCount]).sort()).toEqual([
      ['sct', vietnamDay(new Date()), 1],
      ['sxd', vietnamDay(new Date()), 2],
    ]);
    const audited = await system.database.db.select().from(auditLog).where(eq(auditLog.action, 'feedback.reminder'));
    expect(audited.map((row) => [row.actorType, row.targetType, row.targetId]).sort()).toEqual([
      ['system', 'feedback_unit', 'sct'],
      ['system', 'feedback_unit', 'sxd'],
    ]);

    // The official of the building department sees its reminder, the earliest deadline first; not the other unit's.
    const mine = await officials.sxd?.request('GET', '/feedback/reminders');
    expect(mine?.status).toBe(200);
    const items = mine?.body.items as Reminder[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unitCode: 'sxd', unitName: 'Sở Xây dựng', ticketCount: 2 });
    expect(items[0]?.tickets.map((ticket) => ticket.number)).toEqual([late, later]);
    const theirs = (await officials.sct?.request('GET', '/feedback/reminders'))?.body.items as Reminder[];
    expect(theirs.map((item) => [item.unitCode, item.tickets.map((ticket) => ticket.number)])).toEqual([
      ['sct', [elsewhere]],
    ]);
    const all = (await admin.request('GET', '/feedback/reminders?days=1')).body.items as Reminder[];
    expect(all.map((item) => item.unitCode)).toEqual(['sct', 'sxd']);
    expect((await admin.request('GET', '/feedback/reminders?days=0')).status).toBe(400);
  }, 120_000);
});
