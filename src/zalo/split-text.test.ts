import { describe, expect, it } from 'vitest';
import { zaloMessageSchema } from './zalo-client.js';
import { splitText } from './split-text.js';

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('Xin chào!')).toEqual(['Xin chào!']);
  });

  it('cuts a 5,000-character text into 3 parts at sentence ends, losing nothing', () => {
    const sentence = 'Hồ sơ đã được tiếp nhận và đang xử lý. ';
    const text = sentence.repeat(200).slice(0, 5000);
    const parts = splitText(text);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000);
    }
    expect(parts.slice(0, -1).every((part) => part.endsWith('.'))).toBe(true);
    expect(parts.join(' ')).toBe(text.trim());
  });

  it('falls back to a word boundary, and cuts mid-word only when there is no space', () => {
    const words = 'thủ tục '.repeat(400).trim();
    const parts = splitText(words, 100);
    expect(parts.every((p) => p.length <= 100 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    expect(parts.join(' ')).toBe(words);
    expect(splitText('x'.repeat(250), 100)).toEqual(['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(50)]);
  });
});

describe('message length in characters', () => {
  it('accepts a part of 2,000 characters even when each is two UTF-16 units (emoji), and refuses 2,001', () => {
    const parts = splitText('🙂'.repeat(4500));
    expect(parts.map((part) => [...part].length)).toEqual([2000, 2000, 500]);
    for (const text of parts) expect(zaloMessageSchema.safeParse({ text }).success).toBe(true);
    expect(zaloMessageSchema.safeParse({ text: '🙂'.repeat(2001) }).success).toBe(false);
  });
});
