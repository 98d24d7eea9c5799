import { describe, expect, it } from 'vitest';
import {
  deadlineParts,
  formatDateTime,
  fromProvinceInput,
  provinceDayEnd,
  provinceDayStart,
  toProvinceInput,
} from './format.js';

// 17:30 UTC on 12 March is 00:30 on 13 March in the province: the citizen's day, whatever the browser's time zone.
const LATE_EVENING_UTC = '2026-03-12T17:30:00.000Z';

describe("the admin's dates and times, in the province's time zone (Asia/Ho_Chi_Minh)", () => {
  it('shows an instant as the time and day in Vietnam, in either language', () => {
    expect(formatDateTime(LATE_EVENING_UTC, 'vi')).toMatch(/00:30.*13\/3\/26|13\/03\/2026.*00:30/);
    expect(formatDateTime(LATE_EVENING_UTC, 'en')).toMatch(/13\/03\/2026.*00:30/);
  });

  it("reads and fills a date-and-time field in Vietnam's time", () => {
    expect(toProvinceInput(LATE_EVENING_UTC)).toBe('2026-03-13T00:30');
    expect(fromProvinceInput('2026-03-13T00:30')).toBe(LATE_EVENING_UTC);
    expect(fromProvinceInput('')).toBe('');
    expect(fromProvinceInput('not a date')).toBe('');
    expect(toProvinceInput('not a date')).toBe('');
  });

  it('takes a day filter as the day in Vietnam, midnight to midnight', () => {
    expect(provinceDayStart('2026-03-13')).toBe('2026-03-12T17:00:00.000Z');
    expect(provinceDayEnd('2026-03-13')).toBe('2026-03-13T16:59:59.999Z');
  });

  it('gives a deadline that ends a day as that day, any other as its time', () => {
    // 17:00 UTC on 18 December is the midnight (Vietnam time) that closes the 18th: the last working day.
    expect(deadlineParts('2026-12-18T17:00:00.000Z', 'vi')).toEqual({ endOfDay: '18/12/2026' });
    expect(deadlineParts('2026-12-18T17:00:00.000Z', 'en')).toEqual({ endOfDay: '18/12/2026' });
    expect(deadlineParts('2026-12-18T09:30:00.000Z', 'en')).toEqual({
      at: formatDateTime('2026-12-18T09:30:00.000Z', 'en'),
    });
    // Not exactly midnight (a millisecond after, or the last one of the day): the time as it is.
    for (const iso of ['2026-12-18T17:00:00.500Z', '2026-12-18T16:59:59.999Z'])
      expect(deadlineParts(iso, 'vi')).toEqual({ at: formatDateTime(iso, 'vi') });
  });
});
