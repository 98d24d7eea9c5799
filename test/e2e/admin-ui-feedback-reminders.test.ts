// The feedback inbox's reminder banner in a real browser, on the whole server (sandbox mode): a ticket routed to a
// unit passes its deadline, the watch records the unit's reminder of the day, the unit's official sees the banner
// naming the ticket, opens it, and goes to the unit's overdue list from it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { feedbackTickets } from '../../src/feedback/schema.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { texts, ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the feedback reminders browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const OFFICIAL = { email: 'sxd@province.gov.vn', password: 'một câu mật khẩu đủ dài của sở xây dựng' };

describe.skipIf(!chromiumAvailable)('admin web UI: the overdue reminder banner of the feedback inbox', () => {
  let server: TestSystem;
  let browser: Browser;
  let number: string;

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true', OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    const admin = await adminApi(server.url, { email: server.firstAdmin.email, password: server.firstAdmin.password });
    const units = [{ code: 'sxd', name: { vi: 'Sở Xây dựng' } }];
    expect((await admin('PUT', '/settings/province', { units })).status).toBe(200);
    const rules = [{ categoryCode: 'HA_TANG_DO_THI', communeCode: null, unitCode: 'sxd' }];
    expect((await admin('PUT', '/feedback/routing', { rules, deadlines: [] })).status).toBe(200);
    expect((await admin('POST', '/accounts', { ...OFFICIAL, roles: ['official'], unitCode: 'sxd' })).status).toBe(201);
    const citizens = ZaloCitizens.of(server);
    const citizen = await citizens.create('Đỗ Văn Hải');
    await citizens.say(citizen, { type: 'follow' });
    for (const text of [
      'phản ánh',
      'hạ tầng',
      'Cống thoát nước trước chợ bị tắc, nước tràn lên mặt đường mỗi khi mưa.',
    ]) {
      await citizens.say(citizen, { type: 'text', text });
    }
    for (const text of ['bỏ qua', 'bỏ qua', '#choice:anonymous']) await citizens.say(citizen, { type: 'text', text });
    number =
      /PA-ZL-\d{4}-\d{6}/.exec(texts(await citizens.say(citizen, { type: 'text', text: '#choice:send' })))?.[0] ?? '';
    await server.database.db
      .update(feedbackTickets)
      .set({ dueAt: sql`now() - interval '2 days'` })
      .where(eq(feedbackTickets.number, number));
    expect(await server.feedbackWatch?.runOnce()).toMatchObject({ unitReminders: 1 });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it("shows the unit's reminder with its ticket, and leads to the unit's overdue list", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(OFFICIAL.email);
    await page.getByLabel('Mật khẩu').fill(OFFICIAL.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${OFFICIAL.email}` }).waitFor();
    // The home page charts the unit's tickets by state, the overdue part of an open state in red.
    const byStatus = page.getByRole('region', { name: 'Phản ánh theo tình trạng (tất cả, quá hạn: 1)' });
    await byStatus.locator('path.recharts-rectangle[fill*="red-8"]').first().waitFor();
    await page.goto(`${server.url}/admin/feedback`);
    const banner = page.getByTestId('overdue-reminder');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Nhắc việc hôm nay: Sở Xây dựng có 1 phản ánh quá hạn');
    await fs.mkdir('test-results', { recursive: true });
    await page.screenshot({ path: path.join('test-results', 'admin-feedback-reminder.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await banner.getByRole('link', { name: 'Xem danh sách quá hạn' }).click();
    await page.waitForURL(/overdue=true/);
    expect(page.url()).toContain('unit=sxd');
    await page.getByTestId('overdue-reminder').getByRole('link', { name: number }).click();
    await page.waitForURL(new RegExp(`/feedback/${number}$`));
    await context.close();
  });
});
