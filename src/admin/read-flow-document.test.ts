import { describe, expect, it } from 'vitest';
import { flowDocumentSchema, readFlowDocument } from './read-flow-document.js';

const YAML = '# the help flow\nid: help\nstart: contact\n';

describe('readFlowDocument', () => {
  it('reads YAML text and keeps it, comments included, as the source', () => {
    expect(readFlowDocument(YAML, 'help')).toEqual({ ok: true, raw: { id: 'help', start: 'contact' }, source: YAML });
  });

  it('reads YAML wrapped in JSON as {yaml}', () => {
    const document = flowDocumentSchema.parse({ yaml: YAML });
    expect(readFlowDocument(document, 'help')).toMatchObject({ ok: true, source: YAML });
  });

  it('passes a JSON flow through without a source', () => {
    const flow = { id: 'help', start: 'contact' };
    expect(readFlowDocument(flowDocumentSchema.parse(flow), 'help')).toEqual({
      ok: true,
      raw: flow,
      source: undefined,
    });
  });

  it('refuses an object with a yaml field, alone of the wrong type or among others: a flow has none', () => {
    for (const body of [{ yaml: 5 }, { id: 'help', start: 'contact', yaml: 'not: wrapped' }]) {
      expect(flowDocumentSchema.safeParse(body).success).toBe(false);
    }
  });

  it('reports a YAML syntax error as a schema problem of the flow', () => {
    const read = readFlowDocument('id: help\nsteps: [unclosed', 'help');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([expect.objectContaining({ kind: 'schema', flowId: 'help' })]);
    expect(read.problems[0]?.message).toMatch(/^not valid YAML/);
  });
});
