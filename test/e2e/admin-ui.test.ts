// The admin web UI in a real browser, on the whole server as main.ts composes it (sandbox mode): the first admin signs
// in, edits a flow and sees the validator's problem in the text, fixes it and tries the draft in the simulator; an
// ended session leads back to sign-in with a message; an official sees no flows (the server refuses them anyway),
// takes a citizen's hand-off, answers them and closes it with a note.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the admin web UI browser test: no chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
}

const UI_TIMEOUT_MS = 15_000;
/** How long to keep looking for what the worker does in the background (a hand-off, a message delivered). */
const POLL = { timeout: UI_TIMEOUT_MS, interval: 250 };
const OFFICIAL = { email: 'official@province.gov.vn', password: 'một câu mật khẩu đủ dài của cán bộ' };

describe.skipIf(!chromiumAvailable)('admin web UI', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };
  const cspViolations: string[] = [];

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    server = await startTestSystem({ env: { SANDBOX: 'true' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    await createAccount(server.url, admin, { ...OFFICIAL, roles: ['official'] });
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

  /** Whether the OA has sent the citizen a text containing `text` (the sandbox simulator's log of the conversation). */
  async function botSaid(citizenId: string, text: string): Promise<boolean> {
    const log = await sandboxZalo<{ items: Array<{ direction: string; body: { message?: { text?: string } } }> }>(
      server.url,
      `/citizens/${citizenId}/conversation`,
    );
    return log.items.some((item) => item.direction === 'out' && item.body.message?.text?.includes(text));
  }

  async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('heading', { name: 'Đăng nhập trang quản trị' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${account.email}` }).waitFor();
  }

  it('lets the first admin edit a flow (problem inline, fix, try, save, publish) and a text', async () => {
    const { page, done } = await newPage('flow-editor');
    await signIn(page, admin);

    await page.getByRole('navigation').getByRole('link', { name: 'Kịch bản hội thoại' }).click();
    await page.getByRole('link', { name: 'help', exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'help', exact: true }).click();
    const problems = page.getByTestId('problems');
    await problems.getByText('Không có lỗi.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A step nothing leads to, saying a text that does not exist: two problems, marked in the text.
    const editor = page.getByRole('textbox', { name: 'Nội dung YAML của kịch bản help' });
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

    // The simulator answers as the bot would, buttons included, and shows the hand-off it would record.
    const simulator = page.getByTestId('simulator');
    await simulator.getByRole('textbox', { name: 'Tin nhắn của người dân' }).fill('hotline');
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
    await page.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
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

    // Texts: Vietnamese and English side by side; a changed text is saved as a new version and published.
    await page.getByRole('navigation').getByRole('link', { name: 'Câu trả lời của bot' }).click();
    await page.getByRole('link', { name: 'core', exact: true }).click();
    const contact = page.getByRole('textbox', { name: 'help.contact (vi)', exact: true });
    await contact.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await contact.fill(`${await contact.inputValue()}\nTừ trang quản trị.`);
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu: VI 2.').waitFor();
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.getByText('Đã xuất bản: người dân nhận lời mới ngay.').waitFor();

    expect(cspViolations).toEqual([]);
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
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: 'gặp cán bộ' });
    await expect.poll(() => botSaid(citizen.id, 'Tôi đã chuyển cuộc trò chuyện cho cán bộ'), POLL).toBe(true);
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'text', text: 'Tôi cần hỏi về sổ đỏ' });

    const { page, done } = await newPage('official');
    await signIn(page, OFFICIAL);
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
    await row.getByLabel('1 tin nhắn chưa được trả lời').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Taking it tells the citizen an official has joined.
    await row.getByRole('button', { name: 'Nhận xử lý' }).click();
    await row.getByText('Bạn đang xử lý').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'Cán bộ đã tiếp nhận yêu cầu'), POLL).toBe(true);

    await row.getByRole('link', { name: 'Cuộc trò chuyện Lê Thị Hoa' }).click();
    await page.getByTestId('conversation-message').getByText('Tôi cần hỏi về sổ đỏ').first().waitFor();
    await page.getByTestId('live-handoff').getByText('Bạn đang xử lý').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Trả lời người dân').fill('Chào chị Hoa, cán bộ Trung tâm xin trả lời.');
    await page.getByRole('button', { name: 'Gửi qua Zalo' }).click();
    await page.getByText('Đã chuyển tin nhắn đi').waitFor();
    await expect.poll(() => botSaid(citizen.id, 'cán bộ Trung tâm xin trả lời'), POLL).toBe(true);

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
  });
});

async function createAccount(
  baseUrl: string,
  admin: { email: string; password: string },
  account: { email: string; password: string; roles: string[] },
): Promise<void> {
  const login = await fetch(`${baseUrl}/api/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const created = await fetch(`${baseUrl}/api/admin/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify(account),
  });
  if (created.status !== 201) throw new Error(`creating ${account.email}: ${created.status} ${await created.text()}`);
}

/** The sandbox Zalo simulator's control API: acts as a citizen, reads what the OA sent them. */
async function sandboxZalo<T = unknown>(baseUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/sandbox/zalo/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox Zalo ${path}: ${response.status}`);
  return (await response.json()) as T;
}
