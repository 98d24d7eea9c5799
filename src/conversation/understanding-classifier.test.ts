import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createShippedInputTypes } from '../shipped-input-types.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import { NOTHING_RANKED, rankedFrom } from './intent-matcher.js';
import { loadFlowsFromDir } from './load-flows.js';
import type { Routing } from './routing.js';
import { createTemplateRenderer } from './template-renderer.js';
import fs from 'node:fs';
import { keptOrTrained, modelFile } from './kept-models.js';
import { classifierFor, maskValues, withSecondOpinion, type MatcherReading } from './understanding-classifier.js';
import { flowsCallingOutside, intentMatcherFor, routeMessage } from './understanding.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const inputs = createShippedInputTypes();
const shipped = loadFlowsFromDir(path.join(ROOT, 'flows')).flows;
const flows = shipped.map((flow) => ({ flow, version: 1 }));
const byId = new Map(shipped.map((flow) => [flow.id, flow]));
const outside = flowsCallingOutside(byId);
const route = (text: string) => routeMessage(text, { flows, words: templates, inputs, language: 'vi' });
const summary = (routing: Routing) =>
  routing.kind === 'flow'
    ? routing.flowId
    : routing.kind === 'ask'
      ? `ask:${routing.choices.map((c) => c.flow.id).join('+')}`
      : 'none';

/** The second opinion on a reading of the matcher, with the shipped flows and no value in the message. */
function weigh(
  text: string,
  routing: Routing,
  options: { negated?: boolean; evidence?: boolean; offerable?: (id: string) => boolean } = {},
): string {
  const reading: MatcherReading = { text, found: new Map(), evidence: () => options.evidence ?? false };
  return summary(
    withSecondOpinion(routing, {
      reading,
      flows,
      inputs,
      byId,
      offerable: options.offerable ?? (() => true),
      variablesFor: () => ({}),
      callsOutside: (id) => outside.has(id),
      negated: () => options.negated ?? false,
      turnsAround: (id) => intentMatcherFor(flows, templates).turnsAround(id),
      wordCount: () => text.split(' ').length,
    }),
  );
}
const started = (flowId: string, via: 'examples' | 'trigger' | 'entity' = 'examples', plainValue = false): Routing => ({
  kind: 'flow',
  flowId,
  variables: {},
  via,
  plainValue,
  ranked: NOTHING_RANKED,
});
const asked = (...ids: string[]): Routing => ({
  kind: 'ask',
  choices: ids.map((id) => ({ flow: byId.get(id) as FlowDefinition, variables: {} })),
  ranked: NOTHING_RANKED,
});
const nothing: Routing = { kind: 'none', ranked: NOTHING_RANKED };
const POLE = 'cột điện nghiêng sắp đổ đè lên mái nhà';
const BIRTH = 'làm giấy khai sinh cho con cần những gì';

describe('the classifier beside the example matcher', () => {
  it('a flow it is sure of starts where the matcher asked or fell back, when it calls no outside system', () => {
    expect(weigh(POLE, asked('feedback', 'help'))).toBe('feedback');
    expect(weigh(POLE, nothing)).toBe('feedback');
    expect(weigh('muốn nói chuyện với cán bộ thật', started('help'))).toBe('handoff');
  });

  it('a flow calling the LGSP starts only on evidence of its own in the message; otherwise it is offered', () => {
    expect(outside.has('procedure')).toBe(true);
    expect(weigh(BIRTH, asked('help', 'procedure'), { evidence: true })).toBe('procedure');
    // Offered by the matcher without evidence (a resemblance): still only offered.
    expect(weigh(BIRTH, asked('help', 'procedure'))).toBe('ask:procedure+help');
    expect(weigh(BIRTH, nothing)).toBe('ask:procedure');
    expect(weigh(BIRTH, started('help'))).toBe('ask:procedure+help');
  });

  it('a flow it cannot offer is no question: a started flow stays started, never asked about alone', () => {
    expect(weigh(BIRTH, started('help'), { offerable: (id) => id !== 'procedure' })).toBe('help');
  });

  it('the matcher stands where it is sure by construction', () => {
    expect(weigh(POLE, started('help', 'trigger'))).toBe('help');
    expect(weigh(POLE, started('help', 'entity', true))).toBe('help');
    expect(weigh(POLE, { kind: 'none', offTopic: true, ranked: NOTHING_RANKED })).toBe('none');
    expect(weigh('hdsd', started('help'))).toBe('help');
    // One of the flow's examples, as an admin taught it from a missed message.
    expect(
      weigh(POLE, { ...started('help'), ranked: rankedFrom([{ flowId: 'help', confidence: 1, example: POLE }]) }),
    ).toBe('help');
    // A button's payload of an older release is read by keywords only.
    expect(summary(route('#old_feature làm giấy khai sinh cho con'))).toBe('none');
  });

  // The classifier does not read a negation: where a message turns a wish around, its reading counts only for a flow
  // of stopping something, as sure as it must be to overrule the matcher; otherwise the matcher's reading stands.
  it('a negation: the classifier heard only for a flow of stopping, and only when it is sure enough to overrule', () => {
    expect(summary(route('tôi không muốn phản ánh nữa'))).toBe('ask:my_feedback+feedback');
    expect(summary(route('đừng xóa dữ liệu của tôi'))).toBe('ask:my_data+erase_my_data');
    expect(summary(route('đừng tắt thông báo, tôi vẫn cần'))).toBe('ask:dossier_unfollow+unsubscribe');
    expect(summary(route('tôi không muốn nhận thông báo về hồ sơ nữa'))).toBe('dossier_unfollow');
    expect(
      weigh('tôi không muốn nhận thông báo về hồ sơ nữa', asked('dossier', 'my_dossiers'), { negated: true }),
    ).toBe('ask:dossier+my_dossiers+dossier_unfollow');
    expect(weigh(POLE, started('help'), { negated: true })).toBe('help');
    expect(weigh(POLE, asked('help', 'feedback'), { negated: true })).toBe('ask:help+feedback');
  });

  // A sure "out of scope" silences a message with a negation only when the classifier is certain (an advert).
  it('an advert with a negation in it is out of scope when the classifier is certain', () => {
    const advert = 'Cần vay gấp 50 triệu không cần thế chấp, ai có thì liên hệ em';
    expect(weigh(advert, started('help'), { negated: true })).toBe('none');
    expect(summary(route(advert))).toBe('none');
  });

  it('the flow it starts gets the values the matcher found in the message, and the topic', () => {
    const code = '000.00.15.H02-240115-0201';
    const followed = route(
      `hồ sơ sổ đỏ của tui ${code} chờ lâu quá, tui cứ phải lên hỏi hoài mà nhà cách huyện hơn 20 cây số, có cách nào khi nào có kết quả thì nhắn cho tui biết trên zalo này hông`,
    );
    expect(followed).toMatchObject({ kind: 'flow', flowId: 'dossier_follow', via: 'classifier' });
    expect(followed.kind === 'flow' ? Object.values(followed.variables) : []).toContain(code);
    const searched = route('marriage register with vietnamese girl, what paper i need?');
    expect(searched).toMatchObject({ kind: 'flow', flowId: 'procedure', via: 'classifier' });
    expect(JSON.stringify(searched.kind === 'flow' ? searched.variables : {})).toContain('kết hôn');
  });

  it('a mobile number given as a way to be reached is no tax code, so no company is looked up with it', () => {
    const routing = route('công ty xả rác ra đường, gọi em 0912458301');
    expect(routing.kind === 'flow' ? routing.flowId : '').not.toBe('business');
    const variables =
      routing.kind === 'flow'
        ? [routing.variables]
        : routing.kind === 'ask'
          ? routing.choices.map((c) => c.variables)
          : [];
    expect(JSON.stringify(variables)).not.toContain('0912458301');
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

  it('one model per set of examples, whatever the order they are stored in; the live one outlives three drafts', () => {
    const live = classifierFor(flows, inputs);
    const reordered = shipped.map((flow) => ({
      flow: { ...flow, examples: Object.fromEntries(Object.entries(flow.examples ?? {}).reverse()) },
      version: 2,
    }));
    expect(classifierFor([...reordered].reverse(), inputs)).toBe(live);
    for (const draft of ['một', 'hai', 'ba']) {
      const changed = shipped.map((flow) =>
        flow.id === 'help'
          ? { ...flow, examples: { ...flow.examples, vi: [...(flow.examples?.vi ?? []), draft] } }
          : flow,
      );
      expect(
        classifierFor(
          changed.map((flow) => ({ flow, version: 3 })),
          inputs,
        ),
      ).not.toBe(live);
      classifierFor(flows, inputs); // the live release keeps answering meanwhile
    }
    expect(
      classifierFor(
        shipped.map((flow) => ({ flow, version: 4 })),
        inputs,
      ),
    ).toBe(live);
  });

  it('values are read as their kind: a value inside a longer one is part of it', () => {
    const spans = (text: string) =>
      [...inputs.findEntities(text, ['dossier_code', 'tax_code', 'ticket_number', 'phone'])].map(([type, m]) => ({
        type,
        start: m.start,
        end: m.end,
      }));
    const ticket = 'PA ZL 2026 000 431 đến đâu rồi';
    expect(maskValues(ticket, spans(ticket))).not.toContain('zztaxcode');
    expect(maskValues(ticket, spans(ticket))).toContain('zzticketnumber');
    const code = 'hồ sơ 000.00.15.H02-221205-0001 sao rồi';
    expect(maskValues(code, spans(code))).toBe('hồ sơ  zzdossiercode  sao rồi');
  });

  it('keeps a trained model for the next process, private to the user; a damaged file is trained again', () => {
    const phrases = [
      ...['đường ngập nước', 'đèn đường hỏng', 'rác đổ bừa bãi'].map((text) => ({ text, label: 'feedback' })),
      ...['hồ sơ đến đâu rồi', 'hồ sơ xong chưa', 'tra cứu hồ sơ'].map((text) => ({ text, label: 'dossier' })),
      { text: `cache test ${Date.now()}`, label: 'dossier' },
    ];
    const file = modelFile(phrases);
    expect(file).toBeDefined();
    if (!file) return;
    fs.rmSync(file, { force: true });
    const trained = keptOrTrained(phrases);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(keptOrTrained(phrases).classify('đèn đường tắt')).toEqual(trained.classify('đèn đường tắt'));
    // What is read is the file: with its weights zeroed, every label is as likely.
    const bytes = fs.readFileSync(file);
    bytes.fill(0, bytes.indexOf(10) + 1);
    fs.writeFileSync(file, bytes);
    expect(keptOrTrained(phrases).classify('đèn đường tắt')[0]?.probability).toBeCloseTo(0.5, 6);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 100));
    expect(keptOrTrained(phrases).classify('đèn đường tắt')).toEqual(trained.classify('đèn đường tắt'));
    expect(fs.statSync(file).size).toBeGreaterThan(100);
    fs.rmSync(file, { force: true });
  });
});
