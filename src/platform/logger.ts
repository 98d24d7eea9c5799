import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino censors wherever they appear. Secrets (tokens, keys, passwords) and citizens' personal data (names,
 * phone numbers, addresses, message texts) never reach the log stream: Decree 13/2023 applies to logs too.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'refreshToken',
  '*.refreshToken',
  'refresh_token',
  '*.refresh_token',
  'secret',
  '*.secret',
  'secretKey',
  '*.secretKey',
  'secret_key',
  '*.secret_key',
  'clientSecret',
  '*.clientSecret',
  'consumerSecret',
  '*.consumerSecret',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-zevent-signature"]',
  'req.headers.access_token',
  'req.headers.secret_key',
  'req.headers.lgspaccesstoken',
  'res.headers["set-cookie"]',
  'phone',
  '*.phone',
  'phoneNumber',
  '*.phoneNumber',
  'SoDienThoai',
  '*.SoDienThoai',
  'email',
  '*.email',
  'name',
  '*.name',
  'displayName',
  '*.displayName',
  'display_name',
  '*.display_name',
  'fullName',
  '*.fullName',
  'HoTen',
  '*.HoTen',
  'ChuHoSo',
  '*.ChuHoSo',
  'address',
  '*.address',
  'text',
  '*.text',
];

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
      base: { service: 'zalo-egov' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
