// The embedded database's own process: PGlite on a data directory, served over PostgreSQL's wire protocol on a unix
// socket, so the server talks to it through node-postgres as it does to PostgreSQL and PostgreSQL's work (WebAssembly,
// one thread) runs beside the server's event loop instead of in it. Started, watched and stopped by `openDatabase`
// (db.ts) through an IPC channel: `{ type: 'ready' }` or `{ type: 'failed', message }` once; `{ type: 'stop' }` (or the
// channel closing: the server is gone, even killed) closes PGlite, which checkpoints, and ends the process.
//
// PGlite is one PostgreSQL backend: one session. Connections are served one at a time, each from its start-up to its
// end (prepared statements and transactions belong to the session); the server's pool holds one. When a connection
// ends, an open transaction is rolled back and the session is reset (`discard all`) for the next.
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { PGLITE_LOCK_FILE, pgliteStartParams } from './pglite-settings.js';

const argsSchema = z.object({ dataDir: z.string().min(1), socketPath: z.string().min(1) });

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
const TERMINATE = 0x58; // 'X'
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]); // 'S', length 4

interface Engine {
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>;
  exec(query: string): Promise<unknown>;
  close(): Promise<void>;
}

const send = (message: { type: 'ready' } | { type: 'failed'; message: string }) => process.send?.(message);

async function main(): Promise<void> {
  const { dataDir, socketPath } = argsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const lockFile = path.join(dataDir, PGLITE_LOCK_FILE);
  await takeLock(lockFile);
  let engine: Engine;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    engine = await PGlite.create(dataDir, { startParams: pgliteStartParams(PGlite.defaultStartParams) });
  } catch (error) {
    await fs.rm(lockFile, { force: true });
    throw error;
  }

  let stopping = false;
  const waiting: net.Socket[] = [];
  let active: net.Socket | undefined;
  // Every call into PGlite, in order: a connection's messages and the reset after it.
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const serveNext = () => {
    while (!active && waiting.length > 0) {
      const socket = waiting.shift()!;
      if (!socket.destroyed) serve(socket);
    }
  };

  const serve = (socket: net.Socket) => {
    active = socket;
    let pending: Buffer = Buffer.alloc(0);
    let started = false;
    const reply = (bytes: Uint8Array) => {
      if (bytes.length > 0 && socket.writable) socket.write(bytes);
    };
    const fail = (error: unknown) => {
      console.error(`PGlite host: ${error instanceof Error ? error.message : String(error)}`);
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      // The start-up packets (no type byte): SSL and GSS encryption requests are declined, a cancel request (its own
      // connection) has nothing to cancel, the start-up message itself is PGlite's to answer.
      while (!started && pending.length >= 8) {
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const packet = pending.subarray(0, length);
        pending = pending.subarray(length);
        const code = packet.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write('N');
        else if (code === CANCEL_REQUEST) socket.end();
        else {
          started = true;
          void run(() => engine.execProtocolRaw(packet)).then(reply, fail);
        }
      }
      if (!started) return;
      // Whole messages (type byte, then a length that counts itself), all that arrived, in one call: node-postgres
      // writes a statement's parse, bind, describe, execute and sync together.
      let end = 0;
      while (pending.length - end >= 5) {
        const length = 1 + pending.readInt32BE(end + 1);
        if (pending.length - end < length) break;
        if (pending[end] === TERMINATE) {
          const before = pending.subarray(0, end);
          pending = Buffer.alloc(0);
          if (before.length > 0) void run(() => engine.execProtocolRaw(before)).then(reply, fail);
          void queue.then(() => socket.end());
          return;
        }
        end += length;
      }
      if (end === 0) return;
      const messages = Buffer.from(pending.subarray(0, end));
      pending = pending.subarray(end);
      void run(() => engine.execProtocolRaw(messages)).then(reply, fail);
    });
    socket.on('error', () => undefined); // 'close' follows
    socket.once('close', () => {
      // What the connection leaves in the session goes with it: an unfinished extended-protocol exchange, an open
      // transaction, prepared statements, settings, advisory locks. Closing PGlite ends the session anyway.
      if (stopping) return;
      void run(async () => {
        await engine.execProtocolRaw(SYNC);
        await engine.exec('rollback').catch(() => undefined);
        await engine.exec('discard all');
      })
        .catch(fail)
        .finally(() => {
          active = undefined;
          serveNext();
        });
    });
    socket.resume();
  };

  await fs.rm(socketPath, { force: true });
  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    socket.setNoDelay(true);
    waiting.push(socket);
    serveNext();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  await fs.chmod(socketPath, 0o600);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    if (active) active.destroy();
    for (const socket of waiting) socket.destroy();
    await queue;
    // Closing checkpoints: the data directory holds every committed write, and the next start has no WAL to replay.
    await engine.close();
    await fs.rm(lockFile, { force: true });
    // The server removes the socket's directory; a killed server cannot.
    await fs.rm(socketPath, { force: true });
    await fs.rmdir(path.dirname(socketPath)).catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop());
  send({ type: 'ready' });
}

/**
 * One PGlite per data directory: two would corrupt it. The lock file holds the owner's pid; a stale one (its process
 * gone, or the pid now another program's) is taken over, a live one is waited for a while (the host of a server just killed is still closing), then
 * refused.
 */
async function takeLock(lockFile: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (!Number.isInteger(owner) || owner <= 0 || !(await isHost(owner))) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`the data directory is in use by process ${owner} (${lockFile}); stop it first`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether `pid` is a live PGlite host (on Linux, a pid reused by another program after a crash is not). */
async function isHost(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return cmdline === undefined || cmdline.includes('pglite-host');
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
