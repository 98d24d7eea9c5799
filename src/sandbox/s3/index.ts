/** The S3-compatible object store of the sandbox: path-style, AWS Signature Version 4 checked, S3's XML errors. */
export { createS3Simulator } from './s3-simulator.js';
export type { S3Simulator, S3SimulatorOptions } from './s3-simulator.js';
