import { describe, expect, it } from 'vitest';
import { normalizeTaxCode } from './tax-code.js';

describe('normalizeTaxCode', () => {
  it('accepts codes whose check digit is right, with branches and spaces', () => {
    expect(normalizeTaxCode('0100109106')).toBe('0100109106');
    expect(normalizeTaxCode('0100109106-001')).toBe('0100109106-001');
    expect(normalizeTaxCode(' 0100 109 106 001 ')).toBe('0100109106-001');
  });

  it('refuses a wrong check digit or a wrong length', () => {
    expect(normalizeTaxCode('0100109107')).toBeNull();
    expect(normalizeTaxCode('010010910')).toBeNull();
    expect(normalizeTaxCode('0100109106-01')).toBeNull();
  });
});
