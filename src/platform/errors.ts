/**
 * One error type for everything the application raises on purpose. `code` is a stable, documented name
 * (`ZALO_SIGNATURE_INVALID`, `LGSP_UNAVAILABLE`) that clients and tests may rely on; `status` is the HTTP status the
 * error middleware answers with. Each module lists its codes in its own `errors.ts`.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: string;
  readonly status: number;
  /** Safe, non-personal details that may be shown to the API client. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: string,
    status: number,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = status;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Codes raised by the platform layer itself. */
export const PlatformErrors = {
  notFound: (what = 'resource') => new AppError('NOT_FOUND', 404, `The requested ${what} was not found`),
  invalidInput: (details: Record<string, unknown>) =>
    new AppError('INVALID_INPUT', 400, 'The request is not valid', { details }),
  payloadTooLarge: () => new AppError('PAYLOAD_TOO_LARGE', 413, 'The request body is too large'),
  malformedJson: () => new AppError('MALFORMED_JSON', 400, 'The request body is not valid JSON'),
  unstorableText: (where: string) =>
    new AppError('INVALID_CHARACTERS', 400, `NUL characters and unpaired surrogates are not accepted in ${where}`),
  unavailable: (what: string, cause?: unknown) =>
    new AppError('SERVICE_UNAVAILABLE', 503, `${what} is unavailable`, { cause }),
} as const;
