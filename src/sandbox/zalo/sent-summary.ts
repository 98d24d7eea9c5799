/**
 * Per-text tallies of what the OA sent, kept up to date incrementally. A benchmark polls the summary every couple of
 * seconds during a 100,000-recipient broadcast; rescanning (and re-validating) every sent message on each poll took
 * over half a second of the sandbox's event loop per poll, enough to distort the very delivery being measured.
 */

export interface SentItem {
  userId: string;
  at: number;
}

export interface SentSummary {
  messages: number;
  recipients: number;
  duplicates: number;
  firstAt: string | null;
  lastAt: string | null;
  inWindow: number;
}

interface Tally {
  /** How many of the sent messages this tally has looked at. */
  scanned: number;
  perRecipient: Map<string, number>;
  duplicates: number;
  /** Times of the matching messages, in the order they were sent (so ascending). */
  times: number[];
  firstAt: number | null;
  lastAt: number | null;
}

/** At most this many distinct texts are tallied; the least recently asked one is dropped first. */
const MAX_TALLIES = 32;

export function createSentSummaries<T extends SentItem>(sent: readonly T[], textOf: (item: T) => string | undefined) {
  const tallies = new Map<string, Tally>();

  const fresh = (): Tally => ({
    scanned: 0,
    perRecipient: new Map(),
    duplicates: 0,
    times: [],
    firstAt: null,
    lastAt: null,
  });

  function catchUp(contains: string, tally: Tally): void {
    for (let i = tally.scanned; i < sent.length; i++) {
      const item = sent[i]!;
      if (!textOf(item)?.includes(contains)) continue;
      const count = (tally.perRecipient.get(item.userId) ?? 0) + 1;
      tally.perRecipient.set(item.userId, count);
      if (count === 2) tally.duplicates += 1;
      tally.times.push(item.at);
      tally.firstAt = Math.min(tally.firstAt ?? item.at, item.at);
      tally.lastAt = Math.max(tally.lastAt ?? item.at, item.at);
    }
    tally.scanned = sent.length;
  }

  /** Index of the first time ≥ since (times are ascending). */
  function firstAtOrAfter(times: readonly number[], since: number): number {
    let low = 0;
    let high = times.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (times[middle]! < since) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  return {
    summary(contains: string, windowMs: number, now = Date.now()): SentSummary {
      let tally = tallies.get(contains);
      // The list only grows; if it was emptied (a test resetting the sandbox), start over.
      if (!tally || tally.scanned > sent.length) tally = fresh();
      tallies.delete(contains);
      tallies.set(contains, tally);
      if (tallies.size > MAX_TALLIES) tallies.delete(tallies.keys().next().value!);
      catchUp(contains, tally);
      return {
        messages: tally.times.length,
        recipients: tally.perRecipient.size,
        duplicates: tally.duplicates,
        firstAt: tally.firstAt === null ? null : new Date(tally.firstAt).toISOString(),
        lastAt: tally.lastAt === null ? null : new Date(tally.lastAt).toISOString(),
        inWindow: tally.times.length - firstAtOrAfter(tally.times, now - windowMs),
      };
    },
  };
}
