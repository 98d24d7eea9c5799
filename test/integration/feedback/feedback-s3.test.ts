import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_IDENTITY } from '../../../src/config.js';
import { conversationHandoffFiles } from '../../../src/conversation/index.js';
import { feedbackAttachments, feedbackTickets } from '../../../src/feedback/index.js';
import { effectOutbox } from '../../../src/outbox/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from '../admin-flows/clients.js';
import { eventually } from '../zalo/harness.js';

interface S3Object {
  key: string;
  size: number;
}

const NUMBER = /PA-ZL-\d{4}-\d{6}/;
const CONTENT = 'Cây đổ chắn ngang đường vào trường học sau cơn mưa tối qua, học sinh phải đi vòng rất xa.';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photo = (colour: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/**
 * PHOTO_STORE=s3 on the composed server: the photos of a ticket go to the sandbox's S3 (real HTTP, every request's
 * AWS Signature Version 4 checked by the sandbox), are served to officials from there and deleted from there when the
 * ticket is anonymised. With a wrong secret the bucket refuses, and the server says so (readiness, log), photos are
 * not silently lost: they stay pending and retried.
 */
describe('feedback photos in an S3-compatible store', () => {
  const systems: TestSystem[] = [];
  afterAll(async () => {
    for (const system of systems) await system.destroy();
  });

  const helpers = (system: TestSystem) => {
    const citizens = ZaloCitizens.of(system);
    const say = (citizenId: string, text: string) => citizens.say(citizenId, { type: 'text', text });
    const upload = async (bytes: Buffer): Promise<string> => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'p.jpg');
      const response = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
      expect(response.status).toBe(201);
      return ((await response.json()) as { url: string }).url;
    };
    const objects = async () => {
      const response = await fetch(`${system.url}/sandbox/s3/_objects`);
      return ((await response.json()) as { objects: S3Object[] }).objects;
    };
    /** Files a report with these photos, anonymously; its number. */
    const file = async (name: string, photos: Buffer[]): Promise<{ citizen: string; number: string }> => {
      const citizen = await citizens.create(name);
      await citizens.say(citizen, { type: 'follow' });
      await say(citizen, 'phản ánh');
      await say(citizen, 'hạ tầng');
      await say(citizen, CONTENT);
      const urls = [];
      for (const bytes of photos) urls.push(await upload(bytes));
      expect(texts(await citizens.say(citizen, { type: 'image', urls }))).toContain(`Đã nhận ${photos.length} ảnh`);
      await say(citizen, 'xong');
      await say(citizen, 'bỏ qua');
      await say(citizen, '#choice:anonymous');
      const number = NUMBER.exec(texts(await say(citizen, '#choice:send')))?.[0];
      if (!number) throw new Error('no ticket number');
      return { citizen, number };
    };
    const attachments = async (number: string) => {
      const [ticket] = await system.database.db
        .select()
        .from(feedbackTickets)
        .where(eq(feedbackTickets.number, number));
      if (!ticket) return [];
      return system.database.db
        .select()
        .from(feedbackAttachments)
        .where(eq(feedbackAttachments.ticketId, ticket.id))
        .orderBy(feedbackAttachments.position);
    };
    return { citizens, say, file, objects, attachments };
  };

  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;

  beforeAll(async () => {
    system = await startTestSystem({ env: { PHOTO_STORE: 's3', S3_PREFIX: 'egov/' } });
    systems.push(system);
    admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
  });

  it('stores, serves and purges photos in the bucket; nothing under DATA_DIR', async () => {
    const { file, objects, attachments } = helpers(system);
    const ready = (await (await fetch(`${system.url}/readyz`)).json()) as Record<string, { ok: boolean }>;
    expect(JSON.stringify(ready)).toContain('"photoStore":{"ok":true');

    const first = await photo('#aa3311');
    const second = await photo('#1133aa');
    const { number } = await file('Trịnh Văn Sơn', [first, second]);
    const stored = await eventually(async () => {
      const rows = await attachments(number);
      return rows.length === 2 && rows.every((row) => row.status === 'stored' && row.lgspFileId) ? rows : undefined;
    }, 30_000);
    const keys = stored.map((row) => `egov/feedback-photos/${String(row.sha256).slice(0, 2)}/${String(row.sha256)}`);
    // The kept photos are in the bucket, under the prefix, content-addressed; the intake's raw copies are gone.
    const inBucket = await objects();
    expect(inBucket.map((object) => object.key).sort()).toEqual([...keys].sort());
    expect(inBucket.map((object) => object.size).sort()).toEqual(stored.map((row) => row.sizeBytes).sort());
    await expect(fs.access(system.config.feedback.photos.dir)).rejects.toThrow();

    // The official downloads the bytes the bucket holds.
    const read = await official.request('GET', `/feedback/tickets/${number}`);
    const url = String((read.body.photos as Array<{ url: string }>)[0]?.url).replace('/api/admin', '');
    const download = await official.download(url);
    expect(download.status).toBe(200);
    expect(sha256(download.bytes)).toBe(stored[0]?.sha256);

    // Retention: the closed ticket, unchanged long enough, is anonymised and its photos leave the bucket.
    expect((await admin.request('POST', `/feedback/tickets/${number}/close`, {})).status).toBe(200);
    await system.database.db
      .update(feedbackTickets)
      .set({ updatedAt: sql`now() - interval '400 days'` })
      .where(eq(feedbackTickets.number, number));
    await system.feedbackWatch?.runOnce();
    expect(await objects()).toEqual([]);
    expect((await official.download(url)).status).toBe(404);
  }, 120_000);

  it("erases a citizen's photos from the bucket on their request in chat", async () => {
    const { file, say, objects } = helpers(system);
    const { citizen } = await file('Phan Thị Hoa', [await photo('#33aa55')]);
    await eventually(async () => ((await objects()).length === 1 ? true : undefined), 30_000);
    await say(citizen, 'xóa dữ liệu của tôi');
    await say(citizen, '#choice:erase');
    await eventually(async () => ((await objects()).length === 0 ? true : undefined), 30_000);
  }, 120_000);

  it('keeps what a citizen sends during a hand-off in the bucket, serves it, and erases it on request', async () => {
    const { citizens, objects } = helpers(system);
    const citizen = await citizens.create('Lý Văn Tâm');
    await citizens.say(citizen, { type: 'follow' });
    await citizens.say(citizen, { type: 'text', text: 'gặp cán bộ' });
    const bytes = await photo('#77aa33');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'giay-to.jpg');
    const uploaded = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    const { url } = (await uploaded.json()) as { url: string };
    await citizens.api(`/citizens/${citizen}/send`, { type: 'image', url });
    const [row] = await eventually(async () => {
      const rows = await system.database.db
        .select()
        .from(conversationHandoffFiles)
        .where(eq(conversationHandoffFiles.citizenId, citizen));
      return rows[0]?.status === 'stored' ? rows : undefined;
    }, 30_000);
    if (!row?.sha256) throw new Error('not stored');
    expect((await objects()).map((object) => object.key)).toEqual([
      `egov/handoff-files/${row.sha256.slice(0, 2)}/${row.sha256}`,
    ]);
    const download = await official.download(`/conversations/handoffs/${row.handoffId}/files/${row.id}`);
    expect(download).toMatchObject({ status: 200, contentType: 'image/jpeg' });
    expect(sha256(download.bytes)).toBe(row.sha256);
    const erased = await admin.request('POST', `/citizens/${citizen}/personal-data/erase`, { reference: 'CV 7/2026' });
    expect(erased.status).toBe(200);
    expect(await objects()).toEqual([]);
  }, 120_000);

  it('the sandbox checks SigV4 for real: the right key signs, another secret or a tampered body is refused', async () => {
    const client = (secretAccessKey: string) =>
      new S3Client({
        endpoint: `${system.url}/sandbox/s3`,
        region: SANDBOX_IDENTITY.s3Region,
        forcePathStyle: true,
        credentials: { accessKeyId: SANDBOX_IDENTITY.s3AccessKeyId, secretAccessKey },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        maxAttempts: 1,
      });
    const Bucket = SANDBOX_IDENTITY.s3Bucket;
    const good = client(SANDBOX_IDENTITY.s3SecretAccessKey);
    await good.send(new PutObjectCommand({ Bucket, Key: 'probe/a b+ç.txt', Body: Buffer.from('xin chào') }));
    const got = await good.send(new GetObjectCommand({ Bucket, Key: 'probe/a b+ç.txt' }));
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? []).toString()).toBe('xin chào');
    await expect(good.send(new GetObjectCommand({ Bucket, Key: 'probe/none' }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
    await expect(good.send(new GetObjectCommand({ Bucket: 'other-bucket', Key: 'x' }))).rejects.toMatchObject({
      name: 'NoSuchBucket',
    });
    await expect(
      client('another-secret').send(new GetObjectCommand({ Bucket, Key: 'probe/a b+ç.txt' })),
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch', $metadata: { httpStatusCode: 403 } });
    // The same signed headers with another body: the payload hash no longer matches.
    const signed = await fetch(`${system.url}/sandbox/s3/${Bucket}/probe/x`, {
      method: 'PUT',
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${SANDBOX_IDENTITY.s3AccessKeyId}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${'0'.repeat(64)}`,
        'x-amz-date': new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
        'x-amz-content-sha256': sha256(Buffer.from('what was signed')),
      },
      body: 'something else',
    });
    expect(signed.status).toBe(400);
    expect(await signed.text()).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
    // No signature at all: S3's XML error, nothing stored.
    const unsigned = await fetch(`${system.url}/sandbox/s3/${Bucket}/probe/x`, { method: 'PUT', body: 'x' });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>AccessDenied</Code>');
    await good.send(new DeleteObjectCommand({ Bucket, Key: 'probe/a b+ç.txt' }));
    await expect(good.send(new GetObjectCommand({ Bucket, Key: 'probe/a b+ç.txt' }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
  });

  it('with a wrong secret: the bucket refuses (SignatureDoesNotMatch), /readyz says so, photos stay pending', async () => {
    const wrong = await startTestSystem({ env: { PHOTO_STORE: 's3', S3_SECRET_ACCESS_KEY: 'not-the-sandbox-secret' } });
    systems.push(wrong);
    const ready = (await (await fetch(`${wrong.url}/readyz`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(ready)).toContain('"photoStore":{"ok":false');
    // The sandbox answered S3's error for the signature itself: a signed request with another secret is refused.
    const { file, objects, attachments } = helpers(wrong);
    const { number } = await file('Lý Văn Tâm', [await photo('#777777')]);
    // The outbox keeps trying: the photo is neither stored nor marked failed, and the bucket stays empty.
    const [row] = await eventually(async () => {
      const rows = await attachments(number);
      return rows.length === 1 && rows[0]?.status === 'pending' ? rows : undefined;
    }, 30_000);
    expect(row?.status).toBe('pending');
    expect(await objects()).toEqual([]);
    // …because storing it failed, loudly: the outbox records S3's refusal and tries again.
    const failing = await eventually(async () => {
      const effects = await wrong.database.db.select().from(effectOutbox);
      return effects.find((effect) => effect.lastError?.includes('SignatureDoesNotMatch'));
    }, 30_000);
    expect(failing.lastError).not.toContain('not-the-sandbox-secret');
  }, 120_000);
});
