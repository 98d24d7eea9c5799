import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUniqueViolation, type DbOrTx } from '../platform/db.js';
import { AdminErrors } from './errors.js';
import { adminRoleSchema, parseStoredRoles, type AdminRole } from './roles.js';
import { adminAccounts } from './schema.js';

/** Emails are compared without case; we store them trimmed and lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'expected an e-mail address' }));

export type AccountRow = typeof adminAccounts.$inferSelect;

/** An account as the API shows it and the audit log records it: never the password hash. */
export const accountViewSchema = z
  .object({
    id: z.uuid(),
    email: z.string().meta({ description: 'Trimmed and lower-cased' }),
    roles: z.array(adminRoleSchema),
    disabled: z.boolean(),
    unitCode: z
      .string()
      .nullable()
      .meta({ description: "Feedback: the official's handling unit (only its tickets); null: province-wide" }),
    lastLoginAt: z.iso.datetime().nullable(),
    passwordChangedAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({
    id: 'Account',
    example: {
      id: '0b9e8d1c-6f41-4f57-9a3e-2d4c5b6a7f80',
      email: 'editor@province.gov.vn',
      roles: ['editor'],
      disabled: false,
      unitCode: null,
      lastLoginAt: '2026-11-22T08:00:00.000Z',
      passwordChangedAt: '2026-11-20T02:30:00.000Z',
      createdAt: '2026-11-20T02:30:00.000Z',
      updatedAt: '2026-11-22T08:00:00.000Z',
    },
  });
export type AccountView = z.infer<typeof accountViewSchema>;

export function convertAccountToView(row: AccountRow): AccountView {
  return {
    id: row.id,
    email: row.email,
    roles: parseStoredRoles(row.roles),
    disabled: row.disabled,
    unitCode: row.unitCode,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    passwordChangedAt: row.passwordChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findAccountByEmail(db: DbOrTx, email: string): Promise<AccountRow | null> {
  const rows = await db
    .select()
    .from(adminAccounts)
    .where(eq(sql`lower(${adminAccounts.email})`, email.toLowerCase()))
    .limit(1);
  return rows[0] ?? null;
}

export async function findAccountById(db: DbOrTx, id: string): Promise<AccountRow | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const rows = await db.select().from(adminAccounts).where(eq(adminAccounts.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Accounts' sign-in emails by id (an id that is no account, or not a uuid, is left out). */
export async function findAccountEmails(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = ids.filter((id) => z.uuid().safeParse(id).success);
  if (valid.length === 0) return new Map();
  const rows = await db
    .select({ id: adminAccounts.id, email: adminAccounts.email })
    .from(adminAccounts)
    .where(inArray(adminAccounts.id, valid));
  return new Map(rows.map((row) => [row.id, row.email]));
}

/** Like findAccountById, but locks the row for the rest of the transaction (read-modify-write of one account). */
export async function getAccountForUpdate(tx: DbOrTx, id: string): Promise<AccountRow> {
  if (!z.uuid().safeParse(id).success) throw AdminErrors.accountNotFound();
  const rows = await tx.select().from(adminAccounts).where(eq(adminAccounts.id, id)).for('update').limit(1);
  const row = rows[0];
  if (!row) throw AdminErrors.accountNotFound();
  return row;
}

export async function listAccounts(db: DbOrTx): Promise<AccountRow[]> {
  return db.select().from(adminAccounts).orderBy(asc(adminAccounts.email));
}

export async function countAccounts(db: DbOrTx): Promise<number> {
  const rows = await db.select({ value: count() }).from(adminAccounts);
  return rows[0]?.value ?? 0;
}

/**
 * Serialises, until the transaction ends, the changes that may take an admin away: two admins disabling each other at
 * once would otherwise each count the other as the admin left, and leave none.
 */
export async function lockAdminChanges(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('admin-accounts:admins'))`);
}

/** Number of enabled admins other than `exceptId`; guards against removing the last way in. */
export async function countOtherEnabledAdmins(db: DbOrTx, exceptId: string): Promise<number> {
  const rows = await db
    .select({ value: count() })
    .from(adminAccounts)
    .where(
      and(
        ne(adminAccounts.id, exceptId),
        eq(adminAccounts.disabled, false),
        sql`'admin' = any(${adminAccounts.roles})`,
      ),
    );
  return rows[0]?.value ?? 0;
}

export async function insertAccount(
  db: DbOrTx,
  values: { email: string; passwordHash: string; roles: AdminRole[]; unitCode?: string | null; now: Date },
): Promise<AccountRow> {
  try {
    const rows = await db
      .insert(adminAccounts)
      .values({
        email: values.email,
        passwordHash: values.passwordHash,
        roles: values.roles,
        unitCode: values.unitCode ?? null,
        passwordChangedAt: values.now,
        createdAt: values.now,
        updatedAt: values.now,
      })
      .returning();
    const row = rows[0];
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw AdminErrors.emailTaken();
    throw error;
  }
}

export async function updateAccount(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<typeof adminAccounts.$inferInsert, 'id' | 'email' | 'createdAt'>>,
): Promise<AccountRow> {
  const rows = await db.update(adminAccounts).set(values).where(eq(adminAccounts.id, id)).returning();
  const row = rows[0];
  if (!row) throw AdminErrors.accountNotFound();
  return row;
}
