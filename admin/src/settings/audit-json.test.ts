import { describe, expect, it } from 'vitest';
import { auditChanges, auditJson } from './audit-json.js';

describe("an audit row's values", () => {
  it("show instants in the province's time, as they were entered, and everything else as stored", () => {
    const after = {
      outage: { start: '2026-12-06T04:51:00.000Z', end: '2026-12-07T04:51:00.000Z', text: 'Bảo trì' },
      sendAt: '2026-12-07T10:00:00+07:00',
      code: '2026-12-07',
      count: 3,
    };
    const vi = JSON.parse(auditJson(after, 'vi')) as typeof after;
    expect(vi.outage).toEqual({ start: '11:51:00 06/12/2026', end: '11:51:00 07/12/2026', text: 'Bảo trì' });
    expect(vi.sendAt).toBe('10:00:00 07/12/2026');
    expect(vi.code).toBe('2026-12-07');
    expect(vi.count).toBe(3);
    expect(JSON.parse(auditJson(after, 'en')).outage.end).toBe('07/12/2026, 11:51:00');
    expect(auditJson(null, 'vi')).toBe('—');
  });
});

describe("an audit row's changes", () => {
  it('lists the fields that differ, each with its value before and after, ids left out', () => {
    expect(
      auditChanges(
        { id: 'a', email: 'x@tinh.vn', roles: ['viewer'], disabled: false },
        { id: 'a', email: 'x@tinh.vn', roles: ['viewer', 'official'], disabled: true },
      ),
    ).toEqual([
      { field: 'roles', before: ['viewer'], after: ['viewer', 'official'] },
      { field: 'disabled', before: false, after: true },
    ]);
    expect(auditChanges(null, { id: 'a', email: 'x@tinh.vn' })).toEqual([
      { field: 'email', before: undefined, after: 'x@tinh.vn' },
    ]);
  });
});
