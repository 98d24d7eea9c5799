import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertOutboundMessageToZalo } from './convert-outbound-message.js';
import { nextVietnamHour } from '../kernel/index.js';
import { decryptSecret, encryptSecret } from './secret-box.js';
import { verifyZaloSignature } from './verify-zalo-signature.js';
import { classifyZaloError } from './zalo-client.js';
import { signZaloWebhook } from '../sandbox/zalo/index.js';

describe('night rule', () => {
  it('moves a message refused at 23:30 Vietnam time to 06:00 the next morning', () => {
    // 23:30 on 1 March in Vietnam is 16:30 UTC.
    expect(nextVietnamHour(new Date('2026-03-01T16:30:00Z'), 6).toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });
  it('moves a message refused at 02:00 Vietnam time to 06:00 the same morning', () => {
    expect(nextVietnamHour(new Date('2026-03-01T19:00:00Z'), 6).toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });
});

describe('Zalo error classes', () => {
  it('follows the contract table', () => {
    expect([-32, -100, -216, -220, -213, -217, -230, -232, -234, -201, -999].map(classifyZaloError)).toEqual([
      'rate_limited',
      'transient',
      'token_invalid',
      'token_invalid',
      'not_follower',
      'user_unreachable',
      'outside_window',
      'outside_window',
      'night_time',
      'invalid_request',
      'permanent',
    ]);
  });
});

describe('outbound message conversion', () => {
  it('turns buttons into Zalo template buttons', () => {
    const [message] = convertOutboundMessageToZalo({
      kind: 'text',
      text: 'Bạn cần gì?',
      buttons: [
        { title: 'Tra cứu hồ sơ', action: { type: 'query', payload: '#dossier' } },
        { title: 'Cổng dịch vụ công', action: { type: 'url', url: 'https://dichvucong.gov.vn' } },
        { title: 'Gọi tổng đài', action: { type: 'phone', phone: '1022' } },
      ],
    });
    expect(message).toEqual({
      text: 'Bạn cần gì?',
      attachment: {
        type: 'template',
        payload: {
          buttons: [
            { title: 'Tra cứu hồ sơ', type: 'oa.query.hide', payload: '#dossier' },
            { title: 'Cổng dịch vụ công', type: 'oa.open.url', payload: { url: 'https://dichvucong.gov.vn' } },
            { title: 'Gọi tổng đài', type: 'oa.open.phone', payload: { phone_code: '1022' } },
          ],
        },
      },
    });
  });
  it('builds a request_user_info card with exactly one element', () => {
    const [message] = convertOutboundMessageToZalo({
      kind: 'request_user_info',
      title: 'UBND',
      subtitle: 'Xin số điện thoại',
    });
    expect(message?.attachment).toEqual({
      type: 'template',
      payload: { template_type: 'request_user_info', elements: [{ title: 'UBND', subtitle: 'Xin số điện thoại' }] },
    });
  });
});

describe('webhook signature', () => {
  const body = Buffer.from('{"app_id":"1","timestamp":"1700000000000"}');
  const input = {
    rawBody: body,
    appId: '1',
    timestamp: '1700000000000',
    expectedAppId: '1',
    oaSecretKey: 'k',
    maxAgeMs: 86_400_000,
    now: 1_700_000_000_000 + 1000,
  };
  it('accepts the mac Zalo computes and refuses others', () => {
    const header = signZaloWebhook('1', body.toString(), '1700000000000', 'k');
    expect(verifyZaloSignature({ ...input, header })).toEqual({ ok: true });
    expect(verifyZaloSignature({ ...input, header: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(verifyZaloSignature({ ...input, header: `${header.slice(0, -1)}0` }).ok).toBe(false);
    expect(verifyZaloSignature({ ...input, header, now: input.now + 2 * 86_400_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });
});

describe('secret box', () => {
  it('round-trips and refuses another purpose or key', () => {
    const key = randomBytes(32);
    const sealed = encryptSecret(key, 'token-value', 'zalo.access_token');
    expect(sealed).not.toContain('token-value');
    expect(decryptSecret(key, sealed, 'zalo.access_token')).toBe('token-value');
    expect(() => decryptSecret(key, sealed, 'zalo.refresh_token')).toThrow();
    expect(() => decryptSecret(randomBytes(32), sealed, 'zalo.access_token')).toThrow();
  });
});
