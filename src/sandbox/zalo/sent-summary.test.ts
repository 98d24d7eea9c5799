import { describe, expect, it } from 'vitest';
import { createSentSummaries } from './sent-summary.js';

interface Item {
  userId: string;
  at: number;
  text?: string;
}

const T0 = Date.parse('2026-12-01T03:00:00Z');

function setup() {
  const sent: Item[] = [];
  const summaries = createSentSummaries(sent, (item) => item.text);
  const send = (userId: string, text: string | undefined, secondsAfter: number) =>
    sent.push({ userId, text, at: T0 + secondsAfter * 1000 });
  return { sent, summaries, send };
}

describe('sent summaries', () => {
  it('counts messages, recipients and duplicates of the messages containing a text', () => {
    const { summaries, send } = setup();
    send('a', 'Thông báo [B1] mất điện', 0);
    send('b', 'Thông báo [B1] mất điện', 1);
    send('c', 'something else', 2);
    send('a', 'Thông báo [B1] mất điện', 3);
    send('d', undefined, 4);
    expect(summaries.summary('[B1]', 60_000, T0 + 5_000)).toEqual({
      messages: 3,
      recipients: 2,
      duplicates: 1,
      firstAt: new Date(T0).toISOString(),
      lastAt: new Date(T0 + 3_000).toISOString(),
      inWindow: 3,
    });
  });

  it('keeps counting what was sent after the last question, without counting anything twice', () => {
    const { summaries, send } = setup();
    send('a', '[B2] one', 0);
    expect(summaries.summary('[B2]', 60_000, T0).messages).toBe(1);
    send('b', '[B2] two', 1);
    send('b', '[B2] again', 2);
    send('b', '[B2] and again', 3);
    const later = summaries.summary('[B2]', 60_000, T0 + 3_000);
    expect(later).toMatchObject({ messages: 4, recipients: 2, duplicates: 1 });
    expect(summaries.summary('[B2]', 60_000, T0 + 3_000)).toEqual(later);
  });

  it('counts only the messages inside the window for inWindow', () => {
    const { summaries, send } = setup();
    for (let second = 0; second < 10; second++) send(`u${second}`, '[B3]', second);
    expect(summaries.summary('[B3]', 3_000, T0 + 9_000).inWindow).toBe(4);
    expect(summaries.summary('[B3]', 1_000, T0 + 20_000).inWindow).toBe(0);
  });

  it('tallies each text on its own and starts over when the list was emptied', () => {
    const { sent, summaries, send } = setup();
    send('a', '[X] and [Y]', 0);
    send('b', '[Y]', 1);
    expect(summaries.summary('[X]', 60_000, T0 + 1_000).messages).toBe(1);
    expect(summaries.summary('[Y]', 60_000, T0 + 1_000).messages).toBe(2);
    sent.length = 0;
    send('c', '[Y]', 2);
    expect(summaries.summary('[Y]', 60_000, T0 + 2_000)).toMatchObject({ messages: 1, recipients: 1 });
  });
});
