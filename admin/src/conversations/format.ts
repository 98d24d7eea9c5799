/**
 * The province's time zone. Every date and time the admin shows or reads is in it, whatever the browser's own time
 * zone: the bot, the charts and the citizens live on Vietnam time, and an official abroad should see the citizen's day.
 */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam has kept UTC+7 all year since 1975 (no summer time), so a wall-clock time converts with a fixed offset. */
const PROVINCE_OFFSET = '+07:00';
const PROVINCE_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** A date and time the way officials read them, in the province's time zone. */
export function formatDateTime(iso: string, language: string): string {
  // The year in four digits, as every other date on the page ("short" styles give "6/12/26" in Vietnamese).
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(new Date(iso));
}

/** A day (`dd/mm/yyyy`) the way officials read it, in the province's time zone. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * A deadline as officials read it. Deadlines counted in working days end at the midnight that closes the last day, so
 * "00:00 19/12" means "by the end of 18/12": such an instant is given as the day it ends (`endOfDay`), any other as it
 * is (`at`).
 */
export function deadlineParts(iso: string, language: string): { endOfDay: string } | { at: string } {
  const time = new Date(iso).getTime();
  const midnight = (time + PROVINCE_OFFSET_MS) % DAY_MS === 0;
  if (!midnight) return { at: formatDateTime(iso, language) };
  return { endOfDay: formatDate(new Date(time - DAY_MS).toISOString(), language) };
}

/** A time of day (`HH:MM`) the way officials read it, in the province's time zone. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeStyle: 'short',
    timeZone: PROVINCE_TIME_ZONE,
  }).format(new Date(iso));
}

/** An ISO instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) in the province's time; '' when not a date. */
export function toProvinceInput(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time + PROVINCE_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as the province's time, as an ISO instant; '' when empty or not a date. */
export function fromProvinceInput(value: string): string {
  if (!value) return '';
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}${PROVINCE_OFFSET}`);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** A `date` input's day (`YYYY-MM-DD`) as the instant it starts, or ends, in the province's time zone. */
export function provinceDayStart(day: string): string {
  return new Date(`${day}T00:00:00.000${PROVINCE_OFFSET}`).toISOString();
}
export function provinceDayEnd(day: string): string {
  return new Date(`${day}T23:59:59.999${PROVINCE_OFFSET}`).toISOString();
}

/** A number the way officials read it: the locale's decimal mark (7,4 in Vietnamese), at most `digits` decimals. */
export function formatNumber(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(value);
}

/**
 * A duration in minutes as officials read it: under a minute said so (not "0 minutes", which reads as instant), then
 * minutes, hours from an hour, days from two days; `value` is formatted in the locale, `count` chooses the plural.
 */
export function durationParts(
  minutes: number,
  language: string,
): { unit: 'underMinute' } | { unit: 'minutes' | 'hours' | 'days'; value: string; count: number } {
  if (minutes < 1) return { unit: 'underMinute' };
  const [unit, amount] =
    minutes < 60
      ? (['minutes', minutes] as const)
      : minutes < 48 * 60
        ? (['hours', minutes / 60] as const)
        : (['days', minutes / (24 * 60)] as const);
  const rounded = Math.round(amount * 10) / 10;
  return { unit, value: formatNumber(rounded, language), count: rounded };
}

/** A size in bytes as officials read it: "10 MB", "850 KB" (the locale's decimal mark). */
export function formatBytes(bytes: number, language: string): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), language)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language, 0)} KB`;
}
