import { z } from 'zod';
import type { CitizenId } from './citizen-id.js';

/**
 * What a message to a citizen is, channel-neutral: the conversation engine and other modules produce these, the
 * messaging module delivers them, a channel adapter (Zalo) turns them into its platform's payloads.
 */

export const buttonSchema = z.object({
  title: z.string().min(1).max(100),
  action: z.discriminatedUnion('type', [
    /** Sends `payload` back as the citizen's text, without showing it in the chat. */
    z.object({ type: z.literal('query'), payload: z.string().min(1).max(1000) }),
    z.object({ type: z.literal('url'), url: z.url() }),
    z.object({ type: z.literal('phone'), phone: z.string().min(1) }),
  ]),
});
export type Button = z.infer<typeof buttonSchema>;

/** A message for a citizen, already rendered in their language. */
export const outboundMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().min(1), buttons: z.array(buttonSchema).max(5).optional() }),
  z.object({ kind: z.literal('image'), imageUrl: z.string(), caption: z.string().optional() }),
  /** A document (a form, a guide) the channel fetches from `url` and attaches under `name`. */
  z.object({ kind: z.literal('file'), url: z.url(), name: z.string().min(1).max(200) }),
  /** Asks the citizen to share their contact details; the answer arrives as a `contact` inbound payload. */
  z.object({
    kind: z.literal('request_user_info'),
    title: z.string().min(1),
    subtitle: z.string().min(1),
    imageUrl: z.string().optional(),
  }),
]);
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;

/**
 * Why a message is sent: `reply` (within a conversation; never waits behind the others), `notification` (one
 * citizen, proactive: a dossier's status, an official's answer), `broadcast` (announcements). When the channel cannot
 * reach the citizen now, a notification or broadcast is held and offered when they next write; a late reply is dropped.
 */
export const MESSAGE_PURPOSES = ['reply', 'notification', 'broadcast'] as const;
export const messagePurposeSchema = z.enum(MESSAGE_PURPOSES);
export type MessagePurpose = z.infer<typeof messagePurposeSchema>;

export interface SendContext {
  correlationId?: string;
  /** Default `reply`. */
  purpose?: MessagePurpose;
}

/** The port through which the engine and other modules hand messages over for delivery. */
export interface MessageSink {
  /** Queues messages for one citizen, in order. Resolves once they are durably queued, not when delivered. */
  send(citizenId: CitizenId, messages: OutboundMessage[], context?: SendContext): Promise<void>;
}
