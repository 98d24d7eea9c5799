import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import type { Redis } from '../platform/redis.js';
import { findAccountByEmail, type AccountRow } from './accounts.js';
import { recordAudit, type AuditContext } from './audit.js';
import { AdminErrors } from './errors.js';
import { prepareDummyHash, verifyDummyPassword, verifyPassword } from './passwords.js';
import { adminAccounts } from './schema.js';
import { sha256Hex } from './secure-compare.js';
import type { SessionRecord, SessionStore } from './session-store.js';

/** Consecutive wrong passwords after which an account refuses every login for LOCKOUT_DURATION_MS. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_DURATION_MS = 15 * 60_000;

/** Failed-login budgets; each limit counts failures only and answers 429 with Retry-After once spent. */
export interface LoginLimits {
  /** Failures per client IP (spraying many emails from one address). Default 50 per 15 minutes. */
  perIp: { points: number; durationSeconds: number };
  /** Failures per email from one IP (guessing one account's password). Default 10 per 15 minutes. */
  perEmailAndIp: { points: number; durationSeconds: number };
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perIp: { points: 50, durationSeconds: 15 * 60 },
  perEmailAndIp: { points: 10, durationSeconds: 15 * 60 },
};

export interface LoginService {
  /**
   * Checks the credentials and opens a new session (ending `previousSessionId`, so a login always rotates the id).
   * Throws ADMIN_INVALID_CREDENTIALS, ADMIN_ACCOUNT_LOCKED or ADMIN_LOGIN_RATE_LIMITED.
   */
  login(input: {
    email: string;
    password: string;
    ip: string;
    requestId?: string | undefined;
    previousSessionId?: string | undefined;
  }): Promise<{ account: AccountRow; sessionId: string; session: SessionRecord }>;
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
  const perEmailAndIp = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: 'admin:login:email-ip',
    points: limits.perEmailAndIp.points,
    duration: limits.perEmailAndIp.durationSeconds,
  });
  // Emails without an account "lock" exactly like real ones; otherwise the lockout answer would reveal which exist.
  const unknownEmailLockout = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: 'admin:login:unknown',
    points: LOCKOUT_THRESHOLD - 1,
    duration: LOCKOUT_DURATION_MS / 1000,
    blockDuration: LOCKOUT_DURATION_MS / 1000,
  });

  return {
    async login(input) {
      const email = input.email.trim().toLowerCase();
      // Keys carry a hash of the email: Redis never holds an official's address.
      const emailKey = sha256Hex(email);
      const emailIpKey = `${emailKey}:${input.ip}`;

      const [ipState, emailIpState] = await guardRedis(() =>
        Promise.all([perIp.get(input.ip), perEmailAndIp.get(emailIpKey)]),
      );
      const spent = [
        { state: ipState, points: limits.perIp.points },
        { state: emailIpState, points: limits.perEmailAndIp.points },
      ].filter(({ state, points }) => state !== null && state.consumedPoints >= points);
      if (spent.length > 0) {
        const waitMs = Math.max(...spent.map(({ state }) => state?.msBeforeNext ?? 0));
        throw AdminErrors.loginRateLimited(secondsFrom(waitMs));
      }
      const countFailure = () =>
        guardRedis(async () => {
          await Promise.all([consumeQuietly(perIp, input.ip), consumeQuietly(perEmailAndIp, emailIpKey)]);
        });

      const account = await findAccountByEmail(db, email);
      const now = clock();

      if (!account) {
        const lockState = await guardRedis(() => unknownEmailLockout.get(emailKey));
        if (lockState !== null && lockState.consumedPoints > LOCKOUT_THRESHOLD - 1) {
          await countFailure();
          throw AdminErrors.accountLocked(secondsFrom(lockState.msBeforeNext));
        }
        await verifyDummyPassword(input.password);
        await countFailure();
        const after = await guardRedis(() => consumeQuietly(unknownEmailLockout, emailKey));
        if (after.consumedPoints >= LOCKOUT_THRESHOLD) throw AdminErrors.accountLocked(secondsFrom(after.msBeforeNext));
        throw AdminErrors.invalidCredentials();
      }

      if (account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime()) {
        await countFailure();
        throw AdminErrors.accountLocked(secondsFrom(account.lockedUntil.getTime() - now.getTime()));
      }

      const passwordMatches = await verifyPassword(account.passwordHash, input.password);
      if (!passwordMatches || account.disabled) {
        await countFailure();
        // A disabled account answers exactly like a wrong password, and does not count towards its lockout.
        if (account.disabled) throw AdminErrors.invalidCredentials();
        const lockedUntil = await recordFailedPassword(account, now, input);
        if (lockedUntil) throw AdminErrors.accountLocked(secondsFrom(lockedUntil.getTime() - now.getTime()));
        throw AdminErrors.invalidCredentials();
      }

      await db.transaction(async (tx) => {
        await tx
          .update(adminAccounts)
          .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
          .where(eq(adminAccounts.id, account.id));
        await recordAudit(tx, {
          ...auditContext(account, now, input),
          action: 'auth.login',
          target: { type: 'account', id: account.id },
        });
      });
      await guardRedis(async () => {
        await perEmailAndIp.delete(emailIpKey);
        if (input.previousSessionId) await sessions.delete(input.previousSessionId);
      });
      const { sessionId, record } = await guardRedis(() => sessions.create(account.id));
      return {
        account: { ...account, failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
        sessionId,
        session: record,
      };
    },
  };

  /** Counts one wrong password atomically (concurrent guesses cannot skip the lock); returns the lock end if set. */
  async function recordFailedPassword(
    account: AccountRow,
    now: Date,
    input: { ip: string; requestId?: string | undefined },
  ): Promise<Date | null> {
    const lockUntil = new Date(now.getTime() + LOCKOUT_DURATION_MS);
    return db.transaction(async (tx) => {
      const rows = await tx
        .update(adminAccounts)
        .set({
          failedLoginCount: sql`case when ${adminAccounts.failedLoginCount} + 1 >= ${LOCKOUT_THRESHOLD} then 0 else ${adminAccounts.failedLoginCount} + 1 end`,
          lockedUntil: sql`case when ${adminAccounts.failedLoginCount} + 1 >= ${LOCKOUT_THRESHOLD} then ${lockUntil.toISOString()}::timestamptz else ${adminAccounts.lockedUntil} end`,
        })
        .where(eq(adminAccounts.id, account.id))
        .returning({ lockedUntil: adminAccounts.lockedUntil });
      const lockedUntil = rows[0]?.lockedUntil ?? null;
      if (lockedUntil === null || lockedUntil.getTime() !== lockUntil.getTime()) return null;
      await recordAudit(tx, {
        ...auditContext(account, now, input),
        actor: { type: 'system' },
        action: 'account.lock',
        target: { type: 'account', id: account.id },
        after: { lockedUntil: lockedUntil.toISOString(), reason: 'failed-logins' },
      });
      return lockedUntil;
    });
  }
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
