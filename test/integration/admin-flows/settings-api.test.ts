import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { provinceSettings } from '../../../src/conversation/schema.js';
import { toVietnamWallClock } from '../../../src/kernel/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { buttonsOf, createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

const todayInVietnam = () => {
  const wall = toVietnamWallClock(new Date());
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
};

/**
 * The province's settings through the admin API, on the composed server: an admin changes the hotline, the name and
 * today's holiday, and a citizen on the sandbox Zalo reads them at once; undoing the change brings the configuration
 * back.
 */
describe("the province's settings", () => {
  let system: TestSystem;
  let admin: AdminApi;
  let editor: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    // Always open, so that only a holiday can close the offices (the test must not depend on when it runs).
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  async function newCitizen(): Promise<string> {
    const id = await citizens.create('Nguyễn Thị Lan');
    await citizens.say(id, { type: 'follow' });
    return id;
  }

  it('an admin changes them, every text and the office hours follow, and undoing returns to the configuration', async () => {
    const initial = await editor.request('GET', '/settings/province');
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ settings: { name: 'tỉnh Mẫu (ví dụ)', holidays: [] }, changed: {} });

    // Refused: a role without the permission, a malformed schedule, a field nobody knows, a date that is not one.
    expect((await editor.request('PUT', '/settings/province', { hotline: '0222 3 822 222' })).status).toBe(403);
    for (const bad of [{ officeHours: 'weekdays 8 to 5' }, { fax: '0222' }, { holidays: ['2027-02-30'] }]) {
      const refused = await admin.request('PUT', '/settings/province', bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }

    const changed = await admin.request('PUT', '/settings/province', {
      name: 'tỉnh Bắc Ninh',
      nameEn: 'Bac Ninh Province',
      hotline: '0222 3 822 222',
      holidays: [todayInVietnam()],
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({
      settings: { name: 'tỉnh Bắc Ninh', hotline: '0222 3 822 222', officeAddress: expect.stringContaining('Ví Dụ') },
      changed: {
        name: 'tỉnh Bắc Ninh',
        nameEn: 'Bac Ninh Province',
        hotline: '0222 3 822 222',
        holidays: [todayInVietnam()],
      },
    });
    const audits = () =>
      system.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'settings.province.change'), eq(auditLog.targetId, 'province')));
    const [audit] = await audits();
    expect(audit).toMatchObject({ before: {}, after: { hotline: '0222 3 822 222' } });
    // The same settings sent again change nothing and leave no second audit entry.
    const same = await admin.request('PUT', '/settings/province', changed.body.changed);
    expect(same.body).toMatchObject({ changed: changed.body.changed });
    expect(await audits()).toHaveLength(1);

    // A citizen reads the new name and hotline, and is told the officials are away today (a holiday).
    const citizenId = await newCitizen();
    const contact = texts(await citizens.say(citizenId, { type: 'text', text: 'liên hệ' }));
    expect(contact).toContain('tỉnh Bắc Ninh');
    expect(contact).toContain('0222 3 822 222');
    expect(contact).not.toContain('tỉnh Mẫu');
    const handoff = texts(await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' }));
    expect(handoff).toContain('ngoài giờ làm việc');
    await citizens.say(citizenId, { type: 'text', text: 'hủy' });
    // In English, the province's English name.
    const english = await newCitizen();
    await citizens.say(english, { type: 'text', text: 'English' });
    const inEnglish = texts(await citizens.say(english, { type: 'text', text: 'contact' }));
    expect(inEnglish).toContain('Public Administrative Service Centre of Bac Ninh Province');
    expect(inEnglish).not.toContain('tỉnh Bắc Ninh');

    // Undo: back to the configuration (and the offices, always open, are open again).
    const undone = await admin.request('PUT', '/settings/province', {});
    expect(undone.body).toMatchObject({ settings: { name: 'tỉnh Mẫu (ví dụ)', holidays: [] }, changed: {} });
    expect((undone.body.settings as Record<string, unknown>).nameEn).toBeUndefined();
    // The sandbox's example has an English name: an English reply carries no Vietnamese aside.
    const exampleInEnglish = texts(await citizens.say(english, { type: 'text', text: 'contact' }));
    expect(exampleInEnglish).toContain('of Mau Province (example)');
    expect(exampleInEnglish).not.toContain('ví dụ');
    const again = texts(await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' }));
    expect(again).toContain('ngay tại đây');
    expect(again).not.toContain('ngoài giờ làm việc');
  });

  it('takes office hours written the Vietnamese way, and citizens read them as usual in either language', async () => {
    const saved = await admin.request('PUT', '/settings/province', {
      officeHours: 'Thứ 2 - Thứ 6: 7h30-11h30, 13h30-17h; T7 7:30-11:30',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const citizenId = await newCitizen();
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'liên hệ' }))).toContain(
      'Giờ làm việc: Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00; Thứ Bảy: 07:30–11:30',
    );
    await citizens.say(citizenId, { type: 'text', text: 'English' });
    expect(texts(await citizens.say(citizenId, { type: 'text', text: 'contact' }))).toContain(
      'Monday – Friday: 07:30–11:30, 13:30–17:00; Saturday: 07:30–11:30',
    );
    expect((await admin.request('PUT', '/settings/province', {})).status).toBe(200);
  });

  it('refuses a hotline with nothing to dial, a portal that is not a web address and a holiday twice', async () => {
    const refusals: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [{ hotline: 'abc' }, { path: 'hotline', issue: 'custom', reason: 'hotline' }],
      [
        { portalUrl: 'javascript:alert(document.cookie)' },
        { path: 'portalUrl', issue: 'invalid_format', format: 'url' },
      ],
      [{ portalUrl: 'data:text/html,hi' }, { path: 'portalUrl', issue: 'invalid_format', format: 'url' }],
      [{ holidays: ['2026-12-25', '2026-12-25'] }, { path: 'holidays.1', issue: 'custom', reason: 'duplicate' }],
    ];
    for (const [body, problem] of refusals) {
      const refused = await admin.request('PUT', '/settings/province', body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body, JSON.stringify(body)).toMatchObject({ code: 'INVALID_INPUT', errors: [problem] });
    }
    expect((await admin.request('GET', '/settings/province')).body).toMatchObject({ changed: {} });

    // Hotlines as provinces write them; the citizen's call button dials the whole number, area code included.
    for (const hotline of ['1900 1234', '+84 222 3822222', '0222 3 822 222', '(0222) 3822222']) {
      const accepted = await admin.request('PUT', '/settings/province', { hotline });
      expect(accepted.status, hotline).toBe(200);
    }
    const citizenId = await newCitizen();
    const help = await citizens.say(citizenId, { type: 'text', text: 'trợ giúp' });
    expect(texts(help)).toContain('(0222) 3822222');
    expect(buttonsOf(help)).toContainEqual(expect.objectContaining({ payload: { phone_code: '02223822222' } }));
    expect(JSON.stringify(buttonsOf(help))).not.toContain('javascript:');
    await admin.request('PUT', '/settings/province', {});
  });

  it('tells the admin of a stored change the rules now refuse, which the configuration replaces', async () => {
    // Saved before hotlines had to dial: the hotline is not in effect, and the settings page says so.
    const overrides = { name: 'tỉnh Bắc Ninh', hotline: 'gọi tổng đài' };
    await system.database.db
      .insert(provinceSettings)
      .values({ id: 1, overrides, updatedBy: 'admin' })
      .onConflictDoUpdate({ target: provinceSettings.id, set: { overrides } });
    const view = await vi.waitFor(
      async () => {
        const read = await admin.request('GET', '/settings/province');
        expect(read.body.refused).toEqual([{ field: 'hotline', issue: 'custom', reason: 'hotline' }]);
        return read.body;
      },
      { timeout: 15_000, interval: 500 },
    );
    expect(view).toMatchObject({ changed: { name: 'tỉnh Bắc Ninh' }, settings: { name: 'tỉnh Bắc Ninh' } });
    expect((view.changed as Record<string, unknown>).hotline).toBeUndefined();
    // Saved again under today's rules: nothing refused any more.
    expect((await admin.request('PUT', '/settings/province', { hotline: '1900 1234' })).status).toBe(200);
    expect((await admin.request('GET', '/settings/province')).body.refused).toEqual([]);
    await admin.request('PUT', '/settings/province', {});
  });
});
