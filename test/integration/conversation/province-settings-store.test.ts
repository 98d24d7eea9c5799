import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProvinceSettingsSource } from '../../../src/conversation/province-settings-store.js';
import { EXAMPLE_PROVINCE_SETTINGS } from '../../../src/conversation/province-settings.js';
import { provinceSettings } from '../../../src/conversation/schema.js';
import type { Db } from '../../../src/platform/db.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';

const BASE = { ...EXAMPLE_PROVINCE_SETTINGS, officeHours: 'Mon-Sun 00:00-24:00' };

/** The database, but the answer to its first `select … from … where` arrives only when `gate` resolves. */
function answeringFirstReadLate(db: Db, gate: Promise<void>): Db {
  let first = true;
  return new Proxy(db, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== 'select' || !first || typeof value !== 'function') return value;
      first = false;
      return (...args: Parameters<Db['select']>) => ({
        from: (...from: Parameters<ReturnType<Db['select']>['from']>) => ({
          where: (...where: unknown[]) => {
            const query = (
              target.select(...args).from(...from) as { where: (...w: unknown[]) => Promise<unknown> }
            ).where(...where);
            return query.then(async (rows) => {
              await gate;
              return rows;
            });
          },
        }),
      });
    },
  });
}

describe('province settings source', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await database.destroy();
  });

  it('a background read begun before an admin’s change and answered after it never brings the old settings back', async () => {
    let answer: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    let now = Date.parse('2026-12-03T03:00:00Z');
    const source = createProvinceSettingsSource({
      db: answeringFirstReadLate(database.db, gate),
      base: BASE,
      refreshMs: 5000,
      clock: () => new Date(now),
    });
    now += 6000;
    expect(source.current().holidays).toEqual([]); // begins a background read: it reads no change yet
    await new Promise((resolve) => setTimeout(resolve, 200)); // its statement has run; its answer is held
    await source.save(database.db, { holidays: ['2026-12-03'] }, 'admin');
    await source.refresh();
    expect(source.current().holidays).toEqual(['2026-12-03']);
    answer(); // the old answer arrives now
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.current().holidays).toEqual(['2026-12-03']);
    expect(source.officeHours.isOpen(new Date('2026-12-03T03:00:00Z'))).toBe(false);
  });

  it('a stored change the rules now refuse falls back to the configuration, and the other changes stay', async () => {
    // Written before hotlines had to dial and holidays had to differ: the hotline goes, the rest is kept.
    const overrides = {
      name: 'tỉnh Bắc Ninh',
      hotline: 'abc',
      portalUrl: 'javascript:alert(document.cookie)',
      holidays: ['2026-12-25', '2026-12-25'],
      units: [{ code: 'so-xd', name: { vi: 'Sở Xây dựng' } }],
    };
    await database.db.insert(provinceSettings).values({ id: 1, overrides, updatedBy: 'admin' });
    const told: unknown[] = [];
    const source = createProvinceSettingsSource({
      db: database.db,
      base: BASE,
      onRefused: (refused) => told.push(refused),
    });
    await source.refresh();
    // Not silent: the fields refused (not their values) are told once, and kept for the settings page.
    const refused = [
      { field: 'hotline', issue: 'custom', reason: expect.any(String) as unknown },
      { field: 'portalUrl', issue: 'invalid_format' },
    ];
    expect(source.refused()).toEqual(refused);
    await source.refresh();
    expect(told).toEqual([refused]);
    expect(JSON.stringify(told)).not.toContain('javascript');
    expect(source.overrides()).toEqual({
      name: 'tỉnh Bắc Ninh',
      holidays: ['2026-12-25'],
      units: [{ code: 'so-xd', name: { vi: 'Sở Xây dựng' } }],
    });
    expect(source.current()).toMatchObject({ hotline: BASE.hotline, portalUrl: BASE.portalUrl });
    expect(source.variables().province).toMatchObject({ hotlineDial: '0000000000' });
  });
});
