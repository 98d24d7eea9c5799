import { describe, expect, it } from 'vitest';
import { remindersDue, vietnamDay } from './unit-reminders.js';

const calendar = { officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00', holidays: ['2026-09-02'] };
/** An instant given as Vietnam wall-clock time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('remindersDue', () => {
  it("is due on a working day from its first office hour, not before, and all that day's evening", () => {
    expect(remindersDue(vn('2026-12-02T07:29:00'), calendar)).toBe(false);
    expect(remindersDue(vn('2026-12-02T07:30:00'), calendar)).toBe(true);
    expect(remindersDue(vn('2026-12-02T22:00:00'), calendar)).toBe(true);
  });

  it('is never due on a weekend or a public holiday', () => {
    expect(remindersDue(vn('2026-12-05T09:00:00'), calendar)).toBe(false); // Saturday
    expect(remindersDue(vn('2026-12-06T09:00:00'), calendar)).toBe(false); // Sunday
    expect(remindersDue(vn('2026-09-02T09:00:00'), calendar)).toBe(false); // National Day, a Wednesday
  });

  it('counts every day but holidays without office hours', () => {
    const none = { officeHours: '', holidays: ['2026-09-02'] };
    expect(remindersDue(vn('2026-12-06T01:00:00'), none)).toBe(true);
    expect(remindersDue(vn('2026-09-02T09:00:00'), none)).toBe(false);
  });

  it("names the day in Vietnam, not UTC's", () => {
    expect(vietnamDay(new Date('2026-12-01T18:30:00Z'))).toBe('2026-12-02');
  });
});
