import { webUrlSchema } from '../platform/web-url.js';
import { z } from 'zod';
import type { Language } from './channel.js';
import { describeOfficeHours } from './office-hours.js';

/** A few years of a province's days off: enough, and small enough to read on every turn. */
const MAX_HOLIDAYS = 200;
/** A notice citizens read in one message, under Zalo's 2,000 characters with the template around it. */
const MAX_NOTICE_LENGTH = 1000;
const MAX_UNITS = 100;

/**
 * A planned or ongoing outage citizens are told about (the LGSP or the one-stop shop's systems down, a move), once a
 * conversation and at most once a day, while `start` ≤ now < `end`. Admins write the text; English falls back to
 * Vietnamese.
 */
export const outageNoticeSchema = z
  .object({
    vi: z.string().trim().min(1).max(MAX_NOTICE_LENGTH),
    en: z.string().trim().min(1).max(MAX_NOTICE_LENGTH).optional(),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
  })
  .refine((notice) => Date.parse(notice.end) > Date.parse(notice.start), {
    message: 'the outage ends after it starts',
    path: ['end'],
    params: { reason: 'endBeforeStart' },
  });
export type OutageNotice = z.infer<typeof outageNoticeSchema>;

/**
 * A unit (a department, a commune's one-stop shop): where a handoff is transferred, feedback is routed, an official
 * works. A plain code.
 */
export const handoffUnitSchema = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'lowercase letters, digits, _ . -'),
  name: z.object({ vi: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200).optional() }),
});
export type HandoffUnit = z.infer<typeof handoffUnitSchema>;

/**
 * The province settings' `units` are the one catalogue of units (handoff transfers, feedback routing and assignment,
 * an official's unit): codes missing from it are refused as a validation error (400 `INVALID_INPUT`), each at its
 * `path` with a message naming the code.
 */
export function assertKnownUnits(
  units: readonly HandoffUnit[],
  uses: ReadonlyArray<{ path: Array<string | number>; code: string }>,
): void {
  const known = new Set(units.map((unit) => unit.code));
  const issues = uses
    .filter((use) => !known.has(use.code))
    .map((use) => ({
      code: 'custom' as const,
      path: use.path,
      message: `unknown unit "${use.code}": not one of the province settings' units`,
      input: use.code,
      params: { reason: 'unknownUnit' },
    }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

/** What separates two numbers in a hotline: a spaced dash, a slash, a comma or semicolon, "hoặc"/"or". */
const NUMBERS_APART = /\s[-–]\s|\s*[/,;]\s*|\s(?:hoặc|or)\s/i;

/**
 * The number the call button dials: the hotline's digits (and a leading +). A bracketed aside is left out
 * ("(miễn phí)", "(24/7)"), unless it holds only digits: the area code of "(0222) 3822222".
 */
export function hotlineDial(hotline: string): string {
  const withoutAsides = hotline.replace(/\(([^)]*)\)/g, (_aside, inside: string) =>
    /^\s*\+?[\d\s.-]+$/.test(inside) ? inside : '',
  );
  // Several numbers ("0222 3822 222 - 0222 3822 333", "1900 1234 / 0222 3822222"): the button dials the first.
  const [first = ''] = withoutAsides.split(NUMBERS_APART);
  return first.replace(/[^\d+]/g, '');
}

/** Zalo's call button dials one number: at least a short code (113, 1022), at most E.164's 15 digits. */
const DIALABLE = /^\+?\d{3,15}$/;

// The number check stands for a minimum length: one rule, one message.
const hotlineSchema = z
  .string()
  .trim()
  .max(40)
  .refine((hotline) => DIALABLE.test(hotlineDial(hotline)), {
    message: 'expected one phone number to dial, 3 to 15 digits: "0222 3 822 222", "1900 1234", "+84 222 3822222"',
    params: { reason: 'hotline' },
  });

/** A day repeated is most likely a typing slip for another one: refused at the repeat rather than dropped. */
const holidaysSchema = z
  .array(z.iso.date())
  .max(MAX_HOLIDAYS)
  .superRefine((days, ctx) => {
    days.forEach((day, index) => {
      if (days.indexOf(day) < index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${day} is listed twice`,
          input: day,
          params: { reason: 'duplicate' },
        });
      }
    });
  });

/**
 * What makes the bot this province's front desk: its name, hotline, one-stop-shop address, portal and the form of
 * address citizens expect ("anh/chị" by default; "Ông/Bà" or "bạn" where a province prefers). Every template sees them
 * (`{{province.name}}`, `{{province.hotline}}`, `{{you}}`/`{{You}}`…), so no placeholder text ships.
 */
export const provinceSettingsSchema = z.object({
  /** As it follows "Cổng dịch vụ công": `tỉnh Bắc Ninh`, `thành phố Hải Phòng`. */
  name: z.string().trim().min(1).max(100),
  /** The name in English (`Bac Ninh Province`): `{{province.name}}` in English templates; absent: the Vietnamese one. */
  nameEn: z.string().trim().min(1).max(100).optional(),
  /** As citizens read it: `0222 3 822 222`; the call button dials its digits (`hotlineDial`). */
  hotline: hotlineSchema,
  /** The one-stop shop (Trung tâm Phục vụ hành chính công) address. */
  officeAddress: z.string().trim().min(1).max(300),
  /** The province's public-service portal (http or https). */
  /** Citizens open it from a button: a web address only, never `javascript:` or `data:`. */
  portalUrl: webUrlSchema,
  /** How the bot addresses a citizen mid-sentence: `anh/chị`, `Ông/Bà`, `bạn`. */
  addressForm: z.string().trim().min(1).max(20),
  /** OFFICE_HOURS, described to citizens in their language. */
  officeHours: z.string(),
  /** Days the offices are closed whatever the weekday (Tết, national holidays, days off in lieu), `YYYY-MM-DD`. */
  holidays: holidaysSchema,
  /** The outage notice in effect or planned; absent when there is none. */
  outage: outageNoticeSchema.optional(),
  /** The one catalogue of units (handoff transfers, feedback routing, officials' units); absent or empty: none. */
  units: z
    .array(handoffUnitSchema)
    .max(MAX_UNITS)
    .refine((units) => new Set(units.map((u) => u.code)).size === units.length, 'unit codes are unique')
    .optional(),
});
export type ProvinceSettings = z.infer<typeof provinceSettingsSchema>;

/**
 * Sandbox and test settings: plainly examples, so a screenshot of a sandbox never passes for a real province. A server
 * outside sandbox mode must configure its own (PROVINCE_* variables).
 */
export const EXAMPLE_PROVINCE_SETTINGS: ProvinceSettings = {
  name: 'tỉnh Mẫu (ví dụ)',
  // Plainly no real number or address in either language: an English reply carries no Vietnamese aside.
  hotline: '0000 000 000',
  officeAddress: 'Số 1 đường Ví Dụ, phường Mẫu',
  portalUrl: 'https://dichvucong.example.gov.vn/',
  addressForm: 'anh/chị',
  officeHours: 'Thứ 2 - Thứ 6: 7h30-11h30, 13h30-17h',
  holidays: [],
};

/**
 * The example's English name, for English replies while the province is the example (a province that names itself
 * is named in English by its `nameEn`, or by its Vietnamese name).
 */
const EXAMPLE_NAME_EN = 'Mau Province (example)';

function englishName(settings: ProvinceSettings): string {
  return settings.nameEn ?? (settings.name === EXAMPLE_PROVINCE_SETTINGS.name ? EXAMPLE_NAME_EN : settings.name);
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * The variables every template of `language` sees, derived from the settings: `province.name` is the English name in
 * English when there is one, the Vietnamese one otherwise (`province.nameVi` is always the Vietnamese one).
 */
export function provinceTemplateVariables(
  settings: ProvinceSettings,
  language: Language = 'vi',
): Record<string, unknown> {
  return {
    province: {
      name: language === 'en' ? englishName(settings) : settings.name,
      nameVi: settings.name,
      hotline: settings.hotline,
      hotlineDial: hotlineDial(settings.hotline),
      officeAddress: settings.officeAddress,
      portalUrl: settings.portalUrl,
      officeHoursVi: describeOfficeHours(settings.officeHours, 'vi'),
      officeHoursEn: describeOfficeHours(settings.officeHours, 'en'),
    },
    you: settings.addressForm,
    You: capitalize(settings.addressForm),
  };
}

/** The outage notice in effect at `at`, or null. */
export function findActiveOutage(settings: ProvinceSettings, at: Date): OutageNotice | null {
  const outage = settings.outage;
  if (!outage) return null;
  const now = at.getTime();
  return Date.parse(outage.start) <= now && now < Date.parse(outage.end) ? outage : null;
}
