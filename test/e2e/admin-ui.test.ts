// The admin web UI in a real browser, on the whole server as main.ts composes it (sandbox mode): the first admin signs
// in, edits a flow and sees the validator's problem in the text, fixes it and tries the draft in the simulator, then
// publishes a changed text that a citizen on the sandbox phone page gets at once; an ended session leads back to
// sign-in with a message; an official sees no flows (the server refuses them anyway), takes a citizen's hand-off,
// answers them and closes it with a note; an editor drafts a release that an approver publishes after seeing what
// changes, then goes back to the earlier one and compares two; an official finds a citizen's feedback, answers it (the
// citizen gets it on Zalo), reopens and closes it. An official sends a waiting citizen a canned reply and transfers
// them to a unit (the queue counts by unit); the admin routes a field's feedback to a unit with its own deadline and
// gives an account a unit; an overdue ticket is marked in the inbox. A viewer reads flows, texts, releases,
// announcements and feedback with none of the buttons that change them, is refused a screen opened by its address, and
// the server refuses each action anyway.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { feedbackAttachments, feedbackTickets } from '../../src/feedback/schema.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { texts, ZaloCitizens } from '../integration/admin-flows/clients.js';
import { adminApi, createAccount, sandboxZalo } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';
import { PhonePage, REPLY_TIMEOUT_MS } from './lib/phone-page.js';

if (!chromiumAvailable) {
  console.warn(`skipping the admin web UI browser test: no chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
}

const UI_TIMEOUT_MS = 15_000;
/** How long to keep looking for what the worker does in the background (a hand-off, a message delivered). */
const POLL = { timeout: UI_TIMEOUT_MS, interval: 250 };
const OFFICIAL = { email: 'official@province.gov.vn', password: 'một câu mật khẩu đủ dài của cán bộ' };
const EDITOR = { email: 'editor@province.gov.vn', password: 'một câu mật khẩu đủ dài của biên tập viên' };
const APPROVER = { email: 'approver@province.gov.vn', password: 'một câu mật khẩu đủ dài của người duyệt' };
const VIEWER = { email: 'thanhtra@province.gov.vn', password: 'một câu mật khẩu đủ dài của người xem' };
/** The province's units (a scene the admin API sets; the settings screen edits them). */
const UNITS = [
  {
    code: 'so-tnmt',
    name: { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment' },
  },
  { code: 'ubnd-hai-chau', name: { vi: 'UBND phường Hải Châu' } },
];
/** A dossier the LGSP sandbox holds. */
const DOSSIER = '000.00.15.H02-221205-0001';
const FEEDBACK_CONTENT = 'Đèn đường trước nhà số 5 phố Lý Thái Tổ không sáng ba hôm nay, buổi tối rất tối.';

/** A street at dusk with an unlit lamp post, as a citizen's phone would send it (a 640×480 JPEG). */
function streetPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="300" fill="#2b3a55"/><rect y="300" width="640" height="180" fill="#55595c"/>
    <rect y="380" width="640" height="8" fill="#d8d8d0"/><rect x="420" y="90" width="10" height="290" fill="#3b3b3b"/>
    <rect x="360" y="84" width="80" height="10" fill="#3b3b3b"/><ellipse cx="362" cy="100" rx="22" ry="10" fill="#777"/>
    <rect x="40" y="180" width="180" height="120" fill="#6b5b4b"/><rect x="70" y="210" width="40" height="40" fill="#c9a95a"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

describe.skipIf(!chromiumAvailable)('admin web UI', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };
  const cspViolations: string[] = [];

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    // Officials answer at any hour here: a handoff, not a message left for the next working day.
    server = await startTestSystem({ env: { SANDBOX: 'true', OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    await createAccount(server.url, admin, { ...OFFICIAL, roles: ['official'] });
    await createAccount(server.url, admin, { ...EDITOR, roles: ['editor'] });
    await createAccount(server.url, admin, { ...APPROVER, roles: ['approver'] });
    await createAccount(server.url, admin, { ...VIEWER, roles: ['viewer'] });
    const asAdmin = await adminApi(server.url, admin);
    expect((await asAdmin('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  /** A fresh browser profile; `done` keeps a screenshot of the last screen in test-results/ and closes it. */
  async function newPage(name: string): Promise<{ page: Page; context: BrowserContext; done(): Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        cspViolations.push(message.text());
      }
    });
    const done = async () => {
      await fs.mkdir('test-results', { recursive: true });
      await page.screenshot({ path: path.join('test-results', `admin-${name}.png`) }).catch(() => undefined);
      await context.close();
    };
    return { page, context, done };
  }

  /** Puts a photo on the Zalo simulator's CDN (as a citizen's upload) and answers its link. */
  async function uploadToZalo(bytes: Buffer): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'den-duong.jpg');
    const response = await fetch(`${server.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { url: string }).url;
  }

  /** Whether the OA has sent the citizen a text containing `text` (the sandbox simulator's log of the conversation). */
  async function botSaid(citizenId: string, text: string): Promise<boolean> {
    const log = await sandboxZalo<{ items: Array<{ direction: string; body: { message?: { text?: string } } }> }>(
      server.url,
      `/citizens/${citizenId}/conversation`,
    );
    return log.items.some((item) => item.direction === 'out' && item.body.message?.text?.includes(text));
  }

  /** A citizen reports something anonymously on the sandbox Zalo; `reporting` ends with the ticket's number. */
  async function reportFeedback(
    name: string,
    content: string,
    options: { photoAndPlace?: boolean } = {},
  ): Promise<{ citizen: string; reporting: Promise<string> }> {
    const citizens = ZaloCitizens.of(server);
    const citizen = await citizens.create(name);
    const reporting = (async () => {
      await citizens.say(citizen, { type: 'follow' });
      for (const text of ['phan anh', 'hạ tầng', content]) await citizens.say(citizen, { type: 'text', text });
      if (options.photoAndPlace) {
        await citizens.say(citizen, { type: 'image', url: await uploadToZalo(await streetPhoto()) });
        await citizens.say(citizen, { type: 'text', text: 'xong' });
        await citizens.say(citizen, { type: 'location', latitude: 16.06778, longitude: 108.22083 });
      } else {
        for (const text of ['bỏ qua', 'bỏ qua']) await citizens.say(citizen, { type: 'text', text });
      }
      await citizens.say(citizen, { type: 'text', text: '#choice:anonymous' });
      const number = /PA-ZL-\d{4}-\d{6}/.exec(
        texts(await citizens.say(citizen, { type: 'text', text: '#choice:send' })),
      );
      if (!number) throw new Error(`no ticket number for ${name}'s feedback`);
      return number[0];
    })();
    return { citizen, reporting };
  }

  /** Keeps a screenshot of the screen as it is now in test-results/ (README's screens are chosen from them). */
  async function screenshot(page: Page, name: string): Promise<void> {
    await fs.mkdir('test-results', { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join('test-results', `admin-${name}.png`) });
  }

  async function signIn(page: Page, account: { email: string; password: string }, shot?: string): Promise<void> {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('heading', { name: 'Đăng nhập trang quản trị' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    if (shot) await screenshot(page, shot);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${account.email}` }).waitFor();
  }

  it('lets the first admin edit a flow (problem inline, fix, try, save, publish) and a text', async () => {
    const { page, context, done } = await newPage('flow-editor');
    await signIn(page, admin, 'sign-in');

    await page.getByRole('navigation').getByRole('link', { name: 'Kịch bản hội thoại' }).click();
    await page.getByRole('link', { name: 'Liên hệ và trợ giúp', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'flows');
    await page.getByRole('link', { name: 'Liên hệ và trợ giúp', exact: true }).click();
    // The flow by its title, as the list names it; its id below for the YAML's authors.
    await page.getByRole('heading', { name: 'Liên hệ và trợ giúp', level: 1 }).waitFor();
    const problems = page.getByTestId('problems');
    await problems.getByText('Không có lỗi.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A step nothing leads to, saying a text that does not exist: two problems, marked in the text.
    const editor = page.getByLabel('Nội dung YAML của kịch bản help', { exact: true });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  orphan:\n    type: end\n    template: core:help.nowhere\n');
    await problems.getByText('Bước không bao giờ được dùng', { exact: false }).waitFor();
    await problems.getByText('Thiếu câu trả lời (mẫu tin nhắn)', { exact: false }).first().waitFor();
    await page.locator('.cm-lintRange-error').first().waitFor();
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.cm-lint-marker-error').count()).toBeGreaterThan(0);

    // Undo the edit: the problems go, nothing is left unsaved.
    await editor.press('Control+z');
    await problems.getByText('Không có lỗi.').waitFor();
    await page.getByTestId('unsaved').waitFor({ state: 'detached' });

    // A step type that does not exist: the structure problem in Vietnamese, after its place and line, not zod's English.
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  bogus_step:\n    type: bogus\n');
    await problems
      .getByText('steps › bogus_step › type: loại bước không tồn tại; chỉ dùng được: say, ask', { exact: false })
      .waitFor();
    // Its `type:` is on the second line added after the shipped file's lines.
    const shippedLines = (await fs.readFile('flows/help.yaml', 'utf8')).split('\n').length - 1;
    expect(await problems.textContent()).toContain(`(bước bogus_step, dòng ${shippedLines + 2}):`);
    expect(await problems.textContent()).not.toContain('Invalid discriminator');
    await editor.press('Control+z');
    await problems.getByText('Không có lỗi.').waitFor();

    // The simulator answers as the bot would, buttons included, and shows the hand-off it would record.
    const simulator = page.getByTestId('simulator');
    await simulator.getByLabel('Tin nhắn của người dân', { exact: true }).fill('hotline');
    await simulator.getByRole('button', { name: 'Gửi' }).click();
    await simulator.getByTestId('bot-message').getByText('Trung tâm Phục vụ hành chính công tỉnh Mẫu').waitFor();
    await simulator.getByRole('button', { name: 'Nhắn cho cán bộ' }).click();
    await simulator.getByTestId('effects').first().waitFor();
    expect(await simulator.getByTestId('effects').first().textContent()).toContain('Sẽ ghi');

    // A valid change is saved as version 2, which opens in the editor, and published.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('# thử lưu từ trang quản trị\n');
    await problems.getByText('Không có lỗi.').waitFor();
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu phiên bản 2.').waitFor();
    // Publishing asks first, saying what goes live; focus starts on "Hủy", and Escape publishes nothing.
    await page.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
    const confirmFlow = page.getByRole('dialog', { name: 'Xuất bản phiên bản 2 của kịch bản help?' });
    await confirmFlow.getByText('Phiên bản 2 thay cho phiên bản 1 đang dùng', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Hủy');
    await screenshot(page, 'flow-publish-confirm');
    await page.keyboard.press('Escape');
    await confirmFlow.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Xuất bản phiên bản 2');
    const unpublished = (await (await page.request.get(`${server.url}/api/admin/flows`)).json()) as {
      items: Array<{ flowId: string; publishedVersion: number | null }>;
    };
    expect(unpublished.items.find((flow) => flow.flowId === 'help')?.publishedVersion).toBe(1);
    await page.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
    await confirmFlow.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
    await page.getByText('Đã xuất bản phiên bản 2').waitFor();
    const help = (await (await page.request.get(`${server.url}/api/admin/flows`)).json()) as {
      items: Array<{ flowId: string; publishedVersion: number | null }>;
    };
    expect(help.items.find((flow) => flow.flowId === 'help')?.publishedVersion).toBe(2);

    // The flow JSON Schema completes a step's fields.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  extra:\n    type: say\n    ');
    await page.keyboard.type('templ');
    await page.keyboard.press('Control+Space');
    await page.locator('.cm-tooltip-autocomplete').getByText('template', { exact: false }).first().waitFor();

    // The list of flows names who saved the newest version: the admin, just now; the others came with the server.
    await page.getByRole('navigation').getByRole('link', { name: 'Kịch bản hội thoại' }).click();
    await page.getByTestId('flow-row').filter({ hasText: 'help' }).getByText(`${admin.email}, lúc`).waitFor();
    expect(await page.getByTestId('flow-row').filter({ hasText: 'menu' }).textContent()).toContain(
      'Có sẵn khi cài đặt, lúc',
    );

    // Texts: Vietnamese and English side by side; a changed text is saved as a new version and published.
    // Each group by its title and what it holds, its code beside.
    await page.getByRole('navigation').getByRole('link', { name: 'Câu trả lời của bot' }).click();
    await page.getByText('Lời chào khi quan tâm OA, mục Liên hệ và trợ giúp', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Lời chào, trợ giúp và liên hệ', exact: true }).click();
    await page.getByRole('heading', { name: 'Lời chào, trợ giúp và liên hệ', level: 1 }).waitFor();
    const contact = page.getByRole('textbox', { name: 'help.contact (vi)', exact: true });
    await contact.waitFor();
    // The languages named as everywhere else in the Vietnamese UI.
    await page.getByRole('columnheader', { name: 'Tiếng Anh', exact: true }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'English', exact: true }).count()).toBe(0);
    // The shipped texts need no fix: the form of address and the province's details are not translations to keep.
    await page.getByLabel('Chỉ hiện dòng cần sửa (0)').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A placeholder nothing fills: marked, saved as a draft, and refused on publishing with the text named.
    const shippedContact = await contact.inputValue();
    await contact.fill(`${shippedContact} {{bogus}}`);
    await page.getByLabel('Chỉ hiện dòng cần sửa (1)').waitFor();
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu: VI 2.').waitFor();
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    const confirmTexts = page.getByRole('dialog', {
      name: 'Xuất bản nhóm câu trả lời «Lời chào, trợ giúp và liên hệ»?',
    });
    await confirmTexts.getByText('Tiếng Việt: phiên bản 2 (thay cho phiên bản 1)').waitFor();
    expect(await confirmTexts.textContent()).not.toContain('Tiếng Anh');
    await confirmTexts.getByRole('button', { name: 'Xuất bản' }).click();
    await page
      .getByTestId('publish-refused')
      .getByText('core:help.contact (VI): chỗ điền {{bogus}} không có dữ liệu nào điền vào', { exact: false })
      .waitFor();
    await page.getByText('Không xuất bản được: {{bogus}} không có dữ liệu để điền').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await contact.fill(`${shippedContact}\nTừ trang quản trị.`);
    await screenshot(page, 'texts');
    // The text as citizens read it, edit included, with the province's values, in both languages.
    await page.getByRole('button', { name: 'Xem trước help.contact', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Xem trước help.contact' });
    await preview.getByTestId('preview-vi').getByText('Từ trang quản trị.', { exact: false }).waitFor();
    expect(await preview.getByTestId('preview-vi').textContent()).toContain(
      'Trung tâm Phục vụ hành chính công tỉnh Mẫu (ví dụ):',
    );
    expect(await preview.getByTestId('preview-en').textContent()).toContain('Centre of Mau Province (example):');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join('test-results', 'admin-text-preview.png') });
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu: VI 3.').waitFor();
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await confirmTexts.getByText('Tiếng Việt: phiên bản 3 (thay cho phiên bản 1)').waitFor();
    await confirmTexts.getByRole('button', { name: 'Xuất bản' }).click();
    await page.getByText('Đã xuất bản: người dân nhận lời mới ngay.').waitFor();

    // A citizen on the sandbox phone page asks for the contact details and gets the published text.
    const phone = new PhonePage(await context.newPage());
    await phone.open(server.url);
    await phone.createCitizen('Nguyễn Thị Thu');
    await phone.follow();
    const welcomed = await phone.waitForOaMessagesBeyond(0);
    await phone.typeText('liên hệ');
    await expect.poll(() => phone.oaTextFrom(welcomed), { timeout: REPLY_TIMEOUT_MS }).toContain('Từ trang quản trị.');

    expect(cspViolations).toEqual([]);
    await done();
    // The longest walk of the file (typing, validating, simulating, saving, publishing, a citizen's answer).
  }, 60_000);

  it("keeps a flow editor's notice only while it holds: a refusal goes once the problems are fixed", async () => {
    const { page, done } = await newPage('flow-notice');
    await signIn(page, admin);
    await page.goto(`${server.url}/admin/flows/language`);
    await page.getByRole('heading', { name: 'Đổi ngôn ngữ', level: 1 }).waitFor();
    const problems = page.getByTestId('problems');
    await problems.getByText('Không có lỗi.').waitFor();

    // A version with a problem saves, but publishing it is refused: the refusal replaces "saved", not beside it.
    const editor = page.getByLabel('Nội dung YAML của kịch bản language', { exact: true });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  orphan:\n    type: end\n');
    await problems.getByText('Bước không bao giờ được dùng', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu phiên bản 2.').waitFor();
    await page.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
    await page
      .getByRole('dialog', { name: 'Xuất bản phiên bản 2 của kịch bản language?' })
      .getByRole('button', { name: 'Xuất bản phiên bản 2' })
      .click();
    const refused = page.getByText('Kịch bản chưa hợp lệ: xem danh sách lỗi bên dưới trình soạn thảo.');
    await refused.waitFor();
    expect(await page.getByText('Đã lưu phiên bản 2.').count()).toBe(0);

    // The problem fixed in the text: the refusal spoke of the version as it stood, and goes.
    await editor.click();
    await page.keyboard.press('Control+End');
    for (let line = 0; line < 2; line += 1) await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Backspace');
    await problems.getByText('Không có lỗi.').waitFor();
    await refused.waitFor({ state: 'detached' });
    // Saved again without the problem: a release drafted later of everything saved (a test below) has none.
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu phiên bản 3.').waitFor();
    await done();
  });

  it('sends a signed-out official back to sign-in with a message, and back to the screen afterwards', async () => {
    const { page, context, done } = await newPage('session-expired');
    await signIn(page, admin);
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Kịch bản hội thoại' }).click();
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Kịch bản hội thoại' }).waitFor();
    await done();
  });

  it('shows an official no flows, and a waiting citizen to take, answer on Zalo and close', async () => {
    // A citizen asks for an official on the sandbox Zalo, then writes what they need while they wait.
    const citizen = await sandboxZalo<{ id: string }>(server.url, '/citizens', { displayName: 'Lê Thị Hoa' });
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'follow' });
    // First a dossier looked up on the LGSP sandbox (the home page charts lookups by outcome).
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: DOSSIER });
    await expect.poll(() => botSaid(citizen.id, DOSSIER), POLL).toBe(true);
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: 'gặp cán bộ' });
    await expect.poll(() => botSaid(citizen.id, 'Tôi đã chuyển cuộc trò chuyện cho cán bộ'), POLL).toBe(true);
    // A photo of the paper first: kept for the official, who still sees it once Zalo's link has expired.
    const photoLink = await uploadToZalo(await streetPhoto());
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'image', url: photoLink });
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: 'Tôi cần hỏi về sổ đỏ' });

    const { page, done } = await newPage('official');
    await signIn(page, OFFICIAL);
    // An official answers feedback and citizens on the home page's word, but does not compose announcements.
    const screens = page.getByRole('list', { name: 'Anh/chị có thể dùng:' });
    await screens.getByText('đọc phản ánh của người dân, trả lời, từ chối hoặc đóng').waitFor();
    await screens.getByText('xem thông báo gửi người quan tâm OA, tiến độ gửi và báo cáo').waitFor();
    expect(await screens.textContent()).not.toContain('soạn thông báo');
    // The home page counts what waits: this citizen, for an official.
    const waiting = page.getByRole('region', { name: 'Người dân đang chờ cán bộ' });
    await waiting.getByText('1', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Phản ánh chưa giải quyết' }).waitFor();
    // Today's messages drawn in the lazily loaded chart.
    await page.getByTestId('messages-chart').locator('path.recharts-rectangle').first().waitFor();
    const lookups = page.getByTestId('lookups-chart');
    await lookups.locator('path.recharts-rectangle').first().waitFor();
    expect(await lookups.textContent()).toContain('Hồ sơ theo mã');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join('test-results', 'admin-home.png'), fullPage: true });
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: 'Trang chủ' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Kịch bản hội thoại' }).count()).toBe(0);
    await page.goto(`${server.url}/admin/flows`);
    await page.getByText('Không có quyền').waitFor();
    const refused = await page.request.get(`${server.url}/api/admin/flows`);
    expect(refused.status()).toBe(403);

    // The waiting citizen is listed by name, with their last message and one unanswered message (the list polls).
    await page.getByRole('navigation').getByRole('link', { name: 'Người dân cần cán bộ' }).click();
    const row = page.getByTestId('handoff-row').filter({ hasText: 'Lê Thị Hoa' });
    await row.getByText('Tôi cần hỏi về sổ đỏ').waitFor();
    await row.getByLabel('2 tin nhắn chưa được trả lời').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'handoffs');

    // Taking it tells the citizen an official has joined.
    await row.getByRole('button', { name: 'Nhận xử lý' }).click();
    await row.getByText('Bạn đang xử lý').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'Cán bộ đã tiếp nhận yêu cầu'), POLL).toBe(true);

    await row.getByRole('link', { name: 'Lê Thị Hoa', exact: true }).click();
    await page.getByTestId('conversation-message').getByText('Tôi cần hỏi về sổ đỏ').first().waitFor();
    await page.getByTestId('live-handoff').getByText('Bạn đang xử lý').waitFor();
    // Our copy, read with the official's session after Zalo's link expired: the picture is drawn, not a broken link.
    expect((await fetch(photoLink.replace('/cdn/', '/api/uploads/'), { method: 'DELETE' })).status).toBe(204);
    await page.reload();
    const kept = page.getByTestId('kept-attachment').getByRole('img', { name: 'Ảnh 1 người dân gửi' });
    await kept.waitFor();
    await expect
      .poll(
        () => kept.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth > 0),
        POLL,
      )
      .toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Trả lời người dân').fill('Chào chị Hoa, cán bộ Trung tâm xin trả lời.');
    await page.getByRole('button', { name: 'Gửi qua Zalo' }).click();
    await page.getByText('Đã chuyển tin nhắn đi').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'cán bộ Trung tâm xin trả lời'), POLL).toBe(true);
    await page.getByTestId('conversation-message').getByText('cán bộ Trung tâm xin trả lời').waitFor();
    await screenshot(page, 'conversation');

    // Closing with a note: the citizen is told, and the bot answers them again.
    await page.getByTestId('live-handoff').getByRole('button', { name: 'Đóng (đã xong)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết thúc trao đổi' });
    await dialog.getByLabel('Ghi chú cho cán bộ (không bắt buộc)').fill('Đã hướng dẫn nộp hồ sơ trực tuyến.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Kết thúc' }).click();
    await page.getByTestId('live-handoff').waitFor({ state: 'detached' });
    await expect.poll(() => botSaid(citizen.id, 'Cán bộ đã kết thúc cuộc trao đổi'), POLL).toBe(true);

    // English at a click, remembered by the browser.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Citizens waiting for an official' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Send on Zalo' }).waitFor();
    await done();
  }, 60_000);

  it('lets an official send a canned reply and transfer a waiting citizen to a unit, counted by unit', async () => {
    const asAdmin = await adminApi(server.url, admin);
    const canned = await asAdmin('POST', '/conversations/canned-replies', {
      title: 'Hướng dẫn nộp hồ sơ đất đai',
      content: { vi: { text: 'Anh/chị nộp hồ sơ đất đai trực tuyến tại Cổng dịch vụ công của tỉnh.' } },
    });
    expect(canned.status).toBe(201);
    const citizen = await sandboxZalo<{ id: string }>(server.url, '/citizens', { displayName: 'Đỗ Văn Hùng' });
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'follow' });
    // First a dossier looked up on the LGSP sandbox (the home page charts lookups by outcome).
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: DOSSIER });
    await expect.poll(() => botSaid(citizen.id, DOSSIER), POLL).toBe(true);
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: 'gặp cán bộ' });
    await expect.poll(() => botSaid(citizen.id, 'Tôi đã chuyển cuộc trò chuyện cho cán bộ'), POLL).toBe(true);

    const { page, done } = await newPage('handoff-transfer');
    await signIn(page, OFFICIAL);
    await page.getByRole('navigation').getByRole('link', { name: 'Người dân cần cán bộ' }).click();
    const row = page.getByTestId('handoff-row').filter({ hasText: 'Đỗ Văn Hùng' });
    await row.getByText('Hàng chờ chung').waitFor();
    await row.getByRole('link', { name: 'Đỗ Văn Hùng', exact: true }).click();

    // A canned reply, picked by its title and previewed, reaches the citizen.
    await page.getByRole('combobox', { name: 'Câu trả lời mẫu' }).click();
    await page.getByRole('option', { name: 'Hướng dẫn nộp hồ sơ đất đai' }).click();
    await page.getByTestId('canned-preview').getByText('trực tuyến tại Cổng dịch vụ công').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gửi câu trả lời mẫu' }).click();
    await page.getByText('Đã chuyển tin nhắn đi').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'nộp hồ sơ đất đai trực tuyến'), POLL).toBe(true);

    // Transferred to a unit: the citizen is told which, and the queue counts it under that unit.
    await page.getByTestId('live-handoff').getByRole('button', { name: 'Chuyển đơn vị…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển cho đơn vị khác' });
    await dialog.getByRole('combobox', { name: 'Đơn vị nhận' }).click();
    await dialog.getByRole('option', { name: 'Sở Tài nguyên và Môi trường' }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await page.getByTestId('live-handoff').getByText('Đơn vị: Sở Tài nguyên và Môi trường').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'đã được chuyển tới Sở Tài nguyên và Môi trường'), POLL).toBe(true);
    await page.getByRole('link', { name: '← Người dân cần cán bộ' }).click();
    await row.getByText('Sở Tài nguyên và Môi trường', { exact: true }).waitFor();
    const byUnit = page.getByTestId('handoffs-by-unit').getByRole('row').filter({ hasText: 'Sở Tài nguyên' });
    expect(await byUnit.getByRole('cell').allTextContents()).toEqual(['Sở Tài nguyên và Môi trường', '1', '0']);
    await byUnit.getByRole('button', { name: 'Sở Tài nguyên và Môi trường' }).click();
    await expect.poll(() => page.getByTestId('handoff-row').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await done();
    // Two messages the worker delivers and two screens, on a machine shared with other test processes.
  }, 90_000);

  it('lets an editor draft a release, an approver publish it after seeing what changes, go back, and compare', async () => {
    // The editor saved a new version of the help flow (over the API: the editor screen is tested above).
    const asEditor = await adminApi(server.url, EDITOR);
    const versions = (await (await asEditor('GET', '/flows/help/versions')).json()) as { items: { version: number }[] };
    const current = versions.items[0]?.version ?? 1;
    const { source } = (await (await asEditor('GET', `/flows/help/versions/${current}`)).json()) as { source: string };
    const saved = await asEditor('POST', '/flows/help/versions', { yaml: `${source}\n# bản dịp Tết\n` });
    expect(saved.status).toBe(201);
    const { version } = (await saved.json()) as { version: number };

    // The editor drafts a release of everything saved; publishing is not theirs to do, so it is not shown.
    const drafting = await newPage('releases-editor');
    await signIn(drafting.page, EDITOR);
    await drafting.page.getByRole('navigation').getByRole('link', { name: 'Bản phát hành' }).click();
    await drafting.page.getByLabel('Tên bản phát hành').fill('Lời chào dịp Tết');
    await drafting.page.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await drafting.page.getByText(/Đã tạo bản nháp #\d+\. Người duyệt có thể xuất bản\./).waitFor();
    const drafted = drafting.page.getByTestId('release-row').filter({ hasText: 'Lời chào dịp Tết' });
    await drafted.getByText('Bản nháp').waitFor();
    expect(await drafting.page.getByRole('button', { name: 'Xuất bản…' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(drafting.page)).toEqual([]);
    await drafting.done();

    // The approver sees what changes against the release in use, then publishes.
    const { page, done } = await newPage('releases');
    await signIn(page, APPROVER);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Bản phát hành' }).click();
    // What the server published is named in Vietnamese, made by the server or an account, never "seed" or "publish …";
    // its texts counted as the texts page lists them (9 groups, whatever their languages).
    const shippedRow = page.getByTestId('release-row').filter({ hasText: 'Kịch bản và câu trả lời có sẵn' });
    await shippedRow.getByText('Có sẵn khi cài đặt').first().waitFor();
    expect(await shippedRow.textContent()).toContain(' 9 nhóm câu trả lời');
    const listed = (await page.getByTestId('release-row').allTextContents()).join('\n');
    expect(listed).not.toMatch(/\bseed\b|publish |shipped/);
    const row = page.getByTestId('release-row').filter({ hasText: 'Lời chào dịp Tết' });
    await row.getByRole('button', { name: 'Xuất bản…' }).click();
    const publishing = page.getByRole('dialog', { name: 'Xuất bản «Lời chào dịp Tết»?' });
    const helpChange = publishing
      .getByTestId('release-diff')
      .getByRole('row')
      .filter({ hasText: 'Kịch bản «Liên hệ và trợ giúp»' });
    await helpChange.getByText(`phiên bản ${version}`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await publishing.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await page.getByText('Đã xuất bản «Lời chào dịp Tết»', { exact: false }).waitFor();
    await row.getByText('Đang dùng').waitFor();
    await row.getByText(APPROVER.email).waitFor();
    const flows = (await (await asEditor('GET', '/flows')).json()) as {
      items: { flowId: string; publishedVersion: number | null }[];
    };
    expect(flows.items.find((flow) => flow.flowId === 'help')?.publishedVersion).toBe(version);

    // Going back to the release used before: the same confirmation, the other way round.
    await page.getByRole('button', { name: 'Quay lại bản này…' }).first().click();
    const goingBack = page.getByRole('dialog', { name: /^Quay lại «/ });
    expect(await goingBack.getByRole('heading').first().textContent()).toMatch(
      /^Quay lại «(Xuất bản nhóm câu trả lời Lời chào, trợ giúp và liên hệ \(tiếng Việt, phiên bản \d+\)|Kịch bản và câu trả lời có sẵn)»\?$/,
    );
    await goingBack.getByTestId('release-diff').getByText('Kịch bản «Liên hệ và trợ giúp»').waitFor();
    await goingBack.getByRole('button', { name: 'Quay lại bản này', exact: true }).click();
    await page.getByText(/^Đã quay lại «/).waitFor();
    await row.getByText('Đã dùng trước đây').waitFor();
    // The home page names the release in use the same way.
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    const inUse = page.getByText(/^Đang dùng: «/);
    await inUse.waitFor();
    expect(await inUse.textContent()).toMatch(
      /^Đang dùng: «(Xuất bản nhóm câu trả lời|Kịch bản và câu trả lời có sẵn)/,
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Bản phát hành' }).click();

    // Any two compared (by default the one in use and the newer one); a changed flow opens its line-by-line diff.
    const compare = page.getByRole('region', { name: 'So sánh hai bản phát hành' });
    await compare.getByRole('link', { name: 'Kịch bản «Liên hệ và trợ giúp»' }).click();
    await page.getByRole('heading', { name: 'Lịch sử phiên bản: help' }).waitFor();
    await page.getByTestId('yaml-diff').getByText('# bản dịp Tết').waitFor();
    await page
      .getByTestId('flow-version-row')
      .filter({ hasText: `Phiên bản ${version}` })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join('test-results', 'admin-flow-history.png') });

    // The steps as a diagram beside the editor: a step's box selects that step in the YAML.
    await page.getByRole('link', { name: '← Về trình soạn thảo help' }).click();
    await page.getByRole('tab', { name: 'Sơ đồ các bước' }).click();
    await page
      .getByTestId('flow-graph')
      .getByRole('button', { name: 'Bước handoff: mở trong trình soạn thảo' })
      .click();
    await expect.poll(() => page.evaluate('document.getSelection().toString()')).toBe('handoff');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await done();
  }, 60_000);

  it('lets the first admin create an account, change its roles and disable it', async () => {
    const viewer = { email: 'viewer@province.gov.vn', password: 'một câu mật khẩu đủ dài của người xem' };
    const { page, done } = await newPage('accounts');
    await signIn(page, admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click();
    const form = page.getByRole('form', { name: 'Tạo tài khoản' });
    await form.getByLabel('Email').fill(viewer.email);
    await form.getByLabel('Mật khẩu').fill(viewer.password);
    // No role is ticked for the admin: each one grants its own rights. Sent without one, the form says what is missing.
    expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Chọn ít nhất một vai trò cho tài khoản.').waitFor();
    // What an approver may do, as the server grants it: releases, and announcements others wrote.
    await form.getByText('duyệt hoặc trả lại thông báo người khác soạn', { exact: false }).waitFor();
    await form.getByRole('checkbox', { name: 'Người xem' }).check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText(`Đã tạo tài khoản ${viewer.email}.`).waitFor();
    const row = page.getByTestId('account-row').filter({ hasText: viewer.email });
    await row.getByText('Người xem').waitFor();
    // What the server refuses reads under the field it is about, not in a box above the button: a short password, then
    // an email that already has an account.
    await form.getByLabel('Email').fill('ngan@province.gov.vn');
    await form.getByLabel('Mật khẩu').fill('ngắn quá');
    await form.getByRole('checkbox', { name: 'Người xem' }).check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Mật khẩu quá ngắn: cần ít nhất 12 ký tự.').waitFor();
    // Under the password's input: the message and the input share their field's wrapper.
    const shortPassword = form.getByText('Mật khẩu quá ngắn: cần ít nhất 12 ký tự.');
    expect(await shortPassword.locator('xpath=..').getByLabel('Mật khẩu').count()).toBe(1);
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByLabel('Email').fill(viewer.email);
    await form.getByLabel('Mật khẩu').fill(viewer.password);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const taken = form.getByText('Đã có tài khoản với email này.');
    await taken.waitFor();
    expect(await taken.locator('xpath=..').getByLabel('Email').count()).toBe(1);
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByLabel('Email').fill('');
    await form.getByLabel('Mật khẩu').fill('');
    await form.getByRole('checkbox', { name: 'Người xem' }).uncheck();
    // The form is ready for the next account: the viewer's roles are not carried over to it unseen.
    expect(await form.getByLabel('Email').inputValue()).toBe('');
    expect(await form.getByRole('checkbox', { checked: true }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect((await (await adminApi(server.url, viewer))('GET', '/flows')).status).toBe(200);

    await row.getByRole('button', { name: 'Vai trò…' }).click();
    const roles = page.getByRole('dialog', { name: `Vai trò của ${viewer.email}` });
    await roles.getByRole('checkbox', { name: 'Cán bộ' }).check();
    await roles.getByRole('button', { name: 'Lưu vai trò' }).click();
    await row.getByText('Cán bộ, Người xem').waitFor();

    // An official of a unit: they see only its feedback and hand-offs (the server's rule, tested with the API).
    await row.getByText('Toàn tỉnh').waitFor();
    await row.getByRole('button', { name: 'Đơn vị…' }).click();
    const unit = page.getByRole('dialog', { name: `Đơn vị của ${viewer.email}` });
    await unit.getByRole('combobox', { name: 'Đơn vị' }).click();
    await unit.getByRole('option', { name: 'UBND phường Hải Châu' }).click();
    await unit.getByRole('button', { name: 'Lưu đơn vị' }).click();
    await row.getByText('UBND phường Hải Châu').waitFor();

    // The viewer is signed in elsewhere when the admin disables the account.
    const elsewhere = await newPage('accounts-disabled');
    await signIn(elsewhere.page, viewer);
    await row.getByRole('button', { name: 'Khóa…' }).click();
    await page
      .getByRole('dialog', { name: `Khóa tài khoản ${viewer.email}?` })
      .getByRole('button', { name: 'Khóa tài khoản' })
      .click();
    await row.getByText('Đã khóa').waitFor();
    await expect(adminApi(server.url, viewer)).rejects.toThrow(/signing in/);
    // Their open page goes to sign-in saying why, not that the session expired; the right password hears it again, a
    // wrong one only that it is wrong (as for an email with no account).
    const disabled = 'Tài khoản đã bị khóa, liên hệ quản trị viên.';
    await elsewhere.page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await elsewhere.page.getByText(disabled).waitFor();
    expect(await elsewhere.page.getByText('Phiên làm việc đã hết hạn', { exact: false }).count()).toBe(0);
    await elsewhere.page.getByLabel('Email').fill(viewer.email);
    await elsewhere.page.getByLabel('Mật khẩu').fill('không phải mật khẩu của người xem');
    await elsewhere.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await elsewhere.page.getByText('Email hoặc mật khẩu không đúng.').waitFor();
    expect(await elsewhere.page.getByText(disabled).count()).toBe(0);
    await elsewhere.page.getByLabel('Mật khẩu').fill(viewer.password);
    await elsewhere.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await elsewhere.page.getByText(disabled).waitFor();
    await elsewhere.done();
    await done();
  }, 60_000);

  it('lets the admin route a field to a unit with its own deadline', async () => {
    const { page, done } = await newPage('feedback-routing');
    await signIn(page, admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await page.getByRole('link', { name: 'Phân công xử lý và thời hạn theo lĩnh vực →' }).click();
    // The LGSP's fields, with what citizens read and the words naming each; "Lĩnh vực khác" is named by none.
    const fields = page.getByTestId('lgsp-categories');
    await fields
      .getByRole('row', { name: /HA_TANG_DO_THI Hạ tầng, đô thị Hạ tầng, đô thị Infrastructure, urban areas/ })
      .waitFor();
    await page.getByText('1 lĩnh vực không bao giờ được gợi ý theo nội dung mô tả').waitFor();
    await page.getByText(/Chưa có danh sách từ nào gọi tên KHAC/).waitFor();
    await page.getByRole('button', { name: '+ Thêm quy định' }).click();
    await page.getByRole('combobox', { name: 'Lĩnh vực, dòng 1' }).fill('HA_TANG_DO_THI');
    await page.getByRole('combobox', { name: 'Đơn vị xử lý, dòng 1' }).click();
    await page.getByRole('option', { name: 'UBND phường Hải Châu' }).click();
    await page.getByRole('button', { name: '+ Thêm thời hạn' }).click();
    await page.getByRole('combobox', { name: 'Lĩnh vực của thời hạn, dòng 1' }).fill('HA_TANG_DO_THI');
    await page.getByLabel('Số ngày làm việc, dòng 1', { exact: true }).fill('5');
    // The same rule twice: the server's objection stands under the second row's field, in Vietnamese.
    await page.getByRole('button', { name: '+ Thêm quy định' }).click();
    await page.getByRole('combobox', { name: 'Lĩnh vực, dòng 2' }).fill('HA_TANG_DO_THI');
    await page.getByRole('combobox', { name: 'Đơn vị xử lý, dòng 2' }).click();
    await page.getByRole('option', { name: 'UBND phường Hải Châu' }).click();
    await page.getByRole('button', { name: 'Lưu bảng phân công' }).click();
    await page.getByText('Trùng với một dòng ở trên.').waitFor();
    expect(await page.getByRole('combobox', { name: 'Lĩnh vực, dòng 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Xóa dòng 2 của bảng phân công' }).click();
    await page.getByRole('button', { name: 'Lưu bảng phân công' }).click();
    await page.getByText('Đã lưu: phản ánh gửi từ nay được giao theo bảng mới.').waitFor();
    const routing = (await (await (await adminApi(server.url, admin))('GET', '/feedback/routing')).json()) as object;
    expect(routing).toMatchObject({
      rules: [{ categoryCode: 'HA_TANG_DO_THI', communeCode: null, unitCode: 'ubnd-hai-chau' }],
      deadlines: [{ categoryCode: 'HA_TANG_DO_THI', workingDays: 5 }],
    });
    await done();
  }, 90_000);

  it('lets an official find a citizen feedback, see its photo and place, answer it on Zalo, reopen and close it', async () => {
    // A citizen reports a broken street light on the sandbox Zalo with a photo and the location, anonymously, while
    // the official signs in.
    const { citizen, reporting } = await reportFeedback('Phạm Văn Minh', FEEDBACK_CONTENT, { photoAndPlace: true });

    const { page, done } = await newPage('feedback');
    await signIn(page, OFFICIAL);
    const number = await reporting;
    await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    const ticket = page.getByTestId('ticket-row').filter({ hasText: number });
    await ticket.getByText('UBND phường Hải Châu').waitFor();
    // Its deadline passed (as if the working days had gone by): marked overdue, and listed among the overdue.
    await server.database.db
      .update(feedbackTickets)
      .set({ dueAt: new Date(Date.now() - 86_400_000) })
      .where(eq(feedbackTickets.number, number));
    // The filter lives in the address: the box shows it once the address changed.
    const overdueOnly = page.getByLabel('Chỉ phản ánh quá hạn');
    await overdueOnly.click();
    await expect.poll(() => overdueOnly.isChecked()).toBe(true);
    await ticket.getByTestId('overdue').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await overdueOnly.click();
    await expect.poll(() => overdueOnly.isChecked()).toBe(false);
    await page.getByLabel('Tìm').fill('không có phản ánh nào như thế này');
    await page.getByText('Không có phản ánh nào khớp.').waitFor();
    await page.getByLabel('Tìm').fill('Lý Thái Tổ');
    // The photo is downloaded from Zalo's CDN in the background: stored before the ticket is opened.
    const photoStored = async () =>
      (
        await server.database.db
          .select({ status: feedbackAttachments.status })
          .from(feedbackAttachments)
          .innerJoin(feedbackTickets, eq(feedbackTickets.id, feedbackAttachments.ticketId))
          .where(eq(feedbackTickets.number, number))
      ).map((row) => row.status);
    await expect.poll(photoStored, POLL).toEqual(['stored']);
    await page.getByRole('link', { name: number }).click();

    await page.getByTestId('ticket-content').getByText(FEEDBACK_CONTENT).waitFor();
    await page.getByText('Ẩn danh (người dân không để lại liên hệ)').waitFor();
    // The photo, through the admin API with the official's session, opening full size; the point, with the map.
    const photo = page
      .getByTestId('ticket-photos')
      .getByRole('img', { name: `Ảnh 1 người dân gửi kèm phản ánh ${number}` });
    await expect
      .poll(() => photo.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth), POLL)
      .toBe(640);
    const full = page.getByRole('link', { name: 'Ảnh 1: mở cỡ đầy đủ' });
    expect(await full.getAttribute('href')).toMatch(new RegExp(`^/api/admin/feedback/tickets/${number}/photos/`));
    expect(await full.getAttribute('target')).toBe('_blank');
    const place = page.getByTestId('ticket-place');
    expect(await place.textContent()).toContain('Tọa độ: 16.06778, 108.22083');
    const map = place.getByRole('link', { name: 'Xem trên bản đồ (mở trang OpenStreetMap)' });
    expect(await map.getAttribute('href')).toContain('mlat=16.06778&mlon=108.22083');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join('test-results', 'admin-feedback-ticket.png'), fullPage: true });
    await page.getByLabel('Trả lời người dân').fill('Phường đã thay bóng đèn trước nhà số 5. Cảm ơn anh đã báo.');
    // Sent only once confirmed: the dialog says who gets it on Zalo, and shows the answer; "Hủy" sends nothing.
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    const confirmAnswer = page.getByRole('dialog', { name: `Gửi câu trả lời cho phản ánh ${number}?` });
    await confirmAnswer.getByText('Người dân đã gửi phản ánh này nhận ngay câu trả lời', { exact: false }).waitFor();
    expect(await confirmAnswer.getByTestId('answer-to-send').textContent()).toContain('Phường đã thay bóng đèn');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await confirmAnswer.getByRole('button', { name: 'Hủy' }).last().click();
    await confirmAnswer.waitFor({ state: 'detached' });
    expect(await page.getByTestId('ticket-answer').count()).toBe(0);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await confirmAnswer.getByRole('button', { name: 'Gửi cho người dân' }).click();
    await page.getByText('Đã gửi trả lời: người dân sẽ nhận trên Zalo.').waitFor();
    await page.getByTestId('ticket-answer').waitFor();
    await expect.poll(() => botSaid(citizen, 'Phường đã thay bóng đèn'), POLL).toBe(true);

    await page.getByRole('button', { name: 'Mở lại…' }).click();
    await page.getByRole('dialog', { name: 'Mở lại phản ánh' }).getByRole('button', { name: 'Mở lại' }).click();
    await page.getByText('Đã mở lại phản ánh.').waitFor();
    await page.getByRole('button', { name: 'Đóng…' }).click();
    const closing = page.getByRole('dialog', { name: 'Đóng phản ánh' });
    await closing.getByLabel('Lý do (không bắt buộc, người dân sẽ đọc)').fill('Đèn đã sáng lại.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await closing.getByRole('button', { name: 'Đóng', exact: true }).click();
    await page.getByText('Đã đóng phản ánh; người dân được báo.').waitFor();
    await page.getByRole('button', { name: 'Mở lại…' }).waitFor();

    // The home page draws the month's feedback by field and by commune.
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    const byField = page.getByTestId('feedback-category-chart');
    await byField.locator('path.recharts-rectangle').first().waitFor();
    expect(await byField.textContent()).toContain('Hạ tầng');
    await page.getByTestId('feedback-commune-chart').locator('path.recharts-rectangle').first().waitFor();
    const byStatus = page.getByTestId('feedback-status-chart');
    await byStatus.locator('path.recharts-rectangle').first().waitFor();
    // The closed ticket: a grey (settled) bar.
    await byStatus.locator('path.recharts-rectangle[fill*="gray-6"]').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join('test-results', 'admin-home-feedback.png'), fullPage: true });
    await done();
  }, 60_000);

  it('tells an official that a citizen erased their data, not that they never sent a photo or a place', async () => {
    const { citizen, reporting } = await reportFeedback('Lê Văn Nam', 'Đèn tín hiệu ở ngã tư Lý Thái Tổ bị hỏng', {
      photoAndPlace: true,
    });
    const number = await reporting;
    // "xóa dữ liệu của tôi", then the erase button: the ticket's content, place, photos and sender go.
    const citizens = ZaloCitizens.of(server);
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

    const { page, done } = await newPage('feedback-erased');
    await signIn(page, OFFICIAL);
    // The inbox names it as erased rather than leaving its title blank.
    await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await page.getByTestId('ticket-row').filter({ hasText: number }).getByText('(Nội dung đã xóa)').waitFor();
    await page.getByRole('link', { name: number }).click();
    await page.getByTestId('ticket-purged').waitFor();
    expect(await page.getByTestId('ticket-purged').textContent()).toContain('đã được xóa');
    // What the citizen had sent is gone, and the page says so rather than that they never sent it.
    for (const never of ['Người dân không gửi ảnh', 'Người dân không cho biết địa điểm', 'không để lại liên hệ'])
      expect(await page.getByText(never).count()).toBe(0);
    expect(await page.getByText('Đã xóa').count()).toBeGreaterThanOrEqual(3);
    // The answer form does not promise that the citizen will read the answer on Zalo.
    await page.getByText('không gửi tới ai qua Zalo').waitFor();
    expect(await page.getByText('Người dân nhận câu trả lời trên Zalo').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'feedback-erased');
    await done();
  }, 60_000);

  it("shows a viewer flows, releases, announcements and feedback without an editor's or an official's actions", async () => {
    // Something to look at: an announcement a colleague is drafting, and a citizen's feedback.
    const asAdmin = await adminApi(server.url, admin);
    const drafted = await asAdmin('POST', '/announcements', {
      content: { vi: { title: 'Lịch tiếp công dân tháng 12', text: 'Lãnh đạo tỉnh tiếp công dân sáng thứ Năm.' } },
    });
    expect(drafted.status).toBe(201);
    const { id: announcement } = (await drafted.json()) as { id: string };
    const { reporting } = await reportFeedback('Bùi Thị Mai', 'Cống thoát nước đầu ngõ 12 bị tắc, nước tràn ra đường.');

    const { page, done } = await newPage('viewer');
    await signIn(page, VIEWER);
    const navigation = page.getByRole('navigation');
    // The home page says what each screen lets a viewer do: read, never answer, compose, edit or publish.
    const screens = page.getByRole('list', { name: 'Anh/chị có thể dùng:' });
    await screens.getByText('đọc phản ánh của người dân và việc xử lý từng phản ánh').waitFor();
    for (const action of ['trả lời, từ chối hoặc đóng', 'soạn thông báo', 'sửa', 'xuất bản', 'trả lời trên Zalo']) {
      expect(await screens.textContent()).not.toContain(action);
    }
    await navigation.getByRole('link', { name: 'Bản phát hành' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Tin nhắn bot chưa hiểu' }).count()).toBe(0);

    // A flow and the texts read, not written: no save, no publish, the YAML read-only.
    await page.goto(`${server.url}/admin/flows/help`);
    const yaml = page.getByLabel('Nội dung YAML của kịch bản help', { exact: true });
    await yaml.waitFor();
    expect(await yaml.getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Xuất bản/ }).count()).toBe(0);
    await navigation.getByRole('link', { name: 'Câu trả lời của bot' }).click();
    await page.getByRole('link', { name: 'Lời chào, trợ giúp và liên hệ', exact: true }).click();
    await page.getByRole('textbox', { name: 'help.contact (vi)', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xuất bản' }).count()).toBe(0);
    await navigation.getByRole('link', { name: 'Bản phát hành' }).click();
    await page.getByTestId('release-row').first().waitFor();
    expect(await page.getByLabel('Tên bản phát hành').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Xuất bản|Quay lại bản này)…$/ }).count()).toBe(0);

    // Announcements: listed and readable, nothing to compose, and composing by address is refused.
    await navigation.getByRole('link', { name: 'Thông báo tới người dân' }).click();
    await page.getByRole('link', { name: 'Lịch tiếp công dân tháng 12' }).click();
    await page.getByTestId('announcement-status').waitFor();
    for (const action of ['Lưu bản nháp', 'Trình duyệt', 'Duyệt']) {
      expect(await page.getByRole('button', { name: action, exact: true }).count()).toBe(0);
    }
    await page.getByRole('link', { name: '← Danh sách thông báo' }).click();
    await page.getByRole('link', { name: 'Lịch tiếp công dân tháng 12' }).waitFor();
    expect(await page.getByRole('link', { name: 'Soạn thông báo mới' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.url}/admin/announcements/new`);
    await page.getByRole('alert').getByText('Không có quyền').waitFor();
    await page.goto(`${server.url}/admin/understanding`);
    await page.getByRole('alert').getByText('Không có quyền').waitFor();

    // A citizen's feedback: read, but neither answered nor closed from here.
    const number = await reporting;
    await navigation.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await page.getByTestId('ticket-row').filter({ hasText: number }).waitFor();
    await screenshot(page, 'feedback-inbox');
    await page.getByRole('link', { name: number }).click();
    await page.getByTestId('ticket-content').getByText('Cống thoát nước').waitFor();
    expect(await page.getByLabel('Trả lời người dân').count()).toBe(0);
    for (const action of ['Gửi trả lời', 'Đóng…', 'Từ chối…']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }

    // Everyone changes their own password: a mistyped repeat and a wrong current password are said plainly.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill('không phải mật khẩu hiện tại');
    await page.getByLabel(/^Mật khẩu mới/).fill('một câu mật khẩu mới đủ dài');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('một câu mật khẩu mới đủ dà');
    await page.getByText('Hai lần nhập không giống nhau').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Nhập lại mật khẩu mới').fill('một câu mật khẩu mới đủ dài');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The same password as new changes nothing: said at once (the server refuses it too).
    await page.getByLabel('Mật khẩu hiện tại').fill('một câu mật khẩu mới đủ dài');
    await page.getByText('Mật khẩu mới phải khác mật khẩu hiện tại.').waitFor();
    expect(await page.getByRole('button', { name: 'Đổi mật khẩu' }).isDisabled()).toBe(true);

    // The server refuses each of those actions anyway, with a problem document.
    const asViewer = await adminApi(server.url, VIEWER);
    for (const [path, body] of [
      ['/flows/help/versions', { yaml: 'id: help' }],
      ['/releases', { name: 'Không được phép' }],
      ['/announcements', { content: { vi: { title: 'Không được phép', text: 'Không được phép.' } } }],
      [`/announcements/${announcement}/submit`, undefined],
      [`/feedback/tickets/${number}/answer`, { text: 'Không được phép.' }],
    ] as const) {
      const refused = await asViewer('POST', path, body);
      expect([path, refused.status, refused.headers.get('content-type')]).toEqual([
        path,
        403,
        expect.stringContaining('application/problem+json'),
      ]);
    }
    await done();
  }, 60_000);
});
