// `npm run bench -- admin-first-load`
//
// How many bytes a browser downloads to show the admin sign-in page the first time (empty cache): index.html, the
// entry script, the scripts it preloads and the stylesheets, served from admin/dist by the server's own admin UI router
// over real HTTP, for a browser that accepts no compression, gzip, and brotli. Build first (`npm run build:admin`).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { createAdminUiRouter } from '../src/admin-ui.js';

const DIST = path.resolve('admin/dist');

/** The body's size on the wire (not decompressed) and the encoding the server chose. */
function download(url: string, acceptEncoding: string): Promise<{ bytes: number; encoding: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({
            bytes: raw.length,
            encoding: String(response.headers['content-encoding'] ?? 'identity'),
            body: response.headers['content-encoding'] ? '' : raw.toString('utf8'),
          });
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

export async function run(): Promise<void> {
  const app = express();
  app.use('/admin', createAdminUiRouter({ dir: DIST }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const index = await download(`${base}/admin/`, 'identity');
    const assets = [...index.body.matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+)"/g)].map((match) => match[1]);
    console.log(`first load of /admin/: index.html and ${assets.length} assets`);
    for (const acceptEncoding of ['identity', 'gzip', 'br, gzip']) {
      let total = 0;
      const encodings = new Set<string>();
      for (const url of ['/admin/', ...assets]) {
        const { bytes, encoding } = await download(`${base}${url}`, acceptEncoding);
        total += bytes;
        encodings.add(encoding);
      }
      console.log(
        `accept-encoding ${acceptEncoding.padEnd(8)}: ${(total / 1024).toFixed(0).padStart(6)} KiB ` +
          `(served as ${[...encodings].join(', ')})`,
      );
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
