import type { CitizenId, CitizenPreferences, Language } from './channel.js';

/** Remembers languages in memory: for the simulator, the CLI and unit tests, never for a running server. */
export function createMemoryCitizenPreferences(): CitizenPreferences {
  const languages = new Map<CitizenId, Language>();
  return {
    findLanguage: (citizenId) => Promise.resolve(languages.get(citizenId) ?? null),
    setLanguage: (citizenId, language) => {
      languages.set(citizenId, language);
      return Promise.resolve();
    },
  };
}
