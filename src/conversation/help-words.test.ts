import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitHelpWords } from './help-words.js';
import { createTemplateRenderer } from './template-renderer.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const shipped = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });

describe('help words around a message', () => {
  it.each<[string, string]>([
    ['giúp em với, giá vàng hôm nay', 'giá vàng hôm nay'],
    ['giup em voi gia vang hom nay', 'gia vang hom nay'],
    ['giá vàng hôm nay, giúp em với', 'giá vàng hôm nay'],
    ['Hỗ trợ em thủ tục khai sinh', 'thủ tục khai sinh'],
    ['help me, gold price today', 'gold price today'],
    ['trợ giúp 000.00.15.H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['giúp em với', ''],
    ['làm ơn giúp tôi', ''],
  ])('"%s" → "%s"', (text, rest) => {
    expect(splitHelpWords(text, shipped)).toEqual({ rest });
  });

  it('leaves a message without help words at its ends alone', () => {
    expect(splitHelpWords('giá vàng hôm nay', shipped)).toBeNull();
    expect(splitHelpWords('tôi muốn được hỗ trợ làm căn cước ngay', shipped)).toBeNull();
    expect(splitHelpWords('giúp em với', { words: () => [] })).toBeNull();
  });
});
