import { fromVietnamWallClock, getPath, setPath, toVietnamWallClock } from '../kernel/index.js';
import { z } from 'zod';
import type { Profile } from './profile.js';
import {
  businessSchema,
  dossierSchema,
  feedbackTicketSchema,
  procedureSchema,
  procedureSummarySchema,
  administrativeUnitSchema,
  feedbackCategorySchema,
  type AdministrativeUnit,
  type Business,
  type BusinessStatus,
  type Dossier,
  type DossierStatus,
  type FeedbackCategory,
  type FeedbackStatus,
  type FeedbackTicket,
  type Procedure,
  type ProcedureSummary,
} from './model.js';

/**
 * Conversions between a province's payloads and our model, driven by a profile. Reading maps their fields onto ours,
 * then parses with zod: a record that does not fit yields `{ ok: false, issues }` (paths only, never values, so it can
 * be logged without personal data). Writing (used by the simulator) is the inverse.
 */

export type Converted<T> = { ok: true; value: T } | { ok: false; issues: string[] };

type DateTimeFormat = Profile['dateTimeFormat'];
type DateFormat = Profile['dateFormat'];

/** Parses a province timestamp (Vietnam local time) into ISO 8601 UTC; empty → null; unreadable → undefined. */
export function parseDateTime(value: unknown, format: DateTimeFormat): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return undefined;
  if (format === 'iso') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  let fields: string[] | undefined;
  if (format === 'yyyyMMddHHmmss') fields = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value)?.slice(1);
  else {
    const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
    fields = m ? [m[3] ?? '', m[2] ?? '', m[1] ?? '', m[4] ?? '', m[5] ?? '', m[6] ?? ''] : undefined;
  }
  if (fields === undefined) return undefined;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = fields.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  return fromVietnamWallClock(y, mo, d, h, mi, s).toISOString();
}

/** Formats an ISO instant as a province timestamp in Vietnam local time. */
export function formatDateTime(iso: string | null, format: DateTimeFormat): string {
  if (iso === null) return '';
  if (format === 'iso') return new Date(iso).toISOString();
  const wall = toVietnamWallClock(new Date(iso));
  const p = (n: number, width = 2) => String(n).padStart(width, '0');
  const [y, mo, d, h, mi, s] = [
    p(wall.year, 4),
    p(wall.month),
    p(wall.day),
    p(wall.hour),
    p(wall.minute),
    p(wall.second),
  ];
  return format === 'yyyyMMddHHmmss' ? `${y}${mo}${d}${h}${mi}${s}` : `${d}/${mo}/${y} ${h}:${mi}:${s}`;
}

/** Parses a province calendar date into `yyyy-MM-dd`; empty → null; unreadable → undefined. */
export function parseDate(value: unknown, format: DateFormat): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return undefined;
  const m =
    format === 'yyyyMMdd'
      ? /^(\d{4})(\d{2})(\d{2})$/.exec(value)
      : format === 'dd/MM/yyyy'
        ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value)
        : /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m === null) return undefined;
  return format === 'dd/MM/yyyy' ? `${m[3]}-${m[2]}-${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

export function formatDate(isoDate: string | null, format: DateFormat): string {
  if (isoDate === null) return '';
  const [y = '', mo = '', d = ''] = isoDate.split('-');
  return format === 'yyyyMMdd' ? `${y}${mo}${d}` : format === 'dd/MM/yyyy' ? `${d}/${mo}/${y}` : isoDate;
}

/** Reads our fields out of a province record through a field map. */
function readFields(map: Record<string, string | undefined>, raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(map)) {
    if (theirs !== undefined) out[ours] = getPath(raw, theirs);
  }
  return out;
}

function writeFields(
  map: Record<string, string | undefined>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(map)) {
    if (theirs !== undefined && values[ours] !== undefined) out = setPath(out, theirs, values[ours]);
  }
  return out;
}

const codeString = z.union([z.string(), z.number()]).transform(String);
const text = z.string();
const optionalText = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value));

function issuesOf(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => `${prefix}${issue.path.join('.')}: ${issue.code}`);
}

/** Builds a converter: map fields, parse the raw shape, then convert into our model and parse that too. */
function converter<R extends z.ZodType, T>(
  rawSchema: R,
  finalSchema: z.ZodType<T>,
  build: (raw: z.output<R>, issues: string[]) => unknown,
) {
  return (mapped: Record<string, unknown>): Converted<T> => {
    const raw = rawSchema.safeParse(mapped);
    if (!raw.success) return { ok: false, issues: issuesOf(raw.error) };
    const issues: string[] = [];
    const built = build(raw.data, issues);
    if (issues.length > 0) return { ok: false, issues };
    const final = finalSchema.safeParse(built);
    return final.success ? { ok: true, value: final.data } : { ok: false, issues: issuesOf(final.error) };
  };
}

function dateTimeOrIssue(value: unknown, format: DateTimeFormat, field: string, issues: string[]): string | null {
  const parsed = parseDateTime(value, format);
  if (parsed === undefined) {
    issues.push(`${field}: invalid_date`);
    return null;
  }
  return parsed;
}

function statusOrIssue<S extends string>(
  code: string,
  table: Record<string, S>,
  field: string,
  issues: string[],
): S | null {
  const status = table[code];
  if (status === undefined) issues.push(`${field}: unknown_status_code`);
  return status ?? null;
}

export function convertRawToDossier(profile: Profile, raw: unknown): Converted<Dossier> {
  const fmt = profile.dateTimeFormat;
  const stepSchema = z.object({ at: text, unit: text, action: text, status: codeString.optional() });
  const rawSchema = z.object({
    code: text,
    procedureCode: codeString,
    procedureName: text,
    fieldName: optionalText,
    ownerName: text,
    receivedAt: z.unknown(),
    dueAt: z.unknown(),
    finishedAt: z.unknown(),
    returnedAt: z.unknown(),
    status: codeString,
    handlingUnit: text,
    history: z.array(z.unknown()).nullish(),
  });
  return converter(rawSchema, dossierSchema, (r, issues) => ({
    code: r.code,
    procedureCode: r.procedureCode,
    procedureName: r.procedureName,
    fieldName: r.fieldName,
    ownerName: r.ownerName,
    receivedAt: dateTimeOrIssue(r.receivedAt, fmt, 'receivedAt', issues),
    dueAt: dateTimeOrIssue(r.dueAt, fmt, 'dueAt', issues),
    finishedAt: dateTimeOrIssue(r.finishedAt, fmt, 'finishedAt', issues),
    returnedAt: dateTimeOrIssue(r.returnedAt, fmt, 'returnedAt', issues),
    status: statusOrIssue(r.status, profile.dossierStatuses, 'status', issues),
    handlingUnit: r.handlingUnit,
    history: (r.history ?? []).map((item, index) => {
      const step = stepSchema.safeParse(readFields(profile.fields.dossierStep, item));
      if (!step.success) {
        issues.push(...issuesOf(step.error, `history.${index}.`));
        return null;
      }
      return {
        at: dateTimeOrIssue(step.data.at, fmt, `history.${index}.at`, issues),
        unit: step.data.unit,
        action: step.data.action,
        status: step.data.status === undefined ? null : (profile.dossierStatuses[step.data.status] ?? null),
      };
    }),
  }))(readFields(profile.fields.dossier, raw));
}

export function convertRawToProcedureSummary(profile: Profile, raw: unknown): Converted<ProcedureSummary> {
  const rawSchema = z.object({
    code: codeString,
    name: text,
    fieldName: text,
    level: optionalText,
    mode: optionalText,
  });
  return converter(rawSchema, procedureSummarySchema, (r) => r)(readFields(profile.fields.procedureSummary, raw));
}

export function convertRawToProcedure(profile: Profile, raw: unknown): Converted<Procedure> {
  const rawSchema = z.object({
    code: codeString,
    name: text,
    fieldName: text,
    agency: text,
    duration: text,
    fees: text,
    documents: z.array(text),
    steps: optionalText,
    onlineUrl: optionalText,
  });
  return converter(rawSchema, procedureSchema, (r) => r)(readFields(profile.fields.procedure, raw));
}

export function convertRawToBusiness(profile: Profile, raw: unknown): Converted<Business> {
  const repSchema = z.object({ name: text, position: optionalText });
  const rawSchema = z.object({
    taxCode: codeString,
    name: text,
    shortName: optionalText,
    address: text,
    status: codeString,
    foundedOn: z.unknown(),
    representatives: z.array(z.unknown()).nullish(),
  });
  return converter(rawSchema, businessSchema, (r, issues) => {
    const foundedOn = parseDate(r.foundedOn, profile.dateFormat);
    if (foundedOn === undefined) issues.push('foundedOn: invalid_date');
    return {
      ...r,
      // A status the table lacks still fits: citizens are shown the register's words.
      status: findBusinessStatus(profile.businessStatuses, r.status),
      statusText: r.status,
      foundedOn: foundedOn ?? null,
      representatives: (r.representatives ?? []).map((item, index) => {
        const rep = repSchema.safeParse(readFields(profile.fields.representative, item));
        if (!rep.success) issues.push(...issuesOf(rep.error, `representatives.${index}.`));
        return rep.success ? rep.data : null;
      }),
    };
  })(readFields(profile.fields.business, raw));
}

/** Our status for the register's words (or code), compared without regard to case or spacing; null when unlisted. */
function findBusinessStatus(table: Record<string, BusinessStatus>, registerStatus: string): BusinessStatus | null {
  const key = comparableStatus(registerStatus);
  return Object.entries(table).find(([theirs]) => comparableStatus(theirs) === key)?.[1] ?? null;
}

function comparableStatus(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function convertRawToUnit(profile: Profile, raw: unknown): Converted<AdministrativeUnit> {
  const rawSchema = z.object({ code: codeString, name: text, parentCode: codeString.nullish() });
  return converter(rawSchema, administrativeUnitSchema, (r) => ({ ...r, parentCode: r.parentCode ?? null }))(
    readFields(profile.fields.unit, raw),
  );
}

export function convertRawToFeedbackCategory(profile: Profile, raw: unknown): Converted<FeedbackCategory> {
  const rawSchema = z.object({ code: codeString, name: text });
  return converter(rawSchema, feedbackCategorySchema, (r) => r)(readFields(profile.fields.feedbackCategory, raw));
}

export function convertRawToFeedbackTicket(profile: Profile, raw: unknown): Converted<FeedbackTicket> {
  const answerSchema = z.object({ text, agency: optionalText, answeredAt: z.unknown() });
  const rawSchema = z.object({ lgspId: codeString, status: codeString, agency: optionalText, answer: z.unknown() });
  return converter(rawSchema, feedbackTicketSchema, (r, issues) => {
    let answer: FeedbackTicket['answer'] = null;
    if (r.answer !== null && r.answer !== undefined) {
      const parsed = answerSchema.safeParse(readFields(profile.fields.feedbackAnswer, r.answer));
      if (!parsed.success) issues.push(...issuesOf(parsed.error, 'answer.'));
      else
        answer = {
          text: parsed.data.text,
          agency: parsed.data.agency,
          answeredAt: dateTimeOrIssue(parsed.data.answeredAt, profile.dateTimeFormat, 'answer.answeredAt', issues),
        };
    }
    return {
      lgspId: r.lgspId,
      status: statusOrIssue<FeedbackStatus>(r.status, profile.feedbackStatuses, 'status', issues),
      agency: r.agency,
      answer,
    };
  })(readFields(profile.fields.feedbackTicket, raw));
}

/** The province's code for one of our statuses (first match), for the simulator and for requests. */
export function findStatusCode<S extends string>(table: Record<string, S>, status: S): string | undefined {
  return Object.entries(table).find(([, ours]) => ours === status)?.[0];
}

/** A dossier as the simulator keeps it: our model plus the contact details the LGSP holds (and we never pass on). */
export interface DossierRecord extends Dossier {
  ownerPhone: string;
  ownerEmail: string | null;
}

export function convertDossierToRaw(profile: Profile, dossier: DossierRecord): Record<string, unknown> {
  const fmt = profile.dateTimeFormat;
  const code = (status: DossierStatus | null) =>
    status === null ? undefined : findStatusCode(profile.dossierStatuses, status);
  return writeFields(profile.fields.dossier, {
    ...dossier,
    fieldName: dossier.fieldName ?? '',
    ownerEmail: dossier.ownerEmail ?? '',
    receivedAt: formatDateTime(dossier.receivedAt, fmt),
    dueAt: formatDateTime(dossier.dueAt, fmt),
    finishedAt: formatDateTime(dossier.finishedAt, fmt),
    returnedAt: formatDateTime(dossier.returnedAt, fmt),
    status: code(dossier.status),
    history: dossier.history.map((step) =>
      writeFields(profile.fields.dossierStep, { ...step, at: formatDateTime(step.at, fmt), status: code(step.status) }),
    ),
  });
}

export function convertProcedureSummaryToRaw(profile: Profile, value: ProcedureSummary): Record<string, unknown> {
  return writeFields(profile.fields.procedureSummary, { ...value });
}

export function convertProcedureToRaw(profile: Profile, value: Procedure): Record<string, unknown> {
  return writeFields(profile.fields.procedure, { ...value });
}

export function convertBusinessToRaw(profile: Profile, value: Business): Record<string, unknown> {
  const { statusText, ...rest } = value;
  return writeFields(profile.fields.business, {
    ...rest,
    status: statusText,
    foundedOn: formatDate(value.foundedOn, profile.dateFormat),
    representatives: value.representatives.map((rep) => writeFields(profile.fields.representative, { ...rep })),
  });
}

export function convertUnitToRaw(profile: Profile, value: AdministrativeUnit): Record<string, unknown> {
  return writeFields(profile.fields.unit, { ...value });
}

export function convertFeedbackCategoryToRaw(profile: Profile, value: FeedbackCategory): Record<string, unknown> {
  return writeFields(profile.fields.feedbackCategory, { ...value });
}

export function convertFeedbackTicketToRaw(profile: Profile, value: FeedbackTicket): Record<string, unknown> {
  return writeFields(profile.fields.feedbackTicket, {
    ...value,
    status: findStatusCode(profile.feedbackStatuses, value.status),
    answer:
      value.answer === null
        ? null
        : writeFields(profile.fields.feedbackAnswer, {
            ...value.answer,
            answeredAt: formatDateTime(value.answer.answeredAt, profile.dateTimeFormat),
          }),
  });
}

export function convertUploadToRaw(
  profile: Profile,
  value: { fileId: string; fileName: string },
): Record<string, unknown> {
  return writeFields(profile.fields.upload, { ...value });
}

/** Maps our request parameters onto the province's names (dotted paths build nested JSON bodies). */
export function convertParamsToRaw(
  params: Record<string, string>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const [ours, theirs] of Object.entries(params)) {
    const value = getPath(values, ours);
    if (value !== undefined) out = setPath(out, theirs, value);
  }
  return out;
}
