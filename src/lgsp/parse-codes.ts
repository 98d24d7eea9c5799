/**
 * Parsers of the LGSP's codes as citizens type them. Each returns the canonical value or null; none throws. The
 * dossier_code and tax_code input types use them, so a conversation accepts exactly what the lookups accept.
 */

/**
 * A dossier code `<agency code: dot-separated groups>-<yymmdd>-<4 digits>`, e.g. `000.00.15.H02-221205-0001`.
 * Accepts lower case, spaces or dots instead of the dashes, and the agency code without dots or with spaces for them
 * when its shape is the common `3.2.2.3` one (`0000015h02-221205-0001`, `000 00 15 h02 221205 0001`, `00000 15 h02 …`),
 * and then with no separator at all (`0000015h022212050001`). Returns the canonical upper-case form, or null.
 */
export function parseDossierCode(input: string): string | null {
  const compact = input
    .normalize('NFC')
    .trim()
    .toUpperCase()
    .replace(/\s*([.-])\s*/g, '$1');
  // Spaces may stand in for dashes between the three parts, and so may dots ("….h02.221205.0001": typed with one
  // separator throughout).
  const parts = compact
    .replace(/\.(?=\d{6}[.\s-]+\d{4}$)/, '-')
    .replace(/(?<=-\d{6})\.(?=\d{4}$)/, '-')
    .split(/[\s-]+/)
    .filter(Boolean);
  // Spaces may stand in for the agency code's dots too, in its usual 3.2.2.3 shape ("000 00 15 h02 221205 0001").
  if (parts.length === 6 && SPACED_AGENCY.every((shape, k) => shape.test(parts[k] ?? ''))) {
    parts.splice(0, 4, parts.slice(0, 4).join('.'));
  }
  // Some of those separators typed and some not ("00000 25 h02 …", "000.00 25h02 …"): the usual shape once joined.
  if (parts.length > 3) {
    const joined = parts.slice(0, -2).join('').replaceAll('.', '');
    if (/^\d{7}[A-Z]\d{2}$/.test(joined)) parts.splice(0, parts.length - 2, joined);
  }
  // Typed without any separator ("0000015H022212050001"): the usual agency code, the date and the serial run together.
  const unbroken = parts.length === 1 ? /^(\d{7}[A-Z]\d{2})(\d{6})(\d{4})$/.exec(parts[0] ?? '') : null;
  if (unbroken) parts.splice(0, 1, ...unbroken.slice(1));
  if (parts.length !== 3) return null;
  const [agencyRaw, dateRaw, serialRaw] = parts;
  if (agencyRaw === undefined || dateRaw === undefined || serialRaw === undefined) return null;
  if (!/^\d{6}$/.test(dateRaw) || !isValidYymmdd(dateRaw)) return null;
  if (!/^\d{4}$/.test(serialRaw)) return null;
  const agency = normaliseAgencyCode(agencyRaw);
  if (agency === null) return null;
  return `${agency}-${dateRaw}-${serialRaw}`;
}

/** The groups of the usual agency code (`000.00.15.H02`), when spaces stand in for its dots. */
const SPACED_AGENCY = [/^\d{3}$/, /^\d{2}$/, /^\d{2}$/, /^[A-Z]\d{2}$/];

function normaliseAgencyCode(raw: string): string | null {
  if (raw.includes('.')) {
    const groups = raw.split('.');
    if (groups.length < 2 || groups.some((g) => !/^[A-Z0-9]{1,6}$/.test(g))) return null;
    return groups.join('.');
  }
  // Without dots the grouping is only unambiguous for the usual 3.2.2.3 shape (10 characters).
  const match = /^(\d{3})(\d{2})(\d{2})([A-Z]\d{2})$/.exec(raw);
  return match ? `${match[1]}.${match[2]}.${match[3]}.${match[4]}` : null;
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
