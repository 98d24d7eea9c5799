import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.js';
import { createSimulatedCitizenStore } from '../../../src/sandbox/zalo/index.js';
import { startSystem } from '../../../src/system.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { freePort, startTestSystem } from '../../helpers/system.js';

interface PublicCitizen {
  id: string;
  displayName: string;
  following: boolean;
}

/**
 * The sandbox phone's simulated citizens are kept in the database and their chat under DATA_DIR: a restart keeps both,
 * and new citizens get new ids.
 */
describe('simulated citizens across a restart', () => {
  let database: TestDatabase;
  let dataDir = '';
  afterAll(async () => {
    await database?.destroy();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('are still there, following, after a restart; a new one never reuses an old id', async () => {
    database = await createTestDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-citizens-'));
    const port = await freePort();
    const config = readConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `t${randomBytes(5).toString('hex')}`,
      LOG_LEVEL: 'silent',
      SANDBOX: 'true',
    });
    const control = (url: string) => `${url}/sandbox/zalo/api/citizens`;
    const post = async (url: string, body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.ok, `${url} answered ${response.status}`).toBe(true);
      return (await response.json()) as PublicCitizen;
    };

    const first = await startSystem({ config, role: 'web', logger: testLogger(), database });
    const base = first.url ?? `http://127.0.0.1:${port}`;
    const lan = await post(control(base), { displayName: 'Nguyễn Thị Lan' });
    await post(`${control(base)}/${lan.id}/send`, { type: 'follow' });
    // Several at once: their lines are written together, in order.
    const texts = ['một', 'hai', 'ba', 'bốn', 'năm'];
    await Promise.all(texts.map((text) => post(`${control(base)}/${lan.id}/send`, { type: 'text', text })));
    const chatOf = async (url: string) =>
      (await (await fetch(`${control(url)}/${lan.id}/conversation`)).json()) as {
        items: { seq: number; direction: string; delivery?: { delivered: boolean; status: number } }[];
      };
    const before = await chatOf(base);
    expect(before.items.filter((item) => item.direction === 'in')).toHaveLength(1 + texts.length);
    await first.close('restart');

    const second = await startSystem({ config, role: 'web', logger: testLogger(), database });
    try {
      const listed = (await (await fetch(control(base))).json()) as { items: PublicCitizen[] };
      expect(listed.items).toMatchObject([{ id: lan.id, displayName: 'Nguyễn Thị Lan', following: true }]);
      // Her chat as the phone shows it, with the outcome of what she sent ("Đã gửi ✓", not "Đang gửi…" again).
      const chat = await chatOf(base);
      expect(chat.items.map((item) => item.seq)).toEqual(before.items.map((item) => item.seq));
      expect(chat.items.filter((item) => item.direction === 'in')).toMatchObject(
        Array.from({ length: 1 + texts.length }, () => ({ delivery: { delivered: true, status: 200 } })),
      );
      const hung = await post(control(base), { displayName: 'Trần Văn Hùng' });
      expect(hung.id).not.toBe(lan.id);
    } finally {
      await second.close('test finished');
    }
  });
});

describe("the sandbox phone's chat file", () => {
  it('keeps every line of a burst, in order, and a line that comes after it was closed', async () => {
    const database = await createTestDatabase({ migrate: false });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-chat-'));
    try {
      const store = createSimulatedCitizenStore(database.db, dir);
      const item = (seq: number) => ({ seq, direction: 'in' as const, at: '', messageId: `m${seq}`, body: {} });
      await Promise.all(Array.from({ length: 200 }, (_, index) => store.saveItem?.('c1', item(index + 1))));
      await store.close?.();
      await store.saveItem?.('c1', item(201));
      const loaded = (await store.loadItems?.()) ?? [];
      expect(loaded.map(({ item: { seq } }) => seq)).toEqual(Array.from({ length: 201 }, (_, index) => index + 1));
    } finally {
      await database.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A benchmark lifts the client-side limit above Zalo's 4,000 calls a minute (sandbox only): the simulated Zalo must
 * take as many, or the figures would measure its -32 answers and the pauses they cause, not the server.
 */
describe("the simulated Zalo's quota of calls", () => {
  it("follows a client-side limit lifted above Zalo's, and stays at Zalo's 4,000 otherwise", async () => {
    const quotaOf = async (env: Record<string, string>) => {
      const system = await startTestSystem({ role: 'web', env: { SANDBOX: 'true', ...env } });
      try {
        const faults = (await (await fetch(`${system.url}/sandbox/zalo/api/faults`)).json()) as {
          rateLimitPerMinute: number;
        };
        return faults.rateLimitPerMinute;
      } finally {
        await system.destroy();
      }
    };
    expect(await quotaOf({ ZALO_RATE_LIMIT_PER_MIN: '60000' })).toBe(60_000);
    expect(await quotaOf({ ZALO_RATE_LIMIT_PER_MIN: '3000' })).toBe(4_000);
  });
});
