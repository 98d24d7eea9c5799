import { toVietnamWallClock } from '../kernel/index.js';

/**
 * Ticket numbers: `PA-ZL-<year>-<serial>`, "phản ánh" from Zalo, the year in Vietnam when it was filed and a serial
 * from a database sequence (at least six digits). Short enough to read over the phone and type on a keypad; unique
 * because the serial is; distinct from the LGSP's own ids (`PA-2026-004401`) and from dossier codes.
 */
export function formatTicketNumber(serial: number, at: Date): string {
  return `PA-ZL-${toVietnamWallClock(at).year}-${String(serial).padStart(6, '0')}`;
}

// The serial may be typed in groups of three ("000 431").
const loose = /^pa[-\s.]*zl[-\s.]*(20\d{2})[-\s.]*(\d{1,3}[\s.]\d{3}|\d{1,9})$/i;
const looseLgsp = /^pa[-\s.]*(20\d{2})[-\s.]*(\d{1,3}[\s.]\d{3}|\d{1,9})$/i;

/** `<prefix>-<year>-<serial padded to 6 digits>` from a loose match, or null when the serial is 0 or too large. */
function canonical(match: RegExpExecArray | null, prefix: string): string | null {
  if (!match) return null;
  const [, year, serial] = match;
  if (year === undefined || serial === undefined) return null;
  const value = Number(serial.replace(/[\s.]/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) return null;
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

/** A typed ticket number (ours, `PA-ZL-…`) in canonical form, or null when it is not one. */
export function parseTicketNumber(text: string): string | null {
  return canonical(loose.exec(text.normalize('NFC').trim()), 'PA-ZL');
}

/**
 * The LGSP's id of a feedback (`MaPhanAnh`, `PA-<year>-<serial>`, as the province's PAKN system shows it in its SMS and
 * portal) typed loosely ("pa 2026 4517") in canonical form, or null when it is not one (our own numbers are not).
 */
export function parseLgspFeedbackId(text: string): string | null {
  return canonical(looseLgsp.exec(text.normalize('NFC').trim()), 'PA');
}

/** What a citizen may type to name one of their tickets: our number, or the LGSP's id of it. */
export type TicketReference = { kind: 'number'; number: string } | { kind: 'lgsp'; lgspId: string };

/** Our ticket number or the LGSP's id of a ticket, typed loosely; null when it is neither. */
export function parseTicketReference(text: string): TicketReference | null {
  const number = parseTicketNumber(text);
  if (number !== null) return { kind: 'number', number };
  const lgspId = parseLgspFeedbackId(text);
  return lgspId === null ? null : { kind: 'lgsp', lgspId };
}

/** The canonical form of either (the `ticket_number` input type's value); the two forms never overlap. */
export function parseTicketInput(text: string): string | null {
  return parseTicketNumber(text) ?? parseLgspFeedbackId(text);
}
