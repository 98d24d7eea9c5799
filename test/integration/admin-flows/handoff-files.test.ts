import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { conversationHandoffFiles, conversationHandoffs } from '../../../src/conversation/index.js';
import { createPhotoStore, handoffFilePurge } from '../../../src/feedback/index.js';
import { cameraPhoto, exifOf, sha256 } from '../../helpers/photos.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { eventually } from '../zalo/harness.js';
import { createAccount, signInFirstAdmin, ZaloCitizens, type AdminApi } from './clients.js';

interface KeptView {
  status: 'pending' | 'stored' | 'failed';
  failure: string | null;
  url: string | null;
}
interface LogItem {
  direction: 'in' | 'out';
  attachments: Array<{ kind: 'image' | 'file'; url: string; name: string | null; kept: KeptView | null }>;
}

const UNITS = [
  { code: 'so-xd', name: { vi: 'Sở Xây dựng' } },
  { code: 'so-tc', name: { vi: 'Sở Tài chính' } },
];
const PDF = Buffer.from('%PDF-1.4\n% đơn đề nghị\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/**
 * Photos and files a citizen sends while an official has the conversation, on the composed server over real HTTP: the
 * citizen on the sandbox Zalo (files uploaded to its CDN, sent in signed webhooks), officials on the admin API. Kept
 * after Zalo's link expires, without EXIF, read only through the audited route, gone with the citizen's erasure and
 * with the handoff's retention.
 */
describe('photos and files sent during a handoff', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;
  let viewer: AdminApi;
  let editor: AdminApi;
  let unitOfficial: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem({ env: { OFFICE_HOURS: 'Mon-Sun 00:00-24:00' } });
    admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    viewer = (await createAccount(system, admin, 'viewer@province.gov.vn', ['viewer'])).api;
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    expect((await admin.request('PUT', '/settings/province', { units: UNITS })).status).toBe(200);
    // An official of one unit, for a handoff transferred to another one.
    unitOfficial = (await createAccount(system, admin, 'so-tc@province.gov.vn', ['official'], 'so-tc')).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  const upload = async (bytes: Buffer, name: string, type: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${system.url}/sandbox/zalo/api/uploads`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { url: string }).url;
  };
  const expire = async (link: string) =>
    expect((await fetch(link.replace('/cdn/', '/api/uploads/'), { method: 'DELETE' })).status).toBe(204);
  /** The citizen writes; during a handoff the bot stays silent, so nothing is waited for. */
  const send = (citizenId: string, action: Record<string, unknown>) =>
    citizens.api<{ delivered: boolean }>(`/citizens/${citizenId}/send`, action);
  const filesOf = (citizenId: string) =>
    system.database.db
      .select()
      .from(conversationHandoffFiles)
      .where(eq(conversationHandoffFiles.citizenId, citizenId))
      .orderBy(conversationHandoffFiles.receivedAt, conversationHandoffFiles.sourceUrl);
  const settled = (citizenId: string, count: number) =>
    eventually(async () => {
      const rows = await filesOf(citizenId);
      return rows.length === count && rows.every((row) => row.status !== 'pending') ? rows : undefined;
    }, 30_000);
  const storedPath = (digest: string) =>
    path.join(system.config.feedback.photos.handoffFilesDir, digest.slice(0, 2), digest);
  const exists = (file: string) =>
    fs.access(file).then(
      () => true,
      () => false,
    );

  async function handOff(name: string): Promise<{ citizenId: string; handoffId: string }> {
    const citizenId = await citizens.create(name);
    await citizens.say(citizenId, { type: 'follow' });
    await citizens.say(citizenId, { type: 'text', text: 'gặp cán bộ' });
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const [row] = await system.database.db
        .select()
        .from(conversationHandoffs)
        .where(eq(conversationHandoffs.citizenId, citizenId));
      if (row) return { citizenId, handoffId: row.id };
      await sleep(25);
    }
    throw new Error('no handoff opened');
  }

  async function logOf(api: AdminApi, citizenId: string): Promise<LogItem[]> {
    const read = await api.request('GET', `/conversations/${citizenId}/messages`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    return read.body.items as LogItem[];
  }

  it('keeps a photo (retried, without EXIF) and a document after Zalo’s links expire; officials read them, audited', async () => {
    const { citizenId, handoffId } = await handOff('Lê Thị Thu');
    const photo = await cameraPhoto('#aa5522');
    expect(await exifOf(photo)).toContain('SandboxCam');
    const photoLink = await upload(photo, 'giay-phep.jpg', 'image/jpeg');
    // Zalo's CDN fails the photo's first download: the outbox tries again. Only that link's: the three downloads are
    // outbox jobs of their own, which may start in any order.
    await citizens.api('/faults', { cdnFailLink: { url: photoLink, count: 1 } });
    expect((await send(citizenId, { type: 'image', url: photoLink })).delivered).toBe(true);
    const documentLink = await upload(PDF, 'don.pdf', 'application/pdf');
    // Named as a web page, but a PDF: kept, and offered to officials as what it is.
    await send(citizenId, { type: 'file', url: documentLink, name: 'don.html' });
    // Named a PDF, but a web page: not kept.
    const fakeLink = await upload(Buffer.from('<html>not a pdf</html>'), 'khac.pdf', 'application/pdf');
    await send(citizenId, { type: 'file', url: fakeLink, name: 'khac.pdf' });

    const rows = await settled(citizenId, 3);
    const byLink = (link: string) => rows.find((row) => row.sourceUrl === link);
    expect(byLink(photoLink)).toMatchObject({ handoffId, kind: 'image', status: 'stored', attempts: 2 });
    expect(byLink(documentLink)).toMatchObject({
      kind: 'file',
      name: 'don.html',
      status: 'stored',
      attempts: 1,
      contentType: 'application/pdf',
      sha256: sha256(PDF),
    });
    expect(byLink(fakeLink)).toMatchObject({ status: 'failed', failure: 'unsupported', sha256: null });
    // Kept as a JPEG without the camera's metadata, content-addressed in the photo store.
    const kept = byLink(photoLink);
    if (!kept?.sha256) throw new Error('photo not stored');
    const onDisk = await fs.readFile(storedPath(kept.sha256));
    expect(await exifOf(onDisk)).not.toContain('SandboxCam');
    expect(sha256(onDisk)).toBe(kept.sha256);

    // Zalo's links expire: officials still see what the citizen sent, through our copy.
    await expire(photoLink);
    await expire(documentLink);
    const attachments = (await logOf(official, citizenId)).flatMap((item) => item.attachments);
    const shown = (link: string) => attachments.find((attachment) => attachment.url === link)?.kept;
    expect(shown(photoLink)).toMatchObject({
      status: 'stored',
      url: expect.stringContaining(`/handoffs/${handoffId}/`),
    });
    expect(shown(fakeLink)).toEqual({ status: 'failed', failure: 'unsupported', url: null });
    const photoUrl = shown(photoLink)?.url?.replace('/api/admin', '') ?? '';
    const documentUrl = shown(documentLink)?.url?.replace('/api/admin', '') ?? '';

    const image = await official.download(photoUrl);
    expect(image).toMatchObject({ status: 200, contentType: 'image/jpeg' });
    expect(image.bytes.equals(onDisk)).toBe(true);
    const pdf = await viewer.download(documentUrl);
    expect(pdf).toMatchObject({
      status: 200,
      contentType: 'application/pdf',
      disposition: "attachment; filename*=UTF-8''don.pdf",
    });
    expect(pdf.bytes.equals(PDF)).toBe(true);
    // Editors do not read conversations; nobody signed out does.
    expect((await editor.download(photoUrl)).status).toBe(403);
    expect((await fetch(`${system.url}/api/admin${photoUrl}`)).status).toBe(401);
    const reads = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'handoff.file.read'), eq(auditLog.targetId, handoffId)));
    expect(reads.map((row) => row.after)).toEqual([
      { file: kept.id, kind: 'image' },
      { file: byLink(documentLink)?.id, kind: 'file' },
    ]);

    // Transferred to another unit: refused to an official of a unit, and the refusal audited.
    expect(
      (await official.request('POST', `/conversations/handoffs/${handoffId}/transfer`, { unit: 'so-xd' })).status,
    ).toBe(200);
    expect((await unitOfficial.download(photoUrl)).status).toBe(403);
    const refused = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'handoff.refused'), eq(auditLog.targetId, handoffId)));
    expect(refused.map((row) => row.after)).toEqual([expect.objectContaining({ attempted: 'handoff.file.read' })]);
  }, 120_000);

  it('lists them in the citizen’s data and erases them (rows and files) on request', async () => {
    const { citizenId } = await handOff('Hoàng Văn Nam');
    const photo = await cameraPhoto('#2255aa');
    await send(citizenId, { type: 'image', url: await upload(photo, 'a.jpg', 'image/jpeg') });
    const [row] = await settled(citizenId, 1);
    if (!row?.sha256) throw new Error('photo not stored');
    expect(await exists(storedPath(row.sha256))).toBe(true);

    const reference = 'CV 31/2026';
    const described = await admin.request('POST', `/citizens/${citizenId}/personal-data`, { reference });
    expect(described.status, JSON.stringify(described.body)).toBe(200);
    const holders = described.body.holders as Array<{ name: string; items: Array<Record<string, unknown>> | null }>;
    expect(holders.find((holder) => holder.name === 'handoffs')?.items).toEqual([
      expect.objectContaining({ status: 'open', photosSent: 1, filesSent: 0 }),
    ]);

    const erased = await admin.request('POST', `/citizens/${citizenId}/personal-data/erase`, { reference });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await filesOf(citizenId)).toEqual([]);
    expect(await exists(storedPath(row.sha256))).toBe(false);
    expect((await official.download(`/conversations/handoffs/${row.handoffId}/files/${row.id}`)).status).toBe(404);
  }, 120_000);

  it('forgets them with the handoff’s retention, keeping bytes another handoff still holds', async () => {
    const photo = await cameraPhoto('#55aa22');
    const oldOne = await handOff('Đỗ Minh Khoa');
    await send(oldOne.citizenId, { type: 'image', url: await upload(photo, 'a.jpg', 'image/jpeg') });
    const [oldRow] = await settled(oldOne.citizenId, 1);
    // The same picture, sent by another citizen whose handoff is still live.
    const recent = await handOff('Ngô Thị Lan');
    await send(recent.citizenId, { type: 'image', url: await upload(photo, 'b.jpg', 'image/jpeg') });
    const [recentRow] = await settled(recent.citizenId, 1);
    if (!oldRow?.sha256 || recentRow?.sha256 !== oldRow.sha256) throw new Error('photos not stored alike');

    expect((await official.request('POST', `/conversations/handoffs/${oldOne.handoffId}/close`)).status).toBe(200);
    await system.database.db
      .update(conversationHandoffs)
      .set({ closedAt: sql`now() - interval '100 days'` })
      .where(eq(conversationHandoffs.id, oldOne.handoffId));
    const store = createPhotoStore(system.config.feedback.photos.handoffFilesDir);
    const before = new Date(Date.now() - system.config.conversation.retentionDays * 24 * 3600_000);
    expect(await handoffFilePurge.purgeClosedBefore(system.database.db, store, before)).toBe(1);
    expect(await filesOf(oldOne.citizenId)).toEqual([]);
    // Content-addressed: the other handoff's copy is the same object, and it stays.
    expect(await exists(storedPath(oldRow.sha256))).toBe(true);
    expect(await filesOf(recent.citizenId)).toHaveLength(1);
    expect(await handoffFilePurge.purgeClosedBefore(system.database.db, store, before)).toBe(0);
  }, 120_000);
});
