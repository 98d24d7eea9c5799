import { describe, expect, it } from 'vitest';
import { createEffectRegistry, LANGUAGE_EFFECT } from '../conversation/index.js';
import { createCitizenEffects } from './citizen-repository.js';

describe("the citizens' language effect", () => {
  const registry = createEffectRegistry(createCitizenEffects());

  it('tells the turn store the language it writes, so the claim can write it in the same statement', () => {
    expect(registry.citizenLanguage({ type: LANGUAGE_EFFECT, key: 'e/menu#0', payload: { language: 'en' } })).toBe(
      'en',
    );
  });

  it('names no language for a payload that does not parse (performing it throws)', () => {
    expect(registry.citizenLanguage({ type: LANGUAGE_EFFECT, key: 'e/menu#0', payload: { language: 'fr' } })).toBe(
      undefined,
    );
  });
});
