import type { Language } from './channel.js';
import type { AskInputType } from './flow-schema.js';

const ASK_INPUT_TYPES: AskInputType[] = [
  'text',
  'number',
  'yes_no',
  'choice',
  'phone',
  'dossier_code',
  'tax_code',
  'date',
  'image',
  'location',
  'file',
  'contact',
];

/** Template keys the engine itself renders; each must exist in every language. */
export const ENGINE_TEMPLATE_KEYS: readonly string[] = [
  'common:menu',
  'common:fallback',
  'common:cancelled',
  'common:unsupported',
  'common:unexpected_attachment',
  'common:error.generic',
  'common:action.unavailable',
  'common:action.not_found',
  'common:action.invalid',
  'common:session.expired',
  'common:held_notice',
  'common:language.changed',
  'common:handoff.open',
  'common:handoff.closed',
  'common:handoff.recorded',
  'common:handoff.waiting',
  'common:handoff.ended_by_citizen',
  'common:handoff.timed_out',
  // Sent by the officials' API, not the engine, but every deployment needs them.
  'common:handoff.taken',
  'common:handoff.ended_by_official',
  'common:button.yes',
  'common:button.no',
  'common:button.skip',
  'common:button.done',
  'common:input.too_many_attempts',
  'common:input.image_more',
  ...ASK_INPUT_TYPES.map((type) => `common:input.invalid.${type}`),
];

export interface TemplateProblem {
  kind: 'missing_template';
  key: string;
  language: Language;
  message: string;
}

/** The engine's own template keys missing in any language. */
export function validateEngineTemplates(
  templates: { has(key: string, language: Language): boolean },
  languages: readonly Language[],
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const key of ENGINE_TEMPLATE_KEYS) {
    for (const language of languages) {
      if (!templates.has(key, language)) {
        problems.push({
          kind: 'missing_template',
          key,
          language,
          message: `template "${key}" is missing in ${language}`,
        });
      }
    }
  }
  return problems;
}
