// The officials' hand-off desk in a real browser, on the whole server (sandbox mode), at a desk's width and a phone's:
// the list names each citizen (not "Cuộc trò chuyện <name>"), marks one who writes in English and a message left
// after hours, and keeps its actions on screen at 420 px; a conversation opens at its newest message and reply box,
// says what state the hand-off is in, attaches a photo (a file it refuses says why, in words), says where canned
// replies come from when there are none; once closed and rated, the hand-off is listed with its rating and note. The
// home card reads short waits as "dưới 1 phút".
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { buttonsOf, texts, ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi, createAccount } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, makePng } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the hand-off desk browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const OFFICIAL = { email: 'canbo@sandbox.local', password: 'Mat-khau-can-bo-2026', roles: ['official'] };

/** Where an element is against the window, measured in the page (the test's types have no DOM). */
function placeOf(page: Page, testId: string): Promise<{ top: number; bottom: number; right: number; height: number }> {
  return page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="${testId}"]').getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, right: box.right, height: window.innerHeight };
  })()`);
}

describe.skipIf(!chromiumAvailable)("admin web UI: the officials' hand-off desk", () => {
  let server: TestSystem;
  let browser: Browser;
  let citizens: ZaloCitizens;
  let english: string;
  let hung: string;

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true', OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    await createAccount(server.url, server.firstAdmin, OFFICIAL);
    citizens = new ZaloCitizens(server.url);
    // A citizen who writes in English, and one with a long conversation before asking for an official.
    english = await citizens.create('John Smith');
    await citizens.say(english, { type: 'follow' });
    await citizens.say(english, { type: 'text', text: 'I need to talk to a human' });
    await citizens.say(english, { type: 'text', text: 'My passport application has been pending for 3 weeks' });
    hung = await citizens.create('Trần Văn Hùng');
    await citizens.say(hung, { type: 'follow' });
    for (const question of ['giờ làm việc', 'thủ tục khai sinh', 'lệ phí bao nhiêu', 'liên hệ'])
      await citizens.say(hung, { type: 'text', text: question });
    await citizens.say(hung, { type: 'text', text: 'gặp cán bộ' });
    await citizens.say(hung, { type: 'text', text: 'Tôi muốn hỏi về giấy phép xây dựng nhà ở' });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function signedIn(width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 860 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(OFFICIAL.email);
    await page.getByLabel('Mật khẩu').fill(OFFICIAL.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${OFFICIAL.email}` }).waitFor();
    return page;
  }

  it('lists citizens by name with their language, and keeps the actions on screen at 420 px', async () => {
    const page = await signedIn(1280);
    await page.getByRole('navigation').getByRole('link', { name: 'Người dân cần cán bộ' }).click();
    const row = page.getByTestId('handoff-row').filter({ hasText: 'John Smith' });
    await row.getByRole('link', { name: 'John Smith', exact: true }).waitFor();
    await row.getByTestId('citizen-language').getByText('Tiếng Anh').waitFor();
    expect(
      await page.getByTestId('handoff-row').filter({ hasText: 'Trần Văn Hùng' }).getByText('Tiếng Anh').count(),
    ).toBe(0);
    expect(await page.getByText('Cuộc trò chuyện Trần Văn Hùng').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const phone = await signedIn(420);
    await phone.goto(`${server.url}/admin/handoffs`);
    const card = phone.getByTestId('handoff-row').filter({ hasText: 'Trần Văn Hùng' });
    const take = card.getByRole('button', { name: 'Nhận xử lý' });
    await take.waitFor();
    // On the screen as it is: no sideways scroll to reach "Nhận xử lý" or "Đóng".
    const box = await take.boundingBox();
    const close = await card.getByRole('button', { name: 'Đóng (đã xong)' }).boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(420);
    expect((close?.x ?? 0) + (close?.width ?? 0)).toBeLessThanOrEqual(420);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBe(420);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join('test-results', 'admin-handoffs-narrow.png'), fullPage: true });
    await page.context().close();
    await phone.context().close();
  }, 90_000);

  it('opens a conversation at its newest message, says its state, attaches a photo and says where canned replies are', async () => {
    const page = await signedIn(1280);
    await page.goto(`${server.url}/admin/handoffs`);
    await page.getByTestId('handoff-row').getByRole('link', { name: 'Trần Văn Hùng', exact: true }).click();
    await page.getByTestId('conversation-message').getByText('giấy phép xây dựng nhà ở').waitFor();
    // The newest message and the reply box are on screen, not the welcome at the top of a long log.
    await expect.poll(() => page.evaluate('window.scrollY'), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    const panel = page.getByTestId('live-handoff');
    expect((await placeOf(page, 'live-handoff')).bottom).toBeLessThanOrEqual(860);
    await panel.getByText('Người dân đang chờ cán bộ').waitFor();
    await panel.getByTestId('citizen-language').getByText('Tiếng Việt').waitFor();
    await panel.getByRole('button', { name: 'Nhận xử lý' }).click();
    await panel.getByText('Bạn đang xử lý').waitFor();
    // Taken: the header says an official is on it, not that the citizen waits.
    await panel.getByText('Cán bộ đang trao đổi với người dân').waitFor();
    expect(await panel.getByText('Người dân đang chờ cán bộ').count()).toBe(0);

    // No canned replies yet: where they come from (an official asks an admin).
    await page.getByTestId('canned-replies-none').getByText('Câu trả lời mẫu', { exact: false }).waitFor();
    // The server's limits, in words.
    const attachment = page.getByTestId('answer-attachment');
    await attachment.getByText('tối đa 10 MB', { exact: false }).waitFor();
    await attachment.getByText('PDF, DOC, DOCX (tối đa 5 MB)', { exact: false }).waitFor();

    // A file that is neither a photo nor a document: refused in words.
    const notADocument = page.waitForEvent('filechooser');
    await attachment.getByRole('button', { name: 'Đính kèm ảnh hoặc tệp' }).click();
    await (
      await notADocument
    ).setFiles({ name: 'huong-dan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a document') });
    await attachment.getByRole('alert').getByText('Chỉ gửi được ảnh JPEG, PNG hoặc tài liệu PDF, DOC, DOCX.').waitFor();

    // A photo: uploaded, shown, sent after the words.
    const photo = page.waitForEvent('filechooser');
    await attachment.getByRole('button', { name: 'Đính kèm ảnh hoặc tệp' }).click();
    await (await photo).setFiles({ name: 'thong-bao.png', mimeType: 'image/png', buffer: makePng() });
    await page.getByTestId('attached-file').getByText('Gửi kèm: thong-bao.jpg', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join('test-results', 'admin-handoff-attachment.png') });
    const before = await citizens.lastSeq(hung);
    await page.getByLabel('Trả lời người dân').fill('Mời anh xem thông báo đính kèm.');
    await page.getByRole('button', { name: 'Gửi qua Zalo' }).click();
    await page.getByText('Đã chuyển tin nhắn đi').waitFor();
    expect(await page.getByTestId('attached-file').count()).toBe(0);
    let received = await citizens.collect(hung, before);
    for (let attempt = 0; attempt < 20 && received.length < 2; attempt += 1)
      received = [...received, ...(await citizens.collect(hung, received.at(-1)?.seq ?? before))];
    expect(received.map((item) => item.body.message?.attachment?.type ?? 'text')).toEqual(['text', 'template']);
    expect(texts(received)).toContain('Mời anh xem thông báo đính kèm.');
    await page.context().close();
  }, 90_000);

  it("lists a closed hand-off with the citizen's rating and the note, also on the conversation page", async () => {
    const asOfficial = await adminApi(server.url, OFFICIAL);
    const queue = (await (await asOfficial('GET', '/conversations/handoffs')).json()) as {
      items: Array<{ id: string; citizenId: string }>;
    };
    const handoff = queue.items.find((item) => item.citizenId === hung);
    const before = await citizens.lastSeq(hung);
    const closed = await asOfficial('POST', `/conversations/handoffs/${handoff?.id}/close`, {
      note: 'Đã gửi thông báo',
    });
    expect(closed.status).toBe(200);
    let asked = await citizens.collect(hung, before);
    for (let attempt = 0; attempt < 20 && buttonsOf(asked).length < 6; attempt += 1)
      asked = [...asked, ...(await citizens.collect(hung, asked.at(-1)?.seq ?? before))];
    expect(texts(await citizens.say(hung, { type: 'text', text: '4 sao' }))).toContain('Cảm ơn anh/chị đã đánh giá');

    const page = await signedIn(1280);
    // The home card: a wait of seconds is "under a minute", not "0 minutes".
    await page
      .getByRole('region', { name: 'Người dân đang chờ cán bộ' })
      .getByText('dưới 1 phút', { exact: false })
      .waitFor();
    await page.goto(`${server.url}/admin/handoffs`);
    const row = page.getByTestId('closed-handoff').filter({ hasText: 'Trần Văn Hùng' });
    await row.getByRole('img', { name: 'Người dân đánh giá 4/5' }).waitFor();
    await row.getByText('Đã gửi thông báo').waitFor();
    await row.getByText('Cán bộ đóng').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join('test-results', 'admin-handoffs-closed.png'), fullPage: true });
    await row.getByRole('link', { name: 'Trần Văn Hùng' }).click();
    const history = page.getByTestId('closed-handoffs');
    await history.getByRole('img', { name: 'Người dân đánh giá 4/5' }).waitFor();
    await history.getByText('Ghi chú của cán bộ: Đã gửi thông báo').waitFor();
    expect(await page.getByTestId('live-handoff').count()).toBe(0);
    await page.context().close();
  }, 90_000);
});
