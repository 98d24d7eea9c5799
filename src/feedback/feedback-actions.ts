import { z } from 'zod';
import {
  defineAction,
  foldText,
  maskName,
  maskPhone,
  parsePhone,
  type ActionDefinition,
  type ActionOutcome,
  type TemplateRenderer,
} from '../conversation/index.js';
import type { FeedbackCategory, LgspServices } from '../lgsp/index.js';
import type { Db } from '../platform/db.js';
import type { Language } from '../kernel/index.js';
import { openContact, sealContact } from './contact.js';
import {
  FEEDBACK_CREATE_EFFECT,
  FEEDBACK_FORWARD_EFFECT,
  FEEDBACK_MAX_PHOTOS,
  FEEDBACK_PHOTOS_FETCH_EFFECT,
  FEEDBACK_RATE_EFFECT,
  type FetchPhotosPayload,
  placeSchema,
  type CreateTicketPayload,
  type RateTicketPayload,
} from './feedback-effects.js';
import { findCommune, findCommuneNamedIn, placeAnswerSchema } from './place.js';
import { formatTicketNumber, parseTicketNumber, parseTicketReference } from './ticket-number.js';
import { ticketStore } from './ticket-store.js';
import { isAnswerRateable } from './schema.js';
import { convertTicketToCitizenView, deriveTitle } from './ticket-view.js';
import { categoryLabel } from './category-labels.js';
import { findCategoryNamedIn } from './category-words.js';

export interface FeedbackActionsDeps {
  db: Db;
  categories: Pick<LgspServices['catalogue'], 'feedbackCategories' | 'communes'>;
  /** The province whose communes typed places are matched against; undefined: typed places are kept as words. */
  provinceCode: string | undefined;
  renderer: Pick<TemplateRenderer, 't' | 'has' | 'wordList' | 'languages'>;
  /** Seals contact details before they leave the action (the effect's payload carries only sealed values). */
  secretsKey: Buffer;
}

/** Limits of a citizen's text: long enough to act on, short enough for one Zalo message and the LGSP. */
export const CONTENT_MIN = 10;
export const CONTENT_MAX = 2000;
const MINE_SHOWN = 10;
const MINE_BUTTONS = 5;

const UNAVAILABLE: ActionOutcome = { status: 'unavailable' };
const NOT_FOUND: ActionOutcome = { status: 'not_found' };

/** The conversation actions of the feedback module (names `feedback.*`), for `createActionRegistry`. */
export function createFeedbackActions(deps: FeedbackActionsDeps): ActionDefinition<z.ZodType>[] {
  const { renderer } = deps;

  const listCategories = defineAction({
    name: 'feedback.categories',
    description:
      "The LGSP's feedback categories as a numbered list (value.lines) to choose from; its last good copy when the LGSP is down.",
    kind: 'read',
    args: z.object({}),
    async run(_args, ctx) {
      const result = await deps.categories.feedbackCategories();
      if (result.status !== 'ok' || result.value.length === 0) return UNAVAILABLE;
      const lines = result.value.map((category, index) =>
        renderer.t('feedback:intake.category_line', ctx.language, {
          n: index + 1,
          name: categoryLabel(category, ctx.language, renderer),
        }),
      );
      return { status: 'ok', value: { count: result.value.length, lines: lines.join('\n') } };
    },
  });

  /** A category as the flow keeps it: the LGSP's code and name, and the label the citizen reads. */
  const categoryFound = (category: FeedbackCategory, language: Language): ActionOutcome => ({
    status: 'ok',
    value: { code: category.code, name: category.name, label: categoryLabel(category, language, renderer) },
  });

  const matchCategory = defineAction({
    name: 'feedback.category.match',
    description:
      "Understands the answer to the category question (its number, code or words of its name as the citizen reads it or as the LGSP names it); value: code, name (the LGSP's), label (the citizen's language).",
    kind: 'read',
    args: z.object({ answer: z.string().max(200) }),
    async run({ answer }, ctx) {
      const result = await deps.categories.feedbackCategories();
      if (result.status !== 'ok') return UNAVAILABLE;
      const labelled = result.value.map((category) => ({
        ...category,
        name: categoryLabel(category, ctx.language, renderer),
      }));
      const found = findCategory(answer, labelled) ?? findCategory(answer, result.value);
      const category = result.value.find((c) => c.code === found?.code);
      return category ? categoryFound(category, ctx.language) : NOT_FOUND;
    },
  });

  const namedCategory = defineAction({
    name: 'feedback.category.named',
    description:
      "The category a report's description names by its words (word lists `feedback.category_words.<code>`), to offer it with the category question; value: code, name (the LGSP's), label (the citizen's language). not_found: none, or a tie.",
    kind: 'read',
    args: z.object({ text: z.string().max(CONTENT_MAX) }),
    async run({ text }, ctx) {
      if (text.trim().length === 0) return NOT_FOUND;
      const result = await deps.categories.feedbackCategories();
      if (result.status !== 'ok') return UNAVAILABLE;
      const category = findCategoryNamedIn(text, result.value, ctx.texts ?? renderer);
      return category ? categoryFound(category, ctx.language) : NOT_FOUND;
    },
  });

  const describeSender = defineAction({
    name: 'feedback.sender',
    description:
      'How the summary names the sender (value.text, masked), with the shared name and phone sealed (value.nameSealed, value.phoneSealed) so the conversation keeps them only encrypted; "anonymous" when none was shared.',
    kind: 'read',
    args: z.object({
      consent: z.enum(['contact', 'anonymous']),
      name: z.string().max(200).optional(),
      phone: z.string().max(32).optional(),
    }),
    run({ consent, name, phone }, ctx) {
      const shared = consent === 'contact' && (Boolean(name?.trim()) || Boolean(phone?.trim()));
      if (!shared) {
        return Promise.resolve({
          status: 'ok',
          value: { text: renderer.t('feedback:intake.sender_anonymous', ctx.language) },
        });
      }
      const contact = { name: name?.trim() || null, phone: phone ? (parsePhone(phone) ?? phone.trim()) : null };
      const sealed = sealContact(deps.secretsKey, contact);
      const text = renderer
        .t('feedback:intake.sender_contact', ctx.language, {
          name: maskName(contact.name ?? ''),
          phone: maskPhone(contact.phone ?? ''),
        })
        .trim();
      return Promise.resolve({
        status: 'ok',
        value: {
          text,
          ...(sealed.contactNameSealed ? { nameSealed: sealed.contactNameSealed } : {}),
          ...(sealed.contactPhoneSealed ? { phoneSealed: sealed.contactPhoneSealed } : {}),
        },
      });
    },
  });

  const matchPlace = defineAction({
    name: 'feedback.place',
    description:
      "Understands the answer to the place question (input type place): a shared location, or a commune matched loosely in the LGSP's catalogue, after the words of an address kept before (`address`, from feedback.place.address); value: source, latitude, longitude, address, communeCode, communeName, provinceCode, label. not_found: words that name no commune.",
    kind: 'read',
    args: z.object({ answer: placeAnswerSchema, address: placeWordsSchema.nullish() }),
    async run({ answer, address }, ctx) {
      const before = address?.trim() || null;
      if (answer.kind === 'location') {
        const point =
          answer.address ??
          renderer.t('feedback:intake.place_point', ctx.language, {
            latitude: answer.latitude.toFixed(5),
            longitude: answer.longitude.toFixed(5),
          });
        // The words typed before stay the address (the point keeps where it is), shown with the point after them.
        const words = before ?? answer.address;
        // The commune Zalo's address names ("…, Phường Kinh Bắc, Bắc Ninh"), for routing and the statistics by commune.
        const commune = answer.address ? await communeNamedIn(answer.address) : null;
        return {
          status: 'ok',
          value: {
            source: 'location',
            latitude: answer.latitude,
            longitude: answer.longitude,
            ...(words ? { address: words } : {}),
            ...(commune
              ? { communeCode: commune.code, communeName: commune.name, provinceCode: deps.provinceCode }
              : {}),
            label: before === null ? point : `${before} (${point})`,
          },
        };
      }
      const text = joinPlaceWords(before, answer.text);
      const typed = { source: 'commune', address: text, label: text };
      if (deps.provinceCode === undefined) return { status: 'ok', value: typed };
      const communes = await deps.categories.communes(deps.provinceCode);
      // Without the catalogue the words are kept as they are: officials read them, the LGSP gets them as the address.
      if (communes.status !== 'ok') return { status: 'ok', value: typed };
      const commune = findCommune(answer.text, communes.value) ?? (before ? findCommune(text, communes.value) : null);
      if (!commune) return NOT_FOUND;
      return {
        status: 'ok',
        value: {
          source: 'commune',
          address: text,
          communeCode: commune.code,
          communeName: commune.name,
          provinceCode: deps.provinceCode,
          // The commune's name typed alone ("phuong kinh bac") is written as the catalogue writes it, once.
          label:
            foldText(answer.text) === foldText(commune.name)
              ? joinPlaceWords(before, commune.name)
              : `${text} (${commune.name})`,
        },
      };
    },
  });

  const keepPlaceWords = defineAction({
    name: 'feedback.place.address',
    description:
      'Words typed for the place that name no commune ("trước chợ, đường Lý Thái Tổ"), kept as its address after those kept before (`address`), so they are not lost while the commune is asked for; value as feedback.place\'s, without a commune. invalid: the address would be too long.',
    kind: 'read',
    args: z.object({ answer: placeAnswerSchema, address: placeWordsSchema.nullish() }),
    run({ answer, address }) {
      if (answer.kind !== 'text') return Promise.resolve(NOT_FOUND);
      const text = joinPlaceWords(address?.trim() || null, answer.text);
      if ([...text].length > PLACE_ADDRESS_MAX) return Promise.resolve({ status: 'invalid', reason: 'too_long' });
      return Promise.resolve({ status: 'ok', value: { source: 'commune', address: text, label: text } });
    },
  });

  const addToContent = defineAction({
    name: 'feedback.content.add',
    description:
      "The description with more of the citizen's words on a line of their own (the subject they announced first, then the details; value.content), unchanged when it holds them already. invalid: it would pass 2000 characters.",
    kind: 'read',
    args: z.object({ content: z.string().max(CONTENT_MAX).nullish(), text: z.string().max(CONTENT_MAX) }),
    run({ content, text }) {
      const current = content?.trim() ?? '';
      const added = text.trim();
      const joined =
        current === ''
          ? added
          : added === '' || foldText(current).includes(foldText(added))
            ? current
            : `${current}\n${added}`;
      if ([...joined].length > CONTENT_MAX) return Promise.resolve({ status: 'invalid', reason: 'too_long' });
      return Promise.resolve({ status: 'ok', value: { content: joined } });
    },
  });

  const consentText = defineAction({
    name: 'feedback.consent.text',
    description:
      "The consent text exactly as it is recorded with the ticket (value.text), for the citizen to read as theirs ('Lời đồng ý của anh/chị: …').",
    kind: 'read',
    args: z.object({ consent: z.enum(['contact', 'anonymous']) }),
    run({ consent }, ctx) {
      return Promise.resolve({
        status: 'ok',
        value: { text: renderer.t(`feedback:consent.${consent}`, ctx.language) },
      });
    },
  });

  /** The commune of the province an address names in full ("Phường Kinh Bắc"), or null (no catalogue, none, a tie). */
  async function communeNamedIn(address: string): Promise<{ code: string; name: string } | null> {
    if (deps.provinceCode === undefined) return null;
    const communes = await deps.categories.communes(deps.provinceCode);
    return communes.status === 'ok' ? findCommuneNamedIn(address, communes.value) : null;
  }

  const placeNamedIn = defineAction({
    name: 'feedback.place_named',
    description:
      'The commune a report\'s description names in full ("… ở phường Kinh Bắc …"), to offer it as the place; value: communeName. not_found: none, or the catalogue is unavailable.',
    kind: 'read',
    args: z.object({ text: z.string().max(CONTENT_MAX) }),
    async run({ text }) {
      const commune = await communeNamedIn(text);
      return commune ? { status: 'ok', value: { communeName: commune.name } } : NOT_FOUND;
    },
  });

  const describeExtras = defineAction({
    name: 'feedback.extras',
    description: 'How the summary names the photos and the place (value.photos, value.place), or says there are none.',
    kind: 'read',
    args: z.object({
      // null: cleared when the citizen changes that part from the summary.
      photos: z.array(z.unknown()).max(FEEDBACK_MAX_PHOTOS).nullish(),
      place: z.object({ label: z.string().max(600) }).nullish(),
    }),
    run({ photos, place }, ctx) {
      const count = photos?.length ?? 0;
      return Promise.resolve({
        status: 'ok',
        value: {
          photos:
            count === 0
              ? renderer.t('feedback:intake.photos_none', ctx.language)
              : renderer.t('feedback:intake.photos_count', ctx.language, { count }),
          place: place?.label ?? renderer.t('feedback:intake.place_none', ctx.language),
        },
      });
    },
  });

  const fetchPhotos = defineAction({
    name: 'feedback.photos.fetch',
    description:
      "Downloads the photos just taken from Zalo's CDN right after the turn (the links expire before a citizen may send the report); value.count.",
    kind: 'write',
    args: z.object({
      photos: z
        .array(z.object({ url: z.string().min(1).max(2000) }))
        .max(FEEDBACK_MAX_PHOTOS)
        .nullish(),
    }),
    run({ photos }) {
      const urls = [...new Set((photos ?? []).map((photo) => photo.url))];
      if (urls.length === 0) return Promise.resolve({ status: 'ok', value: { count: 0 } });
      const payload: FetchPhotosPayload = { urls };
      return Promise.resolve({
        status: 'ok',
        value: { count: urls.length },
        effects: [{ type: FEEDBACK_PHOTOS_FETCH_EFFECT, payload }],
      });
    },
  });

  const submit = defineAction({
    name: 'feedback.submit',
    description:
      'Files the ticket: its number at once (value.number); the ticket is recorded with the turn and forwarded to the LGSP after it.',
    kind: 'write',
    args: z.object({
      categoryCode: z.string().min(1).max(64),
      categoryName: z.string().min(1).max(200),
      content: z.string().trim().min(CONTENT_MIN).max(CONTENT_MAX),
      consent: z.enum(['contact', 'anonymous']),
      /** Sealed by `feedback.sender`: the conversation never holds the contact details in clear after that step. */
      contactNameSealed: z.string().max(2000).optional(),
      contactPhoneSealed: z.string().max(2000).optional(),
      photos: z
        .array(z.object({ url: z.string().min(1).max(2000) }))
        .max(FEEDBACK_MAX_PHOTOS)
        .nullish(),
      place: placeSchema.nullish(),
    }),
    async run(args, ctx) {
      const number = formatTicketNumber(await ticketStore.nextSerial(deps.db), ctx.now);
      const sealed =
        args.consent === 'contact'
          ? { contactNameSealed: args.contactNameSealed ?? null, contactPhoneSealed: args.contactPhoneSealed ?? null }
          : { contactNameSealed: null, contactPhoneSealed: null };
      // Only what this server sealed is accepted (a session from elsewhere, or a changed key, cannot be filed).
      try {
        openContact(deps.secretsKey, sealed);
      } catch {
        return { status: 'invalid', reason: 'contact' };
      }
      const payload: CreateTicketPayload = {
        number,
        language: ctx.language,
        categoryCode: args.categoryCode,
        categoryName: args.categoryName,
        title: deriveTitle(args.content),
        content: args.content,
        consentKind: args.consent,
        consentText: renderer.t(`feedback:consent.${args.consent}`, ctx.language),
        consentVersion: renderer.t('feedback:consent.version', ctx.language),
        consentAt: ctx.now.toISOString(),
        ...sealed,
        photoUrls: (args.photos ?? []).map((photo) => photo.url),
        place: args.place ?? null,
      };
      return {
        status: 'ok',
        value: { number },
        effects: [
          { type: FEEDBACK_CREATE_EFFECT, payload },
          { type: FEEDBACK_FORWARD_EFFECT, payload: { number } },
        ],
      };
    },
  });

  const listMine = defineAction({
    name: 'feedback.mine',
    description:
      "The citizen's own tickets, newest first, with status (value.lines); value.items (at most 5) carry numbers for buttons.",
    kind: 'read',
    args: z.object({}),
    async run(_args, ctx) {
      const tickets = await ticketStore.listByCitizen(deps.db, ctx.citizenId, MINE_SHOWN);
      if (tickets.length === 0) return NOT_FOUND;
      const lines = tickets.map((ticket) =>
        renderer.t('feedback:mine.item', ctx.language, {
          ...convertTicketToCitizenView(ticket, ctx.language, renderer),
        }),
      );
      return {
        status: 'ok',
        value: {
          count: tickets.length,
          lines: lines.join('\n'),
          items: tickets.slice(0, MINE_BUTTONS).map((ticket) => ({ number: ticket.number })),
        },
      };
    },
  });

  const getTicket = defineAction({
    name: 'feedback.ticket.get',
    description:
      "One of the citizen's own tickets by its number or the LGSP's id of it (typed loosely); someone else's is not_found, as if it did not exist.",
    kind: 'read',
    args: z.object({ number: z.string().max(64) }),
    async run({ number }, ctx) {
      const reference = parseTicketReference(number);
      if (reference === null) return NOT_FOUND;
      const ticket =
        reference.kind === 'number'
          ? await ticketStore.findByNumber(deps.db, reference.number)
          : await ticketStore.findOwnByLgspId(deps.db, ctx.citizenId, reference.lgspId);
      // Another citizen's ticket is answered exactly like a missing one: a number reveals nothing.
      if (!ticket || ticket.citizenId !== ctx.citizenId) return NOT_FOUND;
      return { status: 'ok', value: { ...convertTicketToCitizenView(ticket, ctx.language, renderer) } };
    },
  });

  const rate = defineAction({
    name: 'feedback.rate',
    description:
      "Rates the answer to one of the citizen's answered (or answered then closed) tickets (1-5); resolved=false reopens it. invalid: rated already; not_found otherwise.",
    kind: 'write',
    args: z.object({
      number: z.string().max(64),
      rating: z.coerce.number().int().min(1).max(5),
      resolved: z.boolean(),
    }),
    async run({ number, rating, resolved }, ctx) {
      const canonical = parseTicketNumber(number);
      const ticket = canonical === null ? null : await ticketStore.findByNumber(deps.db, canonical);
      if (!ticket || ticket.citizenId !== ctx.citizenId) return NOT_FOUND;
      // Rated meanwhile (the question asked twice, from two taps of an old button): neither rated again nor reopened.
      if (ticket.ratedAt !== null) return { status: 'invalid', reason: 'rated' };
      if (!isAnswerRateable(ticket)) return NOT_FOUND;
      const payload: RateTicketPayload = { number: ticket.number, rating, resolved };
      return { status: 'ok', value: {}, effects: [{ type: FEEDBACK_RATE_EFFECT, payload }] };
    },
  });

  return [
    listCategories,
    matchCategory,
    describeSender,
    matchPlace,
    keepPlaceWords,
    addToContent,
    consentText,
    placeNamedIn,
    namedCategory,
    describeExtras,
    fetchPhotos,
    submit,
    listMine,
    getTicket,
    rate,
  ];
}

/** Longest address the ticket keeps (the ticket's place, as the LGSP takes it). */
const PLACE_ADDRESS_MAX = 500;
/** Words kept for the place so far, as the flow passes them back (empty when none). */
const placeWordsSchema = z.string().max(PLACE_ADDRESS_MAX);

/** Words that try to name a commune ("xã Yên Phongg", "phuong kinh bac"): the next answer corrects them. */
const COMMUNE_ATTEMPT = /^(xa|phuong|thi tran|commune|ward) /;

/**
 * The words typed for the place, one answer after the other ("trước chợ, phường Kinh Bắc"); earlier words that were
 * only a commune's name not found are replaced by the next answer rather than kept beside it.
 */
function joinPlaceWords(before: string | null, words: string | null): string {
  const earlier = before !== null && COMMUNE_ATTEMPT.test(foldText(before)) ? null : before;
  const parts = [earlier, words?.trim()].filter((part): part is string => Boolean(part));
  return parts.join(', ');
}

/** The category an answer names: its position in the list, its code, or words of its name found in one category only. */
export function findCategory(answer: string, categories: readonly FeedbackCategory[]): FeedbackCategory | null {
  const folded = foldText(answer);
  if (folded.length === 0) return null;
  if (/^\d{1,2}$/.test(folded)) return categories[Number(folded) - 1] ?? null;
  const byCode = categories.find((category) => foldText(category.code.replace(/_/g, ' ')) === folded);
  if (byCode) return byCode;
  const exact = categories.find((category) => foldText(category.name) === folded);
  if (exact) return exact;
  if (folded.length < 3) return null;
  const containing = categories.filter((category) => ` ${foldText(category.name)} `.includes(` ${folded} `));
  return containing.length === 1 ? (containing[0] ?? null) : null;
}
