import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from './template-renderer.js';
import { readTypedRating } from './typed-rating.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const shipped = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });
const noWords = { words: () => [] };

describe('a rating typed instead of tapped', () => {
  it.each<[string, number]>([
    ['5', 5],
    ['1', 1],
    [' 4. ', 4],
    ['5 sao', 5],
    ['4 điểm', 4],
    ['3 diem', 3],
    ['5/5', 5],
    ['4 / 5', 4],
    ['2 trên 5', 2],
    ['số 4 ạ', 4],
    ['tôi chọn 5', 5],
    ['3 stars', 3],
    ['5 out of 5', 5],
    ['4 points', 4],
    ['Rất hài lòng!', 5],
    ['rat hai long', 5],
    ['hài lòng ạ', 4],
    ['không hài lòng', 2],
    ['rất không hài lòng', 1],
    ['bình thường', 3],
    ['tuyệt vời', 5],
    ['very satisfied', 5],
    ['Dissatisfied.', 2],
    ['neutral', 3],
  ])('%s is %i', (text, rating) => {
    expect(readTypedRating(text, shipped)).toBe(rating);
  });

  it.each([
    '0',
    '6',
    '10',
    '55',
    '5 giờ chiều',
    '5 phút nữa',
    'cảm ơn',
    'ok',
    'tôi hài lòng nhưng còn một việc',
    '#handoff_rate 5',
    '000.00.15.H02-221205-0001',
    '4 sao và 5 điểm',
    'sao',
    '',
  ])('%s is no rating', (text) => {
    expect(readTypedRating(text, shipped)).toBeNull();
  });

  it('reads a bare digit without any word list (a release that has none yet)', () => {
    expect(readTypedRating('5', noWords)).toBe(5);
    expect(readTypedRating('5/5', noWords)).toBe(5);
    expect(readTypedRating('rất hài lòng', noWords)).toBeNull();
  });
});
