import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createShippedInputTypes } from '../shipped-input-types.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createTemplateRenderer } from './template-renderer.js';
import type { Routing } from './understanding.js';
import { flowsCallingOutside, routeMessage } from './understanding.js';
import { classifierFor, maskValues, withSecondOpinion } from './understanding-classifier.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const inputs = createShippedInputTypes();
const shipped = loadFlowsFromDir(path.join(ROOT, 'flows')).flows;
const flows = shipped.map((flow) => ({ flow, version: 1 }));
const byId = new Map(shipped.map((flow) => [flow.id, flow]));
const outside = flowsCallingOutside(byId);

/** The second opinion on a reading of the matcher, with the shipped flows. */
function weigh(text: string, routing: Routing, negated = false): string {
  const result = withSecondOpinion(text, routing, {
    flows,
    inputs,
    byId,
    offerable: () => true,
    variablesFor: () => ({}),
    callsOutside: (id) => outside.has(id),
    negated: () => negated,
  });
  return result.kind === 'flow'
    ? result.flowId
    : result.kind === 'ask'
      ? `ask:${result.choices.map((c) => c.flow.id).join('+')}`
      : 'none';
}
const started = (flowId: string, via: 'examples' | 'trigger' | 'entity' = 'examples', plainValue = false): Routing => ({
  kind: 'flow',
  flowId,
  variables: {},
  via,
  plainValue,
  ranked: [],
});
const asked = (...ids: string[]): Routing => ({
  kind: 'ask',
  choices: ids.map((id) => ({ flow: byId.get(id) as FlowDefinition, variables: {} })),
  ranked: [],
});
const nothing: Routing = { kind: 'none', ranked: [] };

describe('the classifier beside the example matcher', () => {
  it('a flow it is sure of starts where the matcher asked or fell back, when it calls no outside system', () => {
    expect(weigh('cột điện nghiêng sắp đổ đè lên mái nhà', asked('feedback', 'help'))).toBe('feedback');
    expect(weigh('cột điện nghiêng sắp đổ đè lên mái nhà', nothing)).toBe('feedback');
    expect(weigh('muốn nói chuyện với cán bộ thật', started('help'))).toBe('handoff');
  });

  it('a flow calling the LGSP starts only on evidence: the matcher reading it too, or a value of its type', () => {
    expect(outside.has('procedure')).toBe(true);
    expect(weigh('làm giấy khai sinh cho con cần những gì', asked('help', 'procedure'))).toBe('procedure');
    // The matcher read nothing: offered, never started on the classifier's word alone.
    expect(weigh('làm giấy khai sinh cho con cần những gì', nothing)).toBe('ask:procedure');
    expect(weigh('làm giấy khai sinh cho con cần những gì', started('help'))).toBe('ask:procedure+help');
  });

  it('the matcher stands where it is sure by construction', () => {
    const text = 'cột điện nghiêng sắp đổ đè lên mái nhà';
    expect(weigh(text, started('help', 'trigger'))).toBe('help');
    expect(weigh(text, started('help', 'entity', true))).toBe('help');
    expect(weigh(text, { kind: 'none', offTopic: true, ranked: [] })).toBe('none');
    // A negation turns a wish around, which the classifier does not read.
    expect(weigh(text, started('help'), true)).toBe('help');
    // A word alone.
    expect(weigh('hdsd', started('help'))).toBe('help');
  });

  it('a province’s own flow with a few examples is the matcher’s alone: the classifier barely learnt it', () => {
    const vaccination = flowDefinitionSchema.parse({
      id: 'vaccination',
      title: 'Lịch tiêm chủng',
      format: 1,
      examples: { vi: ['lịch tiêm chủng', 'lịch tiêm vắc xin cho trẻ', 'tiêm phòng ở đâu', 'tiêm mũi nhắc lại'] },
      start: 'end',
      steps: { end: { type: 'end' } },
    });
    const withOwn = [...flows, { flow: vaccination, version: 1 }];
    expect(classifierFor(withOwn, inputs).learnt.has('vaccination')).toBe(false);
    const routing = routeMessage('lịch tiêm vắc xin cho trẻ tháng này', {
      flows: withOwn,
      words: templates,
      inputs,
      language: 'vi',
    });
    expect(routing).toMatchObject({ kind: 'flow', flowId: 'vaccination' });
  });

  it('values are read as their kind; a number that is a flow’s value and a phone number is the flow’s', () => {
    const types = ['dossier_code', 'phone', 'tax_code', 'ticket_number'];
    expect(maskValues('mst 2300900005', inputs, types)).toBe('mst  zztaxcode ');
    expect(maskValues('mst 0912458301', inputs, types)).toContain('zztaxcode');
    expect(maskValues('hồ sơ 000.00.15.H02-221205-0001 sao rồi', inputs, types)).toContain('zzdossiercode');
  });
});
