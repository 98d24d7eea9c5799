import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import type { CitizenId, Language } from './channel.js';
import type { EffectRequest } from './effects.js';
import { ConversationErrors } from './errors.js';
import type { TemplateRenderer } from './template-renderer.js';

/**
 * What an action reports; only `ok` carries a value, which the `call` step saves into its variable. A `write` action
 * performs nothing itself: it returns the effects it wants, and the engine records them with the turn.
 */
export type ActionOutcome =
  | { status: 'ok'; value: Record<string, unknown>; effects?: EffectRequest[] }
  | { status: 'not_found' }
  | { status: 'invalid'; reason?: string }
  | { status: 'unavailable' };

export const ACTION_STATUSES = ['ok', 'not_found', 'invalid', 'unavailable'] as const;

/** Records that an action ran with an outcome (a module's durable counts); resolves even when recording failed. */
export type ActionOutcomeRecorder = (action: string, status: ActionOutcome['status']) => Promise<void>;

export interface ActionContext {
  citizenId: CitizenId;
  language: Language;
  now: Date;
  /** Already carries the action name and the event id. */
  logger: Logger;
  variables: Readonly<Record<string, unknown>>;
  /**
   * The texts of the conversation's release. An action that words its value (labels, lines) renders with these, so a
   * conversation in flight keeps the texts it started with (and its word lists); the engine always passes them.
   */
  texts?: Pick<TemplateRenderer, 't' | 'wordList' | 'languages'>;
}

export interface ActionDefinition<A extends z.ZodType> {
  /** Dotted name used in flows, e.g. `lgsp.dossier.get`. */
  name: string;
  description: string;
  /**
   * `read` actions may call other systems to look things up and change nothing; `write` actions return the changes
   * they want as effects (performed once, after the turn is recorded; never by the simulator).
   */
  kind: 'read' | 'write';
  /** A zod object: flow validation checks argument names against its keys. */
  args: A;
  run(args: z.output<A>, ctx: ActionContext): Promise<ActionOutcome>;
}

/** Identity helper that keeps the argument type of `run` tied to the `args` schema. */
export function defineAction<A extends z.ZodType>(def: ActionDefinition<A>): ActionDefinition<A> {
  return def;
}

export interface ActionInfo {
  name: string;
  description: string;
  kind: 'read' | 'write';
  /** Argument names, when the schema is a zod object; null when any shape is accepted. */
  argNames: string[] | null;
  requiredArgNames: string[];
}

export interface ActionRegistry {
  has(name: string): boolean;
  describe(name: string): ActionInfo | null;
  list(): ActionInfo[];
  /** Runs an action; bad arguments become `invalid`, a thrown error or unknown action `unavailable`. Never throws. */
  run(name: string, rawArgs: Record<string, unknown>, ctx: ActionContext): Promise<ActionOutcome>;
}

/** Builds a registry; names must be unique. */
export function createActionRegistry(actions: ActionDefinition<z.ZodType>[]): ActionRegistry {
  const byName = new Map<string, ActionDefinition<z.ZodType>>();
  for (const action of actions) {
    if (byName.has(action.name)) throw ConversationErrors.duplicateAction(action.name);
    byName.set(action.name, action);
  }
  const describe = (name: string): ActionInfo | null => {
    const action = byName.get(name);
    if (!action) return null;
    const shape = action.args instanceof z.ZodObject ? action.args.shape : null;
    const entries: [string, unknown][] = shape ? Object.entries(shape) : [];
    return {
      name: action.name,
      description: action.description,
      kind: action.kind,
      argNames: shape ? entries.map(([key]) => key) : null,
      requiredArgNames: entries
        .filter(([, schema]) => schema instanceof z.ZodType && !schema.safeParse(undefined).success)
        .map(([key]) => key),
    };
  };
  return {
    has: (name) => byName.has(name),
    describe,
    list: () => [...byName.keys()].map((name) => describe(name)).filter((info) => info !== null),
    async run(name, rawArgs, ctx) {
      const action = byName.get(name);
      if (!action) {
        ctx.logger.error('flow called an unknown action');
        return { status: 'unavailable' };
      }
      const parsed = action.args.safeParse(rawArgs);
      if (!parsed.success) {
        // Issue paths only: the values may be personal data.
        ctx.logger.info({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'action arguments invalid');
        return { status: 'invalid', reason: 'arguments' };
      }
      try {
        const outcome = await action.run(parsed.data, ctx);
        if (action.kind === 'read' && outcome.status === 'ok' && (outcome.effects?.length ?? 0) > 0) {
          throw ConversationErrors.writeFromReadAction(action.name);
        }
        return outcome;
      } catch (error) {
        ctx.logger.error({ err: error }, 'action failed');
        return { status: 'unavailable' };
      }
    },
  };
}

/** Merges registries (e.g. built-in + LGSP + feedback); names must stay unique across them. */
export function combineActionRegistries(...registries: ActionRegistry[]): ActionRegistry {
  const seen = new Set<string>();
  for (const registry of registries) {
    for (const info of registry.list()) {
      if (seen.has(info.name)) throw ConversationErrors.duplicateAction(info.name);
      seen.add(info.name);
    }
  }
  const find = (name: string) => registries.find((r) => r.has(name));
  return {
    has: (name) => find(name) !== undefined,
    describe: (name) => find(name)?.describe(name) ?? null,
    list: () => registries.flatMap((r) => r.list()),
    run: async (name, rawArgs, ctx) => {
      const registry = find(name);
      if (!registry) {
        ctx.logger.error('flow called an unknown action');
        return { status: 'unavailable' };
      }
      return registry.run(name, rawArgs, ctx);
    },
  };
}
