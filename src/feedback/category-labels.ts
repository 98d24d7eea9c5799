import type { TemplateRenderer } from '../conversation/index.js';
import type { Language } from '../kernel/index.js';
import type { FeedbackCategory } from '../lgsp/index.js';

/**
 * What a citizen reads as a feedback category's name: the template `feedback:category_names.<code>` in their language
 * when there is one (the LGSP names its categories in Vietnamese only; admins add or edit names per code), otherwise
 * the LGSP's own name. What is filed with the LGSP stays its code and its own name.
 */
export function categoryLabel(
  category: Pick<FeedbackCategory, 'code' | 'name'>,
  language: Language,
  renderer: Pick<TemplateRenderer, 'has' | 't'>,
): string {
  return categoryNameText(category.code, language, renderer) ?? category.name;
}

/** The name of a category's template in `language`, null when it has none (citizens then read the LGSP's name). */
export function categoryNameText(
  code: string,
  language: Language,
  renderer: Pick<TemplateRenderer, 'has' | 't'>,
): string | null {
  // A code i18next would read as a path or a namespace has no template.
  if (/[.:]/.test(code)) return null;
  const key = `feedback:category_names.${code}`;
  return renderer.has(key, language) ? renderer.t(key, language) : null;
}
