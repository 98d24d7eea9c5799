import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectPhotoType, preparePhoto } from './photo-intake.js';

const photoWithExif = () =>
  sharp({ create: { width: 30, height: 20, channels: 3, background: '#123456' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'UnitCam' } })
    .toBuffer();
const exifOf = async (bytes: Buffer) => (await sharp(bytes).metadata()).exif?.toString('latin1') ?? '';

describe('photo intake', () => {
  it('knows JPEG and PNG by their first bytes, and nothing else', async () => {
    expect(detectPhotoType(await photoWithExif())).toBe('jpeg');
    expect(
      detectPhotoType(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      ),
    ).toBe('png');
    expect(detectPhotoType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectPhotoType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it('removes EXIF unless told to keep it, and re-encodes as JPEG', async () => {
    const original = await photoWithExif();
    expect(await exifOf(original)).toContain('UnitCam');
    const stripped = await preparePhoto(original, { keepMetadata: false });
    expect(stripped).toMatchObject({ contentType: 'image/jpeg', width: 30, height: 20 });
    expect(await exifOf(stripped?.bytes ?? Buffer.alloc(0))).toBe('');
    const kept = await preparePhoto(original, { keepMetadata: true });
    expect(await exifOf(kept?.bytes ?? Buffer.alloc(0))).toContain('UnitCam');
  });

  it('refuses what only looks like a photo', async () => {
    const truncated = (await photoWithExif()).subarray(0, 40);
    expect(await preparePhoto(truncated, { keepMetadata: false })).toBeNull();
    expect(await preparePhoto(Buffer.from('<svg/>'), { keepMetadata: false })).toBeNull();
  });
});
