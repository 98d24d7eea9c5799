// `npm run flows -- <command>`: validate, simulate, import and export the conversation flows and templates.
//   validate [flowsDir] [templatesDir]          check every flow file and template (exit 1 on problems)
//   simulate <flow id | file.yaml> "msg" …      run the engine on the shipped flows (the given one as a draft)
//   validate|simulate --published …             the same on the live release in the database instead of the files
//   import [--force|--upgrade]                  load flows/ and templates/ into the database and publish them
//   export [dir]                                write the published flows and templates to dir (default ./export)
//   release list                                releases, newest first, the live one marked
//   release show <id>                           a release's flow and template versions and its problems
//   release create <name> [--latest] [--flow id@n]… [--templates lang/ns@n]… [--without id]… [--note text]
//                                               draft a release from the live one (or the latest versions), not live
//   release publish <id>                        validate it as a whole and make it live
//   release rollback <id>                       make a release that was live before live again
//   release diff <from> [to]                    what changed between two releases (to: the live one)
import { LANGUAGES, languageSchema } from '../kernel/index.js';
import fs from 'node:fs';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { recordAudit, type AuditContext } from '../admin/index.js';
import { readConfig } from '../config.js';
import {
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
  checkExamples,
  validateFlows,
  type ActionRegistry,
  type InputTypeRegistry,
  type FlowDefinition,
  type FlowProblem,
  type FlowStore,
  type ReleaseDraft,
  type ReleaseFlowRef,
  type ReleaseTemplateRef,
  type TemplateResources,
} from '../conversation/index.js';
import { AppError } from '../platform/errors.js';
import { openDatabase, type DatabaseHandle } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';
import { openCliActions } from './cli-actions.js';
import { createShippedInputTypes } from '../shipped-input-types.js';

export interface FlowsCliOptions {
  /** Every action flows may call (`createShippedActions`); default the engine's built-ins alone. */
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
  const actions = options.actions ?? createBuiltinActions();
  const inputs = options.inputs ?? createShippedInputTypes();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const [command, ...args] = argv;

  // `--published`: validate or simulate the live release in the database instead of the files.
  const published = args.includes('--published');
  const positional = args.filter((arg) => arg !== '--published');
  const openHandle = async () =>
    options.openDatabase
      ? await options.openDatabase()
      : await (async () => {
          const config = readConfig(process.env, { tool: true });
          const opened = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
          await opened.migrate();
          return opened;
        })();
  const openStore = (handle: Pick<DatabaseHandle, 'db'>) =>
    createFlowStore<AuditContext>({
      db: handle.db,
      actions,
      inputs,
      audit: (tx, context, change) => recordAudit(tx, { ...context, ...change }),
      shippedTemplates: loadTemplateResources(templatesDir),
    });
  /** The flows and texts a command works on, and the line that says where they came from. */
  async function loadContent(dirs: { flows: string; templates: string }): Promise<Content | null> {
    if (!published) {
      const loaded = loadFlowsFromDir(dirs.flows);
      return {
        flows: loaded.flows,
        problems: loaded.problems,
        templates: loadTemplateResources(dirs.templates),
        source: sourceLine(dirs.flows, dirs.templates),
      };
    }
    const handle = await openHandle();
    try {
      const store = openStore(handle);
      const releaseId = await store.liveReleaseId();
      const release = releaseId === null ? null : await store.loadRelease(releaseId);
      if (!release) {
        out('nothing is published yet: import the files first (npm run flows -- import)');
        return null;
      }
      return {
        flows: release.flows.map((versioned) => versioned.flow),
        problems: [],
        templates: release.templates,
        source: `source: the live release ${release.id} in the database`,
      };
    } finally {
      await handle.close();
    }
  }

  switch (command) {
    case 'validate': {
      const dirs = {
        flows: positional[0] ? path.resolve(positional[0]) : flowsDir,
        templates: positional[1] ? path.resolve(positional[1]) : templatesDir,
      };
      const content = await loadContent(dirs);
      if (!content) return 1;
      const templates = createTemplateRenderer({ resources: content.templates });
      out(content.source);
      const problems = [
        ...content.problems,
        ...validateFlows(content.flows, { actions, inputs, templates, languages: LANGUAGES }),
        ...validateEngineTemplates(templates, LANGUAGES).map((p) => ({ ...p, flowId: '(templates)' })),
        ...findUnansweredTemplatePayloads(content.flows, content.templates),
      ];
      for (const problem of problems) {
        out(
          `${problem.flowId}${'step' in problem && problem.step ? `.${problem.step}` : ''}: ${problem.kind}: ${problem.message}`,
        );
      }
      // Examples that overlap or point at another flow are worth a look, but do not fail validation.
      const warnings = checkExamples(content.flows, templates);
      for (const warning of warnings) out(`${warning.flowId}: warning: ${warning.kind}: ${warning.message}`);
      out(problems.length === 0 ? `${content.flows.length} flows valid` : `${problems.length} problem(s)`);
      return problems.length === 0 ? 0 : 1;
    }
    case 'simulate': {
      const [flowArg, ...messages] = positional;
      if (!flowArg) {
        out('usage: npm run flows -- simulate [--published] <flow id | file.yaml> "message" …');
        return 2;
      }
      const content = await loadContent({ flows: flowsDir, templates: templatesDir });
      if (!content) return 1;
      let drafts: FlowDefinition[] = [];
      if (/\.ya?ml$/.test(flowArg)) {
        const parsed = parseFlowYaml(fs.readFileSync(flowArg, 'utf8'), flowArg);
        if (!parsed.flow) {
          for (const problem of parsed.problems) out(`${problem.flowId}: ${problem.message}`);
          return 1;
        }
        drafts = [parsed.flow];
      } else if (!content.flows.some((flow) => flow.id === flowArg)) {
        out(
          `no flow "${flowArg}" in ${published ? 'the live release' : path.relative(process.cwd(), flowsDir) || '.'}`,
        );
        return 1;
      }
      const config = readConfig(process.env, { tool: true });
      out(content.source);
      const transcript = await simulateConversation(
        {
          flows: createMemoryFlowSource(content.flows),
          actions,
          inputs,
          templates: createTemplateRenderer({
            resources: content.templates,
            defaults: (language) => provinceTemplateVariables(config.province, language),
          }),
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
    case 'export':
    case 'release': {
      const handle = await openHandle();
      try {
        const store = openStore(handle);
        if (command === 'release') return await runReleaseCommand(store, args, out);
        if (command === 'import') {
          const result = await seedFlowStore({
            store,
            flowsDir,
            templatesDir,
            context: { actor: { type: 'system' } },
            logger,
            actor: 'cli',
            force: args.includes('--force'),
            upgrade: args.includes('--upgrade'),
          });
          for (const flow of result.flows) out(`flow ${flow.flowId} v${flow.version} published`);
          for (const t of result.templates) out(`templates ${t.language}/${t.namespace} v${t.version} published`);
          if (result.releaseId !== null) out(`release ${result.releaseId} live`);
          if (result.flows.length + result.templates.length === 0)
            out('nothing new to import (--upgrade: the shipped flows nobody changed; --force: everything again)');
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
      out('usage: npm run flows -- validate|simulate|import|export|release …');
      out(
        stringifyYaml({
          commands: [
            'validate [--published] [flowsDir] [templatesDir]',
            'simulate [--published] <flow|file.yaml> "msg"…',
            'import [--force|--upgrade]',
            'export [dir]',
            ...RELEASE_USAGE,
          ],
        }),
      );
      return 2;
  }
}

const RELEASE_USAGE = [
  'release list',
  'release show <id>',
  'release create <name> [--latest] [--flow id@n]… [--templates lang/ns@n]… [--without id]… [--note text]',
  'release publish <id>',
  'release rollback <id>',
  'release diff <from> [to]',
];

/** The command line acts as the system (audited so), like `import`. */
const CLI_CONTEXT: AuditContext = { actor: { type: 'system' } };
const CLI_ACTOR = 'cli';

function printProblems(problems: readonly FlowProblem[], out: (text: string) => void) {
  for (const problem of problems) {
    out(`  ${problem.flowId}${problem.step ? `.${problem.step}` : ''}: ${problem.kind}: ${problem.message}`);
  }
}

/** Reads `--flow id@n`, `--templates lang/ns@n`, `--without id`, `--note text`, `--latest` after the name. */
function parseReleaseDraft(args: readonly string[]): ReleaseDraft | string {
  const [name, ...rest] = args;
  if (!name || name.startsWith('--')) return 'a release needs a name';
  const draft: ReleaseDraft & { flows: ReleaseFlowRef[]; templates: ReleaseTemplateRef[]; withoutFlows: string[] } = {
    name,
    createdBy: CLI_ACTOR,
    flows: [],
    templates: [],
    withoutFlows: [],
  };
  for (let i = 0; i < rest.length; i += 1) {
    const option = rest[i];
    if (option === '--latest') {
      draft.base = 'latest';
      continue;
    }
    const value = rest[i + 1];
    i += 1;
    if (value === undefined) return `${option} needs a value`;
    if (option === '--note') draft.note = value;
    else if (option === '--without') draft.withoutFlows.push(value);
    else if (option === '--flow') {
      const match = /^([a-z][a-z0-9_]*)@(\d+)$/.exec(value);
      if (!match?.[1] || !match[2]) return `--flow ${value}: expected <flow id>@<version>`;
      draft.flows.push({ flowId: match[1], version: Number(match[2]) });
    } else if (option === '--templates') {
      const match = /^([a-z]+)\/([a-z][a-z0-9_-]*)@(\d+)$/.exec(value);
      const language = languageSchema.safeParse(match?.[1]);
      if (!match?.[2] || !match[3] || !language.success)
        return `--templates ${value}: expected <language>/<namespace>@<version>`;
      draft.templates.push({ namespace: match[2], language: language.data, version: Number(match[3]) });
    } else return `unknown option ${option}`;
  }
  return draft;
}

function parseReleaseId(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/** `release …`: list, show, create, publish, roll back and compare releases. Exit 0 done, 1 refused, 2 usage. */
async function runReleaseCommand(
  store: FlowStore<AuditContext>,
  args: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const [sub, ...rest] = args;
  const usage = () => {
    out(`usage: npm run flows -- ${RELEASE_USAGE.join('\n       npm run flows -- ')}`);
    return 2;
  };
  try {
    switch (sub) {
      case 'list': {
        const { items } = await store.listReleases();
        if (items.length === 0) out('no releases');
        for (const release of items) {
          out(
            `${release.status === 'live' ? '*' : ' '} ${release.id}  ${release.status.padEnd(8)} ${release.name}` +
              `  (${release.flowCount} flows, ${release.templateCount} template namespaces; ` +
              `by ${release.createdBy ?? '?'} ${release.createdAt.toISOString()})`,
          );
        }
        return 0;
      }
      case 'show': {
        const id = parseReleaseId(rest[0]);
        if (id === null) return usage();
        const release = await store.getRelease(id);
        out(`release ${release.id} "${release.name}": ${release.status}`);
        if (release.note) out(`  ${release.note}`);
        for (const ref of release.flows) out(`  flow ${ref.flowId} v${ref.version}`);
        for (const ref of release.templates) out(`  templates ${ref.language}/${ref.namespace} v${ref.version}`);
        const problems = await store.checkRelease(id);
        out(problems.length === 0 ? 'publishable' : `${problems.length} problem(s):`);
        printProblems(problems, out);
        return 0;
      }
      case 'create': {
        const draft = parseReleaseDraft(rest);
        if (typeof draft === 'string') {
          out(draft);
          return usage();
        }
        const { release, problems } = await store.createRelease(draft, CLI_CONTEXT);
        out(`release ${release.id} drafted (${release.flowCount} flows, ${release.templateCount} template namespaces)`);
        out(problems.length === 0 ? 'publishable' : `${problems.length} problem(s) before it can be published:`);
        printProblems(problems, out);
        return 0;
      }
      case 'publish':
      case 'rollback': {
        const id = parseReleaseId(rest[0]);
        if (id === null) return usage();
        const { previousReleaseId } =
          sub === 'publish'
            ? await store.publishRelease(id, CLI_CONTEXT, { actor: CLI_ACTOR })
            : await store.rollbackRelease(id, CLI_CONTEXT, { actor: CLI_ACTOR });
        out(`release ${id} live (was ${previousReleaseId ?? 'none'})`);
        return 0;
      }
      case 'diff': {
        const from = parseReleaseId(rest[0]);
        const to =
          rest[1] === undefined ? (await store.listReleases({ limit: 1 })).liveReleaseId : parseReleaseId(rest[1]);
        if (from === null || to === null) return usage();
        const diff = await store.diffReleases(from, to);
        out(`release ${diff.from} → ${diff.to}`);
        for (const item of diff.flows) out(`  flow ${item.flowId}: ${item.from ?? '—'} → ${item.to ?? '—'}`);
        for (const item of diff.templates) {
          out(`  templates ${item.language}/${item.namespace}: ${item.from ?? '—'} → ${item.to ?? '—'}`);
        }
        if (diff.flows.length + diff.templates.length === 0) out('  no difference');
        return 0;
      }
      default:
        return usage();
    }
  } catch (error) {
    // Refusals (not found, already live, invalid) are answers for the operator, with the problems listed.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    out(error.message);
    const problems = (error.details as { problems?: FlowProblem[] } | undefined)?.problems;
    if (problems) printProblems(problems, out);
    return 1;
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

interface Content {
  flows: FlowDefinition[];
  /** Files that did not parse (none for a release: it was validated when it was made). */
  problems: FlowProblem[];
  templates: TemplateResources;
  source: string;
}

/** Says what the command reads: the files, not the versions published in the database (`--published` reads those). */
function sourceLine(flowsDir: string, templatesDir: string): string {
  const show = (dir: string) => path.relative(process.cwd(), dir) || '.';
  return `source: files in ${show(flowsDir)}/ and ${show(templatesDir)}/ (not the live release in the database: add --published for that)`;
}
