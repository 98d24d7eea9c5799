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

/** A day of the week: 0 Sunday … 6 Saturday. */
type Weekday = number;

/** One `days times` group of a schedule: day ranges (`Mon-Fri`, `T7`) and time ranges in minutes after midnight. */
interface ScheduleGroup {
  days: Array<[Weekday, Weekday]>;
  times: Array<[number, number]>;
}

/** Between the two ends of a range: a dash of any length, or "đến" / "to", spaces around it or not. */
const RANGE_SEPARATOR = /\s*[-–—]\s*|\s+(?:đến|den|to)\s+/iu;
/** Where a group's times start: `07:30`, `7:30`, `7h30` or `7h`. */
const FIRST_TIME = /\d{1,2}(?::\d{2}|h(?:\d{2})?)(?![\p{L}\d])/iu;
/** Vietnamese day names after "thứ", folded: "Thứ Hai" … "Thứ Bảy". */
const VIETNAMESE_ORDINALS: Record<string, Weekday> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** Lower case, without diacritics, spaces or dots: "Thứ 2" → "thu2", "Chủ nhật" → "chunhat", "T.7" → "t7". */
function foldDay(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[\s.]/g, '');
}

/**
 * A day as admins write it, in English (`Mon`, `Monday`) or Vietnamese (`T2`, `Thứ 2`, `Thứ Hai`, `CN`, `Chủ nhật`,
 * with or without diacritics); null when it is none of them.
 */
function parseDay(value: string): Weekday | null {
  const day = foldDay(value);
  const numbered = /^(?:thu|t)([2-7])$/.exec(day);
  if (numbered) return Number(numbered[1]) - 1;
  const named = /^thu(hai|ba|tu|nam|sau|bay)$/.exec(day);
  if (named) return VIETNAMESE_ORDINALS[named[1] ?? ''] ?? null;
  if (day === 'cn' || day === 'chunhat') return 0;
  const english = DAYS.indexOf(day.slice(0, 3));
  return english >= 0 && /^[a-z]+$/.test(day) ? english : null;
}

/** `07:30`, `7:30`, `7h30` or `7h` → minutes after midnight (24:00 ends a day). */
function parseTime(value: string): number {
  const match = /^(\d{1,2})(?::(\d{2})|h(\d{2})?)$/i.exec(value.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2] ?? match?.[3] ?? 0);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0))
    throw ConversationErrors.officeHoursInvalid(`"${value}" is not a time like 07:30 or 7h30`);
  return hours * 60 + minutes;
}

function parseDayRanges(value: string): Array<[Weekday, Weekday]> {
  return value.split(',').map((part) => {
    const ends = part.trim().split(RANGE_SEPARATOR);
    const from = parseDay(ends[0] ?? '');
    const to = ends.length === 2 ? parseDay(ends[1] ?? '') : from;
    if (from === null || to === null || ends.length > 2)
      throw ConversationErrors.officeHoursInvalid(`"${value}" is not a day range like Mon-Fri or T2-T6`);
    return [from, to];
  });
}

/** The days of a range, in order, across the week's end too (`Sat-Mon`). */
function daysOf([from, to]: [Weekday, Weekday]): Weekday[] {
  const days: Weekday[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to) break;
  }
  return days;
}

/**
 * Groups separated by `;` (or new lines), each days then times: `Mon-Fri 07:30-11:30,13:30-17:00`, or the Vietnamese
 * way, `T2-T6 7h30-11h30, 13h30-17h` or `Thứ 2 - Thứ 6: 7:30 - 11:30`. Throws OFFICE_HOURS_INVALID.
 */
function parseSchedule(spec: string): ScheduleGroup[] {
  return spec
    .split(/[;\n]/)
    .map((group) => group.trim())
    .filter(Boolean)
    .map((group) => {
      const firstTime = FIRST_TIME.exec(group);
      const days = firstTime ? group.slice(0, firstTime.index).replace(/[\s:]+$/, '') : '';
      if (!firstTime || days === '') throw ConversationErrors.officeHoursInvalid(`"${group}" needs days then times`);
      const times = group
        .slice(firstTime.index)
        .split(',')
        .map((range): [number, number] => {
          const ends = range.trim().split(RANGE_SEPARATOR);
          if (ends.length !== 2) throw ConversationErrors.officeHoursInvalid(`"${range.trim()}" is not HH:mm-HH:mm`);
          const start = parseTime(ends[0] ?? '');
          const end = parseTime(ends[1] ?? '');
          if (end <= start) throw ConversationErrors.officeHoursInvalid(`"${range.trim()}" ends before it starts`);
          return [start, end];
        });
      return { days: parseDayRanges(days), times };
    });
}

/** Days searched for the next opening: long enough to cross Tết's week or more of holidays. */
const SEARCH_DAYS = 30;

/**
 * Parses the OFFICE_HOURS format; throws OFFICE_HOURS_INVALID on a malformed value. `holidays` (`YYYY-MM-DD`, Vietnam's
 * calendar) are closed all day.
 */
export function parseOfficeHours(spec: string, holidays: readonly string[] = []): OfficeHours {
  const closedDays = new Set(holidays);
  const periods = parseSchedule(spec).flatMap((group) =>
    group.days.flatMap(daysOf).flatMap((day) => group.times.map(([start, end]) => ({ day, start, end }))),
  );
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

/** Minutes after midnight as `HH:mm`. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The OFFICE_HOURS text as citizens read it, however admins wrote it: `Mon-Fri 07:30-11:30,13:30-17:00` or
 * `T2-T6 7h30-11h30, 13h30-17h` → "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00". A value that does not parse is
 * returned as written (the server refuses it at start anyway).
 */
export function describeOfficeHours(spec: string, language: Language): string {
  let groups: ScheduleGroup[];
  try {
    groups = parseSchedule(spec);
  } catch {
    return spec;
  }
  const names = DAY_NAMES[language];
  return groups
    .map((group) => {
      const days = group.days
        .map(([from, to]) => (from === to ? names[from] : `${names[from]} – ${names[to]}`))
        .join(', ');
      const times = group.times.map(([start, end]) => `${clock(start)}–${clock(end)}`).join(', ');
      return `${days}: ${times}`;
    })
    .join('; ');
}
