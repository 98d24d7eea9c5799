// `npm run bench -- round-trips [--count 2000] [--pause-ms 5]`
//
// What one round trip costs the process that makes it, with the clients the server uses: a Redis script (EVALSHA
// through ioredis), a PostgreSQL prepared statement (node-postgres, named), and an HTTP POST of a small JSON body
// through undici to a server in another process (so only the caller's side is counted). Each is made `--count` times
// one at a time, back to back, then again with `--pause-ms` between them, as a server at a few dozen messages a second
// makes them: the event loop sleeps between, so each answer wakes it, and nothing is batched with anything else.
// Columns: cpu_us_per_call = the process's CPU (user + system) per call; wall_us_p50 = the call's time. The first rows
// time no call at all: what a pause itself costs (a timer, the loop waking; also after 1 and 20 ms of sleep, since on
// a virtual machine a wake costs more the longer the process slept), to subtract from the paced rows. A reply's turn
// makes about ten such round trips (the conversation benchmark counts them: `sql_per_msg`, `redis_rt_per_msg`), so
// their sum is the floor of `cpu_ms_per_msg` that no code of ours can go under without fewer round trips.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { request } from 'undici';
import { createLogger } from '../src/platform/logger.js';
import { connectRedis } from '../src/platform/redis.js';
import { BENCH_REDIS_URL } from './lib/bench-redis.js';
import { intOption } from './lib/in-process-server.js';
import { percentile, writeReport, type ReportRow } from './lib/report.js';

const SCRIPT = "return redis.call('SET', KEYS[1], ARGV[1], 'PX', 1000)";
/** A server in a process of its own that answers every POST with a small JSON body, as Zalo's API does. */
const HTTP_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.setHeader('content-type', 'application/json'); res.end('{"error":0,"message":"Success","data":{"message_id":"m1"}}'); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

export async function run(args: string[]): Promise<void> {
  const count = intOption(args, 'count', 2000);
  const pauseMs = intOption(args, 'pause-ms', 5);
  const redis = await connectRedis({ url: BENCH_REDIS_URL, logger: createLogger({ level: 'silent' }), role: 'queue' });
  // Run by its SHA-1, as the server runs its scripts, on a key of this run's own.
  const sha = String(await redis.script('LOAD', SCRIPT));
  const key = `bench:round-trip:${randomBytes(4).toString('hex')}`;
  const database = new pg.Client({
    connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await database.connect();
  const server = spawn(process.execPath, ['-e', HTTP_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(server.stdout, 'data')) as [Buffer];
  const url = `http://127.0.0.1:${port.toString().trim()}/v3.0/oa/message/cs`;
  const body = JSON.stringify({ recipient: { user_id: '1' }, message: { text: 'Xin chào' } });
  const nothing = () => Promise.resolve();
  const calls: Record<string, () => Promise<unknown>> = {
    // The pause's own cost (a timer, the event loop waking): to subtract from the paced rows below.
    'nothing (baseline)': nothing,
    'redis script (EVALSHA)': () => redis.evalsha(sha, 1, key, 'x'),
    'postgresql prepared statement': () =>
      database.query({ name: 'round_trip', text: 'select $1::int + 1 as n', values: [1] }),
    'http POST through undici': async () => {
      const response = await request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      return response.body.json();
    },
  };
  const rows: ReportRow[] = [];
  try {
    for (const [what, call] of Object.entries(calls)) {
      // Warm up: the script cached, the statement prepared, the connection open, the code compiled.
      for (let i = 0; i < 200; i += 1) await call();
      // The baseline also after longer sleeps: in a virtual machine waking an idle process costs more the longer it slept.
      const pauses = call === nothing ? [0, 1, pauseMs, 20] : [0, pauseMs];
      for (const pause of pauses) {
        const times: number[] = [];
        // Long sleeps fewer times: the run stays under a minute.
        const made = pause >= 20 ? Math.min(count, 500) : count;
        const cpu = process.cpuUsage();
        for (let i = 0; i < made; i += 1) {
          const started = performance.now();
          await call();
          times.push(performance.now() - started);
          if (pause > 0) await sleep(pause);
        }
        const spent = process.cpuUsage(cpu);
        rows.push({
          call: what,
          between: pause === 0 ? 'back to back' : `${pause} ms pause`,
          calls: made,
          cpu_us_per_call: Math.round((spent.user + spent.system) / made),
          user_us_per_call: Math.round(spent.user / made),
          system_us_per_call: Math.round(spent.system / made),
          wall_us_p50: Math.round(percentile(times, 50) * 1000),
          wall_us_p99: Math.round(percentile(times, 99) * 1000),
        });
      }
    }
  } finally {
    server.kill();
    await database.end();
    await redis.del(key);
    redis.disconnect();
  }
  await writeReport({
    name: 'round-trips',
    description:
      'CPU of one round trip on the calling side with the server’s clients (ioredis EVALSHA, node-postgres prepared ' +
      'statement, undici POST to another process), back to back and paced as at a few dozen messages a second.',
    rows,
  });
}
