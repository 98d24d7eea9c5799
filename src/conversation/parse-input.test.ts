import { describe, expect, it } from 'vitest';
import { parseDate, parseNumber, parsePhone } from './parse-input.js';

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

describe('parseNumber', () => {
  it('reads Vietnamese and plain number formats', () => {
    expect(parseNumber('1.500.000')).toBe(1_500_000);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('1,500,000')).toBe(1_500_000);
    expect(parseNumber('hai')).toBeNull();
  });
});
