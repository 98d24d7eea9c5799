import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const MIGRATIONS = new URL('../../migrations/', import.meta.url);
const journal = z
  .object({ entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })) })
  .parse(JSON.parse(fs.readFileSync(new URL('meta/_journal.json', MIGRATIONS), 'utf8')));

// The migrator applies a migration only when its `when` is later than the last one a database applied: an entry
// merged with an earlier `when` than its predecessor would be skipped silently on databases already past it.
describe('the migrations journal', () => {
  it('numbers migrations in order, with strictly increasing times, each with its SQL file and snapshot', () => {
    journal.entries.forEach((entry, index) => {
      expect(entry.idx).toBe(index);
      expect(entry.tag.startsWith(String(index).padStart(4, '0'))).toBe(true);
      expect(fs.existsSync(new URL(`${entry.tag}.sql`, MIGRATIONS))).toBe(true);
      expect(fs.existsSync(new URL(`meta/${String(index).padStart(4, '0')}_snapshot.json`, MIGRATIONS))).toBe(true);
      if (index > 0) expect(entry.when).toBeGreaterThan(journal.entries[index - 1]?.when ?? 0);
    });
  });
});
