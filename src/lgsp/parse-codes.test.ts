import { describe, expect, it } from 'vitest';
import { parseDossierCode, parseTaxCode } from './parse-codes.js';

describe('parseDossierCode', () => {
  it.each([
    ['000.00.15.H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['000.00.15.h02-221205-0001', '000.00.15.H02-221205-0001'],
    ['  000.00.15.H02 221205 0001 ', '000.00.15.H02-221205-0001'],
    ['000.00.15.H02 - 221205 - 0001', '000.00.15.H02-221205-0001'],
    ['0000015H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['0000015h02 221205 0001', '000.00.15.H02-221205-0001'],
    ['H02.22.1-240101-1234', 'H02.22.1-240101-1234'],
    // One separator typed throughout: spaces, or dots.
    ['000 00 15 h02 221205 0001', '000.00.15.H02-221205-0001'],
    ['000.00.15.h02.221205.0001', '000.00.15.H02-221205-0001'],
    ['000.00.15.H02.221205-0001', '000.00.15.H02-221205-0001'],
    // The agency code's separators typed for some groups only.
    ['00000 15 H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['000.00 15h02 221205 0001', '000.00.15.H02-221205-0001'],
  ])('accepts %s', (input, expected) => {
    expect(parseDossierCode(input)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    '000.00.15.H02-221305-0001',
    '000.00.15.H02-221205-001',
    '000.00.15.H02-2212050-0001',
    '00015H02-221205-0001',
    '000 00 15 02 221205 0001',
    '00 00 15 h02 221205 0001',
    '0000 15 h02 221205 0001',
  ])('rejects %s', (input) => {
    expect(parseDossierCode(input)).toBeNull();
  });
});

describe('parseTaxCode', () => {
  it.each([
    ['0100109106', '0100109106'],
    ['0100109106-001', '0100109106-001'],
    ['0100109106001', '0100109106-001'],
    ['0100 109 106', '0100109106'],
  ])('accepts %s', (input, expected) => {
    expect(parseTaxCode(input)).toBe(expected);
  });
  it.each(['0100109107', '010010910', '0100109106-000', '01001091061', 'abcdefghij'])(
    'rejects %s (check digit or shape)',
    (input) => {
      expect(parseTaxCode(input)).toBeNull();
    },
  );
});
