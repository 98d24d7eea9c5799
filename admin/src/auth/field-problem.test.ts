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

  it('says what a hotline needs: a number the call button can dial', async () => {
    const [hotline] = parseFieldProblems([
      { path: 'hotline', message: 'expected one phone number to dial', issue: 'custom', reason: 'hotline' },
    ]);
    expect(fieldProblemMessage(await translator('vi'), hotline!)).toBe(
      'Cần một số điện thoại để nút gọi quay được (3 đến 15 chữ số), ví dụ 0222 3 822 222 hoặc 1900 1234.',
    );
    expect(fieldProblemMessage(await translator('en'), hotline!)).toBe(
      'A phone number the call button can dial (3 to 15 digits), e.g. 0222 3 822 222 or 1900 1234.',
    );
  });

  it('finds no fields in other details', () => {
    expect(parseFieldProblems({ retryAfterSeconds: 60 })).toEqual([]);
    expect(parseFieldProblems(['not an object'])).toEqual([]);
  });
});
