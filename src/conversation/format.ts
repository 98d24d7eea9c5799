/** Formatters for Vietnamese citizens, always in the province's time zone whatever the server's. */

import { VIETNAM_TIME_ZONE } from '../kernel/index.js';

export const VN_TIME_ZONE = VIETNAM_TIME_ZONE;

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // A bare calendar date is the citizen's day, not a UTC instant: anchor it at noon in Vietnam.
    return new Date(`${value}T12:00:00+07:00`);
  }
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

function parts(date: Date): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

/** `dd/MM/yyyy` in Asia/Ho_Chi_Minh; the input unchanged when it is not a date. */
export function formatVnDate(value: unknown): string {
  const date = toDate(value);
  if (!date) return String(value ?? '');
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `HH:mm` in Asia/Ho_Chi_Minh. */
export function formatVnTime(value: unknown): string {
  const date = toDate(value);
  if (!date) return String(value ?? '');
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}

/** `HH:mm dd/MM/yyyy` in Asia/Ho_Chi_Minh. */
export function formatVnDateTime(value: unknown): string {
  const date = toDate(value);
  if (!date) return String(value ?? '');
  return `${formatVnTime(date)} ${formatVnDate(date)}`;
}

/** Characters (code points) an excerpt keeps at most, its ellipsis aside. */
export const EXCERPT_LENGTH = 200;

/**
 * The start of a long text for quoting it back (`{{content, excerpt}}`): whole when it is short, else cut at the last
 * space before `EXCERPT_LENGTH` characters and ended with "…" (a story of two thousand characters is not worth
 * sending back whole in a chat, where it would take two messages).
 */
export function excerpt(value: unknown): string {
  if (typeof value !== 'string') return '';
  return shortenAtWord(value, EXCERPT_LENGTH + 1);
}

/** What a text cut short may not end with: a space, or punctuation that leads on to the words cut ("khai sinh,"). */
const DANGLING_END = /[\s,.;:!?\-–—(/&]+$/u;

/**
 * A text in at most `max` characters (code points), the ellipsis included: whole when it fits, else cut after the last
 * whole word (mid-word only when the words kept would be fewer than half), without a dangling comma, dash or space,
 * and ended with "…". For Zalo's limits (a button's title: 100 characters), where the end of a phrase is lost.
 */
export function shortenAtWord(value: string, max: number): string {
  const characters = [...value.trim()];
  if (characters.length <= max) return characters.join('');
  const kept = characters.slice(0, max - 1).join('');
  // The next character a space or punctuation: the cut falls after a whole word already.
  const boundary = /[\s\p{P}]/u.test(characters[max - 1] ?? '') ? kept.length : kept.lastIndexOf(' ');
  const cut = boundary > kept.length / 2 ? kept.slice(0, boundary) : kept;
  return `${cut.replace(DANGLING_END, '')}…`;
}

/** Masks a personal name for display: family name kept, other words reduced to their initial (`Nguyễn V** A*`). */
export function maskName(value: unknown): string {
  if (typeof value !== 'string') return '';
  const words = value.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return words
    .map((word, index) => {
      if (index === 0) return word;
      const letters = [...word];
      return `${letters[0] ?? ''}${'*'.repeat(Math.max(letters.length - 1, 0))}`;
    })
    .join(' ');
}

/** A phone number for display: the first four and last three digits (`0987***321`). */
export function maskPhone(phone: string): string {
  return phone.length <= 7
    ? phone.replace(/\d/g, '*')
    : `${phone.slice(0, 4)}${'*'.repeat(phone.length - 7)}${phone.slice(-3)}`;
}
