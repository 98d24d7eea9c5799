import { z } from 'zod';
import { createActionRegistry, defineAction, type ActionRegistry } from './actions.js';
import { languageSchema } from './channel.js';
import { HANDOFF_RATE_EFFECT, LANGUAGE_EFFECT, handoffRatePayloadSchema } from './effects.js';

/** The rating buttons' payload after `#handoff_rate`: the handoff's id and the rating, e.g. `9f1c… 5`. */
const handoffRatingAnswerSchema = z
  .string()
  .trim()
  .transform((answer) => {
    const [handoffId, rating] = answer.split(/\s+/);
    return { handoffId, rating: Number(rating) };
  })
  .pipe(handoffRatePayloadSchema);

/**
 * Actions the core flows need. They only ask for effects, performed in the turn's transaction: the citizens module
 * changes the language, the handoff store records a rating.
 */
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
    defineAction({
      name: 'handoff.rate',
      description:
        "Records the citizen's rating of an official's help from the closing notice's button: answer = '<handoff id> <1–5>'.",
      kind: 'write',
      args: z.object({ answer: handoffRatingAnswerSchema }),
      run({ answer }) {
        return Promise.resolve({
          status: 'ok',
          value: { rating: answer.rating },
          effects: [{ type: HANDOFF_RATE_EFFECT, payload: answer }],
        });
      },
    }),
  ]);
}
