// The conversation log's messages without text in a real browser, on the whole server (sandbox mode): a citizen
// follows the OA, asks for an official, shares a place and their contact details; the official, whose browser is in
// another time zone, reads each in plain words (the place with its coordinates and a map link, the contact masked),
// in Vietnamese and in English, at the province's time. Once the hand-off is closed the page is still headed by the
// citizen's name; once the citizen's data is erased, by that.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the conversation events browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;

describe.skipIf(!chromiumAvailable)('admin web UI: what a citizen shared, in plain words', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };
  let citizen: string;
  let followedAt: string;

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true', OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    const citizens = ZaloCitizens.of(server);
    citizen = await citizens.create('Phan Thị Lan');
    await citizens.say(citizen, { type: 'follow' });
    await citizens.say(citizen, { type: 'text', text: 'gặp cán bộ' });
    await citizens.api(`/citizens/${citizen}/send`, { type: 'submit_info', name: 'Phan Thị Lan', phone: '0912345678' });
    await citizens.api(`/citizens/${citizen}/send`, { type: 'location', latitude: 16.0677812, longitude: 108.2208312 });
    const asAdmin = await adminApi(server.url, admin);
    type Item = { kind: string; occurredAt: string };
    const logged = async () =>
      ((await (await asAdmin('GET', `/conversations/${citizen}/messages?limit=50`)).json()) as { items: Item[] }).items;
    // The location is logged last: wait for it (a loop, since expect.poll runs only inside a test).
    for (let tries = 0; (await logged())[0]?.kind !== 'user_send_location'; tries += 1) {
      if (tries > 60) throw new Error('the shared location was not logged');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    followedAt = (await logged()).find((item) => item.kind === 'follow')?.occurredAt ?? '';
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows a follow, a shared contact (masked) and a place with a map link, at Vietnam time', async () => {
    // The official's computer is in New York: the log still reads in the province's time.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'America/New_York',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${admin.email}` }).waitFor();

    await page.goto(`${server.url}/admin/conversations/${citizen}`);
    const messages = page.getByTestId('conversation-message');
    await messages.getByText('Quan tâm OA', { exact: true }).waitFor();
    await messages.getByText('Người dân chia sẻ thông tin liên hệ: Phan T** L** 0912***678').waitFor();
    const place = messages.filter({ hasText: 'Vị trí người dân chia sẻ: 16.067781, 108.220831' });
    const map = place.getByRole('link', { name: 'Xem trên bản đồ (OpenStreetMap)' });
    expect(await map.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=16.067781&mlon=108.220831#map=17/16.067781/108.220831',
    );
    const log = (await page.getByTestId('conversation-message').allTextContents()).join('\n');
    expect(log).not.toMatch(/\[(follow|user_send_location|user_submit_info|attachment)\]/);
    expect(log).not.toContain('0912345678');
    // Hours and minutes, then the day with a four-digit year ("10:03 6/12/2026"), on Vietnam's clock.
    const vietnamTime = new Intl.DateTimeFormat('vi-VN', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date(followedAt));
    await messages.filter({ hasText: 'Quan tâm OA' }).getByText(vietnamTime, { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByText('English', { exact: true }).click();
    await messages.getByText('Followed the OA', { exact: true }).waitFor();
    await messages.getByText('Location shared by the citizen: 16.067781, 108.220831').waitFor();
    await messages.getByRole('link', { name: 'View on the map (OpenStreetMap)' }).waitFor();
    await messages.getByText('Contact details shared by the citizen: Phan T** L** 0912***678').waitFor();
    await context.close();
  }, 60_000);

  it("heads a closed hand-off's conversation with the citizen's name, and an erased citizen's as erased", async () => {
    const asAdmin = await adminApi(server.url, admin);
    const queue = (await (await asAdmin('GET', '/conversations/handoffs')).json()) as {
      items: Array<{ id: string; citizenId: string }>;
    };
    const handoff = queue.items.find((item) => item.citizenId === citizen);
    expect((await asAdmin('POST', `/conversations/handoffs/${handoff?.id}/close`, {})).status).toBe(200);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${admin.email}` }).waitFor();

    await page.goto(`${server.url}/admin/conversations/${citizen}`);
    await page.getByTestId('conversation-message').first().waitFor();
    await page.getByRole('heading', { name: 'Cuộc trò chuyện với người dân Phan Thị Lan', level: 1 }).waitFor();
    expect(await page.getByTestId('live-handoff').count()).toBe(0);

    const erased = await asAdmin('POST', `/citizens/${citizen}/personal-data/erase`, { reference: 'CV-17/2026' });
    expect(erased.status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Cuộc trò chuyện với người dân (đã xóa dữ liệu)', level: 1 }).waitFor();
    expect(await page.getByTestId('conversation-message').count()).toBe(0);
    await context.close();
  }, 60_000);
});
