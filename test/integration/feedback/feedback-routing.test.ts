import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { workingDayDeadline } from '../../../src/feedback/deadline.js';
import { feedbackAttachments, feedbackTickets } from '../../../src/feedback/index.js';
import { listConversation, messageDeliveries } from '../../../src/messaging/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { AdminApi, signInFirstAdmin, texts, ZaloCitizens } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const CONTENT = 'Nắp cống trước trường tiểu học bị vỡ, trẻ em đi học rất dễ sụp chân, đề nghị thay gấp.';
const CATEGORY = 'HA_TANG_DO_THI';
const KINH_BAC = '07103';
/** The one catalogue of units: the province settings' `units`. */
const UNITS = [
  { code: 'sxd', name: { vi: 'Sở Xây dựng' } },
  { code: 'ubnd-kb', name: { vi: 'UBND phường Kinh Bắc' } },
];
const ROUTING = {
  rules: [
    { categoryCode: CATEGORY, communeCode: null, unitCode: 'sxd' },
    { categoryCode: CATEGORY, communeCode: KINH_BAC, unitCode: 'ubnd-kb' },
  ],
  deadlines: [{ categoryCode: CATEGORY, workingDays: 3 }],
};
const RETENTION_DAYS = 30;

/**
 * Routing, deadlines, unit-scoped officials and retention on the composed server over real HTTP: the routing table
 * edited through the admin API, tickets filed by signed Zalo webhooks getting their unit and working-day deadline,
 * an official of one unit refused another's ticket (403, audited), the overdue list and its reminder, and the
 * retention job anonymising a closed ticket and removing its photo from disk; a citizen seeing and erasing their data
 * in chat.
 */
describe('feedback routing, deadlines, units and retention', () => {
  let system: TestSystem;
  let citizens: ZaloCitizens;
  let admin: AdminApi;
  /** An official of the Sở Xây dựng (unit SXD). */
  let sxd: AdminApi;

  const say = (citizenId: string, text: string) => citizens.say(citizenId, { type: 'text', text });
  const ticketRow = async (number: string) =>
    (await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number)))[0];
  const newCitizen = async (name: string) => {
    const id = await citizens.create(name);
    await citizens.say(id, { type: 'follow' });
    return id;
  };
  const sendAs = async (citizenId: string, choice: '#choice:anonymous' | null) => {
    const summary = choice === null ? '' : texts(await say(citizenId, choice));
    const sent = texts(await say(citizenId, '#choice:send'));
    const number = NUMBER.exec(sent)?.[0];
    if (!number) throw new Error(`no ticket number in: ${sent}`);
    return { summary, number };
  };

  beforeAll(async () => {
    system = await startTestSystem({ env: { FEEDBACK_RETENTION_DAYS: String(RETENTION_DAYS) } });
    citizens = ZaloCitizens.of(system);
    admin = await signInFirstAdmin(system);
    expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    const account = {
      email: 'sxd@province.gov.vn',
      password: 'official of the building department',
      roles: ['official'],
    };
    // An account's unit is one of the catalogue's.
    const unknown = await admin.request('POST', '/accounts', { ...account, unitCode: 'so-tc' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ path: 'unitCode' }] });
    expect(JSON.stringify(unknown.body.errors)).toContain('so-tc');
    const created = await admin.request('POST', '/accounts', { ...account, unitCode: 'sxd' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.unitCode).toBe('sxd');
    const moved = await admin.request('PATCH', `/accounts/${String(created.body.id)}`, { unitCode: 'so-tc' });
    expect(moved.status).toBe(400);
    sxd = new AdminApi(system.url);
    await sxd.login('sxd@province.gov.vn', 'official of the building department');
  });
  afterAll(() => system.destroy());

  it('routes by category and commune, scopes officials to their unit, reminds of overdue tickets, purges on schedule', async () => {
    // Admins edit the routing table (audited) with units of the catalogue, which names them; an official may read it,
    // not change it.
    const strange = await admin.request('PUT', '/feedback/routing', {
      ...ROUTING,
      rules: [...ROUTING.rules, { categoryCode: 'MOI_TRUONG', communeCode: null, unitCode: 'so-tnmt' }],
    });
    expect(strange.status).toBe(400);
    expect(strange.body.errors).toMatchObject([
      { path: 'rules.2.unitCode', message: expect.stringContaining('so-tnmt') },
    ]);
    const put = await admin.request('PUT', '/feedback/routing', ROUTING);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({
      rules: [
        { ...ROUTING.rules[0], unitName: 'Sở Xây dựng' },
        { ...ROUTING.rules[1], unitName: 'UBND phường Kinh Bắc' },
      ],
      deadlines: ROUTING.deadlines,
      defaultWorkingDays: 10,
    });
    expect((await sxd.request('PUT', '/feedback/routing', ROUTING)).status).toBe(403);
    expect((await sxd.request('GET', '/feedback/routing')).body.rules).toHaveLength(2);
    const routingAudit = await system.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'feedback.routing.update'));
    expect(routingAudit).toHaveLength(1);
    const doubled = await admin.request('PUT', '/feedback/routing', {
      rules: [ROUTING.rules[0], ROUTING.rules[0]],
      deadlines: [],
    });
    expect(doubled.status).toBe(400);

    // A citizen in Kinh Bắc sends a photo, then "bỏ qua": the photo is kept (it used to be dropped).
    const inKinhBac = await newCitizen('Phạm Thị Lan');
    await say(inKinhBac, 'phản ánh');
    await say(inKinhBac, 'hạ tầng');
    expect(texts(await say(inKinhBac, CONTENT))).toContain('Gửi từ 1 đến 5 ảnh');
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'cong.jpg');
    const uploaded = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    const url = ((await uploaded.json()) as { url: string }).url;
    expect(texts(await citizens.say(inKinhBac, { type: 'image', url }))).toContain('Đã nhận 1 ảnh');
    expect(texts(await say(inKinhBac, 'bỏ qua'))).toContain('ở đâu');
    expect(texts(await say(inKinhBac, 'phuong kinh bac'))).toContain('họ tên và số điện thoại');
    await say(inKinhBac, '#choice:contact');
    const summary = texts(
      await citizens.say(inKinhBac, { type: 'submit_info', name: 'Phạm Thị Lan', phone: '0912345678' }),
    );
    expect(summary).toContain('• Ảnh: 1 ảnh');
    const kinhBac = (await sendAs(inKinhBac, null)).number;

    // Another citizen gives no place: the category's general rule applies.
    const elsewhere = await newCitizen('Trần Văn Bình');
    await say(elsewhere, 'phản ánh');
    await say(elsewhere, 'hạ tầng');
    await say(elsewhere, CONTENT);
    await say(elsewhere, 'bỏ qua');
    await say(elsewhere, 'bỏ qua');
    const general = (await sendAs(elsewhere, '#choice:anonymous')).number;

    const first = await ticketRow(kinhBac);
    const second = await ticketRow(general);
    expect(first?.unitCode).toBe('ubnd-kb');
    expect(second?.unitCode).toBe('sxd');
    // Three working days of the province's calendar, counted from the day of filing.
    if (!first?.dueAt || !second?.dueAt) throw new Error('tickets without a deadline');
    expect(first.dueAt.toISOString()).toBe(
      workingDayDeadline(first.createdAt, 3, system.config.province).toISOString(),
    );

    // The SXD official sees only SXD's tickets; another unit's ticket is refused and the attempt audited.
    const listed = await sxd.request('GET', '/feedback/tickets');
    expect((listed.body.items as Array<{ number: string }>).map((item) => item.number)).toEqual([general]);
    expect((await sxd.request('GET', '/feedback/tickets?unit=ubnd-kb')).body.items).toEqual([]);
    const refused = await sxd.request('GET', `/feedback/tickets/${kinhBac}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FEEDBACK_OTHER_UNIT' });
    expect((await sxd.request('POST', `/feedback/tickets/${kinhBac}/answer`, { text: 'Đã xử lý.' })).status).toBe(403);
    const refusals = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'feedback.refused'), eq(auditLog.targetId, kinhBac)));
    expect(refusals.map((row) => (row.after as { attempted: string }).attempted).sort()).toEqual([
      'feedback.answer',
      'feedback.read',
    ]);
    expect((await sxd.request('GET', `/feedback/tickets/${general}`)).status).toBe(200);
    // Admins see every unit, and assign tickets to the catalogue's units only.
    expect((await admin.request('GET', '/feedback/tickets')).body.items).toHaveLength(2);
    const assign = (unitCode: string) => admin.request('POST', `/feedback/tickets/${general}/assign`, { unitCode });
    expect((await assign('so-tnmt')).status).toBe(400);
    expect((await assign('sxd')).body).toMatchObject({ unitCode: 'sxd' });

    // The SXD ticket passes its deadline: it is flagged, listed first, and reminded once.
    await system.database.db
      .update(feedbackTickets)
      .set({ dueAt: sql`now() - interval '1 hour'` })
      .where(eq(feedbackTickets.number, general));
    const overdue = await admin.request('GET', '/feedback/tickets?overdue=true');
    expect(overdue.body.items).toEqual([expect.objectContaining({ number: general, overdue: true })]);
    const sorted = await admin.request('GET', '/feedback/tickets?sort=overdue_first');
    expect((sorted.body.items as Array<{ number: string }>).map((item) => item.number)).toEqual([general, kinhBac]);
    await system.feedbackWatch?.runOnce();
    await system.feedbackWatch?.runOnce();
    expect((await ticketRow(general))?.remindedAt).not.toBeNull();
    expect((await ticketRow(kinhBac))?.remindedAt).toBeNull();
    const metrics = await (await fetch(`${system.url}/metrics`)).text();
    expect(metrics).toContain('zalo_egov_feedback_overdue_reminders_total{unit="sxd"} 1');
    expect(metrics).toContain('zalo_egov_feedback_overdue_tickets{unit="sxd"} 1');

    // Retention: the Kinh Bắc ticket is closed and left longer than FEEDBACK_RETENTION_DAYS; its personal data go.
    const stored = await eventually(async () => {
      const row = await ticketRow(kinhBac);
      const [attachment] = await system.database.db
        .select()
        .from(feedbackAttachments)
        .where(eq(feedbackAttachments.ticketId, String(row?.id)));
      return attachment?.status === 'stored' ? attachment : undefined;
    }, 30_000);
    const photoFile = path.join(
      system.config.feedback.photos.dir,
      String(stored.sha256).slice(0, 2),
      String(stored.sha256),
    );
    await fs.access(photoFile);
    expect((await admin.request('POST', `/feedback/tickets/${kinhBac}/close`, {})).status).toBe(200);
    await system.database.db
      .update(feedbackTickets)
      .set({ updatedAt: sql`now() - interval '${sql.raw(String(RETENTION_DAYS + 1))} days'` })
      .where(eq(feedbackTickets.number, kinhBac));
    await system.feedbackWatch?.runOnce();
    const purged = await ticketRow(kinhBac);
    expect(purged).toMatchObject({
      citizenId: 'anonymised',
      content: '',
      contactNameSealed: null,
      contactPhoneSealed: null,
      placeAddress: null,
      placeCommuneCode: KINH_BAC,
      unitCode: 'ubnd-kb',
      status: 'closed',
    });
    expect(purged?.purgedAt).not.toBeNull();
    await expect(fs.access(photoFile)).rejects.toThrow();
    const view = await admin.request('GET', `/feedback/tickets/${kinhBac}`);
    expect(view.body).toMatchObject({ purged: true, contact: null, photos: [], place: null });
    // The open SXD ticket keeps everything.
    expect((await ticketRow(general))?.purgedAt).toBeNull();

    // Its author asks what is kept about them, then has it erased (after a confirmation naming what the law keeps).
    const mine = texts(await say(elsewhere, 'dữ liệu của tôi'));
    expect(mine).toContain('• Phản ánh, kiến nghị: 1');
    expect(mine).toContain('• Thông tin liên hệ đã chia sẻ: 0');
    expect(mine).toMatch(/• Lịch sử trò chuyện với trợ lý và cán bộ: [1-9]\d* tin nhắn/);
    const wrote = async () =>
      (await listConversation(system.database.db, elsewhere, 1000)).filter((row) =>
        JSON.stringify(row.body).includes(CONTENT),
      );
    expect(await wrote()).not.toHaveLength(0);
    expect(texts(await say(elsewhere, 'xóa dữ liệu của tôi'))).toContain('(LGSP) lưu và giải quyết');
    expect(texts(await say(elsewhere, '#choice:erase'))).toContain('Đã ghi nhận yêu cầu');
    const erased = await eventually(async () => {
      const row = await ticketRow(general);
      return row?.purgedAt ? row : undefined;
    }, 30_000);
    expect(erased).toMatchObject({ citizenId: 'anonymised', content: '', unitCode: 'sxd', status: 'forwarded' });
    // What they wrote goes from the conversation log too, not only after its retention.
    await eventually(async () => ((await wrote()).length === 0 ? true : undefined), 30_000);
    // The erasure is audited as an admin's is: the citizen's id and counts, by the system at the citizen's request.
    const ownErasure = await eventually(async () => {
      const rows = await system.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'citizen.data.erase'), eq(auditLog.targetId, elsewhere)));
      return rows.length > 0 ? rows : undefined;
    }, 30_000);
    expect(ownErasure).toHaveLength(1);
    expect(ownErasure[0]).toMatchObject({
      actorType: 'system',
      actorAccountId: null,
      targetType: 'citizen',
      after: { requestedBy: 'citizen', channel: 'chat', erased: { feedback: 1 } },
    });
    expect(JSON.stringify(ownErasure[0]?.after)).not.toContain(CONTENT);
    expect(texts(await say(elsewhere, 'dữ liệu của tôi'))).toContain('Hiện không có phản ánh');
    // The other citizen's contact details, shared with the Zalo card, are listed for them.
    expect(texts(await say(inKinhBac, 'dữ liệu của tôi'))).toContain('• Thông tin liên hệ đã chia sẻ: 1');
  }, 120_000);

  it('keeps a unit in use, retains per category, gives a reopened ticket a new deadline, erases on a letter', async () => {
    // A unit still routed to and still an official's cannot leave the catalogue; an unused one can.
    expect((await admin.request('PUT', '/feedback/routing', ROUTING)).status).toBe(200);
    const removing = await admin.request('PUT', '/settings/province', { units: [UNITS[1]] });
    expect(removing.status).toBe(409);
    // The answer says how much is left to move: rules, accounts, and the unit's tickets still open.
    const openOfSxd = await system.database.db
      .select()
      .from(feedbackTickets)
      .where(
        and(
          eq(feedbackTickets.unitCode, 'sxd'),
          sql`${feedbackTickets.status} in ('received', 'forwarded', 'processing', 'reopened')`,
        ),
      );
    expect(openOfSxd.length).toBeGreaterThan(0);
    expect(removing.body).toMatchObject({
      code: 'SETTINGS_UNIT_IN_USE',
      errors: {
        units: [{ code: 'sxd', routingRules: 1, accounts: 1, openTickets: openOfSxd.length, openHandoffs: 0 }],
      },
    });
    const extra = { code: 'to-tam', name: { vi: 'Tổ công tác tạm thời' } };
    expect((await admin.request('PUT', '/settings/province', { units: [...UNITS, extra] })).status).toBe(200);
    expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);

    // Retention of the category: 5 days instead of FEEDBACK_RETENTION_DAYS.
    const retention = await admin.request('PUT', '/feedback/retention', {
      categories: [{ categoryCode: CATEGORY, days: 5 }],
    });
    expect(retention.status, JSON.stringify(retention.body)).toBe(200);
    expect(retention.body).toEqual({ categories: [{ categoryCode: CATEGORY, days: 5 }], defaultDays: RETENTION_DAYS });
    expect((await sxd.request('PUT', '/feedback/retention', { categories: [] })).status).toBe(403);
    const file = async (name: string) => {
      const citizen = await newCitizen(name);
      await say(citizen, 'phản ánh');
      await say(citizen, 'hạ tầng');
      await say(citizen, CONTENT);
      await say(citizen, 'bỏ qua');
      await say(citizen, 'bỏ qua');
      return { citizen, number: (await sendAs(citizen, '#choice:anonymous')).number };
    };
    const short = await file('Lê Văn Cường');
    expect((await admin.request('POST', `/feedback/tickets/${short.number}/close`, {})).status).toBe(200);
    await system.database.db
      .update(feedbackTickets)
      .set({ updatedAt: sql`now() - interval '6 days'` })
      .where(eq(feedbackTickets.number, short.number));
    await system.feedbackWatch?.runOnce();
    expect((await ticketRow(short.number))?.purgedAt).not.toBeNull();

    // The citizen says the answered problem is not solved: reopened, due again in the category's working days.
    const again = await file('Hoàng Thị Dung');
    expect(
      (await admin.request('POST', `/feedback/tickets/${again.number}/answer`, { text: 'Đã thay nắp cống mới.' }))
        .status,
    ).toBe(200);
    await system.database.db
      .update(feedbackTickets)
      .set({ dueAt: sql`now() - interval '3 days'`, remindedAt: sql`now()` })
      .where(eq(feedbackTickets.number, again.number));
    await say(again.citizen, `#feedback_rate ${again.number}`);
    await say(again.citizen, '2');
    await say(again.citizen, 'không');
    const reopened = await ticketRow(again.number);
    expect(reopened).toMatchObject({ status: 'reopened', rating: 2, remindedAt: null });
    expect(reopened?.dueAt?.toISOString()).toBe(
      workingDayDeadline(reopened?.updatedAt ?? new Date(), 3, system.config.province).toISOString(),
    );

    // A letter to the province quotes the ticket number: the admin finds the citizen, sees and erases their data.
    const reference = 'Công văn 15/UBND ngày 01/12/2026';
    expect(
      (await sxd.request('POST', '/citizens/personal-data/find', { reference, ticketNumber: again.number })).status,
    ).toBe(403);
    // A "phone" without a phone number's digits would match everyone who shared none: refused.
    const noDigits = await admin.request('POST', '/citizens/personal-data/find', { reference, phone: '......' });
    expect(noDigits.status).toBe(400);
    const found = await admin.request('POST', '/citizens/personal-data/find', {
      reference,
      ticketNumber: again.number.toLowerCase().replace(/-/g, ' '),
    });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({
        citizenId: again.citizen,
        known: true,
        holders: expect.arrayContaining([
          expect.objectContaining({
            name: 'feedback',
            count: 1,
            items: [expect.objectContaining({ number: again.number, status: 'reopened', contactShared: false })],
          }),
        ]),
      }),
    ]);
    const erase = await admin.request('POST', `/citizens/${again.citizen}/personal-data/erase`, { reference });
    expect(erase.status, JSON.stringify(erase.body)).toBe(200);
    expect(erase.body).toMatchObject({ erased: { feedback: 1 } });
    expect(await ticketRow(again.number)).toMatchObject({ citizenId: 'anonymised', content: '', status: 'reopened' });
    // It may still be answered: the answer is kept with the ticket, and nobody is messaged.
    const answered = await admin.request('POST', `/feedback/tickets/${again.number}/answer`, { text: 'Đã sửa xong.' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const toNobody = await system.database.db
      .select()
      .from(messageDeliveries)
      .where(eq(messageDeliveries.citizenId, 'anonymised'));
    expect(toNobody).toHaveLength(0);
    const shown = await admin.request('POST', `/citizens/${again.citizen}/personal-data`, { reference });
    expect(shown.body).toMatchObject({ known: true, total: 0 });
    const audited = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'citizen'), eq(auditLog.targetId, again.citizen)));
    expect(audited.map((row) => row.action).sort()).toEqual([
      'citizen.data.erase',
      'citizen.data.erase.request',
      'citizen.data.read',
    ]);
    expect(JSON.stringify(audited.map((row) => row.after))).toContain(reference);
    const retentionAudit = await system.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'feedback.retention.update'));
    expect(retentionAudit).toHaveLength(1);
  }, 120_000);

  it("lists the LGSP's categories with the names and word lists citizens meet them by; a code without words is told", async () => {
    type View = {
      items: { code: string; name: string; labels: Record<string, string | null>; words: Record<string, number> }[];
      withoutWords: string[];
    };
    const read = async () => {
      const response = await admin.request('GET', '/feedback/categories');
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as View;
    };
    const first = await read();
    expect(first.items).toHaveLength(10);
    const infrastructure = first.items.find((item) => item.code === CATEGORY);
    expect(infrastructure?.labels).toEqual({ vi: 'Hạ tầng, đô thị', en: 'Infrastructure, urban areas' });
    expect(infrastructure?.words.vi).toBeGreaterThan(5);
    expect(infrastructure?.words.en).toBeGreaterThan(5);
    // "Lĩnh vực khác" names nothing on purpose: the one code a description never names.
    expect(first.withoutWords).toEqual(['KHAC']);

    // A list published for it (as a province does for codes of its own LGSP) is read from the live texts.
    const current = await admin.request('GET', '/flows/templates/vi/words/versions/1');
    const content = structuredClone(current.body.content) as { feedback: { category_words: Record<string, string[]> } };
    content.feedback.category_words.KHAC = ['chó thả rông'];
    const created = await admin.request('POST', '/flows/templates/vi/words/versions', { content });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await admin.request('POST', '/flows/templates/vi/words/publish', {
      version: created.body.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    await vi.waitFor(async () => expect((await read()).withoutWords).toEqual([]), { timeout: 30_000, interval: 500 });
    const other = (await read()).items.find((item) => item.code === 'KHAC');
    expect(other?.words).toEqual({ vi: 1, en: 0 });
  });
});
