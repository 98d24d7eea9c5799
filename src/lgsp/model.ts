import { z } from 'zod';

/**
 * Our model of what the LGSP answers. Every mapping profile converts a province's payloads into these shapes; the
 * rest of the code never sees a province's field names or codes.
 */

/** Dossier status in plain terms; the national codes 1..10 of the reference profile map onto these in order. */
export const dossierStatusSchema = z.enum([
  'registered',
  'received',
  'not_accepted',
  'processing',
  'supplement_requested',
  'payment_requested',
  'withdrawal_requested',
  'suspended',
  'processed',
  'returned',
]);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

/** Statuses after which nothing more happens to a dossier: following it stops. */
export const FINISHED_DOSSIER_STATUSES: readonly DossierStatus[] = ['not_accepted', 'suspended', 'returned'];
/**
 * Statuses in which the office holds the dossier: only then does a passed due date make it late. A refused, stopped or
 * finished one is not late, and one waiting for the citizen (documents, fees, their withdrawal) waits on them: telling
 * them to chase the handling unit would be wrong advice.
 */
const HELD_BY_OFFICE: readonly DossierStatus[] = ['registered', 'received', 'processing'];

export const dossierStepSchema = z.object({
  at: z.iso.datetime(),
  unit: z.string(),
  action: z.string(),
  status: dossierStatusSchema.nullable(),
});
export type DossierStep = z.infer<typeof dossierStepSchema>;

export const dossierSchema = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  fieldName: z.string().nullable(),
  /** Full name of the owner: never shown or logged as is; templates mask it. */
  ownerName: z.string(),
  receivedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  returnedAt: z.iso.datetime().nullable(),
  status: dossierStatusSchema,
  handlingUnit: z.string(),
  history: z.array(dossierStepSchema),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const procedureSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  fieldName: z.string(),
  level: z.string().nullable(),
  mode: z.string().nullable(),
});
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

export const procedureSearchResultSchema = z.object({
  total: z.number().int(),
  items: z.array(procedureSummarySchema),
});
export type ProcedureSearchResult = z.infer<typeof procedureSearchResultSchema>;

export const procedureSchema = z.object({
  code: z.string(),
  name: z.string(),
  fieldName: z.string(),
  agency: z.string(),
  duration: z.string(),
  fees: z.string(),
  documents: z.array(z.string()),
  steps: z.string().nullable(),
  onlineUrl: z.url().nullable(),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const representativeSchema = z.object({ name: z.string(), position: z.string().nullable() });
export type Representative = z.infer<typeof representativeSchema>;

/**
 * A business's legal status in the national business register (Decree 168/2025/NĐ-CP art. 35, Decree 01/2021/NĐ-CP
 * art. 41 before it), in plain terms; `dissolved` is the register's shorter "Đã giải thể".
 */
export const businessStatusSchema = z.enum([
  'active',
  'suspended',
  'not_at_registered_address',
  'certificate_revoked',
  'dissolving',
  'bankruptcy_proceedings',
  'dissolved',
  'closed',
]);
export type BusinessStatus = z.infer<typeof businessStatusSchema>;

export const businessSchema = z.object({
  taxCode: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  address: z.string(),
  /** Ours, or null for a status the profile's table does not know: `statusText` is then shown as it is. */
  status: businessStatusSchema.nullable(),
  /** The status in the register's own words. */
  statusText: z.string(),
  foundedOn: z.iso.date().nullable(),
  representatives: z.array(representativeSchema),
});
export type Business = z.infer<typeof businessSchema>;

export const administrativeUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;

export const feedbackCategorySchema = z.object({ code: z.string(), name: z.string() });
export type FeedbackCategory = z.infer<typeof feedbackCategorySchema>;

export const feedbackStatusSchema = z.enum(['received', 'processing', 'answered', 'rejected', 'duplicate']);
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;

export const feedbackTicketSchema = z.object({
  lgspId: z.string(),
  status: feedbackStatusSchema,
  agency: z.string().nullable(),
  answer: z
    .object({ text: z.string(), agency: z.string().nullable(), answeredAt: z.iso.datetime().nullable() })
    .nullable(),
});
export type FeedbackTicket = z.infer<typeof feedbackTicketSchema>;

/** A feedback as our feedback module sends it to the PAKN service. `requestId` makes the submission idempotent. */
export const feedbackSubmissionSchema = z.object({
  requestId: z.string().min(1).max(64),
  title: z.string().min(1).max(500),
  content: z.string().min(1).max(10_000),
  categoryCode: z.string().min(1),
  channel: z.string().default('ZALO_OA'),
  location: z
    .object({
      address: z.string().optional(),
      provinceCode: z.string().optional(),
      communeCode: z.string().optional(),
      latitude: z.number().optional(),
      longitude: z.number().optional(),
    })
    .optional(),
  attachmentIds: z.array(z.string()).default([]),
  sender: z.object({ name: z.string().optional(), phone: z.string().optional() }).optional(),
  consentToProcess: z.boolean(),
  allowPublic: z.boolean(),
});
export type FeedbackSubmission = z.input<typeof feedbackSubmissionSchema>;

/** Late: the due date has passed while the office still holds the dossier. */
export function isDossierOverdue(dossier: Pick<Dossier, 'dueAt' | 'status'>, now: Date): boolean {
  if (dossier.dueAt === null || !HELD_BY_OFFICE.includes(dossier.status)) return false;
  return Date.parse(dossier.dueAt) < now.getTime();
}

/** The outcome of a lookup: expected outcomes are values, not exceptions. */
export type LookupResult<T> = { status: 'ok'; value: T } | { status: 'not_found' } | { status: 'unavailable' };
/** The outcome of a write: `invalid` when the LGSP refused the content (a retry cannot fix it). */
export type WriteResult<T> =
  { status: 'ok'; value: T } | { status: 'invalid'; reason: string } | { status: 'unavailable' };
