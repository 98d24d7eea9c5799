/**
 * PostgreSQL settings of the embedded engine, added to PGlite's own start parameters (which keep its durability
 * defaults: `-F`, fsync off, as PGlite ships). PostgreSQL's shared buffers live in PGlite's WebAssembly memory, which is
 * touched at start and never given back: initdb's 128 MB cost 128 MiB of resident memory in every process. 16 MB
 * (2,048 pages) holds the working set of a province's quick start; the operating system's page cache serves the rest.
 */
export const PGLITE_SETTINGS: readonly string[] = ['shared_buffers=16MB'];

/** PGlite's start parameters (`defaults`, its `PGlite.defaultStartParams`) with {@link PGLITE_SETTINGS}. */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  return [...defaults, ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting])];
}

/** In the data directory while the engine's process has it open: that process's pid (as PostgreSQL's `postmaster.pid`). */
export const PGLITE_LOCK_FILE = 'pglite-host.pid';
