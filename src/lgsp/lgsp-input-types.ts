import { defineTextInputType, type InputTypeDefinition } from '../conversation/index.js';
import { DOSSIER_CODE_SOURCE, hasWrongTaxCheckDigit, parseDossierCode, parseTaxCode } from './parse-codes.js';

/**
 * A dossier code inside a sentence, typed as `parseDossierCode` reads it (`DOSSIER_CODE_SOURCE`). Typed in a hurry it
 * may stick to the word before it ("hồ sơ000.00.15.H02-…"): a code that begins with a digit may follow a letter.
 */
const DOSSIER_CODE_IN_TEXT = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}.])|(?<=\p{L})(?=\d))${DOSSIER_CODE_SOURCE}(?![\p{L}\p{N}])`,
  'iu',
);

/** A whole text shaped like a dossier code (what `DOSSIER_CODE_IN_TEXT` finds inside a sentence). */
const DOSSIER_CODE_SHAPE = new RegExp(`^(?:${DOSSIER_CODE_IN_TEXT.source})$`, DOSSIER_CODE_IN_TEXT.flags);

/** The input types of the LGSP's codes, for `createInputTypeRegistry` (beside the engine's `BASIC_INPUT_TYPES`). */
export const LGSP_INPUT_TYPES: readonly InputTypeDefinition[] = [
  defineTextInputType({
    type: 'dossier_code',
    description: 'A dossier code as printed on the receipt, any case or spacing → canonical 000.00.15.H02-221205-0001.',
    invalidTemplate: 'lgsp:input.invalid.dossier_code',
    examples: ['000.00.15.H02-221205-0001', '0000015h02 221205 0001'],
    parse: parseDossierCode,
    // The shape of a code, whole, that the parser refuses (an impossible receipt date): no such dossier.
    refusal: (text) =>
      DOSSIER_CODE_SHAPE.test(text.trim()) && parseDossierCode(text) === null
        ? 'lgsp:input.refused.dossier_code'
        : undefined,
    pattern: DOSSIER_CODE_IN_TEXT,
  }),
  defineTextInputType({
    type: 'tax_code',
    description: 'A tax code, 10 digits or 13 with a branch, check digit verified → 0100109106 or 0100109106-001.',
    invalidTemplate: 'lgsp:input.invalid.tax_code',
    examples: ['0100109106', '0100109106-001'],
    parse: parseTaxCode,
    // Typed in a hurry it may stick to its name before it ("mst0100109106"); spaced or dotted in groups it is read whole
    // ("3702 418 596", "0100.109.106"), never from inside a longer run of groups (a spaced dossier code's "221205 0001").
    pattern:
      /(?<!\p{N})(?<!\p{N}[ .])(?<!\p{L}(?<!(?<![\p{L}\p{N}])[mM][sS][tT]))(?:\d{10}(?:-?\d{3})?|\d{2,5}(?:[ .]\d{3,4}){1,3}(?:-\d{3})?(?![ .]\d))(?![\p{L}\p{N}])/u,
    // Ten digits are a tax code's length: the citizen is told the check digit is wrong, not how long a code is.
    refusal: (text) => (hasWrongTaxCheckDigit(text) ? 'lgsp:input.refused.tax_code_check_digit' : undefined),
  }),
];
