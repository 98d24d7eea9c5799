import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../../test/helpers/http.js';
import { createPhoneRouter } from './create-phone-router.js';

describe('createPhoneRouter', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const app = express();
    app.use('/sandbox/phone', createPhoneRouter());
    app.use('/elsewhere/phone', createPhoneRouter({ controlApiBase: '/x"><script>alert(1)</script>' }));
    server = await listen(app);
  });
  afterAll(() => server.close());

  it('serves the page with or without a trailing slash, its links resolving under the mount path', async () => {
    for (const url of ['/sandbox/phone', '/sandbox/phone/']) {
      const response = await fetch(`${server.url}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<base href="/sandbox/phone/" />');
      expect(html).toContain('<meta name="zalo-control-api" content="/sandbox/zalo/api" />');
      expect(html).toContain('<html lang="vi">');
    }
  });

  it('forbids inline and foreign scripts on the page', async () => {
    const response = await fetch(`${server.url}/sandbox/phone`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
  });

  it('serves the stylesheet and the client script', async () => {
    const css = await fetch(`${server.url}/sandbox/phone/phone.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('#0068ff');
    const js = await fetch(`${server.url}/sandbox/phone/phone.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('/conversation');
  });

  it('escapes the configured control API base into the page', async () => {
    const html = await (await fetch(`${server.url}/elsewhere/phone`)).text();
    expect(html).toContain('content="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});
