/** The LGSP simulator: the reference contract (or another profile) with realistic data and fault knobs. */
export { createLgspSimulator, lgspFaultsSchema } from './lgsp-simulator.js';
export type { LgspFaults, LgspSimulator, LgspSimulatorOptions } from './lgsp-simulator.js';
/** The sandbox data set, loaded through the reference profile (dates moved so the data stays current). */
export { loadSandboxData } from './sandbox-data.js';
export type { SandboxData } from './sandbox-data.js';
