import type { Language } from './channel.js';
import type { FlowProblemParams } from './flow-problem.js';
import { BASIC_INPUT_TYPE_NAMES } from './basic-input-types.js';
import type { TemplateRenderer } from './template-renderer.js';
import { LANGUAGE_GUESS_WORD_LISTS } from './language-guess.js';
import { RESUME_TEMPLATES } from './resume.js';
import { ENGINE_WORD_LISTS } from './vocabulary.js';

/** Template keys the engine itself renders; each must exist in every language. */
export const ENGINE_TEMPLATE_KEYS: readonly string[] = [
  'common:menu',
  'common:fallback',
  'common:button_expired',
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
  'common:language.detected',
  'common:handoff.open',
  'common:handoff.closed',
  'common:handoff.recorded',
  'common:handoff.message_left',
  'common:handoff.wait.ahead',
  'common:handoff.wait.none_ahead',
  'common:handoff.waiting',
  'common:handoff.waiting_left',
  'common:handoff.bot_paused',
  'common:handoff.ended_by_citizen',
  'common:handoff.timed_out',
  // Sent by the officials' API, not the engine, but every deployment needs them.
  'common:handoff.taken',
  'common:handoff.ended_by_official',
  'common:handoff.rate.ask',
  'common:button.yes',
  'common:button.no',
  'common:button.skip',
  'common:button.done',
  'common:button.back_to_question',
  'core:understanding.did_you_mean',
  'core:understanding.did_you_mean_confirm',
  'core:understanding.not_meant',
  'core:understanding.button.none_of_these',
  'common:input.too_many_attempts',
  'common:input.image_more',
  'common:input.image_over',
  ...BASIC_INPUT_TYPE_NAMES.map((type) => `common:input.invalid.${type}`),
  ...Object.values(RESUME_TEMPLATES),
];

export interface TemplateProblem {
  kind: 'missing_template' | 'missing_words' | 'word_conflict';
  code: 'template_missing' | 'words_missing' | 'word_conflict';
  params: FlowProblemParams;
  key: string;
  language?: Language;
  message: string;
}

/**
 * The engine's own template keys and word lists missing in any language, and phrases two of its word lists share
 * (a phrase that is both "yes" and "no", or both a command and an answer, would only ever mean the first). With
 * `namespace`, only the problems of that namespace (what publishing it could have caused).
 */
export function validateEngineTemplates(
  templates: Pick<TemplateRenderer, 'has' | 'wordList' | 'words'>,
  languages: readonly Language[],
  options: { namespace?: string } = {},
): TemplateProblem[] {
  const problems = findEngineTemplateProblems(templates, languages);
  const prefix = options.namespace === undefined ? null : `${options.namespace}:`;
  return prefix === null ? problems : problems.filter((problem) => problem.key.startsWith(prefix));
}

function findEngineTemplateProblems(
  templates: Pick<TemplateRenderer, 'has' | 'wordList' | 'words'>,
  languages: readonly Language[],
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const key of ENGINE_TEMPLATE_KEYS) {
    for (const language of languages) {
      if (!templates.has(key, language)) {
        problems.push({
          kind: 'missing_template',
          code: 'template_missing',
          params: { key, language },
          key,
          language,
          message: `template "${key}" is missing in ${language}`,
        });
      }
    }
  }
  for (const key of [...ENGINE_WORD_LISTS, ...LANGUAGE_GUESS_WORD_LISTS]) {
    for (const language of languages) {
      if (templates.wordList(key, language) === null) {
        problems.push({
          kind: 'missing_words',
          code: 'words_missing',
          params: { key, language },
          key,
          language,
          message: `word list "${key}" is missing in ${language} (an empty list [] is allowed)`,
        });
      }
    }
  }
  // The language guess's lists are a group apart from the commands' (an English-only "please" is also a help word):
  // within each group, a phrase means one thing only.
  for (const group of [ENGINE_WORD_LISTS, LANGUAGE_GUESS_WORD_LISTS]) problems.push(...wordConflicts(templates, group));
  return problems;
}

/** Phrases that stand in two of these word lists. */
function wordConflicts(templates: Pick<TemplateRenderer, 'words'>, keys: readonly string[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const owner = new Map<string, string>();
  for (const key of keys) {
    for (const phrase of templates.words(key)) {
      const first = owner.get(phrase);
      if (first === undefined) owner.set(phrase, key);
      else if (first !== key) {
        problems.push({
          kind: 'word_conflict',
          code: 'word_conflict',
          params: { phrase, first, second: key },
          key,
          message: `"${phrase}" is in both "${first}" and "${key}"; a phrase may mean one thing only`,
        });
      }
    }
  }
  return problems;
}
