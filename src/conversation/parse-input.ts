import { foldText } from './text.js';

/**
 * Parsers for what citizens type. Each returns the normalised value or null; none throws. Exported through index.ts
 * so other modules (LGSP lookups, feedback) accept exactly what the conversation accepts.
 */

/**
 * A dossier code `<agency code: dot-separated groups>-<yymmdd>-<4 digits>`, e.g. `000.00.15.H02-221205-0001`.
 * Accepts lower case, spaces instead of separators and the agency code without dots when its shape is the common
 * `3.2.2.3` one (`0000015h02-221205-0001`). Returns the canonical upper-case form, or null.
 */
export function parseDossierCode(input: string): string | null {
  const compact = input
    .normalize('NFC')
    .trim()
    .toUpperCase()
    .replace(/\s*([.-])\s*/g, '$1');
  // Spaces may stand in for dashes between the three parts.
  const parts = compact.split(/[\s-]+/).filter(Boolean);
  if (parts.length !== 3) return null;
  const [agencyRaw, dateRaw, serialRaw] = parts;
  if (agencyRaw === undefined || dateRaw === undefined || serialRaw === undefined) return null;
  if (!/^\d{6}$/.test(dateRaw) || !isValidYymmdd(dateRaw)) return null;
  if (!/^\d{4}$/.test(serialRaw)) return null;
  const agency = normaliseAgencyCode(agencyRaw);
  if (agency === null) return null;
  return `${agency}-${dateRaw}-${serialRaw}`;
}

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

// Mobile prefixes in use since the 2018 renumbering (Viettel, Vinaphone, MobiFone, Vietnamobile, Gmobile, iTel, Reddi).
const MOBILE_PREFIXES = /^0(3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}$/;

/** A Vietnamese mobile number in any usual form (`+84 912 345 678`, `84912345678`, `0912.345.678`) → `0912345678`. */
export function parsePhone(input: string): string | null {
  let digits = input.replace(/[\s.()-]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  return MOBILE_PREFIXES.test(digits) ? digits : null;
}

/** A date as citizens write it (`5/12/2022`, `05-12-2022`, `05.12.22`, `5 12 2022`) → ISO `2022-12-05`, or null. */
export function parseDate(input: string): string | null {
  const match = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{2}|\d{4})$/.exec(input.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  let year = Number(match[3]);
  // Two-digit years: 00–69 are 2000s, 70–99 1900s (birth dates and dossier dates both occur).
  if (match[3]?.length === 2) year += year < 70 ? 2000 : 1900;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A number written the Vietnamese way (`1.500.000`, `2,5`) or plainly (`1500000`, `2.5`) → number, or null. */
export function parseNumber(input: string): number | null {
  const trimmed = input.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(trimmed)) return null;
  let normalised = trimmed;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normalised = trimmed.replace(/,/g, '');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const YES_WORDS = new Set([
  'co',
  'c',
  'vang',
  'da',
  'u',
  'uh',
  'um',
  'dong y',
  'ok',
  'oke',
  'yes',
  'y',
  'yeah',
  'dung',
  'dung roi',
  'phai',
  'chac chan',
  'co a',
  'vang a',
  'da co',
]);
const NO_WORDS = new Set([
  'khong',
  'ko',
  'k',
  'kg',
  'khg',
  'hong',
  'no',
  'n',
  'nope',
  'khong dong y',
  'thoi',
  'sai',
  'khong a',
  'khong phai',
]);

/** Yes or no in Vietnamese or English, with or without diacritics → boolean, or null. */
export function parseYesNo(input: string): boolean | null {
  const folded = foldText(input).replace(/[.!]+$/, '');
  if (YES_WORDS.has(folded)) return true;
  if (NO_WORDS.has(folded)) return false;
  return null;
}
