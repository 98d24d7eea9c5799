import { and, count, eq, isNull } from 'drizzle-orm';
import type { PersonalDataHolder } from '../citizens/index.js';
import type { PhotoStore } from './photo-store.js';
import { feedbackTickets } from './schema.js';
import { anonymiseTickets, ofCitizen } from './ticket-purge.js';

/**
 * A citizen's feedback tickets as personal data: erasing anonymises them (contact, place, texts, photos, the citizen's
 * id go; the number, category, unit, status and dates stay for the province's statistics; the LGSP keeps its copy).
 */
export function feedbackPersonalData(photos: Pick<PhotoStore, 'remove'>, clock = () => new Date()): PersonalDataHolder {
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
      return (await anonymiseTickets(db, photos, ofCitizen(citizenId), clock())).tickets;
    },
  };
}
