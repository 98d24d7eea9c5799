/**
 * The send time typed in two plain fields, a day as dd/mm/yyyy and a 24-hour time as HH:mm, both on Vietnam's clock:
 * a browser's date-time picker follows the browser's locale (mm/dd/yyyy, AM/PM), which officials misread.
 */
const PROVINCE_OFFSET_MS = 7 * 3_600_000;
const HOUR_MS = 3_600_000;
const DAY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;
const TIME = /^\s*(\d{1,2})\s*[:hg.]\s*(\d{2})\s*$/i;

const two = (n: number) => String(n).padStart(2, '0');

/** What the fields hold at first: the next whole hour, on Vietnam's clock. */
export function defaultSendTime(now: Date): { day: string; time: string } {
  const next = new Date(Math.floor((now.getTime() + PROVINCE_OFFSET_MS) / HOUR_MS) * HOUR_MS + HOUR_MS);
  return {
    day: `${two(next.getUTCDate())}/${two(next.getUTCMonth() + 1)}/${next.getUTCFullYear()}`,
    time: `${two(next.getUTCHours())}:00`,
  };
}

/** The day typed (dd/mm/yyyy) as [year, month, day], or null when it is no real day. */
export function parseDay(value: string): [number, number, number] | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? [year, month, day] : null;
}

/** The time typed (HH:mm, 24-hour; "8h30" too) as [hour, minute], or null. */
export function parseTime(value: string): [number, number] | null {
  const match = TIME.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? [hour, minute] : null;
}

/** The instant the two fields name on Vietnam's clock, as ISO; null when either is not valid. */
export function sendTimeToIso(day: string, time: string): string | null {
  const d = parseDay(day);
  const t = parseTime(time);
  if (!d || !t) return null;
  return new Date(Date.UTC(d[0], d[1] - 1, d[2], t[0], t[1]) - PROVINCE_OFFSET_MS).toISOString();
}

/** The night quiet hours on Vietnam's clock (`HH:MM`), as the announcement's view gives them. */
export interface QuietHours {
  start: string;
  end: string;
}

const minutesOf = (clock: string) => {
  const [hour, minute] = clock.split(':').map(Number);
  return (hour ?? 0) * 60 + (minute ?? 0);
};

/**
 * When a non-urgent announcement due at `iso` really goes: the end of the quiet hours when `iso` falls in them (that
 * day's, or the next day's for a time before midnight), as ISO; null when it goes at its time.
 */
export function releaseAfterQuietHours(iso: string, quiet: QuietHours): string | null {
  const local = new Date(Date.parse(iso) + PROVINCE_OFFSET_MS);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const [start, end] = [minutesOf(quiet.start), minutesOf(quiet.end)];
  const inQuiet = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inQuiet) return null;
  const dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const nextDay = start > end && minutes >= start ? 86_400_000 : 0;
  return new Date(dayStart + nextDay + end * 60_000 - PROVINCE_OFFSET_MS).toISOString();
}
