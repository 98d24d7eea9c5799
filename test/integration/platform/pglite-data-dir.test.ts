import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, PGLITE_LOCK_FILE, prepareSql, type DatabaseHandle } from '../../../src/platform/db.js';
import { TEST_DB_KIND } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';

async function rows<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Creating a PGlite database (initdb in WebAssembly) takes seconds, and more on a busy machine. */
const INITDB_TIMEOUT_MS = 120_000;

// The embedded engine on a data directory, as `npm start` runs it (the other tests use in-memory databases).
describe.skipIf(TEST_DB_KIND !== 'pglite')('PGlite on a data directory', () => {
  let parent = '';
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    if (parent) await fs.rm(parent, { recursive: true, force: true });
  });

  // The first test creates a database (initdb, then the migrations) as a first start does; the others are about
  // running one, so they start from a copy of one created here once and closed (a restart's data directory), not
  // from an initdb of their own each.
  let template: Promise<string> | undefined;
  afterAll(async () => {
    if (template) await fs.rm(path.dirname(await template), { recursive: true, force: true });
  });
  /** A data directory at `dataDir` holding a database created and closed by `openDatabase` (as after a stop). */
  async function existingDataDir(dataDir: string): Promise<string> {
    template ??= (async () => {
      const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-template-')), 'pglite');
      await (await openDatabase({ url: undefined, dataDir: dir, logger: testLogger() })).close();
      return dir;
    })();
    const source = await template;
    await fs.cp(source, dataDir, { recursive: true, filter: (file) => path.basename(file) !== PGLITE_LOCK_FILE });
    return dataDir;
  }

  it(
    'creates a new database, keeps what was written across a restart and runs with the server settings',
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      // An empty directory is taken (an earlier version of the server created it before the database).
      const dataDir = path.join(parent, 'pglite');
      await fs.mkdir(dataDir);
      // What a start killed while creating the database would have left beside it.
      await fs.mkdir(path.join(parent, 'pglite.initdb-0badf00d', 'base'), { recursive: true });
      handle = await openDatabase({ url: undefined, dataDir, logger: testLogger() });
      // Created (by a child process) and renamed into place: nothing half-built is left beside it.
      expect(await fs.readdir(parent)).toEqual(['pglite']);
      // Served by a process of its own, which holds the directory (its pid in the lock file).
      const host = Number(await fs.readFile(path.join(dataDir, PGLITE_LOCK_FILE), 'utf8'));
      expect(host).not.toBe(process.pid);
      expect(isAlive(host)).toBe(true);
      expect((await fs.readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).trim()).toMatch(/^\d+$/);
      expect(await rows<{ shared_buffers: string }>(handle, sql`show shared_buffers`)).toEqual([
        { shared_buffers: '16MB' },
      ]);
      await handle.db.execute(sql`create table kept (note text)`);
      await handle.db.execute(sql`insert into kept values ('before the restart')`);
      await handle.close();

      // Closed: the engine's process is gone and the directory free.
      expect(isAlive(host)).toBe(false);
      expect(await fs.readdir(dataDir)).not.toContain(PGLITE_LOCK_FILE);

      handle = await openDatabase({ url: undefined, dataDir, logger: testLogger() });
      expect(await rows<{ note: string }>(handle, sql`select note from kept`)).toEqual([
        { note: 'before the restart' },
      ]);
    },
    INITDB_TIMEOUT_MS,
  );

  it('refuses a directory holding other files at once, before creating anything, and leaves them alone', async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
    const occupied = path.join(parent, 'occupied');
    await fs.mkdir(occupied);
    await fs.writeFile(path.join(occupied, 'notes.txt'), 'not a database');
    await expect(openDatabase({ url: undefined, dataDir: occupied, logger: testLogger() })).rejects.toThrow(
      /not empty/,
    );
    expect(await fs.readdir(occupied)).toEqual(['notes.txt']);
    expect(await fs.readdir(parent)).toEqual(['occupied']);
  });

  it(
    "loses no committed write when the engine's process is killed, and starts it again",
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      const dataDir = await existingDataDir(path.join(parent, 'pglite'));
      handle = await openDatabase({ url: undefined, dataDir, logger: testLogger() });
      await handle.db.execute(sql`create table kept (note text)`);
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into kept values ('committed')`);
      });
      const host = Number(await fs.readFile(path.join(dataDir, PGLITE_LOCK_FILE), 'utf8'));
      process.kill(host, 'SIGKILL');
      // The server starts it again (PostgreSQL replays its WAL) and its pool reconnects.
      const open = handle;
      await expect
        .poll(() => rows<{ note: string }>(open, sql`select note from kept`).catch(() => []), { timeout: 90_000 })
        .toEqual([{ note: 'committed' }]);
      expect(Number(await fs.readFile(path.join(dataDir, PGLITE_LOCK_FILE), 'utf8'))).not.toBe(host);
    },
    INITDB_TIMEOUT_MS,
  );

  it(
    'runs our prepared statements (`prepareSql`, named) on every connection of the pool, each parsing it once, also after a connection is replaced',
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      handle = await openDatabase({
        url: undefined,
        dataDir: await existingDataDir(path.join(parent, 'pglite')),
        logger: testLogger(),
        maxConnections: 4,
      });
      const db = handle.db;
      const pool = (db as unknown as { $client: pg.Pool }).$client;
      await pool.query('create table counted (n int primary key, hits int not null)');
      // A data-modifying statement, as the turn's: an upsert returning what it wrote.
      const upsert = prepareSql(
        db,
        'test_upsert',
        sql`with written as (
          insert into counted (n, hits) values (${sql.placeholder('n')}::int, 1)
          on conflict (n) do update set hits = counted.hits + 1 returning hits
        ) select hits from written`,
      );
      expect(upsert.name).toMatch(/^test_upsert_[0-9a-f]{16}$/);
      const run = async (n: number) => ((await upsert.execute({ n })).rows[0] as { hits: number }).hits;
      // Twelve at once: every connection of the pool runs it, the first use on each parsing it.
      expect(await Promise.all(Array.from({ length: 12 }, (_, i) => run(i % 3)))).toHaveLength(12);
      expect(pool.totalCount).toBe(4);
      expect(await Promise.all(Array.from({ length: 12 }, (_, i) => run(i % 3)))).toHaveLength(12);
      // A connection replaced (the host forgets its statements, the new one parses it again).
      const lost = await pool.connect();
      (lost as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      lost.release(new Error('connection lost'));
      expect(await Promise.all(Array.from({ length: 12 }, (_, i) => run(i % 3)))).toHaveLength(12);
      expect((await pool.query('select n, hits from counted order by n')).rows).toEqual([
        { n: 0, hits: 12 },
        { n: 1, hits: 12 },
        { n: 2, hits: 12 },
      ]);
    },
    INITDB_TIMEOUT_MS,
  );

  it(
    "shares the engine's one session among the pool's connections: a transaction runs alone, named statements and an abandoned transaction stay the connection's own",
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      handle = await openDatabase({
        url: undefined,
        dataDir: await existingDataDir(path.join(parent, 'pglite')),
        logger: testLogger(),
      });
      const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
      await pool.query('create table kept (note text)');
      const [a, b, c] = [await pool.connect(), await pool.connect(), await pool.connect()];
      try {
        // A transaction's statements never interleave with another connection's: b's statement waits for a's commit
        // (PostgreSQL itself would answer at once, without a's uncommitted row), so it sees the row, committed.
        await a.query('begin');
        await a.query(`insert into kept values ('in a transaction')`);
        let bAnswered = false;
        const bCount = b.query('select count(*)::int as n from kept').then((result) => {
          bAnswered = true;
          return result.rows;
        });
        expect((await a.query('select count(*)::int as n from kept')).rows).toEqual([{ n: 1 }]);
        expect(bAnswered).toBe(false);
        await a.query('commit');
        expect(await bCount).toEqual([{ n: 1 }]);

        // A failed transaction keeps the session until it is rolled back; nothing of it is kept.
        await a.query('begin');
        await a.query(`insert into kept values ('rolled back')`);
        await expect(a.query('select * from missing_table')).rejects.toThrow(/missing_table/);
        const bAfterFailure = b.query('select count(*)::int as n from kept');
        await a.query('rollback');
        expect((await bAfterFailure).rows).toEqual([{ n: 1 }]);

        // The same prepared statement name on two connections: each its own statement.
        const named = (client: pg.PoolClient, value: number) =>
          client.query({ name: 'same-name', text: `select $1::int + ${value} as v`, values: [1] });
        expect((await named(a, 10)).rows).toEqual([{ v: 11 }]);
        expect((await named(b, 20)).rows).toEqual([{ v: 21 }]);
        expect((await named(a, 10)).rows).toEqual([{ v: 11 }]);
        expect((await named(b, 20)).rows).toEqual([{ v: 21 }]);

        // A connection lost inside a transaction: its writes are rolled back and the others go on.
        await c.query('begin');
        await c.query(`insert into kept values ('abandoned')`);
        const bWhileAbandoned = b.query('select note from kept order by note');
        (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        c.release(new Error('connection lost'));
        expect((await bWhileAbandoned).rows).toEqual([{ note: 'in a transaction' }]);
        expect((await pool.query('select note from kept order by note')).rows).toEqual([{ note: 'in a transaction' }]);
      } finally {
        a.release();
        b.release();
      }
    },
    INITDB_TIMEOUT_MS,
  );

  it(
    "keeps serving through a Ctrl-C that reaches the engine's process too, until the server stops it",
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      const dataDir = await existingDataDir(path.join(parent, 'pglite'));
      const logger = testLogger();
      handle = await openDatabase({ url: undefined, dataDir, logger });
      await handle.db.execute(sql`create table kept (note text)`);
      const host = Number(await fs.readFile(path.join(dataDir, PGLITE_LOCK_FILE), 'utf8'));
      // A terminal's Ctrl-C signals the whole process group: the server drains its work while the engine waits.
      process.kill(host, 'SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await handle.db.execute(sql`insert into kept values ('written while the server drained')`);
      expect(isAlive(host)).toBe(true);
      expect(Number(await fs.readFile(path.join(dataDir, PGLITE_LOCK_FILE), 'utf8'))).toBe(host);
      // The server's own stop ends it, the write kept.
      await handle.close();
      handle = undefined;
      expect(isAlive(host)).toBe(false);
      handle = await openDatabase({ url: undefined, dataDir, logger });
      expect(await rows<{ note: string }>(handle, sql`select note from kept`)).toEqual([
        { note: 'written while the server drained' },
      ]);
    },
    INITDB_TIMEOUT_MS,
  );

  it(
    "ends the engine's process with a killed server, which closes the database first",
    async () => {
      parent = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-pglite-'));
      const dataDir = await existingDataDir(path.join(parent, 'pglite'));
      // A server in its own process: it opens the database, writes, says so, and is killed.
      const script = [
        `import { sql } from 'drizzle-orm';`,
        `import { openDatabase } from './src/platform/db.ts';`,
        `import { createLogger } from './src/platform/logger.ts';`,
        `const logger = createLogger({ level: 'silent' });`,
        `const handle = await openDatabase({ url: undefined, dataDir: process.argv[1], logger });`,
        `await handle.db.execute(sql\`create table kept (note text)\`);`,
        `await handle.db.execute(sql\`insert into kept values ('acknowledged')\`);`,
        `console.log('written');`,
        `setInterval(() => undefined, 1000);`,
      ].join('\n');
      const server = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dataDir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
        server.once('exit', (code) => reject(new Error(`the server ended early (exit ${code})`)));
      });
      expect(await fs.readdir(dataDir)).toContain(PGLITE_LOCK_FILE);
      server.kill('SIGKILL');
      // The host sees its channel close, closes PGlite (a checkpoint) and ends, freeing the directory (its lock
      // file is the last thing it removes; a pid would not do: an orphan may stay a zombie in a container).
      await expect
        .poll(async () => (await fs.readdir(dataDir)).includes(PGLITE_LOCK_FILE), { timeout: 60_000 })
        .toBe(false);
      handle = await openDatabase({ url: undefined, dataDir, logger: testLogger() });
      expect(await rows<{ note: string }>(handle, sql`select note from kept`)).toEqual([{ note: 'acknowledged' }]);
    },
    INITDB_TIMEOUT_MS,
  );
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
