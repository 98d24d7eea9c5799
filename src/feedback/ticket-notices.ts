import { findCitizenLanguage } from '../citizens/index.js';
import { citizenIdSchema, languageSchema, type TemplateRenderer } from '../conversation/index.js';
import type { Messaging } from '../messaging/index.js';
import type { DbOrTx } from '../platform/db.js';
import type { FeedbackTicketRow } from './schema.js';
import { ANONYMISED_CITIZEN } from './ticket-purge.js';
import { convertTicketToCitizenView } from './ticket-view.js';

/** Where notices to citizens go: recorded in the caller's transaction, released after its commit. */
export type NoticeSink = Pick<Messaging, 'record' | 'release'>;

/**
 * Records the notice of a ticket's new status for its citizen, in `executor`'s transaction: the status change and
 * its message commit together, so a citizen hears of a change exactly once. A notification outside Zalo's window is
 * held by messaging and offered when the citizen next writes. A ticket whose citizen erased their data (or whose
 * personal data went with retention) has nobody to tell: no notice. The notice speaks the citizen's language as it is
 * now ("English" typed after filing the report), else the report's.
 */
export async function recordStatusNotice(
  executor: DbOrTx,
  sink: NoticeSink,
  renderer: Pick<TemplateRenderer, 'render' | 't' | 'has'>,
  ticket: FeedbackTicketRow,
): Promise<void> {
  if (ticket.citizenId === ANONYMISED_CITIZEN) return;
  const citizenId = citizenIdSchema.parse(ticket.citizenId);
  const language =
    (await findCitizenLanguage(executor, citizenId)) ?? languageSchema.catch('vi').parse(ticket.language);
  const view = convertTicketToCitizenView(ticket, language, renderer);
  await sink.record(executor, citizenId, renderer.render(`feedback:notify.${ticket.status}`, language, { ...view }), {
    purpose: 'notification',
    correlationId: `feedback:${ticket.number}:${ticket.status}`,
  });
}
