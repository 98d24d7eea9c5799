import { describe, expect, it } from 'vitest';
import { describeLoggedEvent, nameTappedButtons } from './logged-event.js';

type Row = { direction: 'in' | 'out'; kind: string; text: string | null; body: unknown };

const offering = (buttons: { title: string; payload: string }[]): Row => ({
  direction: 'out',
  kind: 'text',
  text: 'Gửi phản ánh này?',
  body: {
    text: 'Gửi phản ánh này?',
    attachment: {
      type: 'template',
      payload: { buttons: buttons.map((b) => ({ title: b.title, type: 'oa.query.hide', payload: b.payload })) },
    },
  },
});
const tapped = (text: string): Row => ({ direction: 'in', kind: 'text', text, body: { kind: 'text', text } });

const events = (rows: Row[]) =>
  nameTappedButtons(
    rows,
    rows.map((row) => describeLoggedEvent(row.direction, row.kind, row.body)),
  );

describe('nameTappedButtons', () => {
  it('names a tapped button by the title the nearest earlier message gave it (the log is newest first)', () => {
    const rows = [
      tapped('#choice:send'),
      offering([
        { title: 'Gửi', payload: '#choice:send' },
        { title: 'Sửa', payload: '#choice:edit' },
      ]),
      tapped('#choice:send'),
      offering([{ title: 'Gửi ngay', payload: '#choice:send' }]),
    ];
    expect(events(rows).map((e) => (e.type === 'tapped' ? e.title : e.type))).toEqual([
      'Gửi',
      'attachment',
      'Gửi ngay',
      'attachment',
    ]);
  });

  it('leaves a payload alone when no message on the page offered it, and typed text as it is', () => {
    const rows = [tapped('#done'), tapped('hồ sơ của tôi'), offering([{ title: 'Gửi', payload: '#choice:send' }])];
    expect(events(rows).map((e) => e.type)).toEqual(['other', 'other', 'attachment']);
  });
});
