import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_IDENTITY } from '../../../src/config.js';
import {
  createPhotoStore,
  feedbackAttachments,
  feedbackTickets,
  type PhotoStore,
} from '../../../src/feedback/index.js';
import { photoDeletions } from '../../../src/feedback/photo-deletions.js';
import { photoIntakeStore } from '../../../src/feedback/photo-intake-store.js';
import { createS3Client, createS3PhotoStore, type S3StoreConfig } from '../../../src/feedback/s3-photo-store.js';
import { feedbackPhotoDeletions } from '../../../src/feedback/schema.js';
import { anonymiseTickets, ofCitizen } from '../../../src/feedback/ticket-purge.js';
import { createS3Simulator } from '../../../src/sandbox/s3/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';

const CITIZEN = '6142494823000000301';
let db: TestDatabase;
let dir: string;
let s3: RunningServer;
let bucket: S3StoreConfig;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'photo-deletions-'));
  const app = express();
  app.use(
    '/s3',
    createS3Simulator({
      accessKeyId: SANDBOX_IDENTITY.s3AccessKeyId,
      secretAccessKey: SANDBOX_IDENTITY.s3SecretAccessKey,
      region: SANDBOX_IDENTITY.s3Region,
      bucket: SANDBOX_IDENTITY.s3Bucket,
      dir: path.join(dir, 's3'),
      logger: testLogger(),
    }).router,
  );
  s3 = await listen(app);
  bucket = {
    endpoint: `${s3.url}/s3`,
    region: SANDBOX_IDENTITY.s3Region,
    bucket: SANDBOX_IDENTITY.s3Bucket,
    accessKeyId: SANDBOX_IDENTITY.s3AccessKeyId,
    secretAccessKey: SANDBOX_IDENTITY.s3SecretAccessKey,
    prefix: 'egov/',
  };
});
afterAll(async () => {
  await s3.close();
  await fs.rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  db = await createTestDatabase();
  return () => db.destroy();
});

const bytesOf = (label: string) => Buffer.from(`photo ${label} ${randomUUID()}`);
const s3Store = (folder: string, secretAccessKey: string = SANDBOX_IDENTITY.s3SecretAccessKey) => {
  const config = { ...bucket, secretAccessKey };
  return createS3PhotoStore(createS3Client(config), config, folder);
};

/** A filed ticket of the citizen with one stored photo per digest. */
async function ticketWith(digests: string[], citizenId = CITIZEN): Promise<string> {
  const [ticket] = await db.db
    .insert(feedbackTickets)
    .values({
      number: `PA-ZL-2026-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
      citizenId,
      language: 'vi',
      categoryCode: 'HT',
      categoryName: 'Hạ tầng',
      title: 'Cây đổ',
      content: 'Cây đổ chắn ngang đường vào trường học.',
      consentKind: 'anonymous',
      consentText: 'Đồng ý',
      consentVersion: '1',
      consentAt: new Date(),
    })
    .returning({ id: feedbackTickets.id });
  if (!ticket) throw new Error('no ticket');
  await db.db
    .insert(feedbackAttachments)
    .values(digests.map((sha256, position) => ({ ticketId: ticket.id, position, status: 'stored' as const, sha256 })));
  return ticket.id;
}

describe('photo deletions after the commit, retried until the object is gone', () => {
  it('filesystem: anonymising deletes the files after the commit; a digest another ticket holds stays', async () => {
    const files = createPhotoStore(path.join(dir, `files-${randomUUID()}`));
    const own = await files.put(bytesOf('own'));
    const shared = await files.put(bytesOf('shared'));
    const ticket = await ticketWith([own.sha256, shared.sha256]);
    await ticketWith([shared.sha256], '6142494823000000302');
    // The store sees the anonymised ticket when it is called: the transaction has committed (on PGlite a read outside
    // an open transaction would wait for it for ever).
    const seenByStore: Array<Date | null> = [];
    const observed: PhotoStore = {
      ...files,
      async remove(sha256) {
        const [row] = await db.db
          .select({ purgedAt: feedbackTickets.purgedAt })
          .from(feedbackTickets)
          .where(eq(feedbackTickets.id, ticket));
        seenByStore.push(row?.purgedAt ?? null);
        await files.remove(sha256);
      },
    };

    const result = await anonymiseTickets(db.db, observed, ofCitizen(CITIZEN), new Date());
    expect(result).toEqual({ tickets: 1, photos: 1 });
    expect(seenByStore).toHaveLength(1);
    expect(seenByStore[0]).not.toBeNull();
    expect(await files.read(own.sha256)).toBeNull();
    expect(await files.read(shared.sha256)).not.toBeNull();
    expect(await photoDeletions.pending(db.db)).toBe(0);

    // The same picture held by a ticket again: its deletion is dropped, the file kept.
    const again = await files.put(bytesOf('again'));
    await ticketWith([again.sha256]);
    await photoDeletions.queue(db.db, 'photos', [again.sha256]);
    expect(await photoDeletions.drain(db.db, { photos: files })).toEqual({ removed: 0, kept: 1, failed: 0 });
    expect(await files.read(again.sha256)).not.toBeNull();
    expect(await photoDeletions.pending(db.db)).toBe(0);
  });

  it('S3: a bucket that refuses leaves the deletion queued (never a photo forgotten); a later drain deletes it', async () => {
    const good = s3Store('feedback-photo-intake');
    const refusing = s3Store('feedback-photo-intake', 'not-the-sandbox-secret');
    const bytes = bytesOf('intake');
    const stored = await good.put(bytes);
    const row = await photoIntakeStore.ensure(db.db, CITIZEN, 'https://photo.zalo.example/a.jpg', new Date());
    expect(await photoIntakeStore.markStored(db.db, row.id, { ...stored, now: new Date() })).toBe(true);
    const [intakeRow] = await photoIntakeStore.ofCitizen(db.db, CITIZEN);
    if (!intakeRow) throw new Error('no intake row');

    // The row goes at once; the object stays while the bucket refuses, and its deletion waits, counted.
    expect(await photoIntakeStore.remove(db.db, refusing, [intakeRow])).toBe(1);
    expect(await photoIntakeStore.ofCitizen(db.db, CITIZEN)).toEqual([]);
    expect(await good.read(stored.sha256)).toEqual(bytes);
    expect(await photoDeletions.pending(db.db)).toBe(1);
    expect(await photoDeletions.drain(db.db, { intake: refusing })).toEqual({ removed: 0, kept: 0, failed: 1 });
    const [waiting] = await db.db.select().from(feedbackPhotoDeletions);
    expect(waiting).toMatchObject({ store: 'intake', sha256: stored.sha256, attempts: 2 });

    // A drain without that store leaves it alone; with a store that accepts, the object goes, once.
    expect(await photoDeletions.drain(db.db, { photos: good })).toEqual({ removed: 0, kept: 0, failed: 0 });
    expect(await photoDeletions.drain(db.db, { intake: good })).toEqual({ removed: 1, kept: 0, failed: 0 });
    expect(await good.read(stored.sha256)).toBeNull();
    expect(await photoDeletions.pending(db.db)).toBe(0);
    expect(await photoDeletions.drain(db.db, { intake: good })).toEqual({ removed: 0, kept: 0, failed: 0 });
  });

  it('S3: erasing a ticket whose bucket refuses still anonymises it, and the photo is deleted when the bucket answers', async () => {
    const good = s3Store('feedback-photos');
    const stored = await good.put(bytesOf('ticket'));
    await ticketWith([stored.sha256]);

    const refused = await anonymiseTickets(
      db.db,
      s3Store('feedback-photos', 'not-the-sandbox-secret'),
      ofCitizen(CITIZEN),
      new Date(),
    );
    expect(refused).toEqual({ tickets: 1, photos: 0 });
    const [ticket] = await db.db.select().from(feedbackTickets);
    // Anonymised whatever the bucket says: the store is not called inside the transaction.
    expect(ticket).toMatchObject({ citizenId: 'anonymised', content: '' });
    expect(await good.read(stored.sha256)).not.toBeNull();
    expect(await db.db.select({ n: sql<number>`count(*)::int` }).from(feedbackPhotoDeletions)).toEqual([{ n: 1 }]);

    expect(await photoDeletions.drain(db.db, { photos: good })).toMatchObject({ removed: 1, failed: 0 });
    expect(await good.read(stored.sha256)).toBeNull();
  });
});
