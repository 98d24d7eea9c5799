import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeOfficeHours } from './office-hours.js';
import {
  EXAMPLE_PROVINCE_SETTINGS,
  provinceSettingsSchema,
  provinceTemplateVariables,
  type ProvinceSettings,
} from './province-settings.js';
import { createTemplateRenderer, loadTemplateResources, type TemplateTree } from './template-renderer.js';

const TEMPLATES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

const BAC_NINH: ProvinceSettings = {
  name: 'tỉnh Bắc Ninh',
  hotline: '0222 3 822 222',
  officeAddress: 'Số 11 đường Lý Thái Tổ, phường Suối Hoa',
  portalUrl: 'https://dichvucong.bacninh.gov.vn/',
  addressForm: 'Ông/Bà',
  officeHours: 'Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30',
  holidays: ['2027-02-05', '2027-02-08'],
};

function keysOf(tree: TemplateTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || 'text' in value) return [full];
    return keysOf(value as TemplateTree, full);
  });
}

describe('province settings in templates', () => {
  it('every shipped template, rendered for a real province, carries its details and no placeholder', () => {
    const renderer = createTemplateRenderer({
      templatesDir: TEMPLATES,
      defaults: provinceTemplateVariables(BAC_NINH),
    });
    const resources = loadTemplateResources(TEMPLATES);
    const rendered: string[] = [];
    for (const language of ['vi', 'en'] as const) {
      for (const [namespace, tree] of Object.entries(resources[language] ?? {})) {
        // Word lists are what citizens type, not what the bot says.
        if (namespace === 'words') continue;
        for (const key of keysOf(tree)) {
          for (const message of renderer.render(`${namespace}:${key}`, language)) {
            const text =
              message.kind === 'text' ? message.text : message.kind === 'request_user_info' ? message.title : '';
            const buttons = message.kind === 'text' ? (message.buttons ?? []) : [];
            rendered.push(`${language} ${namespace}:${key}: ${text} ${JSON.stringify(buttons)}`);
          }
        }
      }
    }
    const all = rendered.join('\n');
    for (const placeholder of [
      '0222 3 123 456',
      '02223123456',
      'Đường Trung tâm',
      'ví dụ)',
      'example.gov.vn',
      '{{province',
      '{{you',
      '{{You',
      // Examples from one province's map read as mistakes in every other one.
      'Yên Phong',
      'Kinh Bắc',
      'Yen Phong',
      'Kinh Bac',
    ])
      expect(all, placeholder).not.toContain(placeholder);
    // The form of address is the province's: never the informal "bạn" in Vietnamese.
    expect(rendered.filter((line) => line.startsWith('vi ') && /(^|[^\p{L}])[Bb]ạn([^\p{L}]|$)/u.test(line))).toEqual(
      [],
    );
    const contact = renderer.render('core:help.contact', 'vi');
    expect(JSON.stringify(contact)).toContain('0222 3 822 222');
    expect(JSON.stringify(contact)).toContain('"phone":"02223822222"');
    expect(JSON.stringify(contact)).toContain('Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00; Thứ Bảy: 07:30–11:30');
    expect(renderer.t('core:welcome.greeting', 'vi')).toContain('Cổng dịch vụ công tỉnh Bắc Ninh');
    expect(renderer.t('core:welcome.privacy', 'vi')).toContain('Ông/Bà có thể nhắn');
  });

  it('names the province in English where it has an English name, in Vietnamese otherwise', () => {
    const withEnglish = createTemplateRenderer({
      templatesDir: TEMPLATES,
      defaults: (language) => provinceTemplateVariables({ ...BAC_NINH, nameEn: 'Bac Ninh Province' }, language),
    });
    expect(withEnglish.t('core:welcome.greeting', 'en')).toContain('public service portal of Bac Ninh Province.');
    expect(withEnglish.t('core:welcome.greeting', 'en')).not.toContain('tỉnh Bắc Ninh');
    expect(withEnglish.t('core:welcome.greeting', 'vi')).toContain('Cổng dịch vụ công tỉnh Bắc Ninh');
    const without = createTemplateRenderer({
      templatesDir: TEMPLATES,
      defaults: (language) => provinceTemplateVariables(BAC_NINH, language),
    });
    expect(without.t('core:welcome.greeting', 'en')).toContain('public service portal of tỉnh Bắc Ninh.');
    // The sandbox's example is named in English while it is the example, and no longer once a name is given.
    const example = createTemplateRenderer({ templatesDir: TEMPLATES });
    expect(example.t('core:welcome.greeting', 'en')).toContain('public service portal of Mau Province (example).');
    const renamed = createTemplateRenderer({
      templatesDir: TEMPLATES,
      defaults: (language) =>
        provinceTemplateVariables({ ...EXAMPLE_PROVINCE_SETTINGS, name: 'tỉnh Bắc Ninh' }, language),
    });
    expect(renamed.t('core:welcome.greeting', 'en')).toContain('public service portal of tỉnh Bắc Ninh.');
  });

  it('describes office hours in both languages', () => {
    expect(describeOfficeHours('Mon-Fri 07:30-11:30,13:30-17:00', 'en')).toBe(
      'Monday – Friday: 07:30–11:30, 13:30–17:00',
    );
    // Written the Vietnamese way, citizens read the same.
    expect(describeOfficeHours('T2-T6 7h30-11h30, 13h30-17h; T7 7h30-11h30', 'vi')).toBe(
      'Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00; Thứ Bảy: 07:30–11:30',
    );
    expect(describeOfficeHours('Thứ 2 - Thứ 6 7:30-11:30', 'en')).toBe('Monday – Friday: 07:30–11:30');
  });
});

describe('the province settings schema', () => {
  const problems = (change: Partial<ProvinceSettings>) => {
    const parsed = provinceSettingsSchema.safeParse({ ...BAC_NINH, ...change });
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
  };

  it('takes a hotline as provinces write it, and the call button dials its whole number', () => {
    const dials: Record<string, string> = {
      '0222 3 822 222': '02223822222',
      '1900 1234': '19001234',
      '(0222) 3822222': '02223822222',
      '+84 222 3822222': '+842223822222',
      '0222.3822.222 (miễn phí)': '02223822222',
      '1900 1234 (24/7)': '19001234',
      '1022': '1022',
      // Several numbers: the button dials the first (a configuration written so before must still start).
      '0222 3822 222 - 0222 3822 333': '02223822222',
      '1900 1234 / 0222 3822222': '19001234',
      '0222 3822 222 hoặc 0222 3822 333': '02223822222',
    };
    for (const [hotline, dial] of Object.entries(dials)) {
      expect(problems({ hotline }), hotline).toEqual([]);
      expect(provinceTemplateVariables({ ...BAC_NINH, hotline }).province, hotline).toMatchObject({
        hotlineDial: dial,
      });
    }
  });

  it('refuses a hotline without a number to dial, naming the field and why', () => {
    for (const hotline of ['abc', 'gọi 0', '12', '+84', '0222+3822222']) {
      const parsed = provinceSettingsSchema.safeParse({ ...BAC_NINH, hotline });
      expect(parsed.success, hotline).toBe(false);
      expect(parsed.error?.issues, hotline).toEqual([
        expect.objectContaining({ path: ['hotline'], params: { reason: 'hotline' } }),
      ]);
    }
  });

  it('takes only a web address for the portal', () => {
    expect(problems({ portalUrl: 'http://dichvucong.bacninh.gov.vn' })).toEqual([]);
    for (const portalUrl of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://dichvucong.bacninh.gov.vn/',
      'file:///etc/passwd',
      'dichvucong.bacninh.gov.vn',
    ])
      expect(problems({ portalUrl }), portalUrl).toEqual(['portalUrl']);
  });

  it('refuses a holiday listed twice, at the repeat', () => {
    const parsed = provinceSettingsSchema.safeParse({
      ...BAC_NINH,
      holidays: ['2026-12-25', '2027-01-01', '2026-12-25'],
    });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['holidays', 2], params: { reason: 'duplicate' } }),
    ]);
  });

  it("takes the sandbox's example settings", () => {
    expect(provinceSettingsSchema.safeParse(EXAMPLE_PROVINCE_SETTINGS).success).toBe(true);
    expect(provinceTemplateVariables(EXAMPLE_PROVINCE_SETTINGS).province).toMatchObject({ hotlineDial: '0000000000' });
  });
});
