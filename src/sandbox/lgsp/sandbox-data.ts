import { z } from 'zod';
import {
  convertRawToBusiness,
  convertRawToDossier,
  convertRawToFeedbackCategory,
  convertRawToProcedure,
  convertRawToUnit,
  parseDateTime,
  type Converted,
  getShippedProfile,
  type AdministrativeUnit,
  type Business,
  type FeedbackCategory,
  type Procedure,
  type ProcedureSummary,
  type DossierRecord,
} from '../../lgsp/index.js';
import administrativeUnitsFile from './data/administrative-units.json' with { type: 'json' };
import businessesFile from './data/businesses.json' with { type: 'json' };
import dossiersFile from './data/dossiers.json' with { type: 'json' };
import feedbackFile from './data/feedback.json' with { type: 'json' };
import proceduresFile from './data/procedures.json' with { type: 'json' };

/** A seeded feedback ticket: submitted some days before the simulator started. */
export interface SeedTicket {
  requestId: string;
  lgspId: string;
  title: string;
  categoryCode: string;
  agency: string;
  submittedDaysAgo: number;
  answer: string;
}

export interface SandboxData {
  dossiers: DossierRecord[];
  procedures: Array<Procedure & Pick<ProcedureSummary, 'level' | 'mode'>>;
  businesses: Business[];
  provinces: AdministrativeUnit[];
  communes: AdministrativeUnit[];
  feedbackCategories: FeedbackCategory[];
  tickets: SeedTicket[];
}

const DAY_MS = 86_400_000;

function must<T>(converted: Converted<T>, what: string): T {
  if (!converted.ok)
    throw new Error(`sandbox data: ${what} does not fit the reference profile: ${converted.issues.join('; ')}`);
  return converted.value;
}

/**
 * The sandbox's data, read from `data/*.json` (written in the reference contract's shape) through the reference
 * profile, so the files double as a test of the mapping. Dates move by whole days so that the file's anchor falls on
 * `now`: the overdue dossiers stay overdue whatever the day.
 */
export function loadSandboxData(now: Date): SandboxData {
  const reference = getShippedProfile('reference');
  const anchor = parseDateTime(dossiersFile.anchor, 'yyyyMMddHHmmss');
  if (!anchor) throw new Error('sandbox data: invalid anchor');
  const shiftMs = Math.floor((now.getTime() - Date.parse(anchor)) / DAY_MS) * DAY_MS;
  const shift = (iso: string | null) => (iso === null ? null : new Date(Date.parse(iso) + shiftMs).toISOString());
  const contactSchema = z.object({ SoDienThoai: z.string(), Email: z.string().optional() });

  const dossiers = dossiersFile.dossiers.map((raw): DossierRecord => {
    const dossier = must(convertRawToDossier(reference, raw), 'a dossier');
    const contact = contactSchema.parse(raw);
    return {
      ...dossier,
      receivedAt: shift(dossier.receivedAt),
      dueAt: shift(dossier.dueAt),
      finishedAt: shift(dossier.finishedAt),
      returnedAt: shift(dossier.returnedAt),
      history: dossier.history.map((step) => ({ ...step, at: shift(step.at) ?? step.at })),
      ownerPhone: contact.SoDienThoai,
      ownerEmail: contact.Email ?? null,
    };
  });
  const levelSchema = z.object({ CapThucHien: z.string(), MucDo: z.string() });
  const procedures = proceduresFile.procedures.map((raw) => {
    const extra = levelSchema.parse(raw);
    return {
      ...must(convertRawToProcedure(reference, raw), 'a procedure'),
      level: extra.CapThucHien,
      mode: extra.MucDo,
    };
  });
  const ticketSchema = z.object({
    MaYeuCau: z.string(),
    MaPhanAnh: z.string(),
    TieuDe: z.string(),
    MaLinhVuc: z.string(),
    CoQuanXuLy: z.string(),
    submittedDaysAgo: z.number(),
    TraLoi: z.string(),
  });
  return {
    dossiers,
    procedures,
    businesses: businessesFile.businesses.map((raw) => must(convertRawToBusiness(reference, raw), 'a business')),
    provinces: administrativeUnitsFile.provinces.map((raw) => must(convertRawToUnit(reference, raw), 'a province')),
    communes: administrativeUnitsFile.communes.map((raw) => must(convertRawToUnit(reference, raw), 'a commune')),
    feedbackCategories: feedbackFile.categories.map((raw) =>
      must(convertRawToFeedbackCategory(reference, raw), 'a feedback category'),
    ),
    tickets: feedbackFile.tickets.map((raw) => {
      const t = ticketSchema.parse(raw);
      return {
        requestId: t.MaYeuCau,
        lgspId: t.MaPhanAnh,
        title: t.TieuDe,
        categoryCode: t.MaLinhVuc,
        agency: t.CoQuanXuLy,
        submittedDaysAgo: t.submittedDaysAgo,
        answer: t.TraLoi,
      };
    }),
  };
}
