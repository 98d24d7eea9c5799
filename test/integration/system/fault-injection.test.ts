import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { SANDBOX_IDENTITY } from '../../../src/config.js';
import { signZaloWebhook } from '../../../src/sandbox/zalo/index.js';
import { messageDeliveries } from '../../../src/messaging/index.js';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../helpers/db.js';
import { startRedisServer, startTcpProxy, type RedisServer, type TcpProxy } from '../../helpers/services.js';
import { freePort } from '../../helpers/system.js';

/**
 * The promise "nothing acknowledged is lost, nothing is done twice", tried from outside as an operator would break
 * it: separate `web` and `worker` processes on PostgreSQL (behind a proxy this test can cut) and a redis-server of
 * its own with the documented persistence. While citizens write and Zalo delivers every event twice, PostgreSQL goes
 * away for 20 s, Redis restarts, and the worker is killed with SIGKILL. Every acknowledged event must be answered,
 * once, in order per citizen; the one duplicate the design allows (killed after Zalo accepted a message) must be
 * counted by the worker that resends it.
 */
const CODES = [
  '000.00.15.H02-221205-0001',
  '000.30.24.H06-261114-0001',
  '000.00.12.H06-261107-0001',
  '000.10.20.H06-261016-0001',
  '000.21.24.H06-261105-0001',
  '000.25.24.H06-261112-0001',
  '000.30.24.H06-261113-0001',
  '000.00.18.H06-261006-0001',
];
const CITIZENS = 8;
const SEND_GAP_MS = 350;
const OUTAGE_MS = 20_000;

const itemsSchema = z.object({
  items: z.array(
    z.object({
      direction: z.enum(['in', 'out']),
      body: z.object({ message: z.object({ text: z.string().optional() }).optional() }),
    }),
  ),
});
const sendSchema = z.object({ status: z.number(), event: z.record(z.string(), z.unknown()) });

interface Process {
  child: ChildProcess;
  output: () => string;
}

function startProcess(role: 'web' | 'worker', env: Record<string, string>): Process {
  const lines: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', role], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
  return { child, output: () => lines.join('') };
}

async function stopProcess(process: Process | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const child = process?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let failure: unknown;
  for (;;) {
    const value = await check().catch((error: unknown) => {
      failure = error;
      return undefined;
    });
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`, { cause: failure });
    await sleep(250);
  }
}

describe.skipIf(TEST_DB_KIND !== 'pg')('fault injection: separate web and worker processes', () => {
  let database: TestDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let redis: RedisServer | undefined;
  let dataDir: string | undefined;
  const processes: Process[] = [];
  afterAll(async () => {
    for (const process of processes) await stopProcess(process, 'SIGKILL');
    await proxy?.close();
    await redis?.stop();
    await database?.destroy();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('answers every acknowledged event once, in order, through a database outage, a Redis restart and a killed worker', async () => {
    database = await createTestDatabase();
    const pgUrl = new URL(database.url ?? '');
    proxy = await startTcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
    pgUrl.host = `127.0.0.1:${proxy.port}`;
    redis = await startRedisServer();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-faults-'));
    const port = await freePort();
    const env = {
      SANDBOX: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: pgUrl.toString(),
      REDIS_URL: redis.url,
      LOG_LEVEL: process.env.TEST_FAULTS_LOG_LEVEL ?? 'warn',
      SHUTDOWN_TIMEOUT_SECONDS: '5',
    };
    const base = `http://127.0.0.1:${port}`;
    const web = startProcess('web', env);
    processes.push(web);
    await until(
      async () => (await fetch(`${base}/readyz`)).status === 200,
      120_000,
      () => `web to start:\n${web.output()}`,
    );
    let worker = startProcess('worker', env);
    processes.push(worker);

    const api = async (route: string, body?: unknown) => {
      const response = await fetch(`${base}/sandbox/zalo/api${route}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return response.json() as Promise<unknown>;
    };
    const answers = async (citizenId: string) =>
      itemsSchema
        .parse(await api(`/citizens/${citizenId}/conversation`))
        .items.filter((item) => item.direction === 'out')
        .map((item) => item.body.message?.text ?? '');
    /** Posts a signed event as Zalo does, again and again until it is acknowledged (Zalo retries non-200s). */
    const deliver = async (event: Record<string, unknown>) => {
      const body = JSON.stringify(event);
      const signature = signZaloWebhook(
        SANDBOX_IDENTITY.zaloAppId,
        body,
        String(event.timestamp),
        SANDBOX_IDENTITY.zaloOaSecretKey,
      );
      for (;;) {
        const status = await fetch(`${base}/webhooks/zalo`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-zevent-signature': signature },
          body,
        }).then(
          (response) => response.status,
          () => 0,
        );
        if (status === 200) return;
        await sleep(500);
      }
    };
    /** A citizen's action: the simulator signs and posts it; a refused post is retried, and Zalo's duplicate follows. */
    const act = async (citizenId: string, action: Record<string, unknown>) => {
      const sent = sendSchema.parse(await api(`/citizens/${citizenId}/send`, action));
      if (sent.status !== 200) await deliver(sent.event);
      setTimeout(() => void deliver(sent.event), Math.random() * 3000);
    };

    // Citizens follow and are welcomed; one undisturbed lookup warms the LGSP client up.
    const citizens: string[] = [];
    for (let i = 0; i < CITIZENS; i += 1) {
      const created = z.object({ id: z.string() }).parse(await api('/citizens', { displayName: `Công dân ${i}` }));
      citizens.push(created.id);
      await act(created.id, { type: 'follow' });
    }
    await until(
      async () => (await Promise.all(citizens.map(answers))).every((texts) => texts.length > 0),
      120_000,
      () => `welcomes:\n${web.output()}\n${worker.output()}`,
    );
    const probe = citizens[0] ?? '';
    await act(probe, { type: 'text', text: 'tra cứu hồ sơ' });
    await until(
      async () => (await answers(probe)).some((text) => text.includes('mã hồ sơ')),
      60_000,
      () => 'the probe',
    );
    const probeCode = '000.41.24.H06-261106-0001';
    await act(probe, { type: 'text', text: probeCode });
    await until(
      async () => (await answers(probe)).some((text) => text.includes(probeCode)),
      60_000,
      () => 'the probe answer',
    );

    // Each citizen sends every code once, in its own order, at a steady pace, while the faults happen.
    const plan = citizens.map((_, i) => CODES.map((_code, k) => CODES[(i + k) % CODES.length] ?? ''));
    const sending = (async () => {
      for (let k = 0; k < CODES.length; k += 1) {
        for (const [i, citizenId] of citizens.entries()) {
          await act(citizenId, { type: 'text', text: plan[i]?.[k] ?? '' });
          await sleep(SEND_GAP_MS / CITIZENS);
        }
        await sleep(SEND_GAP_MS * 4);
      }
    })();

    await sleep(2_000);
    proxy.cut();
    await sleep(OUTAGE_MS);
    proxy.restore();
    await sleep(3_000);
    await redis.restart();
    await sleep(3_000);
    await stopProcess(worker, 'SIGKILL');
    worker = startProcess('worker', env);
    processes.push(worker);
    await sending;

    // Every code each citizen sent is answered, once, in the order sent.
    const expectedAnswers = citizens.length * CODES.length;
    const finished = await until(
      async () => {
        const all = await Promise.all(citizens.map(answers));
        const answered = all.reduce(
          (sum, texts) => sum + CODES.filter((code) => texts.some((text) => text.includes(code))).length,
          0,
        );
        return answered === expectedAnswers ? all : undefined;
      },
      180_000,
      () => `every answer:\n${worker.output()}`,
    );
    // Resends are logged by whichever worker made them: the killed one (after an outage) or its replacement.
    const resent = processes
      .map((started) => (started.output().match(/previous attempt died in flight/g) ?? []).length)
      .reduce((sum, count) => sum + count, 0);
    let duplicates = 0;
    for (const [i, texts] of finished.entries()) {
      const order = texts.flatMap((text) => CODES.filter((code) => text.includes(code)));
      const firsts = order.filter((code, index) => order.indexOf(code) === index);
      expect(firsts, `citizen ${i} answered out of order`).toEqual(plan[i]);
      // Each message the OA sent more often than our records say it was sent arrived twice.
      const [recorded] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(messageDeliveries)
        .where(
          and(
            eq(messageDeliveries.citizenId, citizens[i] ?? ''),
            inArray(messageDeliveries.status, ['sent', 'received', 'seen']),
          ),
        );
      duplicates += texts.length - (recorded?.n ?? 0);
    }
    console.log(
      `fault injection: ${expectedAnswers} messages (each delivered twice) answered in order; ` +
        `${duplicates} answer(s) sent twice, ${resent} resend(s) counted by the workers`,
    );
    // Only what a worker resent after losing track of Zalo's answer may have arrived twice, and it was counted.
    expect(duplicates).toBeLessThanOrEqual(resent);
  }, 420_000);
});
