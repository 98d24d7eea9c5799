import { AppError } from '../platform/errors.js';

/** Error codes of the LGSP module. Expected outcomes (not found, unavailable) are return values, not these. */
export const LgspErrors = {
  profileInvalid: (source: string, problems: string[], cause?: unknown) =>
    new AppError('LGSP_PROFILE_INVALID', 500, `LGSP mapping profile ${source} is not valid`, {
      details: { problems },
      cause,
    }),
  notConfigured: (what: string) => new AppError('LGSP_NOT_CONFIGURED', 500, `LGSP ${what} is not configured`),
  serviceMissing: (service: string) =>
    new AppError('LGSP_SERVICE_MISSING', 501, `The LGSP profile offers no ${service} service`),
  unavailable: (service: string, cause?: unknown) =>
    new AppError('LGSP_UNAVAILABLE', 503, `LGSP service ${service} is unavailable`, { cause }),
} as const;
