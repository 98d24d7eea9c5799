import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { sandboxCitizens } from '../schema.js';
import type { SimulatedCitizenStore } from './zalo-simulator.js';

const sharedInfoSchema = z.object({ name: z.string(), phone: z.string(), address: z.string() }).nullable();
const tagsSchema = z.array(z.string());

/** Simulated citizens in the product's database (table `sandbox_citizens`). */
export function createSimulatedCitizenStore(db: Db): SimulatedCitizenStore {
  return {
    async load() {
      const rows = await db.select().from(sandboxCitizens).orderBy(asc(sandboxCitizens.createdAt));
      return rows.map((row) => ({
        id: row.id,
        userIdByApp: row.userIdByApp,
        displayName: row.displayName,
        following: row.following,
        lastInteractionAt: row.lastInteractionAt?.getTime(),
        sharedInfo: sharedInfoSchema.catch(null).parse(row.sharedInfo) ?? undefined,
        tags: new Set(tagsSchema.catch([]).parse(row.tags)),
      }));
    },
    async save(citizen) {
      const values = {
        userIdByApp: citizen.userIdByApp,
        displayName: citizen.displayName,
        following: citizen.following,
        lastInteractionAt: citizen.lastInteractionAt === undefined ? null : new Date(citizen.lastInteractionAt),
        sharedInfo: citizen.sharedInfo ?? null,
        tags: [...citizen.tags],
      };
      await db
        .insert(sandboxCitizens)
        .values({ id: citizen.id, ...values })
        .onConflictDoUpdate({ target: sandboxCitizens.id, set: values });
    },
  };
}
