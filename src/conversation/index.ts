/** The conversation module's only door: engine, flow format and store, templates, actions and input parsers. */

/** Channel ↔ engine contract (events in, messages out, ports). */
export * from './channel.js';
/** Actions: `defineAction`, `createActionRegistry` and the outcome union flows branch on. */
export {
  defineAction,
  createActionRegistry,
  combineActionRegistries,
  ACTION_STATUSES,
  type ActionOutcome,
  type ActionOutcomeRecorder,
  type ActionContext,
  type ActionDefinition,
  type ActionRegistry,
  type ActionInfo,
} from './actions.js';
/** The engine: `handle(event, claim)` for the channel, `simulate(...)` for the CLI and admin API; ports it needs. */
export { createConversationEngine, type ConversationEngine, type ConversationEngineDeps } from './engine.js';
export { classifierFor } from './understanding-classifier.js';
/** A turn as data: `runTurn(session, input) → {session, messages, effects}`; flow ids it starts. */
export {
  createTurnRunner,
  MENU_FLOW_ID,
  HELP_FLOW_ID,
  LANGUAGE_FLOW_ID,
  DEFAULT_HANDOFF_IDLE_HOURS,
  type TurnRunner,
  type TurnRunnerConfig,
  type TurnRunnerDeps,
  type TurnInput,
} from './run-turn.js';
/** Where turns are loaded and committed (session, replies and effects together); the memory store for tests. */
export {
  createMemoryTurnStore,
  type ClaimInboundEvent,
  type ClaimStatement,
  type CommitOutcome,
  type MemoryTurnStore,
  type StatementPart,
  type TurnResult,
  type TurnStore,
} from './turn-store.js';
/** Turns in PostgreSQL: one transaction per turn; purge of silent citizens' sessions. */
export {
  createPgTurnStore,
  purgeSessions,
  eraseCitizenSession,
  type EffectOutbox,
  type PgTurnStoreDeps,
  type ReplyOutbox,
} from './pg-turn-store.js';
/** Effects: the writes a turn asks for, as data: ours inside the turn's transaction, external ones after it (outbox). */
export {
  createEffectRegistry,
  createReleaseHeldEffect,
  defineEffect,
  defineExternalEffect,
  effectSchema,
  PermanentEffectError,
  CITIZEN_DATA_ERASE_EFFECT,
  CITIZEN_LEFT_EFFECT,
  HANDOFF_EFFECT,
  HANDOFF_END_EFFECT,
  HANDOFF_MESSAGE_EFFECT,
  LANGUAGE_EFFECT,
  languageEffectPayloadSchema,
  RELEASE_HELD_EFFECT,
  type Effect,
  type EffectContext,
  type EffectDefinition,
  type EffectRegistry,
  type EffectRequest,
  type ExternalEffectContext,
  type ExternalEffectDefinition,
  type ExternalEffectOutcome,
} from './effects.js';
/** Runs a scripted conversation with in-memory state and no writes; formats a transcript for people. */
export {
  simulateConversation,
  parseSimulatedMessage,
  formatTranscript,
  type SimulationDeps,
  type SimulationOptions,
  type TranscriptTurn,
} from './simulate-conversation.js';
/** A citizen's conversation state (flow, pinned version, step, variables). */
export { sessionSchema, type Session } from './session.js';
/** Flow source port (published + pinned versions), in-memory implementation and a draft overlay. */
export {
  createMemoryFlowSource,
  overlayFlowSource,
  type FlowSource,
  type MemoryFlowSource,
  type VersionedFlow,
} from './flow-source.js';
/** Versioned flow and template store in PostgreSQL, grouped into releases (publish validates, is atomic and audited). */
export {
  createFlowStore,
  loadPublishedTemplates,
  publishedTemplatesVersion,
  type FlowStore,
  type FlowStoreDeps,
  type FlowStoreAudit,
  type FlowStoreAuditChange,
  type FlowVersionInfo,
  type LoadedRelease,
  type ReleaseDraft,
} from './flow-store.js';
/** Releases: what one holds, its status, the difference between two. */
export type {
  ReleaseContent,
  ReleaseDetail,
  ReleaseDiff,
  ReleaseFlowRef,
  ReleaseStatus,
  ReleaseSummary,
  ReleaseTemplateRef,
} from './release-store.js';
/** What a release the server made itself is, for screens to name it in their language. */
export { releaseOriginSchema, type ReleaseOrigin } from './release-origin.js';
/** What a conversation runs on (a release's flows and texts) and where the engine finds releases; bounded cache. */
export {
  createFixedReleaseSource,
  createStoredReleaseSource,
  type ReleaseSource,
  type ReleaseView,
  type StoredReleaseSourceOptions,
} from './release-source.js';
/** Imports flows/ and templates/ into the flow store (first start, new shipped flows, `flows import`). */
export { seedFlowStore, type SeedResult } from './seed-flow-store.js';
/** Read views of stored template versions (admin API). */
export {
  findTemplateVersionContent,
  listTemplateNamespaces,
  listTemplateVersions,
  type TemplateNamespaceView,
  type TemplateVersionView,
} from './template-versions.js';
/** Handoffs to officials in PostgreSQL: live ones silence the bot; officials take, answer and close them. */
export {
  ANONYMISED_HANDOFF_CITIZEN,
  createHandoffStore,
  createHandoffEffects,
  handoffPersonalData,
  createHandoffMetrics,
  type HandoffEndedBy,
  type HandoffMetrics,
  type HandoffPort,
  type HandoffRecord,
  type HandoffStore,
  type LiveHandoff,
} from './handoff-store.js';
/**
 * Photos and files citizens send during a handoff: recorded pending with the message, downloaded after the commit
 * (`conversation.handoff.files.fetch`, performed by the module that owns the photo store).
 */
export { handoffFileStore, type HandoffFileFailure } from './handoff-files.js';
export { HANDOFF_FILES_FETCH_EFFECT, handoffFilesFetchPayloadSchema, type HandoffFile } from './effects.js';
/** Hand-offs idle for HANDOFF_IDLE_HOURS end (the citizen told): a repeating job of its own, every 5 minutes. */
export { createHandoffIdleSweep, type HandoffIdleSweep, type HandoffIdleSweepDeps } from './handoff-idle-sweep.js';
/** A webhook told of each new handoff, signed, through the outbox (HANDOFF_WEBHOOK_URL). */
export {
  createHandoffWebhookEffect,
  handoffWebhookBodySchema,
  signHandoffWebhook,
  type HandoffWebhookBody,
  type HandoffWebhookDeps,
} from './handoff-webhook.js';
/** Live handoffs and handoffs opened per day, for the admin dashboard. */
export { countHandoffs, estimateHandoffWait, type HandoffCounts, type HandoffWait } from './handoff-stats.js';
/** OFFICE_HOURS parsing: open now? next opening? As citizens read it. */
export { describeOfficeHours, parseOfficeHours, type OfficeHours } from './office-hours.js';
/** The province's name, hotline, address, portal and form of address, as every template sees them. */
export {
  assertKnownUnits,
  EXAMPLE_PROVINCE_SETTINGS,
  findActiveOutage,
  handoffUnitSchema,
  outageNoticeSchema,
  provinceSettingsSchema,
  provinceTemplateVariables,
  type HandoffUnit,
  type OutageNotice,
  type ProvinceSettings,
} from './province-settings.js';
/** The settings in effect: configuration under what admins changed (admin API), re-read every few seconds. */
export {
  createProvinceSettingsSource,
  provinceSettingsOverridesSchema,
  type ProvinceSettingsOverrides,
  type ProvinceSettingsSource,
  type RefusedSetting,
} from './province-settings-store.js';
/** Built-in actions of the core flows (`citizen.set_language`). */
export { createBuiltinActions, type BuiltinActionsDeps } from './builtin-actions.js';
/** Flow validation: a list of problems, never an exception. */
export {
  validateFlow,
  validateFlows,
  validateFlowDocument,
  type FlowProblem,
  type FlowProblemKind,
  type FlowValidationContext,
} from './validate-flow.js';
/** Buttons whose #payload no flow answers (flow steps are checked by validateFlows; templates here). */
export { findUnansweredFlowPayloads, findUnansweredTemplatePayloads } from './validate-payloads.js';
/** The engine's own template keys and their check. */
export { ENGINE_TEMPLATE_KEYS, validateEngineTemplates, type TemplateProblem } from './engine-templates.js';
/** Reading flows/*.yaml. */
export { loadFlowsFromDir, parseFlowYaml, type LoadedFlows } from './load-flows.js';
/** Tables of this module (drizzle), for joins and drizzle-kit. */
export {
  conversationFlowVersions,
  conversationTemplateVersions,
  conversationReleases,
  conversationReleaseFlows,
  conversationReleaseTemplates,
  conversationLiveRelease,
  conversationReleasePublications,
  conversationHandoffs,
  conversationHandoffFiles,
  conversationSessions,
  HANDOFF_FILE_STATUSES,
  type HandoffFileRow,
} from './schema.js';
/** A template's texts as a citizen reads them, with the province's values and samples (the texts screen's preview). */
export { previewTemplateTexts, type PreviewValueSource, type TemplatePreview } from './template-preview.js';
/** Template renderer (`render` → messages, `t` → text) over templates/<lang>/<namespace>.json. */
export {
  createTemplateRenderer,
  createReloadingTemplateRenderer,
  loadTemplateResources,
  templateTreeSchema,
  wordListSchema,
  type TemplateRenderer,
  type TemplateRendererOptions,
  type TemplateResources,
  type TemplateTree,
} from './template-renderer.js';
/** Vietnamese formatters (Asia/Ho_Chi_Minh): dates dd/MM/yyyy, times HH:mm, masked names. */
export { formatVnDate, formatVnTime, formatVnDateTime, maskName, maskPhone, VN_TIME_ZONE } from './format.js';
/** The flow format: zod schema shared by loader, engine, admin API and editor. */
export {
  flowDefinitionSchema,
  flowTriggerSchema,
  flowStepSchemaUnion,
  flowJsonSchema,
  FLOW_FORMAT_VERSION,
  MAX_BUTTONS,
  type FlowDefinition,
  type FlowDefinitionInput,
  type FlowStep,
  type FlowTrigger,
} from './flow-schema.js';
/** Parsers of the basic inputs: canonical value or null. */
export { parsePhone, parseDate, parseNumber } from './parse-input.js';
/** Input types of ask steps: the engine's basics, and how a module defines and registers its own (like actions). */
export {
  createInputTypeRegistry,
  defineInputType,
  defineTextInputType,
  findByPattern,
  type EntityMatch,
  type InputContext,
  type InputTypeDefinition,
  type InputTypeInfo,
  type InputTypeRegistry,
  type Interpretation,
} from './input-types.js';
export { BASIC_INPUT_TYPES } from './basic-input-types.js';
/** The editable words (`words` template namespace): global commands, yes/no, skip, done; matched in every language. */
export {
  findGlobalCommand,
  parseYesNo,
  isWordOf,
  ENGINE_WORD_LISTS,
  WORD_LISTS,
  WORDS_NAMESPACE,
  type GlobalCommand,
  type WordSource,
} from './vocabulary.js';
/** Understanding messages: intents from flows' examples, a synonym lexicon, ranked intents with a confidence. */
export {
  createIntentMatcher,
  decideIntent,
  DEFAULT_INTENT_THRESHOLDS,
  sameButHoiNga,
  UNDERSTANDING_WORD_LISTS,
  type IntentDecision,
  type IntentExamples,
  type IntentMatch,
  type IntentMatcher,
  type LexiconSource,
  type RankedIntent,
  type RankedIntents,
} from './intent-matcher.js';
export {
  checkExamples,
  createFlowIntentMatcher,
  flowPhrases,
  type ExampleWarning,
  intentMatcherFor,
  lexiconSource,
  routeMessage,
  type Routing,
  type RoutingContext,
  flowsCallingOutside,
} from './understanding.js';
export { evaluateUnderstanding, type UnderstandingReport } from './understanding-evaluation.js';
/** The learning loop: messages not understood well, kept masked for admins (see understanding-misses.ts). */
export {
  createUnderstandingEffects,
  findUnderstandingMiss,
  listUnderstandingMisses,
  maskMessage,
  MISS_OUTCOMES,
  purgeUnderstandingMisses,
  resolveUnderstandingMiss,
  UNDERSTANDING_MISS_EFFECT,
  type MissOutcome,
  type UnderstandingMiss,
} from './understanding-misses.js';
/** Diacritics-, case- and whitespace-insensitive folding used for all matching. */
export { foldText, foldTelex, matchesAnyKeyword, sameToneStyle, withinOneEdit, FUZZY_MIN_LENGTH } from './text.js';
/** Error codes of this module. */
export { ConversationErrors } from './errors.js';
/** Prometheus metrics of the engine (pass as `metrics` to createConversationEngine). */
export { createConversationMetrics, type ConversationMetrics } from './conversation-metrics.js';
