// The admin API's reference page in a real browser: rendered from the served document, with every file from this
// server and nothing refused by the Content-Security-Policy the rest of the app runs under.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApiContract } from '../helpers/admin-api-contract.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(
    `skipping the API reference page browser test: no chromium at ${CHROMIUM_PATH} (apt-get install chromium)`,
  );
}

describe.skipIf(!chromiumAvailable)('admin API reference page', () => {
  let server: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestSystem({ env: { SANDBOX: 'true' } });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows every operation, loads nothing from elsewhere and breaks no CSP rule', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Chromium reports what the Content-Security-Policy refuses as console errors.
    await page.goto(`${server.url}/api/admin/docs`);
    const operations = page.locator('.opblock');
    await expect.poll(() => operations.count(), { timeout: 20_000 }).toBe(adminApiContract.operations().length);
    await expect.poll(() => page.locator('.info .title').textContent()).toContain('zalo-egov admin API');

    // Opening an operation shows its responses, the problem answers among them.
    await page.locator('#operations-Accounts-updateAccount button.opblock-summary-control').first().click();
    await expect
      .poll(() => page.locator('#operations-Accounts-updateAccount .responses-table').first().textContent())
      .toContain('ADMIN_LAST_ADMIN');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
