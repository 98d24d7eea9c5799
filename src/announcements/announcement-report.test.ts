import { describe, expect, it } from 'vitest';
import { csvCell } from './announcement-report.js';

describe('a cell of the announcement report', () => {
  it.each([
    // Reasons can be Zalo's own words: one a spreadsheet would run as a formula is read as text.
    ['=HYPERLINK("http://evil.example","bấm")', `"'=HYPERLINK(""http://evil.example"",""bấm"")"`],
    ['+84 lỗi', "'+84 lỗi"],
    ['-1 quota', "'-1 quota"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // Ordinary values as they are.
    ['đã bỏ quan tâm', 'đã bỏ quan tâm'],
    ['06/12/2026 09:41:00', '06/12/2026 09:41:00'],
    ['a, b', '"a, b"'],
    ['user-blocked', 'user-blocked'],
    [null, ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
