import { z } from 'zod';
import type { InboundPayload, Language } from './channel.js';
import { ConversationErrors } from './errors.js';
import type { AskInput } from './flow-schema.js';
import { writeSpokenCodes } from './spoken-codes.js';
import type { WordSource } from './vocabulary.js';

/**
 * Input types: what an `ask` step's `input.type` accepts and how an answer becomes a value. The engine owns the
 * channel-neutral basics (text, number, yes_no, choice, phone, date, image, location, file, contact); a module
 * registers the types of its domain (the LGSP module: dossier_code, tax_code), the way it registers actions.
 */

/** How an answer to an `ask` step was understood. */
export type Interpretation =
  | { kind: 'value'; value: unknown; next?: string }
  | { kind: 'skip' }
  /** `template`: why this answer is refused, when the type can tell better than its invalid-answer message. */
  | { kind: 'invalid'; template?: string }
  /** More images are welcome: the collected ones so far are saved, the step keeps waiting. */
  | { kind: 'collecting'; value: unknown[] };

/** What an input type may use to understand an answer. */
export interface InputContext {
  language: Language;
  /** What the step's variable holds now (images collected so far). */
  previous: unknown;
  /** Text of a template key in a language (choice labels are matched in every language). */
  label(key: string, language: Language): string;
  /** The editable word lists (yes/no, done…), every language together. */
  words: WordSource;
}

/** A value of an input type found inside a sentence, with where it stands (UTF-16 offsets, end exclusive). */
export interface EntityMatch {
  value: unknown;
  start: number;
  end: number;
}

export interface InputTypeDefinition<O extends z.ZodObject = z.ZodObject> {
  /** The `input.type` flows write: lower-case letters, digits and _ (`dossier_code`). */
  type: string;
  /** For flow authors: what the citizen sends and what is saved. Shown in the editors' JSON Schema. */
  description: string;
  /** The other fields of `input` beside `type` (a zod object; unknown fields are refused). None when omitted. */
  options?: O;
  /** Sent on an invalid answer when the step names no `invalid` template. Default `common:input.invalid.<type>`. */
  invalidTemplate?: string;
  /** Typed answers the type accepts (documentation, editors; tests check each is accepted); none for media. */
  examples: readonly string[];
  /** Understands one answer; pure, never throws. */
  interpret(payload: InboundPayload, options: z.output<O>, ctx: InputContext): Interpretation;
  /**
   * Finds values of this type anywhere in a message ("hồ sơ số 000.00.15.H02-221205-0001 sao rồi"), in order; pure.
   * Types that have it may be a flow's `entities`, so a message with such a value reaches that flow.
   */
  find?(text: string): EntityMatch[];
  /**
   * Candidates of the type's shape in a message that are no value (a tax code with a wrong check digit), each with the
   * template saying why; pure. The engine tells the citizen instead of asking again as if nothing was typed.
   */
  findRefused?(text: string): RefusedMatch[];
  /**
   * True when any short words are a value (a place typed as text): like a `text` question for a field, a sure wish
   * for another flow ("tra cứu hồ sơ <mã>") is followed rather than saved as the answer.
   */
  takesWords?: boolean;
}

/** A candidate of a type's shape that is no value: where it stands and the template saying why. */
export interface RefusedMatch {
  template: string;
  start: number;
  end: number;
}

/**
 * A `find` from a pattern of candidates and the type's parser: each candidate the parser accepts is a value. The
 * pattern is used with the `g` flag and should not match inside a longer word or number.
 */
export function findByPattern(pattern: RegExp, parse: (text: string) => unknown): (text: string) => EntityMatch[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return (text) => {
    const found: EntityMatch[] = [];
    for (const match of text.normalize('NFC').matchAll(global)) {
      const value = parse(match[0]);
      if (value !== null && value !== undefined)
        found.push({ value, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}

/** Identity helper that keeps the options type of `interpret` tied to the `options` schema. */
export function defineInputType<O extends z.ZodObject = z.ZodObject>(
  def: InputTypeDefinition<O>,
): InputTypeDefinition<O> {
  return def;
}

/**
 * An input type answered by one text message and a parser (`parseTaxCode`): the parser's value is saved, null is an
 * invalid answer. The usual shape of a module's type.
 */
export function defineTextInputType(def: {
  type: string;
  description: string;
  invalidTemplate?: string;
  examples: readonly string[];
  parse(text: string): unknown;
  /** Candidates inside a sentence (see `findByPattern`); the type can then be a flow's entity. */
  pattern?: RegExp;
  /**
   * Why a text of the type's shape the parser refuses is no value (a template key: a wrong check digit), or undefined
   * when it is not of the shape or the invalid-answer message says it.
   */
  refusal?(text: string): string | undefined;
}): InputTypeDefinition {
  const { pattern, refusal } = def;
  return {
    type: def.type,
    description: def.description,
    ...(def.invalidTemplate === undefined ? {} : { invalidTemplate: def.invalidTemplate }),
    ...(pattern === undefined ? {} : { find: findByPattern(pattern, (text) => def.parse(text)) }),
    ...(pattern === undefined || refusal === undefined ? {} : { findRefused: findRefusedByPattern(pattern, refusal) }),
    examples: def.examples,
    interpret(payload) {
      const text = payload.kind === 'text' ? payload.text.trim() : null;
      const value = text === null ? null : def.parse(text);
      if (value !== null && value !== undefined) return { kind: 'value', value };
      const template = text === null ? undefined : refusal?.(text);
      return template === undefined ? { kind: 'invalid' } : { kind: 'invalid', template };
    },
  };
}

/** A `findRefused` from a pattern of candidates and a refusal: each candidate it refuses, with why. */
function findRefusedByPattern(pattern: RegExp, refusal: (text: string) => string | undefined) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return (text: string): RefusedMatch[] => {
    const found: RefusedMatch[] = [];
    for (const match of text.normalize('NFC').matchAll(global)) {
      const template = refusal(match[0]);
      if (template !== undefined) found.push({ template, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}

export interface InputTypeInfo {
  type: string;
  description: string;
  examples: readonly string[];
  invalidTemplate: string;
}

export interface InputTypeRegistry {
  has(type: string): boolean;
  describe(type: string): InputTypeInfo | null;
  list(): InputTypeInfo[];
  /** What is wrong with an `ask` step's input (unknown type, options not as the type wants); empty when fine. */
  check(input: AskInput): string[];
  /** Understands an answer; an unknown type or bad options (validation refuses both) is an invalid answer. */
  interpret(input: AskInput, payload: InboundPayload, ctx: InputContext): Interpretation;
  /** The template of an invalid answer for a type (`invalid` of the step aside). */
  invalidTemplate(type: string): string;
  /** The zod schema of an `input` of any registered type: the editors' JSON Schema lists them from it. */
  inputSchema(): z.ZodType;
  /** True when the type finds its values inside sentences (it may be a flow's entity). */
  canFind(type: string): boolean;
  /** True when any short words are a value of the type (`takesWords`). */
  takesWords(type: string): boolean;
  /** Values of the given types found in a message, the first of each type; types that cannot find are skipped. */
  findEntities(text: string, types: Iterable<string>): Map<string, EntityMatch>;
  /** Refused candidates of the given types in a message (`findRefused`), the first of each type. */
  findRefused(text: string, types: Iterable<string>): Map<string, RefusedMatch>;
  /** Every value of every type that can find, with its type (masking personal data in kept messages). */
  findAnywhere(text: string): (EntityMatch & { type: string })[];
}

const EMPTY_OPTIONS = z.object({});

/** Builds a registry; types must be unique. Pass the engine's `BASIC_INPUT_TYPES` and the modules' types. */
export function createInputTypeRegistry(definitions: readonly InputTypeDefinition[]): InputTypeRegistry {
  const byType = new Map<string, InputTypeDefinition>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw ConversationErrors.duplicateInputType(definition.type);
    byType.set(definition.type, definition);
  }
  // Flow definitions are immutable and cached, so each step's input is parsed once.
  type ParsedOptions = { success: true; data: z.output<z.ZodObject> } | { success: false; error: z.ZodError };
  const parsedOptions = new WeakMap<AskInput, ParsedOptions>();
  const parseOptions = (definition: InputTypeDefinition, input: AskInput) => {
    let parsed = parsedOptions.get(input);
    if (!parsed) {
      const { type: _type, ...options } = input;
      const result = (definition.options ?? EMPTY_OPTIONS).strict().safeParse(options);
      parsed = result.success ? { success: true, data: result.data } : { success: false, error: result.error };
      parsedOptions.set(input, parsed);
    }
    return parsed;
  };
  const invalidTemplate = (type: string) => byType.get(type)?.invalidTemplate ?? `common:input.invalid.${type}`;
  const describe = (type: string): InputTypeInfo | null => {
    const definition = byType.get(type);
    if (!definition) return null;
    return {
      type,
      description: definition.description,
      examples: definition.examples,
      invalidTemplate: invalidTemplate(type),
    };
  };
  return {
    has: (type) => byType.has(type),
    describe,
    list: () => [...byType.keys()].map((type) => describe(type)).filter((info) => info !== null),
    check(input) {
      const definition = byType.get(input.type);
      if (!definition) {
        return [`input type "${input.type}" is not registered; known types: ${[...byType.keys()].join(', ')}`];
      }
      const parsed = parseOptions(definition, input);
      return parsed.success
        ? []
        : parsed.error.issues.map((issue) => `input.${issue.path.join('.') || '(options)'}: ${issue.message}`);
    },
    interpret(input, payload, ctx) {
      const definition = byType.get(input.type);
      if (!definition) return { kind: 'invalid' };
      const parsed = parseOptions(definition, input);
      if (!parsed.success) return { kind: 'invalid' };
      const result = definition.interpret(payload, parsed.data, ctx);
      // An answer inside a sentence ("mã của tôi là 000.00.15.H02-221205-0001 ạ") is the value it contains.
      if (result.kind === 'invalid' && payload.kind === 'text' && definition.find) {
        // Or said aloud to a voice keyboard ("không chín một hai …"): written down (`writeSpokenCodes`).
        const [first] = [...definition.find(payload.text), ...definition.find(writeSpokenCodes(payload.text))];
        if (first) return { kind: 'value', value: first.value };
        // Or a code mistyped inside it ("mst của em là 2300900006"): why it is refused.
        const [refused] = definition.findRefused?.(payload.text) ?? [];
        if (refused && result.template === undefined) return { kind: 'invalid', template: refused.template };
      }
      return result;
    },
    invalidTemplate,
    canFind: (type) => byType.get(type)?.find !== undefined,
    takesWords: (type) => byType.get(type)?.takesWords === true,
    findEntities: (text, types) => firstOfEachType(types, (type) => byType.get(type)?.find?.(text)[0]),
    findRefused: (text, types) => firstOfEachType(types, (type) => byType.get(type)?.findRefused?.(text)[0]),
    findAnywhere(text) {
      return [...byType.values()].flatMap((definition) =>
        (definition.find?.(text) ?? []).map((match) => ({ ...match, type: definition.type })),
      );
    },
    inputSchema() {
      const schemas = [...byType.values()].map((definition) =>
        z
          .object({
            type: z
              .literal(definition.type)
              .describe(
                definition.examples.length === 0
                  ? definition.description
                  : `${definition.description} E.g. ${definition.examples.map((e) => `"${e}"`).join(', ')}`,
              ),
          })
          .extend((definition.options ?? EMPTY_OPTIONS).shape)
          .strict(),
      );
      const [first, ...rest] = schemas;
      if (!first) return z.never();
      return z.discriminatedUnion('type', [first, ...rest]);
    },
  };
}

/** The first match of each type (in the order asked, each type once). */
function firstOfEachType<M>(types: Iterable<string>, first: (type: string) => M | undefined): Map<string, M> {
  const found = new Map<string, M>();
  for (const type of types) {
    if (found.has(type)) continue;
    const match = first(type);
    if (match) found.set(type, match);
  }
  return found;
}
