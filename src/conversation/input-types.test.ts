import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LGSP_INPUT_TYPES } from '../lgsp/index.js';
import { BASIC_INPUT_TYPES, parseBasicInput } from './basic-input-types.js';
import { createInputTypeRegistry, defineInputType, defineTextInputType, type InputContext } from './input-types.js';
import { createTemplateRenderer } from './template-renderer.js';

const ctx: InputContext = {
  language: 'vi',
  previous: undefined,
  label: (key) => key,
  words: createTemplateRenderer({ resources: {} }),
};
const text = (value: string) => ({ kind: 'text' as const, text: value });

describe('input type registry', () => {
  const registry = createInputTypeRegistry([...BASIC_INPUT_TYPES, ...LGSP_INPUT_TYPES]);

  it("interprets a module's type with its parser, and names its invalid-answer template", () => {
    expect(registry.interpret({ type: 'tax_code' }, text('0100 109 106'), ctx)).toEqual({
      kind: 'value',
      value: '0100109106',
    });
    // Ten digits with a wrong check digit: refused, saying why; not a tax code's shape: the invalid-answer message.
    expect(registry.interpret({ type: 'tax_code' }, text('0100109107'), ctx)).toEqual({
      kind: 'invalid',
      template: 'lgsp:input.refused.tax_code_check_digit',
    });
    expect(registry.interpret({ type: 'tax_code' }, text('mst của em là 0100109107'), ctx)).toEqual({
      kind: 'invalid',
      template: 'lgsp:input.refused.tax_code_check_digit',
    });
    expect(registry.interpret({ type: 'tax_code' }, text('01001091'), ctx)).toEqual({ kind: 'invalid' });
    expect(registry.interpret({ type: 'dossier_code' }, text('000.99.99.H99-999999-9999'), ctx)).toEqual({
      kind: 'invalid',
      template: 'lgsp:input.refused.dossier_code',
    });
    expect(registry.invalidTemplate('dossier_code')).toBe('lgsp:input.invalid.dossier_code');
    expect(registry.invalidTemplate('phone')).toBe('common:input.invalid.phone');
  });

  it('finds a tax code or a phone number stuck to its name, not to any word', () => {
    const found = (value: string) =>
      Object.fromEntries([...registry.findEntities(value, ['tax_code', 'phone'])].map(([type, m]) => [type, m.value]));
    expect(found('tra giùm mst0100109106 với')).toEqual({ tax_code: '0100109106' });
    expect(found('MST0100109106-001')).toEqual({ tax_code: '0100109106-001' });
    expect(found('sđt0912345678 của em')).toEqual({ phone: '0912345678' });
    expect(found('SDT0912345678')).toEqual({ phone: '0912345678' });
    expect(found('stk0100109106 abc0912345678')).toEqual({});
  });

  it('finds a tax code typed in groups, whole, not from inside a longer run of groups', () => {
    const found = (value: string) =>
      Object.fromEntries([...registry.findEntities(value, ['tax_code', 'dossier_code'])].map(([t, m]) => [t, m.value]));
    expect(found('mst 0100 109 106 ạ')).toEqual({ tax_code: '0100109106' });
    expect(found('mst: 010.010.9106')).toEqual({ tax_code: '0100109106' });
    expect(found('hồ sơ 000.00.15.h02 221205 0001')).toEqual({ dossier_code: '000.00.15.H02-221205-0001' });
    expect(found('vay 10.000.000.000 đồng')).toEqual({});
    // A wrong check digit: refused, whole.
    const refused = registry.findRefused('ms thuế 4101 567 823', ['tax_code']).get('tax_code');
    expect(refused && { start: refused.start, end: refused.end }).toEqual({ start: 8, end: 20 });
  });

  it('finds a dossier code typed with its separators missing, mixed or replaced, as the lookup reads it', () => {
    const found = (value: string) =>
      Object.fromEntries(
        [...registry.findEntities(value, ['dossier_code', 'tax_code', 'phone'])].map(([t, m]) => [t, m.value]),
      );
    const code = { dossier_code: '000.00.15.H02-221205-0001' };
    expect(found('hồ sơ 0000015H02221205 0001 sao rồi')).toEqual(code);
    expect(found('hs 000.00.15H02.221205.0001 xong chưa')).toEqual(code);
    expect(found('mã 000.00.15.h02 2212050001 ạ')).toEqual(code);
    expect(found('000.00.15.H02-2212050001')).toEqual(code);
    expect(found('hồ sơ 000-00-15-H02-221205-0001 nằm ở đâu')).toEqual(code);
    // Another shape of agency code keeps its dots.
    expect(found('mã H29.22-240220-0031 coi giùm')).toEqual({ dossier_code: 'H29.22-240220-0031' });
    // A tax code or a phone number beside it is not part of it, nor taken for one.
    expect(found('hs 0000015H02221205 0001 mst 0100109106 sđt 0912 345 678')).toEqual({
      ...code,
      tax_code: '0100109106',
      phone: '0912345678',
    });
    expect(found('mst 0100109106-001, sđt 0912.345.678')).toEqual({ tax_code: '0100109106-001', phone: '0912345678' });
    expect(registry.interpret({ type: 'dossier_code' }, text('0000015H02221205 0001'), ctx)).toEqual({
      kind: 'value',
      value: '000.00.15.H02-221205-0001',
    });
  });

  it('understands an answer said aloud to a voice keyboard', () => {
    expect(
      registry.interpret({ type: 'tax_code' }, text('không một không không một không chín một không sáu'), ctx),
    ).toEqual({
      kind: 'value',
      value: '0100109106',
    });
    expect(
      registry.interpret(
        { type: 'dossier_code' },
        text(
          'mã là không không không chấm không không chấm mười lăm chấm hát không hai gạch ngang hai hai một hai không năm gạch ngang không không không một',
        ),
        ctx,
      ),
    ).toEqual({ kind: 'value', value: '000.00.15.H02-221205-0001' });
  });

  it('accepts every example a type documents', () => {
    for (const info of registry.list()) {
      if (['yes_no', 'choice'].includes(info.type)) continue; // need word lists and options
      const input = { type: info.type };
      for (const example of info.examples) {
        expect(registry.interpret(input, text(example), ctx).kind, `${info.type}: ${example}`).toBe('value');
      }
    }
  });

  it('checks options against the type, and treats an unknown type as an invalid answer', () => {
    expect(registry.check({ type: 'number', min: 1, integer: true })).toEqual([]);
    expect(registry.check({ type: 'number', minimum: 1 })).toEqual([expect.stringContaining('minimum')]);
    expect(registry.check({ type: 'dossier_code', length: 3 })).not.toEqual([]);
    expect(registry.check({ type: 'plate_number' })[0]).toMatch(/^input type "plate_number" is not registered/);
    expect(registry.interpret({ type: 'plate_number' }, text('29A-123.45'), ctx)).toEqual({ kind: 'invalid' });
  });

  it('refuses a type registered twice', () => {
    expect(() => createInputTypeRegistry([...BASIC_INPUT_TYPES, ...BASIC_INPUT_TYPES.slice(0, 1)])).toThrow(
      /registered twice/,
    );
  });

  it('lists every registered type in the schema editors use, with its options', () => {
    const schema = z.toJSONSchema(registry.inputSchema());
    const types = JSON.stringify(schema).match(/"const":"[a-z_]+"/g);
    expect(types).toEqual(
      [...BASIC_INPUT_TYPES, ...LGSP_INPUT_TYPES].map((definition) => `"const":"${definition.type}"`),
    );
    expect(registry.inputSchema().safeParse({ type: 'image', max: 3 }).success).toBe(true);
    expect(registry.inputSchema().safeParse({ type: 'tax_code', max: 3 }).success).toBe(false);
  });

  it('passes typed options to a module type defined with options', () => {
    const plate = defineInputType({
      type: 'plate_number',
      description: 'A vehicle plate',
      options: z.object({ province: z.string().optional() }),
      examples: ['29A-123.45'],
      interpret: (payload, options) =>
        payload.kind === 'text' && payload.text.startsWith(options.province ?? '')
          ? { kind: 'value', value: payload.text }
          : { kind: 'invalid' },
    });
    const withPlate = createInputTypeRegistry([...BASIC_INPUT_TYPES, plate]);
    expect(withPlate.interpret({ type: 'plate_number', province: '29' }, text('29A-123.45'), ctx).kind).toBe('value');
    expect(withPlate.interpret({ type: 'plate_number', province: '30' }, text('29A-123.45'), ctx).kind).toBe('invalid');
  });

  it('reads the options of the basic types the engine draws (choice buttons, contact card)', () => {
    expect(parseBasicInput({ type: 'choice', options: [{ value: 'a', label: 't:a' }] })).toMatchObject({
      type: 'choice',
      options: [{ value: 'a' }],
    });
    expect(parseBasicInput({ type: 'dossier_code' })).toBeNull();
  });

  it('defineTextInputType refuses non-text answers', () => {
    const code = defineTextInputType({ type: 'code', description: 'c', examples: [], parse: (t) => t });
    expect(code.interpret({ kind: 'location', latitude: 1, longitude: 2 }, {}, ctx)).toEqual({ kind: 'invalid' });
  });
});
