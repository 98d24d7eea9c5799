import { randomBytes } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { z } from 'zod';
import { AdminErrors } from './errors.js';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): slow for an attacker, fine for a login per second. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest new password, in characters (Unicode code points after NFKC normalisation, as NIST SP 800-63B counts). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest new password, in characters: long passphrases are welcome, a megabyte "password" is not. */
export const PASSWORD_MAX_LENGTH = 128;
/** Longest password a login accepts, in UTF-16 units: passwords set before the 128-character limit still sign in. */
export const LOGIN_PASSWORD_MAX_LENGTH = 1024;
/**
 * Lowest zxcvbn score (0–4) a new password needs: 3 means an estimated 10^8 guesses or more. Below that it is on the
 * common-password list (about 49,000 leaked passwords, offline, from `@zxcvbn-ts/language-common`), a close variant
 * of one ("Password1234!"), a keyboard walk, a repetition or a sequence.
 */
export const PASSWORD_MIN_SCORE = 3;
/** Words that make a password guessable here, besides the account's own e-mail. */
const CONTEXT_WORDS = ['zalo', 'egov', 'zalo-egov', 'admin', 'quantri', 'matkhau', 'password', 'lgsp'];

/**
 * What comes over the wire as a new password: a string of reasonable size. The policy (length, common passwords,
 * the account's e-mail) is checked by `checkPasswordPolicy`, which needs the e-mail.
 */
export const passwordSchema = z.string().min(1).max(LOGIN_PASSWORD_MAX_LENGTH);

export type PasswordProblem =
  | { reason: 'too-short'; minLength: number }
  | { reason: 'too-long'; maxLength: number }
  | { reason: 'blank' }
  | { reason: 'contains-email' }
  | { reason: 'too-common'; warning: string | null };

let estimator: ZxcvbnFactory | undefined;

/**
 * NIST SP 800-63B's rules for a new password: at least 12 and at most 128 characters, not only spaces, not on a list of
 * common or breached passwords or close to one, not the account's e-mail. No composition rules (they make passwords
 * harder to remember, not to guess). Null when the password is acceptable.
 */
export function checkPasswordPolicy(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (normalized.trim() === '') return { reason: 'blank' };
  if (length < PASSWORD_MIN_LENGTH) return { reason: 'too-short', minLength: PASSWORD_MIN_LENGTH };
  if (length > PASSWORD_MAX_LENGTH) return { reason: 'too-long', maxLength: PASSWORD_MAX_LENGTH };
  const email = context.email?.trim().toLowerCase();
  if (email && normalized.toLowerCase().includes(email)) return { reason: 'contains-email' };
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const userInputs = [...CONTEXT_WORDS, ...(email ? [email, ...email.split(/[@.+_-]/).filter(Boolean)] : [])];
  const result = estimator.check(normalized, userInputs);
  if (result.score < PASSWORD_MIN_SCORE) return { reason: 'too-common', warning: result.feedback.warning ?? null };
  return null;
}

/** Throws ADMIN_PASSWORD_WEAK (422, with the reason) unless the new password meets the policy. */
export function assertPasswordPolicy(password: string, context: { email?: string } = {}): void {
  const problem = checkPasswordPolicy(password, context);
  if (problem) throw AdminErrors.passwordWeak(problem);
}

/**
 * The form a password is hashed in: NFKC, so the same passphrase typed on two keyboards (Vietnamese input methods
 * send either precomposed or combining diacritics) is the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalizePassword(password), ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  const normalized = normalizePassword(password);
  if (await verifyQuietly(hash, normalized)) return true;
  // Hashes written before passwords were normalised hold the password exactly as it was typed.
  return normalized !== password && verifyQuietly(hash, password);
}

async function verifyQuietly(hash: string, password: string): Promise<boolean> {
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

/** A random password of 24 base64url characters (144 bits), for the sandbox's first admin; it passes the policy. */
export function generatePassword(): string {
  for (;;) {
    const password = randomBytes(18).toString('base64url');
    if (checkPasswordPolicy(password) === null) return password;
  }
}
