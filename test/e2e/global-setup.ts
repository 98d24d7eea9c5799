import { ensureAdminBuild } from '../../scripts/admin-build.mjs';

/**
 * The browser tests run two files at a time (alongside the other projects' files): the admin web UI is built here once,
 * before any of them, when it is missing or stale, so two files never build it at once (each file's own check then
 * finds it fresh). `npm test` has built it already.
 */
export default function setup(): void {
  if (!ensureAdminBuild()) throw new Error('building the admin web UI failed');
}
