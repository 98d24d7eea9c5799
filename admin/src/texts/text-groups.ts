import type { TFunction } from 'i18next';

// No relative imports: the unit test loads this file under Node's module resolution too.

/** A text namespace ("core", "lgsp"…) as admins read it: its title in the UI's language, else its code. */
export function textGroupTitle(namespace: string, t: TFunction): string {
  return t(`texts.group.${namespace}.title`, { defaultValue: namespace });
}

/** What a text namespace holds, in the UI's language; null for one the UI does not know (added by a province). */
export function textGroupDescription(namespace: string, t: TFunction): string | null {
  const description = t(`texts.group.${namespace}.description`, { defaultValue: '' });
  return description === '' ? null : description;
}

/** A language's name as a text's language ("tiếng Việt", "English"). */
export function textLanguageName(language: string, t: TFunction): string {
  return t(`texts.language.${language}`, { defaultValue: language.toUpperCase() });
}
