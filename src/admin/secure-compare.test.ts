import { describe, expect, it } from 'vitest';
import { secureEquals, sha256Hex } from './secure-compare.js';

describe('secureEquals', () => {
  it('is true only for identical strings', () => {
    expect(secureEquals('abc', 'abc')).toBe(true);
    expect(secureEquals('abc', 'abd')).toBe(false);
    expect(secureEquals('abc', 'abcd')).toBe(false);
    expect(secureEquals('', 'abc')).toBe(false);
  });
});

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
