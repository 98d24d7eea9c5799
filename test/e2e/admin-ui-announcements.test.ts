// The admin web UI's announcement, learning-loop and settings screens in a real browser, on the whole server (sandbox
// mode): an approver composes an announcement (phone preview, audience counts), cannot approve it themself, the admin
// returns it with a comment and approves it once resubmitted, marks it urgent and sends it; the progress fills and both
// citizens get it on Zalo, the report downloads. The admin teaches the bot a message it did not understand and
// dismisses another; changes the province's hotline, which a citizen is told at once, then sets it back. A send time
// already past is refused in the send dialog; a scheduled announcement is paused and resumed from its page; what a sent
// one still holds for a citizen outside the window is withdrawn from its page; the list shows them all with their
// status. Composing, communes and topics are picked by name.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../scripts/admin-build.mjs';
import { toVietnamWallClock } from '../../src/kernel/index.js';
import { startTestSystem, type TestSystem } from '../helpers/system.js';
import { buttonsOf, texts, ZaloCitizens, type ConversationItem } from '../integration/admin-flows/clients.js';
import { makeFollowers } from '../integration/announcements/harness.js';
import { adminApi, createAccount } from './lib/admin-api.js';
import { seriousAccessibilityViolations } from './lib/axe.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './lib/browser.js';

if (!chromiumAvailable) {
  console.warn(`skipping the admin announcements browser test: no chromium at ${CHROMIUM_PATH}`);
}

const UI_TIMEOUT_MS = 15_000;
const POLL = { timeout: UI_TIMEOUT_MS, interval: 250 };
const APPROVER = { email: 'approver@province.gov.vn', password: 'một câu mật khẩu đủ dài của người duyệt' };
const NOTICE = 'Từ 7 giờ sáng thứ Bảy, {{name}} có thể nộp hồ sơ đất đai trực tuyến.';

describe.skipIf(!chromiumAvailable)('admin web UI: announcements, messages not understood, province settings', () => {
  let server: TestSystem;
  let browser: Browser;
  let admin: { email: string; password: string };
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
    // Quiet hours off: the test runs at any hour (the urgent flag's own rule is tested in the announcements module).
    server = await startTestSystem({ env: { SANDBOX: 'true', ANNOUNCEMENTS_QUIET_HOURS: 'off' } });
    if (server.firstAdmin?.status !== 'generated') throw new Error('the sandbox did not generate the first admin');
    admin = { email: server.firstAdmin.email, password: server.firstAdmin.password };
    await createAccount(server.url, admin, { ...APPROVER, roles: ['approver'] });
    citizens = ZaloCitizens.of(server);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function signedIn(name: string, account: { email: string; password: string }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${account.email}` }).waitFor();
    const done = async () => {
      await fs.mkdir('test-results', { recursive: true });
      await page.screenshot({ path: path.join('test-results', `admin-${name}.png`) }).catch(() => undefined);
      await context.close();
    };
    return { page, done };
  }

  const open = (page: Page, link: string) => page.getByRole('navigation').getByRole('link', { name: link }).click();

  it('composes, returns, approves, sends and reports an announcement that both citizens get', async () => {
    const lan = await citizens.create('Trần Thị Lan');
    const binh = await citizens.create('Võ Văn Bình');
    for (const citizen of [lan, binh]) await citizens.say(citizen, { type: 'follow' });

    // The approver composes: the phone preview follows the typing, placeholders filled with a sample name.
    const author = await signedIn('announcement-author', APPROVER);
    const { page } = author;
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Thông tin của tỉnh' }).count()).toBe(0);
    await open(page, 'Thông báo tới người dân');
    await page.getByRole('link', { name: 'Soạn thông báo mới' }).click();
    // The counts per lane follow the audience as it is composed, before anything is saved.
    const counts = page.getByTestId('audience-counts');
    await counts.getByText('2', { exact: true }).first().waitFor();
    const tags = page.getByRole('combobox', { name: 'Nhãn', exact: true });
    await tags.fill('khong-ai-co-nhan-nay');
    await tags.press('Enter');
    await expect.poll(() => counts.textContent(), POLL).toContain('0người khớp');
    await tags.press('Backspace');
    await expect.poll(() => counts.textContent(), POLL).toContain('2người khớp');
    await page.getByLabel('Tiêu đề (Tiếng Việt)').fill('Nộp hồ sơ đất đai trực tuyến');
    await page.getByLabel('Nội dung (Tiếng Việt)').fill(NOTICE);
    await page.getByRole('button', { name: '+ Thêm nút' }).click();
    await page.getByLabel('Chữ trên nút 1').fill('Xem hướng dẫn');
    // A web address without its scheme: the server refuses it and the screen names the box to fix.
    await page.getByLabel('Địa chỉ trang web (nút 1)').fill('dichvucong.example.gov.vn/dat-dai');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // The server's objection under the field itself, in Vietnamese.
    await page.getByText('Cần một liên kết đầy đủ, ví dụ https://…').waitFor();
    expect(await page.getByLabel('Địa chỉ trang web (nút 1)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Địa chỉ trang web (nút 1)').fill('https://dichvucong.example.gov.vn/dat-dai');
    await page.getByRole('checkbox', { name: 'Tiếng Việt' }).check();
    const preview = page.getByTestId('preview-message');
    await preview.getByText('Từ 7 giờ sáng thứ Bảy, Nguyễn Văn An có thể nộp').waitFor();
    await preview.getByText('Xem hướng dẫn').waitFor();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    // Both followers talked to the OA just now: a personal message each (once the counts, read again on save, are in).
    await expect.poll(() => counts.textContent(), POLL).toContain('2nhận tin nhắn ngay');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join('test-results', 'admin-announcement-compose.png') });

    // Submitted, its author may not approve it (the server refuses it): the button says so before any click.
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByTestId('announcement-status').getByText('Chờ duyệt').waitFor();
    expect(await page.getByRole('button', { name: 'Duyệt', exact: true }).isDisabled()).toBe(true);
    await page.getByText('Anh/chị soạn thông báo này nên không tự duyệt được: cần một người duyệt khác.').waitFor();
    const address = page.url();

    // A second account (the admin) returns it with a comment; the author reads it, edits and submits again.
    const reviewer = await signedIn('announcement-review', admin);
    await reviewer.page.goto(address);
    await reviewer.page.getByRole('button', { name: 'Trả lại…' }).click();
    const returning = reviewer.page.getByRole('dialog', { name: 'Trả lại cho người soạn' });
    await returning.getByLabel('Ý kiến cho người soạn').fill('Ghi rõ địa chỉ trang hướng dẫn trong nội dung.');
    await returning.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await reviewer.page.getByText('Đã trả lại cho người soạn kèm ý kiến.').waitFor();

    await page.reload();
    await page.getByTestId('return-comment').getByText('Ghi rõ địa chỉ trang hướng dẫn').waitFor();
    // What the author's actions said before the approver returned it no longer holds: gone, even though the
    // reloaded page's history still carries the first save's notice.
    expect(await page.getByText('Đã lưu bản nháp.').count()).toBe(0);
    expect(await page.getByText('Đã trình duyệt: một người duyệt khác sẽ xem.').count()).toBe(0);
    await page.getByLabel('Nội dung (Tiếng Việt)').fill(`${NOTICE} Hướng dẫn: dichvucong.example.gov.vn`);
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByText('Đã trình duyệt: một người duyệt khác sẽ xem.').waitFor();
    await author.done();

    // The admin approves, marks it urgent and sends it now; the progress fills, both citizens get it.
    const { page: review, done } = reviewer;
    await review.reload();
    await review.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await review.getByText('Đã duyệt.', { exact: false }).waitFor();
    await review.getByRole('switch', { name: 'Khẩn cấp' }).click();
    await review.getByText('Đã đánh dấu khẩn cấp.').waitFor();
    await review.getByRole('button', { name: 'Gửi…' }).click();
    await review.getByRole('dialog', { name: 'Gửi thông báo' }).getByRole('button', { name: 'Xác nhận' }).click();
    await review.getByTestId('progress-summary').getByText('Đã xử lý 2 / 2 người nhận').waitFor();
    await review.getByTestId('announcement-status').getByText('Đã gửi xong').waitFor();
    const conversation = (citizen: string) =>
      citizens
        .api<{ items: ConversationItem[] }>(`/citizens/${citizen}/conversation`)
        .then(({ items }) => texts(items));
    for (const citizen of [lan, binh]) {
      await expect.poll(() => conversation(citizen), POLL).toContain('Nộp hồ sơ đất đai trực tuyến');
    }
    expect(await seriousAccessibilityViolations(review)).toEqual([]);
    await review.screenshot({ path: path.join('test-results', 'admin-announcement-progress.png') });

    // Sent: who it reached is the progress's final count, not the live count of who matches now.
    expect(await review.getByTestId('audience-counts').count()).toBe(0);
    // The report: one line per recipient, for Excel, in the UI's language.
    const href = await review.getByRole('link', { name: 'Tải báo cáo (CSV)' }).getAttribute('href');
    expect(href).toContain('language=vi');
    const report = await review.request.get(`${server.url}${href}`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-disposition']).toContain(encodeURIComponent('Thông báo Nộp hồ sơ đất đai'));
    const lines = (await report.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Mã người dùng Zalo,Cách gửi,Trạng thái,Lý do,Đưa vào hàng gửi lúc,Gửi lúc');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual([`="${lan}"`, `="${binh}"`].sort());
    await done();
    // Two officials' browsers and a whole send on a machine shared with other test processes.
  }, 120_000);

  it('composes an English version beside the Vietnamese one; each citizen reads one language only', async () => {
    const tag = 'song-ngu';
    const db = server.database.db;
    const [english] = await makeFollowers({ baseUrl: server.url, db, count: 1, tag, language: 'en' });
    const [vietnamese] = await makeFollowers({ baseUrl: server.url, db, count: 1, tag: `${tag}-vi` });
    const author = await signedIn('announcement-english-author', admin);
    const { page } = author;
    await open(page, 'Thông báo tới người dân');
    await page.getByRole('link', { name: 'Soạn thông báo mới' }).click();
    await page.getByLabel('Tiêu đề (Tiếng Việt)').fill('Tiêm vắc-xin sởi');
    await page.getByLabel('Nội dung (Tiếng Việt)').fill('Kính gửi {{name}}: trạm y tế {{commune}} tiêm sáng thứ Bảy.');
    // Without an English version, an English speaker whose name and commune are not known reads Vietnamese only.
    const phone = page.getByTestId('phone-preview');
    const message = page.getByTestId('preview-message');
    await phone.getByText('Tiếng Anh', { exact: true }).click();
    await phone.getByText('Chưa rõ tên, xã, phường', { exact: true }).click();
    await message.getByText('Kính gửi anh/chị: trạm y tế địa phương tiêm sáng thứ Bảy.').waitFor();
    await phone.getByText('Chưa có bản tiếng Anh').waitFor();
    // The English version, in its own tab: the preview in English reads it, filled in English.
    await page.getByRole('tab', { name: 'Tiếng Anh' }).click();
    await page.getByRole('switch', { name: 'Có bản tiếng Anh' }).check();
    await page.getByLabel('Tiêu đề (Tiếng Anh)').fill('Measles vaccination');
    await page
      .getByLabel('Nội dung (Tiếng Anh)')
      .fill('Dear {{name}}: vaccination on Saturday morning in {{commune}}.');
    await message.getByText('Dear citizen: vaccination on Saturday morning in your commune.').waitFor();
    // A known recipient in English: English samples, whatever the UI's language.
    await phone.getByText('Có tên và xã, phường', { exact: true }).click();
    await message.getByText('Dear Nguyen Van An: vaccination on Saturday morning in Mau ward.').waitFor();
    const tags = page.getByRole('combobox', { name: 'Nhãn', exact: true });
    for (const value of [tag, `${tag}-vi`]) {
      await tags.fill(value);
      await tags.press('Enter');
    }
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByTestId('announcement-status').getByText('Chờ duyệt').waitFor();
    const address = page.url();
    await author.done();

    // The approver reads both versions as written, side by side, and approves and sends it.
    const { page: review, done } = await signedIn('announcement-english-review', APPROVER);
    await review.goto(address);
    const vi = review.getByTestId('content-version-vi');
    await vi.getByText('Kính gửi {{name}}: trạm y tế {{commune}} tiêm sáng thứ Bảy.').waitFor();
    await review.getByTestId('content-version-en').getByText('Measles vaccination').waitFor();
    expect(await seriousAccessibilityViolations(review)).toEqual([]);
    await review.screenshot({ path: path.join('test-results', 'admin-announcement-two-languages.png') });
    await review.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await review.getByText('Đã duyệt.', { exact: false }).waitFor();
    await review.getByRole('button', { name: 'Gửi…' }).click();
    await review.getByRole('dialog', { name: 'Gửi thông báo' }).getByRole('button', { name: 'Xác nhận' }).click();
    await review.getByTestId('announcement-status').getByText('Đã gửi xong').waitFor();
    const read = async (citizen: string | undefined) =>
      texts((await citizens.api<{ items: ConversationItem[] }>(`/citizens/${citizen}/conversation`)).items);
    await expect.poll(() => read(english), POLL).toContain('Measles vaccination\n\nDear citizen: vaccination');
    await expect.poll(() => read(vietnamese), POLL).toContain('Kính gửi anh/chị: trạm y tế địa phương tiêm');
    expect(await read(english)).not.toContain('Kính gửi');
    await done();
  }, 90_000);

  it('refuses a send time already past, then pauses and resumes a scheduled announcement', async () => {
    // Written and approved by another account over the API (the screens are tested above).
    const asApprover = await adminApi(server.url, APPROVER);
    const asAdmin = await adminApi(server.url, admin);
    const content = { vi: { title: 'Lịch tiếp dân tuần sau', text: 'Thứ Hai tuần sau, lãnh đạo tỉnh tiếp dân.' } };
    const created = await asApprover('POST', '/announcements', { content });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await asApprover('POST', `/announcements/${id}/submit`)).status).toBe(200);
    expect((await asAdmin('POST', `/announcements/${id}/approve`)).status).toBe(200);

    // A time already past is refused under the time field, and nothing is scheduled.
    const { page, done } = await signedIn('announcement-pause', APPROVER);
    await page.goto(`${server.url}/admin/announcements/${id}`);
    const status = page.getByTestId('announcement-status');
    await status.getByText('Đã duyệt').waitFor();
    await page.getByRole('button', { name: 'Gửi…' }).click();
    const sending = page.getByRole('dialog', { name: 'Gửi thông báo' });
    await sending.getByRole('radio', { name: 'Hẹn giờ gửi' }).check();
    // Day first and a 24-hour time, whatever the browser's locale, prefilled with the next whole hour.
    const day = sending.getByLabel('Ngày (ngày/tháng/năm)');
    const time = sending.getByLabel('Giờ (24 giờ)');
    expect(await day.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await time.inputValue()).toMatch(/^\d{2}:00$/);
    await day.fill('12/31/2026');
    await sending.getByText('Nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/12/2026.').waitFor();
    expect(await sending.getByRole('button', { name: 'Xác nhận' }).isDisabled()).toBe(true);
    await time.fill('8:00 PM');
    await sending.getByText('Nhập giờ theo dạng 24 giờ, ví dụ 20:00.').waitFor();
    await day.fill('01/01/2020');
    await time.fill('10:00');
    await sending.getByRole('button', { name: 'Xác nhận' }).click();
    await sending.getByText('Thời điểm này đã qua: chọn một thời điểm sắp tới, hoặc chọn "Gửi ngay".').waitFor();
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(((await (await asAdmin('GET', `/announcements/${id}`)).json()) as { status: string }).status).toBe(
      'approved',
    );

    // Scheduled for next week over the API instead.
    const sendAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect((await asApprover('POST', `/announcements/${id}/schedule`, { sendAt })).status).toBe(200);
    await page.reload();
    await status.getByText('Đã hẹn giờ').waitFor();
    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await page.getByText('Đã tạm dừng.').waitFor();
    await status.getByText('Tạm dừng').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tiếp tục gửi' }).click();
    // Still waiting for its time: said with it, not as if it were sending.
    const wall = toVietnamWallClock(new Date(sendAt));
    const two = (n: number) => String(n).padStart(2, '0');
    await page
      .getByText(
        `Đã tiếp tục: thông báo sẽ được gửi lúc ${two(wall.hour)}:${two(wall.minute)} ngày ${two(wall.day)}/${two(wall.month)}/${wall.year} như đã hẹn.`,
      )
      .waitFor();
    await status.getByText('Đã hẹn giờ').waitFor();
    const after = (await (await asAdmin('GET', `/announcements/${id}`)).json()) as { status: string; sendAt: string };
    expect(after.status).toBe('scheduled');
    expect(Date.parse(after.sendAt)).toBe(Date.parse(sendAt));
    // Taken back to a draft to edit it, rather than cancelled and written again: approved again before it goes.
    await page.getByRole('button', { name: 'Sửa…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Đưa về bản nháp để sửa?' });
    await reopen.getByText('cần trình duyệt và được duyệt lại', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await reopen.getByRole('button', { name: 'Đưa về bản nháp' }).click();
    await page.getByText('Đã đưa về bản nháp: sửa xong hãy trình duyệt lại', { exact: false }).waitFor();
    await status.getByText('Bản nháp').waitFor();
    expect(await page.getByLabel('Tiêu đề (Tiếng Việt)').isEditable()).toBe(true);
    expect(((await (await asAdmin('GET', `/announcements/${id}`)).json()) as { sendAt: null }).sendAt).toBeNull();
    // Cancelled, it says so instead of a send time, on its page and in the list.
    await page.getByRole('button', { name: 'Hủy thông báo…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy thông báo', exact: true }).click();
    await status.getByText('Đã hủy').waitFor();
    await page.getByText(/đã hủy lúc/).waitFor();
    expect(await page.getByText(/gửi lúc/).count()).toBe(0);
    await done();
    // Four API calls and an official's browser, on a machine shared with other test processes.
  }, 60_000);

  it('withdraws what is still held for a citizen outside the window once it is sent', async () => {
    await makeFollowers({
      baseUrl: server.url,
      db: server.database.db,
      count: 1,
      tag: 'ngoai-khung',
      lastInteractionAt: new Date(Date.now() - 10 * 86_400_000),
    });
    const asApprover = await adminApi(server.url, APPROVER);
    const asAdmin = await adminApi(server.url, admin);
    const content = { vi: { title: 'Lịch cắt điện', text: 'Chủ nhật này cắt điện từ 8 giờ đến 11 giờ.' } };
    const created = await asApprover('POST', '/announcements', { content, audience: { tags: ['ngoai-khung'] } });
    const { id } = (await created.json()) as { id: string };
    expect((await asApprover('POST', `/announcements/${id}/submit`)).status).toBe(200);
    expect((await asAdmin('POST', `/announcements/${id}/approve`)).status).toBe(200);
    expect((await asApprover('POST', `/announcements/${id}/schedule`)).status).toBe(200);

    const { page, done } = await signedIn('announcement-withdraw-held', APPROVER);
    await page.goto(`${server.url}/admin/announcements/${id}`);
    await page.getByTestId('announcement-status').getByText('Đã gửi xong').waitFor();
    await page.getByTestId('progress-counts').getByText('Chờ lần ghé sau: 1').waitFor();
    await page.getByRole('button', { name: 'Thu hồi tin đang chờ…' }).click();
    await page
      .getByRole('dialog', { name: 'Thu hồi tin đang chờ' })
      .getByRole('button', { name: 'Thu hồi', exact: true })
      .click();
    await page.getByText('Đã thu hồi tin đang chờ.').waitFor();
    await page.getByTestId('held-ended').waitFor();
    await page.getByTestId('progress-counts').getByText('Đã thu hồi: 1').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The list: every announcement of this file, newest first, each with its status.
    await page.getByRole('link', { name: '← Danh sách thông báo' }).click();
    await page.getByRole('link', { name: 'Lịch cắt điện' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join('test-results', 'admin-announcements.png') });
    await done();
  }, 60_000);

  it('sets the subscription topics citizens choose from in chat, in the order set', async () => {
    const { page, done } = await signedIn('topics', admin);
    await open(page, 'Thông báo tới người dân');
    await page.getByRole('link', { name: 'Chủ đề đăng ký nhận tin' }).click();
    await page.getByText('Chưa có chủ đề nào').waitFor();
    await page.getByRole('button', { name: 'Thêm chủ đề' }).click();
    await page.getByLabel('Mã chủ đề dòng 1').fill('Y Te');
    await page.getByText('Chữ thường không dấu, số, - hoặc _').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu chủ đề' }).isDisabled()).toBe(true);
    await page.getByLabel('Mã chủ đề dòng 1').fill('y-te');
    // Too long for a Zalo button: kept as typed, never cut mid-word, and said why it cannot be saved.
    await page.getByLabel('Tên nút tiếng Việt dòng 1').fill('Y tế và dịch bệnh cộng đồng');
    expect(await page.getByLabel('Tên nút tiếng Việt dòng 1').inputValue()).toBe('Y tế và dịch bệnh cộng đồng');
    await page.getByText('Dài 27 ký tự, quá 20: nút trên Zalo chỉ hiện chừng ấy. Hãy rút gọn.').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu chủ đề' }).isDisabled()).toBe(true);
    await page.getByLabel('Tên nút tiếng Anh dòng 1').fill('Health and community diseases');
    await page.getByText('Dài 29 ký tự, quá 20: nút trên Zalo chỉ hiện chừng ấy. Hãy rút gọn.').waitFor();
    await page.getByLabel('Tên nút tiếng Việt dòng 1').fill('Y tế');
    await page.getByLabel('Tên nút tiếng Anh dòng 1').fill('Health');
    // Both languages count their characters as they are typed.
    expect(await page.getByText('4/20 ký tự').count()).toBe(1);
    expect(await page.getByText('6/20 ký tự').count()).toBe(1);
    await page.getByRole('button', { name: 'Thêm chủ đề' }).click();
    await page.getByLabel('Mã chủ đề dòng 2').fill('thien-tai');
    await page.getByLabel('Tên nút tiếng Việt dòng 2').fill('Thiên tai, thời tiết');
    await page.getByRole('button', { name: 'Đưa dòng 2 lên' }).click();
    expect(await page.getByLabel('Mã chủ đề dòng 1').inputValue()).toBe('thien-tai');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu chủ đề' }).click();
    await page.getByText('Đã lưu. Người dân thấy các chủ đề mới ngay lần nhắn sau.').waitFor();
    await done();

    const asAdmin = await adminApi(server.url, admin);
    const saved = (await (await asAdmin('GET', '/announcements/topics')).json()) as { items: unknown[] };
    expect(saved.items).toEqual([
      { code: 'thien-tai', vi: 'Thiên tai, thời tiết' },
      { code: 'y-te', vi: 'Y tế', en: 'Health' },
    ]);
    const audit = (await (await asAdmin('GET', '/audit?action=announcement.topics')).json()) as { items: unknown[] };
    expect(audit.items).toHaveLength(1);

    // An announcement's page names its topics in the UI's language; a topic since removed keeps its code.
    const content = { vi: { title: 'Tiêm chủng mở rộng', text: 'Lịch tiêm chủng tháng này.' } };
    const withRemoved = { items: [...saved.items, { code: 'da-xoa', vi: 'Sắp bỏ' }] };
    expect((await asAdmin('PUT', '/announcements/topics', withRemoved)).status).toBe(200);
    const created = await asAdmin('POST', '/announcements', {
      content,
      audience: { topics: ['y-te', 'da-xoa'], communes: ['07103'] },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await asAdmin('PUT', '/announcements/topics', { items: saved.items })).status).toBe(200);
    expect((await asAdmin('POST', `/announcements/${id}/submit`)).status).toBe(200);
    const reader = await signedIn('announcement-topic-names', APPROVER);
    await reader.page.goto(`${server.url}/admin/announcements/${id}`);
    const summary = reader.page.getByTestId('audience-summary');
    await summary.getByText('Chủ đề đăng ký: Y tế, da-xoa').waitFor();
    // Its communes by name (the sandbox LGSP's Phường Kinh Bắc), not bare codes.
    await summary.getByText('Xã, phường: Phường Kinh Bắc (07103)', { exact: false }).waitFor();
    await reader.page.evaluate("localStorage.setItem('zegov.admin.language', 'en')");
    await reader.page.reload();
    await summary.getByText('Health, da-xoa', { exact: false }).waitFor();
    await reader.page.evaluate("localStorage.removeItem('zegov.admin.language')");
    await reader.page.reload();
    // Composing, a commune is found by its name in the LGSP's catalogue and kept as its code; a topic likewise.
    await reader.page.goto(`${server.url}/admin/announcements/new`);
    const communes = reader.page.getByRole('combobox', { name: 'Xã, phường', exact: true });
    await communes.fill('Kinh Bắc');
    await reader.page.getByRole('option', { name: 'Phường Kinh Bắc (07103)' }).click();
    await reader.page.getByRole('combobox', { name: 'Chủ đề đăng ký', exact: true }).fill('Thiên');
    await reader.page.getByRole('option', { name: 'Thiên tai, thời tiết (thien-tai)' }).click();
    await reader.page.getByLabel('Tiêu đề (Tiếng Việt)').fill('Tiêm chủng ở Kinh Bắc');
    await reader.page.getByLabel('Nội dung (Tiếng Việt)').fill('Lịch tiêm chủng tháng này.');
    await reader.page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await reader.page.getByText('Đã lưu bản nháp.').waitFor();
    const drafts = (await (await asAdmin('GET', '/announcements?status=draft')).json()) as {
      items: { content: { vi: { title: string } }; audience: { communes?: string[]; topics?: string[] } }[];
    };
    const draft = drafts.items.find((item) => item.content.vi.title === 'Tiêm chủng ở Kinh Bắc');
    expect(draft?.audience).toMatchObject({ communes: ['07103'], topics: ['thien-tai'] });
    await reader.done();
    const citizen = await citizens.create('Lý Thu Hà');
    await citizens.say(citizen, { type: 'follow' });
    const topics = buttonsOf(await citizens.say(citizen, { type: 'text', text: 'đăng ký nhận tin' })).map(
      (b) => b.title,
    );
    // One button per topic, in the order set (with the commune's button; the welcome may come in the same answer).
    expect(topics.filter((title) => title === 'Y tế' || title.startsWith('Thiên tai'))).toEqual([
      'Thiên tai, thời tiết',
      'Y tế',
    ]);
  }, 60_000);

  it('teaches the bot a message it did not understand, dismisses another, and changes the hotline', async () => {
    const citizen = await citizens.create('Đặng Minh Tâm');
    await citizens.say(citizen, { type: 'follow' });
    await citizens.say(citizen, { type: 'text', text: 'cho tôi số gọi tổng đài bên mình' });
    // Not understood, and not one of the subjects the bot knows it does not serve (those are kept apart as off_topic).
    await citizens.say(citizen, { type: 'text', text: 'mấy giờ xe buýt số 5 chạy' });
    const asAdmin = await adminApi(server.url, admin);
    await expect
      .poll(async () => {
        const misses = (await (await asAdmin('GET', '/understanding/misses')).json()) as { items: unknown[] };
        return misses.items.length;
      }, POLL)
      .toBeGreaterThanOrEqual(2);

    const { page, done } = await signedIn('understanding-settings', admin);
    await open(page, 'Tin nhắn bot chưa hiểu');
    const teach = page.getByTestId('miss-row').filter({ hasText: 'tổng đài' });
    await teach.getByRole('button', { name: 'Thêm làm câu mẫu…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm làm câu mẫu' });
    await dialog.getByLabel('Kịch bản người dân muốn').fill('trợ giúp');
    await page.getByRole('option', { name: 'Liên hệ và trợ giúp (help)', exact: true }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Thêm câu mẫu' }).click();
    await page.getByText('Đã thêm câu mẫu: kịch bản Liên hệ và trợ giúp (help)', { exact: false }).waitFor();
    const other = page.getByTestId('miss-row').filter({ hasText: 'xe buýt' });
    await other.getByRole('button', { name: 'Bỏ qua' }).click();
    await page.getByText('Đã bỏ qua tin nhắn.').waitFor();
    await page.getByText('Không có tin nhắn nào.').waitFor();
    const versions = (await (await asAdmin('GET', '/flows/help/versions')).json()) as { items: { version: number }[] };
    const latest = versions.items[0]?.version ?? 0;
    const { source } = (await (await asAdmin('GET', `/flows/help/versions/${latest}`)).json()) as { source: string };
    expect(source).toContain('cho tôi số gọi tổng đài bên mình');
    await page.getByRole('combobox', { name: 'Tình trạng' }).click();
    await page.getByRole('option', { name: 'Đã xử lý' }).click();
    await page
      .getByTestId('miss-row')
      .filter({ hasText: 'tổng đài' })
      .getByText('Câu mẫu của Liên hệ và trợ giúp (help)')
      .waitFor();
    await page.screenshot({ path: path.join('test-results', 'admin-understanding.png') });

    // The hotline changed here is what the bot tells a citizen at once; set back, the configuration's returns.
    await open(page, 'Thông tin của tỉnh');
    const hotline = page.getByRole('textbox', { name: 'Đường dây nóng' });
    const configured = await hotline.inputValue();
    await hotline.fill('0236 3 822 222');
    // The English name (optional) is what English messages say instead of the Vietnamese one.
    await page.getByRole('textbox', { name: 'Tên tỉnh bằng tiếng Anh' }).fill('Example Province');
    // Office hours as Vietnamese admins write them (the field says which forms it takes); citizens read them as usual.
    await page
      .getByText('T2-T6 7h30-11h30, 13h30-17h; T7 7h30-11h30 (cũng nhận Thứ 2 - Thứ 6', { exact: false })
      .waitFor();
    await page.getByRole('textbox', { name: 'Giờ làm việc' }).fill('T2-T6 7h30-11h30, 13h30-17h');
    const holidays = page.getByRole('combobox', { name: 'Ngày nghỉ lễ' });
    await holidays.fill('2027-02-06');
    await holidays.press('Enter');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Đã lưu. Bot dùng thông tin mới sau vài giây.').waitFor();
    await page.getByText('đã đổi').first().waitFor();
    await page.screenshot({ path: path.join('test-results', 'admin-settings.png') });
    const contact = texts(await citizens.say(citizen, { type: 'text', text: 'hotline' }));
    expect(contact).toContain('0236 3 822 222');
    expect(contact).toContain('Giờ làm việc: Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00');

    await page.getByRole('button', { name: 'Dùng lại giá trị cấu hình cho Đường dây nóng' }).click();
    await page.getByRole('button', { name: 'Dùng lại giá trị cấu hình cho Giờ làm việc' }).click();
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText('Đã lưu. Bot dùng thông tin mới sau vài giây.').waitFor();
    await expect.poll(() => hotline.inputValue()).toBe(configured);
    const settings = (await (await asAdmin('GET', '/settings/province')).json()) as { changed: object };
    expect(settings.changed).toEqual({ nameEn: 'Example Province', holidays: ['2027-02-06'] });
    await done();
  }, 90_000);
});
