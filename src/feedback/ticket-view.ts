import { formatVnDate, formatVnDateTime, type TemplateRenderer } from '../conversation/index.js';
import type { Language } from '../kernel/index.js';
import { categoryLabel } from './category-labels.js';
import { isAnswerRateable, type FeedbackTicketRow } from './schema.js';

/** What a citizen's messages show of their ticket (never the contact details). */
export interface CitizenTicketView {
  number: string;
  categoryName: string;
  title: string;
  /** A few words of the title, cut at a word with an ellipsis: what a notice quotes to say which report it is. */
  excerpt: string;
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
    excerpt: deriveExcerpt(ticket.title),
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

const EXCERPT_MAX_WORDS = 6;
const EXCERPT_MAX_CHARS = 40;
/** Punctuation and spaces left dangling before the ellipsis ("nhà số 5,…"). */
const DANGLING_END = /[\s,.;:!?\-–—(/&]+$/u;

/**
 * The first words of a title, at most 6 and 40 characters, cut at a word with "…"; a short title whole. A notice
 * names the report by its number and these words ("Phản ánh PA-ZL-2026-000001 (Ổ gà rất to giữa đường…)"), not by
 * its whole first sentence.
 */
export function deriveExcerpt(title: string): string {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const whole = words.join(' ');
  if (words.length <= EXCERPT_MAX_WORDS && [...whole].length <= EXCERPT_MAX_CHARS) return whole;
  let kept = '';
  for (const word of words.slice(0, EXCERPT_MAX_WORDS)) {
    const next = kept ? `${kept} ${word}` : word;
    if ([...next].length > EXCERPT_MAX_CHARS) break;
    kept = next;
  }
  // One word longer than the limit (a link, a code): cut inside it.
  if (!kept) kept = [...whole].slice(0, EXCERPT_MAX_CHARS).join('');
  return `${kept.replace(DANGLING_END, '')}…`;
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
