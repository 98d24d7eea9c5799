import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** Everything a server outside sandbox mode needs. */
const DEPLOYED = {
  ZALO_APP_ID: '123',
  ZALO_APP_SECRET: 's',
  ZALO_OA_SECRET_KEY: 'k',
  SECRETS_KEY: 'a'.repeat(64),
  LGSP_BASE_URL: 'https://lgsp.example.gov.vn/gateway',
  PROVINCE_NAME: 'tỉnh Bắc Ninh',
  PROVINCE_HOTLINE: '0222 3 822 222',
  PROVINCE_OFFICE_ADDRESS: 'Số 11 đường Lý Thái Tổ',
  PROVINCE_PORTAL_URL: 'https://dichvucong.bacninh.gov.vn/',
};

describe('readConfig: the Redis prefix', () => {
  it('keeps zegov on PostgreSQL, where queued jobs must survive an upgrade', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db/zegov', SANDBOX: 'true' }).redis.prefix).toBe('zegov');
  });

  it('gives each embedded data directory its own prefix, the same for every process of one sandbox', () => {
    const first = readConfig({ DATA_DIR: '/srv/sandbox-a' }).redis.prefix;
    expect(first).toMatch(/^zegov-[0-9a-f]{8}$/);
    expect(readConfig({ DATA_DIR: '/srv/sandbox-a/' }).redis.prefix).toBe(first);
    expect(readConfig({ DATA_DIR: '/srv/sandbox-b' }).redis.prefix).not.toBe(first);
  });

  it('uses REDIS_PREFIX when it is set', () => {
    expect(readConfig({ DATA_DIR: '/srv/sandbox-a', REDIS_PREFIX: 'tinh-mau' }).redis.prefix).toBe('tinh-mau');
  });
});

describe('readConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = readConfig({});
    expect(config.http).toEqual({
      port: 3000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:3000',
      selfUrl: 'http://127.0.0.1:3000',
    });
    expect(config.database.url).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.redis).toMatchObject({ url: 'redis://127.0.0.1:6379', autostart: false });
    expect(config.redis.prefix).toMatch(/^zegov-[0-9a-f]{8}$/);
    expect(config.log.level).toBe('info');
    expect(config.lgsp.profile).toBe('reference');
    expect(config.lgsp.timeoutMs).toBe(5000);
    expect(config.zalo.rateLimitPerMinute).toBe(3000);
    expect(config.zalo.csWindowDays).toBe(7);
    expect(config.zalo.webhookMaxAgeMs).toBe(24 * 3600 * 1000);
    expect(config.conversation).toMatchObject({ retentionDays: 90, sessionTtlMinutes: 30 });
  });

  it('turns sandbox mode on when no Zalo credentials are set and points the clients at the simulators', () => {
    const config = readConfig({ PORT: '4100' });
    expect(config.sandbox).toBe(true);
    expect(config.zalo.apiBaseUrl).toBe('http://127.0.0.1:4100/sandbox/zalo/openapi');
    expect(config.zalo.oauthBaseUrl).toBe('http://127.0.0.1:4100/sandbox/zalo/oauth');
    expect(config.lgsp.baseUrl).toBe('http://127.0.0.1:4100/sandbox/lgsp');
    expect(config.zalo.oaSecretKey).toBeTruthy();
  });

  it('turns sandbox mode off when Zalo credentials are set, and then requires the rest', () => {
    expect(problemsOf({ ZALO_APP_ID: '123' })).toEqual([
      'ZALO_APP_SECRET: required outside sandbox mode',
      'ZALO_OA_SECRET_KEY: required outside sandbox mode',
      'SECRETS_KEY: required outside sandbox mode',
      'LGSP_BASE_URL: required outside sandbox mode',
      'PROVINCE_NAME: required outside sandbox mode',
      'PROVINCE_HOTLINE: required outside sandbox mode',
      'PROVINCE_OFFICE_ADDRESS: required outside sandbox mode',
      'PROVINCE_PORTAL_URL: required outside sandbox mode',
    ]);
    const config = readConfig(DEPLOYED);
    expect(config.sandbox).toBe(false);
    expect(config.province).toMatchObject({ name: 'tỉnh Bắc Ninh', addressForm: 'anh/chị' });
    expect(config.zalo.apiBaseUrl).toBe('https://openapi.zalo.me');
    expect(config.secretsKey?.length).toBe(32);
  });

  it('never infers sandbox mode for a server that looks deployed, and says how to turn it on', () => {
    const missing = [
      'ZALO_APP_ID: required outside sandbox mode',
      'ZALO_APP_SECRET: required outside sandbox mode',
      'ZALO_OA_SECRET_KEY: required outside sandbox mode',
      'SECRETS_KEY: required outside sandbox mode',
      'LGSP_BASE_URL: required outside sandbox mode',
      'PROVINCE_NAME: required outside sandbox mode',
      'PROVINCE_HOTLINE: required outside sandbox mode',
      'PROVINCE_OFFICE_ADDRESS: required outside sandbox mode',
      'PROVINCE_PORTAL_URL: required outside sandbox mode',
    ];
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      ...missing,
      'SANDBOX: not turned on by itself because NODE_ENV is production: set the variables above, or SANDBOX=true to run on simulated Zalo and LGSP',
    ]);
    expect(problemsOf({ DATABASE_URL: 'postgres://zalo@db/zalo' })).toEqual([
      ...missing,
      'SANDBOX: not turned on by itself because DATABASE_URL is set: set the variables above, or SANDBOX=true to run on simulated Zalo and LGSP',
    ]);
    // A refresh token alone (the OA not connected yet, say) is already a real deployment.
    expect(problemsOf({ ZALO_REFRESH_TOKEN: 'r' })).toContain('ZALO_APP_ID: required outside sandbox mode');
    // Explicit is always allowed, and SANDBOX=false is honoured on a laptop too.
    expect(
      readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://zalo@db/zalo', SANDBOX: 'true' }).sandbox,
    ).toBe(true);
    expect(problemsOf({ SANDBOX: 'false' })).toEqual(missing);
    // The quick start: nothing set, or development settings.
    expect(readConfig({ NODE_ENV: 'development' }).sandbox).toBe(true);
  });

  it('lets command-line tools infer the sandbox from missing credentials alone, and require none', () => {
    const config = readConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://zalo@db/zalo' }, { tool: true });
    expect(config.sandbox).toBe(true);
    expect(config.database.url).toBe('postgres://zalo@db/zalo');
    expect(readConfig({ ZALO_APP_ID: '1', DATABASE_URL: 'postgres://zalo@db/zalo' }, { tool: true }).sandbox).toBe(
      false,
    );
  });

  it('reads the probe settings: an optional metrics token and worker health port', () => {
    expect(readConfig({}).health).toEqual({ metricsToken: undefined, workerPort: undefined });
    expect(readConfig({ METRICS_TOKEN: 'x'.repeat(16), WORKER_HEALTH_PORT: '3001' }).health).toEqual({
      metricsToken: 'x'.repeat(16),
      workerPort: 3001,
    });
    expect(problemsOf({ METRICS_TOKEN: 'short', WORKER_HEALTH_PORT: 'http' })).toEqual([
      'METRICS_TOKEN: expected at least 16 characters',
      'WORKER_HEALTH_PORT: expected a whole number from 0 to 65535',
    ]);
  });

  it('reports one clear line per bad variable, naming it and what it expects', () => {
    expect(
      problemsOf({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/db',
        REDIS_URL: 'localhost:6379',
        LOG_LEVEL: 'loud',
        SANDBOX: 'maybe',
        LGSP_TIMEOUT_MS: '5',
        ADMIN_EMAIL: 'not-an-email',
      }),
    ).toEqual([
      'PORT: expected a whole number',
      'DATABASE_URL: expected a postgres:// or postgresql:// URL',
      'REDIS_URL: expected a redis:// or rediss:// URL',
      'LGSP_TIMEOUT_MS: expected a whole number from 100 to 120000',
      'SANDBOX: expected true or false',
      'ADMIN_EMAIL: expected an e-mail address',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
    ]);
  });

  it('never repeats a secret value in its messages', () => {
    const secret = 'super-secret-value-123';
    const error = (() => {
      try {
        readConfig({ SECRETS_KEY: secret, ADMIN_PASSWORD: 'short' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain(secret);
    expect(String(error)).not.toContain('short');
    expect(String(error)).toContain('SECRETS_KEY: expected 32 bytes');
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ADMIN_EMAIL: 'it@tinh.gov.vn' })).toEqual([
      'ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD are set together',
    ]);
  });

  it("keeps the outbound limit within Zalo's 4,000 calls a minute, except against the simulator", () => {
    expect(readConfig({ ...DEPLOYED, ZALO_RATE_LIMIT_PER_MIN: '4000' }).zalo.rateLimitPerMinute).toBe(4000);
    expect(problemsOf({ ...DEPLOYED, ZALO_RATE_LIMIT_PER_MIN: '4001' })).toEqual([
      'ZALO_RATE_LIMIT_PER_MIN: at most 4000 (what Zalo allows an app); more only in sandbox mode, for benchmarks',
    ]);
    expect(readConfig({ SANDBOX: 'true', ZALO_RATE_LIMIT_PER_MIN: '60000' }).zalo.rateLimitPerMinute).toBe(60000);
  });

  it('keeps open as many database connections as a worker handles events at once, at most the pool', () => {
    expect(readConfig({}).database).toMatchObject({ poolSize: 30, poolKeep: 24 });
    expect(readConfig({ INBOUND_CONCURRENCY: '40' }).database.poolKeep).toBe(30);
    expect(readConfig({ DATABASE_POOL_KEEP: '0' }).database.poolKeep).toBe(0);
    expect(readConfig({ DATABASE_POOL_KEEP: '8', DATABASE_POOL_SIZE: '5' }).database.poolKeep).toBe(5);
    expect(problemsOf({ DATABASE_POOL_KEEP: 'many' })).toEqual([
      'DATABASE_POOL_KEEP: expected a whole number from 0 to 500',
    ]);
    expect(problemsOf({ DATABASE_POOL_KEEP: '-1' })).toEqual([
      'DATABASE_POOL_KEEP: expected a whole number from 0 to 500',
    ]);
  });

  it("checks the province's settings as the admin API does, naming the variable and what it expects", () => {
    expect(
      problemsOf({
        ...DEPLOYED,
        PROVINCE_HOTLINE: 'abc',
        PROVINCE_PORTAL_URL: 'javascript:alert(document.cookie)',
      }),
    ).toEqual([
      'PROVINCE_HOTLINE: expected one phone number to dial, 3 to 15 digits: "0222 3 822 222", "1900 1234", "+84 222 3822222"',
      'PROVINCE_PORTAL_URL: expected an http:// or https:// address',
    ]);
    // A configuration that started before still starts: a day listed twice is taken once.
    expect(readConfig({ ...DEPLOYED, PUBLIC_HOLIDAYS: '2026-12-25,2027-01-01,2026-12-25' }).province.holidays).toEqual([
      '2026-12-25',
      '2027-01-01',
    ]);
    expect(problemsOf({ ...DEPLOYED, PROVINCE_NAME: 'x'.repeat(101) })).toEqual([
      'PROVINCE_NAME: expected at most 100 characters',
    ]);
    for (const hotline of ['1900 1234', '(0222) 3822222', '+84 222 3822222'])
      expect(readConfig({ ...DEPLOYED, PROVINCE_HOTLINE: hotline }).province.hotline).toBe(hotline);
    // The sandbox's example settings pass the same rules.
    expect(readConfig({}).province).toMatchObject({
      hotline: '0000 000 000',
      portalUrl: expect.stringMatching(/^https:/),
    });
  });

  it('treats empty values as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ' }).http.port).toBe(3000);
  });

  it('takes an owner URL for migrations only beside a PostgreSQL DATABASE_URL', () => {
    const owner = 'postgres://owner@db.internal/zegov';
    expect(problemsOf({ DATABASE_MIGRATION_URL: owner })).toEqual([
      'DATABASE_MIGRATION_URL: needs DATABASE_URL: the embedded database has no roles',
    ]);
    // In sandbox mode: a DATABASE_URL alone would otherwise ask for the production Zalo and LGSP settings.
    const config = readConfig({
      DATABASE_URL: 'postgres://server@db.internal/zegov',
      DATABASE_MIGRATION_URL: owner,
      SANDBOX: 'true',
    });
    expect(config.database.migrationUrl).toBe(owner);
    expect(config.audit.checkpointIntervalMinutes).toBe(60);
  });
  it('keeps photos in files by default; PHOTO_STORE=s3 takes the sandbox S3 there, and needs its bucket and key elsewhere', () => {
    expect(readConfig({}).feedback.photos.s3).toBeUndefined();
    expect(readConfig({ PORT: '4100', PHOTO_STORE: 's3' }).feedback.photos.s3).toMatchObject({
      endpoint: 'http://127.0.0.1:4100/sandbox/s3',
      region: 'us-east-1',
      bucket: 'sandbox-photos',
      prefix: '',
    });
    const deployed = { SANDBOX: 'false', ZALO_APP_ID: '1' };
    const problems = problemsOf({ ...deployed, PHOTO_STORE: 's3', S3_BUCKET: 'Not_A_Bucket' });
    expect(problems).toContain(
      'S3_BUCKET: expected an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)',
    );
    const missing = problemsOf({ ...deployed, PHOTO_STORE: 's3' });
    expect(missing).toEqual(
      expect.arrayContaining([
        'S3_BUCKET: required with PHOTO_STORE=s3',
        'S3_ACCESS_KEY_ID: required with PHOTO_STORE=s3',
        'S3_SECRET_ACCESS_KEY: required with PHOTO_STORE=s3',
      ]),
    );
    expect(problemsOf({ PHOTO_STORE: 'ftp' })).toEqual(['PHOTO_STORE: expected files or s3']);
  });
});

describe('readConfig: office hours', () => {
  it('defaults to a schedule written in Vietnamese, as the settings page shows it to admins', () => {
    expect(readConfig({ SANDBOX: 'true' }).conversation.officeHours).toBe('Thứ 2 - Thứ 6: 7h30-11h30, 13h30-17h');
  });
});
