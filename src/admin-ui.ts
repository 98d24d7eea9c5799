import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Router } from 'express';

/**
 * Serves the admin web UI (the single-page app built from admin/ into admin/dist) at its mount point, `/admin`:
 * hashed assets cached for a year, and index.html for every other path, so the app's own routes (/admin/flows/…)
 * survive a reload. Everything is served from this server (helmet's default CSP: scripts and styles from 'self'),
 * compressed (brotli or gzip, as the browser accepts): the first load of the sign-in page is about a quarter of its
 * size (`npm run bench -- admin-first-load`), which matters on a provincial office's line.
 */
export function createAdminUiRouter(options: { dir: string }): Router {
  const router = express.Router();
  router.use(compression());
  const indexFile = path.join(options.dir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(options.dir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  router.use(express.static(options.dir, { index: false, maxAge: 0, dotfiles: 'ignore' }));
  router.get('/{*rest}', (_req, res) => {
    if (!fs.existsSync(indexFile)) {
      // A server started without `npm start` or `npm run build`: say what to do rather than a bare 404.
      res.status(503).type('text/plain').send('The admin web UI is not built: run `npm run build:admin`.\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
