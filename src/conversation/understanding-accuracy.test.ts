import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNDERSTANDING_MESSAGES } from '../../test/fixtures/understanding-messages.js';
import { createShippedInputTypes } from '../shipped-input-types.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createTemplateRenderer } from './template-renderer.js';
import { flowPhrases } from './understanding.js';
import { evaluateUnderstanding } from './understanding-evaluation.js';
import { foldText } from './text.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Accuracy of understanding on realistic messages through the shipped flows and words (`routeMessage`). */
describe('understanding accuracy on labelled citizen messages', () => {
  const loaded = loadFlowsFromDir(path.join(ROOT, 'flows')).flows;
  const flows = loaded.map((flow) => ({ flow, version: 1 }));
  const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
  const ctx = { flows, words: templates, inputs: createShippedInputTypes(), language: 'vi' as const };
  const tune = UNDERSTANDING_MESSAGES.filter((m) => m.holdout !== true);
  const holdout = UNDERSTANDING_MESSAGES.filter((m) => m.holdout === true);

  it('no labelled message is one of the flows’ own examples or keywords', () => {
    const phrases = new Set(loaded.flatMap((flow) => flowPhrases(flow).map((p) => foldText(p))));
    expect(UNDERSTANDING_MESSAGES.filter((m) => phrases.has(foldText(m.text))).map((m) => m.text)).toEqual([]);
  });

  // Floors just under what is measured (README "Understanding citizens"), so a change that makes understanding worse
  // fails; the target (≥ 97 % of the held-out part) is not met yet.
  // Tuning part (held-out 1 to 4 included, tuning 7 to 9): measured 97.9 % right, 0.2 % fallback (tuning 8, written
  // for the classes that failed, measured 94.8 % of the whole before the asks and statements that lifted it); with
  // tuning 9, 97.0 % before the round that added it and 98.9 % (0.3 % fallback) after it.
  it('the tuning part reaches the right flow (or a "did you mean" or first question offering it) at least 98 % of the time', () => {
    const report = evaluateUnderstanding(tune, ctx, templates);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(report.fallbackRate).toBeLessThan(0.01);
  });

  // Held-out 5 (147 messages written without reading the matcher, its words or the flows' examples) measured 72.1 %
  // right and 14.3 % fallback on in-scope messages when it was added, nothing tuned. After changes made on the tuning
  // part only (its misses are never shown): 77.6 % and 8.3 %; after asks, statements and questions: 83.0 % and 2.3 %, then 82.3 % and 2.3 %;
  // after the round of tuning 9 (marks in loose keywords, asks over subjects, runner-ups): 87.8 % and 2.3 %.
  // Held-out 6 (150 messages written the same way on 2026-12-03, nothing tuned) measured 90.7 % right and 0.8 %
  // fallback when it was added; both batches together 89.2 % and 1.5 %. Floor and ceiling just past those.
  it('the held-out part, never tuned on, stays above 89 % with the fallback on under 3 % of in-scope messages', () => {
    const report = evaluateUnderstanding(holdout, ctx, templates);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.89);
    expect(report.fallbackRate).toBeLessThan(0.03);
  });

  it('out-of-scope messages never start a flow', () => {
    const report = evaluateUnderstanding(UNDERSTANDING_MESSAGES, ctx, templates);
    expect(report.outOfScopeRouted).toEqual([]);
  });
});
