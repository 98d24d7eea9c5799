import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

/** Where the simulator's control API lives when both are mounted as main.ts does. */
export const DEFAULT_CONTROL_API_BASE = '/sandbox/zalo/api';

export interface PhoneRouterOptions {
  /** Base path (or absolute URL) of the Zalo simulator's control API. Default `/sandbox/zalo/api`. */
  controlApiBase?: string;
  /** Directory holding index.html, phone.css and phone.js. Default: the `assets/` folder beside this module. */
  assetsDir?: string;
}

interface PhoneAssets {
  html: string;
  css: string;
  js: string;
}

// The page only reaches the simulator on this origin and shows images the OA sends (simulator CDN or https links).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' http: https: data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The sandbox "phone": a static chat page (HTML, CSS and plain browser JS, no build step) that plays a citizen
 * against the Zalo simulator's control API. Mount it at `/sandbox/phone`.
 */
export function createPhoneRouter(options: PhoneRouterOptions = {}): Router {
  const assets = readAssets(options.assetsDir ?? findAssetsDir());
  const controlApiBase = options.controlApiBase ?? DEFAULT_CONTROL_API_BASE;
  const router = Router();

  router.get('/', (req, res) => {
    // The base href makes the page's relative links work whether it was opened with or without a trailing slash.
    const html = assets.html
      .replace('{{BASE_HREF}}', escapeAttribute(`${req.baseUrl}/`))
      .replace('{{CONTROL_API}}', escapeAttribute(controlApiBase));
    res.set({ 'cache-control': 'no-store', 'content-security-policy': CONTENT_SECURITY_POLICY });
    res.type('html').send(html);
  });
  router.get('/phone.css', (_req, res) => {
    res.set('cache-control', 'no-store').type('css').send(assets.css);
  });
  router.get('/phone.js', (_req, res) => {
    res.set('cache-control', 'no-store').type('text/javascript').send(assets.js);
  });
  return router;
}

function readAssets(dir: string): PhoneAssets {
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  return { html: read('index.html'), css: read('phone.css'), js: read('phone.js') };
}

/**
 * `tsc` compiles only .ts files into dist/, so a built server finds the assets in the source tree (dist/sandbox/phone
 * → src/sandbox/phone/assets) unless the build copied them beside the module.
 */
function findAssetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'assets'), path.resolve(here, '../../../src/sandbox/phone/assets')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) throw new Error(`sandbox phone assets not found (looked in ${candidates.join(', ')})`);
  return found;
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
