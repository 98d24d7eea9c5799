import { describe, expect, it } from 'vitest';
import { parseDraft } from './locate-problem.js';
import { stepGraph } from './step-graph.js';

const FLOW = `id: demo
start: ask
steps:
  ask:
    type: ask
    template: demo:ask
    input: { type: yes_no }
    skip: { next: done }
    on_fail: sorry
    next: check
  check:
    type: branch
    cases:
      - when: { var: answer, equals: true }
        next: lookup
    else: done
  lookup:
    type: call
    action: lgsp.dossier.get
    on: { ok: done, not_found: sorry, unavailable: nowhere }
  sorry:
    type: say
    template: demo:sorry
    buttons:
      - title: demo:again
        goto: ask
      - title: demo:portal
        url: https://example.org
  done:
    type: end
`;

describe('the step graph of a flow draft', () => {
  it('has every step where it is written, and an arrow for each way one step leads to another', () => {
    const graph = stepGraph(parseDraft(FLOW).document);
    expect(graph.nodes.map((node) => [node.id, node.type, node.start])).toEqual([
      ['ask', 'ask', true],
      ['check', 'branch', false],
      ['lookup', 'call', false],
      ['sorry', 'say', false],
      ['done', 'end', false],
    ]);
    const ask = graph.nodes[0];
    expect(FLOW.slice(ask?.from, ask?.to)).toBe('ask');
    expect(graph.edges).toEqual([
      { from: 'ask', to: 'check', kind: 'next' },
      { from: 'ask', to: 'done', kind: 'skip' },
      { from: 'ask', to: 'sorry', kind: 'on_fail' },
      { from: 'check', to: 'lookup', kind: 'case', detail: '1' },
      { from: 'check', to: 'done', kind: 'else' },
      { from: 'lookup', to: 'done', kind: 'outcome', detail: 'ok' },
      { from: 'lookup', to: 'sorry', kind: 'outcome', detail: 'not_found' },
      { from: 'sorry', to: 'ask', kind: 'button', detail: 'demo:again' },
    ]);
  });

  it('draws nothing for a draft without steps, and what it can of a broken one', () => {
    expect(stepGraph(parseDraft('id: demo\n').document)).toEqual({ nodes: [], edges: [] });
    const broken = stepGraph(parseDraft('steps:\n  a:\n    next: b\n  b: 3\n').document);
    expect(broken.nodes.map((node) => [node.id, node.type])).toEqual([
      ['a', null],
      ['b', null],
    ]);
    expect(broken.edges).toEqual([{ from: 'a', to: 'b', kind: 'next' }]);
  });
});
