import { toVietnamWallClock } from '../kernel/index.js';

/**
 * Ticket numbers: `PA-ZL-<year>-<serial>`, "phản ánh" from Zalo, the year in Vietnam when it was filed and a serial
 * from a database sequence (at least six digits). Short enough to read over the phone and type on a keypad; unique
 * because the serial is; distinct from the LGSP's own ids (`PA-2026-004401`) and from dossier codes.
 */
export function formatTicketNumber(serial: number, at: Date): string {
  return `PA-ZL-${toVietnamWallClock(at).year}-${String(serial).padStart(6, '0')}`;
}

const loose = /^pa[-\s.]*zl[-\s.]*(20\d{2})[-\s.]*(\d{1,9})$/i;

/** A typed ticket number in canonical form, or null when it is not one. */
export function parseTicketNumber(text: string): string | null {
  const match = loose.exec(text.normalize('NFC').trim());
  if (!match) return null;
  const [, year, serial] = match;
  if (year === undefined || serial === undefined) return null;
  const value = Number(serial);
  if (!Number.isSafeInteger(value) || value < 1) return null;
  return `PA-ZL-${year}-${String(value).padStart(6, '0')}`;
}
