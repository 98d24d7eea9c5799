import { createHash, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'stale' };

export interface SignatureInput {
  /** The exact bytes Zalo sent. */
  rawBody: Buffer;
  /** The `X-ZEvent-Signature` header. */
  header: string | undefined;
  /** `app_id` and `timestamp` as read from the body (they are part of the mac). */
  appId: string | undefined;
  timestamp: string | undefined;
  expectedAppId: string;
  oaSecretKey: string;
  maxAgeMs: number;
  now: number;
}

// Zalo's clock and ours may drift a little; an event stamped further ahead than this is not believed.
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Checks `mac=` + sha256(app_id + raw body + timestamp + OA secret key) in constant time, then the timestamp's age. */
export function verifyZaloSignature(input: SignatureInput): SignatureCheck {
  const header = input.header?.trim();
  if (!header) return { ok: false, reason: 'missing' };
  if (input.appId === undefined || input.timestamp === undefined) return { ok: false, reason: 'invalid' };
  const expected = createHash('sha256')
    .update(input.appId)
    .update(input.rawBody)
    .update(input.timestamp)
    .update(input.oaSecretKey)
    .digest('hex');
  const given = header.startsWith('mac=') ? header.slice(4).toLowerCase() : header.toLowerCase();
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, reason: 'invalid' };
  // A correct mac over another app's id would mean our secret key is shared: treat it as forged.
  if (input.appId !== input.expectedAppId) return { ok: false, reason: 'invalid' };
  const at = Number(input.timestamp);
  if (!Number.isFinite(at) || at < input.now - input.maxAgeMs || at > input.now + MAX_FUTURE_SKEW_MS) {
    return { ok: false, reason: 'stale' };
  }
  return { ok: true };
}
