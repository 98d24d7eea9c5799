import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carryMessage } from './carried-message.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createTemplateRenderer } from './template-renderer.js';
import { createFlowIntentMatcher } from './understanding.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const words = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const flows = loadFlowsFromDir(path.join(ROOT, 'flows')).flows;
const matcher = createFlowIntentMatcher(flows, words);
const flow = (id: string) => {
  const found = flows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow ${id}`);
  return found;
};

describe('a first message carried into the flow it starts', () => {
  it.each<[string, boolean]>([
    ['đường ở thôn 3 bị sụt lún', true],
    ['phản ánh đèn đường hỏng ở thôn 3', true],
    ['pothole on the road near the school', true],
    ['phản ánh', false],
    ['tôi muốn gửi phản ánh', false],
    ['gửi phản ánh kiến nghị', false],
    ['mất điện', false],
    // A wish to report and its subject alone: the details are still to come, and asked for.
    ['Tôi muốn phản ánh đường ngập nước', false],
    ['tôi muốn phản ánh về việc mất điện', false],
    ['cho tôi phản ánh rác thải ở chợ', false],
    ['I want to report a broken street light', false],
    ["I'd like to report flooding", false],
    // With what, where or since when, it is the description.
    ['Tôi muốn phản ánh đường ngập nước ở phố Lý Thái Tổ mỗi khi mưa', true],
    ['I want to report a broken street light on Nguyen Trai street since Monday', true],
    ['đường ngập nước', true],
  ])('"%s" → carried: %s', (text, carried) => {
    const variables = carryMessage(flow('feedback'), text, {}, matcher, words);
    expect(variables.content).toBe(carried ? text : undefined);
  });

  it('its words as a hint (carry_words) when it says anything beyond the keywords, even too little to carry', () => {
    expect(carryMessage(flow('feedback'), 'phản ánh đèn đường hỏng', {}, matcher, words)).toEqual({
      opening_words: 'phản ánh đèn đường hỏng',
    });
    expect(carryMessage(flow('feedback'), 'đường ở thôn 3 bị sụt lún', {}, matcher, words)).toEqual({
      content: 'đường ở thôn 3 bị sụt lún',
      opening_words: 'đường ở thôn 3 bị sụt lún',
    });
    // "báo hỏng" is a keyword and is cut, "đèn đường" is left: the message (always the whole of it) is a hint.
    expect(carryMessage(flow('feedback'), 'báo hỏng đèn đường', {}, matcher, words)).toEqual({
      opening_words: 'báo hỏng đèn đường',
    });
    expect(carryMessage(flow('feedback'), 'tôi muốn gửi phản ánh', {}, matcher, words)).toEqual({});
    expect(carryMessage(flow('feedback'), '#feedback', {}, matcher, words)).toEqual({});
  });

  it('only into a flow that declares carry_message, never over a value already understood', () => {
    expect(carryMessage(flow('procedure'), 'đường ở thôn 3 bị sụt lún', {}, matcher, words)).toEqual({});
    expect(
      carryMessage(flow('feedback'), 'đường ở thôn 3 bị sụt lún', { content: 'x', opening_words: 'y' }, matcher, words),
    ).toEqual({ content: 'x', opening_words: 'y' });
  });
});
