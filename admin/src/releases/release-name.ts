import type { TFunction } from 'i18next';
import { textGroupTitle, textLanguageName } from '../texts/text-groups.js';

/** What the server published (the API's ReleaseOrigin). */
type Origin =
  | { kind: 'shipped'; forced: boolean }
  | { kind: 'flow'; flowId: string; title: string | null; version: number; rollback: boolean }
  | { kind: 'texts'; namespace: string; versions: ReadonlyArray<{ language: string; version: number }> };

/**
 * A release's name in the UI's language: what the server published, said from its origin ("Xuất bản kịch bản Liên
 * hệ và trợ giúp, phiên bản 2"; older releases too, the server reads their names); a name someone typed as typed.
 */
export function releaseName(release: { name: string; origin: Origin | null }, t: TFunction): string {
  const { origin } = release;
  switch (origin?.kind) {
    case undefined:
      return release.name;
    case 'shipped':
      return t(origin.forced ? 'releases.systemName.forced' : 'releases.systemName.shipped');
    case 'flow':
      return t(origin.rollback ? 'releases.origin.flowRollback' : 'releases.origin.flow', {
        title: origin.title ?? origin.flowId,
        version: origin.version,
      });
    case 'texts':
      return t('releases.origin.texts', {
        group: textGroupTitle(origin.namespace, t),
        versions: origin.versions
          .map(({ language, version }) =>
            t('releases.origin.textsVersion', { language: textLanguageName(language, t), version }),
          )
          .join('; '),
      });
  }
}

/**
 * Who made a version or a release, as admins read it: an account's email, or the server itself: "Có sẵn khi cài đặt"
 * for the shipped files imported at start (`seed`), the command line's import (`cli`), the system (null).
 */
export function actorName(by: string | null, t: TFunction): string {
  if (by === null) return t('releases.system');
  if (by === 'seed') return t('actor.seed');
  if (by === 'cli') return t('actor.cli');
  return by;
}
