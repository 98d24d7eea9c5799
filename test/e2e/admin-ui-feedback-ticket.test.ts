// The feedback ticket page in a real browser, on the whole server (sandbox mode): what an official reads of a ticket
// (who is told of a change, which unit handles it) and how screen readers name it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { feedbackTickets } from '../../src/feedback/schema.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { texts, ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the feedback ticket browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const POLL = { timeout: UI_TIMEOUT_MS, interval: 250 };
const UNITS = [{ code: 'sxd', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } }];

describe.skipIf(!chromiumAvailable)('admin web UI: a feedback ticket', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };
  let asAdmin: Awaited<ReturnType<typeof adminApi>>;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true', OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    asAdmin = await adminApi(server.url, admin);
    expect((await asAdmin('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    const rules = [{ categoryCode: 'HA_TANG_DO_THI', communeCode: null, unitCode: 'sxd' }];
    expect((await asAdmin('PUT', '/feedback/routing', { rules, deadlines: [] })).status).toBe(200);
    citizens = ZaloCitizens.of(server);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  /** A citizen reports a problem anonymously, in the chat's words of `language`; answers the ticket's number. */
  async function report(citizen: string, words: readonly string[]): Promise<string> {
    await citizens.say(citizen, { type: 'follow' });
    for (const text of words) await citizens.say(citizen, { type: 'text', text });
    const sent = texts(await citizens.say(citizen, { type: 'text', text: '#choice:send' }));
    const number = /PA-ZL-\d{4}-\d{6}/.exec(sent)?.[0];
    if (!number) throw new Error(`no ticket number in: ${sent}`);
    return number;
  }
  const VIETNAMESE_REPORT = [
    'phản ánh',
    'hạ tầng',
    'Cống thoát nước trước chợ bị tắc, nước tràn lên mặt đường mỗi khi mưa.',
    'bỏ qua',
    'bỏ qua',
    '#choice:anonymous',
  ];

  /** Signs the admin in and opens the ticket's page, in the admin UI's language `language`. */
  async function openTicket(
    number: string,
    language: 'vi' | 'en' = 'vi',
  ): Promise<{ page: Page; done(): Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation').waitFor();
    // The official's choice of language, as the switch in the header remembers it.
    await page.evaluate(`localStorage.setItem('zegov.admin.language', '${language}')`);
    await page.goto(`${server.url}/admin/feedback/${number}`);
    // Attached rather than visible: an erased ticket's content is empty.
    await page.getByTestId('ticket-content').waitFor({ state: 'attached' });
    const done = async () => {
      await fs.mkdir('test-results', { recursive: true });
      await page.mouse.move(0, 0);
      await page.screenshot({
        path: path.join('test-results', `admin-feedback-ticket-${number}-${language}.png`),
        fullPage: true,
      });
      await context.close();
    };
    return { page, done };
  }

  it('does not tell the official that a citizen who erased their data is told of a reopen', async () => {
    const citizen = await citizens.create('Lê Thị Xoan');
    const number = await report(citizen, VIETNAMESE_REPORT);
    const text = 'Đơn vị đã thông cống trước chợ.';
    expect((await asAdmin('POST', `/feedback/tickets/${number}/answer`, { text })).status).toBe(200);
    await citizens.say(citizen, { type: 'text', text: 'xóa dữ liệu của tôi' });
    await citizens.say(citizen, { type: 'text', text: '#choice:erase' });
    const purged = async () =>
      (
        await server.database.db
          .select({ purgedAt: feedbackTickets.purgedAt })
          .from(feedbackTickets)
          .where(eq(feedbackTickets.number, number))
      ).map((row) => row.purgedAt !== null);
    await expect.poll(purged, POLL).toEqual([true]);

    const { page, done } = await openTicket(number);
    await page.getByRole('button', { name: 'Mở lại…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mở lại phản ánh' });
    await dialog.getByText('Người dân đã xóa dữ liệu của mình: không báo tới ai qua Zalo.', { exact: false }).waitFor();
    expect(await dialog.getByText('Người dân được báo').count()).toBe(0);
    expect(await dialog.getByText('người dân sẽ đọc').count()).toBe(0);
    await dialog.getByLabel('Lý do (không bắt buộc, lưu cùng phản ánh)').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
    await page.getByText('Đã mở lại phản ánh; người dân đã xóa dữ liệu nên không ai được báo.').waitFor();
    await page.getByRole('button', { name: 'Đóng…' }).click();
    await page
      .getByRole('dialog', { name: 'Đóng phản ánh' })
      .getByText('phản ánh được đóng nhưng không báo tới ai qua Zalo', { exact: false })
      .waitFor();
    await done();
  }, 60_000);

  it('names the unit field for screen readers as it reads on screen', async () => {
    const citizen = await citizens.create('Hồ Văn Đạt');
    const number = await report(citizen, VIETNAMESE_REPORT);
    const { page, done } = await openTicket(number);
    const unit = page.getByRole('combobox', { name: 'Đơn vị xử lý', exact: true });
    await expect.poll(() => unit.inputValue(), POLL).toBe('Sở Xây dựng');
    expect(await page.getByLabel('Giao cho đơn vị').count()).toBe(0);
    await done();
  }, 60_000);

  it("shows an English-speaking citizen's language, to answer in English, and fields by their English names", async () => {
    const citizen = await citizens.create('John Smith');
    const number = await report(citizen, [
      'English',
      'report a problem',
      'Infrastructure, urban areas',
      'The drain in front of the market is blocked and the street floods whenever it rains.',
      '#skip',
      '#skip',
      '#choice:anonymous',
    ]);
    const vietnamese = await openTicket(number);
    expect(await vietnamese.page.getByTestId('ticket-language').textContent()).toContain('Tiếng Anh');
    await vietnamese.page.getByText('Người dân này dùng tiếng Anh: hãy trả lời bằng tiếng Anh.').waitFor();
    await vietnamese.page.getByText('Lĩnh vực: Hạ tầng, đô thị', { exact: false }).waitFor();
    await vietnamese.done();

    const english = await openTicket(number, 'en');
    await english.page.getByText('Field: Infrastructure, urban areas', { exact: false }).waitFor();
    expect(await english.page.getByTestId('ticket-language').textContent()).toBe('English');
    await english.page.getByText('This citizen uses English: answer in English.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(english.page)).toEqual([]);
    await english.page.goto(`${server.url}/admin/feedback`);
    await english.page
      .getByTestId('ticket-row')
      .filter({ hasText: number })
      .getByText('Infrastructure, urban areas')
      .waitFor();
    await english.done();
  }, 60_000);

  it('shows the answer with the official who wrote it and its own rating, not the rating of an answer before a reopen', async () => {
    const citizen = await citizens.create('Vũ Thị Hằng');
    const number = await report(citizen, VIETNAMESE_REPORT);
    const answer = async (text: string) =>
      expect((await asAdmin('POST', `/feedback/tickets/${number}/answer`, { text })).status).toBe(200);
    const say = (text: string) => citizens.say(citizen, { type: 'text', text });
    await answer('Đơn vị đã kiểm tra cống trước chợ.');
    for (const text of [`#feedback_rate ${number}`, '4', 'không']) await say(text);
    await answer('Đơn vị đã nạo vét xong cống trước chợ hôm nay.');

    const first = await openTicket(number);
    await first.page.getByText(`Trả lời của cán bộ ${admin.email}, lúc`, { exact: false }).waitFor();
    expect(await first.page.getByTestId('ticket-rating').textContent()).toBe(
      'Người dân chưa đánh giá câu trả lời này (câu trả lời trước khi mở lại được đánh giá 4/5).',
    );
    expect(await seriousAccessibilityViolations(first.page)).toEqual([]);
    await first.done();

    for (const text of [`#feedback_rate ${number}`, '5', 'có']) await say(text);
    const rated = await openTicket(number);
    expect(await rated.page.getByTestId('ticket-rating').textContent()).toBe('Người dân đánh giá câu trả lời này 5/5.');
    await rated.done();
  }, 60_000);
});
