import { z } from 'zod';
import {
  defineEffect,
  defineExternalEffect,
  languageSchema,
  PermanentEffectError,
  type EffectDefinition,
  type ExternalEffectContext,
  type ExternalEffectDefinition,
  type TemplateRenderer,
} from '../conversation/index.js';
import type { FeedbackSubmission, LgspServices } from '../lgsp/index.js';
import type { Db } from '../platform/db.js';
import { attachmentStore } from './attachment-store.js';
import { openContact } from './contact.js';
import { downloadPhoto, isAcceptablePhoto, preparePhoto } from './photo-intake.js';
import { photoIntakeStore, type IntakeFailure } from './photo-intake-store.js';
import type { PhotoStore } from './photo-store.js';
import type { FeedbackTicketRow } from './schema.js';
import { recordStatusNotice, type NoticeSink } from './ticket-notices.js';
import { ticketStore } from './ticket-store.js';
import { routingStore, type DeadlineRules } from './routing-store.js';

/** Records the ticket inside the turn's transaction (the number the citizen is shown exists once the turn commits). */
export const FEEDBACK_CREATE_EFFECT = 'feedback.ticket.create';
/** Forwards the ticket to the LGSP after the commit (outbox), with `MaYeuCau` = the ticket number. */
export const FEEDBACK_FORWARD_EFFECT = 'feedback.ticket.forward';
/** Downloads the photos a citizen sent as soon as they are taken (Zalo's links expire), before the ticket is filed. */
export const FEEDBACK_PHOTOS_FETCH_EFFECT = 'feedback.photos.fetch';
/** The citizen's rating of the answer, recorded with the turn; "not solved" reopens the ticket. */
export const FEEDBACK_RATE_EFFECT = 'feedback.ticket.rate';

/** Photos one ticket carries at most. */
export const FEEDBACK_MAX_PHOTOS = 5;

export const placeSchema = z.object({
  source: z.enum(['location', 'commune']),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  address: z.string().max(500).optional(),
  communeCode: z.string().max(16).optional(),
  communeName: z.string().max(200).optional(),
  provinceCode: z.string().max(16).optional(),
});

const createTicketPayloadSchema = z.object({
  number: z.string().min(1).max(64),
  language: languageSchema,
  categoryCode: z.string().min(1),
  categoryName: z.string().min(1),
  title: z.string().min(1),
  content: z.string().min(1),
  consentKind: z.enum(['contact', 'anonymous']),
  consentText: z.string().min(1),
  consentVersion: z.string().min(1),
  consentAt: z.iso.datetime(),
  /** Sealed by the action: the payload never carries contact details in clear. */
  contactNameSealed: z.string().nullable(),
  contactPhoneSealed: z.string().nullable(),
  /** Zalo's links of the photos the citizen sent, in order (downloaded by the forwarder right after the commit). */
  photoUrls: z.array(z.string().min(1).max(2000)).max(FEEDBACK_MAX_PHOTOS).default([]),
  place: placeSchema.nullable().default(null),
});
export type CreateTicketPayload = z.input<typeof createTicketPayloadSchema>;

const fetchPhotosPayloadSchema = z.object({
  urls: z.array(z.string().min(1).max(2000)).min(1).max(FEEDBACK_MAX_PHOTOS),
});
export type FetchPhotosPayload = z.input<typeof fetchPhotosPayloadSchema>;

const forwardPayloadSchema = z.object({ number: z.string().min(1).max(64) });
const ratePayloadSchema = z.object({
  number: z.string().min(1).max(64),
  rating: z.number().int().min(1).max(5),
  resolved: z.boolean(),
});
export type RateTicketPayload = z.input<typeof ratePayloadSchema>;

export interface FeedbackEffectsDeps {
  db: Db;
  pakn: Pick<LgspServices['pakn'], 'submit' | 'uploadAttachment'>;
  secretsKey: Buffer;
  /** The citizen's notice that the ticket reached the LGSP, recorded with the status change. */
  sink: NoticeSink;
  renderer: Pick<TemplateRenderer, 'render' | 't' | 'has'>;
  /** Deadlines: the province's working calendar now, and the working days of a category without its own. */
  deadlines: DeadlineRules;
  /** Minutes until the poller first asks the LGSP about a forwarded ticket. */
  firstCheckMinutes: number;
  photos: {
    store: PhotoStore;
    /** The bytes fetched at intake, as sent, until the ticket is filed. */
    intake: PhotoStore;
    /** Largest photo downloaded from Zalo (bytes). */
    maxBytes: number;
    /** Attempts at downloading one photo before the ticket goes without it. */
    maxAttempts: number;
    downloadTimeoutMs: number;
    fetch?: typeof fetch;
  };
  clock?: () => Date;
}

/** The effects of the feedback module: one in the turn's transaction, one performed after it through the outbox. */
export function createFeedbackEffects(
  deps: FeedbackEffectsDeps,
): Array<EffectDefinition<z.ZodType> | ExternalEffectDefinition<z.ZodType>> {
  const clock = deps.clock ?? (() => new Date());
  const create = defineEffect({
    type: FEEDBACK_CREATE_EFFECT,
    payload: createTicketPayloadSchema,
    async perform({ photoUrls, ...payload }, ctx) {
      // Routed and given its deadline at filing: the unit sees it at once, and a later change of the table or of the
      // calendar does not move tickets already filed.
      const rule = await routingStore.findUnit(ctx.tx, payload.categoryCode, payload.place?.communeCode ?? null);
      const ticketId = await ticketStore.insert(ctx.tx, {
        ...payload,
        citizenId: ctx.citizenId,
        consentAt: new Date(payload.consentAt),
        createdAt: ctx.now,
        unitCode: rule?.unitCode ?? null,
        dueAt: await routingStore.deadlineOf(ctx.tx, payload.categoryCode, ctx.now, deps.deadlines),
      });
      await attachmentStore.insertPending(ctx.tx, ticketId, photoUrls, ctx.now);
    },
  });

  const forward = defineExternalEffect({
    type: FEEDBACK_FORWARD_EFFECT,
    payload: forwardPayloadSchema,
    async performAfterCommit({ number }, ctx) {
      const ticket = await ticketStore.findByNumber(deps.db, number);
      // Written in the same transaction as this entry: its absence is a bug no retry can mend.
      if (!ticket) throw new PermanentEffectError('the ticket to forward does not exist');
      if (ticket.lgspId !== null) return;
      // Step by step, each step recorded: a retry (after a crash, or while the LGSP is down) repeats only what is left.
      await storePendingPhotos(ticket, ctx);
      const attachmentIds = await uploadStoredPhotos(ticket);
      const contact = ticket.consentKind === 'contact' ? openContact(deps.secretsKey, ticket) : null;
      const sender =
        contact && (contact.name || contact.phone)
          ? { ...(contact.name ? { name: contact.name } : {}), ...(contact.phone ? { phone: contact.phone } : {}) }
          : undefined;
      const submitted = await deps.pakn.submit({
        // The LGSP dedupes on MaYeuCau: a repeat after a crash or a lost answer files nothing twice.
        requestId: ticket.number,
        title: ticket.title,
        content: ticket.content,
        categoryCode: ticket.categoryCode,
        attachmentIds,
        ...(ticket.placeSource === null ? {} : { location: locationOf(ticket) }),
        ...(sender ? { sender } : {}),
        consentToProcess: true,
        allowPublic: false,
      });
      if (submitted.status === 'invalid') throw new PermanentEffectError('the LGSP refused the ticket');
      if (submitted.status !== 'ok') throw new Error(`the LGSP is ${submitted.status}; retrying later`);
      const now = clock();
      // The LGSP's id, the new status and the citizen's notice commit together: a retry finds the id and stops, so
      // the citizen hears "it reached the agency" once.
      const forwarded = await deps.db.transaction(async (tx) => {
        const row = await ticketStore.markForwarded(
          tx,
          ticket.number,
          submitted.value.lgspId,
          now,
          new Date(now.getTime() + deps.firstCheckMinutes * 60_000),
        );
        if (row) await recordStatusNotice(tx, deps.sink, deps.renderer, row);
        return row;
      });
      if (forwarded) await deps.sink.release(forwarded.citizenId);
      ctx.logger.info({ ticket: ticket.number, attempt: ctx.attempt }, 'feedback ticket forwarded to the LGSP');
    },
  });
  /**
   * Downloads one photo and checks it (size while reading; magic bytes and decoding after). `unavailable` is worth
   * another attempt; `failed` is final.
   */
  async function fetchPhoto(
    url: string,
  ): Promise<{ kind: 'ok'; bytes: Buffer } | { kind: 'failed'; failure: IntakeFailure } | { kind: 'unavailable' }> {
    const { photos } = deps;
    const download = await downloadPhoto(url, {
      maxBytes: photos.maxBytes,
      timeoutMs: photos.downloadTimeoutMs,
      ...(photos.fetch ? { fetch: photos.fetch } : {}),
    });
    if (download.kind === 'unavailable') return download;
    if (download.kind === 'refused') {
      return { kind: 'failed', failure: download.reason === 'gone' ? 'unreachable' : 'too_large' };
    }
    if (!(await isAcceptablePhoto(download.bytes))) return { kind: 'failed', failure: 'not_an_image' };
    return download;
  }

  /**
   * At intake, right after the turn that took the photos committed: each link is downloaded before it expires,
   * checked, and its bytes kept as sent (the place, asked next, decides whether their EXIF stays). Each photo is
   * recorded, so a retry downloads only what is left; a link that keeps failing is given up, and the forwarder tries
   * it once more when the ticket is filed.
   */
  const fetchAtIntake = defineExternalEffect({
    type: FEEDBACK_PHOTOS_FETCH_EFFECT,
    payload: fetchPhotosPayloadSchema,
    async performAfterCommit({ urls }, ctx) {
      const { photos } = deps;
      let retry = false;
      for (const url of urls) {
        const row = await photoIntakeStore.ensure(deps.db, ctx.citizenId, url, clock());
        if (row.status !== 'pending') continue;
        const attempts = await photoIntakeStore.countAttempt(deps.db, row.id);
        const fetched = await fetchPhoto(url);
        if (fetched.kind === 'unavailable') {
          if (attempts < photos.maxAttempts) retry = true;
          else await photoIntakeStore.markFailed(deps.db, row.id, 'unreachable');
          continue;
        }
        if (fetched.kind === 'failed') {
          await photoIntakeStore.markFailed(deps.db, row.id, fetched.failure);
          ctx.logger.info({ failure: fetched.failure }, 'photo sent in a report not kept');
          continue;
        }
        const stored = await photos.intake.put(fetched.bytes);
        // Filed meanwhile: the ticket fetched the photo itself and forgot the row; these bytes must not stay behind.
        if (!(await photoIntakeStore.markStored(deps.db, row.id, { ...stored, now: clock() })))
          await photoIntakeStore.removeUnheld(deps.db, photos.intake, [stored.sha256]);
      }
      if (retry) throw new Error('a photo could not be downloaded from Zalo; retrying later');
    },
  });

  /**
   * Prepares and stores the ticket's photos still pending: from the bytes fetched at intake when there are some,
   * otherwise downloaded now (retried; a link that keeps failing is given up). The intake's copy is removed once the
   * photo is stored or given up.
   */
  async function storePendingPhotos(ticket: FeedbackTicketRow, ctx: ExternalEffectContext): Promise<void> {
    const { photos } = deps;
    for (const attachment of await attachmentStore.listByTicket(deps.db, ticket.id)) {
      if (attachment.status !== 'pending' || attachment.sourceUrl === null) continue;
      const intake = await photoIntakeStore.find(deps.db, ticket.citizenId, attachment.sourceUrl);
      const kept =
        intake?.status === 'stored' && intake.sha256 !== null ? await photos.intake.read(intake.sha256) : null;
      let bytes: Buffer;
      if (kept) bytes = kept;
      else if (intake?.status === 'failed' && intake.failure !== 'unreachable') {
        await attachmentStore.markFailed(
          deps.db,
          attachment.id,
          (intake.failure as IntakeFailure | null) ?? 'unreachable',
        );
        await photoIntakeStore.remove(deps.db, photos.intake, [intake]);
        continue;
      } else {
        const attempts = await attachmentStore.countAttempt(deps.db, attachment.id);
        const fetched = await fetchPhoto(attachment.sourceUrl);
        if (fetched.kind === 'unavailable') {
          if (attempts < photos.maxAttempts)
            throw new Error('a photo could not be downloaded from Zalo; retrying later');
          ctx.logger.warn({ ticket: ticket.number, position: attachment.position, attempts }, 'photo given up');
          await attachmentStore.markFailed(deps.db, attachment.id, 'unreachable');
          if (intake) await photoIntakeStore.remove(deps.db, photos.intake, [intake]);
          continue;
        }
        if (fetched.kind === 'failed') {
          await attachmentStore.markFailed(deps.db, attachment.id, fetched.failure);
          ctx.logger.info(
            { ticket: ticket.number, position: attachment.position, reason: fetched.failure },
            'photo not kept',
          );
          if (intake) await photoIntakeStore.remove(deps.db, photos.intake, [intake]);
          continue;
        }
        bytes = fetched.bytes;
      }
      // The position in a photo adds nothing when the citizen shared their location; otherwise it is removed.
      const prepared = await preparePhoto(bytes, { keepMetadata: ticket.placeSource === 'location' });
      if (!prepared) {
        await attachmentStore.markFailed(deps.db, attachment.id, 'not_an_image');
        ctx.logger.info({ ticket: ticket.number, position: attachment.position }, 'photo not kept: not a photo');
      } else {
        const stored = await photos.store.put(prepared.bytes);
        await attachmentStore.markStored(deps.db, attachment.id, {
          ...stored,
          contentType: prepared.contentType,
          width: prepared.width,
          height: prepared.height,
          now: clock(),
        });
      }
      // The bytes as sent (with their EXIF) are not kept once the ticket has its own copy.
      if (intake) await photoIntakeStore.remove(deps.db, photos.intake, [intake]);
    }
  }

  /** Uploads stored photos the LGSP does not have yet (`TaiTep`); returns the LGSP's ids of all of them, in order. */
  async function uploadStoredPhotos(ticket: FeedbackTicketRow): Promise<string[]> {
    const ids: string[] = [];
    for (const attachment of await attachmentStore.listByTicket(deps.db, ticket.id)) {
      if (attachment.status !== 'stored' || attachment.sha256 === null || attachment.failure !== null) continue;
      if (attachment.lgspFileId !== null) {
        ids.push(attachment.lgspFileId);
        continue;
      }
      const content = await deps.photos.store.read(attachment.sha256);
      if (!content) {
        await attachmentStore.markFailed(deps.db, attachment.id, 'missing');
        continue;
      }
      const uploaded = await deps.pakn.uploadAttachment({
        name: `${ticket.number}-${attachment.position + 1}.jpg`,
        contentType: attachment.contentType ?? 'image/jpeg',
        content,
      });
      if (uploaded.status === 'invalid') {
        await attachmentStore.markUploadRefused(deps.db, attachment.id);
        continue;
      }
      if (uploaded.status !== 'ok') throw new Error(`the LGSP is ${uploaded.status}; retrying the upload later`);
      await attachmentStore.setLgspFileId(deps.db, attachment.id, uploaded.value.fileId);
      ids.push(uploaded.value.fileId);
    }
    return ids;
  }

  const rate = defineEffect({
    type: FEEDBACK_RATE_EFFECT,
    payload: ratePayloadSchema,
    async perform(payload, ctx) {
      const ticket = payload.resolved ? null : await ticketStore.findByNumber(ctx.tx, payload.number);
      const rated = await ticketStore.rate(ctx.tx, {
        number: payload.number,
        citizenId: ctx.citizenId,
        rating: payload.rating,
        reopen: !payload.resolved,
        now: ctx.now,
        // Not solved: the agency gets the category's working days again, counted from today.
        ...(ticket
          ? { dueAt: await routingStore.deadlineOf(ctx.tx, ticket.categoryCode, ctx.now, deps.deadlines) }
          : {}),
      });
      // An official acted between the question and the answer (the rating of an answer that changed is not kept), or
      // another tap rated this answer first (a second rating neither replaces it nor reopens the ticket).
      if (!rated) {
        ctx.logger.info({ ticket: payload.number }, 'rating not recorded: the ticket is no longer answered or rated');
      }
    },
  });
  return [create, forward, rate, fetchAtIntake];
}

/** The ticket's place as the LGSP takes it (`DiaDiem`). */
function locationOf(ticket: FeedbackTicketRow): NonNullable<FeedbackSubmission['location']> {
  const address = [ticket.placeAddress, ticket.placeCommuneName].filter((part) => part).join(', ');
  return {
    ...(address ? { address } : {}),
    ...(ticket.placeProvinceCode ? { provinceCode: ticket.placeProvinceCode } : {}),
    ...(ticket.placeCommuneCode ? { communeCode: ticket.placeCommuneCode } : {}),
    ...(ticket.placeLatitude === null ? {} : { latitude: ticket.placeLatitude }),
    ...(ticket.placeLongitude === null ? {} : { longitude: ticket.placeLongitude }),
  };
}
