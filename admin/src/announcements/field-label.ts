import type { TFunction } from 'i18next';

/**
 * The form field an INVALID_INPUT path names (`content.vi.buttons.0.url`), in the words of the form's own labels, so
 * an official knows which box to fix; an unknown path is shown as it is.
 */
export function announcementFieldLabel(t: TFunction, path: string): string {
  const content = /^content\.(vi|en)\.(title|text|imageUrl)$/.exec(path);
  const language = (code: string) => t(`announcements.language.${code}`);
  if (content?.[1] && content[2]) {
    const key = content[2] === 'imageUrl' ? 'image' : content[2];
    return `${t(`announcements.compose.${key}`)} (${language(content[1])})`;
  }
  const button = /^content\.(vi|en)\.buttons\.(\d+)\.(title|url|phone|flow)$/.exec(path);
  if (button?.[1] && button[2] && button[3]) {
    const n = Number(button[2]) + 1;
    const label =
      button[3] === 'title'
        ? t('announcements.buttons.title', { n })
        : t(`announcements.buttons.value.${button[3] === 'url' ? 'link' : button[3]}`, { n });
    return `${label} (${language(button[1])})`;
  }
  const audience = /^audience\.(tags|communes|topics|languages)/.exec(path);
  if (audience?.[1]) return t(`announcements.audience.${audience[1]}`);
  return path;
}
