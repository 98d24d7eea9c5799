import { describe, expect, it } from 'vitest';
import { defaultComparison } from './default-comparison.js';

const releases = (...ids: number[]) => ids.map((id) => ({ id }));

describe('the release comparison before anyone picks', () => {
  it('shows what the release in use changed when it is the newest (never one release with itself)', () => {
    expect(defaultComparison(releases(2, 1), 2)).toEqual({ from: 1, to: 2 });
  });

  it('shows what publishing a newer draft would change', () => {
    expect(defaultComparison(releases(3, 2, 1), 2)).toEqual({ from: 2, to: 3 });
  });

  it('after going back to an earlier release, shows what the newest would bring back', () => {
    expect(defaultComparison(releases(3, 2, 1), 1)).toEqual({ from: 1, to: 3 });
  });

  it('without a release in use, compares the newest with the one before it', () => {
    expect(defaultComparison(releases(2, 1), null)).toEqual({ from: 1, to: 2 });
    expect(defaultComparison(releases(1), null)).toEqual({ from: null, to: 1 });
    expect(defaultComparison([], null)).toEqual({ from: null, to: null });
  });
});
