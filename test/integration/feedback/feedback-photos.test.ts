import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { feedbackAttachments, feedbackPhotoIntake, feedbackTickets } from '../../../src/feedback/index.js';
import { cameraPhoto, exifOf, sha256 } from '../../helpers/photos.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import {
  buttonsOf,
  createAccount,
  signInFirstAdmin,
  texts,
  ZaloCitizens,
  type AdminApi,
  type ConversationItem,
} from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';

interface LgspUpload {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}
interface LgspFeedbackItem {
  requestId: string;
  submissions: number;
  attachments: LgspUpload[];
  location: Record<string, unknown> | null;
}
interface PhotoView {
  id: string;
  position: number;
  status: string;
  failure: string | null;
  url: string | null;
  lgspFileId: string | null;
}

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const DOSSIER_CODE = '000.00.15.H02-221205-0001';
const CONTENT = 'Hố sâu giữa đường trước chợ, xe máy đã ngã hai lần trong tuần này, cần rào chắn gấp.';
/** Small enough that a noisy 400×400 PNG is refused; real photos get the LGSP's 10 MB. */
const PHOTO_MAX_BYTES = 200_000;

/**
 * Photos and the place of a feedback ticket, on the composed server over real HTTP: photos uploaded to the Zalo
 * simulator's CDN and sent in signed webhooks (several in one message), downloaded at intake (before the links expire),
 * checked, stored content-addressed, uploaded to the LGSP simulator with TaiTep before TiepNhanPhanAnh; officials see and download them.
 */
describe('feedback photos and place', () => {
  let system: TestSystem;
  let citizens: ZaloCitizens;
  let official: AdminApi;
  let editor: AdminApi;

  const say = (citizenId: string, text: string) => citizens.say(citizenId, { type: 'text', text });
  const upload = async (bytes: Buffer, name: string, type: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { url: string }).url;
  };
  const lgspTicket = (number: string) =>
    eventually(async () => {
      const response = await fetch(`${system.url}/sandbox/lgsp/_feedback`);
      const items = ((await response.json()) as { items: LgspFeedbackItem[] }).items;
      return items.find((item) => item.requestId === number);
    }, 30_000);
  const ticketRow = async (number: string) =>
    (await system.database.db.select().from(feedbackTickets).where(eq(feedbackTickets.number, number)))[0];
  const photoRows = async (number: string) => {
    const ticket = await ticketRow(number);
    if (!ticket) return [];
    return system.database.db
      .select()
      .from(feedbackAttachments)
      .where(eq(feedbackAttachments.ticketId, ticket.id))
      .orderBy(feedbackAttachments.position);
  };
  const outTexts = async (citizenId: string) =>
    (await citizens.api<{ items: ConversationItem[] }>(`/citizens/${citizenId}/conversation`)).items
      .filter((item) => item.direction === 'out')
      .map((item) => item.body.message?.text ?? '');
  const newCitizen = async (name: string) => {
    const id = await citizens.create(name);
    await citizens.say(id, { type: 'follow' });
    return id;
  };
  /** From "phản ánh" to the photo question. */
  const startReport = async (citizenId: string) => {
    await say(citizenId, 'phản ánh');
    await say(citizenId, 'hạ tầng');
    expect(texts(await say(citizenId, CONTENT))).toContain('Gửi từ 1 đến 5 ảnh');
  };
  const sendAnonymously = async (citizenId: string): Promise<{ summary: string; number: string }> => {
    const summary = texts(await say(citizenId, '#choice:anonymous'));
    const sent = texts(await say(citizenId, '#choice:send'));
    const number = NUMBER.exec(sent)?.[0];
    if (!number) throw new Error(`no ticket number in: ${sent}`);
    return { summary, number };
  };

  beforeAll(async () => {
    system = await startTestSystem({ env: { FEEDBACK_PHOTO_MAX_BYTES: String(PHOTO_MAX_BYTES) } });
    citizens = ZaloCitizens.of(system);
    const admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
  });
  afterAll(() => system.destroy());

  it('takes several photos in one message and a shared location; bad files are dropped, the rest reach the LGSP', async () => {
    const citizen = await newCitizen('Vũ Thị Mai');
    await startReport(citizen);
    const first = await cameraPhoto('#884422');
    const second = await cameraPhoto('#224488');
    const notAPhoto = Buffer.from('<html>not a photo</html>');
    const noise = await sharp(Buffer.from(Array.from({ length: 400 * 400 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 400, height: 400, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(PHOTO_MAX_BYTES);

    const urls = [await upload(first, 'a.jpg', 'image/jpeg'), await upload(notAPhoto, 'b.jpg', 'image/jpeg')];
    expect(texts(await citizens.say(citizen, { type: 'image', urls }))).toContain('Đã nhận 2 ảnh');
    const more = [await upload(noise, 'c.png', 'image/png'), await upload(second, 'd.jpg', 'image/jpeg')];
    expect(texts(await citizens.say(citizen, { type: 'image', urls: more }))).toContain('Đã nhận 4 ảnh');
    expect(texts(await say(citizen, 'xong'))).toContain('ở đâu');
    const afterPlace = texts(await citizens.say(citizen, { type: 'location', latitude: 21.1861, longitude: 106.0763 }));
    expect(afterPlace).toContain('họ tên và số điện thoại');
    const { summary, number } = await sendAnonymously(citizen);
    expect(summary).toContain('• Ảnh: 4 ảnh');
    expect(summary).toContain('• Địa điểm: vị trí đã chia sẻ (21.18610, 106.07630)');

    const atLgsp = await lgspTicket(number);
    expect(atLgsp.submissions).toBe(1);
    // Once it is there, the citizen is told, once.
    const reached = `Phản ánh ${number} đã được chuyển tới cơ quan xử lý.`;
    await eventually(async () => (await outTexts(citizen)).includes(reached));
    expect(atLgsp.location).toEqual({ latitude: 21.1861, longitude: 106.0763 });
    const photos = await photoRows(number);
    expect(photos.map((photo) => [photo.position, photo.status, photo.failure])).toEqual([
      [0, 'stored', null],
      [1, 'failed', 'not_an_image'],
      [2, 'failed', 'too_large'],
      [3, 'stored', null],
    ]);
    expect(photos.every((photo) => photo.sourceUrl === null)).toBe(true);
    // The LGSP got exactly the stored files, in order, each once.
    expect(atLgsp.attachments.map((file) => file.sha256)).toEqual([photos[0]?.sha256, photos[3]?.sha256]);
    expect(atLgsp.attachments.map((file) => file.fileId)).toEqual([photos[0]?.lgspFileId, photos[3]?.lgspFileId]);

    // Officials see the photos and the point; the download is the stored JPEG, content-addressed, its EXIF kept
    // (the citizen shared the location anyway), and every read is audited.
    const read = await official.request('GET', `/feedback/tickets/${number}`);
    expect(read.status).toBe(200);
    expect(read.body.place).toMatchObject({
      source: 'location',
      latitude: 21.1861,
      longitude: 106.0763,
      mapUrl: expect.stringContaining('mlat=21.1861&mlon=106.0763'),
    });
    const views = read.body.photos as PhotoView[];
    expect(views.map((view) => view.status)).toEqual(['stored', 'failed', 'failed', 'stored']);
    expect(views[1]?.url).toBeNull();
    const download = await official.download(String(views[0]?.url).replace('/api/admin', ''));
    expect(download.status).toBe(200);
    expect(download.contentType).toContain('image/jpeg');
    const bytes = download.bytes;
    expect(sha256(bytes)).toBe(photos[0]?.sha256);
    expect(await exifOf(bytes)).toContain('SandboxCam');
    expect((await editor.download(String(views[0]?.url).replace('/api/admin', ''))).status).toBe(403);
    const missing = await official.download(`/feedback/tickets/${number}/photos/${String(views[1]?.id)}`);
    expect(missing.status).toBe(404);
    const audited = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'feedback.photo.read'), eq(auditLog.targetId, number)));
    expect(audited).toHaveLength(1);
    expect((await outTexts(citizen)).filter((text) => text === reached)).toHaveLength(1);
  });

  it('"Sửa" → "Ảnh" with photos: others replace them, "Xóa ảnh" removes them, "Bỏ qua" keeps them, kept aside too', async () => {
    const citizen = await newCitizen('Trịnh Văn Sơn');
    /** Citizen says → the bot's answer holds this. */
    const talk = async (rows: [says: string, answers: string][]) => {
      let last = '';
      for (const [says, answers] of rows) {
        last = texts(await say(citizen, says));
        expect(last, `after "${says}"`).toContain(answers);
      }
      return last;
    };
    const photo = async (colour: string, name: string) => upload(await cameraPhoto(colour), name, 'image/jpeg');
    await startReport(citizen);
    const two = [await photo('#113355', 'a.jpg'), await photo('#335511', 'b.jpg')];
    expect(texts(await citizens.say(citizen, { type: 'image', urls: two }))).toContain('Đã nhận 2 ảnh');
    await talk([
      ['xong', 'ở đâu'],
      ['bỏ qua', 'có thể gửi ẩn danh'],
      ['#choice:anonymous', '• Ảnh: 2 ảnh'],
      ['#choice:edit', 'muốn sửa phần nào'],
    ]);
    const choice = await say(citizen, '#choice:photos');
    expect(texts(choice)).toContain('Phản ánh đang kèm 2 ảnh. Anh/chị muốn gửi ảnh khác thay cho các ảnh này');
    expect(buttonsOf(choice).map((button) => button.title)).toEqual(['Gửi ảnh khác', 'Xóa ảnh', 'Giữ nguyên ảnh']);
    // Kept aside at that choice for a dossier, a photo sent meanwhile is added: the choice counts it.
    await talk([[`tra cứu hồ sơ ${DOSSIER_CODE}`, 'Tôi giữ lại phản ánh anh/chị đang viết dở']]);
    const added = texts(await citizens.say(citizen, { type: 'image', url: await photo('#551133', 'c.jpg') }));
    expect(added).toContain('Tôi đã thêm 1 ảnh anh/chị vừa gửi vào phản ánh đang viết dở.');
    expect(added).toContain('Phản ánh đang kèm 3 ảnh.');
    await talk([
      // "Bỏ qua" at the choice keeps them.
      ['bỏ qua', '• Ảnh: 3 ảnh'],
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'đang kèm 3 ảnh'],
      ['#choice:replace', 'Ảnh anh/chị gửi bây giờ sẽ thay cho 3 ảnh đã gửi.'],
      // No other photo after all: the photos sent before stay.
      ['bỏ qua', '• Ảnh: 3 ảnh'],
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'đang kèm 3 ảnh'],
      ['gửi ảnh khác', 'Gửi từ 1 đến 5 ảnh'],
      // Kept aside while the other photos are asked for, resumed, then skipped: still the photos sent before.
      [`tra cứu hồ sơ ${DOSSIER_CODE}`, 'Tôi giữ lại phản ánh anh/chị đang viết dở'],
      ['Tiếp tục', 'Gửi từ 1 đến 5 ảnh'],
      ['bỏ qua', '• Ảnh: 3 ảnh'],
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'đang kèm 3 ảnh'],
      ['xóa ảnh', '• Ảnh: không có'],
      // None attached: the photos are asked for at once.
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'Gửi từ 1 đến 5 ảnh'],
      ['bỏ qua', '• Ảnh: không có'],
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'Gửi từ 1 đến 5 ảnh'],
    ]);
    const last = await cameraPhoto('#aa7700');
    const one = await upload(last, 'd.jpg', 'image/jpeg');
    expect(texts(await citizens.say(citizen, { type: 'image', url: one }))).toContain('Đã nhận 1 ảnh');
    await talk([['xong', '• Ảnh: 1 ảnh']]);
    // Replaced: other photos sent to replace the attached ones.
    await talk([
      ['#choice:edit', 'muốn sửa phần nào'],
      ['#choice:photos', 'đang kèm 1 ảnh'],
      ['#choice:replace', 'sẽ thay cho 1 ảnh đã gửi'],
    ]);
    const replacement = await cameraPhoto('#0077aa');
    const url = await upload(replacement, 'e.jpg', 'image/jpeg');
    expect(texts(await citizens.say(citizen, { type: 'image', url }))).toContain('Đã nhận 1 ảnh');
    await talk([['xong', '• Ảnh: 1 ảnh']]);
    const number = NUMBER.exec(texts(await say(citizen, '#choice:send')))?.[0] ?? '';
    const stored = await eventually(async () => {
      const rows = await photoRows(number);
      return rows.length === 1 && rows[0]?.status === 'stored' ? rows : undefined;
    }, 30_000);
    expect((await lgspTicket(number)).attachments.map((file) => file.sha256)).toEqual([stored[0]?.sha256]);
  }, 120_000);

  it('asks for the field twice, then offers the list with a cancel button, then gives up politely', async () => {
    const citizen = await newCitizen('Ngô Văn Lạc');
    expect(texts(await say(citizen, 'phản ánh'))).toContain('1. Hạ tầng, đô thị');
    expect(texts(await say(citizen, 'cái gì đó'))).toContain('Tôi chưa nhận ra lĩnh vực');
    expect(texts(await say(citizen, 'không biết'))).toContain('Tôi chưa nhận ra lĩnh vực');
    const list = await say(citizen, 'linh tinh');
    expect(texts(list)).toContain('nhắn số thứ tự trong danh sách dưới đây (từ 1 đến 10)');
    expect(texts(list)).toContain('10. Lĩnh vực khác');
    expect(buttonsOf(list)).toContainEqual(expect.objectContaining({ title: 'Hủy', payload: '#cancel' }));
    const failed = await say(citizen, 'vẫn không biết');
    expect(texts(failed)).toContain('Xin lỗi, tôi chưa xác định được lĩnh vực');
    expect(buttonsOf(failed).map((button) => button.payload)).toContain('#feedback');
    // A new report starts with a clean slate: one miss is asked again, not listed.
    await say(citizen, 'phản ánh');
    expect(texts(await say(citizen, 'linh tinh'))).toContain('Tôi chưa nhận ra lĩnh vực');
    expect(texts(await say(citizen, '3'))).toContain('mô tả nội dung');
  });

  it('fetches each message’s photos after its turn (retried) and keeps them when the link expires; matches a commune typed loosely; strips EXIF when no location was shared', async () => {
    const citizen = await newCitizen('Đặng Văn Hùng');
    await startReport(citizen);
    const photo = await cameraPhoto('#55aa55');
    expect(await exifOf(photo)).toContain('SandboxCam');
    const link = await upload(photo, 'pothole.jpg', 'image/jpeg');
    // Zalo's CDN fails the first download at intake: it is tried again, right away, before the report is sent.
    await citizens.api('/faults', { cdnFailLink: { url: link, count: 1 } });
    await citizens.say(citizen, { type: 'image', url: link });
    // Fetched after the message that brought it, while the citizen may still send more ("xong" not typed yet).
    const fetched = await eventually(async () => {
      const [row] = await system.database.db
        .select()
        .from(feedbackPhotoIntake)
        .where(eq(feedbackPhotoIntake.citizenId, citizen));
      return row?.status === 'stored' ? row : undefined;
    }, 30_000);
    expect(fetched).toMatchObject({ attempts: 2, sizeBytes: photo.length, sha256: sha256(photo) });
    const rawFile = path.join(system.config.feedback.photos.intakeDir, sha256(photo).slice(0, 2), sha256(photo));
    await fs.access(rawFile);
    expect(texts(await say(citizen, 'xong'))).toContain('ở đâu');
    // The link expires while the citizen is still answering: the ticket keeps the photo fetched at intake.
    expect((await fetch(link.replace('/cdn/', '/api/uploads/'), { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(link)).status).toBe(404);
    expect(texts(await say(citizen, 'xã Không Có Thật'))).toContain('chưa tìm thấy xã, phường này');
    expect(texts(await say(citizen, 'truoc cho, phuong kinh bac'))).toContain('họ tên và số điện thoại');
    // Typed rather than tapped: "ẩn danh" is the anonymous choice.
    expect(texts(await say(citizen, 'ẩn danh'))).toContain('• Nội dung: ' + CONTENT);
    // "Sửa" from the summary: one part asked again, then the summary with the other answers kept.
    expect(texts(await say(citizen, '#choice:edit'))).toContain('muốn sửa phần nào');
    expect(texts(await say(citizen, '#choice:content'))).toContain('mô tả nội dung');
    const edited = `${CONTENT} Đã có người bị thương.`;
    const summary = texts(await say(citizen, edited));
    expect(summary).toContain(`• Nội dung: ${edited}`);
    expect(summary).toContain('• Ảnh: 1 ảnh');
    expect(summary).toContain('• Địa điểm: truoc cho, phuong kinh bac (Phường Kinh Bắc)');
    const number = NUMBER.exec(texts(await say(citizen, 'gửi')))?.[0] ?? '';
    expect((await ticketRow(number))?.content).toBe(edited);

    const atLgsp = await lgspTicket(number);
    expect(atLgsp.location).toMatchObject({
      address: 'truoc cho, phuong kinh bac, Phường Kinh Bắc',
      provinceCode: '24',
      communeCode: expect.stringMatching(/^\d{5}$/),
    });
    const [stored] = await photoRows(number);
    // Not downloaded again when the ticket was filed; the bytes as sent (with their EXIF) are gone from intake.
    expect(stored).toMatchObject({ status: 'stored', attempts: 0, contentType: 'image/jpeg' });
    const leftAtIntake = await system.database.db
      .select()
      .from(feedbackPhotoIntake)
      .where(eq(feedbackPhotoIntake.citizenId, citizen));
    expect(leftAtIntake).toEqual([]);
    await expect(fs.access(rawFile)).rejects.toThrow();
    expect(atLgsp.attachments.map((file) => file.sha256)).toEqual([stored?.sha256]);
    const read = await official.request('GET', `/feedback/tickets/${number}`);
    expect(read.body.place).toMatchObject({ source: 'commune', communeName: 'Phường Kinh Bắc', mapUrl: null });
    const url = String((read.body.photos as PhotoView[])[0]?.url).replace('/api/admin', '');
    const { bytes } = await official.download(url);
    expect(await exifOf(bytes)).toBe('');
    expect((await sharp(bytes).metadata()).format).toBe('jpeg');
  });
});
