import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { z } from 'zod';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): slow for an attacker, fine for a login per second. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Long passphrases are welcome; the upper bound only stops a multi-megabyte "password" from tying up the hasher.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `expected at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { message: `expected at most ${PASSWORD_MAX_LENGTH} characters` });

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as checking a real password, for logins with an unknown email: without it the answer would
 * come back measurably faster and reveal which emails have accounts.
 */
export async function verifyDummyPassword(password: string): Promise<void> {
  await verifyPassword(await prepareDummyHash(), password);
}

/** Computes the dummy hash ahead of the first login, so that one is not slower than the rest. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/** A random password of 24 base64url characters (144 bits), for the sandbox's first admin. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
