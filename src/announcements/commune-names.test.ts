import { describe, expect, it } from 'vitest';
import { createCommuneCatalogue, type CommuneCatalogueResult } from './commune-names.js';

describe("the province's commune catalogue", () => {
  it('lists the communes and names a code once read; nothing while the LGSP cannot answer, read again a minute later', async () => {
    let now = 0;
    let answer: CommuneCatalogueResult = { status: 'unavailable' };
    const catalogue = createCommuneCatalogue({ load: async () => answer, clock: () => now });
    expect(await catalogue.list()).toBeNull();
    expect(await catalogue.name('07103')).toBeNull();

    answer = { status: 'ok', value: [{ code: '07103', name: 'Phường Kinh Bắc' }] };
    expect(await catalogue.list()).toBeNull();
    now += 60_000;
    expect(await catalogue.list()).toEqual([{ code: '07103', name: 'Phường Kinh Bắc' }]);
    expect(await catalogue.name('07103')).toBe('Phường Kinh Bắc');
    expect(await catalogue.name('x')).toBeNull();
  });
});
