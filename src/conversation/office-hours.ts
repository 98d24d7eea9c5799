import { ConversationErrors } from './errors.js';
import { startOfVietnamDay, toVietnamWallClock, type Language } from '../kernel/index.js';

/**
 * Office hours such as `Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30`, in Asia/Ho_Chi_Minh. Used to tell a
 * citizen handed over to an official when someone will read their message.
 */
export interface OfficeHours {
  isOpen(at: Date): boolean;
  /** The next instant an office period starts after `at` (within 30 days), or null when there is none. */
  nextOpening(at: Date): Date | null;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE_MS = 60_000;

function parseTime(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) throw ConversationErrors.officeHoursInvalid(`"${value}" is not HH:mm`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[1]) > 24 || Number(match[2]) > 59)
    throw ConversationErrors.officeHoursInvalid(`"${value}" is not HH:mm`);
  return minutes;
}

function parseDays(value: string): number[] {
  const days: number[] = [];
  for (const part of value.toLowerCase().split(',')) {
    const [from, to] = part.split('-').map((d) => DAYS.indexOf(d.trim().slice(0, 3)));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) {
      throw ConversationErrors.officeHoursInvalid(`"${value}" is not a day range like Mon-Fri`);
    }
    const end = to ?? from;
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === end) break;
    }
  }
  return days;
}

/** Days searched for the next opening: long enough to cross Tết's week or more of holidays. */
const SEARCH_DAYS = 30;

/**
 * Parses the OFFICE_HOURS format; throws OFFICE_HOURS_INVALID on a malformed value. `holidays` (`YYYY-MM-DD`, Vietnam's
 * calendar) are closed all day.
 */
export function parseOfficeHours(spec: string, holidays: readonly string[] = []): OfficeHours {
  const closedDays = new Set(holidays);
  const periods: { day: number; start: number; end: number }[] = [];
  for (const group of spec
    .split(';')
    .map((g) => g.trim())
    .filter(Boolean)) {
    const space = group.indexOf(' ');
    if (space < 0) throw ConversationErrors.officeHoursInvalid(`"${group}" needs days then times`);
    const days = parseDays(group.slice(0, space));
    for (const range of group.slice(space + 1).split(',')) {
      const [start, end] = range.split('-');
      if (start === undefined || end === undefined)
        throw ConversationErrors.officeHoursInvalid(`"${range}" is not HH:mm-HH:mm`);
      const startMinutes = parseTime(start);
      const endMinutes = parseTime(end);
      if (endMinutes <= startMinutes) throw ConversationErrors.officeHoursInvalid(`"${range}" ends before it starts`);
      for (const day of days) periods.push({ day, start: startMinutes, end: endMinutes });
    }
  }
  const isHoliday = (dayStartMs: number) => closedDays.has(vietnamDate(dayStartMs));
  const isOpen = (at: Date) => {
    const wall = toVietnamWallClock(at);
    if (isHoliday(startOfVietnamDay(at).getTime())) return false;
    return periods.some((p) => p.day === wall.weekday && wall.minutes >= p.start && wall.minutes < p.end);
  };
  return {
    isOpen,
    nextOpening(at) {
      if (periods.length === 0) return null;
      const wall = toVietnamWallClock(at);
      const midnight = startOfVietnamDay(at).getTime();
      let best: number | null = null;
      for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
        const weekday = (wall.weekday + offset) % 7;
        if (isHoliday(midnight + offset * 1440 * MINUTE_MS)) continue;
        for (const period of periods) {
          if (period.day !== weekday) continue;
          const startMs = midnight + offset * 1440 * MINUTE_MS + period.start * MINUTE_MS;
          if (startMs > at.getTime() && (best === null || startMs < best)) best = startMs;
        }
        if (best !== null) break;
      }
      return best === null ? null : new Date(best);
    },
  };
}

/** `YYYY-MM-DD` of the Vietnamese day starting at `dayStartMs`. */
function vietnamDate(dayStartMs: number): string {
  const wall = toVietnamWallClock(new Date(dayStartMs));
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

const DAY_NAMES: Record<Language, string[]> = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * The OFFICE_HOURS text as citizens read it: `Mon-Fri 07:30-11:30,13:30-17:00` → "Thứ Hai – Thứ Sáu: 07:30–11:30,
 * 13:30–17:00". A value that does not parse is returned as written (the server refuses it at start anyway).
 */
export function describeOfficeHours(spec: string, language: Language): string {
  try {
    parseOfficeHours(spec);
  } catch {
    return spec;
  }
  const names = DAY_NAMES[language];
  return spec
    .split(';')
    .map((group) => group.trim())
    .filter(Boolean)
    .map((group) => {
      const space = group.indexOf(' ');
      const days = group
        .slice(0, space)
        .split(',')
        .map((part) =>
          part
            .split('-')
            .map((day) => names[DAYS.indexOf(day.trim().toLowerCase().slice(0, 3))] ?? day)
            .join(' – '),
        )
        .join(', ');
      const times = group
        .slice(space + 1)
        .split(',')
        .map((range) => range.trim().replace('-', '–'))
        .join(', ');
      return `${days}: ${times}`;
    })
    .join('; ');
}
