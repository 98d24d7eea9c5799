// Builds the admin web UI (admin/ → admin/dist) when the build is missing or stale. A build records the hash of what
// it was built from (admin/'s sources, the flow JSON Schema it bundles and package-lock.json) in admin/dist/.source-hash; `npm start` and `npm test`
// call ensureAdminBuild() so the README's two commands stay two. `node scripts/admin-build.mjs [--force]` builds now.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = path.join(ROOT, 'admin');
const DIST = path.join(ADMIN, 'dist');
const HASH_FILE = path.join(DIST, '.source-hash');

/** Files outside admin/ that the build reads: the locked dependency versions and the flow schema the editor uses. */
const OUTSIDE_INPUTS = ['package-lock.json', 'flows/flow.schema.json'];

/** Hash of every file the build reads from admin/ (dist excluded) and of OUTSIDE_INPUTS. */
export function adminSourceHash() {
  const hash = createHash('sha256');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== DIST && entry.name !== 'node_modules') walk(full);
      } else files.push(full);
    }
  };
  walk(ADMIN);
  files.push(...OUTSIDE_INPUTS.map((file) => path.join(ROOT, file)));
  for (const file of files.sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function adminBuildIsFresh() {
  return fs.existsSync(HASH_FILE) && fs.readFileSync(HASH_FILE, 'utf8').trim() === adminSourceHash();
}

/** Builds admin/dist unless it is fresh; false when the build failed (vite printed why). */
export function ensureAdminBuild({ force = false } = {}) {
  if (!force && adminBuildIsFresh()) return true;
  console.log('Building the admin web UI (admin/ → admin/dist)…');
  const started = Date.now();
  const sourceHash = adminSourceHash();
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'warn', '--config', 'admin/vite.config.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // Always the production build: under vitest NODE_ENV is `test`, and Vite would bundle React's development
      // build (a quarter larger and slower), which the source hash would then keep serving to `npm start`.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) {
    console.error('Building the admin web UI failed.');
    return false;
  }
  fs.writeFileSync(HASH_FILE, `${sourceHash}\n`);
  console.log(`Built the admin web UI in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!ensureAdminBuild({ force: process.argv.includes('--force') })) process.exit(1);
}
