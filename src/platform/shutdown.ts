import type { Logger } from './logger.js';

/**
 * Closes what the process opened, in the reverse order it was opened, within a time bound. Each step is awaited so
 * in-flight requests and jobs finish before the pools they use are closed.
 */
export class Shutdown {
  private readonly steps: Array<{ name: string; close: () => Promise<unknown> }> = [];
  private running: Promise<boolean> | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {}

  /** Registers a step; steps run last-registered first. */
  add(name: string, close: () => Promise<unknown>): void {
    this.steps.push({ name, close });
  }

  /** Runs every step once; resolves true when all finished in time and without error. */
  run(reason: string): Promise<boolean> {
    this.running ??= this.execute(reason);
    return this.running;
  }

  private async execute(reason: string): Promise<boolean> {
    this.logger.info({ reason }, 'shutting down');
    let clean = true;
    const deadline = Date.now() + this.timeoutMs;
    for (const step of [...this.steps].reverse()) {
      const remaining = Math.max(1, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), remaining);
      });
      try {
        const outcome = await Promise.race([step.close().then(() => 'done' as const), timedOut]);
        if (outcome === 'timeout') {
          clean = false;
          this.logger.warn({ step: step.name }, 'shutdown step did not finish in time');
        }
      } catch (error) {
        clean = false;
        this.logger.warn({ step: step.name, err: error }, 'shutdown step failed');
      } finally {
        clearTimeout(timer);
      }
    }
    this.logger.info({ clean }, 'shutdown complete');
    return clean;
  }
}
