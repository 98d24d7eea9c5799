/**
 * Citizens' feedback (phản ánh, kiến nghị): tickets filed in chat, numbered at once, forwarded to the LGSP through the
 * outbox (`MaYeuCau` = the ticket number), followed until answered, and officials' answers back on Zalo.
 */
/** Conversation actions `feedback.*` and the input the flows need. */
export { createFeedbackActions, findCategory, CONTENT_MAX, CONTENT_MIN } from './feedback-actions.js';
export type { FeedbackActionsDeps } from './feedback-actions.js';
/** Input type `place` (a shared location or typed words) and the loose commune matcher. */
export { findCommune } from './place.js';
/** Effects: the ticket and the citizen's rating recorded with the turn, and its forwarding to the LGSP after it. */
export {
  createFeedbackEffects,
  FEEDBACK_CREATE_EFFECT,
  FEEDBACK_FORWARD_EFFECT,
  FEEDBACK_RATE_EFFECT,
} from './feedback-effects.js';
export type { FeedbackEffectsDeps } from './feedback-effects.js';
/** The status poller (BullMQ job scheduler + worker) that tells citizens of each change. */
export { createFeedbackWatch, feedbackWatchQueue } from './feedback-watch.js';
export type { FeedbackWatch, FeedbackWatchConfig, FeedbackWatchDeps, FeedbackWatchTick } from './feedback-watch.js';
/** Citizens' photos on disk, content-addressed (`DATA_DIR/feedback-photos`), and how long one download may take… */
export { createPhotoStore, type PhotoStore } from './photo-store.js';
/** …or in an S3-compatible bucket (PHOTO_STORE=s3): the configuration's choice for both stores, and its probe. */
export { createFeedbackPhotoStores } from './photo-stores.js';
export type { PhotoStoreError, S3StoreConfig } from './s3-photo-store.js';
export { FEEDBACK_PHOTO_DOWNLOAD_TIMEOUT_MS } from './photo-intake.js';
/**
 * Photos and files citizens send during handoffs: downloaded after the message's turn (outbox, retried), checked,
 * EXIF removed, kept in the photo store; forgotten on retention and on the citizen's erasure (deletions after commit).
 */
export { createHandoffFilesEffect, handoffFilePurge, type HandoffFilesDeps } from './handoff-files.js';
/** Officials' admin routes (`/feedback/tickets…`). */
export { feedbackAdminApi, type FeedbackAdminApiDeps } from './admin-routes.js';
/** Ticket numbers `PA-ZL-2026-000123`: format, loose parsing. */
export { formatTicketNumber, parseLgspFeedbackId, parseTicketNumber, parseTicketReference } from './ticket-number.js';
/** The input types flows may ask for: `ticket_number`, `place`. */
export { FEEDBACK_INPUT_TYPES } from './feedback-input-types.js';
/** Error codes of this module. */
export { FeedbackErrors } from './errors.js';
/** Tables of this module (drizzle), for tests and reports. */
export {
  feedbackAttachments,
  feedbackPhotoIntake,
  feedbackTickets,
  FEEDBACK_STATUSES,
  type FeedbackTicketRow,
  type FeedbackTicketStatus,
} from './schema.js';
/** A citizen's tickets as personal data (see and erase in chat: anonymised, not lost to statistics). */
export { feedbackPersonalData } from './personal-data.js';

/** Tickets by status and overdue, and by field and commune, for the admin dashboard. */
export {
  countFeedbackShares,
  countFeedbackTickets,
  countOpenTicketsByUnit,
  type FeedbackCounts,
  type FeedbackShare,
} from './ticket-stats.js';
/** Routing rules per unit: the province settings refuse removing a unit feedback is still routed to. */
export { routingStore } from './routing-store.js';
/** The citizen who filed a ticket (an admin answering a request made outside the chat); null when none or anonymised. */
export { citizenOfTicket } from './personal-data.js';
