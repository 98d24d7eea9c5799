import type { Language } from './channel.js';
import { createTemplateRenderer } from './template-renderer.js';

/** Where a placeholder's value in a preview came from. */
export type PreviewValueSource = 'province' | 'given' | 'sample';

export interface TemplatePreview {
  /** Every placeholder of the texts, in the order first met (Vietnamese first), with the value used. */
  placeholders: Array<{ name: string; format: string | null; value: string; source: PreviewValueSource }>;
  rendered: Record<Language, string>;
}

/**
 * `{{ name }}` or `{{ name, format }}`, as i18next reads them. No nested quantifiers over the same characters (a text
 * of `{{` and spaces must not make the matcher backtrack for minutes): the inside is trimmed in code.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const DATE_FORMATS = new Set(['date', 'time', 'datetime']);

function placeholdersIn(text: string): Array<{ name: string; format: string | null }> {
  return [...text.matchAll(PLACEHOLDER)].map((match) => {
    const [name = '', format] = (match[1] ?? '')
      .trim()
      .split(',')
      .map((part) => part.trim());
    return { name, format: format || null };
  });
}

function valueAt(tree: Record<string, unknown>, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function setAt(tree: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = next !== null && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) ?? ''] = value;
}

/**
 * A template's texts rendered as a citizen would read them, by the bot's own renderer: `province.*` and the form of
 * address (`you`, `You`) from the province's settings now, in each language as that language's citizens read them
 * (the English name in English), each other placeholder from `values` when given, else a sample made from its name
 * (`[ticket.number]`), or the time now for a date or time.
 */
export function previewTemplateTexts(
  texts: Record<Language, string>,
  options: { variables: Record<Language, Record<string, unknown>>; values?: Record<string, string>; now: Date },
): TemplatePreview {
  const params: Record<Language, Record<string, unknown>> = {
    vi: structuredClone(options.variables.vi),
    en: structuredClone(options.variables.en),
  };
  const placeholders: TemplatePreview['placeholders'] = [];
  const seen = new Set<string>();
  const texted = [
    ...placeholdersIn(texts.vi).map((placeholder) => ({ ...placeholder, language: 'vi' as const })),
    ...placeholdersIn(texts.en).map((placeholder) => ({ ...placeholder, language: 'en' as const })),
  ];
  for (const { name, format, language } of texted) {
    if (!name || seen.has(name)) continue;
    seen.add(name);
    // Own properties only: `{{constructor}}` is a placeholder like any other, not Object's.
    const given = options.values && Object.hasOwn(options.values, name) ? options.values[name] : undefined;
    const known = valueAt(options.variables[language], name);
    if (given !== undefined) {
      for (const tree of Object.values(params)) setAt(tree, name, given);
      placeholders.push({ name, format, value: given, source: 'given' });
    } else if (known !== undefined && (typeof known === 'string' || typeof known === 'number')) {
      placeholders.push({ name, format, value: String(known), source: 'province' });
    } else {
      const sample = format && DATE_FORMATS.has(format) ? options.now.toISOString() : `[${name}]`;
      for (const tree of Object.values(params)) setAt(tree, name, sample);
      placeholders.push({ name, format, value: sample, source: 'sample' });
    }
  }
  const renderer = createTemplateRenderer({
    resources: { vi: { preview: { text: texts.vi } }, en: { preview: { text: texts.en } } },
    defaults: {},
  });
  return {
    placeholders,
    rendered: { vi: renderer.t('preview:text', 'vi', params.vi), en: renderer.t('preview:text', 'en', params.en) },
  };
}
