import { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { readConfig } from '../../../src/config.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { capturingLogger } from '../../helpers/logger.js';
import { listen, type RunningServer } from '../../helpers/http.js';

describe('the log stream', () => {
  let server: RunningServer | undefined;
  afterEach(async () => server?.close());

  it('never receives secrets or citizens’ personal data', async () => {
    const secrets = {
      appSecret: 'app-secret-6f1c2a',
      oaKey: 'oa-secret-key-99b1',
      bearer: 'bearer-token-7d2e51',
      cookie: 'session-cookie-1a2b3c',
      password: 'correct horse battery staple',
      phone: '0912345678',
      name: 'Nguyễn Văn An',
    };
    const { logger, text } = capturingLogger('trace');
    const router = Router();
    router.post('/echo', (req, res) => {
      req.log.info({ citizen: { name: secrets.name, phone: secrets.phone }, password: secrets.password }, 'handled');
      res.json({ ok: true });
    });
    router.get('/boom', () => {
      throw new Error('database exploded');
    });
    const app = createApp({
      logger,
      metrics: createMetrics({ collectDefaults: false }),
      readiness: [],
      mounts: [{ path: '/t', router }],
    });
    server = await listen(app);

    const config = readConfig({
      ZALO_APP_ID: '1',
      ZALO_APP_SECRET: secrets.appSecret,
      ZALO_OA_SECRET_KEY: secrets.oaKey,
      SECRETS_KEY: 'b'.repeat(64),
      LGSP_BASE_URL: 'https://lgsp.example.gov.vn',
    });
    logger.info({ zalo: config.zalo }, 'configuration loaded');
    logger.info({ accessToken: secrets.bearer, refresh_token: secrets.bearer }, 'token rotated');

    await fetch(`${server.url}/t/echo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secrets.bearer}`, cookie: `zegov_session=${secrets.cookie}` },
    });
    const boom = await fetch(`${server.url}/t/boom?phone=${secrets.phone}`);
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('database exploded');

    const logged = text();
    expect(logged).toContain('configuration loaded');
    expect(logged).toContain('request completed');
    expect(logged).toContain('database exploded'); // the 500 is logged once, server-side
    for (const [kind, value] of Object.entries(secrets)) {
      expect(logged, `${kind} leaked into the log`).not.toContain(value);
    }
  });
});
