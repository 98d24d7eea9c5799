import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandoffAttachments } from './handoff-attachments.js';

describe('officials’ attachments are kept as long as the conversation log', () => {
  let dataDir = '';
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('removes what was stored before the retention date, keeps what is newer', async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-attachments-'));
    const attachments = createHandoffAttachments({ dataDir, publicUrl: 'http://localhost' });
    const pdf = Buffer.from('%PDF-1.4\n%…\n', 'utf8');
    const handoffId = '6f1d7a4e-2b1c-4c55-9d7e-0a4c1b2d3e4f';
    const old = await attachments.store(handoffId, pdf, 'giay-hen.pdf', new Date('2026-01-05T03:00:00Z'));
    const recent = await attachments.store(handoffId, pdf, 'mau-don.pdf', new Date('2026-11-30T03:00:00Z'));
    if (!old.ok || !recent.ok) throw new Error('the test PDFs were refused');

    expect(await attachments.purgeBefore(new Date('2026-09-01T00:00:00Z'))).toBe(1);
    expect(await attachments.find(old.attachment.id)).toBeNull();
    expect(await attachments.find(recent.attachment.id)).toMatchObject({ name: 'mau-don.pdf' });
    expect((await fs.readdir(path.join(dataDir, 'handoff-attachments'))).sort()).toEqual(
      [`${recent.attachment.id}.bin`, `${recent.attachment.id}.json`].sort(),
    );
  });
});
