import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createActionRegistry, defineAction } from './actions.js';
import { BASIC_INPUT_TYPES } from './basic-input-types.js';
import { createInputTypeRegistry, defineTextInputType } from './input-types.js';
import { createTemplateRenderer } from './template-renderer.js';
import { validateFlowDocument, validateFlows, type FlowProblemKind } from './validate-flow.js';
import { flowDefinitionSchema } from './flow-schema.js';
import { findUnansweredTemplatePayloads } from './validate-payloads.js';

const actions = createActionRegistry([
  defineAction({
    kind: 'read',
    name: 'demo.lookup',
    description: 'demo',
    args: z.object({ code: z.string(), lang: z.string().optional() }),
    run: () => Promise.resolve({ status: 'not_found' }),
  }),
]);
const templates = createTemplateRenderer({
  resources: {
    vi: { t: { a: 'A', b: 'B', only_vi: 'Chỉ VI' } },
    en: { t: { a: 'A', b: 'B' } },
  },
});
// A module's input type whose invalid-answer template exists in Vietnamese only.
const inputs = createInputTypeRegistry([
  ...BASIC_INPUT_TYPES,
  defineTextInputType({
    type: 'demo_code',
    description: 'demo',
    invalidTemplate: 't:only_vi',
    examples: ['D1'],
    parse: (text) => (/^D\d$/.test(text) ? text : null),
  }),
]);
const context = {
  actions,
  inputs,
  templates,
  languages: ['vi', 'en'] as const,
  flowIds: new Set(['demo', 'other']),
};

function kinds(yaml: string): FlowProblemKind[] {
  return validateFlowDocument(parseYaml(yaml), context).problems.map((p) => p.kind);
}

const header = 'id: demo\ntitle: Demo\nformat: 1\n';

describe('flow validation', () => {
  it('a correct flow has no problems', () => {
    expect(
      kinds(`${header}start: s
steps:
  s: { type: call, action: demo.lookup, args: { code: "{{x}}" }, on: { ok: done } }
  done: { type: say, template: "t:a", buttons: [{ title: "t:b", flow: other }] }`),
    ).toEqual([]);
  });

  it.each<[FlowProblemKind, string]>([
    ['schema', `${header}start: s\nsteps:\n  s: { type: shout, template: "t:a" }`],
    ['schema', `${header}start: s\nsteps:\n  s: { type: say, template: "no-namespace" }`],
    ['unknown_step', `${header}start: s\nsteps:\n  s: { type: say, template: "t:a", next: nowhere }`],
    ['unknown_step', `${header}start: missing\nsteps:\n  s: { type: say, template: "t:a" }`],
    [
      'unreachable_step',
      `${header}start: s\nsteps:\n  s: { type: say, template: "t:a" }\n  lost: { type: say, template: "t:b" }`,
    ],
    ['unknown_action', `${header}start: s\nsteps:\n  s: { type: call, action: demo.nope, on: {} }`],
    [
      'unknown_argument',
      `${header}start: s\nsteps:\n  s: { type: call, action: demo.lookup, args: { code: x, colour: red }, on: {} }`,
    ],
    [
      'missing_argument',
      `${header}start: s\nsteps:\n  s: { type: call, action: demo.lookup, args: { lang: vi }, on: {} }`,
    ],
    ['missing_template', `${header}start: s\nsteps:\n  s: { type: say, template: "t:only_vi" }`],
    ['missing_template', `${header}start: s\nsteps:\n  s: { type: say, template: "t:nothing" }`],
    [
      'too_many_buttons',
      `${header}start: s\nsteps:\n  s: { type: say, template: "t:a", buttons: [${Array.from({ length: 6 }, () => '{ title: "t:b", payload: "#x" }').join(', ')}] }`,
    ],
    [
      'too_many_buttons',
      `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: yes_no }, save: v, skip: {}, buttons: [{ title: "t:b", payload: "#x" }, { title: "t:b", payload: "#y" }, { title: "t:b", payload: "#z" }] }`,
    ],
    [
      'no_exit',
      `${header}start: s\nsteps:\n  s: { type: say, template: "t:a", next: t }\n  t: { type: goto, next: s }`,
    ],
    ['unknown_flow', `${header}start: s\nsteps:\n  s: { type: flow, flow: ghost }`],
    [
      'unknown_input_type',
      `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: ghost }, save: v }`,
    ],
    [
      'schema',
      `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: text, colour: red }, save: v }`,
    ],
    ['schema', `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: choice }, save: v }`],
    [
      'missing_template',
      `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: demo_code }, save: v }`,
    ],
    [
      'invalid_regex',
      `${header}triggers: [{ type: regex, pattern: "([a-z" }]\nstart: s\nsteps:\n  s: { type: say, template: "t:a" }`,
    ],
  ])('reports %s', (kind, yaml) => {
    expect(kinds(yaml)).toContain(kind);
  });

  describe('resumable: its question for photos and the steps it resumes through', () => {
    const steps = `start: what
steps:
  what: { type: ask, template: "t:a", input: { type: text }, save: what, next: photos }
  photos: { type: ask, template: "t:a", input: { type: image, max: 3 }, save: photos, next: count }
  count: { type: set, values: { n: 1 }, next: summary }
  summary: { type: ask, template: "t:b", input: { type: text }, save: ok }`;
    it.each<[string, string, FlowProblemKind[]]>([
      ['named rightly: no problem', 'photos: photos, resume_through: { summary: count }', []],
      ['photos a question for words', 'photos: what', ['unknown_step']],
      ['photos no step of the flow', 'photos: pictures', ['unknown_step']],
      ['resumed through a step that does not exist', 'resume_through: { summary: recount }', ['unknown_step']],
      ['resumed through at a step that is no question', 'resume_through: { count: what }', ['unknown_step']],
    ])('%s', (_name, resumable, expected) => {
      // The engine's invalid-answer texts are not among this test's templates.
      const problems = kinds(`${header}resumable: { name: "t:a", ${resumable} }\n${steps}`);
      expect(problems.filter((kind) => kind !== 'missing_template')).toEqual(expected);
    });
  });

  it('reports duplicate flow ids across a set, and names the step of each problem', () => {
    const flow = flowDefinitionSchema.parse(
      parseYaml(`${header}start: s\nsteps:\n  s: { type: say, template: "t:a", next: x }`),
    );
    const problems = validateFlows([flow, flow], { actions, inputs, templates, languages: ['vi', 'en'] });
    expect(problems.map((p) => p.kind)).toContain('duplicate_flow');
    expect(problems.find((p) => p.kind === 'unknown_step')).toMatchObject({ flowId: 'demo', step: 's' });
  });

  it('gives each problem a code and the values it names, for a screen to say it in its language', () => {
    const { problems } = validateFlowDocument(
      parseYaml(`${header}start: s
steps:
  s: { type: call, action: demo.lookup, args: { cod: "x" }, on: { ok: gone } }
  lost: { type: say, template: "t:only_vi", buttons: [{ title: "t:a", flow: nowhere }] }`),
      context,
    );
    expect(problems.map(({ code, params, step }) => ({ code, params, step }))).toEqual(
      expect.arrayContaining([
        { code: 'argument_unknown', params: { action: 'demo.lookup', argument: 'cod' }, step: 's' },
        { code: 'argument_missing', params: { action: 'demo.lookup', argument: 'code' }, step: 's' },
        { code: 'target_step_missing', params: { target: 'gone' }, step: 's' },
        { code: 'flow_unknown', params: { flow: 'nowhere' }, step: 'lost' },
        { code: 'template_missing', params: { key: 't:only_vi', language: 'en' }, step: 'lost' },
        { code: 'step_unreachable', params: { start: 's' }, step: 'lost' },
      ]),
    );
    const structure = validateFlowDocument(parseYaml(`${header}start: s\nsteps:\n  s: { type: bogus }`), context);
    expect(structure.problems[0]).toMatchObject({ code: 'structure', params: {}, path: 'steps.s.type' });
    // A trigger is named by its position from 1, as its author counts them.
    const regex = validateFlowDocument(
      parseYaml(
        `${header}triggers:\n  - { type: keywords, values: [demo] }\n  - { type: regex, pattern: "([a-z" }\n` +
          'start: s\nsteps:\n  s: { type: say, template: "t:a" }',
      ),
      context,
    );
    expect(regex.problems.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'regex_invalid', params: { pattern: '([a-z', trigger: 2 } },
    ]);
  });

  it("names a word list a choice's option reads that is missing in a language", () => {
    const { problems } = validateFlowDocument(
      parseYaml(`${header}start: s
steps:
  s:
    type: ask
    template: "t:a"
    input: { type: choice, options: [{ value: 'y', label: "t:a", words: 'words:answer.nowhere', next: done }] }
    save: answer
  done: { type: end }`),
      context,
    );
    const words = problems.filter((problem) => problem.kind === 'missing_words');
    expect(words.map(({ code, params, step }) => ({ code, params, step }))).toEqual([
      { code: 'words_missing', params: { key: 'words:answer.nowhere', language: 'vi' }, step: 's' },
      { code: 'words_missing', params: { key: 'words:answer.nowhere', language: 'en' }, step: 's' },
    ]);
  });

  it('collects every problem rather than stopping at the first', () => {
    const found = kinds(`${header}start: s
steps:
  s: { type: call, action: demo.nope, on: { ok: gone } }
  lost: { type: say, template: "t:zzz" }`);
    expect(found).toEqual(
      expect.arrayContaining(['unknown_action', 'unknown_step', 'unreachable_step', 'missing_template']),
    );
  });

  it('reports buttons whose #payload no flow answers, in flows and in templates', () => {
    const demo = flowDefinitionSchema.parse(
      parseYaml(`${header}triggers: [{ type: payload, value: "#demo" }]
start: s
steps:
  s:
    type: say
    template: "t:a"
    buttons:
      - { title: "t:a", payload: "#demo" }
      - { title: "t:b", payload: "#nowhere" }
      - { title: "t:b", payload: "#menu" }
    buttons_from: { list: items, title: "{{name}}", payload: "#demo {{code}}" }`),
    );
    const problems = validateFlows([demo], { actions, inputs, templates, languages: ['vi', 'en'] });
    expect(problems.filter((p) => p.kind === 'unknown_payload')).toEqual([
      {
        kind: 'unknown_payload',
        code: 'payload_unanswered',
        params: { payload: '#nowhere', in: 'button' },
        flowId: 'demo',
        step: 's',
        message: 'a button sends "#nowhere", which no flow trigger answers',
      },
    ]);
    const resources = {
      vi: {
        common: {
          menu: {
            text: 'Menu',
            buttons: [
              { title: 'Phản ánh', payload: '#feedback' },
              { title: 'Hồ sơ', payload: '#demo' },
            ],
          },
        },
      },
    };
    expect(findUnansweredTemplatePayloads([demo], resources).map((p) => p.message)).toEqual([
      'template common:menu (vi) sends "#feedback", which no flow trigger answers',
    ]);
  });
});

describe('ask input types', () => {
  it('names the unknown input type and the known ones', () => {
    const { problems } = validateFlowDocument(
      parseYaml(
        `${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: dossier_cod }, save: v }`,
      ),
      context,
    );
    expect(problems).toContainEqual({
      kind: 'unknown_input_type',
      code: 'input_type_unknown',
      params: { type: 'dossier_cod' },
      flowId: 'demo',
      step: 's',
      message: expect.stringMatching(
        /^input type "dossier_cod" is not registered; known types: text, number, .*demo_code$/,
      ),
    });
  });

  it("accepts a module's input type with its invalid-answer template in every language", () => {
    const both = createTemplateRenderer({
      resources: { vi: { t: { a: 'A', bad: 'Sai mã' } }, en: { t: { a: 'A', bad: 'Wrong code' } } },
    });
    const registry = createInputTypeRegistry([
      ...BASIC_INPUT_TYPES,
      defineTextInputType({
        type: 'demo_code',
        description: 'd',
        invalidTemplate: 't:bad',
        examples: [],
        parse: () => 1,
      }),
    ]);
    const { problems } = validateFlowDocument(
      parseYaml(`${header}start: s\nsteps:\n  s: { type: ask, template: "t:a", input: { type: demo_code }, save: v }`),
      { ...context, inputs: registry, templates: both },
    );
    expect(problems).toEqual([]);
  });
});

describe('structure problems, for a screen to say in its language', () => {
  it('names the path and what is wrong: an unknown step type, a missing field, a wrong type, an unknown key', () => {
    const { problems } = validateFlowDocument(
      parseYaml(
        `${header}start: s\nbogus: 1\nsteps:\n  s: { type: say, template: 5 }\n  n: { type: say }\n` +
          `  x: { type: bogus_step }\n  k: { type: say, template: "t:a", colour: red }`,
      ),
      context,
    );
    const issues = problems.map((problem) => ({
      path: (problem as { path?: string }).path,
      issue: (problem as { issue?: unknown }).issue,
    }));
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'steps.s.template', issue: { code: 'wrong_type', expected: 'string', received: 'number' } },
        { path: 'steps.n.template', issue: { code: 'missing', expected: 'string' } },
        {
          path: 'steps.x.type',
          issue: { code: 'unknown_type', options: expect.arrayContaining(['say', 'ask', 'end']) },
        },
        { path: 'steps.k', issue: { code: 'unknown_key', keys: ['colour'] } },
        { path: '', issue: { code: 'unknown_key', keys: ['bogus'] } },
      ]),
    );
    // The English message stays for logs, the CLI and API clients.
    expect(problems.find((problem) => problem.step === 'x')?.message).toMatch(/^steps\.x\.type: /);
  });
});
