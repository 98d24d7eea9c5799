import { describe, expect, it } from 'vitest';
import {
  dataPlaceholdersOf,
  flattenTemplates,
  isWordListKey,
  placeholdersOf,
  withoutBlankEntries,
  withText,
  type TemplateTree,
} from './template-tree.js';

const TREE: TemplateTree = {
  help: {
    contact: { text: 'Gọi {{phone}}', buttons: [{ title: 'Gọi', phone: '0222' }] },
    menu: 'Xem danh mục',
  },
  bye: 'Tạm biệt {{ name }}',
};

describe('template trees', () => {
  it('flatten to dotted keys, messages by their text', () => {
    expect([...flattenTemplates(TREE)]).toEqual([
      ['help.contact', 'Gọi {{phone}}'],
      ['help.menu', 'Xem danh mục'],
      ['bye', 'Tạm biệt {{ name }}'],
    ]);
  });

  it('change a text in place, keeping a message its buttons, and create missing keys', () => {
    const changed = withText(withText(TREE, 'help.contact', 'Gọi ngay {{phone}}'), 'help.new.key', 'Mới');
    expect(changed.help).toEqual({
      contact: { text: 'Gọi ngay {{phone}}', buttons: [{ title: 'Gọi', phone: '0222' }] },
      menu: 'Xem danh mục',
      new: { key: 'Mới' },
    });
    expect(TREE.help).not.toHaveProperty('new');
  });

  it('keep a word list a list: one entry per line, edited in place, never turned into numbered keys', () => {
    const words: TemplateTree = { answer: { yes: ['có', 'ừ', 'ok'] }, hello: 'Chào' };
    expect(flattenTemplates(words).get('answer.yes')).toBe('có\nừ\nok');
    expect(isWordListKey(words, 'answer.yes')).toBe(true);
    expect(isWordListKey(words, 'hello')).toBe(false);
    const edited = withText(words, 'answer.yes', 'có\n\nđồng ý ');
    expect(edited.answer).toEqual({ yes: ['có', '', 'đồng ý '] });
    expect(withoutBlankEntries(edited)).toEqual({ answer: { yes: ['có', 'đồng ý'] }, hello: 'Chào' });
  });

  it("leave out the province's details and the form of address when comparing translations", () => {
    expect(
      dataPlaceholdersOf('{{You}} gọi {{province.hotline}} về hồ sơ {{code}}, {{province.officeHoursVi}}'),
    ).toEqual(['code']);
    expect(dataPlaceholdersOf('Call {{province.hotline}} about dossier {{code}}, {{province.officeHoursEn}}')).toEqual([
      'code',
    ]);
  });

  it('list the placeholders a text fills in', () => {
    expect(placeholdersOf('{{b}} và {{ a }} rồi {{b}}')).toEqual(['a', 'b']);
    expect(placeholdersOf('không có')).toEqual([]);
  });
});
