import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** People who sign in to the admin API. Emails are stored lower-cased; the unique index guards case anyway. */
export const adminAccounts = pgTable(
  'admin_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    /** argon2id PHC string; never leaves this module. */
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    disabled: boolean('disabled').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('admin_accounts_email_lower_key').on(sql`lower(${table.email})`)],
);

/** Bearer tokens for automation. Only the SHA-256 of the token is kept: a database leak does not leak tokens. */
export const adminApiTokens = pgTable(
  'admin_api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => adminAccounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Hex SHA-256 of the token. */
    tokenHash: text('token_hash').notNull(),
    /** The token acts with these roles, intersected with its owner's current roles. */
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('admin_api_tokens_token_hash_key').on(table.tokenHash),
    index('admin_api_tokens_account_id_idx').on(table.accountId),
  ],
);

/** Append-only record of every change made through the admin API or by other modules on an official's behalf. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** `account`, `token` or `system`. */
    actorType: text('actor_type').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorEmail: text('actor_email'),
    actorTokenId: uuid('actor_token_id'),
    /** Dotted action name, e.g. `account.create`. */
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (table) => [
    index('audit_log_action_idx').on(table.action, table.id),
    index('audit_log_target_idx').on(table.targetType, table.targetId, table.id),
    index('audit_log_actor_account_idx').on(table.actorAccountId, table.id),
    index('audit_log_occurred_at_idx').on(table.occurredAt),
  ],
);
