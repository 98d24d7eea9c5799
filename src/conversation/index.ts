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
  type ActionContext,
  type ActionDefinition,
  type ActionRegistry,
  type ActionInfo,
} from './actions.js';
/** The engine: `handle(event)` for the channel, `simulate(...)` for the CLI and admin API; ports it needs. */
export {
  createConversationEngine,
  findGlobalCommand,
  parseSimulatedMessage,
  MENU_FLOW_ID,
  HELP_FLOW_ID,
  LANGUAGE_FLOW_ID,
  type ConversationEngine,
  type ConversationEngineDeps,
  type ConversationEngineConfig,
  type HandoffPort,
  type SimulationOptions,
  type TranscriptTurn,
} from './engine.js';
/** An in-memory `CitizenPreferences` (simulator, CLI, tests). */
export { createMemoryCitizenPreferences } from './memory-preferences.js';
/** Runs a scripted conversation with in-memory state; formats a transcript for people. */
export { simulateConversation, formatTranscript, type SimulationDeps } from './simulate-conversation.js';
/** Session store port with Redis and in-memory implementations. */
export {
  createRedisSessionStore,
  createMemorySessionStore,
  sessionSchema,
  type Session,
  type SessionStore,
} from './session-store.js';
/** Flow source port (published + pinned versions), in-memory implementation and a draft overlay. */
export {
  createMemoryFlowSource,
  overlayFlowSource,
  type FlowSource,
  type MemoryFlowSource,
  type VersionedFlow,
} from './flow-source.js';
/** Versioned flow and template store in PostgreSQL (publish validates, is atomic and audited). */
export {
  createFlowStore,
  loadPublishedTemplates,
  type FlowStore,
  type FlowStoreDeps,
  type FlowStoreAudit,
  type FlowStoreAuditChange,
  type FlowVersionInfo,
} from './flow-store.js';
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
/** Handoffs to officials in PostgreSQL. */
export { createHandoffStore, type HandoffStore, type OpenHandoff } from './handoff-store.js';
/** OFFICE_HOURS parsing: open now? next opening? */
export { parseOfficeHours, type OfficeHours } from './office-hours.js';
/** Built-in actions of the core flows (`citizen.set_language`). */
export { createBuiltinActions } from './builtin-actions.js';
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
  conversationFlowPublications,
  conversationTemplateVersions,
  conversationTemplatePublications,
  conversationHandoffs,
} from './schema.js';
/** Template renderer (`render` → messages, `t` → text) over templates/<lang>/<namespace>.json. */
export {
  createTemplateRenderer,
  createReloadingTemplateRenderer,
  loadTemplateResources,
  templateTreeSchema,
  type TemplateRenderer,
  type TemplateRendererOptions,
  type TemplateResources,
  type TemplateTree,
} from './template-renderer.js';
/** Vietnamese formatters (Asia/Ho_Chi_Minh): dates dd/MM/yyyy, times HH:mm, masked names. */
export { formatVnDate, formatVnTime, formatVnDateTime, maskName, VN_TIME_ZONE } from './format.js';
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
/** Parsers of citizen input: canonical value or null. */
export { parseDossierCode, parseTaxCode, parsePhone, parseDate, parseNumber, parseYesNo } from './parse-input.js';
/** Diacritics-, case- and whitespace-insensitive folding used for all matching. */
export { foldText, matchesAnyKeyword } from './text.js';
/** Error codes of this module. */
export { ConversationErrors } from './errors.js';
/** Prometheus metrics of the engine (pass as `metrics` to createConversationEngine). */
export { createConversationMetrics, type ConversationMetrics } from './conversation-metrics.js';
