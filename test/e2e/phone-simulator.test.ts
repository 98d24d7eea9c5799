// The phone page in a real browser against the Zalo simulator, with a small scripted OA behind the webhook in place
// of the engine: it covers every kind of OA message and citizen action the page supports, deterministically.
// The round trip through the real engine is test/e2e/phone.test.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_IDENTITY } from '../../src/config.js';
import { createPhoneRouter } from '../../src/sandbox/phone/index.js';
import { createZaloSimulator, type ZaloSimulator } from '../../src/sandbox/zalo/index.js';
import { listen, type RunningServer } from '../helpers/http.js';
import { testLogger } from '../helpers/logger.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, makePng } from './lib/browser.js';
import { PhonePage, REPLY_TIMEOUT_MS } from './lib/phone-page.js';

const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1"><b>đậm</b>';

type EventBody = {
  event_name: string;
  sender?: { id: string };
  follower?: { id: string };
  message?: { text?: string; attachments?: Array<{ payload: { url?: string } }> };
  info?: { name?: string; phone?: string };
};

describe.skipIf(!chromiumAvailable)(`phone page against the Zalo simulator (chromium at ${CHROMIUM_PATH})`, () => {
  let simulator: ZaloSimulator;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let phone: PhonePage;

  beforeAll(async () => {
    simulator = createZaloSimulator({
      appId: SANDBOX_IDENTITY.zaloAppId,
      appSecret: SANDBOX_IDENTITY.zaloAppSecret,
      oaSecretKey: SANDBOX_IDENTITY.zaloOaSecretKey,
      oaId: SANDBOX_IDENTITY.zaloOaId,
      webhookUrl: 'http://127.0.0.1:1/unset',
      logger: testLogger(),
    });
    const { accessToken } = simulator.issueTokens();
    const app = express();
    app.use('/sandbox/zalo', simulator.router);
    app.use('/sandbox/phone', createPhoneRouter());
    app.post('/webhooks/zalo', express.json(), (req, res) => {
      res.sendStatus(200);
      // Answer after acknowledging, as the real webhook does.
      void answer(req.body as EventBody).catch((error: unknown) => console.error('scripted OA failed', error));
    });
    server = await listen(app);
    simulator.setWebhookUrl(`${server.url}/webhooks/zalo`);

    // A scripted OA speaking the OA API over HTTP to the simulator.
    const send = async (userId: string, message: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/sandbox/zalo/openapi/v3.0/oa/message/cs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: accessToken },
        body: JSON.stringify({ recipient: { user_id: userId }, message }),
      });
      const body = (await response.json()) as { error: number };
      if (body.error !== 0) throw new Error(`OA send failed: ${JSON.stringify(body)}`);
    };
    const answer = async (event: EventBody) => {
      const userId = event.follower?.id ?? event.sender?.id;
      if (!userId) return;
      switch (event.event_name) {
        case 'follow':
          return send(userId, {
            text: 'Xin chào! Bạn cần gì?',
            attachment: {
              type: 'template',
              payload: {
                buttons: [
                  { title: 'Tra cứu hồ sơ', type: 'oa.query.hide', payload: '#dossier' },
                  {
                    title: 'Trang thông tin',
                    type: 'oa.open.url',
                    payload: { url: `${server.url}/sandbox/zalo/api/citizens` },
                  },
                  { title: 'Gọi tổng đài', type: 'oa.open.phone', payload: { phone_code: '1022' } },
                  { title: 'Liên kết lạ', type: 'oa.open.url', payload: { url: 'javascript:window.__pwned=1' } },
                ],
              },
            },
          });
        case 'user_send_text': {
          const text = event.message?.text ?? '';
          if (text === '#dossier') return send(userId, { text: 'Vui lòng nhập mã hồ sơ.' });
          if (text === 'phản ánh') {
            return send(userId, {
              attachment: {
                type: 'template',
                payload: {
                  template_type: 'request_user_info',
                  elements: [{ title: 'UBND tỉnh (sandbox)', subtitle: 'Xin phép nhận số điện thoại để phản hồi' }],
                },
              },
            });
          }
          return send(userId, { text: `Bạn vừa nói: ${text}` });
        }
        case 'user_send_image': {
          const url = event.message?.attachments?.[0]?.payload.url ?? '';
          return send(userId, {
            text: 'Đã nhận ảnh',
            attachment: {
              type: 'template',
              payload: { template_type: 'media', elements: [{ media_type: 'image', url }] },
            },
          });
        }
        case 'user_submit_info':
          return send(userId, { text: `Cảm ơn, đã nhận số ${event.info?.phone ?? ''}` });
        case 'user_send_location':
          return send(userId, { text: 'Đã nhận vị trí' });
        default:
          return undefined;
      }
    };

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 780 } });
    phone = new PhonePage(page);
  });

  afterAll(async () => {
    await browser?.close();
    simulator?.close();
    await server?.close();
  });

  it('plays a citizen end to end: create, follow, buttons, text, image, location, contact card', async () => {
    await phone.open(server.url);
    const citizenId = await phone.createCitizen('Nguyễn Thị Mai');

    await phone.follow();
    await page.getByTestId('system').filter({ hasText: 'quan tâm' }).first().waitFor();
    await phone.waitForOaMessagesBeyond(0);
    expect(await phone.oaMessages.first().textContent()).toContain('Xin chào! Bạn cần gì?');
    expect(simulator.citizens.get(citizenId)?.following).toBe(true);

    // The OA's buttons, as Zalo shows them under its text.
    const buttons = phone.oaMessages.first().getByTestId('oa-button');
    expect(await buttons.allTextContents()).toEqual([
      'Tra cứu hồ sơ',
      '🔗Trang thông tin',
      '📞Gọi tổng đài',
      '🔗Liên kết lạ',
    ]);

    // oa.query.hide sends its payload as the citizen's text, which Zalo does not show in the chat.
    await buttons.filter({ hasText: 'Tra cứu hồ sơ' }).click();
    await phone.waitForOaMessagesBeyond(1);
    expect(await phone.citizenBubbleWithText('#dossier').count()).toBe(0);
    expect(await phone.oaMessages.nth(1).textContent()).toContain('Vui lòng nhập mã hồ sơ.');

    // oa.open.url opens the link; oa.open.phone shows the number; a javascript: link is refused.
    const popup = page.waitForEvent('popup');
    await buttons.filter({ hasText: 'Trang thông tin' }).click();
    expect((await popup).url()).toBe(`${server.url}/sandbox/zalo/api/citizens`);
    await buttons.filter({ hasText: 'Gọi tổng đài' }).click();
    await page.getByTestId('system').filter({ hasText: '1022' }).waitFor();
    await buttons.filter({ hasText: 'Liên kết lạ' }).click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Liên kết không hợp lệ');

    // Typed text, including markup, is shown as text both ways and never becomes markup.
    await phone.typeText(HOSTILE_TEXT);
    await phone.expectDelivered(phone.citizenBubbleWithText('<b>đậm</b>'));
    await phone.waitForOaMessagesBeyond(2);
    expect(await phone.oaMessages.nth(2).textContent()).toContain(`Bạn vừa nói: ${HOSTILE_TEXT}`);
    expect(await page.getByTestId('chat').locator('b').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.has(globalThis, '__pwned'))).toBe(false);

    // An image from disk: uploaded to the simulator's CDN, then sent; the OA echoes it as a media message.
    await phone.sendImage('giay-to.png', makePng());
    const imageBubble = phone.citizenMessages.filter({ has: page.locator('img') }).last();
    await phone.expectDelivered(imageBubble);
    await phone.waitForOaMessagesBeyond(3);
    const echoed = phone.oaMessages.nth(3).locator('img');
    await expect.poll(() => phone.loadedImageWidth(echoed)).toBe(48);

    // Location with the manual fallback (headless chromium has no position to give).
    await page.getByTestId('open-location').click();
    await page.getByTestId('latitude').fill('10.7769');
    await page.getByTestId('longitude').fill('106.7009');
    await page.getByTestId('send-location').click();
    await phone.expectDelivered(phone.citizenBubbleWithText('10.7769, 106.7009'));
    await phone.waitForOaMessagesBeyond(4);

    // A request_user_info card: answered with name and phone through "Chia sẻ".
    await phone.typeText('phản ánh');
    await phone.waitForOaMessagesBeyond(5);
    const card = page.getByTestId('request-user-info').last();
    expect(await card.textContent()).toContain('Xin phép nhận số điện thoại để phản hồi');
    await card.getByRole('button', { name: 'Chia sẻ' }).click();
    const form = card.getByTestId('share-info-form');
    expect(await form.getByRole('textbox', { name: 'Họ tên · name' }).inputValue()).toBe('Nguyễn Thị Mai');
    await form.getByRole('textbox', { name: 'Số điện thoại · phone' }).fill('0912 345 678');
    await form.getByRole('button', { name: 'Chia sẻ' }).click();
    await card.getByText('Đã chia sẻ ✓').waitFor({ timeout: REPLY_TIMEOUT_MS });
    await phone.expectDelivered(phone.citizenBubbleWithText('Đã chia sẻ thông tin'));
    await phone.waitForOaMessagesBeyond(6);
    expect(await phone.oaMessages.nth(6).textContent()).toContain('Cảm ơn, đã nhận số 0912345678');
    expect(simulator.citizens.get(citizenId)?.sharedInfo).toMatchObject({
      name: 'Nguyễn Thị Mai',
      phone: '0912345678',
    });

    // Messages the OA sent are reported seen, as the Zalo app does once they are on screen.
    await expect
      .poll(() => phone.oaMessages.first().locator('.meta').getAttribute('data-state'), { timeout: REPLY_TIMEOUT_MS })
      .toBe('seen');

    // Everything appeared once, in the order it happened.
    const order = await page
      .getByTestId('chat')
      .locator('[data-seq]')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-seq'))));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);

    await fs.mkdir('test-results', { recursive: true });
    await page.screenshot({ path: path.join('test-results', 'phone-simulator.png'), fullPage: true });
  });

  it('fits a narrow phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await phone.waitForOaMessagesBeyond(6);
    await page.screenshot({ path: path.join('test-results', 'phone-narrow.png') });
    const overflow = await page.evaluate(() => {
      const root = Reflect.get(globalThis, 'document') as {
        documentElement: { scrollWidth: number; clientWidth: number };
      };
      return root.documentElement.scrollWidth - root.documentElement.clientWidth;
    });
    expect(overflow).toBe(0);
    expect(await page.getByTestId('send').isVisible()).toBe(true);
    await page.setViewportSize({ width: 390, height: 780 });
  });

  it('opens ready to type in a new browser: the citizen another browser created is chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 780 } });
    try {
      const other = new PhonePage(await context.newPage());
      await other.open(server.url);
      const select = other.page.getByTestId('citizen-select');
      await expect.poll(() => select.inputValue()).toBe([...simulator.citizens.keys()][0]);
      await expect.poll(() => other.page.getByTestId('message-input').isEnabled()).toBe(true);
      await other.waitForOaMessagesBeyond(0);
    } finally {
      await context.close();
    }
  });

  it('keeps the conversation after a reload and unfollows', async () => {
    await page.reload();
    await phone.waitForOaMessagesBeyond(6);
    await page.getByTestId('follow').click();
    await expect
      .poll(() => page.getByTestId('follow').textContent(), { timeout: REPLY_TIMEOUT_MS })
      .toContain('Quan tâm');
    await page.getByTestId('system').filter({ hasText: 'bỏ quan tâm' }).waitFor();
    expect([...simulator.citizens.values()].every((citizen) => !citizen.following)).toBe(true);
  });
});
