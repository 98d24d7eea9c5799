/** Citizen record operations (follow state, interactions, shared contact, send window, retention). */
export {
  citizenSendStateQuery,
  findCitizen,
  findCitizenSendState,
  interactionUpsert,
  isInsideSendWindow,
  markNotFollowing,
  markSendWindowClosed,
  parseCitizenSendState,
  purgeInactiveCitizens,
  recordFollow,
  recordLanguage,
  recordInteraction,
  recordSharedContact,
  recordUnfollow,
  sharedContactSchema,
} from './citizen-repository.js';
/** The engine's `CitizenPreferences` port (language), backed by the citizen record. */
export { citizenLanguageQuery, createCitizenPreferences, findCitizenLanguage } from './citizen-repository.js';
/** Performs the engine's `citizen.language` effect inside a turn's transaction. */
export { createCitizenEffects } from './citizen-repository.js';
/** A stored citizen record and shared contact details. */
export type { CitizenRow, CitizenSendState, SharedContact } from './citizen-repository.js';
/** The `citizens` table (drizzle), for modules that select audiences. */
export { citizens } from './schema.js';
/** The citizen's own view and erasure of their data (flows `my_data`, `erase_my_data`) over every module's holder. */
export {
  CITIZEN_DATA_ERASE_EFFECT,
  citizenContactHolder,
  createCitizenDataActions,
  createCitizenDataEffects,
  type CitizenDataDeps,
  type PersonalDataHolder,
  type PersonalDataItem,
} from './personal-data.js';
/** Admin routes: a citizen's personal data shown and erased on a request made outside the chat. */
export { citizensAdminApi, type CitizensAdminApiDeps } from './admin-routes.js';
