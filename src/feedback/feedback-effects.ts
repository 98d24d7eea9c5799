import { z } from 'zod';
import {
  defineEffect,
  defineExternalEffect,
  languageSchema,
  PermanentEffectError,
  type EffectDefinition,
  type ExternalEffectDefinition,
} from '../conversation/index.js';
import type { LgspServices } from '../lgsp/index.js';
import type { Db } from '../platform/db.js';
import { openContact } from './contact.js';
import { ticketStore } from './ticket-store.js';

/** Records the ticket inside the turn's transaction (the number the citizen is shown exists once the turn commits). */
export const FEEDBACK_CREATE_EFFECT = 'feedback.ticket.create';
/** Forwards the ticket to the LGSP after the commit (outbox), with `MaYeuCau` = the ticket number. */
export const FEEDBACK_FORWARD_EFFECT = 'feedback.ticket.forward';
/** The citizen's rating of the answer, recorded with the turn; "not solved" reopens the ticket. */
export const FEEDBACK_RATE_EFFECT = 'feedback.ticket.rate';

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
});
export type CreateTicketPayload = z.input<typeof createTicketPayloadSchema>;

const forwardPayloadSchema = z.object({ number: z.string().min(1).max(64) });
const ratePayloadSchema = z.object({
  number: z.string().min(1).max(64),
  rating: z.number().int().min(1).max(5),
  resolved: z.boolean(),
});
export type RateTicketPayload = z.input<typeof ratePayloadSchema>;

export interface FeedbackEffectsDeps {
  db: Db;
  pakn: Pick<LgspServices['pakn'], 'submit'>;
  secretsKey: Buffer;
  /** Minutes until the poller first asks the LGSP about a forwarded ticket. */
  firstCheckMinutes: number;
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
    async perform(payload, ctx) {
      await ticketStore.insert(ctx.tx, {
        ...payload,
        citizenId: ctx.citizenId,
        consentAt: new Date(payload.consentAt),
        createdAt: ctx.now,
      });
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
        attachmentIds: [],
        ...(sender ? { sender } : {}),
        consentToProcess: true,
        allowPublic: false,
      });
      if (submitted.status === 'invalid') throw new PermanentEffectError('the LGSP refused the ticket');
      if (submitted.status !== 'ok') throw new Error(`the LGSP is ${submitted.status}; retrying later`);
      const now = clock();
      await ticketStore.markForwarded(
        deps.db,
        ticket.number,
        submitted.value.lgspId,
        now,
        new Date(now.getTime() + deps.firstCheckMinutes * 60_000),
      );
      ctx.logger.info({ ticket: ticket.number, attempt: ctx.attempt }, 'feedback ticket forwarded to the LGSP');
    },
  });
  const rate = defineEffect({
    type: FEEDBACK_RATE_EFFECT,
    payload: ratePayloadSchema,
    async perform(payload, ctx) {
      const rated = await ticketStore.rate(ctx.tx, {
        number: payload.number,
        citizenId: ctx.citizenId,
        rating: payload.rating,
        reopen: !payload.resolved,
        now: ctx.now,
      });
      // An official acted between the question and the answer: the rating of an answer that changed is not kept.
      if (!rated) ctx.logger.info({ ticket: payload.number }, 'rating not recorded: the ticket is no longer answered');
    },
  });
  return [create, forward, rate];
}
