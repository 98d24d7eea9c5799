import { createSubscriptionActions, type SubscriptionActionsDeps } from './announcements/index.js';
import { createCitizenDataActions, type CitizenDataDeps } from './citizens/index.js';
import {
  combineActionRegistries,
  createActionRegistry,
  createBuiltinActions,
  type ActionRegistry,
  type BuiltinActionsDeps,
} from './conversation/index.js';
import { createFeedbackActions, type FeedbackActionsDeps } from './feedback/index.js';
import { createLgspActions, type LgspActionsDeps } from './lgsp/index.js';

/** What the shipped modules' chat actions need to run, one entry a module. */
export interface ShippedActionsDeps {
  /** The handoffs the citizens' ratings are for (the engine's own actions). */
  handoffs?: BuiltinActionsDeps['handoffs'];
  lgsp: LgspActionsDeps;
  feedback: FeedbackActionsDeps;
  citizenData: CitizenDataDeps;
  subscriptions: SubscriptionActionsDeps;
}

/**
 * Every action flows may call in this build: the engine's built-ins and those of the shipped modules. The server, the
 * flows CLI and the tests compose them here, so a module's new actions are registered in one place.
 */
export function createShippedActions(deps: ShippedActionsDeps): ActionRegistry {
  return combineActionRegistries(
    createBuiltinActions(deps.handoffs ? { handoffs: deps.handoffs } : {}),
    createActionRegistry([
      ...createLgspActions(deps.lgsp),
      ...createFeedbackActions(deps.feedback),
      ...createCitizenDataActions(deps.citizenData),
      ...createSubscriptionActions(deps.subscriptions),
    ]),
  );
}

/**
 * The same actions for checking flows against their names and parameters only (validation, publishing in tests):
 * nothing is wired behind them, and running one fails.
 */
export function createShippedActionDefinitions(): ActionRegistry {
  // The modules' factories only keep their dependencies for when an action runs; none is touched to define them.
  return createShippedActions({
    lgsp: {} as LgspActionsDeps,
    feedback: {} as FeedbackActionsDeps,
    citizenData: {} as CitizenDataDeps,
    subscriptions: {} as SubscriptionActionsDeps,
  });
}
