import { describe, expect, it } from 'vitest';
import {
  EXCERPT_LENGTH,
  excerpt,
  formatVnDate,
  formatVnDateTime,
  formatVnTime,
  maskName,
  shortenAtWord,
} from './format.js';
import { parseOfficeHours } from './office-hours.js';
import { createTemplateRenderer } from './template-renderer.js';

describe('Vietnamese formatters', () => {
  it('formats instants in Asia/Ho_Chi_Minh whatever the server zone', () => {
    // 2026-11-22T18:30Z is already 23 Nov, 01:30 in Vietnam.
    expect(formatVnDate('2026-11-22T18:30:00Z')).toBe('23/11/2026');
    expect(formatVnTime('2026-11-22T18:30:00Z')).toBe('01:30');
    expect(formatVnDateTime(new Date('2026-11-22T18:30:00Z'))).toBe('01:30 23/11/2026');
    expect(formatVnDate('2022-12-05')).toBe('05/12/2022');
  });
  it('masks names keeping the family name and initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V** A*');
    expect(maskName('Trần Thị Bích Ngọc')).toBe('Trần T** B*** N***');
    expect(maskName('Lê')).toBe('Lê');
  });
  it('quotes a long text by its start, cut at a space, with an ellipsis; a short one whole', () => {
    expect(excerpt('đường ở thôn 3 bị sụt lún')).toBe('đường ở thôn 3 bị sụt lún');
    const story = 'Đường liên thôn 3 bị sụt lún nghiêm trọng sau mưa lớn, xe máy đi qua rất nguy hiểm. '.repeat(20);
    const quoted = excerpt(story);
    expect(quoted.endsWith('…')).toBe(true);
    expect([...quoted].length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(story.startsWith(quoted.slice(0, -1))).toBe(true);
    // Cut between words, with no punctuation left hanging before the ellipsis.
    expect(quoted).toMatch(/[\p{L}\p{N}]…$/u);
    expect(story.charAt(quoted.length - 1)).toMatch(/[\s,.]/);
    // One long word (a pasted link) is cut where the limit falls.
    expect([...excerpt('x'.repeat(500))].length).toBe(EXCERPT_LENGTH + 1);
    expect(excerpt(undefined)).toBe('');
  });
});

describe('a text shortened to a limit (a button title: 100 characters)', () => {
  it.each([
    // Fits: whole, only trimmed.
    ['Đăng ký khai sinh', 30, 'Đăng ký khai sinh'],
    ['  Đăng ký khai sinh  ', 17, 'Đăng ký khai sinh'],
    // Cut after the last whole word, with no comma, dash or space left hanging, and an ellipsis within the limit.
    ['Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 20, 'Đăng ký khai sinh…'],
    ['Đăng ký khai sinh - liên thông', 20, 'Đăng ký khai sinh…'],
    ['Cấp bản sao trích lục hộ tịch (bản sao)', 31, 'Cấp bản sao trích lục hộ tịch…'],
    // The limit falling just after a whole word keeps it.
    ['Đăng ký kết hôn có yếu tố nước ngoài', 16, 'Đăng ký kết hôn…'],
    // One long word (a code, a link) is cut where the limit falls.
    ['x'.repeat(30), 10, `${'x'.repeat(9)}…`],
  ])('%j in %i → %j', (text, max, shortened) => {
    expect(shortenAtWord(text, max)).toBe(shortened);
    expect([...shortenAtWord(text, max)].length).toBeLessThanOrEqual(max);
  });
});

describe('template renderer', () => {
  const renderer = createTemplateRenderer({
    resources: {
      vi: {
        demo: {
          plain: 'Hồ sơ {{dossier.code}} hẹn trả {{dossier.due, date}}, chủ hồ sơ {{owner, maskname}}',
          quoted: 'Anh/chị nhắn: "{{content, excerpt}}"',
          rich: {
            text: 'Chọn {{x}}',
            buttons: [
              { title: 'Mở {{x}}', payload: '#open {{x}}' },
              { title: 'Web', url: 'https://example.vn/{{x}}' },
            ],
            image: 'https://img.example/{{x}}.png',
          },
          only_vi: 'Chỉ tiếng Việt',
        },
      },
      en: {
        demo: {
          plain: 'Dossier {{dossier.code}} due {{dossier.due, date}}, owner {{owner, maskname}}',
          rich: {
            text: 'Choose {{x}}',
            buttons: [
              { title: 'Open {{x}}', payload: '#open {{x}}' },
              { title: 'Web', url: 'https://example.vn/{{x}}' },
            ],
            image: 'https://img.example/{{x}}.png',
          },
        },
      },
    },
  });

  it('interpolates nested variables and formatters', () => {
    expect(
      renderer.t('demo:plain', 'vi', { dossier: { code: 'A-1', due: '2026-12-05' }, owner: 'Phạm Minh Tuấn' }),
    ).toBe('Hồ sơ A-1 hẹn trả 05/12/2026, chủ hồ sơ Phạm M*** T***');
  });

  it('quotes a long text back by its start (excerpt)', () => {
    const story = 'Nước thải từ xưởng chảy ra kênh, bốc mùi hôi. '.repeat(30);
    const quoted = renderer.t('demo:quoted', 'vi', { content: story });
    expect(quoted).toBe(`Anh/chị nhắn: "${excerpt(story)}"`);
    expect(quoted.length).toBeLessThan(240);
  });

  it('renders a rich template as an image then text with buttons', () => {
    expect(renderer.render('demo:rich', 'en', { x: 'q' })).toEqual([
      { kind: 'image', imageUrl: 'https://img.example/q.png' },
      {
        kind: 'text',
        text: 'Choose q',
        buttons: [
          { title: 'Open q', action: { type: 'query', payload: '#open q' } },
          { title: 'Web', action: { type: 'url', url: 'https://example.vn/q' } },
        ],
      },
    ]);
  });

  it('falls back to Vietnamese for a key missing in English, and reports it missing', () => {
    expect(renderer.t('demo:only_vi', 'en')).toBe('Chỉ tiếng Việt');
    expect(renderer.has('demo:only_vi', 'en')).toBe(false);
    expect(renderer.has('demo:only_vi', 'vi')).toBe(true);
  });
});

describe('office hours', () => {
  const hours = parseOfficeHours('Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30');
  it('knows when the office is open (Vietnam time)', () => {
    expect(hours.isOpen(new Date('2026-11-23T03:00:00Z'))).toBe(true); // Mon 10:00
    expect(hours.isOpen(new Date('2026-11-23T05:00:00Z'))).toBe(false); // Mon 12:00 lunch
    expect(hours.isOpen(new Date('2026-11-22T03:00:00Z'))).toBe(false); // Sun 10:00
  });
  it('finds the next opening', () => {
    expect(hours.nextOpening(new Date('2026-11-23T05:00:00Z'))?.toISOString()).toBe('2026-11-23T06:30:00.000Z'); // Mon 13:30
    expect(hours.nextOpening(new Date('2026-11-21T06:00:00Z'))?.toISOString()).toBe('2026-11-23T00:30:00.000Z'); // Sat 13:00 → Mon 07:30
  });
  it('keeps holidays closed all day and finds the first working day after them', () => {
    // Tết 2027: Thu 4 Feb to Wed 10 Feb (the weekend between them is closed anyway).
    const tet = ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'];
    const withTet = parseOfficeHours('Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30', tet);
    expect(withTet.isOpen(new Date('2027-02-04T03:00:00Z'))).toBe(false); // Thu 10:00, a holiday
    expect(withTet.isOpen(new Date('2027-02-03T03:00:00Z'))).toBe(true); // Wed 10:00, the day before
    expect(withTet.nextOpening(new Date('2027-02-03T11:00:00Z'))?.toISOString()).toBe('2027-02-06T00:30:00.000Z'); // Wed 18:00 → Sat 07:30
    expect(withTet.nextOpening(new Date('2027-02-06T06:00:00Z'))?.toISOString()).toBe('2027-02-11T00:30:00.000Z'); // Sat 13:00 → Thu 11 Feb 07:30
  });
  it('reads the schedule written the Vietnamese way too: T2-T6, Thứ 2 - Thứ 6, Thứ Hai, CN, 7h30, 7:30', () => {
    for (const spec of [
      'T2-T6 7h30-11h30, 13h30-17h; T7 7h30-11h30',
      'Thứ 2 - Thứ 6: 7:30 - 11:30, 13:30 - 17:00; Thứ Bảy 7:30-11:30',
      'thu hai den thu sau 7h30 đến 11h30,13h30-17h00\nT7 07:30-11:30',
    ]) {
      const vietnamese = parseOfficeHours(spec);
      for (const at of ['2026-11-23T03:00:00Z', '2026-11-23T05:00:00Z', '2026-11-22T03:00:00Z', '2026-11-21T03:00:00Z'])
        expect(vietnamese.isOpen(new Date(at)), `${spec} at ${at}`).toBe(hours.isOpen(new Date(at)));
      expect(vietnamese.nextOpening(new Date('2026-11-21T06:00:00Z'))).toEqual(
        hours.nextOpening(new Date('2026-11-21T06:00:00Z')),
      );
    }
    expect(parseOfficeHours('CN 08:00-10:00').isOpen(new Date('2026-11-22T02:00:00Z'))).toBe(true); // Sun 09:00
  });
  it('rejects malformed schedules', () => {
    expect(() => parseOfficeHours('Mon-Fri 7-11')).toThrow(/OFFICE_HOURS/);
    expect(() => parseOfficeHours('Someday 07:30-11:30')).toThrow(/OFFICE_HOURS/);
    expect(() => parseOfficeHours('T8 7h-11h')).toThrow(/OFFICE_HOURS/);
    expect(() => parseOfficeHours('T2-T6 11h30-7h30')).toThrow(/OFFICE_HOURS/);
  });
});
