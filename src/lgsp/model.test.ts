import { describe, expect, it } from 'vitest';
import { dossierStatusSchema, isDossierOverdue } from './model.js';

describe('isDossierOverdue', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  const past = '2026-12-01T10:00:00Z';

  it('is late only while the office holds the dossier past its due date', () => {
    const late = dossierStatusSchema.options.filter((status) => isDossierOverdue({ status, dueAt: past }, now));
    expect(late).toEqual(['registered', 'received', 'processing']);
  });

  it('is not late before the due date, or without one', () => {
    expect(isDossierOverdue({ status: 'processing', dueAt: '2026-12-06T10:00:00Z' }, now)).toBe(false);
    expect(isDossierOverdue({ status: 'processing', dueAt: null }, now)).toBe(false);
  });
});
