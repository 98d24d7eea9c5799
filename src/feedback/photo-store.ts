import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A stored photo: its content address and size. */
export interface StoredPhoto {
  sha256: string;
  sizeBytes: number;
}

/**
 * Citizens' photos on disk, content-addressed: `<dir>/<first two hex digits>/<sha256>`. Writing the same bytes twice
 * keeps one file; a file appears whole or not at all (written aside, then renamed). Every process that serves or
 * forwards photos must see the same directory (DATA_DIR on a shared volume).
 */
export interface PhotoStore {
  put(bytes: Buffer): Promise<StoredPhoto>;
  /** The bytes, or null when there is no such file (purged, or another volume). */
  read(sha256: string): Promise<Buffer | null>;
  remove(sha256: string): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function createPhotoStore(dir: string): PhotoStore {
  const pathOf = (sha256: string) => {
    // The name comes from our own table, but a path is built from it: refuse anything but a digest.
    if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 digest');
    return path.join(dir, sha256.slice(0, 2), sha256);
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      await fs.writeFile(temporary, bytes, { mode: 0o600 });
      await fs.rename(temporary, target);
      return { sha256, sizeBytes: bytes.length };
    },
    async read(sha256) {
      try {
        return await fs.readFile(pathOf(sha256));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(sha256) {
      await fs.rm(pathOf(sha256), { force: true });
    },
  };
}
