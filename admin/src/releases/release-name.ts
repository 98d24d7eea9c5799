import type { TFunction } from 'i18next';

/**
 * Names the server gives the releases it creates itself from the shipped flows and templates (in
 * src/conversation/seed-flow-store.ts), shown in the UI's language; a name someone typed is shown as typed.
 */
const SYSTEM_RELEASE_NAMES: Record<string, string> = {
  'shipped flows and templates': 'releases.systemName.shipped',
  'shipped flows and templates (forced import)': 'releases.systemName.forced',
};

export function releaseName(name: string, t: TFunction): string {
  const key = SYSTEM_RELEASE_NAMES[name];
  return key ? t(key) : name;
}
