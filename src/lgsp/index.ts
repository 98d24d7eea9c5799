/** LGSP integration: mapping profiles, a resilient client, services in our model, conversation actions, dossier watch. */
export { createLgsp, createLgspReadinessCheck } from './create-lgsp.js';
/** Admin route: the services' health (`GET /api/admin/lgsp/health`). */
export { lgspAdminApi, type LgspAdminApiDeps } from './admin-routes.js';
export type { Lgsp, LgspDeps } from './create-lgsp.js';
/** The HTTP client alone (auth, timeout, retries for reads, breaker per service). */
export { createLgspClient } from './lgsp-client.js';
export type {
  LgspClient,
  LgspClientConfig,
  LgspResilienceOptions,
  CallOutcome,
  BreakerStateName,
  ServiceActivity,
} from './lgsp-client.js';
/** Services on top of a client (conversion, cache, outcomes as values). */
export { createLgspServices, DEFAULT_CACHE_TTLS } from './lgsp-services.js';
export type { LgspServices, LgspCacheTtls } from './lgsp-services.js';
/** The Redis cache of converted answers. */
export { createLgspCache } from './lgsp-cache.js';
export type { LgspCache } from './lgsp-cache.js';
/** Prometheus metrics of the LGSP client; create once per registry. */
export { createLgspMetrics } from './lgsp-metrics.js';
export type { LgspMetrics } from './lgsp-metrics.js';
/** Mapping profiles: schema, shipped profiles, loading by name or path. */
export { loadProfile, parseProfile, getShippedProfile, profileSchema, SHIPPED_PROFILES } from './profile.js';
export type { Profile, ServiceName } from './profile.js';
/** Our model of the LGSP's data. */
export * from './model.js';
/** Error codes of this module. */
export { LgspErrors } from './errors.js';
/** Conversation actions `lgsp.*` (dossier get/list_by_phone/follow, procedure search/get, business get). */
export {
  createLgspActions,
  createLgspEffects,
  DOSSIER_FOLLOW_EFFECT,
  PROCEDURE_SEARCH_WORD_LISTS,
  procedureSearchWordsOf,
} from './lgsp-actions.js';
export type { LgspActionsDeps } from './lgsp-actions.js';
/** Input types `dossier_code` and `tax_code` for ask steps, and their parsers (canonical code or null). */
export { LGSP_INPUT_TYPES } from './lgsp-input-types.js';
export { parseDossierCode, parseTaxCode } from './parse-codes.js';
/** Followed dossiers in PostgreSQL. */
export { createDossierFollowStore } from './dossier-follow-store.js';
export type { DossierFollowStore, DossierFollow } from './dossier-follow-store.js';
/** What templates show of a dossier (masked owner, plain status, Vietnamese dates). */
export { convertDossierToView } from './dossier-view.js';
export type { DossierView } from './dossier-view.js';
/** The dossier watch job (BullMQ job scheduler + worker) that tells followers about status changes. */
export { createDossierWatch, dossierWatchQueue } from './dossier-watch.js';
export type { DossierWatch, DossierWatchDeps, DossierWatchConfig, TickResult } from './dossier-watch.js';
/** Tables of this module (drizzle), for tests and reports. */
export { lgspDossierFollows, lgspLookupOutcomes, lgspProcedureCatalogue, lgspProcedures } from './schema.js';
/** The local procedure catalogue (refreshed from the LGSP daily, searched with ranking) and its daily refresh job. */
export {
  createProcedureCatalogue,
  createProcedureCatalogueRefreshRequests,
  procedureCatalogueQueue,
  relaxedQueries,
  startProcedureCatalogueRefresh,
} from './procedure-catalogue.js';
export type {
  CatalogueState,
  ProcedureCatalogue,
  ProcedureCatalogueConfig,
  ProcedureCatalogueDeps,
  RefreshOutcome,
  RefreshResult,
  SearchOutcome,
} from './procedure-catalogue.js';
export {
  createProcedureIndex,
  foldWords,
  prepareSearchWords,
  RELATIVE_CUTOFF,
  type ProcedureIndex,
  type ProcedureSearchWords,
  type PreparedSearchWords,
  type RankedProcedure,
} from './procedure-ranking.js';
/** Citizens' lookups counted per day, service and outcome (the dashboard), their recorder and retention. */
export {
  createLookupOutcomeRecorder,
  countLookupOutcomes,
  purgeLookupOutcomes,
  LOOKUP_OUTCOMES,
  LOOKUP_SERVICES,
  LOOKUP_OUTCOMES_RETENTION_DAYS,
} from './lookup-outcomes.js';
export type {
  LookupOutcomeCounts,
  LookupOutcomeRecorder,
  LookupOutcomeRecorderDeps,
  LookupService,
} from './lookup-outcomes.js';
/**
 * Conversions both ways between our model and a province's records through a profile: the client reads with the
 * `convertRawTo*` half; the LGSP simulator answers with the `convert*ToRaw` half, so both stay one mapping.
 */
export {
  convertBusinessToRaw,
  convertDossierToRaw,
  convertFeedbackCategoryToRaw,
  convertFeedbackTicketToRaw,
  convertProcedureSummaryToRaw,
  convertProcedureToRaw,
  convertRawToBusiness,
  convertRawToDossier,
  convertRawToFeedbackCategory,
  convertRawToProcedure,
  convertRawToUnit,
  convertUnitToRaw,
  convertUploadToRaw,
  parseDateTime,
  type Converted,
  type DossierRecord,
} from './mapping.js';
export { serviceNameSchema, type ServiceMapping } from './profile.js';
