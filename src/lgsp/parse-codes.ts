/**
 * Parsers of the LGSP's codes as citizens type them. Each returns the canonical value or null; none throws. The
 * dossier_code and tax_code input types use them, so a conversation accepts exactly what the lookups accept.
 */

/** Between two groups of a dossier code: a dash or a dot, with spaces around it or not, or spaces alone. */
const SEPARATOR = String.raw`(?:\s*[-.]\s*|\s+)`;

/**
 * A dossier code with the usual agency code (`000.00.15.H02-221205-0001`): its six groups have fixed lengths, so any
 * separator may stand for any other or be left out (`000.00.15H02.221205.0001`, `0000015h02221205 0001`,
 * `000 00 15 h02 2212050001`), though never inside a group.
 */
const USUAL_DOSSIER_CODE = [/(\d{3})/, /(\d{2})/, /(\d{2})/, /([a-z]\d{2})/, /(\d{6})/, /(\d{4})/]
  .map((group) => group.source)
  .join(`${SEPARATOR}?`);

/**
 * A dossier code whose agency code has another shape, dotted groups (`H02.22.1-240101-1234`): their lengths are not
 * known, so its dots are kept as typed and a separator ends it; the serial may follow the date without one.
 */
const OTHER_DOSSIER_CODE = String.raw`([0-9a-z]{1,6}(?:\.[0-9a-z]{1,6})+)${SEPARATOR}(\d{6})${SEPARATOR}?(\d{4})`;

/**
 * A dossier code as it may be typed, for the pattern finding one inside a sentence (with the flags `iu`): the usual
 * shape first, so that its agency code missing a dot (`000.00.15H02`) is not read as dotted groups of another shape.
 */
export const DOSSIER_CODE_SOURCE = `(?:${USUAL_DOSSIER_CODE}|${OTHER_DOSSIER_CODE})`;

const WHOLE_USUAL = new RegExp(`^${USUAL_DOSSIER_CODE}$`, 'iu');
const WHOLE_OTHER = new RegExp(`^${OTHER_DOSSIER_CODE}$`, 'iu');

/**
 * A dossier code `<agency code: dot-separated groups>-<yymmdd>-<4 digits>`, e.g. `000.00.15.H02-221205-0001`, typed
 * in any case. With the usual agency code, each separator may be a dash, a dot or spaces, or be missing
 * (`0000015h02 221205 0001`, `000 00 15 h02 221205 0001`, `0000015h022212050001`); with another, its dots are kept
 * and dashes, dots or spaces separate the date. Returns the canonical upper-case form, or null.
 */
export function parseDossierCode(input: string): string | null {
  // Spaces around a dash or a dot are the same dash or dot ("000.00.15.H02 - 221205", "H02 . 22 . 1").
  const text = input
    .normalize('NFC')
    .trim()
    .toUpperCase()
    .replace(/\s*([.-])\s*/g, '$1');
  const usual = WHOLE_USUAL.exec(text);
  const other = usual ? null : WHOLE_OTHER.exec(text);
  const [agency, date, serial] = usual
    ? [usual.slice(1, 5).join('.'), usual[5], usual[6]]
    : [other?.[1], other?.[2], other?.[3]];
  if (agency === undefined || date === undefined || serial === undefined || !isValidYymmdd(date)) return null;
  return `${agency}-${date}-${serial}`;
}

function isValidYymmdd(value: string): boolean {
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Weights of the Vietnamese tax code check digit (the 10th digit), per the General Department of Taxation's scheme.
const TAX_CODE_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * A Vietnamese tax code: 10 digits, or 10 digits + `-` + 3 digits for a branch (13 digits without the dash also
 * accepted). The 10th digit is a check digit. Returns `0123456789` or `0123456789-001`, or null.
 */
export function parseTaxCode(input: string): string | null {
  const compact = input.replace(/[\s.]/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match?.[1]) return null;
  const base = match[1];
  if (!isValidTaxCheckDigit(base)) return null;
  const branch = match[2];
  if (branch === '000') return null;
  return branch ? `${base}-${branch}` : base;
}

function isValidTaxCheckDigit(base: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(base[i]) * (TAX_CODE_WEIGHTS[i] ?? 0);
  const check = 10 - (sum % 11);
  return check < 10 && check === Number(base[9]);
}

/** Ten digits (a branch after them or not) whose 10th digit is not the check digit: a tax code mistyped. */
export function hasWrongTaxCheckDigit(input: string): boolean {
  const match = /^(\d{10})(?:-?\d{3})?$/.exec(input.replace(/[\s.]/g, ''));
  return match?.[1] !== undefined && !isValidTaxCheckDigit(match[1]);
}
