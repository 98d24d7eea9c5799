import type { Logger } from '../platform/logger.js';
import type { AnnouncementProgress } from './progress.js';

/** Live progress of announcements being sent, for officials' screens (server-sent events). */
export interface ProgressFeed {
  /** Calls `listener` with each new progress of the announcement from now on; returns the unsubscribe function. */
  subscribe(announcementId: string, listener: (progress: AnnouncementProgress) => void): () => void;
}

export interface ProgressFeedOptions {
  /** One announcement's progress now; null when it no longer exists. */
  read(announcementId: string): Promise<AnnouncementProgress | null>;
  logger: Logger;
  /** How often the database is read while someone listens. Default 1000 ms. */
  intervalMs?: number;
}

/**
 * One reader per process, whatever the number of officials watching: while anyone listens, each tick reads the
 * progress of every announcement watched (one grouped query each, shared by all its listeners) and passes it on when
 * it changed. Delivery runs in worker processes, so the database, not memory, is the source.
 */
export function createProgressFeed(options: ProgressFeedOptions): ProgressFeed {
  const intervalMs = options.intervalMs ?? 1000;
  const watched = new Map<string, { listeners: Set<(progress: AnnouncementProgress) => void>; last?: string }>();
  let timer: NodeJS.Timeout | undefined;
  let reading = false;

  async function tick() {
    if (reading) return;
    reading = true;
    try {
      for (const [id, entry] of watched) {
        const progress = await options.read(id);
        if (!progress) continue;
        const json = JSON.stringify(progress);
        if (json === entry.last) continue;
        entry.last = json;
        for (const listener of entry.listeners) listener(progress);
      }
    } catch (error) {
      // The database is down: listeners keep their connection and get the progress once it is back.
      options.logger.warn({ err: error }, 'announcement progress read failed');
    } finally {
      reading = false;
    }
  }

  return {
    subscribe(announcementId, listener) {
      const entry = watched.get(announcementId) ?? { listeners: new Set() };
      watched.set(announcementId, entry);
      entry.listeners.add(listener);
      timer ??= setInterval(() => void tick(), intervalMs).unref();
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0) watched.delete(announcementId);
        if (watched.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}
