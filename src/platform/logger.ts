import { createHash } from 'node:crypto';
import { pino, type Bindings, type DestinationStream, type Logger } from 'pino';
import { serializeError } from './serialize-error.js';

export type { Logger };

/**
 * Keys whose values pino censors wherever they appear, up to three levels deep. Secrets (tokens, keys, passwords) and
 * citizens' personal data (names, phone numbers, addresses, message texts) never reach the log stream: Law 91/2025/QH15 on personal data protection
 * applies to logs too. Log ids and shapes, never contents.
 */
export const SENSITIVE_KEYS = [
  // secrets
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'seedAccessToken',
  'seedRefreshToken',
  'secret',
  'secretKey',
  'secret_key',
  'secretsKey',
  'appSecret',
  'oaSecretKey',
  'clientSecret',
  'consumerSecret',
  'secretAccessKey',
  'SecretAccessKey',
  'apiKey',
  'csrfToken',
  'codeVerifier',
  'code_verifier',
  'authorization',
  'cookie',
  'lgspaccesstoken',
  'x-zevent-signature',
  'x-csrf-token',
  'set-cookie',
  // personal data
  'phone',
  'phoneNumber',
  'SoDienThoai',
  'email',
  'name',
  'displayName',
  'display_name',
  'fullName',
  'HoTen',
  'ChuHoSo',
  'address',
  'text',
  // a citizen's id, the texts they wrote and what officials wrote about them, their photos' links
  'citizenId',
  'zaloUserId',
  'citizenName',
  'contactName',
  'contactPhone',
  'contactAddress',
  'content',
  'closeNote',
  'sourceUrl',
];

/** A Zalo user id (16–19 digits; any run of 15 digits or more, longer than a time in milliseconds). */
const LONG_ID = /\d{15,}/g;

/**
 * Replaces Zalo user ids in a string (event keys name the citizen for events without a message id; admin URLs name
 * the citizen) by a short hash: log lines about one citizen stay correlatable, the id does not reach the log stream.
 */
export function maskLongIds(text: string): string {
  return text.replace(LONG_ID, (id) => `‹id:${createHash('sha256').update(id).digest('hex').slice(0, 8)}›`);
}

/** Keys whose string values carry an event's or an effect's key, or a path: masked (`maskLongIds`), child bindings too. */
const ID_BEARING_KEYS = ['eventKey', 'eventId', 'effectKey', 'url', 'path'];
const maskIdSerializer = (value: unknown) => (typeof value === 'string' ? maskLongIds(value) : value);

function redactPaths(keys: readonly string[]): string[] {
  const quoted = keys.map((key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`));
  return quoted.flatMap((q) => [q.startsWith('.') ? q.slice(1) : q, `*${q}`, `*.*${q}`]);
}

export const REDACT_PATHS = redactPaths(SENSITIVE_KEYS);

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  level: string;
  /** Where to write; stdout when omitted. Tests pass a stream to inspect what was logged. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Errors carry values (SQL parameters, rows, request bodies): only their allow-listed shape is written.
      serializers: {
        err: serializeError,
        error: serializeError,
        ...Object.fromEntries(ID_BEARING_KEYS.map((key) => [key, maskIdSerializer])),
      },
      hooks: {
        // pino takes a logged error's raw message as the line's message when none is given; use the scrubbed one.
        logMethod(args, method) {
          const [first] = args;
          if (args.length === 1 && typeof first === 'object' && first !== null) {
            const error = first instanceof Error ? first : Reflect.get(first, 'err');
            if (error !== undefined && error !== null) {
              method.apply(this, [first, serializeError(error).message]);
              return;
            }
          }
          method.apply(this, args);
        },
      },
      base: { service: 'zalo-egov' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

const LEVEL_METHODS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);
const noop = () => undefined;

/**
 * `parent.child(bindings)`, made only when a line is written: a child logger serialises, masks and redacts its
 * bindings when it is made, which per job or per turn costs more than the work itself while no line at those levels
 * is written. Lines below the parent's level are dropped without making it; anything else goes to the real child.
 */
export function lazyChild(parent: Logger, bindings: Bindings): Logger {
  let child: Logger | undefined;
  const real = () => (child ??= parent.child(bindings));
  return new Proxy(parent, {
    get(_target, property) {
      if (child === undefined && typeof property === 'string') {
        if (LEVEL_METHODS.has(property) && !parent.isLevelEnabled(property)) return noop;
        if (property === 'isLevelEnabled' || property === 'level' || property === 'levelVal') {
          const value: unknown = Reflect.get(parent, property, parent);
          return typeof value === 'function' ? value.bind(parent) : value;
        }
      }
      const target = real();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
