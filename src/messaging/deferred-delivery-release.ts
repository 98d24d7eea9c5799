import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A reply sent at once leaves the citizen's delivery lock held when the caller asked for it (`collectDeliveryRelease`),
 * so that the caller releases it in a Redis script of its own: the inbound worker releases it in the script that takes
 * the handled event out of the citizen's mailbox, one round trip fewer per message. Only the release moves; the send,
 * its record and the lock's heartbeat are as before, and the lock's TTL bounds a worker that dies in between (the event,
 * still in the mailbox, is handled again: its turn is a duplicate, which queues the citizen's delivery job).
 */
export interface DeferredDeliveryRelease {
  /** The delivery lock's and its knock's keys, as the command client names them (without its key prefix). */
  keys: [lockKey: string, knockKey: string];
  /** The lock's token: the lock is released only if it still holds it. */
  token: string;
  /** The command client's key prefix: the release can join only a script run with the same prefix. */
  keyPrefix: string;
  /**
   * The caller released the lock (`RELEASE_IF_HELD_REPORTING_KNOCK`'s part, with `knocked` as it found it): stops the
   * heartbeat and queues the job of the citizen's next message when one is due.
   */
  released(knocked: boolean): Promise<void>;
  /** Releases the lock here (the caller could not join it to its own script), then as `released`. */
  release(): Promise<void>;
}

/**
 * The Lua that releases a deferred delivery lock, for a caller's script: `lockKey`, `knockKey` and `token` name its
 * KEYS and ARGV; it leaves in `knockedVar` 1 when someone knocked while it was held or the lock was no longer the
 * holder's (as the delivery's own release reports it), else 0.
 */
export function releaseDeliveryLockLua(lockKey: string, knockKey: string, token: string, knockedVar: string): string {
  return `local ${knockedVar} = 1
if redis.call('GET', ${lockKey}) == ${token} then
  redis.call('DEL', ${lockKey})
  ${knockedVar} = redis.call('DEL', ${knockKey})
end`;
}

interface Scope {
  deferred: DeferredDeliveryRelease | undefined;
  /** False once the work returned: a send it left running releases its own lock (nobody would collect it). */
  open: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

/**
 * Runs `work` and returns, with its result, the delivery lock that a reply sent at once during it left for the caller
 * to release (at most one: a second send in the same work releases its own). When `work` throws, that lock is released
 * here before the error goes on.
 */
export async function collectDeliveryRelease<T>(
  work: () => Promise<T>,
): Promise<{ result: T; deferred: DeferredDeliveryRelease | undefined }> {
  const scope: Scope = { deferred: undefined, open: true };
  let result: T;
  try {
    result = await scopes.run(scope, work);
  } catch (error) {
    scope.open = false;
    await scope.deferred?.release().catch(() => undefined);
    throw error;
  }
  scope.open = false;
  return { result, deferred: scope.deferred };
}

/** Hands the release to the caller that collects it; false when there is none (the sender releases it itself). */
export function deferDeliveryRelease(deferred: DeferredDeliveryRelease): boolean {
  const scope = scopes.getStore();
  if (!scope?.open || scope.deferred) return false;
  scope.deferred = deferred;
  return true;
}
