import { z } from 'zod';
import { describeOfficeHours } from './office-hours.js';

/** A few years of a province's days off: enough, and small enough to read on every turn. */
const MAX_HOLIDAYS = 200;

/**
 * What makes the bot this province's front desk: its name, hotline, one-stop-shop address, portal and the form of
 * address citizens expect ("anh/chị" by default; "Ông/Bà" or "bạn" where a province prefers). Every template sees them
 * (`{{province.name}}`, `{{province.hotline}}`, `{{you}}`/`{{You}}`…), so no placeholder text ships.
 */
export const provinceSettingsSchema = z.object({
  /** As it follows "Cổng dịch vụ công": `tỉnh Bắc Ninh`, `thành phố Hải Phòng`. */
  name: z.string().trim().min(1).max(100),
  /** As citizens read it: `0222 3 822 222`; the call button dials its digits. */
  hotline: z.string().trim().min(3).max(40),
  /** The one-stop shop (Trung tâm Phục vụ hành chính công) address. */
  officeAddress: z.string().trim().min(1).max(300),
  /** The province's public-service portal. */
  portalUrl: z.url(),
  /** How the bot addresses a citizen mid-sentence: `anh/chị`, `Ông/Bà`, `bạn`. */
  addressForm: z.string().trim().min(1).max(20),
  /** OFFICE_HOURS, described to citizens in their language. */
  officeHours: z.string(),
  /** Days the offices are closed whatever the weekday (Tết, national holidays, days off in lieu), `YYYY-MM-DD`. */
  holidays: z.array(z.iso.date()).max(MAX_HOLIDAYS),
});
export type ProvinceSettings = z.infer<typeof provinceSettingsSchema>;

/**
 * Sandbox and test settings: plainly examples, so a screenshot of a sandbox never passes for a real province. A server
 * outside sandbox mode must configure its own (PROVINCE_* variables).
 */
export const EXAMPLE_PROVINCE_SETTINGS: ProvinceSettings = {
  name: 'tỉnh Mẫu (ví dụ)',
  hotline: '0000 000 000 (ví dụ)',
  officeAddress: 'Số 1 đường Ví Dụ, phường Mẫu (địa chỉ ví dụ)',
  portalUrl: 'https://dichvucong.example.gov.vn/',
  addressForm: 'anh/chị',
  officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00',
  holidays: [],
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The variables every template sees, derived from the settings. */
export function provinceTemplateVariables(settings: ProvinceSettings): Record<string, unknown> {
  return {
    province: {
      name: settings.name,
      hotline: settings.hotline,
      hotlineDial: settings.hotline.replace(/\(.*?\)/g, '').replace(/[^\d+]/g, '') || '0',
      officeAddress: settings.officeAddress,
      portalUrl: settings.portalUrl,
      officeHoursVi: describeOfficeHours(settings.officeHours, 'vi'),
      officeHoursEn: describeOfficeHours(settings.officeHours, 'en'),
    },
    you: settings.addressForm,
    You: capitalize(settings.addressForm),
  };
}
