/**
 * Parsers of the engine's basic input types. Each returns the normalised value or null; none throws. Exported through
 * index.ts so other modules accept exactly what the conversation accepts. Domain codes (dossier, tax) are parsed by
 * the modules that own them; yes/no by the editable word lists (vocabulary.ts).
 */

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
