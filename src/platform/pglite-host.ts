// The embedded database's own process: PGlite on a data directory, served over PostgreSQL's wire protocol on a unix
// socket, so the server talks to it through node-postgres as it does to PostgreSQL and PostgreSQL's work (WebAssembly,
// one thread) runs beside the server's event loop instead of in it. Started, watched and stopped by `openDatabase`
// (db.ts) through an IPC channel: `{ type: 'ready' }` or `{ type: 'failed', message }` once; `{ type: 'stop' }` (or the
// channel closing: the server is gone, even killed) closes PGlite, which checkpoints, and ends the process.
//
// PGlite is one PostgreSQL backend: one session. The server's pool still holds several connections, and their
// requests share the session one exchange at a time (an exchange: the messages up to a Sync or a simple Query, and the
// answer up to PostgreSQL's ReadyForQuery), as a transaction-mode pooler shares a backend. While an exchange leaves a
// transaction open (ReadyForQuery's status `T` or `E`), the session is that connection's alone until a later one
// leaves it idle (`I`): a transaction's statements never interleave with another connection's, and no connection sees
// another's uncommitted writes. The others' requests wait here, so PGlite runs them back to back instead of waiting for
// the server to read each answer and send the next statement (one round trip per statement through two busy processes
// was the embedded engine's bottleneck). Named prepared statements belong to the session: each connection's names are
// mapped to names of its own, and deallocated when it ends, when its open transaction is also rolled back. Session
// settings (`set` without `local`) and session advisory locks would be shared: the server uses neither on PGlite
// (migrations take an advisory lock, and PGlite's data directory belongs to one host anyway).
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { PGLITE_LOCK_FILE, pgliteStartParams } from './pglite-settings.js';

const argsSchema = z.object({ dataDir: z.string().min(1), socketPath: z.string().min(1) });

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
// Message types (the first byte of every message after the start-up).
const PARSE = 0x50; // 'P': statement name, query, parameter types
const BIND = 0x42; // 'B': portal name, statement name, …
const DESCRIBE = 0x44; // 'D': 'S' (statement) or 'P' (portal), name
const CLOSE = 0x43; // 'C': 'S' or 'P', name
const STATEMENT = 0x53; // 'S' in Describe and Close
const SYNC_TYPE = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const FLUSH = 0x48; // 'H'
const COPY_DONE = 0x63; // 'c'
const COPY_FAIL = 0x66; // 'f'
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z', then length 5 and the transaction status
const IDLE = 0x49; // 'I': no transaction open ('T' in one, 'E' in a failed one)
const SYNC = Buffer.from([SYNC_TYPE, 0, 0, 0, 4]);

interface Engine {
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A client connection of the server's pool. */
interface Connection {
  id: number;
  socket: net.Socket;
  started: boolean;
  /** Bytes received and not yet split into messages. */
  pending: Buffer;
  /** Whole messages of the exchange being received (sent to PGlite once it is complete). */
  exchange: Buffer[];
  /** The client's prepared statement names → the session's, unique to this connection. */
  statements: Map<string, string>;
  ended: boolean;
}

/** What waits for the session, oldest first: one connection's exchange, start-up packet, or end. */
type Unit =
  | { connection: Connection; kind: 'exchange'; bytes: Buffer; ends: 'ready' | 'maybe' }
  | { connection: Connection; kind: 'startup'; bytes: Buffer }
  | { connection: Connection; kind: 'end' };

/** How long a signalled engine waits for the server, signalled too, to stop it after draining (see the handlers). */
const SIGNALLED_STOP_GRACE_MS = 15_000;

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
  const connections = new Set<Connection>();
  const units: Unit[] = [];
  // The connection whose transaction is open (or whose exchange is unfinished): only its units run until it is idle.
  let owner: Connection | undefined;
  let running: Promise<void> | undefined;
  let nextConnectionId = 1;

  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const fail = (connection: Connection, error: unknown) => {
    console.error(`PGlite host: ${describe(error)}`);
    connection.socket.destroy();
  };
  const reply = (connection: Connection, bytes: Uint8Array) => {
    if (bytes.length > 0 && connection.socket.writable) connection.socket.write(bytes);
  };
  const query = (sql: string) => {
    const text = Buffer.from(`${sql}\0`);
    const message = Buffer.alloc(5 + text.length);
    message[0] = QUERY;
    message.writeInt32BE(4 + text.length, 1);
    text.copy(message, 5);
    return engine.execProtocolRaw(message);
  };

  const execute = async (unit: Unit): Promise<void> => {
    const { connection } = unit;
    if (unit.kind === 'end') {
      // What the connection leaves in the session goes with it: an unfinished exchange, an open transaction, its
      // prepared statements.
      try {
        if (owner === connection) {
          await engine.execProtocolRaw(SYNC);
          await query('rollback');
        }
        for (const name of connection.statements.values()) await query(`deallocate "${name}"`);
      } catch (error) {
        // The session's state is unknown now (a transaction may still be open), so no other connection may use it,
        // and left as it is every other connection would wait for this one for good. The host ends instead; the
        // server starts a new one on the same data directory, which holds every committed write.
        console.error(`PGlite host: cleaning up after a connection failed: ${describe(error)}`);
        process.exit(1);
      }
      if (owner === connection) owner = undefined;
      connection.statements.clear();
      connections.delete(connection);
      if (!connection.socket.destroyed) connection.socket.end();
      return;
    }
    // Until PostgreSQL says the session is idle again, it is this connection's (a failure leaves it so too: its end
    // rolls back).
    owner = connection;
    const answer = await engine.execProtocolRaw(unit.bytes);
    reply(connection, answer);
    if ((unit.kind === 'startup' || unit.ends === 'ready') && readyStatus(answer) === IDLE) owner = undefined;
  };

  const pump = () => {
    if (running || stopping) return;
    const index = owner === undefined ? 0 : units.findIndex((unit) => unit.connection === owner);
    if (index < 0 || index >= units.length) return;
    const unit = units.splice(index, 1)[0]!;
    running = execute(unit)
      .catch((error: unknown) => fail(unit.connection, error))
      .finally(() => {
        running = undefined;
        pump();
      });
  };
  const enqueue = (unit: Unit) => {
    units.push(unit);
    pump();
  };
  const end = (connection: Connection) => {
    if (connection.ended) return;
    connection.ended = true;
    if (!stopping) enqueue({ connection, kind: 'end' });
  };

  const receive = (connection: Connection, chunk: Buffer) => {
    let pending = connection.pending.length === 0 ? chunk : Buffer.concat([connection.pending, chunk]);
    // The start-up packets (no type byte): SSL and GSS encryption requests are declined, a cancel request (its own
    // connection) has nothing to cancel, the start-up message itself is PGlite's to answer.
    while (!connection.started && pending.length >= 8) {
      const length = pending.readInt32BE(0);
      if (pending.length < length) break;
      const packet = Buffer.from(pending.subarray(0, length));
      pending = pending.subarray(length);
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) connection.socket.write('N');
      else if (code === CANCEL_REQUEST) connection.socket.end();
      else {
        connection.started = true;
        enqueue({ connection, kind: 'startup', bytes: packet });
      }
    }
    // Whole messages (type byte, then a length that counts itself); an exchange is complete at a Sync or a simple
    // Query (its answer ends with ReadyForQuery), a Flush, or the end of a COPY from the client.
    while (connection.started && pending.length >= 5) {
      const length = 1 + pending.readInt32BE(1);
      if (pending.length < length) break;
      const type = pending[0]!;
      const message = pending.subarray(0, length);
      pending = pending.subarray(length);
      if (type === TERMINATE) {
        connection.exchange = [];
        end(connection);
        break;
      }
      connection.exchange.push(renameStatement(message, connection));
      if (type === SYNC_TYPE || type === QUERY || type === FLUSH || type === COPY_DONE || type === COPY_FAIL) {
        const bytes = Buffer.concat(connection.exchange);
        connection.exchange = [];
        enqueue({ connection, kind: 'exchange', bytes, ends: type === FLUSH ? 'maybe' : 'ready' });
      }
    }
    connection.pending = pending;
  };

  await fs.rm(socketPath, { force: true });
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const connection: Connection = {
      id: nextConnectionId++,
      socket,
      started: false,
      pending: Buffer.alloc(0),
      exchange: [],
      statements: new Map(),
      ended: false,
    };
    connections.add(connection);
    socket.on('data', (chunk: Buffer) => {
      if (!connection.ended) receive(connection, chunk);
    });
    socket.on('error', () => undefined); // 'close' follows
    socket.once('close', () => end(connection));
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
    for (const connection of connections) connection.socket.destroy();
    await running;
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
  // Ctrl-C in a terminal (and systemd's stop) signal the server and this process at once: stopping here at once cut the
  // server's connections while it was still draining its work. The server stops this process when it is done; should
  // it not, it is stopped anyway a little later. Started on its own (no server), a signal stops it at once.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (!process.connected) void stop();
      else setTimeout(() => void stop(), SIGNALLED_STOP_GRACE_MS).unref();
    });
  }
  send({ type: 'ready' });
}

/** The transaction status of the ReadyForQuery that ends `answer`, or undefined when it does not end with one. */
function readyStatus(answer: Uint8Array): number | undefined {
  const at = answer.length - 6;
  if (at < 0 || answer[at] !== READY_FOR_QUERY) return undefined;
  const length = (answer[at + 1]! << 24) | (answer[at + 2]! << 16) | (answer[at + 3]! << 8) | answer[at + 4]!;
  return length === 5 ? answer[at + 5] : undefined;
}

/**
 * `message` with the prepared statement it names (Parse, Bind, Describe or Close of a statement) renamed to the
 * connection's own name for it in the shared session; the unnamed statement and other messages unchanged.
 */
function renameStatement(message: Buffer, connection: Connection): Buffer {
  const type = message[0];
  let at: number;
  if (type === PARSE) at = 5;
  else if (type === BIND)
    at = message.indexOf(0, 5) + 1; // after the portal's name
  else if ((type === DESCRIBE || type === CLOSE) && message[5] === STATEMENT) at = 6;
  else return message;
  const nameEnd = message.indexOf(0, at);
  if (at <= 0 || nameEnd < 0 || nameEnd === at) return message;
  const name = message.toString('utf8', at, nameEnd);
  let renamed = connection.statements.get(name);
  if (renamed === undefined) {
    renamed = `pglite_host_${connection.id}_${connection.statements.size + 1}`;
    connection.statements.set(name, renamed);
  }
  const tail = message.subarray(nameEnd);
  const out = Buffer.alloc(at + Buffer.byteLength(renamed) + tail.length);
  message.copy(out, 0, 0, at);
  out.write(renamed, at);
  tail.copy(out, at + Buffer.byteLength(renamed));
  out.writeInt32BE(out.length - 1, 1);
  return out;
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
