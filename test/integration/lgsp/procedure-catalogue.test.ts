import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTemplateRenderer } from '../../../src/conversation/index.js';
import {
  createProcedureCatalogue,
  lgspProcedures,
  procedureSearchWordsOf,
  startProcedureCatalogueRefresh,
  type Lgsp,
  type ProcedureCatalogue,
  type ProcedureSummary,
} from '../../../src/lgsp/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { startHarness, type Harness } from './harness.js';

/** One attempt a call, and a breaker that stays closed: each call reaches the simulator. */
const NO_RETRY = { readAttempts: 1, retryInitialDelayMs: 1, breakerThreshold: 1000 };
const words = procedureSearchWordsOf(createTemplateRenderer({ templatesDir: path.resolve('templates') }));

/**
 * The procedure catalogue against the LGSP simulator over HTTP, stored in the engine under test (PostgreSQL or
 * PGlite): read page by page, replaced only when complete, kept when the LGSP fails, searched with ranking.
 */
describe('procedure catalogue', () => {
  let h: Harness;
  let db: TestDatabase;
  let original: typeof h.simulator.data.procedures;
  const sandboxCount = () => h.simulator.data.procedures.length;

  beforeAll(async () => {
    h = await startHarness();
    original = [...h.simulator.data.procedures];
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(async () => {
    h.simulator.faults.reset();
    h.simulator.data.procedures.splice(0, h.simulator.data.procedures.length, ...original);
    await db.destroy();
  });

  /** A catalogue on a fresh database, reading 20 procedures a page; `lgsp`: a client of its own (its own breakers). */
  async function catalogueOn(lgsp: Lgsp = h.lgsp, clock?: () => Date): Promise<ProcedureCatalogue> {
    db = await createTestDatabase();
    return createProcedureCatalogue({
      db: db.db,
      procedures: lgsp.procedures,
      logger: testLogger(),
      config: { pageSize: 20 },
      ...(clock ? { clock } : {}),
    });
  }
  const rows = async () => (await db.db.select({ n: count() }).from(lgspProcedures))[0]?.n;
  const top = async (catalogue: ProcedureCatalogue, query: string) => {
    const result = await catalogue.search(query, { limit: 5, words });
    return result.status === 'ok' ? result.value.items.map((p: ProcedureSummary) => p.code) : result.status;
  };

  it('reads every page of the LGSP catalogue (empty keyword) into the database and ranks searches on it', async () => {
    const catalogue = await catalogueOn();
    const before = h.simulator.stats().calls.procedureSearch ?? 0;
    const result = await catalogue.refresh();
    expect(result).toEqual({ outcome: 'ok', count: sandboxCount(), pages: Math.ceil(sandboxCount() / 20) });
    expect(sandboxCount()).toBeGreaterThanOrEqual(60);
    expect(await rows()).toBe(sandboxCount());
    expect(await catalogue.state()).toMatchObject({ procedureCount: sandboxCount(), lastOutcome: 'ok' });
    expect(h.simulator.stats().calls.procedureSearch).toBe(before + result.pages);

    // What citizens typed on the phone page, as the conversation's topic words give them.
    expect((await top(catalogue, 'cho e căn cước bị mất'))[0]).toBe('1.013112');
    expect((await top(catalogue, 'sổ đỏ lần đầu'))[0]).toBe('1.012794');
    expect((await top(catalogue, 'dang ky ket hon voi nguoi nuoc ngoai'))[0]).toBe('1.000895');
    expect((await top(catalogue, 'e xin phép xây nhà thì'))[0]).toBe('1.004227');
    expect((await top(catalogue, 'kết hôn certificate'))[0]).toBe('1.000894');
    expect(await top(catalogue, 'zzzz qqqq')).toBe('not_found');
    // Searches ran on our copy: no more LGSP calls.
    expect(h.simulator.stats().calls.procedureSearch).toBe(before + result.pages);
  });

  it('a search with no copy yet refreshes it on demand first', async () => {
    const catalogue = await catalogueOn();
    const result = await catalogue.search('trích lục khai sinh', { limit: 5, words });
    expect(result).toMatchObject({ status: 'ok', source: 'catalogue' });
    expect(result.status === 'ok' && result.value.items[0]?.code).toBe('2.000635');
    expect(await rows()).toBe(sandboxCount());
  });

  it('a refresh while the LGSP is down keeps the last good copy, and searches go on with it', async () => {
    const lgsp = await h.newLgsp({ resilience: NO_RETRY });
    const catalogue = await catalogueOn(lgsp);
    expect((await catalogue.refresh()).outcome).toBe('ok');
    const good = await catalogue.state();

    h.simulator.faults.set({ down: true });
    expect((await catalogue.refresh()).outcome).toBe('unavailable');
    expect(await rows()).toBe(sandboxCount());
    const after = await catalogue.state();
    expect(after.syncedAt).toEqual(good.syncedAt);
    expect(after.lastOutcome).toBe('unavailable');
    expect(await catalogue.search('sổ đỏ lần đầu', { limit: 5, words })).toMatchObject({
      status: 'ok',
      source: 'catalogue',
    });
  });

  it('a listing far shorter than the copy is refused; a procedure withdrawn goes at the next refresh', async () => {
    const catalogue = await catalogueOn();
    await catalogue.refresh();
    h.simulator.data.procedures.splice(10);
    expect((await catalogue.refresh()).outcome).toBe('shrunk');
    expect(await rows()).toBe(original.length);

    h.simulator.data.procedures.splice(0, h.simulator.data.procedures.length, ...original.slice(1));
    expect(await catalogue.refresh()).toMatchObject({ outcome: 'ok', count: original.length - 1 });
    expect(await rows()).toBe(original.length - 1);
    const gone = original[0]?.code ?? '';
    expect(await db.db.select().from(lgspProcedures).where(eq(lgspProcedures.code, gone))).toEqual([]);
  });

  it('without any copy (LGSP down at the first refresh) it asks the LGSP search, with fewer words, bounded', async () => {
    let now = new Date('2026-12-01T08:00:00Z');
    const lgsp = await h.newLgsp({ resilience: NO_RETRY });
    const catalogue = await catalogueOn(lgsp, () => now);
    h.simulator.faults.set({ down: true });
    expect(await catalogue.search('căn cước', { limit: 5, words })).toMatchObject({ status: 'unavailable' });
    expect((await catalogue.state()).syncedAt).toBeNull();

    // The LGSP is back within the minutes before the next on-demand refresh: its own search answers.
    h.simulator.faults.reset();
    now = new Date(now.getTime() + 60_000);
    const before = h.simulator.stats().calls.procedureSearch ?? 0;
    const result = await catalogue.search('cho e căn cước bị mất', { limit: 5, words });
    const calls = (h.simulator.stats().calls.procedureSearch ?? 0) - before;
    // "căn cước bị mất" finds nothing where every word is required; the synonym's phrase "thẻ căn cước" does.
    expect(result).toMatchObject({ status: 'ok', source: 'live' });
    expect(result.status === 'ok' && result.value.items.every((p) => /căn cước/i.test(p.name))).toBe(true);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(3);
    expect((await catalogue.search('zzzz qqqq yyyy wwww', { limit: 5, words })).status).toBe('not_found');
  });

  it('refreshes on its own as a BullMQ job scheduler', async () => {
    const catalogue = await catalogueOn();
    // Every half second here (every 24 hours by default).
    const task = await startProcedureCatalogueRefresh(catalogue, {
      queues: h.redis.queues,
      logger: testLogger(),
      everyHours: 0.5 / 3600,
    });
    try {
      await expect.poll(async () => (await catalogue.state()).procedureCount, { timeout: 10_000 }).toBe(sandboxCount());
      expect(await rows()).toBe(sandboxCount());
    } finally {
      await task.close();
    }
  });
});
