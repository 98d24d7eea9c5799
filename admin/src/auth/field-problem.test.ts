import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json' with { type: 'json' };
import vi from '../locales/vi.json' with { type: 'json' };
import { fieldProblemMessage, parseFieldProblems } from './field-problem.js';

async function translator(lng: 'vi' | 'en') {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng });
  return i18n.t;
}

describe("a refused field's message", () => {
  it("says what is wrong in the UI's language, never the server's English", async () => {
    // As the server sends them (`convertIssueToFieldProblem`).
    const problems = parseFieldProblems([
      {
        path: 'newPassword',
        message: 'Too small: expected string to have >=12 characters',
        issue: 'too_small',
        minimum: 12,
        origin: 'string',
      },
      { path: 'title', message: 'Too small', issue: 'too_small', minimum: 1, origin: 'string' },
      { path: 'content.vi.imageUrl', message: 'Invalid URL', issue: 'invalid_format', format: 'url' },
      { path: 'rules.1', message: 'repeats an earlier rule', issue: 'custom', reason: 'duplicate' },
      { path: 'audience.tags', message: 'Too big', issue: 'too_big', maximum: 20, origin: 'array' },
      { path: 'odd', message: 'something else', issue: 'invalid_union' },
    ]);
    const vn = await translator('vi');
    expect(problems.map((problem) => fieldProblemMessage(vn, problem))).toEqual([
      'Cần ít nhất 12 ký tự.',
      'Cần điền ô này.',
      'Cần một liên kết đầy đủ, ví dụ https://…',
      'Trùng với một dòng ở trên.',
      'Nhiều quá: tối đa 20 mục.',
      'Giá trị này chưa hợp lệ.',
    ]);
    const english = await translator('en');
    expect(fieldProblemMessage(english, problems[0]!)).toBe('At least 12 characters.');
  });

  it('finds no fields in other details', () => {
    expect(parseFieldProblems({ retryAfterSeconds: 60 })).toEqual([]);
    expect(parseFieldProblems(['not an object'])).toEqual([]);
  });
});
