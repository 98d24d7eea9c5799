/** Creates the in-memory Zalo platform simulator (OpenAPI, OAuth v4, signed webhooks, control API); mount at `/sandbox/zalo`. */
export { createZaloSimulator } from './zalo-simulator.js';
/** Simulated citizens kept in the database, so they survive a restart (sandbox mode). */
export { createSimulatedCitizenStore } from './simulated-citizen-store.js';
/** Shapes of the simulator's state, for tests and the phone page. */
export type {
  ConversationItem,
  Faults,
  SentMessage,
  SimulatedCitizen,
  SimulatedCitizenStore,
  WebhookResult,
  ZaloSimulator,
  ZaloSimulatorOptions,
} from './zalo-simulator.js';
/** Signs a webhook body as Zalo does; builds contract-shaped events (tests and benchmarks). */
export { buildReceiptEvent, buildZaloEvent, citizenActionSchema, signZaloWebhook } from './webhook-events.js';
/** A simulated citizen's action, as accepted by `POST /sandbox/zalo/api/citizens/:id/send`. */
export type { CitizenAction } from './webhook-events.js';
