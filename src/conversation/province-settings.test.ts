import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeOfficeHours } from './office-hours.js';
import { provinceTemplateVariables, type ProvinceSettings } from './province-settings.js';
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
  });

  it('describes office hours in both languages', () => {
    expect(describeOfficeHours('Mon-Fri 07:30-11:30,13:30-17:00', 'en')).toBe(
      'Monday – Friday: 07:30–11:30, 13:30–17:00',
    );
  });
});
