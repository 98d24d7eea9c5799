import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** A JPEG as a phone takes it: EXIF naming the camera and a description (what reveals a device or a place). */
export const cameraPhoto = (colour: string): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SandboxCam', Model: 'Z-1', ImageDescription: 'nha so 5' } })
    .toBuffer();

/** The image's EXIF block as text ('' without one): what a test looks for the camera's name in. */
export const exifOf = async (bytes: Buffer): Promise<string> =>
  (await sharp(bytes).metadata()).exif?.toString('latin1') ?? '';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
