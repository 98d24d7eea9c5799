import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client';
import en from '../locales/en.json' with { type: 'json' };
import vi from '../locales/vi.json' with { type: 'json' };
import { fieldProblemMessage, invalidFields } from './problem-message';

async function translator(lng: 'vi' | 'en') {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng });
  return i18n.t;
}

/** An INVALID_INPUT answer as the server sends it (`convertIssueToFieldProblem`). */
const refused = (errors: unknown[]) =>
  new ApiProblem(400, { type: 'x', title: 'The request is not valid', status: 400, code: 'INVALID_INPUT', errors });

describe("a refused field's message", () => {
  it("says what is wrong in the UI's language, never the server's English", async () => {
    const problems = invalidFields(
      refused([
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
      ]),
    );
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

  it('finds no fields in other problems', () => {
    expect(invalidFields(new Error('network'))).toEqual([]);
    expect(invalidFields(refused(['not an object']))).toEqual([]);
  });
});
