import { describe, expect, it } from 'vitest';
import { workingDayDeadline } from './deadline.js';

const calendar = { officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00', holidays: ['2026-04-30', '2026-05-01'] };

describe('working-day deadlines', () => {
  it('skips weekends: filed on a Thursday, 2 working days → end of Monday (Vietnam time)', () => {
    // Thursday 2026-04-23 10:00 in Vietnam.
    const due = workingDayDeadline(new Date('2026-04-23T03:00:00Z'), 2, calendar);
    expect(due.toISOString()).toBe('2026-04-27T17:00:00.000Z');
  });

  it('skips public holidays: filed Wednesday 29 April, 1 working day → end of Monday 4 May', () => {
    const due = workingDayDeadline(new Date('2026-04-29T02:00:00Z'), 1, calendar);
    expect(due.toISOString()).toBe('2026-05-04T17:00:00.000Z');
  });

  it('counts from the Vietnamese day: 23:30 UTC on Friday is already Saturday in Vietnam', () => {
    const due = workingDayDeadline(new Date('2026-04-24T17:30:00Z'), 1, calendar);
    expect(due.toISOString()).toBe('2026-04-27T17:00:00.000Z');
  });
});
