import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordSchema, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a sufficiently long passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(hash).not.toContain('a sufficiently long passphrase');
    expect(await verifyPassword(hash, 'a sufficiently long passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a sufficiently long passphrasE')).toBe(false);
  });

  it('treats an unreadable stored hash as a wrong password instead of failing', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever it is')).toBe(false);
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(passwordSchema.safeParse('short').success).toBe(false);
    expect(passwordSchema.safeParse('twelve chars').success).toBe(true);
  });

  it('generates distinct strong passwords that satisfy the policy', () => {
    const first = generatePassword();
    expect(first).toHaveLength(24);
    expect(passwordSchema.safeParse(first).success).toBe(true);
    expect(generatePassword()).not.toBe(first);
  });
});
