import { z } from 'zod';
import type { Redis } from '../platform/redis.js';
import { languageSchema, type CitizenId } from './channel.js';

/**
 * A citizen's conversation state. The flow version is pinned when the flow starts, so publishing a new version never
 * changes a conversation in flight. `v` is the shape version of this record.
 */
const frameSchema = z.object({ flowId: z.string(), version: z.number().int(), step: z.string() });

export const sessionSchema = z.object({
  v: z.literal(1),
  language: languageSchema.optional(),
  /** The running flow, or null between flows. */
  active: z
    .object({
      flowId: z.string(),
      version: z.number().int(),
      step: z.string(),
      /** True while the step waits for the citizen's input. */
      waiting: z.boolean(),
      retries: z.number().int().min(0),
    })
    .nullable(),
  /** Flows to return to (a `flow` step with `return: true`). */
  stack: z.array(frameSchema),
  variables: z.record(z.string(), z.unknown()),
  /** Last activity, ISO 8601: the engine decides expiry with its clock, so the note "we start afresh" is possible. */
  updatedAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The session port: read, write with a time to live, delete. */
export interface SessionStore {
  get(citizenId: CitizenId): Promise<Session | null>;
  set(citizenId: CitizenId, session: Session, ttlSeconds: number): Promise<void>;
  delete(citizenId: CitizenId): Promise<void>;
}

/** Sessions in Redis under `conv:session:<citizen>`; a record that no longer parses counts as no session. */
export function createRedisSessionStore(redis: Redis): SessionStore {
  const key = (citizenId: CitizenId) => `conv:session:${citizenId}`;
  return {
    async get(citizenId) {
      const raw = await redis.get(key(citizenId));
      if (raw === null) return null;
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async set(citizenId, session, ttlSeconds) {
      await redis.set(key(citizenId), JSON.stringify(session), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
    },
    async delete(citizenId) {
      await redis.del(key(citizenId));
    },
  };
}

/** Sessions in process memory, for unit tests and the simulator; honours the TTL against the given clock. */
export function createMemorySessionStore(clock: () => Date = () => new Date()): SessionStore {
  const entries = new Map<string, { json: string; expiresAt: number }>();
  return {
    get(citizenId) {
      const entry = entries.get(citizenId);
      if (!entry || entry.expiresAt <= clock().getTime()) return Promise.resolve(null);
      return Promise.resolve(sessionSchema.parse(JSON.parse(entry.json)));
    },
    set(citizenId, session, ttlSeconds) {
      entries.set(citizenId, { json: JSON.stringify(session), expiresAt: clock().getTime() + ttlSeconds * 1000 });
      return Promise.resolve();
    },
    delete(citizenId) {
      entries.delete(citizenId);
      return Promise.resolve();
    },
  };
}
