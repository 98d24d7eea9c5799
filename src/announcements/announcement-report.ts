import { asc, eq, sql } from 'drizzle-orm';
import type { TemplateRenderer } from '../conversation/index.js';
import { toVietnamWallClock, type Language } from '../kernel/index.js';
import { messageDeliveries } from '../messaging/index.js';
import type { DbOrTx } from '../platform/db.js';
import type { Announcement } from './announcement-store.js';
import { announcementRecipients } from './schema.js';

const COLUMNS = ['citizen', 'lane', 'status', 'reason', 'queued_at', 'sent_at'] as const;
/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark; without it Vietnamese comes out garbled. */
const BOM = '\uFEFF';
const TEXTS = 'officials:announcement_report';

/** The per-recipient report as an office opens it in Excel, in the official's language. */
export interface AnnouncementReport {
  fileName: string;
  csv: string;
}

/**
 * One line per recipient, what an office opens in a spreadsheet: UTF-8 with a BOM, column names, lanes, statuses and
 * known reasons in `language`, times on a Vietnamese wall clock (dd/mm/yyyy HH:mm:ss). A row that no longer names its
 * citizen (erasure, retention) has no id.
 */
export async function buildAnnouncementReport(
  db: DbOrTx,
  announcement: Announcement,
  language: Language,
  texts: Pick<TemplateRenderer, 't' | 'has'>,
): Promise<AnnouncementReport> {
  const text = (key: string) => texts.t(`${TEXTS}.${key}`, language);
  const known = (group: string, value: string | null) =>
    value === null ? null : texts.has(`${TEXTS}.${group}.${value}`, language) ? text(`${group}.${value}`) : value;
  const rows = await readRows(db, announcement.id);
  const lines = rows.map((row) =>
    [
      // As a text formula (written as is: a quoted cell would be read as text), or a spreadsheet turns the 19-digit
      // Zalo id into 6.14E+18 and loses its last digits. Zalo ids are digits only.
      row.citizenId === null ? csvCell(text('anonymised')) : `="${row.citizenId.replace(/\D/g, '')}"`,
      ...[
        known('lanes', row.lane),
        known('statuses', row.status),
        known('reasons', row.reason),
        row.queuedAt ? formatVietnamTime(row.queuedAt) : null,
        row.sentAt ? formatVietnamTime(row.sentAt) : null,
      ].map(csvCell),
    ].join(','),
  );
  const header = COLUMNS.map((column) => csvCell(text(`columns.${column}`))).join(',');
  const day = formatVietnamTime(announcement.sendAt ?? announcement.createdAt)
    .slice(0, 10)
    .replaceAll('/', '-');
  const title = (language === 'en' ? announcement.content.en?.title : undefined) ?? announcement.content.vi.title;
  return {
    fileName: `${texts.t(`${TEXTS}.file_name`, language, { title, date: day })}.csv`,
    csv: `${BOM}${[header, ...lines].join('\r\n')}\r\n`,
  };
}

async function readRows(db: DbOrTx, announcementId: string) {
  const r = announcementRecipients;
  const d = messageDeliveries;
  return db
    .select({
      // An anonymised row (the citizen's erasure, retention) names nobody; its outcome is its own.
      citizenId: sql<string | null>`case when ${r.anonymisedAt} is null then ${r.citizenId} end`,
      lane: r.lane,
      // A held message no longer offered shows as what ended it (withdrawn, expired), as in the progress.
      status: sql<string>`case
        when ${r.status} <> 'queued' then ${r.status}
        when coalesce(${d.status}, ${r.outcome}) = 'skipped'
          and coalesce(${d.reason}, ${r.outcomeReason}) in ('withdrawn', 'expired')
          then coalesce(${d.reason}, ${r.outcomeReason})
        else coalesce(${d.status}, ${r.outcome}, 'unknown') end`,
      reason: sql<string | null>`coalesce(${r.reason}, ${d.reason}, ${r.outcomeReason})`,
      queuedAt: r.queuedAt,
      sentAt: d.sentAt,
    })
    .from(r)
    .leftJoin(d, eq(d.id, r.deliveryId))
    .where(eq(r.announcementId, announcementId))
    .orderBy(asc(r.anonymisedAt), asc(r.citizenId));
}

const two = (n: number) => String(n).padStart(2, '0');

/** `dd/mm/yyyy HH:mm:ss` on a wall clock in Vietnam. */
function formatVietnamTime(instant: Date): string {
  const wall = toVietnamWallClock(instant);
  return `${two(wall.day)}/${two(wall.month)}/${wall.year} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}

/**
 * A cell read as text whatever it holds: a value a spreadsheet would take for a formula (reasons can come from Zalo's
 * answers) starts with an apostrophe. The id's deliberate text formula does not come through here.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A Content-Disposition naming the file: the name as written (RFC 6266 `filename*`), and a plain ASCII one for
 * clients that read only `filename`.
 */
export function attachmentDisposition(fileName: string): string {
  const safe = fileName.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  const ascii = safe
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
