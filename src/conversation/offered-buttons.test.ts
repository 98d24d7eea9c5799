import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { offeredButtonsOf, pickOfferedButton, tapsShownIn, type OfferedButton } from './offered-buttons.js';
import { createTemplateRenderer } from './template-renderer.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const shipped = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });
const noWords = { words: () => [] };

const MENU: OfferedButton[] = [
  { title: 'Tra cứu hồ sơ', payload: '#dossier' },
  { title: 'Hồ sơ của tôi', payload: '#my_dossiers' },
  { title: 'Thủ tục hành chính', payload: '#procedure' },
  { title: 'Phản ánh, kiến nghị', payload: '#feedback' },
  { title: 'Liên hệ, trợ giúp', payload: '#help' },
];
const pick = (text: string, offered: OfferedButton[] = MENU) => pickOfferedButton(text, offered, shipped)?.payload;

describe('a typed reply picks an offered button', () => {
  it.each<[string, string]>([
    ['1', '#dossier'],
    ['2', '#my_dossiers'],
    ['2.', '#my_dossiers'],
    ['số 2', '#my_dossiers'],
    ['so 3 a', '#procedure'],
    ['cái thứ hai', '#my_dossiers'],
    ['thứ nhất', '#dossier'],
    ['cái đầu tiên', '#dossier'],
    ['chọn số 4', '#feedback'],
    ['cuối', '#help'],
    ['cái cuối cùng', '#help'],
    ['the second', '#my_dossiers'],
    ['the second one', '#my_dossiers'],
    ['third', '#procedure'],
    ['last', '#help'],
    ['one', '#dossier'],
    // Labels without marks, in Telex, with a typo, after "chọn".
    ['tra cuu ho so', '#dossier'],
    ['thu tuc hanh chinh', '#procedure'],
    ['tra cuws hoof sow', '#dossier'],
    ['phan anh kien ngi', '#feedback'],
    ['chọn hồ sơ của tôi', '#my_dossiers'],
  ])('"%s" → %s', (text, payload) => {
    expect(pick(text)).toBe(payload);
  });

  it.each<[string]>([
    // Beyond the buttons shown, another subject, a payload, a word inside a longer sentence.
    ['6'],
    ['0'],
    ['giá vàng hôm nay'],
    ['#dossier'],
    ['tôi muốn hỏi về thủ tục hành chính'],
    ['hồ sơ'],
    [''],
  ])('"%s" picks nothing', (text) => {
    expect(pick(text)).toBeUndefined();
  });

  it('picks a long label by its beginning only when one button starts so', () => {
    const procedures: OfferedButton[] = [
      { title: 'Thủ tục đăng ký khai sinh', payload: '#procedure_detail 1.001193' },
      {
        title: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi',
        payload: '#procedure_detail 1.000775',
      },
    ];
    expect(pick('đăng ký khai sinh kết hợp', procedures)).toBe('#procedure_detail 1.000775');
    expect(pick('thu tuc dang ky khai sinh', procedures)).toBe('#procedure_detail 1.001193');
    expect(pick('đăng ký', procedures)).toBeUndefined();
    const twins: OfferedButton[] = [
      { title: 'Theo dõi hồ sơ A', payload: '#a' },
      { title: 'Theo dõi hồ sơ B', payload: '#b' },
    ];
    expect(pick('theo dõi hồ sơ', twins)).toBeUndefined();
  });

  it('never picks a link button, but counts it in the positions shown', () => {
    const offered: OfferedButton[] = [{ title: 'Nộp hồ sơ trực tuyến' }, { title: 'Danh mục', payload: '#menu' }];
    expect(pick('1', offered)).toBeUndefined();
    expect(pick('nop ho so truc tuyen', offered)).toBeUndefined();
    expect(pick('2', offered)).toBe('#menu');
  });

  it('understands digits without any word list; position words come from words:position', () => {
    expect(pickOfferedButton('2', MENU, noWords)?.payload).toBe('#my_dossiers');
    expect(pickOfferedButton('cái thứ hai', MENU, noWords)).toBeNull();
    expect(pickOfferedButton('1', undefined, shipped)).toBeNull();
  });
});

describe("below a list built from data, positions are the list's", () => {
  const dossiers = ['A', 'B', 'C', 'D'].map((code) => ({
    title: code,
    payload: `#dossier ${code}`,
    item: true as const,
  }));
  const offered: OfferedButton[] = [...dossiers, { title: 'Danh mục', payload: '#menu' }];

  it.each<[string, string | undefined]>([
    ['1', '#dossier A'],
    ['số 4', '#dossier D'],
    // The last item, not the menu after the list.
    ['cái cuối', '#dossier D'],
    ['last', '#dossier D'],
    // Only four items: a fifth is none of them, nor the menu.
    ['5', undefined],
    // The menu by its label.
    ['danh muc', '#menu'],
  ])('"%s" → %s', (text, payload) => {
    expect(pick(text, offered)).toBe(payload);
  });

  it('marks the buttons of the list as its items', () => {
    const button = (title: string, payload: string) => ({ title, action: { type: 'query' as const, payload } });
    const message = {
      kind: 'text' as const,
      text: 'Hồ sơ của anh/chị',
      buttons: [button('A', '#dossier A'), button('Danh mục', '#menu')],
    };
    expect(offeredButtonsOf([message], new Set(['#dossier A']))).toEqual([
      { title: 'A', payload: '#dossier A', item: true },
      { title: 'Danh mục', payload: '#menu' },
    ]);
  });
});

describe('labels only (buttons shown below a list, whose numbers are the list’s)', () => {
  it('a number or a position word picks nothing; a label typed loosely still does', () => {
    const only = (text: string) => pickOfferedButton(text, MENU, shipped, { labelsOnly: true })?.payload;
    expect([only('2'), only('số 2'), only('cuối')]).toEqual([undefined, undefined, undefined]);
    expect(only('tra cuu ho so')).toBe('#dossier');
  });
});

describe('the buttons a turn offers', () => {
  it('are those of its last text message, links kept in their place; a last text without buttons offers none', () => {
    const a = {
      kind: 'text' as const,
      text: 'a',
      buttons: [{ title: 'A', action: { type: 'query' as const, payload: '#a' } }],
    };
    expect(
      offeredButtonsOf([
        a,
        {
          kind: 'text',
          text: 'b',
          buttons: [
            { title: 'Web', action: { type: 'url', url: 'https://example.org' } },
            { title: 'B', action: { type: 'query', payload: '#b' } },
          ],
        },
        { kind: 'request_user_info', title: 'Chia sẻ', subtitle: 'số điện thoại' },
      ]),
    ).toEqual([{ title: 'Web' }, { title: 'B', payload: '#b' }]);
    expect(offeredButtonsOf([a, { kind: 'text', text: 'a question without buttons' }])).toBeNull();
  });

  it('show taps carrying a value: the buttons of every text message whose payload has an argument, in order', () => {
    expect(
      tapsShownIn([
        {
          kind: 'text',
          text: 'Hồ sơ …',
          buttons: [
            {
              title: 'Theo dõi hồ sơ',
              action: { type: 'query', payload: '#follow_dossier 000.00.15.H02-221205-0001' },
            },
            { title: 'Danh mục', action: { type: 'query', payload: '#menu' } },
            { title: 'Web', action: { type: 'url', url: 'https://example.org' } },
          ],
        },
        { kind: 'request_user_info', title: 'Chia sẻ', subtitle: 'số điện thoại' },
        {
          kind: 'text',
          text: 'Anh/chị còn phản ánh đang viết dở…',
          buttons: [{ title: 'Tiếp tục', action: { type: 'query', payload: '#resume' } }],
        },
      ]),
    ).toEqual(['#follow_dossier 000.00.15.H02-221205-0001']);
  });
});
