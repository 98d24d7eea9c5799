// Installs the locked npm dependencies when node_modules is missing or older than package-lock.json, so a fresh
// clone needs no separate setup step before `npm start` or `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureDependencies() {
  const installedMarker = 'node_modules/.package-lock.json';
  const stale =
    !fs.existsSync(installedMarker) || fs.statSync('package-lock.json').mtimeMs > fs.statSync(installedMarker).mtimeMs;
  if (!stale) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
