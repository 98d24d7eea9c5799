import { describe, expect, it } from 'vitest';
import {
  fromVietnamWallClock,
  getPath,
  nextVietnamHour,
  setPath,
  startOfVietnamDay,
  toVietnamDate,
  toVietnamWallClock,
} from './index.js';

describe("Vietnam's clock", () => {
  it('reads the wall clock at UTC+7 whatever the server time zone', () => {
    const wall = toVietnamWallClock(new Date('2026-03-01T17:30:00Z'));
    expect(wall).toMatchObject({ year: 2026, month: 3, day: 2, hour: 0, minute: 30, weekday: 1, minutes: 30 });
  });

  it('turns a local time back into the instant', () => {
    expect(fromVietnamWallClock(2026, 1, 1, 7, 30).toISOString()).toBe('2026-01-01T00:30:00.000Z');
    expect(startOfVietnamDay(new Date('2026-03-01T16:59:59Z')).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(toVietnamDate(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
    expect(toVietnamDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
  });

  it('finds the next given hour strictly after an instant', () => {
    expect(nextVietnamHour(new Date('2026-03-01T22:59:00Z'), 6).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(nextVietnamHour(new Date('2026-03-01T23:00:00Z'), 6).toISOString()).toBe('2026-03-02T23:00:00.000Z');
  });
});

describe('dotted paths', () => {
  it('reads own properties and array indexes only', () => {
    const source = { dossier: { items: [{ name: 'a' }] } };
    expect(getPath(source, 'dossier.items.0.name')).toBe('a');
    expect(getPath(source, 'dossier.constructor')).toBeUndefined();
    expect(getPath(source, 'dossier.items.length')).toBeUndefined();
    expect(getPath('text', 'length')).toBeUndefined();
  });

  it('writes a copy, creating objects on the way, and removes with undefined', () => {
    const original = { a: { b: 1 } };
    const written = setPath(original, 'a.c.d', 2);
    expect(written).toEqual({ a: { b: 1, c: { d: 2 } } });
    expect(original).toEqual({ a: { b: 1 } });
    expect(setPath(written, 'a.b', undefined)).toEqual({ a: { c: { d: 2 } } });
  });
});
