import type { ClaimInboundEvent, InboundEvent, Language, StatementPart } from '../conversation/index.js';
import { sql, type SQL } from 'drizzle-orm';
import {
  interactionUpsert,
  recordFollow,
  recordInteraction,
  recordSharedContact,
  recordUnfollow,
} from '../citizens/index.js';
import type { Db, Tx } from '../platform/db.js';
import { lazyChild, type Logger } from '../platform/logger.js';
import {
  conversationMessageParams,
  conversationMessagePlaceholderInsert,
  isOwnMessage,
  recordConversationMessage,
  recordReceipts,
} from '../messaging/index.js';
import { citizenIdOf, convertZaloEventToInbound, eventKeyOf, receiptMessageIds, type ZaloEvent } from './zalo-event.js';

/**
 * The conversation engine's entry point (`engine.handle`), injected. `claim` records the event in the engine's
 * transaction and says whether it is new.
 */
export type ConversationHandler = (event: InboundEvent, claim: ClaimInboundEvent) => Promise<unknown>;

export interface HandleZaloEventDeps {
  db: Db;
  handler: ConversationHandler;
  logger: Logger;
}

export type HandleOutcome = 'handled' | 'recorded' | 'duplicate';

/**
 * Handles one verified, parsed Zalo event: updates the citizen record, keeps the message in the conversation log,
 * applies receipts, and hands what the citizen did to the conversation engine. Idempotent for the records it writes,
 * so a retried event does not duplicate them. This is the HTTP-free entry point used by the worker and tests.
 */
export async function handleZaloEvent(event: ZaloEvent, deps: HandleZaloEventDeps): Promise<HandleOutcome> {
  const citizenId = citizenIdOf(event);
  const eventKey = eventKeyOf(event);
  const at = new Date(Number(event.timestamp));
  const logger = lazyChild(deps.logger, { eventKey, eventName: event.event_name });

  switch (event.event_name) {
    case 'user_received_message':
    case 'user_seen_message': {
      const updated = await recordReceipts(
        deps.db,
        event.event_name === 'user_received_message' ? 'received' : 'seen',
        receiptMessageIds(event),
      );
      logger.debug({ updated }, 'receipt applied');
      return 'recorded';
    }
    case 'oa_send_text':
    case 'oa_send_image':
    case 'oa_send_gif':
    case 'oa_send_list':
    case 'oa_send_file':
    case 'oa_send_sticker': {
      // Echoes of our own sends are already logged by the sender; only staff messages typed in Zalo are new.
      if (!(await isOwnMessage(deps.db, event.message.msg_id))) {
        await recordConversationMessage(deps.db, {
          citizenId,
          direction: 'out',
          kind: event.event_name,
          externalId: eventKey,
          channelMessageId: event.message.msg_id,
          body: event.message,
          occurredAt: at,
        });
      }
      return 'recorded';
    }
    default:
      break;
  }

  const inbound = convertZaloEventToInbound(event);
  /**
   * The citizen record and the conversation log, in the turn's transaction. The log's unique key on the event is the
   * second line of dedupe: a redelivery that got past the Redis memory (lost in a restart) is recognised here.
   */
  const entry = {
    citizenId,
    direction: 'in' as const,
    kind: event.event_name,
    externalId: eventKey,
    channelMessageId: 'message' in event ? event.message.msg_id : undefined,
    body: inbound?.payload ?? {},
    occurredAt: at,
  };
  const claim: ClaimInboundEvent = async (tx: Tx): Promise<boolean> => {
    const logged = await recordConversationMessage(tx, entry);
    if (!logged) return false;
    if (event.event_name === 'follow') await recordFollow(tx, citizenId, at);
    else if (event.event_name === 'unfollow') await recordUnfollow(tx, citizenId, at);
    else if (inbound?.payload.kind === 'contact') {
      const { name, phone, address, ward, district, city } = inbound.payload;
      const fullAddress = [address, ward, district, city].filter((part) => part !== undefined).join(', ');
      await recordSharedContact(tx, citizenId, { name, phone, ...(fullAddress ? { address: fullAddress } : {}) }, at);
    } else await recordInteraction(tx, citizenId, at);
    return true;
  };
  // The common case (a message or a tap) also as statement parts: a turn without effects is then one statement, and so
  // is one whose only effects change the language (the citizens module's upsert writes it as the effect would).
  // Prepared once for each shape (with or without a language): this turn's values go as parameters.
  if (!['follow', 'unfollow'].includes(event.event_name) && inbound?.payload.kind !== 'contact') {
    const params = {
      ...conversationMessageParams('claim_log_', entry),
      claim_citizen_id: citizenId,
      claim_at: at.toISOString(),
    };
    const ctes = (language?: Language): StatementPart =>
      language === undefined
        ? { key: 'zalo_claim', build: buildClaimCtes, params }
        : {
            key: 'zalo_claim_language',
            build: buildClaimCtesWithLanguage,
            params: { ...params, claim_language: language },
          };
    claim.statement = { ctes: ctes(), claimed: CLAIMED, interactedAt: at, withLanguage: ctes };
  }
  if (!inbound) {
    const logged = await deps.db.transaction(claim);
    return logged ? 'recorded' : 'duplicate';
  }
  const outcome = await deps.handler(inbound, claim);
  return outcome === 'duplicate' ? 'duplicate' : 'handled';
}

/** The claim's condition in the turn's statement: the event was new (its log entry was written). */
const CLAIMED = sql`exists (select 1 from claim_logged)`;

/**
 * The claim as the turn's statement's CTEs, with placeholders: the conversation log's entry (`claim_log_…`), then the
 * citizen's record (`claim_citizen_id`, `claim_at`, and `claim_language` when it also remembers the language).
 */
function claimCtes(language?: SQL): SQL {
  return sql`claim_logged as (${conversationMessagePlaceholderInsert('claim_log_')} returning id),
    claim_citizen as (${interactionUpsert(placeholder('claim_citizen_id'), placeholder('claim_at'), CLAIMED, language)})`;
}
const buildClaimCtes = () => claimCtes();
const buildClaimCtesWithLanguage = () => claimCtes(placeholder('claim_language'));
const placeholder = (name: string): SQL => sql`${sql.placeholder(name)}`;
