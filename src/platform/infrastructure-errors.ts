/**
 * Tells an outage of our own infrastructure (PostgreSQL, Redis unreachable or restarting) from a failure of the work
 * itself. An outage must never use up a job's or an event's attempts: the work waits and is retried unchanged. The
 * check walks the `cause` chain, since drizzle, BullMQ and our own errors wrap the driver's error.
 */

/** Node socket errors: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);

/**
 * PostgreSQL SQLSTATEs that say "try again later": connection exceptions (08…), the server shutting down or starting
 * (57P01–57P03), too many connections (53300), serialization failures and deadlocks (40001, 40P01).
 */
function isTransientSqlState(code: string): boolean {
  return code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '40001', '40P01'].includes(code);
}

/** Messages of drivers that do not set a code: pg's pool and client, ioredis, PGlite. */
const OUTAGE_MESSAGES = [
  'Connection terminated',
  'connection error',
  'timeout exceeded when trying to connect',
  'Client was closed',
  'Cannot use a pool after calling end',
  'Connection is closed',
  "Stream isn't writeable",
  'Reached the max retries per request limit',
  'PGlite is closed',
];

const MAX_DEPTH = 8;

export function isInfrastructureError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && current instanceof Error; depth += 1) {
    const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
    if (code && (NETWORK_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isTransientSqlState(code)))) return true;
    if (current.name === 'MaxRetriesPerRequestError') return true;
    if (OUTAGE_MESSAGES.some((text) => current instanceof Error && current.message.includes(text))) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isInfrastructureError(inner))) return true;
    current = current.cause;
  }
  return false;
}
