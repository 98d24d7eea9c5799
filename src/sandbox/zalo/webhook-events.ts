import { createHash } from 'node:crypto';
import { z } from 'zod';

/** `X-ZEvent-Signature` value for a webhook body, as Zalo computes it: `mac=` + sha256(app_id + body + timestamp + key). */
export function signZaloWebhook(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${createHash('sha256')
    .update(appId + rawBody + timestamp + oaSecretKey)
    .digest('hex')}`;
}

/** What a simulated citizen can do on their phone (the control API's `send` body). */
export const citizenActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().min(1).max(2000),
    /** Sent by tapping an OA button: Zalo hides an `oa.query.hide` payload and shows the title of an `oa.query.show`. */
    button: z.object({ type: z.enum(['oa.query.hide', 'oa.query.show']), title: z.string().max(100) }).optional(),
  }),
  /** One photo (`url`) or several in one message (`urls`, as Zalo sends a multi-photo pick), with an optional caption. */
  z
    .object({
      type: z.literal('image'),
      url: z.string().min(1).optional(),
      urls: z.array(z.string().min(1)).min(1).max(10).optional(),
      caption: z.string().max(2000).optional(),
    })
    .refine((action) => (action.url === undefined) !== (action.urls === undefined), {
      message: 'give url or urls',
    }),
  z.object({ type: z.literal('file'), url: z.string().min(1), name: z.string().min(1) }),
  // Zalo sends the address it found for the point, when it has one, as the message's text.
  z.object({
    type: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    address: z.string().max(500).optional(),
  }),
  z.object({ type: z.literal('sticker') }),
  z.object({ type: z.literal('follow') }),
  z.object({ type: z.literal('unfollow') }),
  z.object({
    type: z.literal('submit_info'),
    name: z.string().min(1),
    phone: z.string().min(1),
    address: z.string().optional(),
  }),
]);
export type CitizenAction = z.infer<typeof citizenActionSchema>;

export interface EventIdentity {
  appId: string;
  oaId: string;
  userId: string;
  userIdByApp: string;
  timestamp: string;
  msgId: string;
}

/** Builds the contract-shaped webhook event for a citizen's action. */
export function buildZaloEvent(action: CitizenAction, id: EventIdentity): Record<string, unknown> {
  const envelope = {
    app_id: id.appId,
    user_id_by_app: id.userIdByApp,
    timestamp: id.timestamp,
    sender: { id: id.userId },
    recipient: { id: id.oaId },
  };
  switch (action.type) {
    case 'text':
      return { ...envelope, event_name: 'user_send_text', message: { msg_id: id.msgId, text: action.text } };
    case 'image':
      return {
        ...envelope,
        event_name: 'user_send_image',
        message: {
          msg_id: id.msgId,
          ...(action.caption ? { text: action.caption } : {}),
          attachments: (action.urls ?? (action.url ? [action.url] : [])).map((url) => ({
            type: 'image',
            payload: { url, thumbnail: url },
          })),
        },
      };
    case 'file':
      return {
        ...envelope,
        event_name: 'user_send_file',
        message: {
          msg_id: id.msgId,
          attachments: [{ type: 'file', payload: { url: action.url, name: action.name, size: '0', checksum: '' } }],
        },
      };
    case 'location':
      return {
        ...envelope,
        event_name: 'user_send_location',
        message: {
          msg_id: id.msgId,
          ...(action.address ? { text: action.address } : {}),
          attachments: [
            {
              type: 'location',
              payload: { coordinates: { latitude: String(action.latitude), longitude: String(action.longitude) } },
            },
          ],
        },
      };
    case 'sticker':
      return {
        ...envelope,
        event_name: 'user_send_sticker',
        message: {
          msg_id: id.msgId,
          attachments: [{ type: 'sticker', payload: { id: 'sandbox-sticker', url: 'https://example.invalid/s.png' } }],
        },
      };
    case 'follow':
    case 'unfollow':
      return {
        app_id: id.appId,
        user_id_by_app: id.userIdByApp,
        timestamp: id.timestamp,
        event_name: action.type,
        oa_id: id.oaId,
        follower: { id: id.userId },
        source: 'oa_profile',
      };
    case 'submit_info':
      return {
        ...envelope,
        event_name: 'user_submit_info',
        info: {
          name: action.name,
          phone: action.phone,
          address: action.address ?? '',
          city: '',
          district: '',
          ward: '',
        },
      };
  }
}

/** A receipt event (`user_received_message` / `user_seen_message`) for messages the OA sent. */
export function buildReceiptEvent(
  eventName: 'user_received_message' | 'user_seen_message',
  messageIds: string[],
  id: Omit<EventIdentity, 'msgId'>,
): Record<string, unknown> {
  return {
    app_id: id.appId,
    user_id_by_app: id.userIdByApp,
    timestamp: id.timestamp,
    event_name: eventName,
    sender: { id: id.oaId },
    recipient: { id: id.userId },
    message: { msg_ids: messageIds, msg_id: messageIds[0] ?? '' },
  };
}
