import { BASIC_INPUT_TYPES, createInputTypeRegistry, type InputTypeRegistry } from './conversation/index.js';
import { FEEDBACK_INPUT_TYPES } from './feedback/index.js';
import { LGSP_INPUT_TYPES } from './lgsp/index.js';

/**
 * The input types ask steps may use in this build: the engine's basics and those of the shipped modules. The server,
 * the flows CLI and `npm run flows:schema` (the editors' JSON Schema) all use this one list.
 */
export function createShippedInputTypes(): InputTypeRegistry {
  return createInputTypeRegistry([...BASIC_INPUT_TYPES, ...LGSP_INPUT_TYPES, ...FEEDBACK_INPUT_TYPES]);
}
