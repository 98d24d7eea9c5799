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
});
