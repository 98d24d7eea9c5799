import { describe, expect, it } from 'vitest';
import {
  deadlineParts,
  durationParts,
  formatBytes,
  formatDateTime,
  formatNumber,
  fromProvinceInput,
  provinceDayEnd,
  provinceDayStart,
  toProvinceInput,
} from './format.js';

// 17:30 UTC on 12 March is 00:30 on 13 March in the province: the citizen's day, whatever the browser's time zone.
const LATE_EVENING_UTC = '2026-03-12T17:30:00.000Z';

describe("the admin's dates and times, in the province's time zone (Asia/Ho_Chi_Minh)", () => {
  it('shows an instant as the time and day in Vietnam, in either language', () => {
    // The year in four digits, as every other date: "00:30 13/3/2026", never "13/3/26".
    expect(formatDateTime(LATE_EVENING_UTC, 'vi')).toBe('00:30 13/3/2026');
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

describe('durations, numbers and sizes in the official language', () => {
  it('says under a minute rather than 0 minutes, and uses the decimal comma in Vietnamese', () => {
    expect(durationParts(0, 'vi')).toEqual({ unit: 'underMinute' });
    expect(durationParts(0.6, 'en')).toEqual({ unit: 'underMinute' });
    expect(durationParts(7.4, 'vi')).toEqual({ unit: 'minutes', value: '7,4', count: 7.4 });
    expect(durationParts(7.4, 'en')).toEqual({ unit: 'minutes', value: '7.4', count: 7.4 });
    expect(durationParts(1, 'en')).toEqual({ unit: 'minutes', value: '1', count: 1 });
  });

  it('counts long waits in hours, then days', () => {
    expect(durationParts(150, 'vi')).toEqual({ unit: 'hours', value: '2,5', count: 2.5 });
    expect(durationParts(60 * 24 * 3, 'en')).toEqual({ unit: 'days', value: '3', count: 3 });
  });

  it('formats averages and sizes with the locale', () => {
    expect(formatNumber(4.25, 'vi', 2)).toBe('4,25');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatBytes(10 * 1024 * 1024, 'vi')).toBe('10 MB');
    expect(formatBytes(5.5 * 1024 * 1024, 'vi')).toBe('5,5 MB');
    expect(formatBytes(300, 'en')).toBe('1 KB');
  });
});
