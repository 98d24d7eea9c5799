import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import express, { type Router } from 'express';
import { detectDocumentType, documentFileName } from '../platform/document-types.js';
import { loadSharp } from '../platform/sharp.js';
import { z } from 'zod';
import type { OutboundMessage } from '../conversation/index.js';

/**
 * Files and images an official attaches to a handoff answer: checked by their content (magic bytes; images decoded),
 * stored under `DATA_DIR/handoff-attachments/`, and served to Zalo at an unguessable address under `PUBLIC_URL`
 * (`/media/handoff/<id>`): Zalo fetches an image from its URL, and the delivery worker fetches a document to upload
 * it to Zalo at send time.
 */

/** Largest upload accepted: images are re-encoded smaller; documents must fit Zalo's own limit. */
export const ATTACHMENT_UPLOAD_LIMIT = '10mb';
/** The same limit in bytes (the body parser reads `10mb` as 10 × 1024 × 1024), told to officials before they upload. */
export const ATTACHMENT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Zalo's limit for a file message's document (`/v2.0/oa/upload/file`: PDF, DOC, DOCX), believed to be 5 MB: *to be
 * verified against a live OA*. The delivery adapter refuses larger ones before uploading.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** Images are turned upright, shrunk to fit this many pixels a side and re-encoded as JPEG (EXIF dropped). */
export const IMAGE_MAX_SIDE = 1600;
const IMAGE_QUALITY = 80;

const IMAGE_MAGIC = [
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), // PNG
];

const metadataSchema = z.object({
  id: z.uuid(),
  handoffId: z.uuid(),
  kind: z.enum(['image', 'file']),
  contentType: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type HandoffAttachment = z.infer<typeof metadataSchema>;

export type AttachmentRefusal = 'empty' | 'too_large' | 'unsupported_type' | 'unreadable_image';

export interface HandoffAttachments {
  /** Checks and stores an upload; a refusal names what is wrong with it. */
  store(
    handoffId: string,
    data: Buffer,
    name: string,
    now: Date,
  ): Promise<{ ok: true; attachment: HandoffAttachment } | { ok: false; reason: AttachmentRefusal }>;
  find(id: string): Promise<HandoffAttachment | null>;
  /** The message a citizen receives for an attachment. */
  toMessage(attachment: HandoffAttachment): OutboundMessage;
  /** Deletes attachments stored before `before` (kept as long as the conversation log), and orphaned bytes; the count. */
  purgeBefore(before: Date): Promise<number>;
  /** Serves `/<id>` (mounted at `/media/handoff`). */
  router: Router;
}

const startsWith = (data: Buffer, magic: Buffer) =>
  data.length >= magic.length && data.subarray(0, magic.length).equals(magic);

export function createHandoffAttachments(deps: { dataDir: string; publicUrl: string }): HandoffAttachments {
  const dir = path.join(deps.dataDir, 'handoff-attachments');
  const fileOf = (id: string) => path.join(dir, `${id}.bin`);
  const metaOf = (id: string) => path.join(dir, `${id}.json`);

  async function find(id: string): Promise<HandoffAttachment | null> {
    if (!z.uuid().safeParse(id).success) return null;
    try {
      return metadataSchema.parse(JSON.parse(await fs.readFile(metaOf(id), 'utf8')));
    } catch {
      return null;
    }
  }

  const router = express.Router();
  router.get('/:id', async (req, res) => {
    const attachment = await find(req.params.id);
    if (!attachment) {
      res.status(404).type('application/problem+json').json({ title: 'Not found', status: 404 });
      return;
    }
    res
      .status(200)
      .type(attachment.contentType)
      .set('cache-control', 'private, max-age=86400')
      .set('x-content-type-options', 'nosniff')
      .set('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`)
      .send(await fs.readFile(fileOf(attachment.id)));
  });

  return {
    router,
    find,
    async store(handoffId, data, name, now) {
      if (data.length === 0) return { ok: false, reason: 'empty' };
      let stored: { kind: 'image' | 'file'; contentType: string; name: string; data: Buffer };
      if (IMAGE_MAGIC.some((magic) => startsWith(data, magic))) {
        const sharp = await loadSharp();
        try {
          const jpeg = await sharp(data, { limitInputPixels: 50_000_000 })
            .rotate()
            .resize({ width: IMAGE_MAX_SIDE, height: IMAGE_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
            .jpeg({ quality: IMAGE_QUALITY })
            .toBuffer();
          stored = { kind: 'image', contentType: 'image/jpeg', name: documentFileName(name, 'jpg'), data: jpeg };
        } catch {
          return { ok: false, reason: 'unreadable_image' };
        }
      } else {
        const type = detectDocumentType(data, name);
        if (!type) return { ok: false, reason: 'unsupported_type' };
        if (data.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'too_large' };
        stored = { kind: 'file', contentType: type.contentType, name: documentFileName(name, type.extension), data };
      }
      const attachment: HandoffAttachment = {
        id: randomUUID(),
        handoffId,
        kind: stored.kind,
        contentType: stored.contentType,
        name: stored.name,
        bytes: stored.data.length,
        createdAt: now.toISOString(),
      };
      await fs.mkdir(dir, { recursive: true });
      // The bytes first, then the record that makes them findable: a crash in between leaves an orphan, never a lie.
      await fs.writeFile(fileOf(attachment.id), stored.data);
      await fs.writeFile(metaOf(attachment.id), JSON.stringify(attachment));
      return { ok: true, attachment };
    },
    toMessage(attachment) {
      const url = `${deps.publicUrl}/media/handoff/${attachment.id}`;
      return attachment.kind === 'image'
        ? { kind: 'image', imageUrl: url }
        : { kind: 'file', url, name: attachment.name };
    },
    async purgeBefore(before) {
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      let removed = 0;
      for (const name of names) {
        const id = name.replace(/\.(bin|json)$/, '');
        if (!name.endsWith('.bin') || !z.uuid().safeParse(id).success) continue;
        const attachment = await find(id);
        // Bytes without a record (a crash between the two writes) are as old as their file.
        const storedAt = attachment
          ? Date.parse(attachment.createdAt)
          : (await fs.stat(fileOf(id)).catch(() => null))?.mtimeMs;
        if (storedAt === undefined || storedAt >= before.getTime()) continue;
        // The record first: once it is gone the attachment is no longer served, whatever happens to the bytes.
        await fs.rm(metaOf(id), { force: true });
        await fs.rm(fileOf(id), { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
