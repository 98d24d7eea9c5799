import { AppError } from '../platform/errors.js';

/** Every error code the admin module raises; the codes are a stable contract for the admin UI and scripts. */
export const AdminErrors = {
  /** No credentials, or an unknown, expired or revoked session or token. */
  unauthenticated: () => new AppError('ADMIN_UNAUTHENTICATED', 401, 'Authentication is required'),
  /**
   * The account was disabled by an admin: said to its open sessions and at sign-in after the right password only (a
   * wrong one gets `invalidCredentials`, so whether an account exists is not revealed).
   */
  accountDisabled: () =>
    new AppError('ADMIN_ACCOUNT_DISABLED', 401, 'This account has been disabled; contact an administrator'),
  /** Wrong email or wrong password: one answer for both, so accounts cannot be enumerated. */
  invalidCredentials: () => new AppError('ADMIN_INVALID_CREDENTIALS', 401, 'The email or password is not correct'),
  /**
   * Too many wrong passwords in a row for this account from this address; it refuses every login (and password change)
   * from there until `retryAfterSeconds` has passed or an admin unlocks it. Other addresses are not affected.
   */
  accountLocked: (retryAfterSeconds: number) =>
    new AppError(
      'ADMIN_ACCOUNT_LOCKED',
      423,
      'The account is locked for this address after repeated wrong passwords; try again later or ask an admin to unlock it',
      { details: { retryAfterSeconds } },
    ),
  loginRateLimited: (retryAfterSeconds: number) =>
    new AppError('ADMIN_LOGIN_RATE_LIMITED', 429, 'Too many login attempts; try again later', {
      details: { retryAfterSeconds },
    }),
  csrfInvalid: () => new AppError('ADMIN_CSRF_INVALID', 403, 'The X-CSRF-Token header is missing or wrong'),
  forbidden: () => new AppError('ADMIN_FORBIDDEN', 403, 'Your roles do not allow this action'),
  emailTaken: () => new AppError('ADMIN_EMAIL_TAKEN', 409, 'An account with this email already exists'),
  lastAdmin: () =>
    new AppError('ADMIN_LAST_ADMIN', 409, 'This change would leave no enabled account with the admin role'),
  /**
   * An admin disabling their own account or removing their own admin role (`reason`: `disable`, `demote`): it would end
   * their own access, most often by a slip; another admin may do it.
   */
  ownAccount: (reason: 'disable' | 'demote') =>
    new AppError(
      'ADMIN_OWN_ACCOUNT',
      409,
      reason === 'disable'
        ? 'You cannot disable your own account: ask another admin'
        : 'You cannot remove your own admin role: ask another admin',
      { details: { reason } },
    ),
  accountNotFound: () => new AppError('ADMIN_ACCOUNT_NOT_FOUND', 404, 'The account was not found'),
  tokenNotFound: () => new AppError('ADMIN_TOKEN_NOT_FOUND', 404, 'The API token was not found'),
  /**
   * A new password breaks the policy; `reason` is `too-short`, `too-long`, `blank`, `contains-email` or `too-common`
   * (with zxcvbn's `warning` when it has one).
   */
  passwordWeak: (problem: Record<string, unknown>) =>
    new AppError('ADMIN_PASSWORD_WEAK', 422, 'The new password does not meet the password policy', {
      details: problem,
    }),
  /**
   * A canned reply stored before its addresses had to be web addresses has a link, image or file that is not an
   * http(s) address (`paths`): it is not sent until an admin corrects it.
   */
  cannedReplyNonWebAddress: (paths: string[]) =>
    new AppError(
      'CANNED_REPLY_NON_WEB_ADDRESS',
      422,
      `A link, image or file of this canned reply is not an http(s) web address (${paths.join(', ')}): it cannot be sent`,
      { details: { paths } },
    ),
  /** An official of a unit acting on a handoff transferred to another unit (the refusal is audited). */
  handoffOtherUnit: () =>
    new AppError('HANDOFF_OTHER_UNIT', 403, "The handoff was transferred to another unit than the caller's"),
  /**
   * The settings' change removes units of the catalogue that feedback routing rules or accounts still name, or that
   * still have open tickets or live handoffs; `units` lists each with those counts. Move them first (routing table,
   * accounts, tickets' and handoffs' assignment), then remove the unit.
   */
  unitInUse: (
    units: Array<{ code: string; routingRules: number; accounts: number; openTickets: number; openHandoffs: number }>,
  ) =>
    new AppError(
      'SETTINGS_UNIT_IN_USE',
      409,
      `Units still in use cannot be removed: ${units
        .map(
          (unit) =>
            `${unit.code} (${unit.routingRules} routing rules, ${unit.accounts} accounts, ${unit.openTickets} open tickets, ${unit.openHandoffs} open handoffs)`,
        )
        .join(', ')}: move them first`,
      { details: { units } },
    ),
  /** A password change whose new password is the current one (after the same normalisation): nothing would change. */
  passwordUnchanged: () =>
    new AppError('ADMIN_PASSWORD_UNCHANGED', 422, 'The new password is the current one: choose another'),
  /** The current password given for a password change is wrong. */
  currentPasswordWrong: () => new AppError('ADMIN_CURRENT_PASSWORD_WRONG', 400, 'The current password is not correct'),
  /** The action needs a signed-in person, not an API token. */
  sessionRequired: () =>
    new AppError('ADMIN_SESSION_REQUIRED', 403, 'This action needs a signed-in session, not an API token'),
  /** Redis, which holds sessions and login limits, did not answer. */
  unavailable: (cause: unknown) =>
    new AppError('ADMIN_UNAVAILABLE', 503, 'The session store is unavailable', { cause }),
} as const;
