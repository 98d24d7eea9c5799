import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { EXAMPLE_PROVINCE_SETTINGS, provinceSettingsSchema, type ProvinceSettings } from './conversation/index.js';

/**
 * Every environment variable the server reads, parsed once at start. Modules never read `process.env`: the
 * composition root passes each one the slice it needs. `.env.example` and the README document the same names.
 */

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url({ message: 'expected an absolute URL' }).optional());
const urlWithDefault = (fallback: string) =>
  z.preprocess(emptyToUndefined, z.url({ message: 'expected an absolute URL' }).default(fallback));
const intInRange = (fallback: number, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'expected a whole number' })
      .int({ message: 'expected a whole number' })
      .min(min, { message: `expected a whole number from ${min} to ${max}` })
      .max(max, { message: `expected a whole number from ${min} to ${max}` })
      .default(fallback),
  );
/** A whole number from `min` to `max`, or unset. */
const optionalIntInRange = (min: number, max: number) => {
  const message = `expected a whole number from ${min} to ${max}`;
  return z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).optional(),
  );
};
const booleanFlag = z.preprocess(
  emptyToUndefined,
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .transform((value) => value === 'true' || value === '1' || value === 'yes')
    .optional(),
);

export const envSchema = z.object({
  /** HTTP listen port. Default 3000. */
  PORT: intInRange(3000, 0, 65535),
  /** HTTP listen address. Default 0.0.0.0. */
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  /** Public base URL of this server (OAuth redirect, links in messages). Default http://localhost:PORT. */
  PUBLIC_URL: optionalUrl,
  /** PostgreSQL URL (postgres://…). Unset → embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'expected a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  /** PostgreSQL URL of the role that owns the tables: migrations run with it, and DATABASE_URL's role gets only the grants the server needs. Unset → migrations run with DATABASE_URL. */
  DATABASE_MIGRATION_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'expected a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  /**
   * Connections each process may open to PostgreSQL. Default 30: the inbound, delivery, outbox and announcement workers
   * run up to about 25 jobs at once, and a smaller pool made turns wait for a connection (the conversation bench at 60
   * messages/s: p99 0.43 s with 10, 0.12 s with 20, 0.08 s with 30). Keep processes × this under max_connections.
   */
  DATABASE_POOL_SIZE: intInRange(30, 1, 500),
  /**
   * Connections a process keeps open once it has opened them; idle ones beyond these close after 10 s. Default: as
   * many as INBOUND_CONCURRENCY (at most DATABASE_POOL_SIZE), so a burst after a quiet spell (replies to an
   * announcement) finds its turns' connections open and their statements planned, instead of opening them under load.
   */
  DATABASE_POOL_KEEP: optionalIntInRange(0, 500),
  // Citizens' events handled at once per worker process: a turn waits on PostgreSQL, Redis and Zalo's reply (it sends
  // the first reply itself), so a process idles below this; per-citizen order comes from the mailbox, not from here.
  INBOUND_CONCURRENCY: intInRange(24, 1, 200),
  /** Minutes between two checks of the audit log's hash chain, each logging its head and recording a checkpoint. Default 60. */
  AUDIT_CHECKPOINT_INTERVAL_MINUTES: intInRange(60, 1, 1440),
  /** Directory for embedded data and downloaded attachments. Default ./data. */
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  /** Redis URL. Default redis://127.0.0.1:6379. */
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, { message: 'expected a redis:// or rediss:// URL' })
      .default('redis://127.0.0.1:6379'),
  ),
  /** true: when nothing answers at REDIS_URL and redis-server is on the PATH, start a private one under DATA_DIR (set by `npm start`). Default false. */
  REDIS_AUTOSTART: booleanFlag,
  /**
   * Prefix of every Redis key and queue this deployment uses, so several can share one Redis. Default zegov; on the
   * embedded database, zegov- and a hash of DATA_DIR, so two sandboxes on one machine never take each other's jobs.
   */
  REDIS_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'expected 1 to 32 letters, digits, _ or -' })
      .optional(),
  ),
  /** Zalo app id (developers.zalo.me). */
  ZALO_APP_ID: optionalString,
  /** Zalo app secret, sent as `secret_key` to the OAuth v4 token endpoint. */
  ZALO_APP_SECRET: optionalString,
  /** OA secret key, used to verify the webhook `X-ZEvent-Signature` mac. */
  ZALO_OA_SECRET_KEY: optionalString,
  /** First access token, used once to seed the token store. */
  ZALO_ACCESS_TOKEN: optionalString,
  /** First refresh token, used once to seed the token store. */
  ZALO_REFRESH_TOKEN: optionalString,
  /** Zalo OpenAPI host. Default https://openapi.zalo.me (the sandbox replaces it). */
  ZALO_API_BASE_URL: urlWithDefault('https://openapi.zalo.me'),
  /** Zalo OAuth host. Default https://oauth.zaloapp.com (the sandbox replaces it). */
  ZALO_OAUTH_BASE_URL: urlWithDefault('https://oauth.zaloapp.com'),
  /** Webhook events older than this many seconds are rejected. Default 86400 (24 h). */
  ZALO_WEBHOOK_MAX_AGE_SECONDS: intInRange(86_400, 60, 7 * 86_400),
  /** Client-side cap on OA API calls per minute (Zalo allows about 4,000 per app). Default 3000. */
  // Above Zalo's 4,000 only against the simulator (a benchmark's capacity run); checked below.
  ZALO_RATE_LIMIT_PER_MIN: intInRange(3000, 1, 1_000_000),
  /** Days after a citizen's last interaction during which consultation messages may be sent. Default 7. */
  ZALO_CS_WINDOW_DAYS: intInRange(7, 1, 30),
  /** Key (32 bytes, base64 or hex) that encrypts stored secrets such as Zalo tokens. Sandbox: generated under DATA_DIR. */
  SECRETS_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((value) => decodeKey(value) !== undefined, {
        message: 'expected 32 bytes as 64 hex or 44 base64 characters',
      })
      .optional(),
  ),
  /** Days the conversation log keeps messages. Default 90. */
  CONVERSATION_RETENTION_DAYS: intInRange(90, 1, 3650),
  /** Minutes of silence after which a conversation starts afresh. Default 30. */
  SESSION_TTL_MINUTES: intInRange(30, 1, 1440),
  /** Office hours for handing a conversation to an official, Asia/Ho_Chi_Minh; days then HH:mm ranges, `;` between groups (Vietnamese or English day names). Default `Thứ 2 - Thứ 6: 7h30-11h30, 13h30-17h` (Monday to Friday), written as admins read it on the settings page. */
  OFFICE_HOURS: z.preprocess(emptyToUndefined, z.string().default('Thứ 2 - Thứ 6: 7h30-11h30, 13h30-17h')),
  /** Days the offices are closed whatever the weekday, comma-separated `YYYY-MM-DD` (admins can also edit them in the admin API). */
  PUBLIC_HOLIDAYS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default('')
      // A day listed twice is taken once: a configuration that started before must still start.
      .transform((value) => [
        ...new Set(
          value
            .split(',')
            .map((day) => day.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.iso.date())),
  ),
  /** The province as citizens read it: "tỉnh Bắc Ninh" (after "Cổng dịch vụ công"). Required outside sandbox mode. */
  PROVINCE_NAME: optionalString,
  /** The province's name in English ("Bac Ninh Province"), for English templates; unset: the Vietnamese name. */
  PROVINCE_NAME_EN: optionalString,
  /** The hotline as citizens read it, e.g. `0222 3 822 222`; the call button dials its digits. Required outside sandbox mode. */
  PROVINCE_HOTLINE: optionalString,
  /** The one-stop shop's address (Trung tâm Phục vụ hành chính công). Required outside sandbox mode. */
  PROVINCE_OFFICE_ADDRESS: optionalString,
  /** The province's public-service portal. Required outside sandbox mode. */
  PROVINCE_PORTAL_URL: optionalUrl,
  /** How the bot addresses citizens mid-sentence: `anh/chị` (default), `Ông/Bà` or `bạn`. */
  CITIZEN_ADDRESS_FORM: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(20).default('anh/chị')),
  /** Hours without activity (citizen or official) after which a handoff ends by itself and the bot answers again. Default 72. */
  HANDOFF_IDLE_HOURS: intInRange(72, 1, 24 * 30),
  /** Where to POST a JSON notice when a citizen asks for an official (signed, retried through the outbox). Optional. */
  HANDOFF_WEBHOOK_URL: optionalUrl,
  /** The HMAC-SHA256 key of HANDOFF_WEBHOOK_URL's `X-Signature` header; required with it, at least 16 characters. */
  HANDOFF_WEBHOOK_SECRET: optionalString,
  /** LGSP gateway base URL. */
  LGSP_BASE_URL: optionalUrl,
  /** LGSP OAuth2 token URL (client credentials). */
  LGSP_TOKEN_URL: optionalUrl,
  /** LGSP consumer key. */
  LGSP_CONSUMER_KEY: optionalString,
  /** LGSP consumer secret. */
  LGSP_CONSUMER_SECRET: optionalString,
  /** Access key, secret key, app name and partner code for gateways using the `lgspaccesstoken` header style. */
  LGSP_ACCESS_KEY: optionalString,
  LGSP_SECRET_KEY: optionalString,
  LGSP_APP_NAME: optionalString,
  LGSP_PARTNER_CODE: optionalString,
  /** Mapping profile: a shipped profile name (reference, …) or a path to a profile file. Default reference. */
  LGSP_PROFILE: z.preprocess(emptyToUndefined, z.string().default('reference')),
  /** Timeout of one LGSP call in milliseconds. Default 5000. */
  LGSP_TIMEOUT_MS: intInRange(5000, 100, 120_000),
  /** Minutes between two checks of one followed dossier (±20 % to spread them). Default 30. */
  DOSSIER_WATCH_INTERVAL_MINUTES: intInRange(30, 1, 1440),
  /** Days after which following a dossier stops by itself. Default 60. */
  DOSSIER_WATCH_MAX_DAYS: intInRange(60, 1, 365),
  /** LGSP lookups per minute the dossier watch job may make. Default 60. */
  DOSSIER_WATCH_CHECKS_PER_MIN: intInRange(60, 1, 6000),
  /** Hours between two refreshes of the local copy of the LGSP's procedure catalogue. Default 24. */
  LGSP_CATALOGUE_REFRESH_HOURS: intInRange(24, 1, 168),
  /** Procedures asked for per page when the catalogue is read (what the LGSP allows). Default 50. */
  LGSP_CATALOGUE_PAGE_SIZE: intInRange(50, 5, 500),
  /** Minutes between two checks at the LGSP of one forwarded feedback ticket (±20 %). Default 15. */
  FEEDBACK_WATCH_INTERVAL_MINUTES: intInRange(15, 1, 1440),
  /** LGSP lookups per minute the feedback status job may make. Default 60. */
  FEEDBACK_WATCH_CHECKS_PER_MIN: intInRange(60, 1, 6000),
  /** Working days a feedback ticket has before it is overdue, for categories without their own (admin API). Default 10. */
  FEEDBACK_DEADLINE_WORKING_DAYS: intInRange(10, 1, 365),
  /** Days a finished feedback ticket (answered, rejected, duplicate, closed) keeps its personal data before it is anonymised. Default 365. */
  FEEDBACK_RETENTION_DAYS: intInRange(365, 1, 3650),
  /** Largest photo (bytes) a citizen may attach to feedback; larger ones are not kept. Default 10485760 (the LGSP's limit). */
  FEEDBACK_PHOTO_MAX_BYTES: intInRange(10 * 1024 * 1024, 1024, 50 * 1024 * 1024),
  /** Attempts at downloading one photo from Zalo before the ticket is forwarded without it. Default 5. */
  FEEDBACK_PHOTO_ATTEMPTS: intInRange(5, 1, 50),
  /** Where citizens' feedback photos are kept: `files` (content-addressed under DATA_DIR, a volume every process shares) or `s3` (an S3-compatible bucket, S3_*). Default files. */
  PHOTO_STORE: z.preprocess(
    emptyToUndefined,
    z.enum(['files', 's3'], { message: 'expected files or s3' }).default('files'),
  ),
  /** Base URL of the S3-compatible service (path-style requests: `<S3_ENDPOINT>/<bucket>/<key>`). Unset: AWS S3 of S3_REGION; the sandbox's own S3 in sandbox mode. */
  S3_ENDPOINT: optionalUrl,
  /** Region the requests are signed for (AWS Signature Version 4). Default us-east-1 (what most S3-compatible services expect). */
  S3_REGION: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]{2,32}$/, { message: 'expected a region name such as us-east-1' })
      .default('us-east-1'),
  ),
  /** The bucket (required with PHOTO_STORE=s3 outside sandbox mode). */
  S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
        message: 'expected an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)',
      })
      .optional(),
  ),
  /** Access key id and secret access key of the bucket (required with PHOTO_STORE=s3 outside sandbox mode). Never logged. */
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** Prefix of every key (e.g. `egov/`), so one bucket can serve several deployments. Default none. */
  S3_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]{1,200}$/, { message: "expected a key prefix of letters, digits and !_.*'()/-" })
      .default(''),
  ),
  /** The province's 2-digit code in the national catalogue (QĐ 19/2025/QĐ-TTg), e.g. `24`: communes typed in feedback are matched against its communes. Sandbox default 24; unset elsewhere: typed places are kept as text. */
  PROVINCE_CODE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{2}$/, { message: 'expected the 2-digit province code' })
      .optional(),
  ),
  /** Hours (Vietnam time, `HH:MM-HH:MM`, may span midnight) when no non-urgent announcement is sent; `off`: none. Default 22:00-06:00. */
  ANNOUNCEMENTS_QUIET_HOURS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/, 'expected HH:MM-HH:MM or off')
      .default('22:00-06:00'),
  ),
  /** Cover image (https URL) of the Zalo article of announcements without an image of their own. Default: none. */
  ANNOUNCEMENTS_ARTICLE_COVER_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  /** Announcements one citizen receives per day (Vietnam time) at most; urgent ones are not capped. Default 3. */
  ANNOUNCEMENTS_DAILY_CAP: intInRange(3, 1, 100),
  /** Days after an announcement finished sending that the messages it holds for citizens outside the window (offered at their next visit) expire. Default 14. */
  ANNOUNCEMENTS_HELD_DAYS: intInRange(14, 1, 365),
  /** true: mount the Zalo and LGSP simulators and the phone page, and point the clients at them. Default: true only when no Zalo credentials, no DATABASE_URL and NODE_ENV is not production (the quick start). */
  SANDBOX: booleanFlag,
  /** `production` means sandbox mode is never turned on by itself (only by SANDBOX=true). */
  NODE_ENV: optionalString,
  /** First admin account, created when no account exists. */
  ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email({ message: 'expected an e-mail address' }).optional()),
  ADMIN_PASSWORD: z.preprocess(
    emptyToUndefined,
    z.string().min(12, { message: 'expected at least 12 characters' }).optional(),
  ),
  /** Hours an admin session lasts without activity. Default 8. */
  ADMIN_SESSION_TTL_HOURS: intInRange(8, 1, 720),
  /** Hours after sign-in at which an admin session ends however active it is (sign in again). Default 12. */
  ADMIN_SESSION_MAX_HOURS: intInRange(12, 1, 720),
  /** pino log level. Default info. */
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  /** Seconds to wait for in-flight requests and jobs on shutdown. Default 10. */
  SHUTDOWN_TIMEOUT_SECONDS: intInRange(10, 1, 300),
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>` (at least 16 characters). Default unset: open. */
  METRICS_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().min(16, { message: 'expected at least 16 characters' }).optional(),
  ),
  /** Port on which a `worker` process serves /healthz, /readyz and /metrics (0: any free port). Default unset: none. */
  WORKER_HEALTH_PORT: optionalIntInRange(0, 65535),
});

export type Env = z.infer<typeof envSchema>;

/** Calls a minute Zalo allows one app. */
export const ZALO_CALLS_PER_MINUTE = 4000;

/** Fixed identities of the built-in simulators, used when SANDBOX is on and no real credentials are given. */
export const SANDBOX_IDENTITY = {
  zaloAppId: '1000000000000000001',
  zaloAppSecret: 'sandbox-app-secret',
  zaloOaSecretKey: 'sandbox-oa-secret-key',
  zaloOaId: '2000000000000000001',
  lgspConsumerKey: 'sandbox-consumer-key',
  lgspConsumerSecret: 'sandbox-consumer-secret',
  s3AccessKeyId: 'SANDBOXACCESSKEY0001',
  s3SecretAccessKey: 'sandbox-s3-secret-access-key',
  s3Bucket: 'sandbox-photos',
  s3Region: 'us-east-1',
} as const;

/** The LGSP simulator's province (Tỉnh Bắc Ninh), whose communes it lists. */
const SANDBOX_PROVINCE_CODE = '24';

export interface Config {
  /** `selfUrl` is this server on loopback: where in-process sandbox clients reach the simulators. */
  http: { port: number; host: string; publicUrl: string; selfUrl: string };
  dataDir: string;
  /** `migrationUrl`: the owner role for migrations (unset: DATABASE_URL migrates). */
  database: {
    url: string | undefined;
    migrationUrl: string | undefined;
    dataDir: string;
    poolSize: number;
    /** Connections kept open when idle (`DATABASE_POOL_KEEP`), at most `poolSize`. */
    poolKeep: number;
  };
  /** Inbound events (citizens' turns) a worker process handles at once. */
  workers: { inboundConcurrency: number };
  /** Audit hash chain: minutes between checkpoints (verify, log the head, record it). */
  audit: { checkpointIntervalMinutes: number };
  redis: { url: string; prefix: string; autostart: boolean };
  sandbox: boolean;
  zalo: {
    appId: string | undefined;
    appSecret: string | undefined;
    oaSecretKey: string | undefined;
    seedAccessToken: string | undefined;
    seedRefreshToken: string | undefined;
    apiBaseUrl: string;
    oauthBaseUrl: string;
    webhookMaxAgeMs: number;
    rateLimitPerMinute: number;
    csWindowDays: number;
  };
  /** 32-byte key for encrypting secrets at rest; undefined → main derives one (sandbox) or refuses to start. */
  secretsKey: Buffer | undefined;
  conversation: { retentionDays: number; sessionTtlMinutes: number; officeHours: string; handoffIdleHours: number };
  /** A webhook told of each new handoff (HANDOFF_WEBHOOK_URL, HANDOFF_WEBHOOK_SECRET); absent: none. */
  handoffWebhook?: { url: string; secret: string };
  /** What templates say about the province (sandbox: plainly example values). */
  province: ProvinceSettings;
  lgsp: {
    baseUrl: string | undefined;
    tokenUrl: string | undefined;
    consumerKey: string | undefined;
    consumerSecret: string | undefined;
    accessKey: string | undefined;
    secretKey: string | undefined;
    appName: string | undefined;
    partnerCode: string | undefined;
    profile: string;
    timeoutMs: number;
    /** Dossier watch: minutes between checks of one dossier, days a follow lasts, LGSP lookups per minute. */
    watch: { intervalMinutes: number; maxDays: number; checksPerMinute: number };
    /** The procedure catalogue's copy: hours between refreshes, procedures per page read. */
    catalogue: { refreshHours: number; pageSize: number };
  };
  /**
   * Feedback tickets: minutes between checks of one forwarded ticket at the LGSP, LGSP lookups per minute, days a
   * finished ticket keeps personal data, default working days before a ticket is overdue; photos
   * (largest accepted, download attempts, the content-addressed directory under DATA_DIR); the province whose
   * communes typed places are matched against.
   */
  feedback: {
    watch: { intervalMinutes: number; checksPerMinute: number; retentionDays: number };
    /** Working days before a ticket is overdue when its category has none of its own. */
    deadlineWorkingDays: number;
    /**
     * `intakeDir`: photos as sent, fetched at intake until their ticket is filed (a day at most). `s3`: both kept in
     * an S3-compatible bucket instead of the two directories (PHOTO_STORE=s3).
     */
    photos: {
      maxBytes: number;
      maxAttempts: number;
      dir: string;
      intakeDir: string;
      /** Photos and files citizens send during handoffs (`DATA_DIR/handoff-files`, or the bucket's `handoff-files/`). */
      handoffFilesDir: string;
      s3?: {
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string;
        secretAccessKey: string;
        prefix: string;
      };
    };
    provinceCode: string | undefined;
  };
  /** Announcements: quiet hours (minutes since midnight, Vietnam time; null: none) and the daily cap per citizen. */
  announcements: {
    quietHours: { startMinutes: number; endMinutes: number } | null;
    dailyCapPerCitizen: number;
    heldDays: number;
    articleCoverUrl: string | undefined;
  };
  admin: { email: string | undefined; password: string | undefined; sessionTtlHours: number; sessionMaxHours: number };
  log: { level: string };
  shutdownTimeoutMs: number;
  /** Probes: the bearer token `/metrics` requires (undefined: open); a worker process's health port (undefined: none). */
  health: { metricsToken: string | undefined; workerPort: number | undefined };
}

/** A configuration problem: the variable and what it expects. Never carries the offending value (it may be a secret). */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.variable}: ${p.message}`).join('\n'));
  }
}

/** Variables whose presence says "this is a real Zalo deployment": any one of them keeps sandbox mode off. */
const ZALO_CREDENTIAL_VARIABLES = [
  'ZALO_APP_ID',
  'ZALO_APP_SECRET',
  'ZALO_OA_SECRET_KEY',
  'ZALO_ACCESS_TOKEN',
  'ZALO_REFRESH_TOKEN',
] as const;

export interface ReadConfigOptions {
  /**
   * A command-line tool (migrate, flows) serves nothing over HTTP: it may infer sandbox mode from the absence of Zalo
   * credentials alone, and does not require the channels' credentials. Default false (the server).
   */
  tool?: boolean;
}

/**
 * A deployment on PostgreSQL keeps `zegov` (its queued jobs must survive an upgrade). The embedded database lives in
 * DATA_DIR, so its jobs belong to that directory: two sandboxes sharing the machine's Redis, each with its own data,
 * must not take each other's jobs, and every process of one sandbox derives the same prefix.
 */
function defaultRedisPrefix(dataDir: string, embedded: boolean): string {
  if (!embedded) return 'zegov';
  return `zegov-${createHash('sha256').update(dataDir).digest('hex').slice(0, 8)}`;
}

/**
 * Parses the environment; throws a ConfigError listing every problem, one per variable. Sandbox mode is never
 * inferred for a server that looks like production (NODE_ENV=production, or DATABASE_URL set): there, without
 * SANDBOX=true, the Zalo and LGSP settings are required.
 */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  options: ReadConfigOptions = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? 'environment'),
      message: issue.message,
    }));
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: ConfigProblem[] = [];

  const hasZaloCredentials = ZALO_CREDENTIAL_VARIABLES.some((name) => e[name] !== undefined);
  const production = e.NODE_ENV === 'production';
  const looksDeployed = production || e.DATABASE_URL !== undefined;
  const sandbox = e.SANDBOX ?? (!hasZaloCredentials && (options.tool === true || !looksDeployed));
  if (!sandbox && options.tool !== true) {
    const required = [
      'ZALO_APP_ID',
      'ZALO_APP_SECRET',
      'ZALO_OA_SECRET_KEY',
      'SECRETS_KEY',
      'LGSP_BASE_URL',
      // No placeholder reaches citizens: the province's own name, hotline, address and portal.
      'PROVINCE_NAME',
      'PROVINCE_HOTLINE',
      'PROVINCE_OFFICE_ADDRESS',
      'PROVINCE_PORTAL_URL',
    ] as const;
    for (const name of required) {
      if (!e[name]) problems.push({ variable: name, message: 'required outside sandbox mode' });
    }
    if (problems.length > 0 && e.SANDBOX === undefined && !hasZaloCredentials) {
      // Say why the quick start's sandbox did not apply, and how to have it anyway.
      problems.push({
        variable: 'SANDBOX',
        message: `not turned on by itself because ${production ? 'NODE_ENV is production' : 'DATABASE_URL is set'}: set the variables above, or SANDBOX=true to run on simulated Zalo and LGSP`,
      });
    }
  }
  if (e.ZALO_RATE_LIMIT_PER_MIN > ZALO_CALLS_PER_MINUTE && !sandbox) {
    problems.push({
      variable: 'ZALO_RATE_LIMIT_PER_MIN',
      message: `at most ${ZALO_CALLS_PER_MINUTE} (what Zalo allows an app); more only in sandbox mode, for benchmarks`,
    });
  }
  if (e.HANDOFF_WEBHOOK_URL && (e.HANDOFF_WEBHOOK_SECRET?.length ?? 0) < 16) {
    problems.push({
      variable: 'HANDOFF_WEBHOOK_SECRET',
      message: 'required with HANDOFF_WEBHOOK_URL, at least 16 characters',
    });
  }
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    problems.push({
      variable: e.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
      message: 'ADMIN_EMAIL and ADMIN_PASSWORD are set together',
    });
  }
  if (e.DATABASE_MIGRATION_URL && !e.DATABASE_URL) {
    problems.push({
      variable: 'DATABASE_MIGRATION_URL',
      message: 'needs DATABASE_URL: the embedded database has no roles',
    });
  }
  if (e.PHOTO_STORE === 's3' && !sandbox) {
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!e[name]) problems.push({ variable: name, message: 'required with PHOTO_STORE=s3' });
    }
  }
  const province = checkProvince(
    {
      name: e.PROVINCE_NAME ?? EXAMPLE_PROVINCE_SETTINGS.name,
      ...(e.PROVINCE_NAME_EN === undefined ? {} : { nameEn: e.PROVINCE_NAME_EN }),
      hotline: e.PROVINCE_HOTLINE ?? EXAMPLE_PROVINCE_SETTINGS.hotline,
      officeAddress: e.PROVINCE_OFFICE_ADDRESS ?? EXAMPLE_PROVINCE_SETTINGS.officeAddress,
      portalUrl: e.PROVINCE_PORTAL_URL ?? EXAMPLE_PROVINCE_SETTINGS.portalUrl,
      addressForm: e.CITIZEN_ADDRESS_FORM,
      officeHours: e.OFFICE_HOURS,
      holidays: e.PUBLIC_HOLIDAYS,
    },
    problems,
  );
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  // In sandbox mode the clients talk to the simulators mounted in this same server, over real HTTP on loopback.
  const selfUrl = `http://127.0.0.1:${e.PORT}`;
  const dataDir = path.resolve(e.DATA_DIR);

  return {
    http: { port: e.PORT, host: e.HOST, publicUrl, selfUrl },
    dataDir,
    database: {
      url: e.DATABASE_URL,
      migrationUrl: e.DATABASE_MIGRATION_URL,
      dataDir: path.join(dataDir, 'pglite'),
      poolSize: e.DATABASE_POOL_SIZE,
      poolKeep: Math.min(e.DATABASE_POOL_SIZE, e.DATABASE_POOL_KEEP ?? e.INBOUND_CONCURRENCY),
    },
    workers: { inboundConcurrency: e.INBOUND_CONCURRENCY },
    audit: { checkpointIntervalMinutes: e.AUDIT_CHECKPOINT_INTERVAL_MINUTES },
    redis: {
      url: e.REDIS_URL,
      prefix: e.REDIS_PREFIX ?? defaultRedisPrefix(dataDir, e.DATABASE_URL === undefined),
      autostart: e.REDIS_AUTOSTART ?? false,
    },
    sandbox,
    zalo: {
      appId: e.ZALO_APP_ID ?? (sandbox ? SANDBOX_IDENTITY.zaloAppId : undefined),
      appSecret: e.ZALO_APP_SECRET ?? (sandbox ? SANDBOX_IDENTITY.zaloAppSecret : undefined),
      oaSecretKey: e.ZALO_OA_SECRET_KEY ?? (sandbox ? SANDBOX_IDENTITY.zaloOaSecretKey : undefined),
      seedAccessToken: e.ZALO_ACCESS_TOKEN,
      seedRefreshToken: e.ZALO_REFRESH_TOKEN,
      apiBaseUrl: sandbox && !env.ZALO_API_BASE_URL ? `${selfUrl}/sandbox/zalo/openapi` : e.ZALO_API_BASE_URL,
      oauthBaseUrl: sandbox && !env.ZALO_OAUTH_BASE_URL ? `${selfUrl}/sandbox/zalo/oauth` : e.ZALO_OAUTH_BASE_URL,
      webhookMaxAgeMs: e.ZALO_WEBHOOK_MAX_AGE_SECONDS * 1000,
      rateLimitPerMinute: e.ZALO_RATE_LIMIT_PER_MIN,
      csWindowDays: e.ZALO_CS_WINDOW_DAYS,
    },
    secretsKey: e.SECRETS_KEY === undefined ? undefined : decodeKey(e.SECRETS_KEY),
    province,
    conversation: {
      retentionDays: e.CONVERSATION_RETENTION_DAYS,
      sessionTtlMinutes: e.SESSION_TTL_MINUTES,
      officeHours: e.OFFICE_HOURS,
      handoffIdleHours: e.HANDOFF_IDLE_HOURS,
    },
    ...(e.HANDOFF_WEBHOOK_URL && e.HANDOFF_WEBHOOK_SECRET
      ? { handoffWebhook: { url: e.HANDOFF_WEBHOOK_URL, secret: e.HANDOFF_WEBHOOK_SECRET } }
      : {}),
    lgsp: {
      baseUrl: e.LGSP_BASE_URL ?? (sandbox ? `${selfUrl}/sandbox/lgsp` : undefined),
      tokenUrl: e.LGSP_TOKEN_URL ?? (sandbox ? `${selfUrl}/sandbox/lgsp/token` : undefined),
      consumerKey: e.LGSP_CONSUMER_KEY ?? (sandbox ? SANDBOX_IDENTITY.lgspConsumerKey : undefined),
      consumerSecret: e.LGSP_CONSUMER_SECRET ?? (sandbox ? SANDBOX_IDENTITY.lgspConsumerSecret : undefined),
      accessKey: e.LGSP_ACCESS_KEY,
      secretKey: e.LGSP_SECRET_KEY,
      appName: e.LGSP_APP_NAME,
      partnerCode: e.LGSP_PARTNER_CODE,
      profile: e.LGSP_PROFILE,
      timeoutMs: e.LGSP_TIMEOUT_MS,
      watch: {
        intervalMinutes: e.DOSSIER_WATCH_INTERVAL_MINUTES,
        maxDays: e.DOSSIER_WATCH_MAX_DAYS,
        checksPerMinute: e.DOSSIER_WATCH_CHECKS_PER_MIN,
      },
      catalogue: { refreshHours: e.LGSP_CATALOGUE_REFRESH_HOURS, pageSize: e.LGSP_CATALOGUE_PAGE_SIZE },
    },
    feedback: {
      watch: {
        intervalMinutes: e.FEEDBACK_WATCH_INTERVAL_MINUTES,
        checksPerMinute: e.FEEDBACK_WATCH_CHECKS_PER_MIN,
        retentionDays: e.FEEDBACK_RETENTION_DAYS,
      },
      deadlineWorkingDays: e.FEEDBACK_DEADLINE_WORKING_DAYS,
      photos: {
        maxBytes: e.FEEDBACK_PHOTO_MAX_BYTES,
        maxAttempts: e.FEEDBACK_PHOTO_ATTEMPTS,
        dir: path.join(dataDir, 'feedback-photos'),
        intakeDir: path.join(dataDir, 'feedback-photo-intake'),
        handoffFilesDir: path.join(dataDir, 'handoff-files'),
        ...(e.PHOTO_STORE === 's3'
          ? {
              // Sandbox mode: the sandbox's own S3 (mounted at /sandbox/s3) and its key, unless S3_* say otherwise.
              s3: {
                endpoint: e.S3_ENDPOINT ?? (sandbox ? `${selfUrl}/sandbox/s3` : undefined),
                region: e.S3_REGION,
                bucket: e.S3_BUCKET ?? SANDBOX_IDENTITY.s3Bucket,
                accessKeyId: e.S3_ACCESS_KEY_ID ?? SANDBOX_IDENTITY.s3AccessKeyId,
                secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? SANDBOX_IDENTITY.s3SecretAccessKey,
                prefix: e.S3_PREFIX,
              },
            }
          : {}),
      },
      provinceCode: e.PROVINCE_CODE ?? (sandbox ? SANDBOX_PROVINCE_CODE : undefined),
    },
    announcements: {
      quietHours: parseQuietHours(e.ANNOUNCEMENTS_QUIET_HOURS),
      dailyCapPerCitizen: e.ANNOUNCEMENTS_DAILY_CAP,
      heldDays: e.ANNOUNCEMENTS_HELD_DAYS,
      articleCoverUrl: e.ANNOUNCEMENTS_ARTICLE_COVER_URL,
    },
    admin: {
      email: e.ADMIN_EMAIL,
      password: e.ADMIN_PASSWORD,
      sessionTtlHours: e.ADMIN_SESSION_TTL_HOURS,
      sessionMaxHours: e.ADMIN_SESSION_MAX_HOURS,
    },
    log: { level: e.LOG_LEVEL },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    health: { metricsToken: e.METRICS_TOKEN, workerPort: e.WORKER_HEALTH_PORT },
  };
}

/** The variable each of the province's settings comes from. */
const PROVINCE_VARIABLES: Partial<Record<PropertyKey, string>> = {
  name: 'PROVINCE_NAME',
  nameEn: 'PROVINCE_NAME_EN',
  hotline: 'PROVINCE_HOTLINE',
  officeAddress: 'PROVINCE_OFFICE_ADDRESS',
  portalUrl: 'PROVINCE_PORTAL_URL',
  addressForm: 'CITIZEN_ADDRESS_FORM',
  officeHours: 'OFFICE_HOURS',
  holidays: 'PUBLIC_HOLIDAYS',
};

/**
 * The province's settings pass the admin API's own rules: a value it refuses an admin (a hotline with no number to
 * dial, a `javascript:` portal) would reach citizens from here as well, and the settings page, whose
 * answer is checked against the same schema, would fail. Each problem is pushed under its variable.
 */
function checkProvince(province: ProvinceSettings, problems: ConfigProblem[]): ProvinceSettings {
  const parsed = provinceSettingsSchema.safeParse(province);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      variable: PROVINCE_VARIABLES[issue.path[0] ?? ''] ?? 'PROVINCE_*',
      message:
        issue.code === 'too_big' && issue.origin === 'string'
          ? `expected at most ${Number(issue.maximum)} characters`
          : issue.message,
    });
  }
  return province;
}

function decodeKey(value: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  const fromBase64 = Buffer.from(value, 'base64');
  return fromBase64.length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(value) ? fromBase64 : undefined;
}

/** `22:00-06:00` → minutes since midnight; `off` → null. The format is checked by the schema. */
function parseQuietHours(value: string): { startMinutes: number; endMinutes: number } | null {
  if (value === 'off') return null;
  const [start = 0, end = 0] = value.split('-').map((time) => {
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return hours * 60 + minutes;
  });
  return { startMinutes: start, endMinutes: end };
}
