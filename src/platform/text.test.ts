import { describe, expect, it } from 'vitest';
import { cleanText, hasUnstorableText, makeJsonStorable, makeStorable, truncateText } from './text.js';

describe('text from outside', () => {
  it('finds NUL and unpaired surrogates, not paired ones', () => {
    expect(hasUnstorableText('a\0b')).toBe(true);
    expect(hasUnstorableText('a\uD800b')).toBe(true);
    expect(hasUnstorableText('\uDC00')).toBe(true);
    expect(hasUnstorableText('hồ sơ 😀')).toBe(false);
  });

  it('makes a value storable with the least change', () => {
    expect(makeStorable('a\0b\uD800c\u0007')).toBe('ab\uFFFDc\u0007');
  });

  it('makes every string and key of a JSON value storable', () => {
    expect(makeJsonStorable({ 'k\0': ['a\0', { b: '\uD800' }], n: 1, z: null })).toEqual({
      k: ['a', { b: '\uFFFD' }],
      n: 1,
      z: null,
    });
  });

  it('cleans typed text: controls out, line breaks kept, lone surrogates replaced, NFC', () => {
    expect(cleanText('tra\0 cứu\u0007\r\nhồ\tsơ\u0085 \uDBFF😀')).toBe('tra cứu\nhồ\tsơ \uFFFD😀');
    // "ứ" as u + combining horn + combining acute becomes the one composed character.
    expect(cleanText('cu\u031B\u0301u')).toBe('cứu');
  });

  it('truncates by characters, never inside a surrogate pair', () => {
    expect(truncateText('😀😀😀', 2)).toBe('😀😀');
    expect(truncateText('abc', 5)).toBe('abc');
  });
});
