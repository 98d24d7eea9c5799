import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Language } from './channel.js';
import { loadFlowsFromDir } from './load-flows.js';
import { findPlaceholderProblems, placeholderNames } from './template-placeholders.js';
import { loadTemplateResources, type TemplateResources, type TemplateTree } from './template-renderer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shipped = loadTemplateResources(path.join(ROOT, 'templates'));
const { flows } = loadFlowsFromDir(path.join(ROOT, 'flows'));

/** The shipped texts with one text of one language changed by `edit`. */
function edited(language: Language, key: string, edit: (text: string) => string): TemplateResources {
  const templates = structuredClone(shipped);
  const [namespace = '', ...parts] = key.split(':');
  let node = templates[language]?.[namespace] as Record<string, unknown>;
  for (const part of parts.join(':').split('.').slice(0, -1)) node = node[part] as Record<string, unknown>;
  const last = key.split('.').at(-1) ?? '';
  node[last] = edit(node[last] as string);
  return templates;
}

function problemsOf(templates: TemplateResources, language: Language, namespace: string) {
  return findPlaceholderProblems({ flows, templates }, shipped, [{ namespace, language }]);
}

describe('placeholders nothing fills', () => {
  it('reads names as i18next does: trimmed, without the format or the unescape mark', () => {
    expect(placeholderNames('{{ a.b }} {{c, date}} {{- d}} {{}}')).toEqual(['a.b', 'c', 'd', '']);
  });

  it('finds none in the shipped texts', () => {
    const scope = Object.entries(shipped).flatMap(([language, namespaces]) =>
      Object.keys(namespaces as Record<string, TemplateTree>).map((namespace) => ({
        namespace,
        language: language as Language,
      })),
    );
    expect(scope.length).toBeGreaterThan(10);
    expect(findPlaceholderProblems({ flows, templates: shipped }, shipped, scope)).toEqual([]);
  });

  it('finds a placeholder the text is never given, or a misspelt province detail', () => {
    const bogus = edited('vi', 'common:handoff.taken', (text) => `${text} {{bogus}}`);
    expect(problemsOf(bogus, 'vi', 'common')).toEqual([
      expect.objectContaining({
        kind: 'unknown_placeholder',
        flowId: '(templates)',
        key: 'common:handoff.taken',
        language: 'vi',
        placeholder: 'bogus',
      }),
    ]);
    // A name another text is given is not given to this one (the officials' API renders it with no values).
    const elsewhere = edited('en', 'common:handoff.taken', (text) => `${text} {{ticket.number}}`);
    expect(problemsOf(elsewhere, 'en', 'common').map((p) => p.placeholder)).toEqual(['ticket.number']);
    const misspelt = edited('vi', 'common:handoff.taken', (text) => `${text} {{province.hotlne}}`);
    expect(problemsOf(misspelt, 'vi', 'common').map((p) => p.placeholder)).toEqual(['province.hotlne']);
    // Only the namespaces published are checked.
    expect(
      findPlaceholderProblems({ flows, templates: bogus }, shipped, [{ namespace: 'lgsp', language: 'vi' }]),
    ).toEqual([]);
  });

  it("allows what the text's context fills, in one language only or both", () => {
    const changes: Array<[Language, string, (text: string) => string]> = [
      // The form of address and the province's details fill every text.
      ['en', 'common:handoff.taken', (text) => `${text} ({{You}} may call {{province.hotline}}.)`],
      ['vi', 'common:handoff.taken', (text) => text.replace('{{you}}', 'bạn')],
      // A placeholder the shipped text has, left out of one translation.
      ['vi', 'lgsp:dossier.not_found', (text) => text.replace('{{code}}', 'này')],
      // A variable the flow rendering the text writes (the code asked for, a field of the dossier found).
      ['en', 'lgsp:dossier.found', (text) => `${text}\nAsked as {{code}}, received {{dossier.receivedDate, date}}.`],
    ];
    for (const [language, key, edit] of changes) {
      const namespace = key.split(':')[0] ?? '';
      expect(problemsOf(edited(language, key, edit), language, namespace), key).toEqual([]);
    }
  });
});
