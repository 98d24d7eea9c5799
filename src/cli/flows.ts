// `npm run flows -- <command>`: validate, simulate, import and export the conversation flows and templates.
//   validate [flowsDir] [templatesDir]          check every flow file and template (exit 1 on problems)
//   simulate <flow id | file.yaml> "msg" …      run the engine on the shipped flows (the given one as a draft)
//   import [--force]                            load flows/ and templates/ into the database and publish them
//   export [dir]                                write the published flows and templates to dir (default ./export)
import { LANGUAGES } from '../kernel/index.js';
import fs from 'node:fs';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { recordAudit, type AuditContext } from '../admin/index.js';
import { readConfig } from '../config.js';
import {
  combineActionRegistries,
  createBuiltinActions,
  createFlowStore,
  createMemoryFlowSource,
  createTemplateRenderer,
  findUnansweredTemplatePayloads,
  formatTranscript,
  loadFlowsFromDir,
  loadTemplateResources,
  parseFlowYaml,
  provinceTemplateVariables,
  seedFlowStore,
  simulateConversation,
  validateEngineTemplates,
  validateFlows,
  type ActionRegistry,
  type InputTypeRegistry,
  type FlowDefinition,
} from '../conversation/index.js';
import { openDatabase, type DatabaseHandle } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';
import { openCliActions } from './cli-actions.js';
import { createShippedInputTypes } from '../shipped-input-types.js';

export interface FlowsCliOptions {
  /** Domain actions (LGSP, feedback…) flows may call; the built-in ones are always added. */
  actions?: ActionRegistry;
  /** Input types ask steps may use; default the engine's and the shipped modules'. */
  inputs?: InputTypeRegistry;
  flowsDir?: string;
  templatesDir?: string;
  out?: (text: string) => void;
  /** Opens the database for import/export; default: from the environment (readConfig), migrated, closed after. */
  openDatabase?: () => Promise<Pick<DatabaseHandle, 'db' | 'close'>>;
}

/** Runs one CLI command; returns the process exit code. Exported so the composition root can pass real actions. */
export async function runFlowsCli(argv: string[], options: FlowsCliOptions = {}): Promise<number> {
  const out = options.out ?? ((text: string) => process.stdout.write(`${text}\n`));
  const flowsDir = path.resolve(options.flowsDir ?? 'flows');
  const templatesDir = path.resolve(options.templatesDir ?? 'templates');
  const builtins = createBuiltinActions();
  const actions = options.actions ? combineActionRegistries(builtins, options.actions) : builtins;
  const inputs = options.inputs ?? createShippedInputTypes();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const [command, ...args] = argv;

  switch (command) {
    case 'validate': {
      const dir = args[0] ? path.resolve(args[0]) : flowsDir;
      const templatesPath = args[1] ? path.resolve(args[1]) : templatesDir;
      const templates = createTemplateRenderer({ templatesDir: templatesPath });
      const loaded = loadFlowsFromDir(dir);
      out(sourceLine(dir, templatesPath));
      const problems = [
        ...loaded.problems,
        ...validateFlows(loaded.flows, { actions, inputs, templates, languages: LANGUAGES }),
        ...validateEngineTemplates(templates, LANGUAGES).map((p) => ({ ...p, flowId: '(templates)' })),
        ...findUnansweredTemplatePayloads(loaded.flows, loadTemplateResources(templatesPath)),
      ];
      for (const problem of problems) {
        out(
          `${problem.flowId}${'step' in problem && problem.step ? `.${problem.step}` : ''}: ${problem.kind}: ${problem.message}`,
        );
      }
      out(problems.length === 0 ? `${loaded.flows.length} flows valid` : `${problems.length} problem(s)`);
      return problems.length === 0 ? 0 : 1;
    }
    case 'simulate': {
      const [flowArg, ...messages] = args;
      if (!flowArg) {
        out('usage: npm run flows -- simulate <flow id | file.yaml> "message" …');
        return 2;
      }
      const loaded = loadFlowsFromDir(flowsDir);
      let drafts: FlowDefinition[] = [];
      if (/\.ya?ml$/.test(flowArg)) {
        const parsed = parseFlowYaml(fs.readFileSync(flowArg, 'utf8'), flowArg);
        if (!parsed.flow) {
          for (const problem of parsed.problems) out(`${problem.flowId}: ${problem.message}`);
          return 1;
        }
        drafts = [parsed.flow];
      } else if (!loaded.flows.some((flow) => flow.id === flowArg)) {
        out(`no flow "${flowArg}" in ${path.relative(process.cwd(), flowsDir) || '.'}`);
        return 1;
      }
      const config = readConfig(process.env, { tool: true });
      out(sourceLine(flowsDir, templatesDir));
      const transcript = await simulateConversation(
        {
          flows: createMemoryFlowSource(loaded.flows),
          actions,
          inputs,
          templates: createTemplateRenderer({ templatesDir, defaults: provinceTemplateVariables(config.province) }),
          logger,
          config: {
            sessionTtlMinutes: config.conversation.sessionTtlMinutes,
            officeHours: config.conversation.officeHours,
          },
        },
        { messages, drafts },
      );
      out(formatTranscript(transcript));
      return 0;
    }
    case 'import':
    case 'export': {
      const handle = options.openDatabase
        ? await options.openDatabase()
        : await (async () => {
            const config = readConfig(process.env, { tool: true });
            const opened = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
            await opened.migrate();
            return opened;
          })();
      try {
        const store = createFlowStore<AuditContext>({
          db: handle.db,
          actions,
          inputs,
          audit: (tx, context, change) => recordAudit(tx, { ...context, ...change }),
        });
        if (command === 'import') {
          const result = await seedFlowStore({
            store,
            flowsDir,
            templatesDir,
            context: { actor: { type: 'system' } },
            logger,
            actor: 'cli',
            force: args.includes('--force'),
          });
          for (const flow of result.flows) out(`flow ${flow.flowId} v${flow.version} published`);
          for (const t of result.templates) out(`templates ${t.language}/${t.namespace} v${t.version} published`);
          if (result.flows.length + result.templates.length === 0)
            out('nothing new to import (use --force to import everything again)');
          return 0;
        }
        const target = path.resolve(args[0] ?? 'export');
        fs.mkdirSync(path.join(target, 'flows'), { recursive: true });
        for (const flow of await store.listFlows()) {
          if (flow.publishedVersion === null) continue;
          const { source } = await store.getVersion(flow.flowId, flow.publishedVersion);
          fs.writeFileSync(path.join(target, 'flows', `${flow.flowId}.yaml`), source);
          out(`flows/${flow.flowId}.yaml (v${flow.publishedVersion})`);
        }
        const resources = await store.loadPublishedTemplates();
        for (const [language, namespaces] of Object.entries(resources)) {
          fs.mkdirSync(path.join(target, 'templates', language), { recursive: true });
          for (const [namespace, content] of Object.entries(namespaces)) {
            fs.writeFileSync(
              path.join(target, 'templates', language, `${namespace}.json`),
              `${JSON.stringify(content, null, 2)}\n`,
            );
            out(`templates/${language}/${namespace}.json`);
          }
        }
        return 0;
      } finally {
        await handle.close();
      }
    }
    default:
      out('usage: npm run flows -- validate|simulate|import|export …');
      out(
        stringifyYaml({
          commands: [
            'validate [flowsDir] [templatesDir]',
            'simulate <flow|file.yaml> "msg"…',
            'import [--force]',
            'export [dir]',
          ],
        }),
      );
      return 2;
  }
}

// Run directly (`npm run flows`), not when imported by a test or the composition root.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const config = readConfig(process.env, { tool: true });
  const logger = createLogger({ level: 'warn' });
  openCliActions(config, { templatesDir: path.resolve('templates'), logger })
    .then(async (cli) => {
      try {
        return await runFlowsCli(process.argv.slice(2), { actions: cli.actions });
      } finally {
        await cli.close();
      }
    })
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
}

/** Says what the command reads: the files, never the versions published in the database (admins simulate those). */
function sourceLine(flowsDir: string, templatesDir: string): string {
  const show = (dir: string) => path.relative(process.cwd(), dir) || '.';
  return `source: files in ${show(flowsDir)}/ and ${show(templatesDir)}/ (not the published versions in the database: simulate those with POST /api/admin/flows/simulate)`;
}
