import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { PersonalDataHolder } from '../citizens/index.js';
import { photoIntakeStore } from './photo-intake-store.js';
import type { PhotoStore } from './photo-store.js';
import { feedbackTickets } from './schema.js';
import { parseTicketNumber } from './ticket-number.js';
import { ticketStore } from './ticket-store.js';
import { ANONYMISED_CITIZEN, anonymiseTickets, ofCitizen } from './ticket-purge.js';
import type { DbOrTx } from '../platform/db.js';

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
    async describe(db, citizenId) {
      const rows = await db
        .select()
        .from(feedbackTickets)
        .where(and(eq(feedbackTickets.citizenId, citizenId), isNull(feedbackTickets.purgedAt)))
        .orderBy(desc(feedbackTickets.createdAt));
      // What the ticket holds about the person, not the whole ticket: officials read that in the feedback routes.
      return rows.map((row) => ({
        number: row.number,
        category: row.categoryName,
        status: row.status,
        filedAt: row.createdAt.toISOString(),
        title: row.title,
        contactShared: row.contactNameSealed !== null || row.contactPhoneSealed !== null,
        place: [row.placeAddress, row.placeCommuneName].filter((part) => part).join(', ') || null,
        rating: row.rating,
      }));
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

/** The citizen who filed the ticket a number names (typed loosely); null when there is none, or it was anonymised. */
export async function citizenOfTicket(db: DbOrTx, number: string): Promise<string | null> {
  const canonical = parseTicketNumber(number);
  if (canonical === null) return null;
  const ticket = await ticketStore.findByNumber(db, canonical);
  return ticket && ticket.citizenId !== ANONYMISED_CITIZEN ? ticket.citizenId : null;
}
