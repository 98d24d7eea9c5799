// The quick-start experience in a real browser: the whole server as main.ts composes it (sandbox mode, real Redis,
// the test database) and a newcomer chatting with the bot through the phone page, then talking with an official
// who answers through the admin API.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInFirstAdmin } from '../integration/admin-flows/clients.js';
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
    await expect.poll(() => phone.loadedImageWidth(imageBubble.locator('img')), { timeout: REPLY_TIMEOUT_MS }).toBe(48);
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

  it('hands a citizen to an official and back: the bot is silent meanwhile, then the citizen rates the help', async () => {
    const official = await signInFirstAdmin(server);
    const handoffOf = async (citizenId: string, changedSince?: string) => {
      const query = changedSince ? `?changedSince=${changedSince}` : '';
      const { items } = (await official.request('GET', `/conversations/handoffs${query}`)).body as { items: Handoff[] };
      return items.find((item) => item.citizenId === citizenId);
    };
    const asked = new Date(Date.now() - 60_000).toISOString();
    const citizenId = await phone.createCitizen('Phạm Thị Lan');
    await phone.follow();
    await phone.waitForOaMessagesBeyond(0);

    // One message hands over: no contact card, no second tap.
    let from = await phone.oaMessages.count();
    await phone.typeText('gặp cán bộ');
    await expect
      .poll(() => phone.oaTextFrom(from), { timeout: REPLY_TIMEOUT_MS })
      .toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    await expect.poll(() => handoffOf(citizenId).then((h) => h?.status), { timeout: REPLY_TIMEOUT_MS }).toBe('open');

    // The citizen's question and, after the official's answer, their thanks are for the official: the bot says
    // nothing to them (no "chưa hiểu", no "không có gì" small talk, no menu).
    from = await phone.oaMessages.count();
    await phone.typeText('Cho tôi hỏi hồ sơ cấp phép xây dựng đến đâu rồi?');
    await phone.expectDelivered(phone.citizenBubbleWithText('cấp phép xây dựng'));
    await expect.poll(() => handoffOf(citizenId).then((h) => h?.unanswered), { timeout: REPLY_TIMEOUT_MS }).toBe(1);
    const handoff = await handoffOf(citizenId);
    const answer = 'Chào chị Lan, hồ sơ của chị đang ở bước thẩm định.';
    const answered = await official.request('POST', `/conversations/handoffs/${handoff?.id}/messages`, {
      text: answer,
    });
    expect(answered.status).toBe(202);
    await expect.poll(() => phone.oaTextFrom(from), { timeout: REPLY_TIMEOUT_MS }).toContain(answer);
    await phone.typeText('Dạ cảm ơn anh');
    await phone.expectDelivered(phone.citizenBubbleWithText('Dạ cảm ơn anh'));
    await expect.poll(() => handoffOf(citizenId).then((h) => h?.unanswered), { timeout: REPLY_TIMEOUT_MS }).toBe(1);

    // The official closes with a note; the citizen is told the bot is back and rates the help with one tap.
    const closed = await official.request('POST', `/conversations/handoffs/${handoff?.id}/close`, {
      note: 'Đã trả lời tiến độ hồ sơ',
    });
    expect(closed.status).toBe(200);
    await expect
      .poll(() => phone.oaTextFrom(from), { timeout: REPLY_TIMEOUT_MS })
      .toContain('Cán bộ đã kết thúc cuộc trao đổi');
    const whileHandedOver = await phone.oaTextFrom(from);
    for (const botWords of ['chưa hiểu', 'không có gì', 'Anh/chị cần hỗ trợ gì']) {
      expect(whileHandedOver.split('Cán bộ đã kết thúc')[0]).not.toContain(botWords);
    }
    from = await phone.oaMessages.count();
    await page.getByTestId('oa-button').filter({ hasText: '5 - Rất hài lòng' }).last().click();
    await expect
      .poll(() => phone.oaTextFrom(from), { timeout: REPLY_TIMEOUT_MS })
      .toContain('Cảm ơn anh/chị đã đánh giá');
    // As on Zalo, the tapped button's hidden payload is not shown as the citizen's message.
    expect(await phone.citizenMessages.filter({ hasText: '#handoff_rate' }).count()).toBe(0);
    expect(await handoffOf(citizenId, asked)).toMatchObject({
      status: 'closed',
      rating: 5,
      closeNote: 'Đã trả lời tiến độ hồ sơ',
    });

    // The bot answers again.
    from = await phone.oaMessages.count();
    await phone.typeText('liên hệ');
    await expect.poll(() => phone.oaTextFrom(from), { timeout: REPLY_TIMEOUT_MS }).toContain('Đường dây nóng');
  }, 180_000);
});

interface Handoff {
  id: string;
  citizenId: string;
  status: string;
  unanswered: number;
  rating: number | null;
  closeNote: string | null;
}
