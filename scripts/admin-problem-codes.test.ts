import { describe, expect, it } from 'vitest';
import en from '../admin/src/locales/en.json' with { type: 'json' };
import vi from '../admin/src/locales/vi.json' with { type: 'json' };
import { describeAdminApi } from '../src/admin-api.js';

/** Problem codes the admin API documents for its error answers (`CODE` in a 4xx/5xx response's description). */
function documentedProblemCodes(): string[] {
  // A JSON round trip: the document as plain data.
  const document = JSON.parse(JSON.stringify(describeAdminApi())) as {
    paths: Record<string, Record<string, { responses?: object }>>;
  };
  const codes = new Set<string>();
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (Number(status) < 400) continue;
        const description = String((response as { description?: unknown }).description ?? '');
        for (const match of description.matchAll(/`([A-Z][A-Z0-9_]{3,})`/g)) if (match[1]) codes.add(match[1]);
      }
    }
  }
  return [...codes].sort();
}

describe('the admin UI', () => {
  it('says every error the admin API documents in plain words, in Vietnamese and English', () => {
    // An internal error is said by the general sentence, which names the request id to quote to support.
    const codes = documentedProblemCodes().filter((code) => code !== 'INTERNAL');
    expect(codes.length).toBeGreaterThan(20);
    for (const problems of [vi.problem, en.problem] as Record<string, string>[]) {
      expect(codes.filter((code) => problems[code] === undefined)).toEqual([]);
    }
  }, 60_000);
});
