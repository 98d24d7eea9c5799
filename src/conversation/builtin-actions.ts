import { z } from 'zod';
import { createActionRegistry, defineAction, type ActionRegistry } from './actions.js';
import { languageSchema, type CitizenPreferences } from './channel.js';

/** Actions the core flows need, built on the engine's own ports. */
export function createBuiltinActions(deps: { preferences: CitizenPreferences }): ActionRegistry {
  return createActionRegistry([
    defineAction({
      name: 'citizen.set_language',
      description: 'Remembers the language the citizen chose (vi or en); later messages use it.',
      args: z.object({ language: languageSchema }),
      async run(args, ctx) {
        await deps.preferences.setLanguage(ctx.citizenId, args.language);
        return { status: 'ok', value: { language: args.language } };
      },
    }),
  ]);
}
