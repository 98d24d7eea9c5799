import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenIdSchema,
  createTemplateRenderer,
  type CitizenId,
  type MessageSink,
  type OutboundMessage,
} from '../../../src/conversation/index.js';
import { createDossierFollowStore, createDossierWatch, type DossierFollowStore } from '../../../src/lgsp/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { startHarness, type Harness } from './harness.js';

const MINUTE = 60_000;

function collectingSink() {
  const sent: Array<{ citizenId: CitizenId; messages: OutboundMessage[] }> = [];
  const sink: MessageSink = {
    send: (citizenId, messages) => {
      sent.push({ citizenId, messages });
      return Promise.resolve();
    },
  };
  return { sink, sent };
}

describe('dossier watch job', () => {
  let h: Harness;
  let db: TestDatabase;
  let follows: DossierFollowStore;
  let now = Date.now();
  const clock = () => new Date(now);
  const renderer = createTemplateRenderer({ templatesDir: path.resolve('templates') });

  beforeAll(async () => {
    h = await startHarness({ clock });
    db = await createTestDatabase();
    follows = createDossierFollowStore(db.db);
  });
  afterAll(async () => {
    await h.close();
    await db.destroy();
  });

  async function followDossier(citizen: string, code: string, status: string, language: 'vi' | 'en' = 'vi') {
    const outcome = await follows.follow({
      citizenId: citizen,
      dossierCode: code,
      language,
      status,
      now: clock(),
      expiresAt: new Date(now + 30 * 24 * 60 * MINUTE),
      firstCheckAt: new Date(now + 30 * MINUTE),
      maxActive: 10,
    });
    expect(outcome).toBe('following');
  }

  it('a followed dossier whose status changes produces exactly one message, and none while it stays the same', async () => {
    const { sink, sent } = collectingSink();
    const watch = createDossierWatch({
      follows,
      dossiers: h.lgsp.dossiers,
      sink,
      renderer,
      queues: h.redis.queues,
      logger: testLogger(),
      config: { intervalMinutes: 30, maxDays: 30, checksPerMinute: 600 },
      clock,
    });
    const dossier = h.simulator.data.dossiers.find((d) => d.status === 'received');
    if (!dossier) throw new Error('no received dossier');
    await followDossier('citizen-1', dossier.code, 'received');

    // Not due yet; then due but unchanged: nothing is sent.
    expect((await watch.runOnce()).checked).toBe(0);
    now += 40 * MINUTE;
    expect(await watch.runOnce()).toMatchObject({ checked: 1, notified: 0 });

    h.simulator.setDossierStatus(dossier.code, 'processing', 'Chuyển phòng chuyên môn thẩm định');
    now += 40 * MINUTE;
    // Two workers ticking at once: one claims the follow, the other finds nothing due.
    const [a, b] = await Promise.all([watch.runOnce(), watch.runOnce()]);
    expect(a.notified + b.notified).toBe(1);
    now += 40 * MINUTE;
    await watch.runOnce();
    expect(sent).toHaveLength(1);
    const message = sent[0]?.messages[0];
    expect(sent[0]?.citizenId).toBe('citizen-1');
    expect(message?.kind === 'text' && message.text).toContain(`Hồ sơ ${dossier.code}`);
    expect(message?.kind === 'text' && message.text).toContain('Đang được giải quyết');
    expect(message?.kind === 'text' && message.text).toContain('Chuyển phòng chuyên môn thẩm định');
    expect(message?.kind === 'text' && message.text).not.toContain(dossier.ownerName);
  });

  it('stops following once the dossier is finished, after telling the citizen (in their language)', async () => {
    const { sink, sent } = collectingSink();
    const watch = createDossierWatch({
      follows,
      dossiers: h.lgsp.dossiers,
      sink,
      renderer,
      queues: h.redis.queues,
      logger: testLogger(),
      config: { intervalMinutes: 30, maxDays: 30, checksPerMinute: 600 },
      clock,
    });
    const dossier = h.simulator.data.dossiers.find((d) => d.status === 'processed');
    if (!dossier) throw new Error('no processed dossier');
    await followDossier('citizen-2', dossier.code, 'processed', 'en');
    h.simulator.setDossierStatus(dossier.code, 'returned', 'Trả kết quả');
    now += 40 * MINUTE;
    await watch.runOnce();
    now += 40 * MINUTE;
    await watch.runOnce();
    expect(sent).toHaveLength(1);
    const message = sent[0]?.messages[0];
    expect(message?.kind === 'text' && message.text).toContain('Result handed over');
    expect(await follows.listActive('citizen-2')).toEqual([]);
  });

  it('stops following after the limit with a short note', async () => {
    const { sink, sent } = collectingSink();
    const watch = createDossierWatch({
      follows,
      dossiers: h.lgsp.dossiers,
      sink,
      renderer,
      queues: h.redis.queues,
      logger: testLogger(),
      config: { intervalMinutes: 30, maxDays: 30, checksPerMinute: 600 },
      clock,
    });
    const dossier = h.simulator.data.dossiers.find((d) => d.status === 'supplement_requested');
    if (!dossier) throw new Error('no dossier');
    await followDossier('citizen-3', dossier.code, 'supplement_requested');
    now += 31 * 24 * 60 * MINUTE;
    await watch.runOnce();
    // Earlier tests' follows expire too; this citizen gets exactly one note.
    const mine = sent.filter((s) => s.citizenId === 'citizen-3');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.messages[0]?.kind === 'text' && mine[0].messages[0].text).toContain('đã hết');
    expect(await follows.listActive('citizen-3')).toEqual([]);
  });

  it('forgets follows that ended before the retention cut-off, keeping running ones', async () => {
    const [ended, running] = h.simulator.data.dossiers.filter((d) => d.status === 'received');
    if (!ended || !running) throw new Error('two received dossiers needed');
    await followDossier('citizen-9', ended.code, 'received');
    await followDossier('citizen-9', running.code, 'received');
    expect(await follows.stop('citizen-9', ended.code, new Date(now - 100 * 24 * 60 * MINUTE))).toBe(true);
    expect(await follows.purgeEnded(new Date(now - 90 * 24 * 60 * MINUTE))).toBe(1);
    expect((await follows.listActive('citizen-9')).map((f) => f.dossierCode)).toEqual([running.code]);
    expect(await follows.purgeEnded(new Date(now - 90 * 24 * 60 * MINUTE))).toBe(0);
  });

  it('runs on its own as a BullMQ job scheduler', async () => {
    const { sink, sent } = collectingSink();
    const watch = createDossierWatch({
      follows,
      dossiers: h.lgsp.dossiers,
      sink,
      renderer,
      queues: h.redis.queues,
      logger: testLogger(),
      config: { intervalMinutes: 30, maxDays: 60, checksPerMinute: 600, tickMs: 200 },
      clock,
    });
    const dossier = h.simulator.data.dossiers.find((d) => d.status === 'registered');
    if (!dossier) throw new Error('no registered dossier');
    await followDossier(citizenIdSchema.parse('citizen-4'), dossier.code, 'registered');
    h.simulator.setDossierStatus(dossier.code, 'received', 'Tiếp nhận hồ sơ');
    now += 40 * MINUTE;
    await watch.start();
    try {
      await expect.poll(() => sent.length, { timeout: 10_000 }).toBe(1);
    } finally {
      await watch.close();
    }
  });
});
