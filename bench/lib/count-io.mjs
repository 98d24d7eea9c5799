// Preloaded into the benchmarked server (`node --import ./bench/lib/count-io.mjs …`): counts the SQL statements the
// server sends to PostgreSQL (every `pg` Client query, BEGIN and COMMIT included) and its Redis round trips (a single
// command, or a whole pipeline / MULTI, is one), and writes the running totals to $BENCH_IO_COUNTS_FILE when it
// receives SIGUSR2 (and at exit). The bench asks before and after a phase, so the figures per message are the server's own, with no
// change to the server's code. On PGlite too: the server reaches its process through `pg` as well.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const file = process.env.BENCH_IO_COUNTS_FILE;
if (file) {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const counts = { sql: 0, redisRoundTrips: 0, redisCommands: 0, sqlByText: {}, redisByCommand: {} };
  const bump = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };

  const pg = require('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    counts.sql += 1;
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    // Only the start names it: the turn's statement runs to kilobytes, and copying it whole for every query made the
    // count itself a tenth of what the server allocated.
    bump(counts.sqlByText, text.slice(0, 200).replace(/\s+/g, ' ').slice(0, 70));
    return query.call(this, config, ...rest);
  };

  const { Redis, Pipeline } = require('ioredis');
  // Scripts run as EVALSHA: name them by the hash of their source (ioredis' defineCommand, as BullMQ uses).
  const scriptNames = new Map();
  const defineCommand = Redis.prototype.defineCommand;
  Redis.prototype.defineCommand = function namedDefineCommand(name, definition) {
    scriptNames.set(createHash('sha1').update(definition.lua).digest('hex'), name);
    return defineCommand.call(this, name, definition);
  };
  const commandName = (command) => {
    if (command.name !== 'evalsha' && command.name !== 'eval') return command.name;
    const sha =
      command.name === 'eval'
        ? createHash('sha1').update(String(command.args[0])).digest('hex')
        : String(command.args[0]);
    return `script:${scriptNames.get(sha) ?? sha.slice(0, 8)}`;
  };
  const sendCommand = Redis.prototype.sendCommand;
  Redis.prototype.sendCommand = function countedSendCommand(command, stream, ...rest) {
    counts.redisCommands += 1;
    // Commands of a pipeline are written together when it is executed (counted there).
    if (!(stream && stream.isPipeline)) counts.redisRoundTrips += 1;
    bump(counts.redisByCommand, commandName(command));
    return sendCommand.call(this, command, stream, ...rest);
  };
  const exec = Pipeline.prototype.exec;
  // A MULTI calls exec twice on the same pipeline: count each pipeline once.
  const executed = new WeakSet();
  Pipeline.prototype.exec = function countedExec(...args) {
    if (!executed.has(this)) counts.redisRoundTrips += 1;
    executed.add(this);
    return exec.apply(this, args);
  };

  const write = () => {
    try {
      // Where the process's memory is at this moment (MiB): V8 heap, off-heap (Buffers, WASM memories such as
      // PGlite's) and the resident total, for the memory part of the benchmark.
      const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
      const usage = process.memoryUsage();
      counts.memory = Object.fromEntries(Object.entries(usage).map(([key, value]) => [key, mib(value)]));
      fs.writeFileSync(file, JSON.stringify(counts));
    } catch {
      // The bench may have removed the directory at the end; nothing to report then.
    }
  };
  process.on('SIGUSR2', write);
  process.on('exit', write);
}
