import { z } from 'zod';
import { createActionRegistry, defineAction, type ActionRegistry } from './actions.js';
import { languageSchema } from './channel.js';
import { HANDOFF_RATE_EFFECT, LANGUAGE_EFFECT, handoffRatePayloadSchema } from './effects.js';
import type { HandoffStore } from './handoff-store.js';

/** The rating buttons' payload after `#handoff_rate`: the handoff's id and the rating, e.g. `9f1c… 5`. */
const handoffRatingAnswerSchema = z
  .string()
  .trim()
  .transform((answer) => {
    const [handoffId, rating] = answer.split(/\s+/);
    return { handoffId, rating: Number(rating) };
  })
  .pipe(handoffRatePayloadSchema);

export interface BuiltinActionsDeps {
  /**
   * The handoffs ratings are for: a rating is checked against the citizen's own closed, answered handoff, and one
   * rated already is said so with its rating. Without it (checking flows, the simulator) a rating is taken unchecked;
   * the store still records one rating per handoff.
   */
  handoffs?: Pick<HandoffStore, 'find'>;
}

/**
 * Actions the core flows need. They only ask for effects, performed in the turn's transaction: the citizens module
 * changes the language, the handoff store records a rating.
 */
export function createBuiltinActions(deps: BuiltinActionsDeps = {}): ActionRegistry {
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
        "Records the citizen's rating of an official's help from the closing notice's button: answer = '<handoff id> <1–5>'. A handoff rated already gives value.already = true and its rating, and is not rated again; not_found: not the citizen's closed, answered handoff.",
      kind: 'write',
      args: z.object({ answer: handoffRatingAnswerSchema }),
      async run({ answer }, ctx) {
        if (deps.handoffs) {
          const handoff = await deps.handoffs.find(answer.handoffId);
          // Another citizen's handoff is answered exactly like a missing one.
          if (
            !handoff ||
            handoff.citizenId !== ctx.citizenId ||
            handoff.status !== 'closed' ||
            handoff.firstAnswerAt === null
          )
            return { status: 'not_found' };
          if (handoff.ratedAt !== null) return { status: 'ok', value: { rating: handoff.rating, already: true } };
        }
        return {
          status: 'ok',
          value: { rating: answer.rating, already: false },
          effects: [{ type: HANDOFF_RATE_EFFECT, payload: answer }],
        };
      },
    }),
  ]);
}
