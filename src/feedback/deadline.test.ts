import { describe, expect, it } from 'vitest';
import { isDeadlineWorkingDay, workingDayDeadline } from './deadline.js';

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

describe('the deadline calendar is not the chat office hours', () => {
  // Sunday 6 December 2026, 10:00 in Vietnam; 10 working days.
  const sunday = new Date('2026-12-06T03:00:00Z');
  const endOf18December = '2026-12-18T17:00:00.000Z';

  it('chat office hours opened to weekends do not shorten a deadline: Monday to Friday count, whatever they say', () => {
    for (const officeHours of ['Mon-Fri 07:30-11:30,13:30-17:00', 'Mon-Sun 00:00-23:59', 'Mon-Sat 07:00-11:00', '']) {
      expect(workingDayDeadline(sunday, 10, { officeHours, holidays: [] }).toISOString()).toBe(endOf18December);
    }
  });

  it('chat office hours narrowed to a few days do not lengthen it either', () => {
    const due = workingDayDeadline(sunday, 10, { officeHours: 'Tue-Thu 08:00-11:00', holidays: [] });
    expect(due.toISOString()).toBe(endOf18December);
  });

  it('a holiday on a weekday adds a day; one on a weekend changes nothing', () => {
    expect(workingDayDeadline(sunday, 10, { officeHours: '', holidays: ['2026-12-09'] }).toISOString()).toBe(
      '2026-12-21T17:00:00.000Z',
    );
    expect(workingDayDeadline(sunday, 10, { officeHours: '', holidays: ['2026-12-12'] }).toISOString()).toBe(
      endOf18December,
    );
  });

  it('tells a deadline working day from the Vietnamese date', () => {
    expect(isDeadlineWorkingDay(new Date('2026-12-04T16:59:00Z'), [])).toBe(true); // Friday 23:59 in Vietnam
    expect(isDeadlineWorkingDay(new Date('2026-12-04T17:00:00Z'), [])).toBe(false); // Saturday 00:00 in Vietnam
    expect(isDeadlineWorkingDay(new Date('2026-09-02T03:00:00Z'), ['2026-09-02'])).toBe(false);
  });
});
