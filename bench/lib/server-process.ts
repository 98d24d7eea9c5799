// The real server as a child process for benchmarks: sandbox mode on a free loopback port, ready when /readyz says so.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from './throw-away-database.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGTERM (graceful shutdown), SIGKILL after `killAfterMs`; resolves once the process has exited. */
  stop(): Promise<void>;
  /** The last lines the process printed (for error messages). */
  output(): string;
}

export interface StartServerOptions {
  /** Node arguments, e.g. `['--import', 'tsx', 'src/main.ts']`. */
  nodeArgs: string[];
  /** Extra environment; PORT and PUBLIC_URL are set here, ZALO_* and LGSP_* from the parent are dropped. */
  env: Record<string, string>;
  readyTimeoutMs: number;
  killAfterMs?: number;
  /** The variable that gets the free port polled for /readyz: `PORT` (default), `WORKER_HEALTH_PORT` for a worker. */
  portVariable?: 'PORT' | 'WORKER_HEALTH_PORT';
}

const OUTPUT_LINES_KEPT = 60;
const READY_POLL_MS = 250;

/** Starts the child on a free port and waits until GET /readyz answers 200 (or throws with its last output). */
export async function startServerProcess(options: StartServerOptions): Promise<ServerProcess> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Real credentials in the parent's environment would take the server out of sandbox mode.
  for (const name of Object.keys(env)) if (name.startsWith('ZALO_') || name.startsWith('LGSP_')) delete env[name];
  Object.assign(env, options.env, {
    [options.portVariable ?? 'PORT']: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  });
  // BENCH_SERVER_NODE_ARGS="--trace-gc …": more node options for every server process (NODE_OPTIONS refuses some).
  const extraNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...extraNodeArgs, ...options.nodeArgs], {
    cwd: process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  // BENCH_SERVER_LOG=<dir>: every server process's output in <dir>/<pid>.log too (LOG_LEVEL as the bench sets it).
  const logDir = process.env.BENCH_SERVER_LOG;
  const logFile = logDir ? fs.open(path.join(logDir, `${child.pid ?? 'unknown'}.log`), 'a') : undefined;
  const keep = (chunk: Buffer) => {
    if (logFile) void logFile.then((file) => file.write(chunk)).catch(() => undefined);
    lines.push(chunk.toString('utf8'));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve())).then(async () => {
    await logFile?.then((file) => file.close()).catch(() => undefined);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child, exited, options.killAfterMs ?? 20_000);
  const pid = child.pid;
  const deadline = Date.now() + options.readyTimeoutMs;
  while (pid !== undefined && Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (ready) return { url, pid, stop, output: () => lines.join('') };
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  await stop();
  throw new Error(`the server did not become ready:\n${lines.join('')}`);
}

export interface SandboxServerOptions {
  /** Process role for src/main.ts: `all` runs the workers in the same process, `web` only acknowledges. */
  role: 'all' | 'web';
  /** `pglite`: embedded PostgreSQL in a temp DATA_DIR; `pg`: a throw-away database on the local PostgreSQL. */
  database: 'pglite' | 'pg';
  redisUrl: string;
  /** The run's random Redis prefix; also the throw-away database's name. */
  redisPrefix: string;
  /** Node arguments before the entry, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** What runs: `--import tsx src/main.ts <role>` (default), or the compiled `dist/main.js <role>`. */
  entry?: string[];
  /** More environment (LOG_LEVEL is `warn` unless set here). */
  env?: Record<string, string>;
  readyTimeoutMs: number;
  killAfterMs?: number;
}

/**
 * Starts the real server in sandbox mode with a temp DATA_DIR (and a throw-away database with `pg`); its `stop()` also
 * drops the database and removes the directory. Cleans up after itself when the server does not become ready.
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<ServerProcess> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-bench-'));
  let database: ThrowAwayDatabase | undefined;
  const cleanUp = async () => {
    await database?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    if (options.database === 'pg') database = await createThrowAwayDatabase(options.redisPrefix);
    const server = await startServerProcess({
      nodeArgs: [...(options.nodeArgs ?? []), ...(options.entry ?? ['--import', 'tsx', 'src/main.ts', options.role])],
      env: {
        SANDBOX: 'true',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: database?.url ?? '',
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: options.redisPrefix,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        ...options.env,
      },
      readyTimeoutMs: options.readyTimeoutMs,
      killAfterMs: options.killAfterMs,
    });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

export interface ProcessMemory {
  /** Resident set size now (VmRSS), MiB. */
  rssMiB: number;
  /** Highest resident set size since the process started (VmHWM, kept by the kernel), MiB. */
  peakRssMiB: number;
}

/** Reads VmRSS and VmHWM from /proc/<pid>/status (Linux), or undefined when the process is gone. */
export async function readProcessMemory(pid: number): Promise<ProcessMemory | undefined> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  if (status === undefined) return undefined;
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match?.[1] === undefined ? Number.NaN : Number(match[1]);
  };
  return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
}

export async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

async function stopChild(child: ChildProcess, exited: Promise<void>, killAfterMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  await exited;
  clearTimeout(timer);
}

/** CPU time (user + system) the process has used so far, in seconds, from /proc/<pid>/stat; undefined when gone. */
export async function readProcessCpuSeconds(pid: number): Promise<number | undefined> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined ? undefined : cpuSecondsOfStat(stat);
}

/** The CPU time (user + system, seconds) in the text of a `/proc/<pid>/stat`. */
export function cpuSecondsOfStat(stat: string): number {
  // The command name (field 2) may contain spaces; the numeric fields start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The command name in the text of a `/proc/<pid>/stat` (field 2, between parentheses). */
export function commandOfStat(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/** USER_HZ: 100 on every mainstream Linux build (getconf CLK_TCK). */
export const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The embedded database's own process (PGlite's host, `src/platform/pglite-host.ts`) started by one of `parents`, or
 * undefined (PostgreSQL, or gone). Its CPU and memory are reported beside the server's, not in them.
 */
export async function findPgliteHost(parents: number[]): Promise<number | undefined> {
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    const parent = stat === undefined ? Number.NaN : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!parents.includes(parent)) continue;
    const cmdline = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('pglite-host')) return Number(entry);
  }
  return undefined;
}
