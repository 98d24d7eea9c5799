import { describe, expect, it } from 'vitest';
import type { FlowStep } from '../flow-schema.js';
import { executeSetStep } from './execute-set-step.js';
import type { StepContext } from './step-context.js';

type SetStep = Extract<FlowStep, { type: 'set' }>;

function run(values: SetStep['values'], variables: Record<string, unknown>) {
  const turn = { session: { variables } };
  const result = executeSetStep({ type: 'set', values, next: 'after' }, { turn } as unknown as StepContext);
  return { result, variables: turn.session.variables };
}

describe('the set step', () => {
  it('reads every value from the variables as they were before it, whatever the order of its keys', () => {
    const photos = [{ url: 'https://example.org/1.jpg' }];
    // jsonb gives the keys back in its own order (shorter first): both orders must keep the photos.
    for (const values of [
      { photos_before: '{{photos}}', photos: null },
      { photos: null, photos_before: '{{photos}}' },
    ]) {
      const { result, variables } = run(values, { photos, editing: false });
      expect(variables).toEqual({ photos: null, photos_before: photos, editing: false });
      expect(result).toEqual({ kind: 'next', step: 'after' });
    }
  });

  it('sets nested paths and interpolates text', () => {
    const { variables } = run({ 'place.note': 'ở {{place.name}}', count: 2 }, { place: { name: 'thôn 3' } });
    expect(variables).toEqual({ place: { name: 'thôn 3', note: 'ở thôn 3' }, count: 2 });
  });
});
