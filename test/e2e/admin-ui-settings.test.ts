// The admin web UI's administration screens in a real browser, on the whole server (sandbox mode): the admin sees the
// Zalo OA's token and each LGSP service's health (a lookup the simulator ran shows as the service's last answer), and
// the admin filters the audit log, pages through it and reads a row; replays a citizen's message that failed for good
// (the bot answers it) and discards another; writes, translates and deletes a canned reply; an official makes, uses
// and revokes an API token, and sees none of the admin's screens (the server refuses them anyway).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { SANDBOX_IDENTITY } from '../../src/config.js';
import { buildZaloEvent } from '../../src/sandbox/zalo/webhook-events.js';
import { zaloDeadLetters } from '../../src/zalo/schema.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { adminApi, createAccount, sandboxZalo } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the admin settings browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const OFFICIAL = { email: 'official@province.gov.vn', password: 'một câu mật khẩu đủ dài của cán bộ' };

describe.skipIf(!chromiumAvailable)('admin web UI: connections and administration', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };

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

  async function signedIn(name: string, account: { email: string; password: string }, locale = 'vi-VN') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${account.email}` }).waitFor();
    const done = async () => {
      await fs.mkdir('test-results', { recursive: true });
      await page.screenshot({ path: path.join('test-results', `admin-${name}.png`), fullPage: true }).catch(() => {});
      await context.close();
    };
    return { page, done };
  }

  const open = (page: Page, link: string) => page.getByRole('navigation').getByRole('link', { name: link }).click();

  it("shows the admin the Zalo OA's token and the LGSP services' health", async () => {
    // The simulator runs the real dossier lookup against the sandbox LGSP: the service answered (no such dossier).
    const asAdmin = await adminApi(server.url, admin);
    const simulated = await asAdmin('POST', '/flows/simulate', {
      messages: ['tra cuu ho so', '000.00.99.H99-260101-9999'],
    });
    expect(simulated.status).toBe(200);

    const { page, done } = await signedIn('connections', admin);
    await open(page, 'Kết nối Zalo và LGSP');
    await page.getByRole('heading', { name: 'Kết nối Zalo và LGSP' }).waitFor();
    // The LGSP's mapping profile said in words, not by its bare name.
    await page.getByText('Cách đọc dữ liệu của LGSP: theo mẫu tham chiếu đi kèm phần mềm (reference)').waitFor();
    const zalo = page.getByTestId('zalo-connection');
    await zalo.getByTestId('zalo-state').waitFor();
    const token = (await (await asAdmin('GET', '/zalo/token')).json()) as { state: string };
    const stateLabel = { active: 'Đã kết nối', reconnect_required: 'Cần kết nối lại', not_connected: 'Chưa kết nối' };
    expect(await zalo.getByTestId('zalo-state').textContent()).toBe(stateLabel[token.state as keyof typeof stateLabel]);
    await zalo.getByRole('button', { name: /Kết nối/ }).waitFor();

    const lgsp = page.getByTestId('lgsp-health');
    await lgsp.getByTestId('lgsp-state').getByText('Hoạt động bình thường').waitFor();
    const dossierRow = lgsp.getByTestId('lgsp-service').filter({ hasText: 'Tra cứu hồ sơ theo mã' });
    await dossierRow.getByText('Bình thường').waitFor();
    // It answered: a date, not "none yet", in the last-answer column.
    expect(await dossierRow.locator('td').nth(2).textContent()).not.toBe('Chưa có');

    // The procedure catalogue: the copy the citizens' search ranks, and a refresh on demand that a worker runs.
    type CatalogueState = { procedureCount: number; attemptedAt: string | null; lastOutcome: string | null };
    const catalogueState = async () => (await (await asAdmin('GET', '/lgsp/catalogue')).json()) as CatalogueState;
    await expect.poll(async () => (await catalogueState()).lastOutcome, { timeout: 20_000 }).toBe('ok');
    const before = await catalogueState();
    const catalogue = page.getByTestId('procedure-catalogue');
    await catalogue.getByTestId('catalogue-count').getByText(String(before.procedureCount)).waitFor();
    expect(before.procedureCount).toBeGreaterThan(50);
    await catalogue.getByRole('button', { name: 'Cập nhật ngay' }).click();
    await catalogue
      .getByRole('status')
      .getByText(/Đã yêu cầu cập nhật/)
      .waitFor();
    await expect
      .poll(async () => (await catalogueState()).attemptedAt, { timeout: 20_000 })
      .not.toBe(before.attemptedAt);
    expect((await catalogueState()).lastOutcome).toBe('ok');
    const audited = (await (await asAdmin('GET', '/audit?action=lgsp.catalogue.refresh')).json()) as {
      items: unknown[];
    };
    expect(audited.items.length).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // English: the same screen in the other language.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Zalo and LGSP connections' }).waitFor();
    await lgsp.getByText('Dossier by code').waitFor();
    await page.screenshot({ path: path.join('test-results', 'admin-connections-en.png'), fullPage: true });
    await page.getByText('Tiếng Việt', { exact: true }).click();

    // The home page shows both at a glance.
    await open(page, 'Trang chủ');
    const glance = page.getByTestId('connections');
    await glance.getByText(stateLabel[token.state as keyof typeof stateLabel]).waitFor();
    await glance.getByText('hoạt động bình thường').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await done();
  }, 60_000);

  it("lets the admin filter the audit log, page through it and read a row's before and after", async () => {
    // More sign-ins than a page holds: each is audited.
    for (let i = 0; i < 52; i++) await adminApi(server.url, admin);

    const { page, done } = await signedIn('audit', admin);
    await open(page, 'Nhật ký thao tác');
    await page.getByRole('heading', { name: 'Nhật ký thao tác' }).waitFor();
    const rows = page.getByTestId('audit-row');
    await rows.first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Who created the official, and what: the row's "after" names them.
    await page.getByLabel('Thao tác (mã)').fill('account.create');
    await page.getByLabel('Thao tác (mã)').press('Enter');
    // The first admin (by the system at start-up) and the official (by the admin).
    // The official's row (its target names them), made by the admin.
    const byAdmin = rows.filter({ hasText: OFFICIAL.email });
    await expect.poll(() => byAdmin.count()).toBe(1);
    for (const text of await rows.allTextContents()) expect(text).toContain('Tạo tài khoản');
    // The target as people know it: the account by its email, its type in words.
    expect(await byAdmin.textContent()).toContain(`Tài khoản ${OFFICIAL.email}`);
    expect(await byAdmin.textContent()).toContain(admin.email);
    await byAdmin.getByRole('button', { name: 'Xem' }).click();
    // The action by its name, the change as a list of fields in words, roles by their names; the row as stored
    // behind "Chi tiết kỹ thuật".
    await page.getByRole('dialog', { name: /^Tạo tài khoản · / }).waitFor();
    const changes = page.getByRole('dialog').getByTestId('audit-changes');
    await changes.getByText(`Email: — → ${OFFICIAL.email}`).waitFor();
    await changes.getByText('Vai trò: — → Cán bộ').waitFor();
    await page.getByRole('dialog').getByText('Chi tiết kỹ thuật').click();
    const after = page.getByRole('dialog').getByTestId('audit-after');
    await after.waitFor();
    expect(await after.textContent()).toContain(OFFICIAL.email);
    // Its times (createdAt, passwordChangedAt…) read as Vietnam's wall clock, not as stored UTC instants.
    expect(await after.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(await after.textContent()).toMatch(/"createdAt": "\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}"/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();

    // Sign-ins: a page of 50, then the next.
    await page.getByLabel('Thao tác (mã)').fill('auth.login');
    await page.getByLabel('Thao tác (mã)').press('Enter');
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(50);
    // The filter is in the address: a reload shows the same list.
    expect(new URL(page.url()).searchParams.get('action')).toBe('auth.login');

    // Only the admin's own: the official has not signed in yet. Tomorrow: nothing.
    await page.getByRole('combobox', { name: 'Người thực hiện' }).click();
    await page.getByRole('option', { name: OFFICIAL.email }).click();
    await page.getByText('Không có dòng nào khớp bộ lọc.').waitFor();
    await page.getByRole('combobox', { name: 'Người thực hiện' }).click();
    await page.getByRole('option', { name: admin.email }).click();
    await rows.first().waitFor();
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel('Từ ngày').fill(tomorrow);
    await page.getByText('Không có dòng nào khớp bộ lọc.').waitFor();
    await page.getByLabel('Từ ngày').fill('');
    await rows.first().waitFor();

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.screenshot({ path: path.join('test-results', 'admin-audit-en.png'), fullPage: false });
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await done();
  }, 90_000);

  it("replays a citizen's message the bot could not handle, and discards another", async () => {
    // A citizen follows; two of their messages failed three times each (set aside as the inbound worker does).
    const citizen = await sandboxZalo<{ id: string }>(server.url, '/citizens', { displayName: 'Phạm Văn Hùng' });
    await sandboxZalo(server.url, `/citizens/${citizen.id}/send`, { type: 'follow' });
    const event = (text: string, msgId: string) =>
      JSON.stringify(
        buildZaloEvent(
          { type: 'text', text },
          {
            appId: SANDBOX_IDENTITY.zaloAppId,
            oaId: SANDBOX_IDENTITY.zaloOaId,
            userId: citizen.id,
            userIdByApp: `app-${citizen.id}`,
            timestamp: String(Date.now()),
            msgId,
          },
        ),
      );
    const [replayed, discarded] = await server.database.db
      .insert(zaloDeadLetters)
      .values([
        {
          citizenId: citizen.id,
          eventKey: 'msg:dl-1',
          rawBody: event('hotline', 'dl-1'),
          createdAt: new Date(Date.now() - 60_000),
          error: 'TypeError',
          failures: 3,
        },
        {
          citizenId: citizen.id,
          eventKey: 'msg:dl-2',
          rawBody: event('xin chào', 'dl-2'),
          createdAt: new Date(),
          error: 'TypeError',
          failures: 3,
        },
      ])
      .returning();
    if (!replayed || !discarded) throw new Error('the dead letters were not stored');

    const { page, done } = await signedIn('failures', admin);
    await open(page, 'Việc bị lỗi');
    const letters = page.getByTestId('dead-letters').getByTestId('dead-letter-row');
    await expect.poll(() => letters.count()).toBe(2);
    await page.getByTestId('external-effects').getByText('Không có việc nào.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The kind of event in plain words, Zalo's name for it beside.
    expect(await letters.first().textContent()).toContain('Người dân gửi tin chữ');
    expect(await letters.first().textContent()).toContain('user_send_text');

    // Newest first: the one with the hotline question is second.
    await letters.nth(1).getByRole('button', { name: 'Xử lý lại' }).click();
    await page.getByText('Đã đưa tin nhắn vào xử lý lại.').waitFor();
    await expect.poll(() => letters.count()).toBe(1);
    await letters.first().getByRole('button', { name: 'Bỏ qua' }).click();
    await page.getByText('Không có tin nào.').waitFor();
    const discardedNotice = page.getByTestId('dead-letters').getByRole('status');
    expect(await discardedNotice.textContent()).toBe('Đã bỏ qua tin nhắn.');

    const statusOf = async (id: string) =>
      (await server.database.db.select().from(zaloDeadLetters).where(eq(zaloDeadLetters.id, id)))[0];
    expect(await statusOf(replayed.id)).toMatchObject({ status: 'replayed', resolvedBy: admin.email });
    expect(await statusOf(discarded.id)).toMatchObject({ status: 'discarded', resolvedBy: admin.email });
    // The replayed message reached the bot, which answered it.
    const answered = async () => {
      const log = await sandboxZalo<{ items: Array<{ direction: string; body: { message?: { text?: string } } }> }>(
        server.url,
        `/citizens/${citizen.id}/conversation`,
      );
      return log.items.some((item) => item.direction === 'out' && item.body.message?.text?.includes('Đường dây nóng'));
    };
    await expect.poll(answered, { timeout: UI_TIMEOUT_MS, interval: 250 }).toBe(true);

    // Resolved ones stay listed under their status, with who resolved them.
    await page.getByRole('combobox', { name: 'Tình trạng' }).first().click();
    await page.getByRole('option', { name: 'Đã xử lý lại' }).click();
    await letters.first().getByText(admin.email, { exact: false }).waitFor();
    // What was done in the list of open ones is not left standing over another list.
    expect(await discardedNotice.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await done();
  }, 90_000);

  it("lets the admin write, fix, translate and delete a canned reply, with the server's objection beside the field", async () => {
    const { page, done } = await signedIn('canned-replies', admin);
    await open(page, 'Câu trả lời mẫu');
    await page.getByText('Chưa có câu trả lời mẫu nào.').waitFor();
    await page.getByRole('button', { name: 'Thêm câu trả lời mẫu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Tiêu đề' }).fill('Hồ sơ đất đai');
    await dialog.getByLabel('Nội dung (Tiếng Việt)').fill('Anh/chị nộp hồ sơ đất đai tại Bộ phận một cửa, quầy số 3.');
    await dialog.getByRole('button', { name: 'Thêm nút' }).click();
    await dialog.getByLabel('Tên nút 1').fill('Gọi quầy số 3');
    await dialog.getByText('Gọi điện', { exact: true }).click();
    // Letters where the number goes: the server refuses it, and says which field in plain Vietnamese.
    await dialog.getByLabel('Số điện thoại của nút 1').fill('quầy ba');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The objection stands under the field itself, in the UI's language, and marks the field invalid.
    await dialog.getByText('Chưa đúng dạng: xem hướng dẫn của ô.').waitFor();
    expect(await dialog.getByLabel('Số điện thoại của nút 1').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join('test-results', 'admin-canned-replies-invalid.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Số điện thoại của nút 1').fill('0222 3822 333');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm «Hồ sơ đất đai».').waitFor();
    const row = page.getByTestId('canned-row').filter({ hasText: 'Hồ sơ đất đai' });
    expect(await row.textContent()).toContain('VI');

    // An English version, added later.
    await row.getByRole('button', { name: 'Sửa' }).click();
    await dialog.getByText('Tiếng Anh', { exact: true }).click();
    await dialog.getByLabel('Có bản tiếng Anh').check();
    await dialog
      .getByLabel('Nội dung (Tiếng Anh)')
      .fill('Land dossiers are handed in at the one-stop desk, counter 3.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu «Hồ sơ đất đai».').waitFor();
    await row.getByText('VI, EN').waitFor();
    const asAdmin = await adminApi(server.url, admin);
    const stored = (await (await asAdmin('GET', '/conversations/canned-replies')).json()) as {
      items: Array<{ title: string; content: { vi: { buttons?: unknown[] }; en?: { text: string } } }>;
    };
    expect(stored.items).toMatchObject([
      {
        title: 'Hồ sơ đất đai',
        content: {
          vi: { buttons: [{ title: 'Gọi quầy số 3', phone: '0222 3822 333' }] },
          en: { text: 'Land dossiers are handed in at the one-stop desk, counter 3.' },
        },
      },
    ]);
    await page.screenshot({ path: path.join('test-results', 'admin-canned-replies-list.png') });

    await row.getByRole('button', { name: 'Xóa' }).click();
    await dialog.getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã xóa «Hồ sơ đất đai».').waitFor();
    await page.getByText('Chưa có câu trả lời mẫu nào.').waitFor();
    await done();
  }, 90_000);

  it('lets an official make an API token shown once, use it within their roles, and revoke it', async () => {
    const { page, done } = await signedIn('api-tokens', OFFICIAL);
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Mã truy cập API' }).click();
    await page.getByText('Chưa có mã nào.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Tên mã' }).fill('xuất báo cáo hằng đêm');
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    const secret = (await page.getByTestId('new-token').locator('pre').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(20);
    const row = page.getByTestId('token-row').filter({ hasText: 'xuất báo cáo hằng đêm' });
    expect(await row.textContent()).toContain('Cán bộ');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const withToken = (route: string) =>
      fetch(`${server.url}/api/admin${route}`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await withToken('/conversations/handoffs')).status).toBe(200);
    expect((await withToken('/audit')).status).toBe(403);

    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByText('Đã thu hồi mã «xuất báo cáo hằng đêm».').waitFor();
    // The secret of a revoked token leaves the screen with it.
    expect(await page.getByTestId('new-token').count()).toBe(0);
    expect((await withToken('/conversations/handoffs')).status).toBe(401);
    await done();
  }, 60_000);

  it('shows an official none of the administration screens, and the server refuses them', async () => {
    const { page, done } = await signedIn('official-no-admin', OFFICIAL);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Người dân cần cán bộ' }).waitFor();
    for (const screen of ['Kết nối Zalo và LGSP', 'Nhật ký thao tác', 'Việc bị lỗi', 'Câu trả lời mẫu']) {
      expect(await nav.getByRole('link', { name: screen }).count()).toBe(0);
    }
    await page.goto(`${server.url}/admin/connections`);
    await page.getByRole('alert').getByText('Không có quyền').waitFor();
    const asOfficial = await adminApi(server.url, OFFICIAL);
    expect((await asOfficial('GET', '/lgsp/health')).status).toBe(403);
    expect((await asOfficial('GET', '/zalo/token')).status).toBe(403);
    expect((await asOfficial('GET', '/audit')).status).toBe(403);
    expect((await asOfficial('GET', '/zalo/dead-letters')).status).toBe(403);
    await done();
  }, 60_000);
});
