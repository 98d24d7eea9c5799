import { describe, expect, it } from 'vitest';
import { defaultSendTime, parseDay, parseTime, releaseAfterQuietHours, sendTimeToIso } from './send-time.js';

describe('the send time typed as dd/mm/yyyy and HH:mm on Vietnam time', () => {
  it('reads the day first and a 24-hour time, whatever the browser', () => {
    expect(sendTimeToIso('07/12/2026', '20:00')).toBe('2026-12-07T13:00:00.000Z');
    expect(sendTimeToIso('7/12/2026', '8h30')).toBe('2026-12-07T01:30:00.000Z');
    expect(sendTimeToIso('01/01/2027', '00:15')).toBe('2026-12-31T17:15:00.000Z');
  });

  it('refuses what is no real day or time', () => {
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('12/31/2026')).toBeNull();
    expect(parseDay('2026-12-07')).toBeNull();
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('8 PM')).toBeNull();
    expect(sendTimeToIso('07/12/2026', '')).toBeNull();
  });

  it('starts at the next whole hour in Vietnam', () => {
    expect(defaultSendTime(new Date('2026-12-06T08:42:00Z'))).toEqual({ day: '06/12/2026', time: '16:00' });
    expect(defaultSendTime(new Date('2026-12-06T16:42:00Z'))).toEqual({ day: '07/12/2026', time: '00:00' });
  });
});

describe('a send time in the night quiet hours', () => {
  const quiet = { start: '22:00', end: '06:00' };
  it('goes when they end: the next morning before midnight, the same morning after', () => {
    expect(releaseAfterQuietHours('2026-12-06T16:00:00.000Z', quiet)).toBe('2026-12-06T23:00:00.000Z');
    expect(releaseAfterQuietHours('2026-12-06T20:30:00.000Z', quiet)).toBe('2026-12-06T23:00:00.000Z');
  });

  it('goes at its time outside them', () => {
    expect(releaseAfterQuietHours('2026-12-06T14:59:00.000Z', quiet)).toBeNull();
    expect(releaseAfterQuietHours('2026-12-06T23:00:00.000Z', quiet)).toBeNull();
    expect(releaseAfterQuietHours('2026-12-06T06:00:00.000Z', { start: '12:00', end: '14:00' })).toBe(
      '2026-12-06T07:00:00.000Z',
    );
  });
});
