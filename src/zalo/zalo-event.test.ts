import { describe, expect, it } from 'vitest';
import { convertZaloEventToInbound, eventKeyOf, parseZaloEvent } from './zalo-event.js';

const base = { app_id: '2553928453557884079', timestamp: '1699003881354' };
const user = { sender: { id: '6142494823000000001' }, recipient: { id: '3662729599332560487' } };

describe('Zalo events', () => {
  it('reads a text event, keeping 19-digit ids as strings', () => {
    const parsed = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_send_text',
      message: { msg_id: 'cb31dff1c39642cc1b83', text: 'tra cứu hồ sơ' },
    });
    expect(parsed.kind).toBe('event');
    if (parsed.kind !== 'event') return;
    expect(convertZaloEventToInbound(parsed.event)).toEqual({
      citizenId: '6142494823000000001',
      eventId: 'user_send_text:cb31dff1c39642cc1b83',
      occurredAt: '2023-11-03T09:31:21.354Z',
      payload: { kind: 'text', text: 'tra cứu hồ sơ' },
    });
  });

  it('accepts location coordinates as strings or numbers', () => {
    const parsed = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_send_location',
      message: {
        msg_id: 'm1',
        attachments: [{ type: 'location', payload: { coordinates: { latitude: '10.77', longitude: 106.7 } } }],
      },
    });
    if (parsed.kind !== 'event') throw new Error('expected an event');
    expect(convertZaloEventToInbound(parsed.event)?.payload).toEqual({
      kind: 'location',
      latitude: 10.77,
      longitude: 106.7,
    });
  });

  it('reads both shapes of user_submit_info', () => {
    const parsed = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_submit_info',
      info: {
        name: 'Lan',
        phone: '84912345678',
        full_address: { user_city: 'Cần Thơ', user_ward: 'An Hòa', user_address: '12 Mậu Thân' },
      },
    });
    if (parsed.kind !== 'event') throw new Error('expected an event');
    expect(convertZaloEventToInbound(parsed.event)?.payload).toEqual({
      kind: 'contact',
      name: 'Lan',
      phone: '84912345678',
      address: '12 Mậu Thân',
      ward: 'An Hòa',
      city: 'Cần Thơ',
    });
  });

  it('uses the follower as the citizen of follow events and keys receipts apart by event name', () => {
    const follow = parseZaloEvent({ ...base, event_name: 'follow', oa_id: '1', follower: { id: '42' }, source: 'qr' });
    if (follow.kind !== 'event') throw new Error('expected an event');
    expect(convertZaloEventToInbound(follow.event)?.citizenId).toBe('42');
    const received = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_received_message',
      message: { msg_ids: ['a'] },
    });
    const seen = parseZaloEvent({ ...base, ...user, event_name: 'user_seen_message', message: { msg_ids: ['a'] } });
    if (received.kind !== 'event' || seen.kind !== 'event') throw new Error('expected events');
    expect(eventKeyOf(received.event)).not.toBe(eventKeyOf(seen.event));
    expect(convertZaloEventToInbound(seen.event)).toBeNull();
  });

  it('tells unknown event types from malformed known ones', () => {
    expect(parseZaloEvent({ ...base, event_name: 'shop_has_order' })).toEqual({
      kind: 'unknown',
      eventName: 'shop_has_order',
    });
    expect(parseZaloEvent({ ...base, event_name: 'user_send_text' }).kind).toBe('malformed');
    expect(parseZaloEvent('nonsense').kind).toBe('unknown');
  });

  it("cleans a citizen's text: NUL and control characters out, lone surrogates replaced, NFC", () => {
    const parsed = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_send_text',
      message: { msg_id: 'm2', text: 'tra\u0000 cu\u031B\u0301u\u0007 h\uD800ồ sơ\r\n😀' },
    });
    if (parsed.kind !== 'event') throw new Error('expected an event');
    expect(convertZaloEventToInbound(parsed.event)?.payload).toEqual({ kind: 'text', text: 'tra cứu h\uFFFDồ sơ\n😀' });
  });

  it('keeps contact details within their limits, trimmed and cleaned; drops a phone too long to be one', () => {
    const parsed = parseZaloEvent({
      ...base,
      ...user,
      event_name: 'user_submit_info',
      info: {
        name: `  Lan\u0000 ${'a'.repeat(300)}`,
        phone: '0'.repeat(21),
        address: 'đ'.repeat(500),
        ward: ' \u0000 ',
        district: 'Ninh Kiều',
        city: 'x'.repeat(10_000),
      },
    });
    if (parsed.kind !== 'event') throw new Error('expected an event');
    const payload = convertZaloEventToInbound(parsed.event)?.payload;
    if (payload?.kind !== 'contact') throw new Error('expected a contact');
    expect(payload.name).toBe(`Lan ${'a'.repeat(96)}`);
    expect(payload.phone).toBeUndefined();
    expect(payload.address).toBe('đ'.repeat(200));
    expect(payload.ward).toBeUndefined();
    expect(payload.district).toBe('Ninh Kiều');
    expect(payload.city).toHaveLength(200);

    const short = parseZaloEvent({ ...base, ...user, event_name: 'user_submit_info', info: { phone: ' 0912345678 ' } });
    if (short.kind !== 'event') throw new Error('expected an event');
    expect(convertZaloEventToInbound(short.event)?.payload).toEqual({ kind: 'contact', phone: '0912345678' });
  });
});
