import { describe, expect, it } from 'vitest';
import { parseDate, parseDossierCode, parseNumber, parsePhone, parseTaxCode, parseYesNo } from './parse-input.js';

describe('parseDossierCode', () => {
  it.each([
    ['000.00.15.H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['000.00.15.h02-221205-0001', '000.00.15.H02-221205-0001'],
    ['  000.00.15.H02 221205 0001 ', '000.00.15.H02-221205-0001'],
    ['000.00.15.H02 - 221205 - 0001', '000.00.15.H02-221205-0001'],
    ['0000015H02-221205-0001', '000.00.15.H02-221205-0001'],
    ['0000015h02 221205 0001', '000.00.15.H02-221205-0001'],
    ['H02.22.1-240101-1234', 'H02.22.1-240101-1234'],
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

describe('parsePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['(+84) 386-123-456', '0386123456'],
  ])('normalises %s', (input, expected) => {
    expect(parsePhone(input)).toBe(expected);
  });
  it.each(['091234567', '02223123456', '0112345678', 'không có'])('rejects %s', (input) => {
    expect(parsePhone(input)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['05/12/2022', '2022-12-05'],
    ['5/12/2022', '2022-12-05'],
    ['05-12-2022', '2022-12-05'],
    ['5.12.22', '2022-12-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
  it.each(['31/02/2022', '2022-12-05', '12/2022', 'hôm nay'])('rejects %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseNumber and parseYesNo', () => {
  it('reads Vietnamese and plain number formats', () => {
    expect(parseNumber('1.500.000')).toBe(1_500_000);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('1,500,000')).toBe(1_500_000);
    expect(parseNumber('hai')).toBeNull();
  });
  it('reads yes and no with or without diacritics', () => {
    expect(parseYesNo('Có')).toBe(true);
    expect(parseYesNo('vâng')).toBe(true);
    expect(parseYesNo('đồng ý')).toBe(true);
    expect(parseYesNo('Không')).toBe(false);
    expect(parseYesNo('ko')).toBe(false);
    expect(parseYesNo('có lẽ')).toBeNull();
  });
});
