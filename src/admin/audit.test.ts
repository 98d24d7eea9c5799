import { describe, expect, it } from 'vitest';
import { stripSecrets } from './audit.js';

describe('stripSecrets', () => {
  it('drops passwords, hashes, tokens and secrets at any depth, keeping the rest', () => {
    const snapshot = {
      id: 'a1',
      email: 'official@example.gov.vn',
      passwordHash: '$argon2id$v=19$…',
      password_hash: 'x',
      nested: { token: 'zegov_at_abc', tokenId: 't1', refresh_token: 'r', clientSecret: 's', roles: ['viewer'] },
      list: [{ accessToken: 'a', csrfToken: 'c', name: 'ok' }],
    };
    expect(stripSecrets(snapshot)).toEqual({
      id: 'a1',
      email: 'official@example.gov.vn',
      nested: { tokenId: 't1', roles: ['viewer'] },
      list: [{ name: 'ok' }],
    });
  });

  it('stores dates as ISO strings and undefined as null', () => {
    expect(stripSecrets({ at: new Date('2026-01-02T03:04:05.000Z') })).toEqual({ at: '2026-01-02T03:04:05.000Z' });
    expect(stripSecrets(undefined)).toBeNull();
  });
});
