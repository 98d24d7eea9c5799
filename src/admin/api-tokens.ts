import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../platform/db.js';
import { adminRoleSchema, parseStoredRoles, type AdminRole } from './roles.js';
import { adminAccounts, adminApiTokens } from './schema.js';
import { sha256Hex } from './secure-compare.js';
import type { AccountRow } from './accounts.js';

/** Recognisable prefix so leaked tokens can be found by secret scanners. */
const TOKEN_PREFIX = 'zegov_at_';
// Writing last-used on every request would turn each read into a write; a minute's precision is enough.
const LAST_USED_PRECISION_MS = 60_000;

export type ApiTokenRow = typeof adminApiTokens.$inferSelect;

/** A token as the API lists it: never the token or its hash. */
export const apiTokenViewSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid().meta({ description: 'The account the token acts for' }),
    name: z.string(),
    roles: z.array(adminRoleSchema).meta({ description: "Never more than the owner's roles at the time of use" }),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'To the minute' }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApiToken' });
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;

export function convertApiTokenToView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    roles: parseStoredRoles(row.roles),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export async function insertApiToken(
  db: DbOrTx,
  values: { accountId: string; name: string; roles: AdminRole[]; expiresAt: Date | null; now: Date },
): Promise<{ row: ApiTokenRow; token: string }> {
  const token = generateApiToken();
  const rows = await db
    .insert(adminApiTokens)
    .values({
      accountId: values.accountId,
      name: values.name,
      tokenHash: sha256Hex(token),
      roles: values.roles,
      expiresAt: values.expiresAt,
      createdAt: values.now,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return { row, token };
}

/** The token and its owner when the token exists, is not revoked and has not expired; null otherwise. */
export async function findUsableApiToken(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<{ token: ApiTokenRow; account: AccountRow } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const rows = await db
    .select({ token: adminApiTokens, account: adminAccounts })
    .from(adminApiTokens)
    .innerJoin(adminAccounts, eq(adminAccounts.id, adminApiTokens.accountId))
    .where(eq(adminApiTokens.tokenHash, sha256Hex(token)))
    .limit(1);
  const found = rows[0];
  if (!found || found.token.revokedAt !== null) return null;
  if (found.token.expiresAt !== null && found.token.expiresAt.getTime() <= now.getTime()) return null;
  return found;
}

export async function recordApiTokenUse(db: DbOrTx, row: ApiTokenRow, now: Date): Promise<void> {
  if (row.lastUsedAt !== null && now.getTime() - row.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
  const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  await db
    .update(adminApiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(adminApiTokens.id, row.id),
        or(isNull(adminApiTokens.lastUsedAt), lt(adminApiTokens.lastUsedAt, staleBefore)),
      ),
    );
}

export async function listApiTokens(db: DbOrTx, filter: { accountId?: string }): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(adminApiTokens)
    .where(filter.accountId === undefined ? undefined : eq(adminApiTokens.accountId, filter.accountId))
    .orderBy(desc(adminApiTokens.createdAt));
}

export async function findApiTokenForUpdate(db: DbOrTx, id: string): Promise<ApiTokenRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const rows = await db.select().from(adminApiTokens).where(eq(adminApiTokens.id, id)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function revokeApiToken(db: DbOrTx, id: string, now: Date): Promise<ApiTokenRow | null> {
  const rows = await db
    .update(adminApiTokens)
    .set({ revokedAt: now })
    .where(and(eq(adminApiTokens.id, id), isNull(adminApiTokens.revokedAt)))
    .returning();
  return rows[0] ?? null;
}
