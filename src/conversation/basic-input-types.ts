import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { AskInput } from './flow-schema.js';
import { identifierSchema, templateKeySchema } from './flow-schema.js';
import {
  defineInputType,
  findByPattern,
  type InputContext,
  type InputTypeDefinition,
  type Interpretation,
} from './input-types.js';
import { parseDate, parseNumber, parsePhone } from './parse-input.js';
import { CHOICE_PAYLOAD, DONE_PAYLOAD } from './payloads.js';
import { FUZZY_MIN_LENGTH, foldText, scoreKeyword } from './text.js';
import { WORD_LISTS, isWordOf, parseYesNo } from './vocabulary.js';

/**
 * The engine's own input types: what any channel can carry (text, numbers, dates, yes/no, choices, media, places,
 * contact details). The engine draws their buttons and cards itself, so their options are also typed here
 * (`parseBasicInput`). Domain types (dossier codes, tax codes) belong to the modules that own them.
 */

const DEFAULT_TEXT_MAX = 2000;

const textOptions = z.object({
  min: z.number().int().min(0).optional().describe('Fewest characters; default 1'),
  max: z.number().int().min(1).optional().describe(`Most characters; default ${DEFAULT_TEXT_MAX}`),
});
const numberOptions = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
});
const choiceOptionSchema = z
  .object({
    value: z.string().min(1),
    label: templateKeySchema,
    synonyms: z.array(z.string().min(1)).optional().describe('Other words citizens use for this option'),
    words: z
      .string()
      .regex(/^words:[A-Za-z0-9_.-]+$/)
      .optional()
      .describe(
        'A word list whose phrases, typed as the whole answer, pick this option in any language: words:answer.yes and words:answer.no make a choice a yes/no question ("có", "đồng ý", "ok", "yes" / "không", "no")',
      ),
    next: identifierSchema.optional().describe('Step for this option; defaults to the ask step next'),
  })
  .strict();
const choiceOptions = z.object({
  options: z.array(choiceOptionSchema).min(1),
  buttons: z.boolean().optional().describe('false: no buttons, the citizen types the option'),
});
const imageOptions = z.object({
  min: z.number().int().min(1).optional(),
  max: z.number().int().min(1).max(10).optional(),
});
const contactOptions = z.object({
  title: templateKeySchema.describe('Title of the request_user_info card'),
  subtitle: templateKeySchema.describe('Subtitle of the request_user_info card'),
  image: z.string().optional(),
});

/** The basic inputs with their options, typed: the engine's buttons, cards and validation read them. */
const basicInputSchema = z.discriminatedUnion('type', [
  textOptions.extend({ type: z.literal('text') }).strict(),
  numberOptions.extend({ type: z.literal('number') }).strict(),
  z.object({ type: z.literal('yes_no') }).strict(),
  choiceOptions.extend({ type: z.literal('choice') }).strict(),
  z.object({ type: z.literal('phone') }).strict(),
  z.object({ type: z.literal('date') }).strict(),
  imageOptions.extend({ type: z.literal('image') }).strict(),
  z.object({ type: z.literal('location') }).strict(),
  z.object({ type: z.literal('file') }).strict(),
  contactOptions.extend({ type: z.literal('contact') }).strict(),
]);
export type BasicInput = z.infer<typeof basicInputSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const basicInputs = new WeakMap<AskInput, BasicInput | null>();

/** The most photos a question for photos takes: its `max`, and at least its `min` (1 when not given). */
export function imageLimit(options: { min?: number | undefined; max?: number | undefined }): number {
  const min = options.min ?? 1;
  return Math.max(options.max ?? min, min);
}

/** The most photos an ask step's input takes (`imageLimit`), or undefined when it is no question for photos. */
export function photoLimitOf(input: AskInput): number | undefined {
  const basic = parseBasicInput(input);
  return basic?.type === 'image' ? imageLimit(basic) : undefined;
}

/** An ask step's input as one of the engine's basic types, or null when it is a module's type (or malformed). */
export function parseBasicInput(input: AskInput): BasicInput | null {
  let parsed = basicInputs.get(input);
  if (parsed === undefined) {
    const result = basicInputSchema.safeParse(input);
    parsed = result.success ? result.data : null;
    basicInputs.set(input, parsed);
  }
  return parsed;
}

const textOf = (payload: Parameters<InputTypeDefinition['interpret']>[0]) =>
  payload.kind === 'text' ? payload.text.trim() : null;
const valueOrInvalid = (value: unknown): Interpretation =>
  value === null ? { kind: 'invalid' } : { kind: 'value', value };

/** The engine's input types, in the order editors list them. */
export const BASIC_INPUT_TYPES: readonly InputTypeDefinition[] = [
  defineInputType({
    type: 'text',
    description: 'Free text, `min` to `max` characters.',
    options: textOptions,
    examples: ['Đường Lê Lợi bị ngập'],
    interpret(payload, options) {
      const text = textOf(payload);
      if (text === null) return { kind: 'invalid' };
      const length = [...text].length;
      return length >= (options.min ?? 1) && length <= (options.max ?? DEFAULT_TEXT_MAX)
        ? { kind: 'value', value: text }
        : { kind: 'invalid' };
    },
  }),
  defineInputType({
    type: 'number',
    description: 'A number written the Vietnamese way or plainly, within `min`/`max`, whole when `integer`.',
    options: numberOptions,
    examples: ['1.500.000', '2,5', '3'],
    interpret(payload, options) {
      const text = textOf(payload);
      const value = text === null ? null : parseNumber(text);
      if (value === null) return { kind: 'invalid' };
      if (options.integer && !Number.isInteger(value)) return { kind: 'invalid' };
      if ((options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max))
        return { kind: 'invalid' };
      return { kind: 'value', value };
    },
  }),
  defineInputType({
    type: 'yes_no',
    description: 'Yes or no: the buttons, or a word of words:answer.yes / words:answer.no → true/false.',
    examples: ['có', 'không', 'yes'],
    interpret(payload, _options, ctx) {
      const text = textOf(payload);
      if (text === `${CHOICE_PAYLOAD}yes`) return { kind: 'value', value: true };
      if (text === `${CHOICE_PAYLOAD}no`) return { kind: 'value', value: false };
      return valueOrInvalid(text === null ? null : parseYesNo(text, ctx.words));
    },
  }),
  defineInputType({
    type: 'choice',
    description: 'One of `options`: a button, its number, its value, label (either language) or a synonym, one typo.',
    options: choiceOptions,
    examples: ['1', 'tiếng việt'],
    interpret(payload, options, ctx) {
      const text = textOf(payload);
      return text === null ? { kind: 'invalid' } : interpretChoice(options.options, text, ctx);
    },
  }),
  defineInputType({
    type: 'phone',
    description: 'A Vietnamese mobile number in any usual form → 0xxxxxxxxx.',
    examples: ['0912 345 678', '+84912345678'],
    interpret(payload) {
      const raw = payload.kind === 'contact' ? (payload.phone ?? '') : textOf(payload);
      return valueOrInvalid(raw === null ? null : parsePhone(raw));
    },
    // Typed in a hurry it may stick to its name before it ("sđt0912345678").
    find: findByPattern(
      /(?<![\p{N}+])(?<!\p{L}(?<!(?<![\p{L}\p{N}])[sS][dDđĐ][tT]))(?:\+84|84|0)(?:[\s.]?\d){9}(?![\p{L}\p{N}])/u,
      parsePhone,
    ),
  }),
  defineInputType({
    type: 'date',
    description: 'A date day/month/year → yyyy-mm-dd.',
    examples: ['5/12/2022', '05-12-22'],
    interpret: (payload) => {
      const text = textOf(payload);
      return valueOrInvalid(text === null ? null : parseDate(text));
    },
    find: findByPattern(/(?<![\p{L}\p{N}])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\p{L}\p{N}])/u, parseDate),
  }),
  defineInputType({
    type: 'image',
    description: 'Photos, `min` to `max` (collected over several messages; "xong"/"done" ends early) → a list.',
    options: imageOptions,
    examples: [],
    interpret(payload, options, ctx) {
      const min = options.min ?? 1;
      const max = imageLimit(options);
      const collected: unknown[] = Array.isArray(ctx.previous) ? ctx.previous : [];
      if (payload.kind === 'image') {
        const all = [...collected, ...payload.images].slice(0, max);
        return all.length >= max ? { kind: 'value', value: all } : { kind: 'collecting', value: all };
      }
      const text = textOf(payload);
      const done = text !== null && (text === DONE_PAYLOAD || isWordOf(text, WORD_LISTS.done, ctx.words));
      return done && collected.length >= min ? { kind: 'value', value: collected } : { kind: 'invalid' };
    },
  }),
  defineInputType({
    type: 'location',
    description: 'A shared location → { latitude, longitude, address }.',
    examples: [],
    interpret: (payload) =>
      payload.kind === 'location'
        ? {
            kind: 'value',
            value: { latitude: payload.latitude, longitude: payload.longitude, address: payload.address },
          }
        : { kind: 'invalid' },
  }),
  defineInputType({
    type: 'file',
    description: 'An attached file → { url, name, size }.',
    examples: [],
    interpret: (payload) =>
      payload.kind === 'file'
        ? { kind: 'value', value: { url: payload.url, name: payload.name, size: payload.size } }
        : { kind: 'invalid' },
  }),
  defineInputType({
    type: 'contact',
    description: 'Contact details the citizen shares with the channel card (`title`, `subtitle`) → name, phone….',
    options: contactOptions,
    examples: [],
    interpret(payload) {
      if (payload.kind !== 'contact') return { kind: 'invalid' };
      const { kind: _kind, ...details } = payload;
      const phone = details.phone === undefined ? undefined : (parsePhone(details.phone) ?? details.phone);
      return { kind: 'value', value: { ...details, ...(phone === undefined ? {} : { phone }) } };
    },
  }),
];

/** The names of the engine's input types (their invalid-answer templates are engine templates). */
export const BASIC_INPUT_TYPE_NAMES: readonly string[] = BASIC_INPUT_TYPES.map((definition) => definition.type);

function interpretChoice(options: ChoiceOption[], text: string, ctx: InputContext): Interpretation {
  const folded = foldText(text);
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
  // A phrase of an option's word list as the whole answer ("đồng ý", "yes" for a yes/no question), when it is in one
  // option's list only; before the scores, which would read "không đồng ý" as half "đồng ý".
  const answer = text.replace(/[.!]+$/, '');
  const byWords = options.filter((option) => option.words !== undefined && isWordOf(answer, option.words, ctx.words));
  if (byWords.length === 1 && byWords[0]) return chosen(byWords[0]);
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
