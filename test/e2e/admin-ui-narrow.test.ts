// The admin web UI on a phone's width (420 px) in a real browser, on the whole server (sandbox mode): the header of
// every main page fits the screen (title, language switch, account menu) and so does the page (wide tables scroll in
// their own box), the menu opens from the burger and leads to a page, and the account menu still says who is signed
// in. A group of texts that does not exist is a page not found.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { texts, ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the narrow admin web UI browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
/** The side bar's screens an admin sees, by their address. */
const MAIN_PAGES = [
  '/',
  '/handoffs',
  '/feedback',
  '/announcements',
  '/flows',
  '/texts',
  '/releases',
  '/understanding',
  '/settings',
  '/canned-replies',
  '/connections',
  '/audit',
  '/failures',
  '/accounts',
];

/**
 * How far the header's content reaches past its own width, and past the screen's (0 when it fits), measured in the
 * page (a script: the test's types have no DOM).
 */
const MEASURE_HEADER = `(() => {
  const header = document.querySelector('header');
  const right = Math.max(...[...header.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right));
  return {
    header: header.scrollWidth - header.clientWidth,
    screen: Math.max(0, Math.ceil(right) - document.documentElement.clientWidth),
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
})()`;

function headerOverflow(page: Page): Promise<{ header: number; screen: number; page: number }> {
  return page.evaluate(MEASURE_HEADER);
}

describe.skipIf(!chromiumAvailable)('admin web UI at 420 px', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function signedIn(locale: string, width = 420): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 640 }, locale });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${admin.email}` }).waitFor();
    return page;
  }

  it('keeps the header of every main page within the screen, in Vietnamese and in English', async () => {
    const page = await signedIn('vi-VN');
    for (const address of MAIN_PAGES) {
      await page.goto(`${server.url}/admin${address === '/' ? '/' : address}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Wide tables scroll in their own box: the page itself never does sideways.
      await page.waitForLoadState('networkidle');
      expect({ address, ...(await headerOverflow(page)) }).toEqual({ address, header: 0, screen: 0, page: 0 });
    }
    // The longer English title gives way too.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Zalo OA administration' }).waitFor();
    expect(await headerOverflow(page)).toEqual({ header: 0, screen: 0, page: 0 });
    await page.context().close();
  }, 90_000);

  it('opens the menu from the burger, leads to a page, and shows who is signed in', async () => {
    const page = await signedIn('vi-VN');
    const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
    await page.getByRole('button', { name: 'Mở danh mục' }).click();
    // The last screen of the list is reachable on a short screen (the list scrolls).
    const accounts = menu.getByRole('link', { name: 'Tài khoản' });
    await accounts.scrollIntoViewIfNeeded();
    await accounts.click();
    await page.getByRole('heading', { name: 'Tài khoản', level: 1 }).waitFor();
    // The menu slid away (off the screen's left edge) to show the page.
    const rightEdge = async () => {
      const box = await menu.boundingBox();
      return box ? box.x + box.width : Infinity;
    };
    await expect.poll(rightEdge).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: admin.email }).click();
    await page.getByRole('menu').getByText(admin.email).waitFor();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).waitFor();
    await page.context().close();
  }, 60_000);

  it("shows accounts and feedback as cards at a phone's 375 px, their actions, deadline and unit on screen", async () => {
    const asAdmin = await adminApi(server.url, admin);
    const official = { email: 'can.bo.mot.don.vi.rat.dai@province.gov.vn', password: 'một câu mật khẩu đủ dài' };
    expect((await asAdmin('POST', '/accounts', { ...official, roles: ['official'] })).status).toBe(201);
    const citizens = ZaloCitizens.of(server);
    const citizen = await citizens.create('Đỗ Văn Hải');
    await citizens.say(citizen, { type: 'follow' });
    const content = 'Cống thoát nước trước chợ bị tắc, nước tràn lên mặt đường mỗi khi mưa.';
    for (const text of ['phản ánh', 'hạ tầng', content, 'bỏ qua', 'bỏ qua', '#choice:anonymous']) {
      await citizens.say(citizen, { type: 'text', text });
    }
    const sent = texts(await citizens.say(citizen, { type: 'text', text: '#choice:send' }));
    expect(sent).toMatch(/PA-ZL-\d{4}-\d{6}/);

    const page = await signedIn('vi-VN', 375);
    const onScreen = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 375;
    };
    await page.goto(`${server.url}/admin/accounts`);
    const card = page.getByTestId('account-row').filter({ hasText: official.email });
    await card.waitFor();
    for (const name of ['Vai trò…', 'Đơn vị…', 'Đặt mật khẩu…', 'Khóa…']) {
      expect({ name, onScreen: await onScreen(card.getByRole('button', { name })) }).toEqual({ name, onScreen: true });
    }
    expect(await headerOverflow(page)).toEqual({ header: 0, screen: 0, page: 0 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/admin-narrow-accounts.png', fullPage: true });

    await page.goto(`${server.url}/admin/feedback`);
    const ticket = page.getByTestId('ticket-row').first();
    await ticket.waitFor();
    // The title reads in lines of words, not a word a line; the deadline and the unit are on screen.
    const title = ticket.getByText(/Cống thoát nước/);
    expect((await title.boundingBox())?.width).toBeGreaterThan(250);
    expect(await onScreen(ticket.getByTestId('deadline'))).toBe(true);
    expect(await onScreen(ticket.getByText('Đơn vị:', { exact: false }))).toBe(true);
    expect(await headerOverflow(page)).toEqual({ header: 0, screen: 0, page: 0 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/admin-narrow-feedback.png', fullPage: true });
    await page.context().close();
  }, 120_000);

  it('shows a texts group that does not exist as a page not found, with a way back', async () => {
    const page = await signedIn('vi-VN');
    await page.goto(`${server.url}/admin/texts/khong-co-nhom-nay`);
    await page.getByRole('heading', { name: 'Không có trang này', level: 1 }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('link', { name: 'Về trang chủ' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${admin.email}` }).waitFor();
    await page.context().close();
  }, 60_000);
});
