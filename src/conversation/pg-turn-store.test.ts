import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Language } from './channel.js';
import {
  createEffectRegistry,
  defineEffect,
  HANDOFF_MESSAGE_EFFECT,
  LANGUAGE_EFFECT,
  languageEffectPayloadSchema,
  type Effect,
} from './effects.js';
import { findOneStatementClaim } from './pg-turn-store.js';
import type { ClaimStatement, StatementPart } from './turn-store.js';

// The decision alone: which turns the store writes in one statement (the claim's), which in a transaction.
const notPerformed = () => Promise.reject(new Error('the decision performs nothing'));
const languageEffect = defineEffect({
  type: LANGUAGE_EFFECT,
  payload: languageEffectPayloadSchema,
  perform: notPerformed,
  citizenLanguage: (payload) => payload.language,
});
const handoffMessage = defineEffect({ type: HANDOFF_MESSAGE_EFFECT, payload: z.object({}), perform: notPerformed });
const registry = createEffectRegistry([languageEffect, handoffMessage]);

const language = (value: unknown, n = 0): Effect => ({
  type: LANGUAGE_EFFECT,
  key: `event-1/menu.language#${n}`,
  payload: { language: value },
});
const otherEffect: Effect = { type: HANDOFF_MESSAGE_EFFECT, key: 'event-1/handoff#0', payload: {} };

function claimWritingLanguages() {
  const asked: Language[] = [];
  const part = (key: string): StatementPart => ({ key, build: () => sql`${sql.raw(key)}`, params: {} });
  const written: Record<Language, StatementPart> = { vi: part('claim_citizen_vi'), en: part('claim_citizen_en') };
  const claim: ClaimStatement = {
    ctes: part('claim_citizen'),
    claimed: sql`true`,
    withLanguage: (chosen) => {
      asked.push(chosen);
      return written[chosen];
    },
  };
  return { claim, asked, written };
}

describe('findOneStatementClaim', () => {
  it('keeps the claim as it is for a turn without effects', () => {
    const { claim, asked } = claimWritingLanguages();
    expect(findOneStatementClaim(claim, [], registry)).toBe(claim);
    expect(asked).toEqual([]);
  });

  it('has the claim write the language when a change of language is the only effect', () => {
    const { claim, asked, written } = claimWritingLanguages();
    const single = findOneStatementClaim(claim, [language('en')], registry);
    expect(asked).toEqual(['en']);
    expect(single).toEqual({ ...claim, ctes: written.en });
  });

  it('writes the last of two changes of language, as performing them in turn would', () => {
    const { claim, asked, written } = claimWritingLanguages();
    const single = findOneStatementClaim(claim, [language('en', 0), language('vi', 1)], registry);
    expect(asked).toEqual(['vi']);
    expect(single?.ctes).toBe(written.vi);
  });

  it('leaves a language change beside any other effect to the transaction', () => {
    const { claim, asked } = claimWritingLanguages();
    expect(findOneStatementClaim(claim, [language('en'), otherEffect], registry)).toBeUndefined();
    expect(findOneStatementClaim(claim, [otherEffect, language('en')], registry)).toBeUndefined();
    expect(findOneStatementClaim(claim, [otherEffect], registry)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('leaves a payload that is no language to the transaction, whose perform rejects it', () => {
    const { claim, asked } = claimWritingLanguages();
    expect(findOneStatementClaim(claim, [language('fr')], registry)).toBeUndefined();
    expect(findOneStatementClaim(claim, [language('en', 0), language(null, 1)], registry)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('takes the transaction when the claim cannot write a language', () => {
    const { claim } = claimWritingLanguages();
    const { withLanguage: _dropped, ...withoutLanguage } = claim;
    expect(findOneStatementClaim(withoutLanguage, [language('en')], registry)).toBeUndefined();
  });

  it('takes the transaction when the registered language effect does not say it only writes the language', () => {
    const { claim, asked } = claimWritingLanguages();
    const { citizenLanguage: _dropped, ...performOnly } = languageEffect;
    const otherRegistry = createEffectRegistry([performOnly]);
    expect(findOneStatementClaim(claim, [language('en')], otherRegistry)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
