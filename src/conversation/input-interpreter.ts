import type { InboundPayload, Language } from './channel.js';
import type { AskStep } from './flow-schema.js';
import type { InputTypeRegistry, Interpretation } from './input-types.js';
import { SKIP_PAYLOAD } from './payloads.js';
import type { Variables } from './variables.js';
import { getPath } from './variables.js';
import { WORD_LISTS, containsPhraseOf, isWordOf, type WordSource } from './vocabulary.js';

export type { Interpretation };

export interface InterpretContext {
  language: Language;
  variables: Variables;
  /** Label text of a template key in a language (choice options are matched in every language). */
  label(key: string, language: Language): string;
  words: WordSource;
  inputs: InputTypeRegistry;
}

/** Understands the citizen's answer for an ask step. Pure: the engine decides what to do with the result. */
export function interpretAnswer(step: AskStep, payload: InboundPayload, ctx: InterpretContext): Interpretation {
  if (step.skip && payload.kind === 'text') {
    const text = payload.text.trim();
    if (text === SKIP_PAYLOAD || isWordOf(text, WORD_LISTS.skip, ctx.words)) return { kind: 'skip' };
    if (step.skip.words && containsPhraseOf(text, step.skip.words, ctx.words)) return { kind: 'skip' };
  }
  return ctx.inputs.interpret(step.input, payload, {
    language: ctx.language,
    previous: getPath(ctx.variables, step.save),
    label: ctx.label,
    words: ctx.words,
  });
}
