import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { businessStatusSchema, dossierStatusSchema, feedbackStatusSchema, type BusinessStatus } from './model.js';
import { LgspErrors } from './errors.js';
import referenceProfile from './profiles/reference.json' with { type: 'json' };
import vnptSampleProfile from './profiles/vnpt-sample.json' with { type: 'json' };

/**
 * A mapping profile: everything that differs between provinces' LGSPs (paths, parameter and field names, status
 * codes, date format, auth style, which services exist) as data. Field maps go from our field name to a dotted path
 * in the province's record (`Data.MainInformation.NAME`).
 */

// A field map: our field name → a dotted path in the province's record. Optional keys are fields some provinces lack.
const required = z.string();
const optional = z.string().optional();

const serviceSchema = z.object({
  method: z.enum(['GET', 'POST']),
  /** Path below the base URL; `{name}` placeholders take the parameter of that name. */
  path: z.string().startsWith('/'),
  /** Our parameter name → the province's parameter name (query string for GET, dotted path in the JSON body for POST). */
  params: z.record(z.string(), z.string()).default({}),
  /** Dotted path of the payload in the response body. */
  resultPath: z.string(),
  /** Dotted path of the envelope's result code, when the service wraps its answers in one. */
  codePath: z.string().optional(),
  /** Dotted path of the envelope's total count (paged lists). */
  totalPath: z.string().optional(),
  /** The payload is a list even for a one-record lookup (an empty list means not found). */
  resultIsList: z.boolean().default(false),
});
export type ServiceMapping = z.infer<typeof serviceSchema>;

export const serviceNameSchema = z.enum([
  'dossierGet',
  'dossierListByPhone',
  'procedureSearch',
  'procedureGet',
  'businessGet',
  'catalogue',
  'feedbackCategories',
  'feedbackUpload',
  'feedbackSubmit',
  'feedbackStatus',
]);
export type ServiceName = z.infer<typeof serviceNameSchema>;
/** Services that change something at the LGSP: never retried blindly. */
export const WRITE_SERVICES: readonly ServiceName[] = ['feedbackUpload', 'feedbackSubmit'];

/** The national business register's words for its statuses (current and earlier decrees, and shorter forms). */
const NATIONAL_REGISTER_STATUSES: Readonly<Record<string, BusinessStatus>> = {
  'Đang hoạt động': 'active',
  'Tạm ngừng kinh doanh': 'suspended',
  'Tạm ngừng kinh doanh có thời hạn': 'suspended',
  'Không hoạt động tại địa chỉ đã đăng ký': 'not_at_registered_address',
  'Không còn hoạt động kinh doanh tại địa chỉ đã đăng ký': 'not_at_registered_address',
  'Bị thu hồi do cưỡng chế về quản lý thuế': 'certificate_revoked',
  'Bị thu hồi Giấy chứng nhận đăng ký doanh nghiệp do cưỡng chế về quản lý thuế': 'certificate_revoked',
  'Đang làm thủ tục giải thể, đã bị chia, bị hợp nhất, bị sáp nhập': 'dissolving',
  'Đang làm thủ tục phá sản': 'bankruptcy_proceedings',
  'Đã giải thể': 'dissolved',
  'Đã giải thể, phá sản, chấm dứt tồn tại': 'closed',
};

export const profileSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  auth: z.object({ style: z.enum(['oauth2', 'lgspaccesstoken']) }),
  /** Format of timestamps: `yyyyMMddHHmmss`, `dd/MM/yyyy HH:mm:ss` (Asia/Ho_Chi_Minh) or ISO 8601. */
  dateTimeFormat: z.enum(['yyyyMMddHHmmss', 'dd/MM/yyyy HH:mm:ss', 'iso']),
  /** Format of calendar dates (founding dates). */
  dateFormat: z.enum(['yyyyMMdd', 'dd/MM/yyyy', 'iso']),
  /** Envelope codes meaning success, compared as strings (`"00"` and `0` are both common). */
  successCodes: z.array(z.string()).min(1),
  services: z.partialRecord(serviceNameSchema, serviceSchema),
  /** Catalogue codes of the shared category service. */
  catalogues: z.object({ provinces: z.string(), communes: z.string() }),
  fields: z.object({
    dossier: z.object({
      code: required,
      procedureCode: required,
      procedureName: required,
      fieldName: optional,
      ownerName: required,
      ownerPhone: required,
      ownerEmail: optional,
      receivedAt: required,
      dueAt: required,
      finishedAt: optional,
      returnedAt: optional,
      status: required,
      handlingUnit: required,
      history: required,
    }),
    dossierStep: z.object({ at: required, unit: required, action: required, status: required }),
    procedureSummary: z.object({
      code: required,
      name: required,
      fieldName: required,
      level: optional,
      mode: optional,
    }),
    procedure: z.object({
      code: required,
      name: required,
      fieldName: required,
      agency: required,
      duration: required,
      fees: required,
      documents: required,
      steps: optional,
      onlineUrl: optional,
    }),
    business: z.object({
      taxCode: required,
      name: required,
      shortName: optional,
      address: required,
      status: required,
      foundedOn: optional,
      representatives: required,
    }),
    representative: z.object({ name: required, position: optional }),
    unit: z.object({ code: required, name: required, parentCode: required }),
    feedbackCategory: z.object({ code: required, name: required }),
    feedbackTicket: z.object({ lgspId: required, status: required, agency: optional, answer: optional }),
    feedbackAnswer: z.object({ text: required, agency: required, answeredAt: required }),
    upload: z.object({ fileId: required, fileName: required }),
  }),
  /** The province's dossier status code → our status. */
  dossierStatuses: z.record(z.string(), dossierStatusSchema),
  /** The province's feedback status code → our status. */
  feedbackStatuses: z.record(z.string(), feedbackStatusSchema),
  /**
   * The register's business status (its words, compared without regard to case or spacing, or a code) → our status;
   * the national register's words by default. An unlisted one is shown to citizens as the register gives it.
   */
  businessStatuses: z.record(z.string(), businessStatusSchema).default(() => ({ ...NATIONAL_REGISTER_STATUSES })),
});
export type Profile = z.infer<typeof profileSchema>;

/** Profiles shipped with the product, in `src/lgsp/profiles/<name>.json`. */
export const SHIPPED_PROFILES: Readonly<Record<string, unknown>> = {
  reference: referenceProfile,
  'vnpt-sample': vnptSampleProfile,
};

/** Loads a shipped profile by name, or a JSON/YAML profile file by path; throws LGSP_PROFILE_INVALID with the problems. */
export async function loadProfile(nameOrPath: string): Promise<Profile> {
  const shipped = SHIPPED_PROFILES[nameOrPath];
  if (shipped !== undefined) return parseProfile(shipped, nameOrPath);
  const file = path.resolve(nameOrPath);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw LgspErrors.profileInvalid(nameOrPath, [`cannot read ${file}`], error);
  }
  let document: unknown;
  try {
    document = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw LgspErrors.profileInvalid(nameOrPath, ['not valid JSON or YAML'], error);
  }
  return parseProfile(document, nameOrPath);
}

/** A shipped profile, synchronously (tests, the simulator). */
export function getShippedProfile(name: string): Profile {
  const shipped = SHIPPED_PROFILES[name];
  if (shipped === undefined) throw LgspErrors.profileInvalid(name, ['no shipped profile of that name']);
  return parseProfile(shipped, name);
}

/** Validates a profile document; throws LGSP_PROFILE_INVALID listing each problem. */
export function parseProfile(document: unknown, source = 'profile'): Profile {
  const parsed = profileSchema.safeParse(document);
  if (!parsed.success) {
    throw LgspErrors.profileInvalid(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data;
}
