import { AppError } from '../platform/errors.js';

/** Error codes of the Zalo channel; stable names clients and tests rely on. */
export const ZaloErrors = {
  signatureMissing: () => new AppError('ZALO_SIGNATURE_MISSING', 401, 'The webhook signature is missing'),
  signatureInvalid: () => new AppError('ZALO_SIGNATURE_INVALID', 401, 'The webhook signature is not valid'),
  timestampStale: () =>
    new AppError('ZALO_TIMESTAMP_OUT_OF_RANGE', 401, 'The webhook timestamp is missing, too old or in the future'),
  malformedJson: () => new AppError('ZALO_MALFORMED_BODY', 400, 'The webhook body is not a JSON object'),
  queueUnavailable: (cause?: unknown) =>
    new AppError('ZALO_QUEUE_UNAVAILABLE', 503, 'The event could not be queued; retry later', { cause }),
  oauthStateInvalid: () =>
    new AppError('ZALO_OAUTH_STATE_INVALID', 400, 'The OAuth state is unknown or expired; start the connection again'),
  oauthExchangeFailed: (zaloCode: number | undefined) =>
    new AppError('ZALO_OAUTH_EXCHANGE_FAILED', 502, 'Zalo refused the authorization code', {
      details: zaloCode === undefined ? {} : { zaloCode },
    }),
  notConnected: () => new AppError('ZALO_NOT_CONNECTED', 503, 'The OA is not connected: an admin must connect it'),
  tokenRefreshFailed: (zaloCode: number | undefined, cause?: unknown) =>
    new AppError('ZALO_TOKEN_REFRESH_FAILED', 503, 'Refreshing the Zalo access token failed; reconnect the OA', {
      cause,
      details: zaloCode === undefined ? {} : { zaloCode },
    }),
  tokenRefreshBusy: () =>
    new AppError('ZALO_TOKEN_REFRESH_TIMEOUT', 503, 'Another process is refreshing the Zalo token; retry later'),
} as const;
