/**
 * What the log stream keeps of an error. Drivers put values in their errors: drizzle's message carries every SQL
 * parameter, PostgreSQL's `detail` repeats the row or key ("Key (email)=(…) already exists"), axios keeps the request
 * body and headers (tokens), zod can keep the input. Values are personal data (Law 91/2025 on personal data protection) or secrets, so this
 * keeps an allow-list of what an operator needs to find the fault (class, code, SQLSTATE, constraint, table, HTTP
 * status, the SQL text without its parameters, stack frames) and masks anything value-like left in a message.
 */
export interface SerializedError {
  type: string;
  message: string;
  /** Our AppError code, PostgreSQL's SQLSTATE, or a Node/axios code such as ECONNREFUSED. */
  code?: string;
  severity?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
  routine?: string;
  /** HTTP status (AppError's answer, or the status an HTTP call received). */
  status?: number;
  method?: string;
  /** Origin and path of an HTTP call; no query string, and path segments that look like values are masked. */
  url?: string;
  /** The SQL text of a failed query (placeholders only, literals masked); never its parameters. */
  query?: string;
  /** Zod issues: where and why, never the input. */
  issues?: Array<{ code: string; path: string; message: string }>;
  stack?: string;
  cause?: SerializedError;
  errors?: SerializedError[];
}

const MASK = '…';
const MAX_DEPTH = 5;
const MAX_MESSAGE_LENGTH = 300;
const MAX_QUERY_LENGTH = 1000;
const MAX_STACK_FRAMES = 15;
const MAX_ISSUES = 10;
const MAX_AGGREGATED = 10;
const IDENTIFIER_FIELDS = ['schema', 'table', 'column', 'dataType', 'constraint'] as const;
const STRING_FIELDS = ['severity', 'routine', ...IDENTIFIER_FIELDS] as const;

/** pino serializer for `err` (and `error`): an Error, or anything thrown or logged in its place, without values. */
export function serializeError(value: unknown): SerializedError {
  return serialize(value, 0, new Set(), undefined);
}

function serialize(
  value: unknown,
  depth: number,
  known: Set<string>,
  parentQuery: string | undefined,
): SerializedError {
  if (typeof value === 'string') return { type: 'string', message: scrubMessage(value, known) };
  if (typeof value !== 'object' || value === null) return { type: typeof value, message: '' };
  const record = toRecord(value);
  const type = typeOf(value, record);
  const out: SerializedError = { type, message: '' };
  // Identifiers this very error names (and the SQL text it ran) may stay quoted in its message; other quoted text goes.
  const identifiers = new Set(known);
  for (const field of IDENTIFIER_FIELDS) {
    const text = record[field];
    if (typeof text === 'string') identifiers.add(text);
  }
  const query = typeof record['query'] === 'string' ? record['query'] : undefined;
  if (query !== undefined) for (const word of query.match(/[A-Za-z_][\w$]*/g) ?? []) identifiers.add(word);

  const code = record['code'];
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code).slice(0, 64);
  for (const field of STRING_FIELDS) {
    const text = record[field];
    if (typeof text === 'string' && text !== '') out[field] = text.slice(0, 128);
  }
  const status = record['status'];
  if (typeof status === 'number') out.status = status;

  if (record['isAxiosError'] === true) describeHttpCall(record, out);
  if (query !== undefined && query !== parentQuery) out.query = scrubSql(query);

  const issues = record['issues'];
  if (Array.isArray(issues)) {
    out.issues = issues.slice(0, MAX_ISSUES).map((issue: unknown) => describeIssue(issue, identifiers));
    out.message = `${issues.length} validation issue(s)`;
  } else {
    const message = record['message'];
    // drizzle's message is "Failed query: <sql>\nparams: <every value>"; the SQL is kept apart, the values nowhere.
    if (typeof message === 'string' && message.startsWith('Failed query:')) out.message = 'Failed query';
    else out.message = typeof message === 'string' ? scrubMessage(message, identifiers) : '';
  }

  const stack = record['stack'];
  if (typeof stack === 'string') {
    const frames = stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, MAX_STACK_FRAMES);
    if (frames.length > 0) out.stack = frames.map((line) => line.trim()).join('\n');
  }
  if (depth < MAX_DEPTH) {
    if (record['cause'] !== undefined) out.cause = serialize(record['cause'], depth + 1, identifiers, query);
    const errors = record['errors'];
    if (Array.isArray(errors) && value instanceof AggregateError) {
      out.errors = errors
        .slice(0, MAX_AGGREGATED)
        .map((inner: unknown) => serialize(inner, depth + 1, identifiers, query));
    }
  }
  return out;
}

function describeHttpCall(record: Record<string, unknown>, out: SerializedError): void {
  const config = toRecord(record['config']);
  const response = toRecord(record['response']);
  const status = response['status'];
  if (typeof status === 'number') out.status = status;
  const method = config['method'];
  if (typeof method === 'string') out.method = method.toUpperCase();
  const url = config['url'];
  if (typeof url !== 'string') return;
  try {
    const baseUrl = config['baseURL'];
    const parsed = new URL(url, typeof baseUrl === 'string' ? baseUrl : undefined);
    const path = parsed.pathname
      .split('/')
      .map((segment) => (looksLikeValue(decodeSegment(segment)) ? MASK : segment))
      .join('/');
    out.url = `${parsed.origin}${path}`;
  } catch {
    // A relative URL without a base: nothing safe to show.
  }
}

function describeIssue(issue: unknown, identifiers: Set<string>): { code: string; path: string; message: string } {
  const record = toRecord(issue);
  const code = typeof record['code'] === 'string' ? record['code'] : 'unknown';
  const path = Array.isArray(record['path'])
    ? record['path']
        .map((key: unknown) =>
          typeof key === 'number' || (typeof key === 'string' && /^[A-Za-z_][\w-]{0,63}$/.test(key)) ? key : MASK,
        )
        .join('.')
    : '';
  const message = typeof record['message'] === 'string' ? scrubMessage(record['message'], identifiers) : '';
  return { code, path, message };
}

/**
 * Masks what looks like a value in free text: quoted strings (except the error's own identifiers), e-mail addresses,
 * long digit runs (phone numbers, citizen ids), and PostgreSQL's `(key)=(value)` pairs. Only the first line is kept.
 */
export function scrubMessage(message: string, identifiers: ReadonlySet<string> = new Set()): string {
  const firstLine = message.split('\n', 1)[0] ?? '';
  return firstLine
    .slice(0, MAX_MESSAGE_LENGTH)
    .replace(/=\([^)]*\)/g, `=(${MASK})`)
    .replace(/"([^"]*)"/g, (whole, inner: string) => (identifiers.has(inner) ? whole : `"${MASK}"`))
    .replace(/'[^']*'/g, `'${MASK}'`)
    .replace(/[^\s@"'()<>;,]+@[^\s@"'()<>;,]+/g, MASK)
    .replace(/\+?\d(?:[ -]?\d){7,}/g, MASK);
}

function scrubSql(query: string): string {
  return query.slice(0, MAX_QUERY_LENGTH).replace(/'(?:[^']|'')*'/g, `'${MASK}'`);
}

function looksLikeValue(segment: string): boolean {
  return segment.includes('@') || /\d{4}/.test(segment) || segment.length > 40;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function typeOf(value: object, record: Record<string, unknown>): string {
  // PGlite's bundle minifies its class names; a server error is recognisable by its severity and SQLSTATE.
  if (typeof record['severity'] === 'string' && /^[0-9A-Z]{5}$/.test(String(record['code']))) return 'DatabaseError';
  const name = value.constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : 'Object';
}

function toRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  const record: Record<string, unknown> = {};
  // Errors keep message, stack and cause as non-enumerable properties, zod its issues as a getter: read them by name.
  for (const key of [...Object.keys(value), 'message', 'stack', 'cause', 'name', 'code', 'issues', 'errors']) {
    if (key in value) record[key] = Reflect.get(value, key);
  }
  return record;
}
