import express from 'express';
import pg from 'pg';
import { pinoHttp } from 'pino-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, createAdminApi, createAdminAuth, ensureFirstAdmin } from '../../../src/admin/index.js';
import { openDatabase, type DatabaseHandle } from '../../../src/platform/db.js';
import { isInfrastructureError } from '../../../src/platform/infrastructure-errors.js';
import { notFoundHandler, problemErrorHandler } from '../../../src/platform/http.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';
import { listen, type RunningServer } from '../../helpers/http.js';
import { capturingLogger, testLogger } from '../../helpers/logger.js';
import { createTestRedis, type TestRedis } from '../../helpers/redis.js';
import { AdminClient } from '../admin/harness.js';

const ADMIN_EMAIL = 'root@province.gov.vn';
const ADMIN_PASSWORD = 'correct horse battery staple';
// Nothing listens on port 1 of loopback: PostgreSQL stopped, as the driver sees it.
const STOPPED_POSTGRES_URL = 'postgres://postgres@127.0.0.1:1/zegov';

async function stoppedPostgres(): Promise<DatabaseHandle> {
  return openDatabase({ url: STOPPED_POSTGRES_URL, dataDir: '', logger: testLogger() });
}
/** A handle of the engine under test that was closed (a PGlite closed, a pg pool ended), and how to clean up after. */
async function closedDatabase(): Promise<{ handle: DatabaseHandle; cleanUp(): Promise<void> }> {
  const database = await createTestDatabase();
  if (TEST_DB_KIND === 'pglite') {
    await database.close();
    return { handle: database, cleanUp: async () => undefined };
  }
  const handle = await openDatabase({ url: database.url, dataDir: '', logger: testLogger() });
  await handle.close();
  return { handle, cleanUp: () => database.destroy() };
}

describe('a database that does not answer', () => {
  it('is told apart from a query that failed for its own reasons, on both engines', async () => {
    const stopped = await stoppedPostgres();
    const refused = await stopped.ping().catch((error: unknown) => error);
    expect(isInfrastructureError(refused)).toBe(true);
    await stopped.close();

    const closed = await closedDatabase();
    expect(isInfrastructureError(await closed.handle.ping().catch((error: unknown) => error))).toBe(true);
    await closed.cleanUp();

    const database = await createTestDatabase();
    try {
      const syntax = await database.db.execute('selec 1').catch((error: unknown) => error);
      expect(syntax).toBeInstanceOf(Error);
      expect(isInfrastructureError(syntax)).toBe(false);
    } finally {
      await database.destroy();
    }
  });

  it.runIf(TEST_DB_KIND === 'pg')(
    'counts a connection terminated by the server (pg_terminate_backend) as unavailable',
    async () => {
      const database = await createTestDatabase();
      const url = database.url ?? '';
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      client.on('error', () => undefined);
      try {
        const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid;
        const sleeping = client.query('select pg_sleep(30)').catch((error: unknown) => error);
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        // Retried until the sleeping query has reached the server.
        for (let i = 0; i < 50; i += 1) {
          const { rows } = await admin.query<{ terminated: boolean }>('select pg_terminate_backend($1) as terminated', [
            pid,
          ]);
          if (rows[0]?.terminated) break;
        }
        await admin.end();
        const error = await sleeping;
        expect(error).toMatchObject({ code: '57P01' });
        expect(isInfrastructureError(error)).toBe(true);
      } finally {
        await client.end().catch(() => undefined);
        await database.destroy();
      }
    },
  );
});

describe('admin API with the database down', () => {
  let database: TestDatabase;
  let redis: TestRedis;
  let working: RunningServer;
  let down: RunningServer;
  let closed: RunningServer;
  let stopped: DatabaseHandle;
  let closedDb: Awaited<ReturnType<typeof closedDatabase>>;
  const { logger, text } = capturingLogger('trace');

  /** The admin API as the app mounts it, on the given database, sharing sessions (Redis) with the others. */
  async function serve(db: DatabaseHandle['db']): Promise<RunningServer> {
    const deps = { db, redis: redis.redis, logger, config: { sessionTtlHours: 8, publicUrl: 'http://localhost:3000' } };
    const app = express();
    app.use(pinoHttp({ logger }));
    const auth = createAdminAuth(deps);
    app.use('/api/admin', createAdminApi(adminApi.bind({ ...deps, auth, units: () => [] }), auth).router);
    app.use(notFoundHandler);
    app.use(problemErrorHandler(logger));
    return listen(app);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await createTestRedis();
    await ensureFirstAdmin({ db: database.db, email: ADMIN_EMAIL, password: ADMIN_PASSWORD, sandbox: false });
    stopped = await stoppedPostgres();
    closedDb = await closedDatabase();
    working = await serve(database.db);
    down = await serve(stopped.db);
    closed = await serve(closedDb.handle.db);
  });
  afterAll(async () => {
    for (const server of [working, down, closed]) await server.close();
    await stopped.close();
    await closedDb.cleanUp();
    await redis.destroy();
    await database.destroy();
  });

  it('answers 503 with Retry-After and a problem body, never 500, signed in or not', async () => {
    const client = new AdminClient(`${working.url}/api/admin`);
    expect((await client.login(ADMIN_EMAIL, ADMIN_PASSWORD)).status).toBe(200);

    for (const server of [down, closed]) {
      const signedIn = new AdminClient(`${server.url}/api/admin`);
      signedIn.cookie = client.cookie;
      signedIn.csrfToken = client.csrfToken;
      for (const [method, path, body] of [
        ['GET', '/accounts', undefined],
        ['GET', '/audit', undefined],
        ['POST', '/tokens', { name: 'ci' }],
      ] as const) {
        const response = await signedIn.request(method, path, body);
        expect(response.status, `${method} ${path}`).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(response.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
      const anonymous = new AdminClient(`${server.url}/api/admin`);
      const login = await anonymous.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      expect(login.status).toBe(503);
      expect(login.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(text()).not.toContain('unhandled error');
  });
});
