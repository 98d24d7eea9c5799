import { and, count, eq, isNull } from 'drizzle-orm';
import type { PersonalDataHolder } from '../citizens/index.js';
import { photoIntakeStore } from './photo-intake-store.js';
import type { PhotoStore } from './photo-store.js';
import { feedbackTickets } from './schema.js';
import { anonymiseTickets, ofCitizen } from './ticket-purge.js';

/**
 * A citizen's feedback tickets as personal data: erasing anonymises them (contact, place, texts, photos, the citizen's
 * id go; the number, category, unit, status and dates stay for the province's statistics; the LGSP keeps its copy).
 */
export function feedbackPersonalData(
  photos: Pick<PhotoStore, 'remove'>,
  options: { intake?: Pick<PhotoStore, 'remove'>; clock?: () => Date } = {},
): PersonalDataHolder {
  const clock = options.clock ?? (() => new Date());
  return {
    name: 'feedback',
    async count(db, citizenId) {
      const [row] = await db
        .select({ n: count() })
        .from(feedbackTickets)
        .where(and(eq(feedbackTickets.citizenId, citizenId), isNull(feedbackTickets.purgedAt)));
      return row?.n ?? 0;
    },
    async erase(db, citizenId) {
      // Photos of a report not sent yet (fetched at intake) go too; they are not counted: nothing was filed.
      if (options.intake) {
        await photoIntakeStore.remove(db, options.intake, await photoIntakeStore.ofCitizen(db, citizenId));
      }
      return (await anonymiseTickets(db, photos, ofCitizen(citizenId), clock())).tickets;
    },
  };
}
