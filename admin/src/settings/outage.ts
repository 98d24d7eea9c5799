/** An outage notice as the province settings hold it (ISO instants). */
export interface OutageDraft {
  vi: string;
  en?: string;
  start: string;
  end: string;
}

/** A new notice lasts this long unless changed: a maintenance window, not a day. */
export const DEFAULT_OUTAGE_MS = 2 * 3_600_000;

/** A new notice from the current minute, for `DEFAULT_OUTAGE_MS`. */
export function newOutage(now: Date): OutageDraft {
  const start = new Date(now);
  start.setSeconds(0, 0);
  return { vi: '', start: start.toISOString(), end: new Date(start.getTime() + DEFAULT_OUTAGE_MS).toISOString() };
}
