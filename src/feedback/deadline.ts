import { startOfVietnamDay, toVietnamDate, toVietnamWallClock } from '../kernel/index.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The province's calendar as the settings hold it: `OFFICE_HOURS` (when officials answer chats) and public holidays
 * (`YYYY-MM-DD`). Deadlines read only the holidays: see `isDeadlineWorkingDay`.
 */
export interface WorkingCalendar {
  officeHours: string;
  holidays: readonly string[];
}

/** Saturday and Sunday (`getUTCDay` of the Vietnamese wall clock). */
const WEEKEND: ReadonlySet<number> = new Set([0, 6]);

/**
 * Whether the Vietnamese day `at` falls on counts towards a feedback deadline: Monday to Friday and not a public
 * holiday of the province. The legal calendar, not the chat's office hours: opening the chat to officials at weekends
 * must not shorten what agencies are given (the settings have no make-up working days; a Saturday worked in lieu is
 * not counted).
 */
export function isDeadlineWorkingDay(at: Date, holidays: readonly string[]): boolean {
  return !WEEKEND.has(toVietnamWallClock(at).weekday) && !holidays.includes(toVietnamDate(at));
}

/**
 * When a ticket filed at `filedAt` is due: the end (midnight, Vietnam time) of the `workingDays`-th working day after
 * the day it was filed, working days being Monday to Friday without the province's public holidays
 * (`isDeadlineWorkingDay`), so weekends, Tết and days off in lieu do not count, whatever the chat's office hours.
 */
export function workingDayDeadline(filedAt: Date, workingDays: number, calendar: WorkingCalendar): Date {
  let day = startOfVietnamDay(filedAt).getTime();
  for (let counted = 0; counted < workingDays;) {
    day += DAY_MS;
    if (isDeadlineWorkingDay(new Date(day), calendar.holidays)) counted += 1;
  }
  return new Date(day + DAY_MS);
}
