import { describe, expect, it } from 'vitest';
import { locateProblem, parseDraft, problemLine } from './locate-problem.js';

const FLOW = `id: demo
start: ask
steps:
  ask:
    type: ask
    template: demo:ask
    buttons:
      - title: demo:yes
        goto: done
  done:
    type: end
`;

function marked(text: string, range: { from: number; to: number } | null): string | null {
  return range ? text.slice(range.from, range.to) : null;
}

describe('locateProblem', () => {
  const { document, syntaxErrors } = parseDraft(FLOW);

  it('points a step problem at the step name', () => {
    const range = locateProblem(document, { kind: 'unreachable_step', step: 'done', message: 'never reached' });
    expect(marked(FLOW, range)).toBe('done');
    expect(syntaxErrors).toEqual([]);
  });

  it('points a schema problem at the field it names, or its nearest existing parent', () => {
    const field = locateProblem(document, { kind: 'schema', step: 'ask', message: 'steps.ask.template: too long' });
    expect(marked(FLOW, field)).toBe('template');
    const item = locateProblem(document, { kind: 'schema', message: 'steps.ask.buttons.0: bad button' });
    expect(marked(FLOW, item)?.startsWith('title: demo:yes')).toBe(true);
    const missing = locateProblem(document, { kind: 'schema', step: 'done', message: 'steps.done.text: required' });
    expect(marked(FLOW, missing)).toBe('done');
  });

  it('points a trigger problem at the trigger, counted from 1, and tells its line', () => {
    const withTriggers = `id: demo\ntriggers:\n  - type: keywords\n    values: [demo]\n  - type: regex\n    pattern: '([a-z'\n${FLOW.slice('id: demo\n'.length)}`;
    const draft = parseDraft(withTriggers);
    const problem = {
      kind: 'invalid_regex',
      code: 'regex_invalid',
      params: { pattern: '([a-z', trigger: 2 },
      message: 'trigger 2: pattern "([a-z" is not a valid regular expression',
    };
    expect(marked(withTriggers, locateProblem(draft.document, problem))?.startsWith('type: regex')).toBe(true);
    expect(problemLine(draft, problem)).toBe(5);
    expect(problemLine(draft, { kind: 'schema', message: 'triggers.0.type: bad' })).toBe(3);
    expect(problemLine(draft, { kind: 'no_exit', message: 'the flow never ends' })).toBeUndefined();
  });

  it('gives no place for a problem about the whole flow', () => {
    expect(locateProblem(document, { kind: 'no_exit', message: 'the flow never ends' })).toBeNull();
    expect(locateProblem(document, { kind: 'schema', message: '(root): expected object' })).toBeNull();
  });

  it('locates YAML syntax errors', () => {
    const broken = 'id: demo\nsteps:\n  ask: [unclosed\n';
    expect(parseDraft(broken).syntaxErrors.length).toBeGreaterThan(0);
  });
});
