import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/system.js';
import { TEST_REDIS_URL } from '../helpers/redis.js';

// The README's first command, as a newcomer runs it: no configuration at all, embedded PGlite, sandbox Zalo and LGSP.
describe('npm start on a fresh checkout', () => {
  let child: ChildProcess | undefined;
  let dataDir = '';
  afterAll(async () => {
    // The whole process group: `npm start` runs the server as its own child, which must not outlive a failed test.
    if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it(
    'serves a ready sandbox, then shuts down gracefully: the request in flight completes and the exit code is 0',
    {
      timeout: 120_000,
    },
    async () => {
      const port = await freePort();
      dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-quickstart-'));
      // Only what a shell gives a newcomer; the test Redis and a private key prefix so parallel runs do not collide.
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        PORT: String(port),
        DATA_DIR: dataDir,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: `qs${randomBytes(4).toString('hex')}`,
      };
      child = spawn(process.execPath, ['scripts/start.mjs'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));

      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 90_000;
      let ready = false;
      while (!ready && Date.now() < deadline && child.exitCode === null) {
        ready = await fetch(`${base}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready, `server did not become ready:\n${output}`).toBe(true);
      // The banner follows the last start-up step (workers); the HTTP server already answers before it.
      while (!output.includes('Health:') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain('SANDBOX mode');
      expect(output).toContain(`/sandbox/phone`);
      expect(output).toMatch(/Sandbox admin account created: admin@sandbox\.local \/ \S{12,}/);

      // npm start built the admin web UI (or found its build fresh); any path under /admin is the app.
      expect(output).toContain(`Admin web UI: http://localhost:${port}/admin`);
      const adminPage = await fetch(`${base}/admin/flows/help`);
      expect(adminPage.status).toBe(200);
      expect(await adminPage.text()).toContain('<div id="root"></div>');

      // A long-poll on the Zalo simulator is a request that stays in flight for a while.
      const citizen = (await (
        await fetch(`${base}/sandbox/zalo/api/citizens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: 'Công dân thử nghiệm' }),
        })
      ).json()) as { id: string };
      const inFlight = fetch(`${base}/sandbox/zalo/api/citizens/${citizen.id}/conversation?after=1000000&waitMs=1500`);
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM');

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await exited).toBe(0);
      expect(output).toContain('shutdown complete');
    },
  );
});
