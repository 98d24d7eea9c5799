/**
 * Wall-clock arithmetic in Vietnam (Asia/Ho_Chi_Minh), whatever the server's time zone. Vietnam is UTC+7 all year
 * (no daylight saving time), so a fixed offset is exact and cheaper than Intl for hot paths.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export interface VietnamWallClock {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

/** What a clock on a wall in Vietnam shows at `instant`. */
export function toVietnamWallClock(instant: Date): VietnamWallClock {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour,
    minute,
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    minutes: hour * 60 + minute,
  };
}

/** The day `instant` falls on in Vietnam, as `YYYY-MM-DD` (what daily counts and `date` columns are keyed by). */
export function toVietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a wall clock in Vietnam shows the given local time (month 1-12). */
export function fromVietnamWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - VIETNAM_OFFSET_MS);
}

/** Local midnight in Vietnam of the day `instant` falls on. */
export function startOfVietnamDay(instant: Date): Date {
  const wall = toVietnamWallClock(instant);
  return fromVietnamWallClock(wall.year, wall.month, wall.day);
}

/** The next time strictly after `instant` that a wall clock in Vietnam shows `hour`:00. */
export function nextVietnamHour(instant: Date, hour: number): Date {
  const today = startOfVietnamDay(instant).getTime() + hour * 3600 * 1000;
  return new Date(today > instant.getTime() ? today : today + DAY_MS);
}
