import { defineTextInputType, type InputTypeDefinition } from '../conversation/index.js';
import { PLACE_INPUT_TYPES } from './place.js';
import { parseTicketInput } from './ticket-number.js';

/**
 * The feedback module's input types, for `createInputTypeRegistry`: ticket numbers (also found inside sentences) and
 * places.
 */
export const FEEDBACK_INPUT_TYPES: readonly InputTypeDefinition[] = [
  defineTextInputType({
    type: 'ticket_number',
    description:
      'A feedback ticket number, ours or the LGSP\'s id of it, typed loosely ("pa zl 2026 12" → PA-ZL-2026-000012, "pa 2026 4517" → PA-2026-004517).',
    examples: ['PA-ZL-2026-000001', 'pa zl 2026 12', 'PA-2026-004517', 'pa 2026 4517'],
    parse: parseTicketInput,
    invalidTemplate: 'feedback:ticket.invalid',
    // Pasted as printed (with its dashes) it may stick to the word before it ("phananhPA-2026-004517"); its serial may
    // be typed in groups of three ("pa zl 2026 000 431").
    pattern:
      /(?<!\p{N})(?<!\p{L}(?!pa-))pa[-\s.]*(?:zl[-\s.]*)?20\d{2}[-\s.]*(?:\d{1,3}[\s.]\d{3}|\d{1,9})(?![\p{L}\p{N}])/iu,
  }),
  ...PLACE_INPUT_TYPES,
];
