import { describe, expect, it } from 'vitest';
import { topicName } from './audience-names.js';

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
});
