// The quick-start experience in a real browser: the whole server as main.ts composes it (sandbox mode, real Redis,
// the test database) and a newcomer chatting with the bot through the phone page.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, makePng } from './lib/browser.js';
import { PhonePage, REPLY_TIMEOUT_MS } from './lib/phone-page.js';

if (!chromiumAvailable) {
  console.warn(`skipping the phone page browser test: no chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
}

describe.skipIf(!chromiumAvailable)('phone page round trip through the whole server', () => {
  let server: TestSystem;
  let browser: Browser;
  let page: Page;
  let phone: PhonePage;

  beforeAll(async () => {
    server = await startTestSystem({ env: { SANDBOX: 'true' } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 780 } });
    phone = new PhonePage(page);
  }, 180_000);

  afterAll(async () => {
    if (page) {
      await fs.mkdir('test-results', { recursive: true });
      await page.screenshot({ path: path.join('test-results', 'phone.png') }).catch(() => undefined);
    }
    await browser?.close();
    await server?.destroy();
  });

  it('lets a newcomer follow, tap a button, chat, send an image and share contact info', async () => {
    await phone.open(server.url);
    await phone.createCitizen('Trần Văn Bình');

    // Following the OA brings the welcome message.
    await phone.follow();
    let seen = await phone.waitForOaMessagesBeyond(0);

    // Tapping one of the OA's query buttons sends its payload and the bot answers.
    const queryButton = page.locator('[data-testid="oa-button"][data-type^="oa.query"]').first();
    await queryButton.waitFor({ timeout: REPLY_TIMEOUT_MS });
    await queryButton.click();
    seen = await phone.waitForOaMessagesBeyond(seen);
    // As on real Zalo, the hidden payload of an oa.query.hide button is not shown as the citizen's message.
    expect(await phone.citizenMessages.count()).toBe(0);

    // Typed text gets an answer.
    await phone.typeText('xin chào');
    await phone.expectDelivered(phone.citizenBubbleWithText('xin chào'));
    seen = await phone.waitForOaMessagesBeyond(seen);

    // An image from disk is uploaded, sent, accepted by the webhook and shown.
    await phone.sendImage('anh-giay-to.png', makePng());
    const imageBubble = phone.citizenMessages.filter({ has: page.locator('img') }).last();
    await phone.expectDelivered(imageBubble);
    await expect.poll(() => phone.loadedImageWidth(imageBubble.locator('img'))).toBe(48);
    await phone.waitForOaMessagesBeyond(seen);

    // "Hồ sơ của tôi" (the shipped my_dossiers flow) asks for contact details with a request_user_info card, which the
    // citizen answers through "Chia sẻ"; the bot then looks the phone number up and answers.
    const cardsBefore = await page.getByTestId('request-user-info').count();
    await phone.typeText('hồ sơ của tôi');
    await expect
      .poll(() => page.getByTestId('request-user-info').count(), { timeout: REPLY_TIMEOUT_MS })
      .toBeGreaterThan(cardsBefore);
    seen = await phone.oaMessages.count();
    const card = page.getByTestId('request-user-info').last();
    await card.getByRole('button', { name: 'Chia sẻ' }).click();
    await card.getByRole('textbox', { name: 'Số điện thoại · phone' }).fill('0987654321');
    await card.getByTestId('share-info-form').getByRole('button', { name: 'Chia sẻ' }).click();
    await card.getByText('Đã chia sẻ ✓').waitFor({ timeout: REPLY_TIMEOUT_MS });
    await phone.expectDelivered(phone.citizenBubbleWithText('Đã chia sẻ thông tin'));
    await phone.waitForOaMessagesBeyond(seen);

    // Nothing the citizen did was refused by the webhook.
    expect(await page.locator('[data-testid="citizen-message"] .meta[data-state="failed"]').count()).toBe(0);
  }, 180_000);
});
