import { useLayoutEffect, useState } from 'react';

/** What an action said of the screen, and the state of the screen it said it of. */
export interface HeldNotice {
  text: string;
  color: 'green' | 'red';
  /** The state the notice speaks of (`useNotice`'s `state`). */
  state: string;
  /** Whether the screen has been in that state since: an action's notice waits for the state it left to arrive. */
  seen?: boolean;
}

/** A screen's one notice: the outcome of the last action, for the state that action left. */
export interface NoticeSlot {
  /** The notice, while the screen is in the state it speaks of; null once the state moved on. */
  notice: HeldNotice | null;
  /** Shows what an action says, replacing any earlier notice, for `state` (by default the screen's state now). */
  show(text: string, options?: { color?: HeldNotice['color']; state?: string }): void;
  /** Takes the notice away: another action starts. */
  clear(): void;
}

/**
 * One notice slot for a screen whose state is summed up by `state` (a status and a version, whether there are unsaved
 * edits). A notice belongs to the action that produced it and the state it left: it is gone once the state changes
 * (someone else returned the announcement, the editor changed the text) or another action starts, so a "submitted"
 * or "invalid" never stands beside what contradicts it. `held` keeps the notice outside a screen that starts again
 * (a new `key`) after its action.
 */
export function useNotice(state: string, held?: [HeldNotice | null, (notice: HeldNotice | null) => void]): NoticeSlot {
  const own = useState<HeldNotice | null>(null);
  const [notice, setNotice] = held ?? own;
  // Before the browser paints (the slot may be a parent's, which a render must not set): never a stale frame.
  useLayoutEffect(() => {
    if (notice && notice.state === state && !notice.seen) setNotice({ ...notice, seen: true });
    if (notice && notice.state !== state && notice.seen) setNotice(null);
  }, [notice, state, setNotice]);
  return {
    notice: notice && notice.state === state ? notice : null,
    show: (text, options) => setNotice({ text, color: options?.color ?? 'green', state: options?.state ?? state }),
    clear: () => setNotice(null),
  };
}
