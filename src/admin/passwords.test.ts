import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './passwords.js';

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

  it('still verifies a password hashed before normalisation, as it was typed', async () => {
    const typed = 'Mật khẩu của tôi rất dài'.normalize('NFD');
    const argon2 = await import('argon2');
    const legacyHash = await argon2.default.hash(typed, { type: argon2.default.argon2id });
    expect(await verifyPassword(legacyHash, typed)).toBe(true);
  });

  it('follows NIST SP 800-63B: length in characters, no blank, no common or breached password, not the e-mail', () => {
    expect(checkPasswordPolicy('a fine long passphrase')).toBeNull();
    expect(checkPasswordPolicy('twelve chars')).toBeNull();
    expect(checkPasswordPolicy(' '.repeat(12))?.reason).toBe('blank');
    expect(checkPasswordPolicy('\u3000'.repeat(20))?.reason).toBe('blank');
    expect(checkPasswordPolicy('Đà Lạt xanh')).toEqual({ reason: 'too-short', minLength: 12 });
    expect(checkPasswordPolicy('iloveyou1234')?.reason).toBe('too-common');
    expect(checkPasswordPolicy('matkhau123456')?.reason).toBe('too-common');
    expect(checkPasswordPolicy('an.nguyen@tinh.gov.vn 2026', { email: 'An.Nguyen@tinh.gov.vn' })?.reason).toBe(
      'contains-email',
    );
  });

  it('generates distinct strong passwords that satisfy the policy', () => {
    const first = generatePassword();
    expect(first).toHaveLength(24);
    expect(checkPasswordPolicy(first)).toBeNull();
    expect(generatePassword()).not.toBe(first);
  });
});
