import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTAGE_MS, newOutage } from './outage.js';

describe('a new outage notice', () => {
  it('starts at the current minute and lasts two hours, a maintenance window rather than a day', () => {
    const outage = newOutage(new Date('2026-12-06T04:51:37.250Z'));
    expect(outage).toEqual({ vi: '', start: '2026-12-06T04:51:00.000Z', end: '2026-12-06T06:51:00.000Z' });
    expect(DEFAULT_OUTAGE_MS).toBe(2 * 3_600_000);
  });
});
