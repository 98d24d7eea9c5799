import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

describe('PAKN (feedback) services against the simulator', () => {
  let h: Harness;
  let now = Date.now();
  beforeAll(async () => {
    h = await startHarness({ clock: () => new Date(now) });
  });
  afterAll(async () => {
    await h.close();
  });

  it('the seeded tickets (before any time passes) are already answered, in progress or just received', async () => {
    const statuses = await Promise.all(['PA-2026-004401', 'PA-2026-004402'].map((id) => h.lgsp.pakn.status(id)));
    expect(statuses.map((s) => s.status === 'ok' && s.value.status)).toEqual(['answered', 'received']);
  });

  it('uploads an attachment, submits feedback with it, and sees its status advance to an answer', async () => {
    const upload = await h.lgsp.pakn.uploadAttachment({
      name: 'den-duong.png',
      contentType: 'image/png',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    expect(upload.status).toBe('ok');
    if (upload.status !== 'ok') return;
    const submitted = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-000777',
      title: 'Đèn đường hỏng tại thôn Đông',
      content: 'Ba cột đèn không sáng từ 10/11.',
      categoryCode: 'HA_TANG_DO_THI',
      location: { address: 'Thôn Đông, xã Yên Phong', provinceCode: '24', latitude: 21.2731, longitude: 106.1946 },
      attachmentIds: [upload.value.fileId],
      sender: { name: 'Nguyễn Văn An', phone: '0912345678' },
      consentToProcess: true,
      allowPublic: false,
    });
    expect(submitted).toMatchObject({ status: 'ok', value: { status: 'received' } });
    if (submitted.status !== 'ok') return;
    expect(submitted.value.lgspId).toMatch(/^PA-\d{4}-\d{6}$/);

    now += 20 * 60_000;
    expect(await h.lgsp.pakn.status(submitted.value.lgspId)).toMatchObject({
      status: 'ok',
      value: { status: 'processing' },
    });
    now += 20 * 60_000;
    const answered = await h.lgsp.pakn.status(submitted.value.lgspId);
    expect(answered).toMatchObject({
      status: 'ok',
      value: { status: 'answered', answer: { agency: 'UBND xã Yên Phong' } },
    });
    expect((await h.lgsp.pakn.status('PA-2026-999999')).status).toBe('not_found');
  });

  it('refuses a file type the LGSP does not take and an unknown attachment id', async () => {
    const upload = await h.lgsp.pakn.uploadAttachment({
      name: 'virus.exe',
      contentType: 'application/octet-stream',
      content: Buffer.from('MZ'),
    });
    expect(upload.status).toBe('invalid');
    const submitted = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-000778',
      title: 'Tiêu đề',
      content: 'Nội dung',
      categoryCode: 'MOI_TRUONG',
      attachmentIds: ['f-does-not-exist'],
      consentToProcess: true,
      allowPublic: false,
    });
    expect(submitted.status).toBe('invalid');
  });
});
