import { describe, expect, it } from 'vitest';
import { findCategory } from './feedback-actions.js';
import { FEEDBACK_INPUT_TYPES } from './feedback-input-types.js';
import {
  formatTicketNumber,
  parseLgspFeedbackId,
  parseTicketInput,
  parseTicketNumber,
  parseTicketReference,
} from './ticket-number.js';
import { deriveExcerpt, deriveTitle } from './ticket-view.js';

describe('ticket numbers', () => {
  it('carry the year in Vietnam and a zero-padded serial', () => {
    // 31 Dec 2025 18:00 UTC is already 1 Jan 2026 in Vietnam.
    expect(formatTicketNumber(123, new Date('2025-12-31T18:00:00Z'))).toBe('PA-ZL-2026-000123');
    expect(formatTicketNumber(1_234_567, new Date('2026-06-01T00:00:00Z'))).toBe('PA-ZL-2026-1234567');
  });

  it('are understood however a citizen types them', () => {
    for (const typed of [
      'PA-ZL-2026-000123',
      'pa-zl-2026-123',
      'pa zl 2026 000123',
      'PAZL2026-123',
      ' pa.zl.2026.123 ',
    ])
      expect(parseTicketNumber(typed), typed).toBe('PA-ZL-2026-000123');
  });

  it('refuse what is not one', () => {
    for (const typed of ['PA-2026-004401', 'PA-ZL-26-1', 'PA-ZL-2026-0', 'phản ánh', '000.00.15.H02-221205-0001', ''])
      expect(parseTicketNumber(typed), typed).toBeNull();
  });
});

describe("the LGSP's ids of tickets", () => {
  it('are understood however a citizen types them', () => {
    for (const typed of ['PA-2026-004517', 'pa 2026 4517', 'pa-2026-004517', 'PA2026-4517', ' Pa.2026.004517 '])
      expect(parseLgspFeedbackId(typed), typed).toBe('PA-2026-004517');
  });

  it('are neither our numbers nor dossier codes', () => {
    for (const typed of [
      'PA-ZL-2026-004517',
      'pa zl 2026 4517',
      'PA-26-4517',
      'PA-2026-0',
      '000.00.15.H02-221205-0001',
    ])
      expect(parseLgspFeedbackId(typed), typed).toBeNull();
    expect(parseTicketReference('pa zl 2026 123')).toEqual({ kind: 'number', number: 'PA-ZL-2026-000123' });
    expect(parseTicketReference('pa 2026 123')).toEqual({ kind: 'lgsp', lgspId: 'PA-2026-000123' });
    expect(parseTicketReference('000.00.15.H02-221205-0001')).toBeNull();
    expect(parseTicketInput('PAZL 2026 7')).toBe('PA-ZL-2026-000007');
    expect(parseTicketInput('pa 2026 7')).toBe('PA-2026-000007');
    // The serial typed in groups of three.
    expect(parseTicketInput('pa zl 2026 000 431')).toBe('PA-ZL-2026-000431');
    expect(parseTicketInput('PA 2026 004.817')).toBe('PA-2026-004817');
  });

  it('are found inside a sentence as ticket numbers, our own form too, and dossier codes are not', () => {
    const ticketType = FEEDBACK_INPUT_TYPES.find((type) => type.type === 'ticket_number');
    const find = (text: string) => (ticketType?.find?.(text) ?? []).map((match) => match.value);
    expect(find('phản ánh pa 2026 4517 của tôi sao rồi')).toEqual(['PA-2026-004517']);
    expect(find('phản ánh PA-2026-004517 của tôi sao rồi')).toEqual(['PA-2026-004517']);
    expect(find('còn PA-ZL-2026-000123 thì sao')).toEqual(['PA-ZL-2026-000123']);
    expect(find('hồ sơ 000.00.15.H02-221205-0001 đến đâu rồi')).toEqual([]);
    expect(find('mã spa 2026 4517')).toEqual([]);
    // Pasted as printed, with its dashes, it may stick to the word before it; typed loosely it may not.
    expect(find('tra giúp phananhPA-2026-004517 với')).toEqual(['PA-2026-004517']);
    expect(find('maPA-ZL-2026-000123')).toEqual(['PA-ZL-2026-000123']);
    expect(find('sapa 2026 4517')).toEqual([]);
  });
});

describe('category answers', () => {
  const categories = [
    { code: 'HA_TANG_DO_THI', name: 'Hạ tầng, đô thị' },
    { code: 'MOI_TRUONG', name: 'Môi trường, vệ sinh' },
    { code: 'GIAO_THONG', name: 'Giao thông, trật tự an toàn giao thông' },
    { code: 'AN_NINH_TRAT_TU', name: 'An ninh, trật tự' },
  ];

  it('match a position, a code, a name or words of one name, with or without diacritics', () => {
    expect(findCategory('2', categories)?.code).toBe('MOI_TRUONG');
    expect(findCategory('moi_truong', categories)?.code).toBe('MOI_TRUONG');
    expect(findCategory('Hạ tầng, đô thị', categories)?.code).toBe('HA_TANG_DO_THI');
    expect(findCategory('giao thong', categories)?.code).toBe('GIAO_THONG');
  });

  it('match nothing when the words fit several categories or none, or the position is out of the list', () => {
    expect(findCategory('trật tự', categories)).toBeNull();
    expect(findCategory('đèn đường', categories)).toBeNull();
    expect(findCategory('9', categories)).toBeNull();
    expect(findCategory('  ', categories)).toBeNull();
  });
});

describe('ticket excerpts, which notices quote', () => {
  it('are a few words of the title cut at a word with an ellipsis; a short title whole', () => {
    const title = 'Ổ gà rất to giữa đường Lý Thái Tổ, trước số nhà 25, xe máy đã ngã hai lần trong tuần này.';
    expect(deriveExcerpt(title)).toBe('Ổ gà rất to giữa đường…');
    expect(deriveExcerpt('Đèn đường hỏng.')).toBe('Đèn đường hỏng.');
    expect(deriveExcerpt('Cống tắc, nước tràn lên mặt đường mỗi khi mưa')).toBe('Cống tắc, nước tràn lên mặt…');
    expect(deriveExcerpt('Rubbish piled up, behind the market since Monday')).toBe(
      'Rubbish piled up, behind the market…',
    );
    expect(deriveExcerpt('Nhà số 5, đường')).toBe('Nhà số 5, đường');
    expect(deriveExcerpt('Xem https://example.com/a-very-long-link-to-a-photo-of-the-problem')).toBe('Xem…');
  });
});

describe('ticket titles', () => {
  it('are the first sentence, cut near 100 characters at a word', () => {
    expect(deriveTitle('Đèn đường hỏng. Đã ba hôm nay không sáng.')).toBe('Đèn đường hỏng.');
    const long = deriveTitle(`${'rác thải '.repeat(30)}tồn đọng`);
    expect([...long].length).toBeLessThanOrEqual(101);
    expect(long.endsWith('…')).toBe(true);
  });
});
