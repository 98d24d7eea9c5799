import {
  defineExternalEffect,
  HANDOFF_FILES_FETCH_EFFECT,
  handoffFileStore,
  handoffFilesFetchPayloadSchema,
  type ExternalEffectDefinition,
  type HandoffFileFailure,
  type HandoffFileRow,
} from '../conversation/index.js';
import { detectDocumentType } from '../platform/document-types.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { photoDeletions } from './photo-deletions.js';
import { detectPhotoType, downloadPhoto, preparePhoto } from './photo-intake.js';
import type { PhotoStore } from './photo-store.js';
import type { z } from 'zod';

export interface HandoffFilesDeps {
  db: Db;
  /** Where the files are kept (`PHOTO_STORE`: `DATA_DIR/handoff-files` or the bucket's `handoff-files/`). */
  store: PhotoStore;
  /** Largest photo or file downloaded from Zalo (bytes): FEEDBACK_PHOTO_MAX_BYTES. */
  maxBytes: number;
  /** Attempts at downloading one file before it is given up (FEEDBACK_PHOTO_ATTEMPTS). */
  maxAttempts: number;
  downloadTimeoutMs: number;
  fetch?: typeof fetch;
  clock?: () => Date;
}

type Fetched =
  | { kind: 'ok'; bytes: Buffer; contentType: string }
  | { kind: 'failed'; failure: HandoffFileFailure }
  | { kind: 'unavailable' };

/**
 * Downloads the photos and files a citizen sent during a handoff, right after the turn that recorded them committed
 * (Zalo's links expire within about a day): each is checked by its first bytes (JPEG, PNG; PDF, DOC, DOCX), a photo
 * re-encoded as JPEG without its EXIF (position, camera, time), and kept in the store, content-addressed. Each file is
 * recorded, so a retry downloads only what is left; a link that keeps failing is given up after `maxAttempts`.
 */
export function createHandoffFilesEffect(deps: HandoffFilesDeps): ExternalEffectDefinition<z.ZodType> {
  const clock = deps.clock ?? (() => new Date());

  async function fetchFile(row: HandoffFileRow): Promise<Fetched> {
    const download = await downloadPhoto(row.sourceUrl, {
      maxBytes: deps.maxBytes,
      timeoutMs: deps.downloadTimeoutMs,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    if (download.kind === 'unavailable') return download;
    if (download.kind === 'refused') {
      return { kind: 'failed', failure: download.reason === 'gone' ? 'unreachable' : 'too_large' };
    }
    // A photo sent as a file is still a photo: its metadata goes all the same.
    if (detectPhotoType(download.bytes) !== null) {
      const prepared = await preparePhoto(download.bytes, { keepMetadata: false });
      return prepared
        ? { kind: 'ok', bytes: prepared.bytes, contentType: prepared.contentType }
        : { kind: 'failed', failure: 'unsupported' };
    }
    const document = row.kind === 'file' ? detectDocumentType(download.bytes, row.name ?? '') : null;
    if (!document) return { kind: 'failed', failure: 'unsupported' };
    return { kind: 'ok', bytes: download.bytes, contentType: document.contentType };
  }

  return defineExternalEffect({
    type: HANDOFF_FILES_FETCH_EFFECT,
    payload: handoffFilesFetchPayloadSchema,
    async performAfterCommit({ urls }, ctx) {
      let retry = false;
      for (const row of await handoffFileStore.pendingOf(deps.db, ctx.citizenId, urls)) {
        const attempts = await handoffFileStore.countAttempt(deps.db, row.id);
        const fetched = await fetchFile(row);
        if (fetched.kind === 'unavailable') {
          if (attempts < deps.maxAttempts) retry = true;
          else {
            await handoffFileStore.markFailed(deps.db, row.id, 'unreachable');
            ctx.logger.warn({ handoffId: row.handoffId, attempts }, 'a file sent during a handoff was given up');
          }
          continue;
        }
        if (fetched.kind === 'failed') {
          await handoffFileStore.markFailed(deps.db, row.id, fetched.failure);
          ctx.logger.info(
            { handoffId: row.handoffId, failure: fetched.failure },
            'a file sent during a handoff not kept',
          );
          continue;
        }
        const stored = await deps.store.put(fetched.bytes);
        const kept = await handoffFileStore.markStored(deps.db, row.id, {
          ...stored,
          contentType: fetched.contentType,
          now: clock(),
        });
        // Erased meanwhile (the citizen's request): these bytes must not stay behind.
        if (!kept) await removeObjects(deps.db, deps.store, [stored.sha256], ctx.logger);
      }
      if (retry) throw new Error('a file sent during a handoff could not be downloaded from Zalo; retrying later');
    },
  });
}

/** Deletes the objects no row holds any more, durably (`feedback_photo_deletions`, retried by the feedback watch). */
async function removeObjects(
  db: Db,
  store: Pick<PhotoStore, 'remove'>,
  digests: readonly string[],
  logger?: Logger,
): Promise<void> {
  await photoDeletions.queue(db, 'handoff_files', digests);
  await photoDeletions.drain(db, { handoff_files: store }, { logger, digests });
}

/** Files forgotten per retention batch. */
const PURGE_BATCH = 500;

/**
 * Forgetting the files of handoffs: the rows and their deletions commit together, the objects go after the commit
 * (`photoDeletions`; a store that fails is retried by the feedback watch's tick). An object another row holds (the
 * same picture sent again) stays.
 */
export const handoffFilePurge = {
  /** The citizen's files, whatever the state of their handoffs (the citizen's erasure); the rows removed. */
  async eraseCitizen(db: Db, store: Pick<PhotoStore, 'remove'>, citizenId: string, logger?: Logger): Promise<number> {
    return forget(db, store, await handoffFileStore.ofCitizen(db, citizenId), logger);
  },

  /** Files of handoffs closed before `before` (the conversation log's retention); the rows removed. */
  async purgeClosedBefore(db: Db, store: Pick<PhotoStore, 'remove'>, before: Date, logger?: Logger): Promise<number> {
    let removed = 0;
    for (;;) {
      const rows = await handoffFileStore.ofHandoffsClosedBefore(db, before, PURGE_BATCH);
      removed += await forget(db, store, rows, logger);
      if (rows.length < PURGE_BATCH) return removed;
    }
  },
};

async function forget(
  db: Db,
  store: Pick<PhotoStore, 'remove'>,
  rows: readonly HandoffFileRow[],
  logger?: Logger,
): Promise<number> {
  if (rows.length === 0) return 0;
  const digests = await db.transaction(async (tx) => {
    const held = await handoffFileStore.remove(
      tx,
      rows.map((row) => row.id),
    );
    await photoDeletions.queue(tx, 'handoff_files', held);
    return held;
  });
  await photoDeletions.drain(db, { handoff_files: store }, { logger, digests });
  return rows.length;
}
