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

/** Outgoing messages are the kernel's shared contract (engine → messaging → channel). */
export {
  buttonSchema,
  messagePurposeSchema,
  outboundMessageSchema,
  type Button,
  type MessagePurpose,
  type MessageSink,
  type OutboundMessage,
  type SendContext,
} from '../kernel/index.js';

/** The port through which the engine remembers a citizen's language beyond a session (implemented by citizens/). */
export interface CitizenPreferences {
  findLanguage(citizenId: CitizenId): Promise<Language | null>;
  setLanguage(citizenId: CitizenId, language: Language): Promise<void>;
}
