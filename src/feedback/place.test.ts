import { describe, expect, it } from 'vitest';
import { findCommune } from './place.js';

const communes = [
  { code: '07417', name: 'Xã Yên Phong', parentCode: '24' },
  { code: '07418', name: 'Xã Yên Trung', parentCode: '24' },
  { code: '07201', name: 'Phường Kinh Bắc', parentCode: '24' },
  { code: '07210', name: 'Phường Tam Sơn', parentCode: '24' },
  { code: '07302', name: 'Xã Tam Giang', parentCode: '24' },
  { code: '07303', name: 'Xã Tiên Du', parentCode: '24' },
  { code: '07304', name: 'Phường Tiền Phong', parentCode: '24' },
];

describe('findCommune', () => {
  it.each([
    ['xã Yên Phong', '07417'],
    ['xa yen phong', '07417'],
    ['Yên Phong', '07417'],
    ['thôn Đông, xã Yên Phong', '07417'],
    ['truoc cho, phuong kinh bac', '07201'],
    ['PHƯỜNG KINH BẮC', '07201'],
    ['yen phog', '07417'],
    ['tien phong', '07304'],
    ['tam son', '07210'],
  ])('"%s" → %s', (typed, code) => {
    expect(findCommune(typed, communes)?.code).toBe(code);
  });

  it.each(['tam', 'yen', 'xã Không Có Thật', '', 'x'])('"%s" names no one commune', (typed) => {
    expect(findCommune(typed, communes)).toBeNull();
  });
});
