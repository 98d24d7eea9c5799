import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.js';
import { StartupError, startSystem } from '../../../src/system.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { freePort } from '../../helpers/system.js';

/** Runs `node src/main.ts web` with only the given environment; resolves with its exit code and output. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'web'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up with a wrong configuration', () => {
  it('refuses production settings without Zalo credentials: one line per problem, no stack, exit 1', async () => {
    const port = await freePort();
    const { code, stdout, stderr } = await runMain({ NODE_ENV: 'production', PORT: String(port) });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      'Invalid configuration: ZALO_APP_ID: required outside sandbox mode',
      'Invalid configuration: ZALO_APP_SECRET: required outside sandbox mode',
      'Invalid configuration: ZALO_OA_SECRET_KEY: required outside sandbox mode',
      'Invalid configuration: SECRETS_KEY: required outside sandbox mode',
      'Invalid configuration: LGSP_BASE_URL: required outside sandbox mode',
      'Invalid configuration: PROVINCE_NAME: required outside sandbox mode',
      'Invalid configuration: PROVINCE_HOTLINE: required outside sandbox mode',
      'Invalid configuration: PROVINCE_OFFICE_ADDRESS: required outside sandbox mode',
      'Invalid configuration: PROVINCE_PORTAL_URL: required outside sandbox mode',
      'Invalid configuration: SANDBOX: not turned on by itself because NODE_ENV is production: set the variables above, or SANDBOX=true to run on simulated Zalo and LGSP',
    ]);
    expect(stdout).not.toContain('SANDBOX mode');
  });

  it('refuses a SECRETS_KEY that is not 32 bytes before opening anything', async () => {
    const { code, stderr } = await runMain({ SANDBOX: 'true', SECRETS_KEY: randomBytes(16).toString('hex') });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Invalid configuration: SECRETS_KEY: expected 32 bytes as 64 hex or 44 base64 characters',
    );
  });
});

describe('start-up with a SECRETS_KEY that does not match the stored tokens', () => {
  let database: TestDatabase;
  let dataDir = '';
  afterAll(async () => {
    await database?.destroy();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('stops with one clear line before the HTTP server listens', async () => {
    database = await createTestDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-key-'));
    const port = await freePort();
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `t${randomBytes(5).toString('hex')}`,
      LOG_LEVEL: 'silent',
      SANDBOX: 'true',
    };
    // First start: the sandbox connects the OA, so tokens encrypted with the first key are stored.
    const first = await startSystem({
      config: readConfig({ ...env, SECRETS_KEY: randomBytes(32).toString('hex') }),
      role: 'web',
      logger: testLogger(),
      database,
    });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    await first.close('restart with another key');

    const second = startSystem({
      config: readConfig({ ...env, SECRETS_KEY: randomBytes(32).toString('hex') }),
      role: 'web',
      logger: testLogger(),
      database,
    });
    await expect(second).rejects.toThrow(StartupError);
    await expect(second).rejects.toThrow(/^SECRETS_KEY does not decrypt the Zalo tokens stored in the database/);
    // Nothing listens: the refusal came before the HTTP server started.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
