import { describe, expect, it } from 'vitest';
import { flattenTemplates, placeholdersOf, withText, type TemplateTree } from './template-tree.js';

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

  it('list the placeholders a text fills in', () => {
    expect(placeholdersOf('{{b}} và {{ a }} rồi {{b}}')).toEqual(['a', 'b']);
    expect(placeholdersOf('không có')).toEqual([]);
  });
});
