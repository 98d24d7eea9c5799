import { createHash } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { PhotoStore } from './photo-store.js';

/** Where an S3-compatible store is and the key that signs for it (`PHOTO_STORE=s3`, `S3_*`). */
export interface S3StoreConfig {
  /** Base URL of an S3-compatible service (MinIO, Ceph, a provider's); undefined: AWS for the region. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key (`egov/`), so one bucket can hold several deployments. */
  prefix: string;
}

/** A photo store in a bucket, and the probe `/readyz` runs: the store is of no use when it refuses our key. */
export interface S3PhotoStore extends PhotoStore {
  /** Resolves when the service accepts our signature and the bucket exists; throws the refusal, plainly, otherwise. */
  check(): Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** What the readiness probe reads: nothing is ever stored there, so the answer S3 gives is NoSuchKey. */
const PROBE_KEY = 'readiness-probe';

/** Path-style client (`<endpoint>/<bucket>/<key>`), as every S3-compatible service understands it. */
export function createS3Client(config: S3StoreConfig): S3Client {
  return new S3Client({
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Checksums only where S3 requires them: S3-compatible services do not all take the newer trailing checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // The outbox retries the effect with its own back-off; the client retries a blip twice.
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 3000, requestTimeout: 30_000 },
  });
}

/**
 * Only S3's own "no such key" means the photo is not there: another 404 (no such bucket, a wrong endpoint path) is a
 * store that refuses, retried, never a photo given up as missing.
 */
const isNoSuchKey = (error: unknown) => error instanceof S3ServiceException && error.name === 'NoSuchKey';

/**
 * An error that says which store refused what and why (S3's code: SignatureDoesNotMatch, InvalidAccessKeyId,
 * NoSuchBucket, AccessDenied…), never the key or the secret.
 */
export class PhotoStoreError extends Error {
  override readonly name = 'PhotoStoreError';
  constructor(
    readonly operation: string,
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(
      `The S3 photo store refused ${operation}: ${code}${
        code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId'
          ? ' (check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)'
          : code === 'NoSuchBucket'
            ? ' (check S3_BUCKET)'
            : ''
      }`,
      options,
    );
  }
}

function refusal(operation: string, error: unknown): Error {
  if (error instanceof S3ServiceException) {
    // A HEAD or an error without a body leaves only the status: name it as S3 would.
    const code =
      error.name && error.name !== 'Unknown' && error.name !== 'UnknownError'
        ? error.name
        : `HTTP ${error.$metadata.httpStatusCode ?? '?'}`;
    return new PhotoStoreError(operation, code, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Citizens' photos in an S3-compatible bucket, content-addressed like the files under DATA_DIR:
 * `<prefix><folder>/<first two hex digits>/<sha256>`. A PUT is atomic in S3 (the object appears whole or not at all),
 * and the same bytes put twice are one object. Every process reads the same bucket: no shared volume needed.
 */
export function createS3PhotoStore(client: S3Client, config: S3StoreConfig, folder: string): S3PhotoStore {
  const keyOf = (sha256: string) => {
    if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 digest');
    return `${config.prefix}${folder}/${sha256.slice(0, 2)}/${sha256}`;
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: config.bucket,
            Key: keyOf(sha256),
            Body: bytes,
            ContentType: 'application/octet-stream',
          }),
        );
      } catch (error) {
        throw refusal('PutObject', error);
      }
      return { sha256, sizeBytes: bytes.length };
    },
    async read(sha256) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: keyOf(sha256) }));
        if (!answer.Body) return null;
        return Buffer.from(await answer.Body.transformToByteArray());
      } catch (error) {
        if (isNoSuchKey(error)) return null;
        throw refusal('GetObject', error);
      }
    },
    async remove(sha256) {
      try {
        // S3 answers 204 whether or not the object was there: removing twice is fine.
        await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: keyOf(sha256) }));
      } catch (error) {
        throw refusal('DeleteObject', error);
      }
    },
    async check() {
      try {
        await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: `${config.prefix}${PROBE_KEY}` }));
      } catch (error) {
        // NoSuchKey: the service knew our key, the signature and the bucket, and looked. (A key without ListBucket
        // gets AccessDenied for a missing object instead: grant it, as reads of purged photos rely on the 404 too.)
        if (error instanceof S3ServiceException && error.name === 'NoSuchKey') return;
        throw refusal('the readiness probe (GetObject)', error);
      }
    },
  };
}
