// The night quiet hours in a real browser, on the whole server (sandbox mode): an official sends an ordinary
// announcement while they hold (quiet hours set around now, whatever the hour the test runs at); the send dialog, then
// the progress page, say at what time it will go.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { toVietnamWallClock } from '../../src/kernel/index.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi, createAccount } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the quiet hours browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const APPROVER = { email: 'approver@province.gov.vn', password: 'một câu mật khẩu đủ dài của người duyệt' };

/** `dd/mm/yyyy` in Vietnam, `offsetMinutes` from now. */
function vietnamDay(offsetMinutes: number): string {
  const wall = toVietnamWallClock(new Date(Date.now() + offsetMinutes * 60_000));
  return `${String(wall.day).padStart(2, '0')}/${String(wall.month).padStart(2, '0')}/${wall.year}`;
}

/** `HH:MM` in Vietnam, `offsetMinutes` from now. */
function vietnamClock(offsetMinutes: number): string {
  const wall = toVietnamWallClock(new Date(Date.now() + offsetMinutes * 60_000));
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

describe.skipIf(!chromiumAvailable)('admin web UI: an announcement sent in the quiet hours', () => {
  let server: TestSystem;
  let browser: Browser;
  let id: string;
  const quietStart = vietnamClock(-60);
  const quietEnd = vietnamClock(120);
  const quietEndDay = vietnamDay(120);

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({
      env: { SANDBOX: 'true', ANNOUNCEMENTS_QUIET_HOURS: `${quietStart}-${quietEnd}` },
    });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    const admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    await createAccount(server.url, admin, { ...APPROVER, roles: ['approver'] });
    const citizens = ZaloCitizens.of(server);
    await citizens.say(await citizens.create('Lê Thị Hoa'), { type: 'follow' });
    // Written and approved over the API (the screens for that are tested elsewhere).
    const asApprover = await adminApi(server.url, APPROVER);
    const asAdmin = await adminApi(server.url, admin);
    const content = { vi: { title: 'Lịch cắt nước', text: 'Sáng mai cắt nước từ 8 giờ đến 11 giờ.' } };
    const created = await asApprover('POST', '/announcements', { content });
    expect(created.status).toBe(201);
    id = ((await created.json()) as { id: string }).id;
    expect((await asApprover('POST', `/announcements/${id}/submit`)).status).toBe(200);
    expect((await asAdmin('POST', `/announcements/${id}/approve`)).status).toBe(200);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('says in the send dialog and on the progress page at what time it will go', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(APPROVER.email);
    await page.getByLabel('Mật khẩu').fill(APPROVER.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${APPROVER.email}` }).waitFor();
    await page.goto(`${server.url}/admin/announcements/${id}`);
    await page.getByRole('button', { name: 'Gửi…' }).click();
    const dialog = page.getByRole('dialog');
    const before = dialog.getByTestId('quiet-hours-note');
    await before.waitFor();
    expect(await before.textContent()).toBe(
      `Đang trong giờ nghỉ đêm: thông báo sẽ được gửi lúc ${quietEnd} ngày ${quietEndDay}. Đánh dấu khẩn cấp để gửi ngay.`,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Sent later, at a time in the quiet hours: the dialog says when it will really go.
    await dialog.getByLabel('Hẹn giờ gửi').check();
    await before.waitFor({ state: 'detached' });
    await dialog.getByLabel('Ngày (ngày/tháng/năm)').fill(vietnamDay(30));
    await dialog.getByLabel('Giờ (24 giờ)').fill(vietnamClock(30));
    const later = dialog.getByTestId('quiet-hours-later');
    await later.waitFor();
    expect(await later.textContent()).toBe(
      `Giờ này nằm trong giờ nghỉ đêm (${quietStart}–${quietEnd}): thông báo sẽ được gửi lúc ${quietEnd} ngày ${quietEndDay}. Đánh dấu khẩn cấp để gửi đúng giờ đã hẹn.`,
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Outside them, no warning.
    await dialog.getByLabel('Giờ (24 giờ)').fill(vietnamClock(180));
    await dialog.getByLabel('Ngày (ngày/tháng/năm)').fill(vietnamDay(180));
    await later.waitFor({ state: 'detached' });
    await dialog.getByLabel('Gửi ngay').check();
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã bắt đầu gửi.').waitFor();
    const waiting = page.getByTestId('quiet-hours-note');
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe(
      `Đang chờ hết giờ nghỉ đêm: thông báo sẽ được gửi lúc ${quietEnd} ngày ${quietEndDay}.`,
    );
    await context.close();
  }, 60_000);
});
