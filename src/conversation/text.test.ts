import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { foldTelex, foldText, matchesAnyKeyword, sameToneStyle, scoreKeyword, withinOneEdit } from './text.js';

describe('foldText', () => {
  it('removes case, diacritics, đ, punctuation and extra spaces', () => {
    expect(foldText('  Tra cứu   HỒ SƠ! ')).toBe('tra cuu ho so');
    expect(foldText('Đăng ký')).toBe('dang ky');
    // Decomposed input (NFD, as some keyboards send it) folds the same.
    expect(foldText('Tra cứu hồ sơ'.normalize('NFD'))).toBe('tra cuu ho so');
  });
  it('folds letters of other scripts, marks it keeps and odd spaces as the full folding does', () => {
    // Latin and Vietnamese letters fold one at a time; anything else takes the whole folding (NFC first).
    expect(foldText('ĐƯỜNG—Phố\u00a0\tSố 5…')).toBe('duong pho so 5');
    expect(foldText('İstanbul Ǆ ß')).toBe('istanbul ǆ ß');
    expect(foldText('中文 hồ sơ')).toBe('中文 ho so');
    expect(foldText('e\u0301 ho\u0302\u0300')).toBe('e ho');
    expect(foldText('mã #12.3-4 ')).toBe('ma #12.3-4');
    expect(foldText(' !? ')).toBe('');
  });
  it('folds Telex leftovers', () => {
    // Words without any leftover are as typed.
    expect(foldTelex('ban do hanh chinh thu tuc')).toBe('ban do hanh chinh thu tuc');
    expect(foldTelex('tra cuws hoof sow')).toBe('tra cu ho so');
    expect(foldTelex('ddawng kys')).toBe('dang ky');
    // Tone keys after the final consonant, or between the vowel and it.
    expect(foldTelex('thur tucj tinhf keets kieerm')).toBe('thu tuc tinh ket kiem');
    // The "w" typed after the vowel pair it marks.
    expect(foldTelex('guiwr nguoiwf')).toBe('gui nguoi');
  });
});

describe('sameToneStyle', () => {
  it('puts the tone mark of a final "oa", "oe", "uy" on its first vowel, whichever way it was typed', () => {
    expect(sameToneStyle('xoá hết')).toBe('xóa hết');
    expect(sameToneStyle('hoà bình, thuỷ lợi, khoẻ')).toBe('hòa bình, thủy lợi, khỏe');
    expect(sameToneStyle('xóa')).toBe('xóa');
    // "qu" is a consonant; a vowel pair followed by a consonant keeps its mark; other pairs are untouched.
    expect(sameToneStyle('quý hoàng của thuê')).toBe('quý hoàng của thuê');
  });
});

describe('scoreKeyword', () => {
  it('ranks exact above contained above one typo, and ignores typos in short keywords', () => {
    expect(scoreKeyword('tra cuu ho so', 'tra cuu ho so')).toBe(3);
    expect(scoreKeyword('toi muon tra cuu ho so', 'tra cuu ho so')).toBe(2);
    expect(scoreKeyword('tra cuu ho sp', 'tra cuu ho so')).toBe(1);
    expect(scoreKeyword('toi can tra cu ho so a', 'tra cuu ho so')).toBe(1);
    expect(scoreKeyword('huyy', 'huy')).toBe(0);
    expect(scoreKeyword('thu tuc', 'tra cuu ho so')).toBe(0);
  });
  it('withinOneEdit agrees with the edit distance', () => {
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'abd',
      'xabc',
      'abcx',
      'axbc',
      'ac',
      'bc',
      'tra cuu',
      'tra cu',
      'tr cuu',
    ];
    for (const a of words) for (const b of words) expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(distance(a, b) <= 1);
  });
  it('matchesAnyKeyword folds both sides', () => {
    expect(matchesAnyKeyword('Tôi muốn TRA CỨU hồ sơ', ['tra cứu hồ sơ'])).toBe(true);
    expect(matchesAnyKeyword('thủ tục', ['tra cứu hồ sơ'])).toBe(false);
  });
});
