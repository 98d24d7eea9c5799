// `npm test`: every check and test. Installs dependencies if needed, type-checks (server and admin UI), lints, checks
// formatting and the module rules (dependency-cruiser), builds the admin web UI if stale, then runs vitest's projects:
// unit, integration on embedded PGlite, integration on the PostgreSQL server, and the browser and end-to-end tests.
// Needs Redis (a private redis-server is started when none answers) and PostgreSQL at TEST_PG_ADMIN_URL.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAdminBuild } from './admin-build.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();

const env = { ...process.env };
const cleanups = [];

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function ensureRedis() {
  const url = new URL(env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  if (await answers(url.hostname, Number(url.port || 6379))) return;
  const port = 6390 + Math.floor(Math.random() * 500);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zegov-test-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], {
    stdio: 'ignore',
  });
  child.on('error', () => {
    console.error('No Redis answers and redis-server is not installed (apt-get install redis-server).');
    process.exit(1);
  });
  cleanups.push(() => child.kill());
  for (let i = 0; i < 50 && !(await answers('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  env.TEST_REDIS_URL = `redis://127.0.0.1:${port}`;
  console.log(`Started a private redis-server for the tests on port ${port}`);
}

async function ensurePostgres() {
  const url = new URL(env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  if (await answers(url.hostname, Number(url.port || 5432))) return;
  console.error(
    `PostgreSQL does not answer at ${url.hostname}:${url.port || 5432}. The integration tests run on both PGlite and ` +
      'PostgreSQL: start a PostgreSQL 14+ server (trust or password auth) and set TEST_PG_ADMIN_URL if it is elsewhere.',
  );
  process.exit(1);
}

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

/** Runs a command with its output kept, printed whole once it ends (so two at once never interleave): its status. */
function runQuietly(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (status) => {
      console.log(`\n$ ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      resolve(status);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * The checks, each a single-threaded process: two at a time (a machine with more cores takes one each), the longest
 * first. Every check runs and reports; the status is the first non-zero one.
 */
async function runChecks(checks) {
  const pending = [...checks];
  const statuses = [];
  const next = async () => {
    for (let check = pending.shift(); check; check = pending.shift()) statuses.push(await runQuietly(...check));
  };
  await Promise.all(Array.from({ length: Math.max(2, Math.min(os.availableParallelism() - 1, checks.length)) }, next));
  return statuses.find((status) => status !== 0) ?? 0;
}

await ensureRedis();
await ensurePostgres();
let status = await runChecks([
  ['npx', ['tsc', '-p', 'tsconfig.check.json']],
  ['npx', ['eslint', '.']],
  ['npx', ['tsc', '-p', 'admin/tsconfig.json']],
  ['npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['npx', ['depcruise', 'src', '--config', '.dependency-cruiser.mjs']],
]);
const report = path.join('test-results', 'vitest.json');
if (status === 0 && !ensureAdminBuild()) status = 1;
if (status === 0) {
  fs.rmSync(report, { force: true });
  status = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ]);
  printSummary(report);
}
for (const cleanup of cleanups) cleanup();
process.exit(status);

// One plain closing line, the same for every runner: "Tests: N passed, N failed, N skipped".
function printSummary(file) {
  if (!fs.existsSync(file)) return;
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  console.log(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
}
