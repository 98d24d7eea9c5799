import type { SQL } from 'drizzle-orm';
import type { MessagePurpose, OutboundMessage } from '../kernel/index.js';

/** A delivery as the channel sees it when asked to send it. */
export interface ChannelDelivery {
  id: string;
  citizenId: string;
  purpose: MessagePurpose;
  /** What `render` produced for this part, as stored. */
  payload: unknown;
}

/** Whether the channel can reach the citizen with this purpose now (checked before calling the platform). */
export type Admission = { ok: true } | { ok: false; reason: 'not_follower' | 'outside_window' };

/** What became of one call to the platform. */
export type SendOutcome =
  | { kind: 'sent'; messageId: string }
  /** The platform's (or our) rate limit: every worker pauses; no attempt is used up. */
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** Worth trying again with back-off; `reason` is recorded if the attempts run out. */
  | {
      kind: 'retry';
      reason: string;
      code?: number;
      /** No answer came (network, timeout, 5xx): the platform may have taken it, so it is looked for before a resend. */
      unanswered?: boolean;
    }
  /** Not before `notBefore` (e.g. night time): rescheduled, no attempt used up. */
  | { kind: 'later'; notBefore: Date; reason: string; code?: number }
  /** The citizen cannot be reached now: a reply is skipped, a notification or broadcast is held for their next visit. */
  | { kind: 'unreachable'; reason: string; code?: number }
  /** Refused for good. */
  | { kind: 'failed'; reason: string; code?: number };

/** A message the platform shows as sent to the citizen (see `DeliveryChannel.findSentCopies`). */
export interface SentCopy {
  messageId: string;
  /** By the platform's clock. */
  sentAt: Date;
}

/**
 * What a channel (Zalo today) provides to the messaging module: its payload shapes, its rules on who can be reached
 * for what purpose, and the call that sends. Implementations classify the platform's answers into `SendOutcome`s and
 * throw only for outages of our own infrastructure (database, Redis), which the queue retries without using attempts.
 */
export interface DeliveryChannel {
  /** Names the channel in logs. */
  name: string;
  /** The channel payloads for one message, in sending order (a long text may become several). */
  render(message: OutboundMessage): unknown[];
  /** The conversation log's `kind` for a payload (e.g. `text`, `attachment`). */
  kindOf(payload: unknown): string;
  /** Whether the payload as stored is still one the channel can send (records outlive code versions). */
  isValid(payload: unknown): boolean;
  admit(delivery: ChannelDelivery, now: Date): Promise<Admission>;
  /**
   * Optional: what `admit` reads, as a scalar subquery on the citizen id (an SQL expression of the statement it goes
   * into), and the decision taken from its value: delivery reads it in the statement that claims the message, one
   * statement fewer for every message sent. The same rules as `admit`. `interactedAt`: the statement that read the
   * value also recorded the citizen's interaction at that time (a turn claiming its reply), which the value, read from
   * the statement's snapshot, does not show yet.
   */
  admission?: {
    query(citizenId: SQL): SQL;
    decide(value: unknown, now: Date, interactedAt?: Date): Admission;
  };
  send(delivery: ChannelDelivery, now: Date): Promise<SendOutcome>;
  /**
   * How long after a call started the platform may still take its message (the client's timeout and a margin): a
   * message left in flight (a timed-out call, a killed worker) is looked for with `findSentCopies` only this long
   * after its call started, so one that arrives late is found rather than sent again. Default 0.
   */
  settleMs?: number;
  /**
   * For a delivery whose previous attempt died in flight (started at `since`, outcome never recorded): the messages
   * with its content the platform shows as sent to the citizen since then, oldest first (an empty list: it never
   * arrived); null when the platform could not tell. Optional: without it such a message is sent again.
   */
  findSentCopies?(delivery: ChannelDelivery, since: Date): Promise<SentCopy[] | null>;
}
