import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../platform/logger.js';
import { languageSchema, type Language } from './channel.js';
import type { FlowStore } from './flow-store.js';
import { parseFlowYaml } from './load-flows.js';
import { loadTemplateResources } from './template-renderer.js';
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
 * what is live). Existing ones are left alone (an admin may have changed them), so running it at every start is safe.
 * `force` imports everything as new versions (`npm run flows -- import --force`).
 */
export async function seedFlowStore<C>(options: {
  store: FlowStore<C>;
  flowsDir: string;
  templatesDir: string;
  context: C;
  logger: Logger;
  actor?: string;
  force?: boolean;
}): Promise<SeedResult> {
  const { store, logger } = options;
  const actor = options.actor ?? 'seed';
  const result: SeedResult = { flows: [], templates: [], releaseId: null };

  const stored = await store.loadPublishedTemplates();
  const resources = loadTemplateResources(options.templatesDir);
  for (const language of languageSchema.options) {
    for (const [namespace, content] of Object.entries(resources[language] ?? {})) {
      if (!options.force && stored[language]?.[namespace]) continue;
      const version = await store.createTemplateVersion({ namespace, language, content, createdBy: actor });
      result.templates.push({ namespace, language, version });
    }
  }

  // Published only: a flow stored but never published (an earlier seed failed validation) is imported again.
  const known = new Set((await store.listFlows()).filter((f) => f.publishedVersion !== null).map((f) => f.flowId));
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
    if (!options.force && known.has(parsed.flow.id)) continue;
    const created = await store.createVersion({ definition: parsed.flow, source, createdBy: actor });
    result.flows.push(created);
  }
  if (result.flows.length > 0 || result.templates.length > 0) {
    const { releaseId } = await store.publishAll(
      { flows: result.flows, templates: result.templates },
      options.context,
      { actor, name: options.force ? 'shipped flows and templates (forced import)' : 'shipped flows and templates' },
    );
    result.releaseId = releaseId;
  }
  logger.info(
    { flows: result.flows.length, templates: result.templates.length, releaseId: result.releaseId },
    'flow store seeded',
  );
  return result;
}
