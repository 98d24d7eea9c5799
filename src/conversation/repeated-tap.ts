import type { InboundEvent, OutboundMessage } from './channel.js';
import type { LastTap, Session } from './session.js';

/**
 * A button tapped twice in a row (a double tap, or a second tap while the first is being answered) is one wish: Zalo
 * sends each tap as a message of its own, and the citizen would get the answer twice. The rule is the turn's, read
 * from the session the first tap's turn left (the mailbox hands one citizen's events over one at a time, in order):
 * the second is ignored when it sends the same payload, nothing else came from the citizen in between, the channel
 * dates the two taps at most `REPEATED_TAP_MS` apart, and it can only come from the buttons the first was tapped
 * among: when the answer shows a button sending the same (a question after another, each with "Bỏ qua"), the tap may
 * be on the answer's, and is answered.
 */

/** Two taps of one button this close (the channel's times, when the citizen acted) are one. */
export const REPEATED_TAP_MS = 3_000;

/** The button the event taps among those the bot's last message offered (what the session keeps of it), if any. */
export function tapOf(session: Session | null, event: InboundEvent): LastTap | undefined {
  if (event.payload.kind !== 'text' || !session?.offered) return undefined;
  const payload = event.payload.text.trim();
  const offered = session.offered.flatMap((button) => (button.payload === undefined ? [] : [button.payload]));
  return offered.includes(payload) ? { payload, at: event.occurredAt } : undefined;
}

/**
 * The tap as the session keeps it once answered: with whether any of the answer's messages shows a button sending the
 * same (not only the last one's buttons, which a typed "2" picks from).
 */
export function answeredTap(tap: LastTap, answer: readonly OutboundMessage[]): LastTap {
  const shown = answer.some(
    (message) =>
      message.kind === 'text' &&
      (message.buttons ?? []).some((button) => button.action.type === 'query' && button.action.payload === tap.payload),
  );
  return { ...tap, shown };
}

/** Whether the event is the same tap again (above), so the turn answers nothing. */
export function isRepeatedTap(session: Session | null, event: InboundEvent): boolean {
  const last = session?.lastTap;
  if (!last || event.payload.kind !== 'text' || event.payload.text.trim() !== last.payload) return false;
  const apart = Date.parse(event.occurredAt) - Date.parse(last.at);
  if (!(apart >= 0 && apart <= REPEATED_TAP_MS)) return false;
  // The answer shows a button sending the same: this tap may be on the new message.
  const shown = last.shown ?? (session.offered ?? []).some((button) => button.payload === last.payload);
  return !shown;
}

/** What a repeated tap is logged as: the button's kind, without the value it carries (a commune, a dossier code). */
export function tapKind(event: InboundEvent): string | undefined {
  return event.payload.kind === 'text' ? event.payload.text.trim().split(/\s/u)[0] : undefined;
}
