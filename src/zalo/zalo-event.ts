import { z } from 'zod';
import { citizenIdSchema, type InboundEvent, type InboundPayload } from '../conversation/index.js';
import { cleanText, makeJsonStorable, truncateText } from '../platform/text.js';

/**
 * One schema per Zalo webhook `event_name` (docs/zalo-platform.md, "Webhook events"). Ids and timestamps are strings
 * (ids exceed 2^53); fields Zalo documents loosely accept both strings and numbers.
 */

const idString = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1).max(64));
const timestampSchema = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{10,16}$/));
const numberish = z
  .union([z.number(), z.string().trim().min(1)])
  .pipe(z.coerce.number())
  .pipe(z.number().finite());
const party = z.object({ id: idString });
const attachmentSchema = z.object({ type: z.string(), payload: z.record(z.string(), z.unknown()).default({}) });

const envelope = {
  app_id: idString,
  timestamp: timestampSchema,
  user_id_by_app: idString.optional(),
};
const userEnvelope = { ...envelope, sender: party, recipient: party };

const ATTACHMENT_EVENT_NAMES = [
  'user_send_image',
  'user_send_file',
  'user_send_audio',
  'user_send_video',
  'user_send_sticker',
  'user_send_gif',
  'user_send_link',
] as const;
const OA_ECHO_EVENT_NAMES = [
  'oa_send_text',
  'oa_send_image',
  'oa_send_gif',
  'oa_send_list',
  'oa_send_file',
  'oa_send_sticker',
] as const;

const infoSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  ward: z.string().optional(),
  full_address: z
    .object({ user_city: z.string().optional(), user_ward: z.string().optional(), user_address: z.string().optional() })
    .optional(),
});

export const zaloEventSchema = z.discriminatedUnion('event_name', [
  z.object({
    ...userEnvelope,
    event_name: z.literal('user_send_text'),
    message: z.object({ msg_id: idString, text: z.string() }),
  }),
  z.object({
    ...userEnvelope,
    event_name: z.enum(ATTACHMENT_EVENT_NAMES),
    message: z.object({
      msg_id: idString,
      text: z.string().optional(),
      attachments: z.array(attachmentSchema).default([]),
    }),
  }),
  z.object({
    ...userEnvelope,
    event_name: z.literal('user_send_location'),
    message: z.object({
      msg_id: idString,
      text: z.string().optional(),
      attachments: z
        .array(
          z.object({
            type: z.string(),
            payload: z.object({ coordinates: z.object({ latitude: numberish, longitude: numberish }) }),
          }),
        )
        .min(1),
    }),
  }),
  z.object({
    ...envelope,
    event_name: z.enum(['follow', 'unfollow']),
    oa_id: idString,
    follower: party,
    source: z.string().optional(),
  }),
  z.object({ ...userEnvelope, event_name: z.literal('user_submit_info'), info: infoSchema }),
  z.object({
    ...userEnvelope,
    event_name: z.enum(['user_received_message', 'user_seen_message']),
    message: z
      .object({ msg_id: idString.optional(), msg_ids: z.array(idString).optional() })
      .refine((m) => m.msg_id !== undefined || (m.msg_ids?.length ?? 0) > 0),
  }),
  z.object({
    ...userEnvelope,
    event_name: z.enum(OA_ECHO_EVENT_NAMES),
    message: z.object({ msg_id: idString }).loose(),
  }),
]);
export type ZaloEvent = z.infer<typeof zaloEventSchema>;

/** Result of reading a webhook body: a known event, or what to record about one we cannot process. */
export type ParsedZaloEvent =
  | { kind: 'event'; event: ZaloEvent }
  | { kind: 'unknown'; eventName: string }
  | { kind: 'malformed'; eventName: string; paths: string[] };

const KNOWN_EVENT_NAMES: ReadonlySet<string> = new Set([
  'user_send_text',
  'user_send_location',
  'user_submit_info',
  'follow',
  'unfollow',
  'user_received_message',
  'user_seen_message',
  ...ATTACHMENT_EVENT_NAMES,
  ...OA_ECHO_EVENT_NAMES,
]);
const envelopeNameSchema = z.object({ event_name: z.string().max(64) });

/**
 * Reads a webhook body. Every string in it is first made storable (NUL removed, unpaired surrogates replaced): a
 * citizen's text, or anything Zalo echoes, must never make the event impossible to record.
 */
export function parseZaloEvent(rawBody: unknown): ParsedZaloEvent {
  const body = makeJsonStorable(rawBody);
  const name = envelopeNameSchema.safeParse(body);
  const eventName = name.success ? name.data.event_name : '(none)';
  const parsed = zaloEventSchema.safeParse(body);
  if (parsed.success) return { kind: 'event', event: parsed.data };
  if (!name.success || !KNOWN_EVENT_NAMES.has(eventName)) return { kind: 'unknown', eventName };
  return { kind: 'malformed', eventName, paths: parsed.error.issues.map((issue) => issue.path.join('.')) };
}

/** The citizen an event concerns (the user, never the OA). */
export function citizenIdOf(event: ZaloEvent): string {
  switch (event.event_name) {
    case 'follow':
    case 'unfollow':
      return event.follower.id;
    case 'user_received_message':
    case 'user_seen_message':
    case 'oa_send_text':
    case 'oa_send_image':
    case 'oa_send_gif':
    case 'oa_send_list':
    case 'oa_send_file':
    case 'oa_send_sticker':
      return event.recipient.id;
    default:
      return event.sender.id;
  }
}

/** Deduplication key: event name + message id, or event name + user + timestamp for events without one. */
export function eventKeyOf(event: ZaloEvent): string {
  const citizenId = citizenIdOf(event);
  if ('message' in event) {
    const message: { msg_id?: string | undefined; msg_ids?: string[] | undefined } = event.message;
    const msgId = message.msg_id ?? message.msg_ids?.join(',');
    if (msgId) return `${event.event_name}:${msgId}`;
  }
  return `${event.event_name}:${citizenId}:${event.timestamp}`;
}

/** Zalo message ids a receipt event refers to. */
export function receiptMessageIds(event: ZaloEvent): string[] {
  if (event.event_name !== 'user_received_message' && event.event_name !== 'user_seen_message') return [];
  const ids = new Set(event.message.msg_ids ?? []);
  if (event.message.msg_id) ids.add(event.message.msg_id);
  return [...ids];
}

/** Longest contact details kept from `user_submit_info` (characters); a longer phone is no phone number at all. */
export const CONTACT_LIMITS = { name: 100, phone: 20, addressPart: 200 } as const;

/** Typed text, cleaned and trimmed; undefined when nothing is left. Cut to `maxCharacters` when given. */
function optionalText(value: string | undefined, maxCharacters?: number): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = cleanText(value).trim();
  if (!cleaned) return undefined;
  return maxCharacters === undefined ? cleaned : truncateText(cleaned, maxCharacters).trim();
}

function optionalPhone(value: string | undefined): string | undefined {
  const phone = optionalText(value);
  return phone !== undefined && Array.from(phone).length <= CONTACT_LIMITS.phone ? phone : undefined;
}

function stringField(payload: Record<string, unknown>, key: string): string | undefined {
  const value = payload[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

const FILE_NAME_LIMIT = 255;

/** What the citizen did, in the engine's channel-neutral terms; null for events the engine does not handle. */
export function convertZaloEventToPayload(event: ZaloEvent): InboundPayload | null {
  switch (event.event_name) {
    case 'user_send_text':
      return { kind: 'text', text: cleanText(event.message.text) };
    case 'user_send_image': {
      const images = event.message.attachments.flatMap((attachment) => {
        const url = stringField(attachment.payload, 'url');
        if (!url) return [];
        const thumbnailUrl = stringField(attachment.payload, 'thumbnail');
        return [thumbnailUrl ? { url, thumbnailUrl } : { url }];
      });
      if (images.length === 0) return { kind: 'unsupported', original: event.event_name };
      const caption = optionalText(event.message.text);
      return caption ? { kind: 'image', images, caption } : { kind: 'image', images };
    }
    case 'user_send_file': {
      const payload = event.message.attachments[0]?.payload ?? {};
      const url = stringField(payload, 'url');
      if (!url) return { kind: 'unsupported', original: event.event_name };
      const size = Number(payload.size);
      const name = optionalText(stringField(payload, 'name'), FILE_NAME_LIMIT);
      return {
        kind: 'file',
        url,
        ...(name ? { name } : {}),
        ...(Number.isFinite(size) && size > 0 ? { size } : {}),
      };
    }
    case 'user_send_location': {
      const first = event.message.attachments[0];
      if (!first) return { kind: 'unsupported', original: event.event_name };
      const address = optionalText(event.message.text);
      return {
        kind: 'location',
        latitude: first.payload.coordinates.latitude,
        longitude: first.payload.coordinates.longitude,
        ...(address ? { address } : {}),
      };
    }
    case 'user_send_audio':
    case 'user_send_video':
    case 'user_send_sticker':
    case 'user_send_gif':
    case 'user_send_link':
      return { kind: 'unsupported', original: event.event_name };
    case 'follow':
      return { kind: 'follow' };
    case 'unfollow':
      return { kind: 'unfollow' };
    case 'user_submit_info': {
      const info = event.info;
      const part = (value: string | undefined) => optionalText(value, CONTACT_LIMITS.addressPart);
      const name = optionalText(info.name, CONTACT_LIMITS.name);
      const phone = optionalPhone(info.phone);
      const address = part(info.full_address?.user_address) ?? part(info.address);
      const ward = part(info.full_address?.user_ward) ?? part(info.ward);
      const district = part(info.district);
      const city = part(info.full_address?.user_city) ?? part(info.city);
      return {
        kind: 'contact',
        ...(name ? { name } : {}),
        ...(phone ? { phone } : {}),
        ...(address ? { address } : {}),
        ...(ward ? { ward } : {}),
        ...(district ? { district } : {}),
        ...(city ? { city } : {}),
      };
    }
    default:
      return null;
  }
}

/** The engine's `InboundEvent` for a Zalo event, or null when the engine has nothing to do with it. */
export function convertZaloEventToInbound(event: ZaloEvent): InboundEvent | null {
  const payload = convertZaloEventToPayload(event);
  if (!payload) return null;
  return {
    citizenId: citizenIdSchema.parse(citizenIdOf(event)),
    eventId: eventKeyOf(event),
    occurredAt: new Date(Number(event.timestamp)).toISOString(),
    payload,
  };
}

const looseIdSchema = z.union([z.string().min(1).max(64), z.number()]).transform(String);
const unprocessedEnvelopeSchema = z.object({
  event_name: z.string().max(64).catch('(none)'),
  timestamp: timestampSchema,
  sender: z.object({ id: looseIdSchema }).optional().catch(undefined),
  follower: z.object({ id: looseIdSchema }).optional().catch(undefined),
  user_id: looseIdSchema.optional().catch(undefined),
  message: z
    .object({ msg_id: looseIdSchema.optional().catch(undefined) })
    .optional()
    .catch(undefined),
});

/**
 * For an event we cannot process (unknown type, or malformed): the citizen it seems to concern, a key and its time, so
 * it can still be kept in that citizen's conversation log. Null when it names no citizen.
 */
export function describeUnprocessedEvent(
  body: unknown,
): { citizenId: string; eventKey: string; eventName: string; timestamp: string } | null {
  const parsed = unprocessedEnvelopeSchema.safeParse(body);
  if (!parsed.success) return null;
  const envelope = parsed.data;
  const citizenId = envelope.sender?.id ?? envelope.follower?.id ?? envelope.user_id;
  if (!citizenId) return null;
  const msgId = envelope.message?.msg_id;
  return {
    citizenId,
    eventName: envelope.event_name,
    timestamp: envelope.timestamp,
    eventKey: `unprocessed:${envelope.event_name}:${msgId ?? `${citizenId}:${envelope.timestamp}`}`,
  };
}
