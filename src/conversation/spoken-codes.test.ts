import { describe, expect, it } from 'vitest';
import { isWhiteSpace, writeSpokenCodes } from './spoken-codes.js';

describe('codes said aloud, written down', () => {
  it.each([
    [
      'không không không chấm không không chấm mười lăm chấm hát không hai gạch ngang hai hai một hai không năm gạch ngang không không không một',
      '000.00.15.H02-221205-0001',
    ],
    [
      'không không không chấm không không chấm hai mươi bốn chấm hắt bốn chín gạch ngang hai năm một một một chín gạch ngang không không bảy ba',
      '000.00.24.H49-251119-0073',
    ],
    // Digits typed between the words, a letter apart from its digits.
    ['000 chấm 00 chấm 12 chấm h 54 gạch ngang 260118 gạch ngang 0236', '000.00.12.H54-260118-0236'],
    // A ticket number spelled: "pê a", "dét lờ".
    [
      'pê a gạch ngang dét lờ gạch ngang hai không hai sáu gạch ngang không không không một hai ba',
      'PA-ZL-2026-000123',
    ],
    // Without marks, as some typists write what they would say.
    ['khong chin mot hai ba bon nam sau bay tam', '0912345678'],
  ])('writes %s as %s', (spoken, written) => {
    expect(writeSpokenCodes(spoken)).toBe(written);
  });

  it('writes the code down inside a sentence and leaves the other words as typed', () => {
    expect(writeSpokenCodes('Số điện thoại của tôi là không chín tám ba bốn năm sáu bảy tám chín nhé')).toBe(
      'Số điện thoại của tôi là 0983456789 nhé',
    );
  });

  it('leaves a sentence with fewer than three number words alone', () => {
    for (const text of ['tôi có hai ba người con', 'năm nay ba mẹ tôi khỏe', 'hồ sơ 000.00.15.H02-221205-0001'])
      expect(writeSpokenCodes(text)).toBe(text);
  });

  it('reads no word as a number but the number words (names an object has are none)', () => {
    for (const text of ['gửi constructor hai ba', 'một hai __proto__ ba']) expect(writeSpokenCodes(text)).toBe(text);
  });

  it('tells white space as a pattern does, every character of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1)
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('reads runs across any white space, and a run of three number words among other words', () => {
    expect(writeSpokenCodes('mã\u00a0không\tchín\u3000một hai')).toBe('mã\u00a00912');
    expect(writeSpokenCodes('tôi có hai ba người con, năm nay ba tuổi')).toBe(
      'tôi có hai ba người con, năm nay ba tuổi',
    );
  });
});
