import { describe, expect, it } from 'vitest';
import { communeCode, communeLabel, topicCode, topicLabel, topicName } from './audience-names.js';

describe("an audience's names", () => {
  const topics = [
    { code: 'giao-thong', vi: 'Giao thông', en: 'Traffic' },
    { code: 'y-te', vi: 'Y tế' },
  ];

  it("shows a topic's name in the UI's language, Vietnamese without an English one, the code once removed", () => {
    expect(topicName(topics, 'giao-thong', 'vi')).toBe('Giao thông');
    expect(topicName(topics, 'giao-thong', 'en')).toBe('Traffic');
    expect(topicName(topics, 'y-te', 'en')).toBe('Y tế');
    expect(topicName(topics, 'da-xoa', 'vi')).toBe('da-xoa');
    expect(topicName(undefined, 'giao-thong', 'vi')).toBe('giao-thong');
  });

  it('shows a topic in the picker as "name (code)" and takes back its code from that, a name or the code', () => {
    expect(topicLabel(topics, 'giao-thong', 'vi')).toBe('Giao thông (giao-thong)');
    expect(topicLabel(topics, 'giao-thong', 'en')).toBe('Traffic (giao-thong)');
    expect(topicLabel(topics, 'khong-ton-tai', 'vi')).toBe('khong-ton-tai');
    expect(topicLabel(undefined, 'y-te', 'vi')).toBe('y-te');
    expect(topicCode(topics, 'Giao thông (giao-thong)')).toBe('giao-thong');
    expect(topicCode(topics, ' giao THÔNG ')).toBe('giao-thong');
    expect(topicCode(topics, 'traffic')).toBe('giao-thong');
    expect(topicCode(topics, 'y-te')).toBe('y-te');
    expect(topicCode(undefined, 'y-te')).toBe('y-te');
  });

  const communes = [
    { code: '07103', name: 'Phường Kinh Bắc' },
    { code: '07109', name: 'Phường Võ Cường' },
  ];

  it('shows a commune as "name (code)" and takes back its code from that, its name or the code itself', () => {
    expect(communeLabel(communes, '07103')).toBe('Phường Kinh Bắc (07103)');
    expect(communeLabel(communes, 'x')).toBe('x');
    expect(communeLabel(undefined, '07103')).toBe('07103');
    expect(communeCode(communes, 'Phường Kinh Bắc (07103)')).toBe('07103');
    expect(communeCode(communes, ' phường võ cường ')).toBe('07109');
    expect(communeCode(communes, '07103')).toBe('07103');
    expect(communeCode(communes, 'x')).toBe('x');
    expect(communeCode(undefined, '07103')).toBe('07103');
  });
});
