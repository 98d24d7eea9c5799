// How a benchmark runs the server: in one process with the Zalo simulator inside it (the quick start's shape), or as
// a deployment would, with the simulator in a process of its own so that the measured processes do only the server's
// work. Either from source (tsx) or from the compiled `dist/` (what `npm run serve` runs in production).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CpuQuota } from './cpu-quota.js';
import { IO_COUNTER_NODE_ARGS, readIoCounts, type IoCounts } from './io-counts.js';
import { startSandboxServer, startServerProcess, type ServerProcess } from './server-process.js';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from './throw-away-database.js';

/**
 * - `one`: one `all` process that also plays Zalo (the simulator, its long-polls) and may run on PGlite.
 * - `apart`: the measured `all` process; Zalo's simulator in a `web` process beside it (PostgreSQL only: two
 *   processes share the database).
 * - `split`: the production layout: a `web` process acknowledges the webhooks, `workers` worker processes do the turns
 *   and the sends; Zalo's simulator in a `web` process of its own, as with `apart`. All but the simulator are measured.
 */
export type Layout = 'one' | 'apart' | 'split';

export interface LayoutOptions {
  layout: Layout;
  database: 'pglite' | 'pg';
  /** Worker processes for `split`. */
  workers: number;
  /** Run the compiled `dist/main.js` (`npm run build` first) instead of `src/main.ts` through tsx. */
  dist: boolean;
  redisUrl: string;
  redisPrefix: string;
  /** Node arguments for the measured processes (e.g. `--cpu-prof`); the I/O counter is always preloaded into them. */
  nodeArgs: string[];
  env: Record<string, string>;
  readyTimeoutMs: number;
  /** A CPU budget for each measured process (bench/lib/cpu-quota.ts), or none. */
  cpuQuota?: CpuQuota;
}

export interface MeasuredProcess {
  name: string;
  process: ServerProcess;
  /** Where its Prometheus metrics are served (a worker's health port). */
  url: string;
}

export interface RunningLayout {
  /** Where Zalo's webhooks are POSTed. */
  ingestUrl: string;
  /** Where the Zalo simulator's control API and long-polls are. */
  zaloUrl: string;
  /** The server's own processes, whose CPU, memory and I/O the bench reports. */
  measured: MeasuredProcess[];
  /** The Zalo simulator's own process (`apart`, `split`), whose CPU is reported apart from the measured ones. */
  simulatorPid?: number;
  /** The I/O counts of every measured process, summed (PostgreSQL only). */
  readIoCounts(): Promise<IoCounts | undefined>;
  stop(): Promise<void>;
}

export async function startLayout(options: LayoutOptions): Promise<RunningLayout> {
  if (options.dist) await assertBuilt();
  const entry = (role: string) => (options.dist ? ['dist/main.js', role] : ['--import', 'tsx', 'src/main.ts', role]);
  const counterFiles = new Map<number, string>();
  const counted = (name: string) => {
    const file = path.join(os.tmpdir(), `${options.redisPrefix}-io-${name}.json`);
    return { file, env: { BENCH_IO_COUNTS_FILE: file } };
  };

  if (options.layout === 'one') {
    if (options.cpuQuota) throw new Error('--cpu-quota needs --layout apart or split (the simulator apart)');
    const counter = counted('all');
    const server = await startSandboxServer({
      role: 'all',
      database: options.database,
      redisUrl: options.redisUrl,
      redisPrefix: options.redisPrefix,
      nodeArgs: [...options.nodeArgs, ...IO_COUNTER_NODE_ARGS],
      entry: entry('all'),
      env: { ...options.env, ...counter.env },
      readyTimeoutMs: options.readyTimeoutMs,
    });
    counterFiles.set(server.pid, counter.file);
    return running(server.url, server.url, [{ name: 'all', process: server, url: server.url }], counterFiles, () =>
      server.stop(),
    );
  }

  if (options.database !== 'pg') throw new Error(`--layout ${options.layout} needs --database pg (processes share it)`);
  const database: ThrowAwayDatabase = await createThrowAwayDatabase(options.redisPrefix);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-bench-'));
  const started: ServerProcess[] = [];
  const stop = async () => {
    // Workers first, so nothing is left mid-turn against a simulator that is gone.
    for (const process of started.reverse()) await process.stop();
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    const common = {
      SANDBOX: 'true',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: options.redisUrl,
      REDIS_PREFIX: options.redisPrefix,
      // Every process must read the Zalo tokens the web process stored.
      SECRETS_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    // Zalo's simulator (and the LGSP's) in a web process of its own, not measured: the measured processes reach it as
    // they would reach Zalo and the LGSP.
    const simulator = await startServerProcess({
      nodeArgs: entry('web'),
      env: common,
      readyTimeoutMs: options.readyTimeoutMs,
    });
    started.push(simulator);
    const remote = {
      ...common,
      ZALO_API_BASE_URL: `${simulator.url}/sandbox/zalo/openapi`,
      ZALO_OAUTH_BASE_URL: `${simulator.url}/sandbox/zalo/oauth`,
      LGSP_BASE_URL: `${simulator.url}/sandbox/lgsp`,
      LGSP_TOKEN_URL: `${simulator.url}/sandbox/lgsp/token`,
    };
    const measured: MeasuredProcess[] = [];
    const startMeasured = async (name: string, role: string, portVariable?: 'WORKER_HEALTH_PORT') => {
      const counter = counted(name);
      const process = await startServerProcess({
        nodeArgs: [...options.nodeArgs, ...IO_COUNTER_NODE_ARGS, ...entry(role)],
        env: { ...remote, ...counter.env },
        readyTimeoutMs: options.readyTimeoutMs,
        ...(portVariable ? { portVariable } : {}),
      });
      started.push(process);
      counterFiles.set(process.pid, counter.file);
      await options.cpuQuota?.confine(process.pid, name);
      measured.push({ name, process, url: process.url });
      return process;
    };
    if (options.layout === 'apart') {
      const all = await startMeasured('all', 'all');
      return { ...running(all.url, simulator.url, measured, counterFiles, stop), simulatorPid: simulator.pid };
    }
    const web = await startMeasured('web', 'web');
    for (let i = 1; i <= options.workers; i += 1) await startMeasured(`worker${i}`, 'worker', 'WORKER_HEALTH_PORT');
    return { ...running(web.url, simulator.url, measured, counterFiles, stop), simulatorPid: simulator.pid };
  } catch (error) {
    await stop();
    throw error;
  }
}

function running(
  ingestUrl: string,
  zaloUrl: string,
  measured: MeasuredProcess[],
  counterFiles: Map<number, string>,
  stop: () => Promise<void>,
): RunningLayout {
  return {
    ingestUrl,
    zaloUrl,
    measured,
    async readIoCounts() {
      const counts = await Promise.all(
        measured.map(({ process }) => readIoCounts(process.pid, counterFiles.get(process.pid) ?? '')),
      );
      if (counts.some((count) => count === undefined)) return undefined;
      return (counts as IoCounts[]).reduce(addIoCounts);
    },
    async stop() {
      await stop();
      await Promise.all([...counterFiles.values()].map((file) => fs.rm(file, { force: true })));
    },
  };
}

function addIoCounts(a: IoCounts, b: IoCounts): IoCounts {
  const addMap = (x: Record<string, number>, y: Record<string, number>) => {
    const sum = { ...x };
    for (const [key, value] of Object.entries(y)) sum[key] = (sum[key] ?? 0) + value;
    return sum;
  };
  const memory = (a.memory?.rss ?? 0) >= (b.memory?.rss ?? 0) ? a.memory : b.memory;
  return {
    sql: a.sql + b.sql,
    redisRoundTrips: a.redisRoundTrips + b.redisRoundTrips,
    redisCommands: a.redisCommands + b.redisCommands,
    sqlByText: addMap(a.sqlByText, b.sqlByText),
    redisByCommand: addMap(a.redisByCommand, b.redisByCommand),
    // Memory is per process: the largest tells whether one of them grows.
    ...(memory ? { memory } : {}),
  };
}

async function assertBuilt(): Promise<void> {
  const built = await fs.stat('dist/main.js').catch(() => undefined);
  if (!built) throw new Error('--dist runs the compiled server: run `npm run build` first');
  const source = await fs.stat('src/main.ts');
  if (built.mtimeMs < source.mtimeMs) console.log('warning: dist/main.js is older than src/main.ts (npm run build)');
}
