import { parseOfficeHours } from '../conversation/index.js';
import { startOfVietnamDay } from '../kernel/index.js';

const DAY_MS = 24 * 3600 * 1000;

/** The province's calendar as the settings hold it: `OFFICE_HOURS` and public holidays (`YYYY-MM-DD`). */
export interface WorkingCalendar {
  officeHours: string;
  holidays: readonly string[];
}

/**
 * When a ticket filed at `filedAt` is due: the end (midnight, Vietnam time) of the `workingDays`-th working day after
 * the day it was filed. A working day is a day with office hours that is not a public holiday, so weekends, Tết and
 * days off in lieu do not count. With no office hours at all, calendar days are counted.
 */
export function workingDayDeadline(filedAt: Date, workingDays: number, calendar: WorkingCalendar): Date {
  const hours = parseOfficeHours(calendar.officeHours, calendar.holidays);
  let day = startOfVietnamDay(filedAt).getTime();
  for (let counted = 0; counted < workingDays; counted += 1) {
    // The first opening after the current day ends falls on the next working day.
    const opening = hours.nextOpening(new Date(day + DAY_MS - 1));
    day = opening === null ? day + DAY_MS : startOfVietnamDay(opening).getTime();
  }
  return new Date(day + DAY_MS);
}
