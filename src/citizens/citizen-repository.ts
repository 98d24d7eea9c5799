import { and, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  defineEffect,
  languageSchema,
  LANGUAGE_EFFECT,
  languageEffectPayloadSchema,
  type CitizenId,
  type CitizenPreferences,
  type EffectDefinition,
  type Language,
} from '../conversation/index.js';
import { preparedOnce, type Db, type DbOrTx } from '../platform/db.js';
import { citizens } from './schema.js';

export type CitizenRow = typeof citizens.$inferSelect;

/** Contact details a citizen chose to share (Zalo `user_submit_info`); only these fields are kept. */
export const sharedContactSchema = z.object({
  name: z.string().max(200).optional(),
  phone: z.string().max(30).optional(),
  address: z.string().max(500).optional(),
});
export type SharedContact = z.infer<typeof sharedContactSchema>;

const DAY_MS = 24 * 3600 * 1000;

function upsertBase(citizenId: string, at: Date) {
  return { zaloUserId: citizenId, lastInteractionAt: at, createdAt: at, updatedAt: at };
}

// Events may be handled after a newer one (retries): never move the last interaction backwards.
const laterInteraction = sql`greatest(${citizens.lastInteractionAt}, excluded.last_interaction_at)`;

/** The citizen wrote to, or tapped something in, the OA. */
export async function recordInteraction(db: DbOrTx, citizenId: string, at: Date): Promise<void> {
  await db
    .insert(citizens)
    .values(upsertBase(citizenId, at))
    .onConflictDoUpdate({
      target: citizens.zaloUserId,
      set: { lastInteractionAt: laterInteraction, updatedAt: sql`now()` },
    });
}

/**
 * `recordInteraction` as a statement to run inside a caller's one (a data-modifying CTE of a turn), only when `onlyIf`
 * holds; with `language`, it also remembers the citizen's language (`recordLanguage`), on the same write of the record.
 * Each value may be SQL instead (a placeholder of a statement prepared once).
 */
export function interactionUpsert(
  citizenId: string | SQL,
  at: Date | SQL,
  onlyIf: SQL,
  language?: Language | SQL,
): SQL {
  return citizenUpsert(citizenId, at, { interaction: true, language, onlyIf });
}

/**
 * The one upsert that writes a citizen's interaction and language: `recordLanguage` (the `citizen.language` effect)
 * and the channel's claim (`interactionUpsert`) are both built here, so the claim writes a language as the effect does.
 */
function citizenUpsert(
  citizenId: string | SQL,
  at: Date | SQL,
  write: { interaction: boolean; language?: Language | SQL | undefined; onlyIf?: SQL },
): SQL {
  const when = sql`${at instanceof Date ? at.toISOString() : at}::timestamptz`;
  // Each column written: its name, its value on insert, its assignment on conflict.
  const written: [SQL, SQL, SQL][] = [];
  if (write.interaction) written.push([sql`last_interaction_at`, when, sql`last_interaction_at = ${laterInteraction}`]);
  if (write.language !== undefined) {
    written.push([sql`language`, sql`${write.language}`, sql`language = excluded.language`]);
  }
  const list = (parts: SQL[]) => sql.join(parts, sql`, `);
  const columns = list([sql`zalo_user_id`, ...written.map(([column]) => column), sql`created_at`, sql`updated_at`]);
  const values = list([sql`${citizenId}`, ...written.map(([, value]) => value), when, when]);
  const assignments = list([...written.map(([, , assignment]) => assignment), sql`updated_at = now()`]);
  return sql`insert into ${citizens} (${columns})
    select ${values} ${write.onlyIf ? sql`where ${write.onlyIf}` : sql``}
    on conflict (zalo_user_id) do update set ${assignments}`;
}

export async function recordFollow(db: DbOrTx, citizenId: string, at: Date): Promise<void> {
  await db
    .insert(citizens)
    .values({ ...upsertBase(citizenId, at), following: true, followedAt: at })
    .onConflictDoUpdate({
      target: citizens.zaloUserId,
      set: { following: true, followedAt: at, lastInteractionAt: laterInteraction, updatedAt: sql`now()` },
    });
}

export async function recordUnfollow(db: DbOrTx, citizenId: string, at: Date): Promise<void> {
  await db
    .insert(citizens)
    .values({ zaloUserId: citizenId, following: false, unfollowedAt: at, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: citizens.zaloUserId,
      set: { following: false, unfollowedAt: at, updatedAt: sql`now()` },
    });
}

/** Stores the contact details the citizen shared, with the time they consented (the time they shared them). */
export async function recordSharedContact(
  db: DbOrTx,
  citizenId: string,
  contact: SharedContact,
  consentedAt: Date,
): Promise<void> {
  const values = {
    contactName: contact.name ?? null,
    contactPhone: contact.phone ?? null,
    contactAddress: contact.address ?? null,
    contactConsentedAt: consentedAt,
  };
  await db
    .insert(citizens)
    .values({ ...upsertBase(citizenId, consentedAt), ...values })
    .onConflictDoUpdate({
      target: citizens.zaloUserId,
      set: { ...values, lastInteractionAt: laterInteraction, updatedAt: sql`now()` },
    });
}

/** What deciding whether a citizen can be sent a message needs (`isInsideSendWindow`). */
export type CitizenSendState = Pick<
  CitizenRow,
  'following' | 'unfollowedAt' | 'lastInteractionAt' | 'sendWindowClosedAt'
>;

const findSendStateStatement = preparedOnce((db) =>
  db
    .select({
      following: citizens.following,
      unfollowedAt: citizens.unfollowedAt,
      lastInteractionAt: citizens.lastInteractionAt,
      sendWindowClosedAt: citizens.sendWindowClosedAt,
    })
    .from(citizens)
    .where(eq(citizens.zaloUserId, sql.placeholder('citizenId')))
    .limit(1)
    .prepare('citizens_find_send_state'),
);

/**
 * The citizen's send state as a scalar subquery (one JSON object, or null without a record) on `citizenId`, an SQL
 * expression of the caller's statement: delivery reads it in the statement that claims the message (one statement
 * fewer for every message sent). `parseCitizenSendState` reads its value back.
 */
export function citizenSendStateQuery(citizenId: SQL): SQL {
  return sql`(select json_build_object('following', ${citizens.following}, 'unfollowedAt', ${citizens.unfollowedAt},
    'lastInteractionAt', ${citizens.lastInteractionAt}, 'sendWindowClosedAt', ${citizens.sendWindowClosedAt})
    from ${citizens} where ${citizens.zaloUserId} = ${citizenId})`;
}

/** What `citizenSendStateQuery` builds (timestamps arrive as JSON text). */
const sendStateSchema = z.object({
  following: z.boolean(),
  unfollowedAt: z.coerce.date().nullable(),
  lastInteractionAt: z.coerce.date().nullable(),
  sendWindowClosedAt: z.coerce.date().nullable(),
});

/**
 * The value of `citizenSendStateQuery` (the driver may hand JSON over as text); null when no citizen has that id.
 * Anything else malformed throws: the send fails and is retried rather than read as "not following".
 */
export function parseCitizenSendState(value: unknown): CitizenSendState | null {
  if (value === null || value === undefined) return null;
  return sendStateSchema.parse(typeof value === 'string' ? JSON.parse(value) : value);
}

/** The citizen's follow and window state, read for every message sent (a prepared statement). */
export async function findCitizenSendState(db: Db, citizenId: string): Promise<CitizenSendState | null> {
  const [row] = await findSendStateStatement(db).execute({ citizenId });
  return row ?? null;
}

export async function findCitizen(db: DbOrTx, citizenId: string): Promise<CitizenRow | null> {
  const [row] = await db.select().from(citizens).where(eq(citizens.zaloUserId, citizenId)).limit(1);
  return row ?? null;
}

/** Zalo said the citizen does not follow the OA (-213). */
export async function markNotFollowing(db: DbOrTx, citizenId: string, at: Date): Promise<void> {
  await db
    .update(citizens)
    .set({ following: false, unfollowedAt: at, updatedAt: sql`now()` })
    .where(eq(citizens.zaloUserId, citizenId));
}

/** Zalo said the send window is closed (-230/-232): no more attempts until the citizen interacts again. */
export async function markSendWindowClosed(db: DbOrTx, citizenId: string, at: Date): Promise<void> {
  await db
    .update(citizens)
    .set({ sendWindowClosedAt: at, updatedAt: sql`now()` })
    .where(eq(citizens.zaloUserId, citizenId));
}

/** Whether a consultation message may be sent now: last interaction within the window and not closed by Zalo since. */
export function isInsideSendWindow(citizen: CitizenSendState | null, now: Date, windowDays: number): boolean {
  const last = citizen?.lastInteractionAt;
  if (!last) return false;
  if (now.getTime() - last.getTime() > windowDays * DAY_MS) return false;
  const closed = citizen.sendWindowClosedAt;
  return !closed || last.getTime() > closed.getTime();
}

/**
 * Deletes the records of citizens who left: not following, unfollowed (or never followed) and silent since `before`.
 * Their shared contact details go with the record. Returns how many were removed.
 */
export async function purgeInactiveCitizens(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(citizens)
    .where(
      and(
        eq(citizens.following, false),
        or(isNull(citizens.unfollowedAt), lt(citizens.unfollowedAt, before)),
        or(isNull(citizens.lastInteractionAt), lt(citizens.lastInteractionAt, before)),
      ),
    )
    .returning({ id: citizens.zaloUserId });
  return removed.length;
}

/** Remembers the citizen's language on their record. */
export async function recordLanguage(db: DbOrTx, citizenId: string, language: Language): Promise<void> {
  await db.execute(citizenUpsert(citizenId, new Date(), { interaction: false, language }));
}

/** Performs the engine's language effect inside the turn's transaction. */
export function createCitizenEffects(): EffectDefinition<z.ZodType>[] {
  return [
    defineEffect({
      type: LANGUAGE_EFFECT,
      payload: languageEffectPayloadSchema,
      perform: (payload, ctx) => recordLanguage(ctx.tx, ctx.citizenId, payload.language),
      // What the claim's upsert then writes instead (`interactionUpsert`): the same statement, built by `citizenUpsert`.
      citizenLanguage: (payload) => payload.language,
    }),
  ];
}

/** The citizen's remembered language as a scalar subquery (the turn reads it with its session, in one statement). */
export function citizenLanguageQuery(citizenId: CitizenId | SQL): SQL {
  return sql`select ${citizens.language} from ${citizens} where ${citizens.zaloUserId} = ${citizenId}`;
}

/** The citizen's remembered language, read with `executor` (a transaction's, where one is open: PGlite has one connection). */
export async function findCitizenLanguage(executor: DbOrTx, citizenId: CitizenId): Promise<Language | null> {
  const [row] = await executor
    .select({ language: citizens.language })
    .from(citizens)
    .where(eq(citizens.zaloUserId, citizenId))
    .limit(1);
  const parsed = languageSchema.safeParse(row?.language);
  return parsed.success ? parsed.data : null;
}

/** The engine's language memory, kept on the citizen record. */
export function createCitizenPreferences(db: Db): CitizenPreferences {
  return {
    findLanguage: (citizenId: CitizenId) => findCitizenLanguage(db, citizenId),
    setLanguage: (citizenId: CitizenId, language: Language) => recordLanguage(db, citizenId, language),
  };
}
