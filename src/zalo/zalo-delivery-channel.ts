import {
  citizenSendStateQuery,
  findCitizenSendState,
  isInsideSendWindow,
  markNotFollowing,
  markSendWindowClosed,
  parseCitizenSendState,
  type CitizenSendState,
} from '../citizens/index.js';
import { nextVietnamHour } from '../kernel/index.js';
import type { Admission, DeliveryChannel, SendOutcome } from '../messaging/index.js';
import type { Db } from '../platform/db.js';
import { isAppError } from '../platform/errors.js';
import { isInfrastructureError } from '../platform/infrastructure-errors.js';
import type { Logger } from '../platform/logger.js';
import { createPublicOnlyDispatcher, findNonPublicAddressError } from '../platform/public-network.js';
import { fetch, type Response } from 'undici';
import { convertOutboundMessageToZalo } from './convert-outbound-message.js';
import { z } from 'zod';
import {
  ZALO_CLIENT_TIMEOUT_MS,
  ZALO_CONVERSATION_PAGE_MAX,
  ZaloApiError,
  zaloMessageSchema,
  type ZaloClient,
  type ZaloConversationItem,
  type ZaloMessage,
} from './zalo-client.js';

export interface ZaloDeliveryChannelDeps {
  db: Db;
  client: ZaloClient;
  /** The consultation window after a citizen's last interaction (days). */
  csWindowDays: number;
  logger: Logger;
  /**
   * How long after a send started Zalo may still take it (see `DeliveryChannel.settleMs`). Default: the client's
   * timeout and `ZALO_SETTLE_MARGIN_MS` (a call the client gave up on may still be processed by Zalo).
   */
  settleMs?: number;
  /**
   * Where a file message's document may be fetched from (its URL was written by an admin or is an official's upload):
   * public addresses only by default, checked on the address connected to. `allowNonPublic` in sandbox mode (the
   * simulated Zalo and the sandbox's files are on this machine); `trustedOrigins`: this server's own `PUBLIC_URL`,
   * which serves officials' uploads and may resolve inside the province's network.
   */
  fileSources?: { allowNonPublic?: boolean; trustedOrigins?: readonly string[] };
}

/** What a send the client gave up on is allowed beyond the client's timeout to arrive at Zalo. */
export const ZALO_SETTLE_MARGIN_MS = 20_000;

/** How long every delivery worker pauses after Zalo answered -32 (its window is a minute; a few seconds do). */
export const ZALO_RATE_LIMIT_PAUSE_MS = 5_000;
/** Zalo's limit for a file attachment (*check*): larger documents are refused before the upload. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FILE_DOWNLOAD_TIMEOUT_MS = 15_000;
/** A file message before its upload: where to fetch it and the name citizens see. */
const pendingFileSchema = z.object({
  type: z.literal('file'),
  payload: z.object({ url: z.url(), name: z.string() }),
});
/** A file message whose document can never be sent (too large, or at an address refused): no retry helps. */
class FileRefusedError extends Error {}
/**
 * A file message's document could not be downloaded (its host down or answering an error): retried like an
 * unanswered send, but known unsent. Carries no cause: a refused connection there is not an outage of ours.
 */
class FileDownloadError extends Error {}
/** Zalo refuses some messages at night (-234): they go out after this hour, Vietnam time. */
const NIGHT_END_HOUR = 6;
/**
 * How far Zalo's clock may be behind ours when a message left in flight is looked for in the conversation: a copy
 * this much older than the attempt still counts (copies that other records claim are set aside by messaging).
 */
const ZALO_CLOCK_SKEW_MS = 60_000;
/** Pages of the conversation read when looking for a message left in flight (the citizen may have chatted since). */
const RECONCILE_MAX_PAGES = 3;

/**
 * The Zalo side of delivery: engine messages become OA API bodies (`/v3.0/oa/message/cs`); Zalo's error codes become
 * outcomes. Every purpose uses the consultation endpoint today, so every purpose needs the citizen's window: a reply
 * outside it is dropped and a notification or broadcast is held for their next message (the messaging module decides
 * which from the purpose). The checks run before the call, because Zalo counts refused calls against the quota.
 */
export function createZaloDeliveryChannel(deps: ZaloDeliveryChannelDeps): DeliveryChannel {
  // Delivery asks about one payload (as read from its record) several times: valid, send, kind. Parsed once.
  const parsedPayloads = new WeakMap<object, ZaloMessage | null>();
  const fileDispatcher = createPublicOnlyDispatcher(deps.fileSources);
  const parsePayload = (payload: unknown): ZaloMessage | null => {
    if (typeof payload !== 'object' || payload === null) return null;
    let parsed = parsedPayloads.get(payload);
    if (parsed === undefined) {
      parsed = zaloMessageSchema.safeParse(payload).data ?? null;
      parsedPayloads.set(payload, parsed);
    }
    return parsed;
  };
  return {
    name: 'zalo',
    settleMs: deps.settleMs ?? ZALO_CLIENT_TIMEOUT_MS + ZALO_SETTLE_MARGIN_MS,
    render: convertOutboundMessageToZalo,
    kindOf: (payload) => (parsePayload(payload)?.attachment ? 'attachment' : 'text'),
    isValid: (payload) => parsePayload(payload) !== null,
    async admit(delivery, now) {
      return admitCitizen(await findCitizenSendState(deps.db, delivery.citizenId), now);
    },
    admission: {
      query: citizenSendStateQuery,
      decide: (value, now, interactedAt) =>
        admitCitizen(withInteraction(parseCitizenSendState(value), interactedAt), now),
    },
    async send(delivery, now): Promise<SendOutcome> {
      const payload = parsePayload(delivery.payload);
      if (!payload) return { kind: 'failed', reason: 'invalid_payload' };
      try {
        const file = pendingFileSchema.safeParse(payload.attachment);
        const message = file.success ? { attachment: await uploadFile(file.data.payload) } : payload;
        const { messageId } = await deps.client.sendMessage(delivery.citizenId, message);
        return { kind: 'sent', messageId };
      } catch (error) {
        if (isInfrastructureError(error)) throw error;
        if (error instanceof FileRefusedError) return { kind: 'failed', reason: `file_unusable: ${error.message}` };
        if (error instanceof FileDownloadError) {
          return { kind: 'retry', reason: `file_download_failed: ${error.message}` };
        }
        if (!(error instanceof ZaloApiError)) {
          // No answer from Zalo (network, 5xx), or no usable token: worth retrying.
          const notConnected =
            isAppError(error) && (error.code === 'ZALO_NOT_CONNECTED' || error.code === 'ZALO_TOKEN_REFRESH_FAILED');
          return notConnected
            ? { kind: 'retry', reason: 'oa_not_connected' }
            : { kind: 'retry', reason: 'unreachable_retries_exhausted', unanswered: true };
        }
        return classifyRefusal(error, delivery, payload, now);
      }
    },
    async findSentCopies(delivery, since) {
      const payload = parsePayload(delivery.payload);
      // Only a text can be told from what officials send from Zalo's own OA tools (an image of theirs would pass for
      // ours, and ours would never be sent): without text, whether it arrived is not known, so it is sent again.
      if (!payload || payload.text === undefined) return null;
      const text = payload.text;
      const earliest = since.getTime() - ZALO_CLOCK_SKEW_MS;
      const copies: ZaloConversationItem[] = [];
      try {
        for (let page = 0; page < RECONCILE_MAX_PAGES; page += 1) {
          const items = await deps.client.listConversation(delivery.citizenId, {
            offset: page * ZALO_CONVERSATION_PAGE_MAX,
            count: ZALO_CONVERSATION_PAGE_MAX,
          });
          copies.push(...items.filter((item) => item.time >= earliest && isCopyOf(text, item)));
          // Newest first: a short page, or one that reaches before the attempt, is the end of what can match.
          const reachedBefore = items.some((item) => item.time < earliest);
          if (items.length < ZALO_CONVERSATION_PAGE_MAX || reachedBefore) {
            return copies.reverse().map((item) => ({ messageId: item.message_id, sentAt: new Date(item.time) }));
          }
        }
      } catch (error) {
        if (isInfrastructureError(error)) throw error;
        deps.logger.warn(
          { deliveryId: delivery.id, err: { message: error instanceof Error ? error.message : String(error) } },
          'could not read the conversation on Zalo to check a message left in flight',
        );
        return null;
      }
      // The citizen and the OA exchanged more since than the pages read: whether it arrived is not known.
      return null;
    },
  };

  /**
   * The state as the interaction recorded with it left it (the turn's claim of an inbound event: the citizen's record
   * created if new, its last interaction the later of the two; following and the window's closing untouched).
   */
  function withInteraction(citizen: CitizenSendState | null, at: Date | undefined): CitizenSendState | null {
    if (!at) return citizen;
    if (!citizen) return { following: false, unfollowedAt: null, lastInteractionAt: at, sendWindowClosedAt: null };
    const last = citizen.lastInteractionAt;
    return { ...citizen, lastInteractionAt: last && last.getTime() > at.getTime() ? last : at };
  }

  function admitCitizen(citizen: CitizenSendState | null, now: Date): Admission {
    // Zalo would answer -213 and count the call.
    if (citizen && !citizen.following && citizen.unfollowedAt) return { ok: false, reason: 'not_follower' };
    if (!isInsideSendWindow(citizen, now, deps.csWindowDays)) return { ok: false, reason: 'outside_window' };
    return { ok: true };
  }

  /** Whether a conversation item is the OA's copy of this text message: sent by the OA, the same text. */
  function isCopyOf(text: string, item: ZaloConversationItem): boolean {
    return item.src === 0 && item.message.trim() === text.trim();
  }

  /** Fetches a file message's document and uploads it to Zalo: the attachment to send. */
  async function uploadFile(file: { url: string; name: string }): Promise<Record<string, unknown>> {
    const data: Buffer[] = [];
    let response: Response;
    try {
      response = await fetch(file.url, {
        dispatcher: fileDispatcher,
        signal: AbortSignal.timeout(FILE_DOWNLOAD_TIMEOUT_MS),
      });
      if (!response.ok) throw new FileDownloadError(`answered ${response.status}`);
      // Read up to the limit only: the address is an admin's, its answer may be endless.
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += chunk.length;
        if (size > MAX_FILE_BYTES) throw new FileRefusedError('file over the size limit');
        data.push(Buffer.from(chunk));
      }
    } catch (error) {
      if (error instanceof FileRefusedError || error instanceof FileDownloadError) throw error;
      const refused = findNonPublicAddressError(error);
      if (refused) throw new FileRefusedError(`file address refused: ${refused.message}`);
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      throw new FileDownloadError(cause instanceof Error ? cause.message : String(cause));
    }
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
    const { token } = await deps.client.uploadFile({ data: Buffer.concat(data), filename: file.name, contentType });
    return { type: 'file', payload: { token } };
  }

  async function classifyRefusal(
    error: ZaloApiError,
    delivery: { id: string; citizenId: string },
    payload: { text?: string | undefined; attachment?: Record<string, unknown> | undefined },
    now: Date,
  ): Promise<SendOutcome> {
    const code = error.code;
    switch (error.kind) {
      case 'rate_limited':
        return { kind: 'rate_limited', retryAfterMs: ZALO_RATE_LIMIT_PAUSE_MS };
      case 'transient':
      case 'token_invalid':
        return { kind: 'retry', reason: 'retries_exhausted', code };
      case 'not_follower':
        await markNotFollowing(deps.db, delivery.citizenId, now);
        return { kind: 'failed', reason: 'not_follower', code };
      case 'user_unreachable':
        return { kind: 'failed', reason: 'user_blocked_or_restricted', code };
      case 'outside_window':
        await markSendWindowClosed(deps.db, delivery.citizenId, now);
        return { kind: 'unreachable', reason: 'outside_window', code };
      case 'night_time':
        return { kind: 'later', notBefore: nextVietnamHour(now, NIGHT_END_HOUR), reason: 'night_time', code };
      case 'invalid_request':
        // A bug on our side: log the payload's shape, never its content.
        deps.logger.error(
          { deliveryId: delivery.id, zaloCode: code, fields: Object.keys(payload) },
          'Zalo refused an outbound message as invalid',
        );
        return { kind: 'failed', reason: `invalid_request: ${error.zaloMessage}`, code };
      case 'quota_exhausted':
      case 'permanent':
        return { kind: 'failed', reason: error.zaloMessage || 'zalo_error', code };
    }
  }
}
