import { describe, expect, it } from 'vitest';
import { fromVietnamWallClock } from '../kernel/index.js';
import { endOfQuietHours, waitsUntilOf } from './announcement-delivery.js';
import { announcementContentInputSchema, announcementContentSchema, renderAnnouncement } from './content.js';

const NIGHT = { startMinutes: 22 * 60, endMinutes: 6 * 60 };

describe('quiet hours (Vietnam time)', () => {
  it.each([
    ['21:59', null],
    ['22:00', [2026, 12, 3, 6]],
    ['23:30', [2026, 12, 3, 6]],
    ['05:59', [2026, 12, 2, 6]],
    ['06:00', null],
  ] as const)('at %s', (time, end) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    const now = fromVietnamWallClock(2026, 12, 2, hour, minute);
    const expected = end ? fromVietnamWallClock(end[0], end[1], end[2], end[3]) : null;
    expect(endOfQuietHours(now, NIGHT)).toEqual(expected);
  });

  it('handles hours within one day, and none', () => {
    const lunch = { startMinutes: 11 * 60 + 30, endMinutes: 13 * 60 };
    expect(endOfQuietHours(fromVietnamWallClock(2026, 12, 2, 12), lunch)).toEqual(
      fromVietnamWallClock(2026, 12, 2, 13),
    );
    expect(endOfQuietHours(fromVietnamWallClock(2026, 12, 2, 13), lunch)).toBeNull();
    expect(endOfQuietHours(fromVietnamWallClock(2026, 12, 2, 23), null)).toBeNull();
  });
});

describe('when the quiet hours let an announcement go', () => {
  const night = fromVietnamWallClock(2026, 12, 2, 23, 10);
  const morning = fromVietnamWallClock(2026, 12, 3, 6);
  const ordinary = { status: 'sending', urgent: false, sendAt: null } as const;

  it('holds a non-urgent one sent in the night until the morning', () => {
    expect(waitsUntilOf(ordinary, NIGHT, night)).toEqual(morning);
    expect(waitsUntilOf({ ...ordinary, status: 'approved' }, NIGHT, night)).toEqual(morning);
    expect(waitsUntilOf({ ...ordinary, status: 'scheduled', sendAt: night }, NIGHT, night)).toEqual(morning);
  });

  it('holds nothing urgent, outside the quiet hours, without them, or once all was handed over', () => {
    expect(waitsUntilOf({ ...ordinary, urgent: true }, NIGHT, night)).toBeNull();
    expect(waitsUntilOf(ordinary, NIGHT, fromVietnamWallClock(2026, 12, 2, 14))).toBeNull();
    expect(waitsUntilOf(ordinary, null, night)).toBeNull();
    expect(waitsUntilOf(ordinary, NIGHT, night, { allHandedOver: true })).toBeNull();
    for (const status of ['draft', 'submitted', 'paused', 'sent', 'cancelled'] as const) {
      expect(waitsUntilOf({ ...ordinary, status }, NIGHT, night)).toBeNull();
    }
  });

  it('judges a scheduled one at its send time', () => {
    const afternoon = fromVietnamWallClock(2026, 12, 2, 14);
    const tonight = fromVietnamWallClock(2026, 12, 2, 22, 30);
    expect(waitsUntilOf({ ...ordinary, status: 'scheduled', sendAt: tonight }, NIGHT, afternoon)).toEqual(morning);
    const tomorrowNoon = fromVietnamWallClock(2026, 12, 3, 12);
    expect(waitsUntilOf({ ...ordinary, status: 'scheduled', sendAt: tomorrowNoon }, NIGHT, night)).toBeNull();
  });
});

describe('an announcement as a citizen reads it', () => {
  const content = announcementContentSchema.parse({
    vi: {
      title: 'Cắt điện',
      text: 'Kính gửi {{ name }}: {{commune}} cắt điện sáng mai.',
      imageUrl: 'https://example.gov.vn/a.png',
      buttons: [
        { type: 'link', title: 'Chi tiết', url: 'https://example.gov.vn/' },
        { type: 'flow', title: 'Phản ánh', flow: 'feedback' },
      ],
    },
    en: { title: 'Power cut', text: 'Dear {{name}}: power cut in {{commune}} tomorrow morning.' },
  });

  const fallbacks = (language: 'vi' | 'en') =>
    language === 'vi' ? { name: 'anh/chị', commune: 'địa phương' } : { name: 'citizen', commune: 'your commune' };

  it('fills the placeholders in the citizen language, image first, buttons with the text', () => {
    expect(renderAnnouncement(content, { language: 'vi', name: 'Chị Lan', commune: 'Hòa Cường' }, fallbacks)).toEqual([
      { kind: 'image', imageUrl: 'https://example.gov.vn/a.png' },
      {
        kind: 'text',
        text: 'Cắt điện\n\nKính gửi Chị Lan: Hòa Cường cắt điện sáng mai.',
        buttons: [
          { title: 'Chi tiết', action: { type: 'url', url: 'https://example.gov.vn/' } },
          { title: 'Phản ánh', action: { type: 'query', payload: '#flow:feedback' } },
        ],
      },
    ]);
    expect(renderAnnouncement(content, { language: 'en', name: 'Lan', commune: 'Hoa Cuong' }, fallbacks)).toEqual([
      { kind: 'text', text: 'Power cut\n\nDear Lan: power cut in Hoa Cuong tomorrow morning.' },
    ]);
  });

  it.each([
    ['a Vietnamese speaker', 'vi', content, 'Kính gửi anh/chị: địa phương cắt điện sáng mai.'],
    ['an English speaker', 'en', content, 'Dear citizen: power cut in your commune tomorrow morning.'],
    // No English version: the Vietnamese one, its fill-ins in Vietnamese too (no "Kính gửi citizen").
    ['an English speaker without an English version', 'en', { vi: content.vi }, 'Kính gửi anh/chị: địa phương cắt'],
  ] as const)('fills what is not known of %s in the language of the version they read', (_who, language, c, text) => {
    const message = renderAnnouncement(c, { language, name: null, commune: null }, fallbacks).at(-1);
    expect(message?.kind === 'text' ? message.text : '').toContain(text);
  });

  it("puts the catalogue's commune name in the sentence: a lower-case unit word within it, a capital at its start", () => {
    const cut = announcementContentSchema.parse({
      vi: { title: 'Cắt nước', text: 'Người dân tại {{commune}} lưu ý. {{commune}} cắt nước sáng mai.' },
    });
    const message = renderAnnouncement(cut, { language: 'vi', name: null, commune: 'Phường Kinh Bắc' }, fallbacks);
    expect(message).toEqual([
      { kind: 'text', text: 'Cắt nước\n\nNgười dân tại phường Kinh Bắc lưu ý. Phường Kinh Bắc cắt nước sáng mai.' },
    ]);
  });

  it('refuses unknown placeholders and a sixth button', () => {
    expect(announcementContentSchema.safeParse({ vi: { title: 't', text: 'Chào {{ho_ten}}' } }).success).toBe(false);
    const button = { type: 'phone', title: 'Gọi', phone: '1022' };
    const six = { vi: { title: 't', text: 'x', buttons: Array.from({ length: 6 }, () => button) } };
    expect(announcementContentSchema.safeParse(six).success).toBe(false);
  });
});

describe("an announcement's links and image", () => {
  const withLink = (url: string) => ({ vi: { title: 't', text: 'x', buttons: [{ type: 'link', title: 'Xem', url }] } });
  const withImage = (imageUrl: string) => ({ vi: { title: 't', text: 'x', imageUrl } });

  it('takes web addresses only from officials (the citizen taps the link, Zalo fetches the image)', () => {
    for (const url of ['https://dichvucong.gov.vn/', 'http://example.gov.vn/a?b=c']) {
      expect(announcementContentInputSchema.safeParse(withLink(url)).success, url).toBe(true);
      expect(announcementContentInputSchema.safeParse(withImage(url)).success, url).toBe(true);
    }
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.gov.vn/a']) {
      expect(announcementContentInputSchema.safeParse(withLink(url)).success, url).toBe(false);
      expect(announcementContentInputSchema.safeParse(withImage(url)).success, url).toBe(false);
      // Stored before the rule, such an announcement still reads (its list and page load, its author can fix it).
      expect(announcementContentSchema.safeParse(withLink(url)).success, url).toBe(true);
    }
  });
});
