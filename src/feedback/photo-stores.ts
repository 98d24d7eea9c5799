import type { PhotoStore } from './photo-store.js';
import type { S3StoreConfig } from './s3-photo-store.js';

/**
 * The stores of citizens' photos (feedback's kept photos, the intake's raw copies, and the photos and files sent
 * during handoffs) as the configuration chooses, and their probe.
 * The S3 client (about 25 MiB of SDK) is loaded only when a bucket is configured.
 */
export async function createFeedbackPhotoStores(
  photos: { dir: string; intakeDir: string; handoffFilesDir: string; s3?: S3StoreConfig | undefined },
  createFileStore: (dir: string) => PhotoStore,
): Promise<{
  photos: PhotoStore;
  intake: PhotoStore;
  /** Photos and files citizens sent during handoffs. */
  handoffFiles: PhotoStore;
  /** For `/readyz` (not critical: tickets are still filed and photos retried while the bucket refuses). */
  readiness?: { name: string; critical: boolean; check(): Promise<void> };
}> {
  if (!photos.s3) {
    return {
      photos: createFileStore(photos.dir),
      intake: createFileStore(photos.intakeDir),
      handoffFiles: createFileStore(photos.handoffFilesDir),
    };
  }
  const { createS3Client, createS3PhotoStore } = await import('./s3-photo-store.js');
  const client = createS3Client(photos.s3);
  const kept = createS3PhotoStore(client, photos.s3, 'feedback-photos');
  return {
    photos: kept,
    intake: createS3PhotoStore(client, photos.s3, 'feedback-photo-intake'),
    handoffFiles: createS3PhotoStore(client, photos.s3, 'handoff-files'),
    readiness: { name: 'photoStore', critical: false, check: () => kept.check() },
  };
}
