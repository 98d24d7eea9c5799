import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json' with { type: 'json' };
import vi from '../locales/vi.json' with { type: 'json' };
import { flowProblemText } from './flow-problem-text.js';

async function translator(lng: 'vi' | 'en') {
  const i18n = createInstance();
  await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng });
  return i18n.t;
}

describe("a flow problem's text", () => {
  it("says what is wrong in the UI's language from the problem's code and params, not the server's English", async () => {
    const vn = await translator('vi');
    const missing = {
      kind: 'missing_template',
      code: 'template_missing',
      params: { key: 'core:help.nowhere', language: 'en' },
      step: 'orphan',
      message: 'template "core:help.nowhere" is missing in en',
    };
    expect(flowProblemText(vn, missing)).toBe(
      'Thiếu câu trả lời (mẫu tin nhắn) (bước orphan): thiếu câu "core:help.nowhere" bằng tiếng Anh',
    );
    expect(flowProblemText(await translator('en'), missing)).toBe(
      'Missing answer text (template) (step orphan): the text "core:help.nowhere" is missing in English',
    );
    const unreachable = {
      kind: 'unreachable_step',
      code: 'step_unreachable',
      params: { start: 'start' },
      step: 'orphan',
      message: 'no step leads here from "start"',
    };
    expect(flowProblemText(vn, unreachable)).toContain('không bước nào dẫn tới đây từ bước bắt đầu "start"');
    const payload = {
      kind: 'unknown_payload',
      code: 'payload_unanswered',
      params: { payload: '#feedback', in: 'template', key: 'common:menu', language: 'vi' },
      message: 'template common:menu (vi) sends "#feedback", which no flow trigger answers',
    };
    expect(flowProblemText(vn, payload)).toContain('câu "common:menu" (tiếng Việt) có nút gửi "#feedback"');
    const placeholder = {
      kind: 'unknown_placeholder',
      code: 'placeholder_unfilled',
      params: { placeholder: 'bogus', key: 'core:help.contact', language: 'vi' },
      message: '{{bogus}} in "core:help.contact" (vi) is filled by nothing: citizens would read it as typed',
    };
    expect(flowProblemText(vn, placeholder)).toContain('chỗ điền {{bogus}} trong "core:help.contact" (tiếng Việt)');
  });

  it("says a YAML syntax error by its code and line, and the library's words only for a code it does not know", async () => {
    const vn = await translator('vi');
    const syntax = (error: string) => ({
      kind: 'syntax',
      code: 'yaml_syntax',
      params: { error, line: 4, col: 3, detail: 'Map keys must be unique' },
      message: 'Map keys must be unique',
    });
    expect(flowProblemText(vn, syntax('DUPLICATE_KEY'))).toBe(
      'Sai cú pháp YAML: dòng 4: một trường được viết hai lần; mỗi trường chỉ được có một lần',
    );
    expect(flowProblemText(vn, syntax('SOMETHING_NEW'))).toBe(
      'Sai cú pháp YAML: dòng 4, cột 3: Map keys must be unique',
    );
  });

  it("keeps the server's words for a code it does not know yet, and structure problems by their issue", async () => {
    const vn = await translator('vi');
    expect(flowProblemText(vn, { kind: 'schema', code: 'brand_new', params: {}, message: 'something new' })).toBe(
      'Sai cấu trúc: something new',
    );
    const structure = {
      kind: 'schema',
      code: 'structure',
      params: {},
      path: 'steps.bogus.type',
      issue: { code: 'unknown_type' as const, options: ['say', 'ask'] },
      message: 'steps.bogus.type: Invalid discriminator value',
    };
    expect(flowProblemText(vn, structure)).toBe(
      'Sai cấu trúc: steps › bogus › type: loại bước không tồn tại; chỉ dùng được: say, ask',
    );
  });

  it('calls a trigger a trigger, counts list items from 1 and says the line the editor found', async () => {
    const vn = await translator('vi');
    const trigger = {
      kind: 'schema',
      code: 'structure',
      params: {},
      path: 'triggers.2.type',
      issue: { code: 'unknown_type' as const, options: ['keywords', 'regex'] },
      message: 'triggers.2.type: Invalid input',
    };
    expect(flowProblemText(vn, trigger, { line: 14 })).toBe(
      'Sai cấu trúc (dòng 14): triggers › mục 3 › type: loại điều kiện kích hoạt (trigger) không tồn tại; ' +
        'chỉ dùng được: keywords, regex',
    );
    expect(flowProblemText(await translator('en'), trigger)).toBe(
      'Wrong structure: triggers › item 3 › type: no such trigger type; use one of: keywords, regex',
    );
    const regex = {
      kind: 'invalid_regex',
      code: 'regex_invalid',
      params: { pattern: '([a-z', trigger: 2 },
      message: 'trigger 2: pattern "([a-z" is not a valid regular expression',
    };
    expect(flowProblemText(vn, regex)).toContain(
      'mẫu "([a-z" của điều kiện kích hoạt (trigger) thứ 2 không phải biểu thức chính quy hợp lệ',
    );
    const step = { kind: 'unreachable_step', code: 'step_unreachable', params: { start: 's' }, step: 'x', message: '' };
    expect(flowProblemText(vn, step, { line: 7 })).toContain('(bước x, dòng 7): ');
  });
});
