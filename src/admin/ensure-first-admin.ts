import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import { convertAccountToView, countAccounts, emailSchema, insertAccount } from './accounts.js';
import { recordAudit } from './audit.js';
import { assertPasswordPolicy, generatePassword, hashPassword } from './passwords.js';

export const SANDBOX_ADMIN_EMAIL = 'admin@sandbox.local';

export type FirstAdminOutcome =
  /** Accounts exist already: nothing was done. */
  | { status: 'exists' }
  /** Created from ADMIN_EMAIL/ADMIN_PASSWORD. */
  | { status: 'created'; accountId: string; email: string }
  /** Sandbox with no ADMIN_* set: created with a random password, which main prints once (never through the logger). */
  | { status: 'generated'; accountId: string; email: string; password: string }
  /** No account, and nothing to create one from (production without ADMIN_EMAIL/ADMIN_PASSWORD). */
  | { status: 'missing' };

/**
 * Makes sure someone can sign in: when no account exists, creates one admin. Safe when several processes start at
 * once: the unique email index lets exactly one of them create it.
 */
export async function ensureFirstAdmin(input: {
  db: Db;
  email: string | undefined;
  password: string | undefined;
  sandbox: boolean;
  clock?: () => Date;
}): Promise<FirstAdminOutcome> {
  const { db } = input;
  if ((await countAccounts(db)) > 0) return { status: 'exists' };
  let email: string;
  let password: string;
  let generated = false;
  if (input.email !== undefined && input.password !== undefined) {
    email = emailSchema.parse(input.email);
    // ADMIN_PASSWORD meets the same policy as any new password (ADMIN_PASSWORD_WEAK with the reason otherwise).
    assertPasswordPolicy(input.password, { email });
    password = input.password;
  } else if (input.sandbox) {
    email = SANDBOX_ADMIN_EMAIL;
    password = generatePassword();
    generated = true;
  } else {
    return { status: 'missing' };
  }
  const passwordHash = await hashPassword(password);
  const now = (input.clock ?? (() => new Date()))();
  try {
    const account = await db.transaction(async (tx) => {
      const row = await insertAccount(tx, { email, passwordHash, roles: ['admin'], now });
      await recordAudit(tx, {
        actor: { type: 'system' },
        occurredAt: now,
        action: 'account.create',
        target: { type: 'account', id: row.id },
        after: { ...convertAccountToView(row), source: generated ? 'sandbox-generated' : 'environment' },
      });
      return row;
    });
    return generated
      ? { status: 'generated', accountId: account.id, email, password }
      : { status: 'created', accountId: account.id, email };
  } catch (error) {
    // Another process created the same first admin a moment ago.
    if (isAppError(error) && error.code === 'ADMIN_EMAIL_TAKEN') {
      return { status: 'exists' };
    }
    throw error;
  }
}
