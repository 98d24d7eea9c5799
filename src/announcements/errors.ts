import { AppError } from '../platform/errors.js';

/** Error codes of the announcements module. */
export const AnnouncementErrors = {
  statusConflict: (status: string, action: string) =>
    new AppError('ANNOUNCEMENT_STATUS_CONFLICT', 409, `An announcement that is ${status} cannot be ${action}`, {
      details: { status },
    }),
  selfApproval: () =>
    new AppError(
      'ANNOUNCEMENT_SELF_APPROVAL',
      403,
      'The author of an announcement cannot approve it: another approver must',
    ),
  unknownCommunes: (codes: string[]) =>
    new AppError(
      'ANNOUNCEMENT_UNKNOWN_COMMUNE',
      422,
      `The province's commune catalogue has no commune with the code ${codes.join(', ')}`,
      { details: { communes: codes } },
    ),
  unknownTopics: (codes: string[]) =>
    new AppError(
      'ANNOUNCEMENT_UNKNOWN_TOPIC',
      422,
      `No subscription topic has the code ${codes.join(', ')}, and no citizen holds it`,
      { details: { topics: codes } },
    ),
  nonWebAddress: (paths: string[]) =>
    new AppError(
      'ANNOUNCEMENT_NON_WEB_ADDRESS',
      422,
      `A link or image of this announcement is not an http(s) web address (${paths.join(', ')}): it cannot be sent`,
      { details: { paths } },
    ),
} as const;
