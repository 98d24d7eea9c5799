import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { auditCheckpoints, verifyAuditChain } from '../../../src/admin/index.js';
import { readConfig } from '../../../src/config.js';
import { openDatabase } from '../../../src/platform/db.js';
import { migrateDatabase } from '../../../src/platform/db-roles.js';
import { startSystem, type RunningSystem } from '../../../src/system.js';
import { TEST_DB_KIND } from '../../helpers/db.js';
import { testLogger } from '../../helpers/logger.js';
import { TEST_REDIS_URL } from '../../helpers/redis.js';
import { deleteKeys, freePort } from '../../helpers/system.js';
import { AdminClient } from './harness.js';

// Roles are a PostgreSQL server feature: embedded PGlite is one user, so this runs against the server only.
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const suffix = randomBytes(5).toString('hex');
const OWNER = `zegov_owner_${suffix}`;
const SERVER = `zegov_server_${suffix}`;
const DATABASE = `zegov_test_roles_${suffix}`;
const EMAIL = 'root@province.gov.vn';
const PASSWORD = 'correct horse battery staple';

function urlFor(role: string): string {
  const url = new URL(ADMIN_URL);
  url.username = role;
  url.password = '';
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function asSuperuser(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Runs `statement` as the server's role and returns PostgreSQL's error code (undefined when it succeeded). */
async function errorCodeAsServer(statement: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: urlFor(SERVER) });
  await client.connect();
  try {
    await client.query(statement);
    return undefined;
  } catch (error) {
    return error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
  } finally {
    await client.end();
  }
}

let system: RunningSystem | undefined;
let dataDir: string | undefined;
const prefix = `t${suffix}`;

afterAll(async () => {
  if (TEST_DB_KIND !== 'pg') return;
  await system?.close('test finished');
  await deleteKeys(prefix);
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  await asSuperuser(`drop database if exists ${DATABASE} with (force)`);
  await asSuperuser(`drop role if exists ${SERVER}`);
  await asSuperuser(`drop role if exists ${OWNER}`);
});

describe.skipIf(TEST_DB_KIND !== 'pg')('the server on a database role that owns nothing', () => {
  it('migrates with the owner, then works for admins while it cannot rewrite the audit log', async () => {
    await asSuperuser(`create role ${OWNER} login`);
    await asSuperuser(`create role ${SERVER} login`);
    await asSuperuser(`create database ${DATABASE} owner ${OWNER}`);
    const port = await freePort();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zegov-roles-'));
    const config = readConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      SHUTDOWN_TIMEOUT_SECONDS: '5',
      SANDBOX: 'true',
      DATABASE_URL: urlFor(SERVER),
      DATABASE_MIGRATION_URL: urlFor(OWNER),
      ADMIN_EMAIL: EMAIL,
      ADMIN_PASSWORD: PASSWORD,
    });
    system = await startSystem({ config, role: 'all', logger: testLogger() });

    // A normal admin action, audited by the server's role.
    const admin = new AdminClient(`${system.url ?? ''}/api/admin`);
    expect((await admin.login(EMAIL, PASSWORD)).status).toBe(200);
    const created = await admin.request('POST', '/accounts', {
      email: 'clerk@province.gov.vn',
      password: 'a long enough password',
      roles: ['viewer'],
    });
    expect(created.status).toBe(201);
    const verified = await admin.request('GET', '/audit/verify');
    expect(verified.body).toMatchObject({ ok: true, broken: null });
    expect(Number(verified.body.count)).toBeGreaterThan(2);

    // What an attacker holding the server's credentials would try. 42501: insufficient privilege.
    expect(await errorCodeAsServer(`update audit_log set action = 'forged'`)).toBe('42501');
    expect(await errorCodeAsServer(`delete from audit_log`)).toBe('42501');
    expect(await errorCodeAsServer(`truncate audit_log`)).toBe('42501');
    expect(await errorCodeAsServer(`alter table audit_log disable trigger audit_log_no_update_delete`)).toBe('42501');
    expect(await errorCodeAsServer(`alter table audit_log disable trigger audit_log_chain`)).toBe('42501');
    expect(await errorCodeAsServer(`set session_replication_role = replica`)).toBe('42501');
    expect(await errorCodeAsServer(`update audit_checkpoints set seq = 0`)).toBe('42501');
    expect(await errorCodeAsServer(`delete from audit_checkpoints`)).toBe('42501');
    expect(await errorCodeAsServer(`create table audit_shadow (id int)`)).toBe('42501');
    // It still reads and appends, and changes its other tables.
    expect(await errorCodeAsServer(`select count(*) from audit_log`)).toBeUndefined();
    expect(await errorCodeAsServer(`update admin_accounts set updated_at = now()`)).toBeUndefined();

    // A later start without the owner's URL applies nothing and needs no DDL.
    const serverOnly = await openDatabase({ url: urlFor(SERVER), dataDir: '', logger: testLogger() });
    try {
      const outcome = await migrateDatabase({
        database: serverOnly,
        migrationUrl: undefined,
        appendOnlyTables: ['audit_log', 'audit_checkpoints'],
        logger: testLogger(),
      });
      expect(outcome).toEqual({ migratedWith: 'nothing-pending' });
      // The worker's checkpoint at start was written by the server's role too, and the chain passes through it.
      const deadline = Date.now() + 15_000;
      while ((await serverOnly.db.select().from(auditCheckpoints)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const report = await verifyAuditChain(serverOnly.db);
      expect(report.ok).toBe(true);
      expect(report.headsChecked).toBeGreaterThan(0);
    } finally {
      await serverOnly.close();
    }
  });
});
