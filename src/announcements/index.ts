/**
 * Announcements to followers: officials compose (Vietnamese and English, placeholders, image, buttons), another
 * official approves, the system schedules and fans out from a database cursor to one recipient row and one job per
 * citizen (deterministic ids: nothing sent twice, nobody skipped), delivered through messaging with purpose
 * `broadcast` (replies first), with quiet hours, a daily cap per citizen and per-recipient outcomes.
 */
/** Officials' admin routes (`/announcements…`). */
export { announcementsAdminApi, type AnnouncementsAdminApiDeps } from './admin-routes.js';
/** Fan-out and delivery: queues, workers, the sweep. */
export {
  createAnnouncementDelivery,
  endOfQuietHours,
  type AnnouncementDelivery,
  type AnnouncementDeliveryConfig,
  type AnnouncementDeliveryDeps,
  type AnnouncementSink,
  type AnnouncementWorkers,
  type ArticlePublisher,
  type QuietHours,
  withheldAnnouncementMessages,
} from './announcement-delivery.js';
/** Recipient rows that stop naming their citizen (erasure, retention), their outcome kept for the statistics. */
export { anonymiseCitizenRecipients, anonymiseRecipientsBefore } from './anonymise-recipients.js';
/** Content and audience schemas, and how a recipient's message is rendered. */
export { announcementContentSchema, audienceSchema, renderAnnouncement, type Audience } from './content.js';
/** The citizens' subscriptions in chat (flow `subscriptions`): actions, their effects, the topics. */
export {
  COMMUNE_EFFECT,
  createSubscriptionActions,
  createSubscriptionEffects,
  listTopics,
  MAX_TOPICS,
  SUBSCRIPTION_EFFECT,
  type SubscriptionActionsDeps,
  type Topic,
} from './subscriptions.js';
/** Commune code → name from the LGSP's catalogue, kept in memory (`{{commune}}`, the subscriptions flow). */
export {
  createCommuneCatalogue,
  createCommuneNames,
  type CommuneCatalogue,
  type CommuneCatalogueResult,
} from './commune-names.js';
/** Error codes of this module. */
export { AnnouncementErrors } from './errors.js';
/** Tables of this module (drizzle), for tests and reports. */
export {
  ANNOUNCEMENT_STATUSES,
  announcementArticleQuota,
  announcementRecipients,
  announcements,
  announcementSubscriptions,
  announcementTopics,
  type AnnouncementStatus,
} from './schema.js';

/** The fan-out's queue and job id: a benchmark in another process starts an announcement now, as the sweep would. */
export { announcementFanoutQueue, fanoutJobId } from './queues.js';

/** Announcements by status, for the admin dashboard. */
export { countAnnouncements } from './announcement-stats.js';
/** What became of the recipients of the period's announcements, for the admin dashboard. */
export { countAnnouncementReach } from './progress.js';
