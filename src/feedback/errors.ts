import { AppError } from '../platform/errors.js';

/** Error codes of the feedback module. */
export const FeedbackErrors = {
  statusConflict: (status: string, action: string) =>
    new AppError('FEEDBACK_STATUS_CONFLICT', 409, `A ticket that is ${status} cannot be ${action}`, {
      details: { status },
    }),
  otherUnit: () => new AppError('FEEDBACK_OTHER_UNIT', 403, 'This ticket belongs to another handling unit than yours'),
} as const;
