import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** axe's reason for each element (e.g. the colours and the ratio found), in the same order. */
  reasons: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and answers its serious and critical violations,
 * each with the elements concerned, for a readable failure.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are measured as drawn: a dialog still fading in has faded text. Wait for the transitions that end (not a
  // spinner's endless animation).
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
      .map((animation) => animation.finished.catch(() => {})),
  )`);
  // Evaluated, not added as a script tag: the admin pages' CSP rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  // A string runs in the page: these tests are type-checked without the DOM's types.
  const violations = (await page.evaluate(`
    axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
      .then((results) => results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
        reasons: violation.nodes.map((node) => node.failureSummary),
      })))
  `)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
