import { distance } from 'fastest-levenshtein';
import type { InboundPayload, Language } from './channel.js';
import type { AskStep } from './flow-schema.js';
import { parseDate, parseDossierCode, parseNumber, parsePhone, parseTaxCode, parseYesNo } from './parse-input.js';
import { FUZZY_MIN_LENGTH, foldText, scoreKeyword } from './text.js';
import type { Variables } from './variables.js';
import { getPath } from './variables.js';

/** How an answer to an `ask` step was understood. */
export type Interpretation =
  | { kind: 'value'; value: unknown; next?: string }
  | { kind: 'skip' }
  | { kind: 'invalid' }
  /** More images are welcome: the collected ones so far are saved, the step keeps waiting. */
  | { kind: 'collecting'; value: unknown[] };

/** Payload prefix of choice buttons (`#choice:<value>`), also used by yes/no buttons. */
export const CHOICE_PAYLOAD = '#choice:';
export const SKIP_PAYLOAD = '#skip';
export const DONE_PAYLOAD = '#done';
const SKIP_WORDS = new Set(['bo qua', 'skip', 'qua', 'khong co', 'bo']);
const DONE_WORDS = new Set(['xong', 'done', 'het', 'du roi', 'gui', 'xong roi']);
const DEFAULT_TEXT_MAX = 2000;

export interface InterpretContext {
  language: Language;
  variables: Variables;
  /** Label text of a template key in a language (choice options are matched in every language). */
  label(key: string, language: Language): string;
}

/** Understands the citizen's answer for an ask step. Pure: the engine decides what to do with the result. */
export function interpretAnswer(step: AskStep, payload: InboundPayload, ctx: InterpretContext): Interpretation {
  const text = payload.kind === 'text' ? payload.text.trim() : null;
  const folded = text === null ? '' : foldText(text);
  if (step.skip && text !== null && (text === SKIP_PAYLOAD || SKIP_WORDS.has(folded))) return { kind: 'skip' };
  const input = step.input;
  switch (input.type) {
    case 'text': {
      if (text === null) return { kind: 'invalid' };
      const min = input.min ?? 1;
      const max = input.max ?? DEFAULT_TEXT_MAX;
      const length = [...text].length;
      return length >= min && length <= max ? { kind: 'value', value: text } : { kind: 'invalid' };
    }
    case 'number': {
      const value = text === null ? null : parseNumber(text);
      if (value === null) return { kind: 'invalid' };
      if (input.integer && !Number.isInteger(value)) return { kind: 'invalid' };
      if ((input.min !== undefined && value < input.min) || (input.max !== undefined && value > input.max))
        return { kind: 'invalid' };
      return { kind: 'value', value };
    }
    case 'yes_no': {
      if (text === `${CHOICE_PAYLOAD}yes`) return { kind: 'value', value: true };
      if (text === `${CHOICE_PAYLOAD}no`) return { kind: 'value', value: false };
      const value = text === null ? null : parseYesNo(text);
      return value === null ? { kind: 'invalid' } : { kind: 'value', value };
    }
    case 'choice':
      return text === null ? { kind: 'invalid' } : interpretChoice(input.options, text, folded, ctx);
    case 'phone': {
      const raw = payload.kind === 'contact' ? (payload.phone ?? '') : text;
      const value = raw === null ? null : parsePhone(raw);
      return value === null ? { kind: 'invalid' } : { kind: 'value', value };
    }
    case 'dossier_code': {
      const value = text === null ? null : parseDossierCode(text);
      return value === null ? { kind: 'invalid' } : { kind: 'value', value };
    }
    case 'tax_code': {
      const value = text === null ? null : parseTaxCode(text);
      return value === null ? { kind: 'invalid' } : { kind: 'value', value };
    }
    case 'date': {
      const value = text === null ? null : parseDate(text);
      return value === null ? { kind: 'invalid' } : { kind: 'value', value };
    }
    case 'image': {
      const min = input.min ?? 1;
      const max = Math.max(input.max ?? min, min);
      const previous = getPath(ctx.variables, step.save);
      const collected: unknown[] = Array.isArray(previous) ? previous : [];
      if (payload.kind === 'image') {
        const all = [...collected, ...payload.images].slice(0, max);
        if (all.length >= max) return { kind: 'value', value: all };
        return { kind: 'collecting', value: all };
      }
      if (text !== null && (text === DONE_PAYLOAD || DONE_WORDS.has(folded)) && collected.length >= min) {
        return { kind: 'value', value: collected };
      }
      return { kind: 'invalid' };
    }
    case 'location':
      return payload.kind === 'location'
        ? {
            kind: 'value',
            value: { latitude: payload.latitude, longitude: payload.longitude, address: payload.address },
          }
        : { kind: 'invalid' };
    case 'file':
      return payload.kind === 'file'
        ? { kind: 'value', value: { url: payload.url, name: payload.name, size: payload.size } }
        : { kind: 'invalid' };
    case 'contact': {
      if (payload.kind !== 'contact') return { kind: 'invalid' };
      const { kind: _kind, ...details } = payload;
      const phone = details.phone === undefined ? undefined : (parsePhone(details.phone) ?? details.phone);
      return { kind: 'value', value: { ...details, ...(phone === undefined ? {} : { phone }) } };
    }
  }
}

type ChoiceOption = Extract<AskStep['input'], { type: 'choice' }>['options'][number];

function interpretChoice(options: ChoiceOption[], text: string, folded: string, ctx: InterpretContext): Interpretation {
  const chosen = (option: ChoiceOption): Interpretation => ({
    kind: 'value',
    value: option.value,
    ...(option.next === undefined ? {} : { next: option.next }),
  });
  if (text.startsWith(CHOICE_PAYLOAD)) {
    const option = options.find((o) => o.value === text.slice(CHOICE_PAYLOAD.length));
    return option ? chosen(option) : { kind: 'invalid' };
  }
  // "1", "2"…: the option's position, as citizens often answer numbered lists.
  if (/^\d{1,2}$/.test(folded)) {
    const option = options[Number(folded) - 1];
    return option ? chosen(option) : { kind: 'invalid' };
  }
  let best: { option: ChoiceOption; score: number } | null = null;
  let tie = false;
  for (const option of options) {
    const words = [
      option.value,
      ...(option.synonyms ?? []),
      ctx.label(option.label, 'vi'),
      ctx.label(option.label, 'en'),
    ];
    let score = 0;
    for (const word of words) {
      const candidate = foldText(word);
      if (candidate.length === 0) continue;
      let s = scoreKeyword(folded, candidate);
      // A short answer typed with one typo against a label ("chon mot" vs "chọn một") also counts.
      if (s === 0 && candidate.length >= FUZZY_MIN_LENGTH && distance(folded, candidate) <= 1) s = 1;
      score = Math.max(score, s);
    }
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { option, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? chosen(best.option) : { kind: 'invalid' };
}
