import { describe, expect, it } from 'vitest';
import { citizenIdSchema, type InboundEvent, type OutboundMessage } from './channel.js';
import { answeredTap, isRepeatedTap, tapKind, tapOf } from './repeated-tap.js';
import type { Session } from './session.js';

const MENU = ['#dossier', '#my_dossiers', '#procedure', '#feedback', '#help'];
const T0 = '2026-12-06T08:00:00.000Z';

function event(text: string, at: string): InboundEvent {
  return { citizenId: citizenIdSchema.parse('c1'), eventId: at, occurredAt: at, payload: { kind: 'text', text } };
}

function session(offered: readonly string[], lastTap?: Session['lastTap']): Session {
  return {
    v: 1,
    active: null,
    stack: [],
    variables: {},
    offered: offered.map((payload) => ({ title: payload, payload })),
    ...(lastTap ? { lastTap } : {}),
    updatedAt: T0,
  };
}

const at = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

describe('a button tapped again at once', () => {
  it('is a tap only when it sends one of the buttons offered', () => {
    expect(tapOf(session(MENU), event('#procedure', T0))).toEqual({ payload: '#procedure', at: T0 });
    expect(tapOf(session(MENU), event('thủ tục', T0))).toBeUndefined();
    expect(tapOf(session(MENU), event('#flow:other', T0))).toBeUndefined();
  });

  const tapped = { payload: '#procedure', at: T0 };
  it.each<[string, Session, InboundEvent, boolean]>([
    [
      'the same tap 1 s later, the answer offering other buttons',
      session(['#procedure_detail 1.001193']),
      event('#procedure', at(1000)),
      true,
    ],
    ['the same tap 3 s later, the answer offering none', session([]), event(' #procedure ', at(3000)), true],
    [
      'the same buttons shown again: the tap may be on the new message',
      session(MENU),
      event('#procedure', at(500)),
      false,
    ],
    ['4 s later: tapped again on purpose', session([]), event('#procedure', at(4000)), false],
    ['another button', session([]), event('#feedback', at(500)), false],
    [
      'the answer offers that button among others: a tap on the new message',
      session(['#procedure', '#menu']),
      event('#procedure', at(1500)),
      false,
    ],
    ['dated before the first (clock skew): not assumed', session([]), event('#procedure', at(-500)), false],
  ])('%s → repeated: %s', (_, answered, second, repeated) => {
    expect(isRepeatedTap({ ...answered, lastTap: tapped }, second)).toBe(repeated);
  });

  it('a button sending the same shown in any message of the answer, not only its last: a tap on the answer', () => {
    const text = (payloads: string[]): OutboundMessage => ({
      kind: 'text',
      text: '…',
      buttons: payloads.map((payload) => ({ title: payload, action: { type: 'query', payload } })),
    });
    const detail = { payload: '#procedure_detail 1.001193', at: T0 };
    // The procedure's page with its button again, then a last message without buttons (session.offered is none).
    const answer = [text(['#procedure_detail 1.001193', '#menu']), { kind: 'text', text: 'Nguồn: …' } as const];
    const kept = answeredTap(detail, answer);
    expect(kept).toEqual({ ...detail, shown: true });
    expect(isRepeatedTap({ ...session([]), lastTap: kept }, event(detail.payload, at(1000)))).toBe(false);
    const notShown = answeredTap(detail, [text(['#menu'])]);
    expect(isRepeatedTap({ ...session([]), lastTap: notShown }, event(detail.payload, at(1000)))).toBe(true);
  });

  it('is logged by its kind, without the value it carries', () => {
    expect(tapKind(event(' #procedure_detail 1.001193', T0))).toBe('#procedure_detail');
    expect(tapKind(event('#procedure', T0))).toBe('#procedure');
  });

  it('nothing else came in between: a turn that was no tap left no last tap', () => {
    expect(isRepeatedTap(session([]), event('#procedure', at(500)))).toBe(false);
    expect(isRepeatedTap(null, event('#procedure', at(500)))).toBe(false);
  });
});
