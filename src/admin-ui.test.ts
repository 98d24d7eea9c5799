import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminUiRouter } from './admin-ui.js';

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use('/admin', createAdminUiRouter({ dir }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An asset large enough to be worth compressing (the middleware leaves bodies under 1 KiB as they are). */
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i};`).join('\n');

/** The body as it travelled (not decompressed) and its encoding. */
function download(url: string, acceptEncoding: string): Promise<{ body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ body: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('the admin web UI router', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-admin-ui-'));
    await fs.mkdir(path.join(dir, 'assets'));
    await fs.writeFile(path.join(dir, 'index.html'), '<div id="root"></div>');
    await fs.writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await fs.writeFile(path.join(dir, 'assets', 'big-def456.js'), BIG_SCRIPT);
    server = await serve(dir);
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('answers the app for its own paths, never cached, so a reload of /admin/flows/help works', async () => {
    for (const page of ['/admin', '/admin/', '/admin/flows/help']) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe('<div id="root"></div>');
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404, not the app', async () => {
    const asset = await fetch(`${server.url}/admin/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/admin/assets/gone.js`)).status).toBe(404);
  });

  it('says how to build the app when it is not built', async () => {
    const unbuilt = await serve(path.join(dir, 'nothing-here'));
    try {
      const response = await fetch(`${unbuilt.url}/admin/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:admin');
    } finally {
      await unbuilt.close();
    }
  });

  it('compresses what it serves as the browser accepts: brotli, gzip, or not at all', async () => {
    const url = `${server.url}/admin/assets/big-def456.js`;
    const brotli = await download(url, 'gzip, deflate, br');
    expect(brotli.encoding).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(BIG_SCRIPT);
    expect(brotli.body.length).toBeLessThan(BIG_SCRIPT.length / 2);
    const gzip = await download(url, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(BIG_SCRIPT);
    const plain = await download(url, 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
  });
});
