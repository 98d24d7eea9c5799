// Types of admin-build.mjs for the TypeScript that imports it (the browser tests).
export function adminSourceHash(): string;
export function adminBuildIsFresh(): boolean;
export function ensureAdminBuild(options?: { force?: boolean }): boolean;
