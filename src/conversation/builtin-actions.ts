import { z } from 'zod';
import { createActionRegistry, defineAction, type ActionRegistry } from './actions.js';
import { languageSchema } from './channel.js';
import { LANGUAGE_EFFECT } from './effects.js';

/** Actions the core flows need. They only ask for effects; the citizens module performs the language change. */
export function createBuiltinActions(): ActionRegistry {
  return createActionRegistry([
    defineAction({
      name: 'citizen.set_language',
      description: 'Remembers the language the citizen chose (vi or en); later messages use it.',
      kind: 'write',
      args: z.object({ language: languageSchema }),
      run(args) {
        return Promise.resolve({
          status: 'ok',
          value: { language: args.language },
          effects: [{ type: LANGUAGE_EFFECT, payload: { language: args.language } }],
        });
      },
    }),
  ]);
}
