import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from '../platform/logger.js';
import { languageSchema, type Language } from './channel.js';
import type { FlowDefinition } from './flow-schema.js';
import type { FlowStore, FlowSummary } from './flow-store.js';
import { parseFlowYaml } from './load-flows.js';
import { loadTemplateResources, richTemplateSchema, type TemplateTree } from './template-renderer.js';
import { ConversationErrors } from './errors.js';

export interface SeedResult {
  flows: { flowId: string; version: number }[];
  templates: { namespace: string; language: Language; version: number }[];
  /** The release that made them live; null when there was nothing to import. */
  releaseId: number | null;
}

/**
 * Imports the shipped `flows/` and `templates/` into the store: every flow id and template namespace the live release
 * does not have yet gets a new version, and they are published together as one release (validated as a whole with
 * what is live). With `upgrade`, so does a flow whose shipped file changed when its live version is still one an
 * import made. Others are left alone (an admin may have changed them), except that template keys a new
 * release ships and the live namespace lacks are added (a new version keeping every stored text, in the same release),
 * so code that renders a new key never meets a live release without it. Running it at every start is safe. `force`
 * imports everything as new versions (`npm run flows -- import --force`).
 */
export async function seedFlowStore<C>(options: {
  store: FlowStore<C>;
  flowsDir: string;
  templatesDir: string;
  context: C;
  logger: Logger;
  actor?: string;
  force?: boolean;
  /**
   * Also import a flow whose shipped file changed when its live version is still one an import made (`npm run flows --
   * import --upgrade`, run once every process runs the new code: at start, an older process of a rolling deploy would
   * publish its older files again).
   */
  upgrade?: boolean;
}): Promise<SeedResult> {
  const { store, logger } = options;
  const actor = options.actor ?? 'seed';
  const result: SeedResult = { flows: [], templates: [], releaseId: null };

  const stored = await store.loadPublishedTemplates();
  const resources = loadTemplateResources(options.templatesDir);
  for (const language of languageSchema.options) {
    for (const [namespace, content] of Object.entries(resources[language] ?? {})) {
      const published = stored[language]?.[namespace];
      let next = content;
      if (!options.force && published) {
        const completed = addMissingKeys(published, content);
        if (completed === null) continue;
        next = completed;
      }
      const version = await store.createTemplateVersion({ namespace, language, content: next, createdBy: actor });
      result.templates.push({ namespace, language, version });
    }
  }

  // Published only: a flow stored but never published (an earlier seed failed validation) is imported again.
  const published = new Map(
    (await store.listFlows()).filter((f) => f.publishedVersion !== null).map((f) => [f.flowId, f]),
  );
  const files = fs.existsSync(options.flowsDir)
    ? fs
        .readdirSync(options.flowsDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  for (const file of files) {
    const source = fs.readFileSync(path.join(options.flowsDir, file), 'utf8');
    const parsed = parseFlowYaml(source, file);
    if (!parsed.flow) throw ConversationErrors.flowFileInvalid(file, parsed.problems.map((p) => p.message).join('; '));
    const live = published.get(parsed.flow.id);
    if (!options.force && live && !(options.upgrade && (await replacesShipped(live, parsed.flow)))) continue;
    const created = await store.createVersion({ definition: parsed.flow, source, createdBy: actor });
    result.flows.push(created);
  }
  /**
   * Whether a newer shipped version of a live flow is imported (`upgrade`): only when the live version is the latest
   * and an import's (nobody changed the flow since it was shipped), so fixes to the shipped flows reach an upgraded
   * server. A flow admins changed keeps their version; the log says a newer one ships.
   */
  async function replacesShipped(live: FlowSummary, shipped: FlowDefinition): Promise<boolean> {
    const current = await store.findVersion(live.flowId, live.latestVersion);
    if (current && sameDefinition(current, shipped)) return false;
    const imported = live.latestBy !== null && IMPORT_ACTORS.has(live.latestBy);
    if (live.publishedVersion === live.latestVersion && imported) return true;
    logger.info(
      { flowId: live.flowId, publishedVersion: live.publishedVersion },
      'a newer shipped version of this flow is not imported: it was changed after it was imported (npm run flows -- import --force imports it)',
    );
    return false;
  }

  if (result.flows.length > 0 || result.templates.length > 0) {
    const { releaseId } = await store.publishAll(
      { flows: result.flows, templates: result.templates },
      options.context,
      {
        actor,
        name: options.force ? 'shipped flows and templates (forced import)' : 'shipped flows and templates',
        origin: { kind: 'shipped', forced: options.force ?? false },
      },
    );
    result.releaseId = releaseId;
  }
  logger.info(
    { flows: result.flows.length, templates: result.templates.length, releaseId: result.releaseId },
    'flow store seeded',
  );
  return result;
}

/** Who imports the shipped files: the server at start and `npm run flows -- import`. */
const IMPORT_ACTORS: ReadonlySet<string> = new Set(['seed', 'cli']);

/** The same definition once stored: compared as JSON, which is how versions are kept (absent keys, any key order). */
function sameDefinition(a: FlowDefinition, b: FlowDefinition): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/** `stored` plus the keys only `shipped` has (stored values win, word lists too); null when none is missing. */
function addMissingKeys(stored: TemplateTree, shipped: TemplateTree): TemplateTree | null {
  let changed = false;
  const result: TemplateTree = { ...stored };
  for (const [key, value] of Object.entries(shipped)) {
    const current = stored[key];
    if (current === undefined) {
      result[key] = value;
      changed = true;
    } else if (isBranch(current) && isBranch(value)) {
      const merged = addMissingKeys(current, value);
      if (merged !== null) {
        result[key] = merged;
        changed = true;
      }
    }
  }
  return changed ? result : null;
}

/** A nested group of keys (not a text, a rich template or a word list). */
function isBranch(value: TemplateTree[string]): value is TemplateTree {
  return typeof value === 'object' && !Array.isArray(value) && !richTemplateSchema.safeParse(value).success;
}
