import { formatVnDate, formatVnDateTime, type TemplateRenderer } from '../conversation/index.js';
import type { Language } from '../kernel/index.js';
import { categoryLabel } from './category-labels.js';
import { isAnswerRateable, type FeedbackTicketRow } from './schema.js';

/** What a citizen's messages show of their ticket (never the contact details). */
export interface CitizenTicketView {
  number: string;
  categoryName: string;
  title: string;
  status: string;
  statusLabel: string;
  createdDate: string;
  agency: string;
  answer: string;
  answeredAt: string;
  statusReason: string;
  /** The answer it has now is rated: a rating button tapped again says so, never asks again. */
  rated: boolean;
  /** It has an answer the citizen may rate: answered, or closed by an official after the answer. */
  rateable: boolean;
  /** The citizen's latest rating, 1–5, or '' when they never rated. */
  rating: string;
}

export function convertTicketToCitizenView(
  ticket: FeedbackTicketRow,
  language: Language,
  renderer: Pick<TemplateRenderer, 't' | 'has'>,
): CitizenTicketView {
  return {
    number: ticket.number,
    categoryName: categoryLabel({ code: ticket.categoryCode, name: ticket.categoryName }, language, renderer),
    title: ticket.title,
    status: ticket.status,
    statusLabel: renderer.t(`feedback:status.${ticket.status}`, language),
    createdDate: formatVnDate(ticket.createdAt),
    agency: ticket.agency ?? '',
    answer: ticket.answer ?? '',
    answeredAt: ticket.answeredAt ? formatVnDateTime(ticket.answeredAt) : '',
    statusReason: ticket.statusReason ?? '',
    rated: ticket.ratedAt !== null,
    rateable: isAnswerRateable(ticket),
    rating: ticket.rating === null ? '' : String(ticket.rating),
  };
}

const TITLE_MAX = 100;

/** A short title from the citizen's text: its first sentence or line, cut at a word near 100 characters. */
export function deriveTitle(content: string): string {
  const firstLine = content.trim().split(/\r?\n/)[0] ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(firstLine)?.[1] ?? firstLine;
  const chars = [...sentence.trim()];
  if (chars.length <= TITLE_MAX) return chars.join('');
  const cut = chars.slice(0, TITLE_MAX).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
