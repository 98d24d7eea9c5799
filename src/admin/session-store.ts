import { parseStoredJson } from '../platform/stored-json.js';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Redis } from '../platform/redis.js';
import { sha256Hex } from './secure-compare.js';

const sessionRecordSchema = z.object({
  accountId: z.uuid(),
  csrfToken: z.string().min(32),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export interface SessionStore {
  /** Creates a session with a fresh random id and CSRF token; the id goes in the cookie only. */
  create(accountId: string): Promise<{ sessionId: string; record: SessionRecord }>;
  /**
   * The live session for this id, its idle timer restarted; null when unknown, idle for longer than the TTL, or older
   * than the absolute lifetime (however busy it was).
   */
  touch(sessionId: string): Promise<SessionRecord | null>;
  delete(sessionId: string): Promise<void>;
  /**
   * Ends every session of an account (password reset, disabling), except optionally the caller's own; with `reason`,
   * each ended session remembers it for as long as it could have lived idle (`endedBecause`).
   */
  deleteAllForAccount(accountId: string, exceptSessionId?: string, reason?: SessionEndReason): Promise<void>;
  /** Why a session that is no longer live was ended, when it was ended with a reason. */
  endedBecause(sessionId: string): Promise<SessionEndReason | null>;
}

const sessionEndReasonSchema = z.enum(['disabled']);
/** Why an admin ended someone's sessions, told to the browser still holding one: `disabled`, the account was. */
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

/**
 * Sessions in Redis under the SHA-256 of their id: someone who can read Redis still cannot present a session. The
 * idle limit (`ttlMs`) and the absolute lifetime (`maxAgeMs`: a stolen cookie kept busy still dies) are checked
 * against the injected clock (so tests need not sleep); Redis's own expiry removes the leftovers.
 */
export function createSessionStore(deps: {
  redis: Redis;
  ttlMs: number;
  maxAgeMs: number;
  clock: () => Date;
}): SessionStore {
  const { redis, ttlMs, maxAgeMs, clock } = deps;
  const sessionKey = (hash: string) => `admin:session:${hash}`;
  const accountKey = (accountId: string) => `admin:account-sessions:${accountId}`;
  const endedKey = (hash: string) => `admin:session-ended:${hash}`;

  async function read(hash: string): Promise<SessionRecord | null> {
    return parseStoredJson(await redis.get(sessionKey(hash)), sessionRecordSchema) ?? null;
  }

  async function write(hash: string, record: SessionRecord): Promise<void> {
    const expiresInMs = Math.max(1, Math.min(ttlMs, record.createdAt + maxAgeMs - clock().getTime()));
    await redis
      .multi()
      .set(sessionKey(hash), JSON.stringify(record), 'PX', expiresInMs)
      .sadd(accountKey(record.accountId), hash)
      .pexpire(accountKey(record.accountId), ttlMs)
      .exec();
  }

  return {
    async create(accountId) {
      const sessionId = randomBytes(32).toString('base64url');
      const now = clock().getTime();
      const record: SessionRecord = {
        accountId,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: now,
        lastSeenAt: now,
      };
      await write(sha256Hex(sessionId), record);
      return { sessionId, record };
    },
    async touch(sessionId) {
      const hash = sha256Hex(sessionId);
      const record = await read(hash);
      if (!record) return null;
      const now = clock().getTime();
      if (now - record.lastSeenAt > ttlMs || now - record.createdAt > maxAgeMs) {
        await redis.multi().del(sessionKey(hash)).srem(accountKey(record.accountId), hash).exec();
        return null;
      }
      const touched = { ...record, lastSeenAt: now };
      await write(hash, touched);
      return touched;
    },
    async delete(sessionId) {
      const hash = sha256Hex(sessionId);
      const record = await read(hash);
      const multi = redis.multi().del(sessionKey(hash));
      if (record) multi.srem(accountKey(record.accountId), hash);
      await multi.exec();
    },
    async deleteAllForAccount(accountId, exceptSessionId, reason) {
      const keep = exceptSessionId === undefined ? undefined : sha256Hex(exceptSessionId);
      const hashes = (await redis.smembers(accountKey(accountId))).filter((hash) => hash !== keep);
      if (hashes.length === 0) return;
      const multi = redis
        .multi()
        .del(...hashes.map(sessionKey))
        .srem(accountKey(accountId), ...hashes);
      if (reason) for (const hash of hashes) multi.set(endedKey(hash), reason, 'PX', ttlMs);
      await multi.exec();
    },
    async endedBecause(sessionId) {
      const reason = sessionEndReasonSchema.safeParse(await redis.get(endedKey(sha256Hex(sessionId))));
      return reason.success ? reason.data : null;
    },
  };
}
