import { z } from 'zod';
import { citizenIdSchema, type CitizenId, type Language } from '../kernel/index.js';

/**
 * The contract between a channel (Zalo today) and the conversation engine. Channels translate their platform's events
 * into `InboundEvent` and turn `OutboundMessage` into platform payloads; the engine knows nothing of Zalo.
 */

export { citizenIdSchema, DEFAULT_LANGUAGE, languageSchema, type CitizenId, type Language } from '../kernel/index.js';

const imageSchema = z.object({ url: z.string(), thumbnailUrl: z.string().optional() });

/** What a citizen did, channel-neutral. Button taps arrive as `text` carrying the button's payload (e.g. `#dossier`). */
export const inboundPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('image'), images: z.array(imageSchema).min(1), caption: z.string().optional() }),
  z.object({
    kind: z.literal('file'),
    url: z.string(),
    name: z.string().optional(),
    size: z.number().optional(),
  }),
  z.object({
    kind: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    address: z.string().optional(),
  }),
  /** Contact details the citizen agreed to share (Zalo's request_user_info answer). */
  z.object({
    kind: z.literal('contact'),
    name: z.string().optional(),
    phone: z.string().optional(),
    address: z.string().optional(),
    ward: z.string().optional(),
    district: z.string().optional(),
    city: z.string().optional(),
  }),
  z.object({ kind: z.literal('follow') }),
  z.object({ kind: z.literal('unfollow') }),
  /** Stickers, audio, video, GIFs, links: the engine answers that it cannot read them. */
  z.object({ kind: z.literal('unsupported'), original: z.string() }),
]);
export type InboundPayload = z.infer<typeof inboundPayloadSchema>;

export const inboundEventSchema = z.object({
  citizenId: citizenIdSchema,
  /** The channel's id of this message or event, for logs and idempotency. */
  eventId: z.string(),
  /** When the citizen acted (the channel's timestamp), ISO 8601. */
  occurredAt: z.iso.datetime(),
  payload: inboundPayloadSchema,
});
export type InboundEvent = z.infer<typeof inboundEventSchema>;

export const buttonSchema = z.object({
  title: z.string().min(1).max(100),
  action: z.discriminatedUnion('type', [
    /** Sends `payload` back as the citizen's text (Zalo oa.query.hide). */
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
  /** Asks the citizen to share their Zalo contact details; the answer arrives as a `contact` inbound payload. */
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
 * citizen, proactive: a dossier's status, an official's answer), `broadcast` (announcements). Outside the citizen's
 * window a notification or broadcast is held and offered when they next write; a late reply is dropped.
 */
export const messagePurposeSchema = z.enum(['reply', 'notification', 'broadcast']);
export type MessagePurpose = z.infer<typeof messagePurposeSchema>;

export interface SendContext {
  correlationId?: string;
  /** Default `reply`. */
  purpose?: MessagePurpose;
}

/** The port through which the engine (and other modules) hand messages to the channel for delivery. */
export interface MessageSink {
  /** Queues messages for one citizen, in order. Resolves once they are durably queued, not when delivered. */
  send(citizenId: CitizenId, messages: OutboundMessage[], context?: SendContext): Promise<void>;
}

/** The port through which the engine remembers a citizen's language beyond a session (implemented by citizens/). */
export interface CitizenPreferences {
  findLanguage(citizenId: CitizenId): Promise<Language | null>;
  setLanguage(citizenId: CitizenId, language: Language): Promise<void>;
}
