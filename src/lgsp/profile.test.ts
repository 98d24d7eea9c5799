import { describe, expect, it } from 'vitest';
import { getShippedProfile, SHIPPED_PROFILES } from './profile.js';

describe('shipped mapping profiles', () => {
  it.each(Object.keys(SHIPPED_PROFILES))(
    '%s validates and maps every dossier status code to a distinct status',
    (name) => {
      const profile = getShippedProfile(name);
      const statuses = Object.values(profile.dossierStatuses);
      expect(new Set(statuses).size).toBe(10);
    },
  );
});
