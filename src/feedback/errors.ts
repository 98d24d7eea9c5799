import { AppError } from '../platform/errors.js';

/** Error codes of the feedback module. */
export const FeedbackErrors = {
  statusConflict: (status: string, action: string) =>
    new AppError('FEEDBACK_STATUS_CONFLICT', 409, `A ticket that is ${status} cannot be ${action}`, {
      details: { status },
    }),
} as const;
