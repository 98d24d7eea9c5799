// No relative imports: the unit test loads this file under Node's module resolution too.

/** The province's time zone (as `PROVINCE_TIME_ZONE` of conversations/format). */
const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An instant as the server stores it in JSON (`2026-12-07T04:51:00.000Z`, or with an offset). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An audit row's before or after as officials read it: the JSON as stored, but every instant in the province's time
 * zone (to the second), as it was entered on the screens (an outage ending at 11:51 stored as `04:51:00.000Z`).
 */
export function auditJson(value: unknown, language: string): string {
  if (value === null || value === undefined) return '—';
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: PROVINCE_TIME_ZONE,
  });
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      typeof item === 'string' && INSTANT.test(item) && !Number.isNaN(Date.parse(item))
        ? format.format(new Date(item))
        : item,
    2,
  );
}

/** The fields an audit row's before and after differ in (a row with only one side: each of its fields), ids left out. */
export function auditChanges(
  before: unknown,
  after: unknown,
): Array<{ field: string; before: unknown; after: unknown }> {
  const fields = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  const was = fields(before);
  const now = fields(after);
  return [...new Set([...Object.keys(was), ...Object.keys(now)])]
    .filter((field) => field !== 'id' && JSON.stringify(was[field]) !== JSON.stringify(now[field]))
    .map((field) => ({ field, before: was[field], after: now[field] }));
}
