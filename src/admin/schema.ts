import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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
    /** The handling unit of an official (feedback routing's unit code): they see and answer only its tickets. */
    unitCode: text('unit_code'),
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
    /**
     * The hash chain (see `audit-chain.ts`). The database's `audit_log_chain` trigger sets these three on every insert,
     * under a lock, whatever the inserter sent; the defaults only let an INSERT leave them out.
     * `seq` numbers the rows 1, 2, 3… without gaps; `prevHash` is the previous row's `hash` (64 zeros for the first);
     * `hash` is the hex SHA-256 of the row's canonical serialisation, `prevHash` included.
     */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (table) => [
    uniqueIndex('audit_log_seq_key').on(table.seq),
    index('audit_log_action_idx').on(table.action, table.id),
    index('audit_log_target_idx').on(table.targetType, table.targetId, table.id),
    // The latest action of one kind on a target (a citizen's erasure, looked up for their conversation's heading)
    // without walking every other row about it: each read of a citizen's log is audited on that citizen.
    index('audit_log_target_action_idx').on(table.targetType, table.targetId, table.action, table.id),
    index('audit_log_actor_account_idx').on(table.actorAccountId, table.id),
    index('audit_log_occurred_at_idx').on(table.occurredAt),
  ],
);

/**
 * Chain heads seen by the periodic checkpoint (append-only, like the log). `audit:verify` checks that the chain still
 * passes through each of them, which makes deleting the newest rows detectable.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('audit_checkpoints_seq_idx').on(table.seq)],
);

/** Tables whose rows are evidence: the server's database role gets SELECT and INSERT on them, never more (a new evidence table joins this list). */
export const AUDIT_TABLES = ['audit_log', 'audit_checkpoints'] as const;

/**
 * Replies officials send with one click during a handoff (opening hours, where to submit, a form to fill): text in
 * each language, an optional image and file, up to five link or call buttons. Admins manage them; each change audited.
 */
export const cannedReplies = pgTable('canned_replies', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** What officials pick it by. */
  title: text('title').notNull(),
  /** `CannedReplyContent`: `{vi: {text, imageUrl?, file?, buttons?}, en?: …}`. */
  content: jsonb('content').notNull(),
  updatedBy: text('updated_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
