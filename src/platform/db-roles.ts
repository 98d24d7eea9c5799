import { readMigrationFiles } from 'drizzle-orm/migrator';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { MIGRATIONS_DIR, openDatabase, type DatabaseHandle, type Db } from './db.js';
import type { Logger } from './logger.js';

/**
 * Two PostgreSQL roles: the owner, which creates and alters tables (migrations only), and the role the server runs
 * as, which owns nothing. A role that owns a table can disable its triggers, so only a non-owner is really held by
 * the audit log's append-only trigger; that role is given exactly what the server needs, and on evidence tables
 * (`appendOnlyTables`) only SELECT and INSERT.
 */

export interface MigrateOptions {
  /** The server's own database (DATABASE_URL). */
  database: DatabaseHandle;
  /** The owner's URL (DATABASE_MIGRATION_URL): migrations run with it, then the server's role gets its grants. */
  migrationUrl: string | undefined;
  /** Tables the server's role may read and append to, never change. */
  appendOnlyTables: readonly string[];
  logger: Logger;
  migrationsFolder?: string;
}

/** What `migrateDatabase` did. */
export type MigrateOutcome =
  | { migratedWith: 'owner'; grantedTo: string | null }
  | { migratedWith: 'server-role' }
  | { migratedWith: 'nothing-pending' };

/** Migration or grant failure with an operator-facing message. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const rowsSchema = <S extends z.ZodType>(row: S) => z.object({ rows: z.array(row) });

/** The role this connection acts as. */
export async function currentRole(db: Db): Promise<string> {
  const result = rowsSchema(z.object({ role: z.string() })).parse(await db.execute(sql`select current_user as role`));
  const role = result.rows[0]?.role;
  if (!role) throw new MigrationError('PostgreSQL did not say which role this connection uses');
  return role;
}

/** Migrations in `folder` that the database has not applied yet (all of them on a new database). */
export async function countPendingMigrations(db: Db, folder = MIGRATIONS_DIR): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  let last = -1;
  try {
    const result = rowsSchema(z.object({ createdAt: z.coerce.number().nullable() })).parse(
      await db.execute(sql`select max(created_at) as "createdAt" from drizzle.__drizzle_migrations`),
    );
    last = result.rows[0]?.createdAt ?? -1;
  } catch {
    // No migration table yet (or not readable): everything is pending.
    return migrations.length;
  }
  return migrations.filter((migration) => migration.folderMillis > last).length;
}

/**
 * Grants `role` what the server needs on every table and sequence of the schema (and, through default privileges,
 * on tables the owner creates later), then takes back UPDATE, DELETE, TRUNCATE, TRIGGER and REFERENCES where they do
 * not belong. Idempotent; run as the owner after each migration.
 */
export async function grantServerRole(db: Db, role: string, appendOnlyTables: readonly string[]): Promise<void> {
  const who = sql.identifier(role);
  const evidence = sql.join(
    appendOnlyTables.map((table) => sql.identifier(table)),
    sql`, `,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${who}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${who}`);
    await tx.execute(sql`revoke truncate, references, trigger on all tables in schema public from ${who}`);
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${who}`);
    if (appendOnlyTables.length > 0) await tx.execute(sql`revoke update, delete on ${evidence} from ${who}`);
    await tx.execute(
      sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${who}`,
    );
    await tx.execute(sql`alter default privileges in schema public grant usage, select on sequences to ${who}`);
    // The server checks at start whether migrations are pending, so it reads drizzle's bookkeeping.
    await tx.execute(sql`grant usage on schema drizzle to ${who}`);
    await tx.execute(sql`grant select on drizzle.__drizzle_migrations to ${who}`);
  });
}

/**
 * Brings the schema up to date at start or from `npm run migrate`. With an owner URL: migrate with it, then grant the
 * server's role. Without: migrate with the server's own role when something is pending (the single-role setup and
 * the embedded database), and touch nothing otherwise, so a role that owns nothing can start.
 */
export async function migrateDatabase(options: MigrateOptions): Promise<MigrateOutcome> {
  const { database, logger } = options;
  const folder = options.migrationsFolder ?? MIGRATIONS_DIR;
  if (options.migrationUrl) {
    if (database.kind !== 'pg') throw new MigrationError('DATABASE_MIGRATION_URL needs DATABASE_URL (PostgreSQL)');
    const serverRole = await currentRole(database.db);
    const owner = await openDatabase({ url: options.migrationUrl, dataDir: '', logger, maxConnections: 1 });
    try {
      await owner.migrate(folder);
      const ownerRole = await currentRole(owner.db);
      if (ownerRole === serverRole) {
        logger.warn('DATABASE_URL and DATABASE_MIGRATION_URL use the same role: the server owns the audit log');
        return { migratedWith: 'owner', grantedTo: null };
      }
      await grantServerRole(owner.db, serverRole, options.appendOnlyTables);
      logger.info({ serverRole }, 'migrations applied with the owner role; server role granted');
      return { migratedWith: 'owner', grantedTo: serverRole };
    } finally {
      await owner.close();
    }
  }
  if (database.kind === 'pg' && (await countPendingMigrations(database.db, folder)) === 0) {
    return { migratedWith: 'nothing-pending' };
  }
  try {
    await database.migrate(folder);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `Applying migrations failed (${reason}). If DATABASE_URL is a role that owns nothing, run them with the owner: set DATABASE_MIGRATION_URL`,
    );
  }
  return { migratedWith: 'server-role' };
}
