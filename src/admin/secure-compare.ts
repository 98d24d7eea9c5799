import { createHash, timingSafeEqual } from 'node:crypto';

/** Hex SHA-256, used to store session ids and API tokens so that what is stored cannot be used as a credential. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant-time string equality; hashing first gives equal lengths so the length is not leaked either. */
export function secureEquals(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
