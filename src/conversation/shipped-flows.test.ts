import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEngineTemplates } from './engine-templates.js';
import { SMALL_TALK_TEMPLATE_KEYS, SMALL_TALK_WORD_LISTS } from './small-talk.js';
import { flowJsonSchema } from './flow-schema.js';
import { loadFlowsFromDir } from './load-flows.js';
import { createTemplateRenderer, loadTemplateResources } from './template-renderer.js';
import { validateFlows } from './validate-flow.js';
import { findUnansweredTemplatePayloads } from './validate-payloads.js';
import fs from 'node:fs';
import { createShippedActionDefinitions } from '../shipped-actions.js';
import { createShippedInputTypes } from '../shipped-input-types.js';
import { LANGUAGES } from '../kernel/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('shipped flows and templates', () => {
  const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
  // Only the action names and argument schemas matter for validation; the LGSP services are never called here.
  const actions = createShippedActionDefinitions();
  const inputs = createShippedInputTypes();

  it('every flow in flows/ parses and validates clean against the real actions and templates', () => {
    const loaded = loadFlowsFromDir(path.join(ROOT, 'flows'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.flows.map((f) => f.id)).toEqual(
      expect.arrayContaining(['welcome', 'menu', 'help', 'language', 'fallback']),
    );
    expect(validateFlows(loaded.flows, { actions, inputs, templates, languages: ['vi', 'en'] })).toEqual([]);
  });

  it('every button in the templates sends a payload some flow answers', () => {
    const loaded = loadFlowsFromDir(path.join(ROOT, 'flows'));
    const resources = loadTemplateResources(path.join(ROOT, 'templates'));
    expect(findUnansweredTemplatePayloads(loaded.flows, resources)).toEqual([]);
  });

  it('the engine templates exist in Vietnamese and English', () => {
    expect(validateEngineTemplates(templates, ['vi', 'en'])).toEqual([]);
    for (const language of LANGUAGES) {
      expect(
        SMALL_TALK_TEMPLATE_KEYS.filter((key) => !templates.has(key, language)),
        language,
      ).toEqual([]);
      expect(
        SMALL_TALK_WORD_LISTS.filter((key) => templates.wordList(key, language) === null),
        language,
      ).toEqual([]);
    }
  });

  it('every namespace has the same keys in Vietnamese and English', () => {
    const resources = loadTemplateResources(path.join(ROOT, 'templates'));
    const keys = (tree: unknown, prefix = ''): string[] =>
      typeof tree === 'object' && tree !== null && !('text' in tree) && !Array.isArray(tree)
        ? Object.entries(tree).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix.slice(0, -1)];
    for (const namespace of Object.keys(resources.vi ?? {})) {
      expect(keys(resources.en?.[namespace]).sort(), namespace).toEqual(keys(resources.vi?.[namespace]).sort());
    }
  });

  it('flows/flow.schema.json is up to date with the zod schema (npm run flows:schema)', () => {
    const written: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'flows/flow.schema.json'), 'utf8'));
    expect(written).toMatchObject(flowJsonSchema(inputs.inputSchema()));
  });
});
