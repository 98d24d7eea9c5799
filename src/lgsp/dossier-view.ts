import { formatVnDate, maskName, type Language, type TemplateRenderer } from '../conversation/index.js';
import { FINISHED_DOSSIER_STATUSES, isDossierOverdue, type Dossier } from './model.js';

/** What templates show of a dossier: plain words, Vietnamese dates, the owner's name masked; never contact details. */
export interface DossierView {
  code: string;
  procedureName: string;
  ownerMasked: string;
  status: Dossier['status'];
  statusLabel: string;
  dueDate: string;
  handlingUnit: string;
  latestStep: string;
  latestStepDate: string;
  overdue: boolean;
  /** Nothing more will happen to it (refused, stopped, returned): following it would bring no news. */
  finished: boolean;
}

export function convertDossierToView(
  dossier: Dossier,
  language: Language,
  renderer: Pick<TemplateRenderer, 't'>,
  now: Date,
): DossierView {
  const latest = dossier.history.at(-1);
  const statusLabel = renderer.t(`lgsp:status.${dossier.status}`, language);
  return {
    code: dossier.code,
    procedureName: dossier.procedureName,
    ownerMasked: maskName(dossier.ownerName),
    status: dossier.status,
    statusLabel,
    dueDate: dossier.dueAt ? formatVnDate(dossier.dueAt) : '',
    handlingUnit: dossier.handlingUnit,
    latestStep: latest?.action ?? statusLabel,
    latestStepDate: formatVnDate(latest?.at ?? dossier.receivedAt ?? ''),
    overdue: isDossierOverdue(dossier, now),
    finished: FINISHED_DOSSIER_STATUSES.includes(dossier.status),
  };
}
