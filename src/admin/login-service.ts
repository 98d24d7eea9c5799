import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import type { Redis } from '../platform/redis.js';
import { findAccountByEmail, type AccountRow } from './accounts.js';
import { recordAudit, type AuditContext } from './audit.js';
import { AdminErrors } from './errors.js';
import { prepareDummyHash, verifyDummyPassword, verifyPassword } from './passwords.js';
import { adminAccounts } from './schema.js';
import { sha256Hex } from './secure-compare.js';
import { createLoginLockout, DEFAULT_LOCKOUT_POLICY, type LockoutPolicy } from './login-lockout.js';
import type { SessionRecord, SessionStore } from './session-store.js';

/** Failed-login limits: a budget per client address, and the lockout of one account from one address. */
export interface LoginLimits {
  /** Failures per client IP, whatever the account (spraying many emails from one address). Default 50 per 15 minutes. */
  perIp: { points: number; durationSeconds: number };
  /** Wrong passwords for one account from one address: threshold and progressive blocks. */
  lockout: LockoutPolicy;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perIp: { points: 50, durationSeconds: 15 * 60 },
  lockout: DEFAULT_LOCKOUT_POLICY,
};

export interface LoginService {
  /**
   * Checks the credentials and opens a new session (ending `previousSessionId`, so a login always rotates the id).
   * Throws ADMIN_INVALID_CREDENTIALS, ADMIN_ACCOUNT_DISABLED (the right password of a disabled account: audited as
   * `auth.login.disabled` and counted like a failure), ADMIN_ACCOUNT_LOCKED or ADMIN_LOGIN_RATE_LIMITED.
   */
  login(input: {
    email: string;
    password: string;
    ip: string;
    requestId?: string | undefined;
    previousSessionId?: string | undefined;
  }): Promise<{ account: AccountRow; sessionId: string; session: SessionRecord }>;
  /**
   * Checks a signed-in account's current password (before a password change) under the same limits as a login, so a
   * stolen session cannot be used to guess it. Throws ADMIN_CURRENT_PASSWORD_WRONG, ADMIN_ACCOUNT_LOCKED or
   * ADMIN_LOGIN_RATE_LIMITED.
   */
  verifyCurrentPassword(input: {
    account: AccountRow;
    password: string;
    ip: string;
    requestId?: string | undefined;
  }): Promise<void>;
  /** Ends the account's lockouts from every address; returns how many addresses were blocked. */
  unlock(email: string): Promise<number>;
  /** Addresses blocked now, per e-mail (for the accounts list). */
  countBlockedAddresses(emails: readonly string[]): Promise<Map<string, number>>;
}

export function createLoginService(deps: {
  db: Db;
  redis: Redis;
  sessions: SessionStore;
  clock: () => Date;
  limits?: LoginLimits;
}): LoginService {
  const { db, redis, sessions, clock } = deps;
  const limits = deps.limits ?? DEFAULT_LOGIN_LIMITS;
  void prepareDummyHash().catch(() => undefined);
  const perIp = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: 'admin:login:ip',
    points: limits.perIp.points,
    duration: limits.perIp.durationSeconds,
  });
  const lockout = createLoginLockout({ redis, clock, policy: limits.lockout });
  // Keys carry a hash of the email: Redis never holds an official's address.
  const accountKeyOf = (email: string) => sha256Hex(email.trim().toLowerCase());

  /** 429 once the address spent its failure budget; 423 while this account is blocked from this address. */
  async function refuseIfLimited(accountKey: string, ip: string): Promise<void> {
    const [ipState, pair] = await guardRedis(() => Promise.all([perIp.get(ip), lockout.check(accountKey, ip)]));
    if (ipState !== null && ipState.consumedPoints >= limits.perIp.points) {
      throw AdminErrors.loginRateLimited(secondsFrom(ipState.msBeforeNext));
    }
    if (pair.blockedForMs > 0) {
      await guardRedis(() => consumeQuietly(perIp, ip));
      throw AdminErrors.accountLocked(secondsFrom(pair.blockedForMs));
    }
  }

  /** Counts a wrong password; returns how long the pair is now blocked (0: not blocked). */
  async function countFailure(accountKey: string, ip: string): Promise<number> {
    return guardRedis(async () => {
      const [, pair] = await Promise.all([consumeQuietly(perIp, ip), lockout.recordFailure(accountKey, ip)]);
      return pair.blockedForMs;
    });
  }

  /** An audit row each time an account is blocked from an address: admins see who is being guessed at, and from where. */
  async function auditBlock(
    account: AccountRow,
    blockedForMs: number,
    input: { ip: string; requestId?: string | undefined },
  ): Promise<void> {
    const now = clock();
    await recordAudit(db, {
      ...auditContext(account, now, input),
      actor: { type: 'system' },
      action: 'account.lock',
      target: { type: 'account', id: account.id },
      after: {
        ip: input.ip,
        lockedUntil: new Date(now.getTime() + blockedForMs).toISOString(),
        reason: 'failed-logins',
      },
    });
  }

  return {
    async login(input) {
      const email = input.email.trim().toLowerCase();
      const accountKey = accountKeyOf(email);
      await refuseIfLimited(accountKey, input.ip);

      const account = await findAccountByEmail(db, email);
      // Unknown emails answer exactly like a wrong password, and lock the same way: neither the answer nor the lockout
      // reveals which accounts exist. A disabled account says so only to whoever knows its password.
      const passwordMatches = account
        ? await verifyPassword(account.passwordHash, input.password)
        : await verifyDummyPassword(input.password).then(() => false);
      if (!account || !passwordMatches) {
        const blockedForMs = await countFailure(accountKey, input.ip);
        if (blockedForMs > 0) {
          if (account) await auditBlock(account, blockedForMs, input);
          throw AdminErrors.accountLocked(secondsFrom(blockedForMs));
        }
        throw AdminErrors.invalidCredentials();
      }
      if (account.disabled) {
        // The right password of a disabled account (a former official, a stolen password): audited, so admins see the
        // account still in use, and counted like a wrong one, so it cannot be tried at will either.
        const blockedForMs = await countFailure(accountKey, input.ip);
        await recordAudit(db, {
          ...auditContext(account, clock(), input),
          action: 'auth.login.disabled',
          target: { type: 'account', id: account.id },
        });
        if (blockedForMs > 0) {
          await auditBlock(account, blockedForMs, input);
          throw AdminErrors.accountLocked(secondsFrom(blockedForMs));
        }
        throw AdminErrors.accountDisabled();
      }

      const now = clock();
      await db.transaction(async (tx) => {
        await tx.update(adminAccounts).set({ lastLoginAt: now }).where(eq(adminAccounts.id, account.id));
        await recordAudit(tx, {
          ...auditContext(account, now, input),
          action: 'auth.login',
          target: { type: 'account', id: account.id },
        });
      });
      await guardRedis(async () => {
        await lockout.recordSuccess(accountKey, input.ip);
        if (input.previousSessionId) await sessions.delete(input.previousSessionId);
      });
      const { sessionId, record } = await guardRedis(() => sessions.create(account.id));
      return { account: { ...account, lastLoginAt: now }, sessionId, session: record };
    },

    async verifyCurrentPassword(input) {
      const accountKey = accountKeyOf(input.account.email);
      await refuseIfLimited(accountKey, input.ip);
      if (await verifyPassword(input.account.passwordHash, input.password)) {
        await guardRedis(() => lockout.recordSuccess(accountKey, input.ip));
        return;
      }
      const blockedForMs = await countFailure(accountKey, input.ip);
      if (blockedForMs > 0) {
        await auditBlock(input.account, blockedForMs, input);
        throw AdminErrors.accountLocked(secondsFrom(blockedForMs));
      }
      throw AdminErrors.currentPasswordWrong();
    },

    unlock(email) {
      return guardRedis(() => lockout.unlock(accountKeyOf(email)));
    },

    async countBlockedAddresses(emails) {
      const counts = await guardRedis(() => lockout.countBlocked(emails.map(accountKeyOf)));
      return new Map(emails.map((email) => [email, counts.get(accountKeyOf(email)) ?? 0]));
    },
  };
}

function auditContext(
  account: AccountRow,
  now: Date,
  input: { ip: string; requestId?: string | undefined },
): AuditContext {
  return {
    actor: { type: 'account', accountId: account.id, email: account.email },
    requestId: input.requestId,
    ip: input.ip,
    occurredAt: now,
  };
}

/** Consumes one point; a spent budget is a normal outcome here (the caller checks it), not an error. */
async function consumeQuietly(limiter: RateLimiterRedis, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) return outcome;
    throw outcome;
  }
}

async function guardRedis<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isAppError(error) ? error : AdminErrors.unavailable(error);
  }
}

function secondsFrom(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
