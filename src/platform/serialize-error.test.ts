import { describe, expect, it } from 'vitest';
import { scrubMessage, serializeError } from './serialize-error.js';

describe('serializeError', () => {
  it('masks quoted values, e-mails, phone numbers and key values, keeping the error’s own identifiers', () => {
    const identifiers = new Set(['admin_accounts_email_lower_key']);
    expect(scrubMessage('invalid input syntax for type integer: "Nguyễn Văn An"')).toBe(
      'invalid input syntax for type integer: "…"',
    );
    expect(
      scrubMessage('duplicate key value violates unique constraint "admin_accounts_email_lower_key"', identifiers),
    ).toBe('duplicate key value violates unique constraint "admin_accounts_email_lower_key"');
    expect(scrubMessage('Key (lower(email))=(an@x.vn) already exists')).toBe('Key (lower(email))=(…) already exists');
    expect(scrubMessage("no citizen with phone 0912 345 678 or an@x.vn; name 'Bình'")).toBe(
      "no citizen with phone … or …; name '…'",
    );
    expect(scrubMessage('connect ECONNREFUSED 127.0.0.1:5432')).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(scrubMessage('first line\nparams: secret')).toBe('first line');
  });

  it('keeps drizzle’s SQL text and drops its parameters', () => {
    const cause = Object.assign(new Error('value too long for type character varying(10)'), {
      code: '22001',
      severity: 'ERROR',
    });
    const error = Object.assign(new Error("Failed query: select $1 where x = 'a'\nparams: 0912345678"), {
      query: "select $1 where x = 'a'",
      params: ['0912345678'],
      cause,
    });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({
      message: 'Failed query',
      query: "select $1 where x = '…'",
      cause: { type: 'DatabaseError', code: '22001', message: 'value too long for type character varying(10)' },
    });
    expect(JSON.stringify(serialized)).not.toContain('0912345678');
  });

  it('accepts anything thrown: plain objects, strings, nothing', () => {
    expect(serializeError({ name: 'Oops', message: 'for an@x.vn' })).toMatchObject({ message: 'for …' });
    expect(serializeError('0912345678 failed').message).toBe('… failed');
    expect(serializeError(undefined)).toEqual({ type: 'undefined', message: '' });
  });
});
