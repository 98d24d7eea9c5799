import type { HandoffRecord, HandoffStore } from '../conversation/index.js';
import type { Logger } from '../platform/logger.js';

/** Changes to handoffs as they happen, for officials' live queues (server-sent events). */
export interface HandoffFeed {
  /** Calls `listener` with every handoff that changes from now on; returns the unsubscribe function. */
  subscribe(listener: (changed: HandoffRecord[]) => void): () => void;
}

export interface HandoffFeedOptions {
  handoffs: Pick<HandoffStore, 'list'>;
  logger: Logger;
  clock?: () => Date;
  /** How often the database is read while someone listens. Default 1000 ms. */
  intervalMs?: number;
  /**
   * How far back each read looks. A change is stamped with its transaction's start, so one committed a moment after a
   * read may carry an earlier time: the window sees it on a later read (changes already sent are not sent twice).
   */
  lookbackMs?: number;
}

/**
 * One reader per process, whatever the number of officials listening: while anyone listens it reads the handoffs
 * changed in the last seconds (an indexed query) and passes on those not passed on before. Changes come from any
 * process (the worker's turns, another web process's API calls), so the database, not memory, is the source.
 */
export function createHandoffFeed(options: HandoffFeedOptions): HandoffFeed {
  const clock = options.clock ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 1000;
  const lookbackMs = options.lookbackMs ?? 15_000;
  const listeners = new Set<(changed: HandoffRecord[]) => void>();
  /** Handoff id → the `updatedAt` last passed on, for the changes still inside the window. */
  const sent = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let reading = false;

  async function read(notify = true) {
    if (reading) return;
    reading = true;
    try {
      const since = clock().getTime() - lookbackMs;
      const records = await options.handoffs.list({ changedSince: new Date(since), limit: 500 });
      const fresh = records.filter((record) => sent.get(record.id) !== record.updatedAt.getTime());
      for (const record of fresh) sent.set(record.id, record.updatedAt.getTime());
      for (const [id, at] of sent) if (at < since) sent.delete(id);
      if (notify && fresh.length > 0) for (const listener of listeners) listener(fresh);
    } catch (error) {
      // The database is down: listeners keep their connection and get the changes once it is back.
      options.logger.warn({ err: error }, 'handoff feed read failed');
    } finally {
      reading = false;
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) {
        // Changes from before the first listener are not news (it reads the list itself when it connects): the first
        // read only notes what the window holds.
        timer = setInterval(() => void read(), intervalMs).unref();
        void read(false);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
          sent.clear();
        }
      };
    },
  };
}
