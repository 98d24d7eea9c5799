import { loadSharp } from '../platform/sharp.js';

/** What became of a download from Zalo's CDN. */
export type PhotoDownload =
  | { kind: 'ok'; bytes: Buffer }
  /** Retrying cannot help: the link is gone, or the file is larger than allowed. */
  | { kind: 'refused'; reason: 'gone' | 'too_large' }
  /** A network failure or a server error: worth another attempt. */
  | { kind: 'unavailable' };

export interface DownloadOptions {
  maxBytes: number;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** How long one download from Zalo's CDN may take (ms). */
export const FEEDBACK_PHOTO_DOWNLOAD_TIMEOUT_MS = 30_000;
/** Photos are kept this large at most (longest side, pixels); larger ones are scaled down. */
export const PHOTO_MAX_SIDE_PX = 2560;
/** Decoding refuses images of more pixels than this (a small file can claim a huge canvas). */
const PHOTO_MAX_INPUT_PIXELS = 60_000_000;
const JPEG_QUALITY = 85;

/**
 * Downloads a photo a citizen sent, at most `maxBytes` (a larger one is refused without reading it all). Only http(s)
 * links are followed; Zalo's CDN links expire, so a 403/404/410 means the photo is gone.
 */
export async function downloadPhoto(url: string, options: DownloadOptions): Promise<PhotoDownload> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', reason: 'gone' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'refused', reason: 'gone' };
  const fetchImpl = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(parsed, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  } catch {
    return { kind: 'unavailable' };
  }
  if ([403, 404, 410].includes(response.status)) {
    await response.body?.cancel();
    return { kind: 'refused', reason: 'gone' };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return { kind: 'unavailable' };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body.cancel();
    return { kind: 'refused', reason: 'too_large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        await response.body.cancel().catch(() => undefined);
        return { kind: 'refused', reason: 'too_large' };
      }
      chunks.push(Buffer.from(chunk));
    }
  } catch {
    return { kind: 'unavailable' };
  }
  return { kind: 'ok', bytes: Buffer.concat(chunks) };
}

/** The image format the first bytes announce (JPEG or PNG, what the LGSP takes and Zalo sends), or null. */
export function detectPhotoType(bytes: Buffer): 'jpeg' | 'png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((byte, index) => bytes[index] === byte)) return 'png';
  return null;
}

/** A photo ready to store: JPEG, upright, at most PHOTO_MAX_SIDE_PX on its longest side. */
export interface PreparedPhoto {
  bytes: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
}

/**
 * Checks a downloaded photo by its magic bytes and by decoding it, then re-encodes it as JPEG, turned upright. The
 * metadata (EXIF: GPS position, camera, time) is dropped unless `keepMetadata` (the citizen shared their location, so
 * the position in the photo tells nothing more). Null when it is not a JPEG or PNG photo that decodes.
 */
export async function preparePhoto(bytes: Buffer, options: { keepMetadata: boolean }): Promise<PreparedPhoto | null> {
  if (detectPhotoType(bytes) === null) return null;
  const sharp = await loadSharp();
  try {
    let pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: PHOTO_MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE_PX, height: PHOTO_MAX_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' });
    if (options.keepMetadata) pipeline = pipeline.keepExif();
    const { data, info } = await pipeline.jpeg({ quality: JPEG_QUALITY }).toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/**
 * The check at intake, before any byte is kept: JPEG or PNG by its magic bytes, and an image that decodes within the
 * pixel limit. The bytes are not changed (their EXIF is removed when the ticket is filed, if no location was shared).
 */
export async function isAcceptablePhoto(bytes: Buffer): Promise<boolean> {
  if (detectPhotoType(bytes) === null) return false;
  const sharp = await loadSharp();
  try {
    const metadata = await sharp(bytes, { failOn: 'error', limitInputPixels: PHOTO_MAX_INPUT_PIXELS }).metadata();
    return (metadata.width ?? 0) > 0 && (metadata.height ?? 0) > 0;
  } catch {
    return false;
  }
}
