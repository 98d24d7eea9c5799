import { z } from 'zod';
import { inboundPayloadSchema, maskName, maskPhone } from '../conversation/index.js';

/**
 * What a logged message without text was, so officials read "shared a location" rather than Zalo's event names. Read
 * from the channel-neutral payload an inbound row keeps (or, outbound, the channel's message body); contact details are
 * masked the way the rest of the admin shows them (`Nguyễn V** A*`, `0987***321`), never in full.
 */
export const loggedEventSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('location'),
      latitude: z.number(),
      longitude: z.number(),
      address: z.string().nullable().meta({ description: "As the citizen's phone described the place, when it did" }),
    }),
    z.object({
      type: z.literal('contact'),
      name: z.string().nullable().meta({ description: 'Masked' }),
      phone: z.string().nullable().meta({ description: 'Masked' }),
      address: z.boolean().meta({ description: 'Whether an address was shared (not shown here)' }),
    }),
    z.object({ type: z.literal('follow') }),
    z.object({ type: z.literal('unfollow') }),
    z.object({
      type: z.literal('unsupported'),
      original: z.string().meta({ description: "The channel's event (sticker, audio, video, GIF, link)" }),
    }),
    z.object({ type: z.literal('attachment').meta({ description: 'Outbound: buttons, a photo, a file or a card' }) }),
    z.object({
      type: z.literal('tapped'),
      title: z.string().meta({ description: 'The button the citizen tapped, as the message offering it read' }),
    }),
    z.object({
      type: z.literal('unprocessed'),
      original: z.string().meta({ description: "The channel's event the server could not read" }),
    }),
    z.object({ type: z.literal('other'), original: z.string() }),
  ])
  .meta({ id: 'LoggedEvent' });
export type LoggedEvent = z.infer<typeof loggedEventSchema>;

/** The event a logged row stands for (its `kind` is the channel's event name, its body as logged). */
export function describeLoggedEvent(direction: 'in' | 'out', kind: string, body: unknown): LoggedEvent {
  if (kind.startsWith('unprocessed:')) return { type: 'unprocessed', original: kind.slice('unprocessed:'.length) };
  if (direction === 'out') {
    return kind === 'attachment' || (typeof body === 'object' && body !== null && 'attachment' in body)
      ? { type: 'attachment' }
      : { type: 'other', original: kind };
  }
  const parsed = inboundPayloadSchema.safeParse(body);
  if (!parsed.success) return { type: 'other', original: kind };
  const payload = parsed.data;
  switch (payload.kind) {
    case 'location':
      return {
        type: 'location',
        latitude: payload.latitude,
        longitude: payload.longitude,
        address: payload.address ?? null,
      };
    case 'contact':
      return {
        type: 'contact',
        name: payload.name ? maskName(payload.name) : null,
        phone: payload.phone ? maskPhone(payload.phone) : null,
        address: [payload.address, payload.ward, payload.district, payload.city].some((part) => part !== undefined),
      };
    case 'unsupported':
      return { type: 'unsupported', original: payload.original };
    case 'follow':
    case 'unfollow':
      return { type: payload.kind };
    default:
      // Text, photos and files show as themselves.
      return { type: 'other', original: kind };
  }
}

/** What a logged outbound message's buttons whose taps come back as text (`oa.query.*`) send, and their titles. */
const offeredButtonsSchema = z.object({
  attachment: z.object({
    payload: z.object({ buttons: z.array(z.object({ title: z.string(), type: z.string(), payload: z.unknown() })) }),
  }),
});

/**
 * A page of the log (newest first) with each tapped button named: an inbound text that is a button's payload
 * (`#choice:send`) reads as the title of the button the nearest earlier message offered with it ("Gửi"). One whose
 * message is not on the page, or typed by hand, stays as it is.
 */
export function nameTappedButtons<T extends { direction: 'in' | 'out'; text: string | null; body: unknown }>(
  items: readonly T[],
  events: readonly LoggedEvent[],
): LoggedEvent[] {
  return events.map((event, index) => {
    const text = items[index]?.text;
    if (items[index]?.direction !== 'in' || !text?.startsWith('#')) return event;
    for (const earlier of items.slice(index + 1)) {
      if (earlier.direction !== 'out') continue;
      const offered = offeredButtonsSchema.safeParse(earlier.body);
      const button = offered.success
        ? offered.data.attachment.payload.buttons.find((b) => b.type.startsWith('oa.query') && b.payload === text)
        : undefined;
      if (button) return { type: 'tapped', title: button.title };
    }
    return event;
  });
}

/**
 * The body officials' pages receive: a shared contact's details only masked (they are sealed where they are used;
 * the log's copy is not shown in full either).
 */
export function officialsBody(event: LoggedEvent, body: unknown): unknown {
  return event.type === 'contact' ? { kind: 'contact', name: event.name, phone: event.phone } : body;
}
