import { randomBytes } from 'node:crypto';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, SANDBOX_IDENTITY } from '../../../src/config.js';
import { createApiRouter } from '../../../src/platform/api-router.js';
import { createMetrics } from '../../../src/platform/metrics.js';
import { createZaloSimulator, type ZaloSimulator } from '../../../src/sandbox/zalo/index.js';
import { createMessaging } from '../../../src/messaging/index.js';
import { createZaloChannel, zaloAdminApi, type ZaloChannel, type ZaloWorkers } from '../../../src/zalo/index.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';
import { recordZaloAudit, TEST_ADMIN_ACTOR } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

interface Conversation {
  items: Array<{ seq: number; direction: 'in' | 'out'; body: { message?: { text?: string } } }>;
}

describe('Zalo channel wired from sandbox configuration', () => {
  it('connects by itself and carries a citizen message to the engine and its reply back to the phone', async () => {
    const app = express();
    const server: RunningServer = await listen(app);
    const db: TestDatabase = await createTestDatabase();
    const redis: TestRedis = await createTestRedis();
    cleanups.push(
      () => server.close(),
      () => db.destroy(),
      () => redis.destroy(),
    );

    const config = readConfig({ SANDBOX: 'true', PORT: String(server.port), DATA_DIR: '/tmp/zegov-test' });
    const logger = testLogger();
    const simulator: ZaloSimulator = createZaloSimulator({
      appId: SANDBOX_IDENTITY.zaloAppId,
      appSecret: SANDBOX_IDENTITY.zaloAppSecret,
      oaSecretKey: SANDBOX_IDENTITY.zaloOaSecretKey,
      oaId: SANDBOX_IDENTITY.zaloOaId,
      webhookUrl: `${server.url}/webhooks/zalo`,
      logger,
    });
    const channel: ZaloChannel = createZaloChannel({
      zalo: config.zalo,
      sandbox: config.sandbox,
      publicUrl: config.http.publicUrl,
      retentionDays: config.conversation.retentionDays,
      db: db.db,
      redis: redis.redis,
      queues: redis.queues,
      secretsKey: randomBytes(32),
      logger,
      metrics: createMetrics({ collectDefaults: false }),
      audit: recordZaloAudit,
    });
    app.use('/sandbox/zalo', simulator.router);
    app.use('/webhooks/zalo', channel.webhook.router);
    // Sandbox auto-connect completes through the OAuth callback, a public route; the others stay closed here.
    app.use(
      '/api/admin',
      createApiRouter(
        zaloAdminApi.bind({
          ...channel.adminApiDeps,
          audit: async () => undefined,
          callerOf: () => 'test',
          actorOf: () => TEST_ADMIN_ACTOR,
        }),
        {
          guardsFor: (access) => (access === 'public' ? [] : [(_req, res) => res.sendStatus(403)]),
        },
        { strictResponses: true },
      ),
    );
    await channel.initialize();
    expect(await channel.readiness.check()).toEqual({ ok: true, details: { state: 'active' } });

    // A minimal engine: records the event in its transaction (as the real one does), then echoes the text.
    const messaging = createMessaging({
      db: db.db,
      redis: redis.redis,
      queues: redis.queues,
      channel: channel.deliveryChannel,
      logger,
    });
    const workers: ZaloWorkers = await channel.startWorkers(async (event, claim) => {
      if (!(await db.db.transaction(claim))) return;
      if (event.payload.kind === 'text') {
        await messaging.send(event.citizenId, [{ kind: 'text', text: `Bạn vừa nói: ${event.payload.text}` }]);
      }
    });
    const deliveryWorkers = await messaging.startWorkers({ ratePerMinute: 3000, scheduleSweep: false });
    cleanups.push(
      () => workers.close(),
      () => deliveryWorkers.close(),
      () => messaging.close(),
      () => channel.close(),
      async () => simulator.close(),
    );

    const api = `${server.url}/sandbox/zalo/api`;
    const created = await fetch(`${api}/citizens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Cô Mai' }),
    });
    const { id } = (await created.json()) as { id: string };
    for (const body of [{ type: 'follow' }, { type: 'text', text: 'giờ làm việc?' }]) {
      const sent = await fetch(`${api}/citizens/${id}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(((await sent.json()) as { delivered: boolean }).delivered).toBe(true);
    }

    let after = 0;
    let reply: string | undefined;
    for (let i = 0; i < 10 && reply === undefined; i += 1) {
      const poll = await fetch(`${api}/citizens/${id}/conversation?after=${after}&waitMs=3000`);
      const { items } = (await poll.json()) as Conversation;
      after = items.at(-1)?.seq ?? after;
      reply = items.find((item) => item.direction === 'out')?.body.message?.text;
    }
    expect(reply).toBe('Bạn vừa nói: giờ làm việc?');
  });
});
