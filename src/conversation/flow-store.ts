import { and, desc, eq, max, sql } from 'drizzle-orm';
import { stringify as stringifyYaml } from 'yaml';
import { isUniqueViolation, withTransaction, type Db, type DbOrTx, type Tx } from '../platform/db.js';
import type { ActionRegistry } from './actions.js';
import type { InputTypeRegistry } from './input-types.js';
import { languageSchema, type Language } from './channel.js';
import { ConversationErrors } from './errors.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import type { FlowSource, VersionedFlow } from './flow-source.js';
import {
  applyToContent,
  diffContents,
  findLiveReleaseId,
  findRelease,
  insertRelease,
  listReleases,
  loadContent,
  loadReleaseTemplates,
  readLatestContent,
  readLiveContent,
  readReleaseContent,
  setLiveRelease,
  validateReleaseContent,
  wasEverLive,
  type ReleaseContent,
  type ReleaseDetail,
  type ReleaseDiff,
  type ReleaseFlowRef,
  type ReleaseSummary,
  type ReleaseTemplateRef,
} from './release-store.js';
import { conversationFlowVersions, conversationTemplateVersions } from './schema.js';
import { templateTreeSchema, type TemplateResources } from './template-renderer.js';
import type { FlowProblem } from './validate-flow.js';
import { schemaProblems } from './flow-problem.js';
import { findPlaceholderProblems } from './template-placeholders.js';
import { templateVersionExists } from './template-versions.js';
import type { ReleaseOrigin } from './release-origin.js';

/** What a change wrote, for the audit log (the admin module's `recordAudit` fits this shape). */
export interface FlowStoreAuditChange {
  action:
    | 'flow.version.create'
    | 'flow.publish'
    | 'flow.rollback'
    | 'templates.version.create'
    | 'templates.publish'
    | 'release.create'
    | 'release.publish'
    | 'release.rollback';
  target: { type: 'flow' | 'templates' | 'release'; id: string };
  before: unknown;
  after: unknown;
}

/** Writes one audit row inside the publishing transaction; `C` is the caller's audit context (who, request id). */
export type FlowStoreAudit<C> = (tx: Tx, context: C, change: FlowStoreAuditChange) => Promise<void>;

export interface FlowStoreDeps<C> {
  db: Db;
  /** Actions flows may call: publishing checks action and argument names against them. */
  actions: ActionRegistry;
  /** Input types ask steps may use: publishing refuses a flow asking for an unknown one. */
  inputs: InputTypeRegistry;
  audit: FlowStoreAudit<C>;
  /** Languages every template must exist in. Default vi and en. */
  languages?: readonly Language[];
  /**
   * The shipped texts (`templates/`): what each text's placeholders are checked against when a new version of it is
   * published (`findPlaceholderProblems`). Without them, placeholders are not checked.
   */
  shippedTemplates?: TemplateResources;
  /** How long the live release (its id and flows) is cached, in milliseconds. Default 2000. */
  publishedCacheMs?: number;
  clock?: () => Date;
}

export interface FlowVersionInfo {
  flowId: string;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  published: boolean;
}

export interface FlowSummary {
  flowId: string;
  latestVersion: number;
  /** Who saved the latest version (null: the system, e.g. imported at first start). */
  latestBy: string | null;
  latestAt: Date;
  /** The latest version's `title` (what admins and officials read; the id is for the flow's authors). */
  title: string | null;
  publishedVersion: number | null;
}

/** How a release is drafted: a base (the live release, or the latest version of everything) and explicit versions. */
export interface ReleaseDraft {
  name: string;
  note?: string | undefined;
  /** `live` (default): what is live now; `latest`: the newest version of every flow and template namespace. */
  base?: 'live' | 'latest';
  /** Versions that replace (or add to) the base's. */
  flows?: readonly ReleaseFlowRef[];
  templates?: readonly ReleaseTemplateRef[];
  /** Flows the release leaves out (retired). */
  withoutFlows?: readonly string[];
  createdBy?: string | undefined;
}

/** A release's flows (definitions) and texts: what the engine needs to run conversations pinned to it. */
export interface LoadedRelease {
  id: number;
  flows: VersionedFlow[];
  templates: TemplateResources;
}

export interface FlowStore<C> extends FlowSource {
  /**
   * Stores a new immutable version (schema-checked, not yet published). Returns its number. With a context, the
   * version and its `flow.version.create` audit row commit together.
   */
  createVersion(
    input: { definition: unknown; source?: string; createdBy?: string },
    context?: C,
  ): Promise<{ flowId: string; version: number }>;
  /**
   * Publishes one flow version: a new release, the live one with this version in place, validated as a whole and made
   * live atomically with a `flow.publish` audit row.
   */
  publish(
    flowId: string,
    version: number,
    context: C,
    options?: { actor?: string; rollback?: boolean },
  ): Promise<{ previousVersion: number | null; releaseId: number }>;
  /** Publishes several flow and template versions as one release (the shipped files at first start), audited as `release.publish`. */
  publishAll(
    change: { flows?: readonly ReleaseFlowRef[]; templates?: readonly ReleaseTemplateRef[] },
    context: C,
    options: { actor?: string; name: string; origin?: ReleaseOrigin },
  ): Promise<{ releaseId: number }>;
  /** Parses a draft (e.g. from the editor) and checks the live release with it in place, without storing anything. */
  checkDraft(raw: unknown): Promise<{ flow: FlowDefinition | null; problems: FlowProblem[] }>;
  /** Republishes an older version (a release like `publish`, audited as `flow.rollback`). */
  rollback(
    flowId: string,
    version: number,
    context: C,
    options?: { actor?: string },
  ): Promise<{ previousVersion: number | null; releaseId: number }>;
  /** The problems publishing this version would meet; an empty list means it would publish. */
  check(flowId: string, version: number): Promise<FlowProblem[]>;
  /** A stored version with its YAML source (the original text when imported from a file). */
  getVersion(flowId: string, version: number): Promise<{ definition: FlowDefinition; source: string }>;
  listVersions(flowId: string): Promise<FlowVersionInfo[]>;
  /** Every flow id with its latest version (who saved it and when) and the version in the live release. */
  listFlows(): Promise<FlowSummary[]>;
  /** Stores a new version of one template namespace in one language; with a context, audited in the same transaction. */
  createTemplateVersion(
    input: { namespace: string; language: Language; content: unknown; createdBy?: string },
    context?: C,
  ): Promise<number>;
  /** Publishes one template version: a new release like `publish`, audited as `templates.publish`. */
  publishTemplates(
    namespace: string,
    language: Language,
    version: number,
    context: C,
    options?: { actor?: string },
  ): Promise<{ releaseId: number }>;
  /**
   * Publishes a namespace's versions in several languages as one release: all of them go live together, or none
   * (one refused version refuses the others), so citizens never read one language's new texts beside the other's old.
   * One `templates.publish` audit row per language.
   */
  publishTemplateVersions(
    namespace: string,
    versions: Partial<Record<Language, number>>,
    context: C,
    options?: { actor?: string },
  ): Promise<{ releaseId: number }>;
  /** The live release's templates of every namespace and language. */
  loadPublishedTemplates(): Promise<TemplateResources>;

  /** Stores a release (not live) and answers the problems publishing it would meet. Audited as `release.create`. */
  createRelease(draft: ReleaseDraft, context: C): Promise<{ release: ReleaseDetail; problems: FlowProblem[] }>;
  /** Releases, newest first, with their status (`live`, `previous`, `draft`), and the live one's id (read now, uncached). */
  listReleases(options?: { limit?: number }): Promise<{ items: ReleaseSummary[]; liveReleaseId: number | null }>;
  /** One release with its versions; RELEASE_NOT_FOUND when there is none. */
  getRelease(releaseId: number): Promise<ReleaseDetail>;
  /** The problems publishing the release would meet (validated as a whole). */
  checkRelease(releaseId: number): Promise<FlowProblem[]>;
  /** Validates the release as a whole and makes it live, with a `release.publish` audit row. */
  publishRelease(
    releaseId: number,
    context: C,
    options?: { actor?: string },
  ): Promise<{ previousReleaseId: number | null }>;
  /** Makes a release that was live before live again (validated), with a `release.rollback` audit row. */
  rollbackRelease(
    releaseId: number,
    context: C,
    options?: { actor?: string },
  ): Promise<{ previousReleaseId: number | null }>;
  /** Which flows and template namespaces differ between two releases, version to version. */
  diffReleases(fromId: number, toId: number): Promise<ReleaseDiff>;
  /** The live release's id (cached like the published flows); null before anything was published. */
  liveReleaseId(): Promise<number | null>;
  /** A release's flows and texts (for the engine's release source); null when there is no such release. */
  loadRelease(releaseId: number): Promise<LoadedRelease | null>;
  /** Forgets the cached live release (tests, after a publish in another process when waiting is not an option). */
  invalidate(): void;
}

/** The published templates' version: the live release's id (null before anything was published), one small query. */
export function publishedTemplatesVersion(tx: DbOrTx): Promise<number | null> {
  return findLiveReleaseId(tx);
}

/** The live release's templates of every namespace and language (for `createReloadingTemplateRenderer`). */
export async function loadPublishedTemplates(tx: DbOrTx): Promise<TemplateResources> {
  const releaseId = await findLiveReleaseId(tx);
  return releaseId === null ? {} : loadReleaseTemplates(tx, releaseId);
}

const DEFAULT_RELEASE_LIST_LIMIT = 100;

/** The template versions `content` holds that `live` does not: the texts publishing it would put before citizens. */
function newTexts(content: ReleaseContent, live: ReleaseContent): ReleaseTemplateRef[] {
  const liveVersions = new Map(live.templates.map((ref) => [`${ref.language}/${ref.namespace}`, ref.version]));
  return content.templates.filter((ref) => liveVersions.get(`${ref.language}/${ref.namespace}`) !== ref.version);
}

/**
 * Flows and templates in PostgreSQL: immutable numbered versions, grouped into releases of which one is live. Every
 * publish (a release, one flow or one template namespace) makes a new release live, validated as a whole. Versions
 * are cached forever (immutable); the live release for `publishedCacheMs`.
 */
export function createFlowStore<C>(deps: FlowStoreDeps<C>): FlowStore<C> {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const languages = deps.languages ?? languageSchema.options;
  const cacheMs = deps.publishedCacheMs ?? 2000;
  const versionCache = new Map<string, FlowDefinition>();
  let liveCache: { at: number; releaseId: number | null; flows: VersionedFlow[] } | null = null;

  async function readVersion(
    tx: DbOrTx,
    flowId: string,
    version: number,
  ): Promise<{ definition: FlowDefinition; source: string | null } | null> {
    const rows = await tx
      .select({ definition: conversationFlowVersions.definition, source: conversationFlowVersions.source })
      .from(conversationFlowVersions)
      .where(and(eq(conversationFlowVersions.flowId, flowId), eq(conversationFlowVersions.version, version)));
    const row = rows[0];
    if (!row) return null;
    return { definition: flowDefinitionSchema.parse(row.definition), source: row.source };
  }

  async function findVersion(flowId: string, version: number): Promise<FlowDefinition | null> {
    const key = `${flowId}@${version}`;
    const cached = versionCache.get(key);
    if (cached) return cached;
    const found = await readVersion(db, flowId, version);
    if (found) versionCache.set(key, found.definition);
    return found?.definition ?? null;
  }

  async function releaseFlows(content: ReleaseContent): Promise<VersionedFlow[]> {
    const flows: VersionedFlow[] = [];
    for (const ref of content.flows) {
      const flow = await findVersion(ref.flowId, ref.version);
      if (flow) flows.push({ flow, version: ref.version });
    }
    return flows;
  }

  async function readLive(): Promise<{ releaseId: number | null; flows: VersionedFlow[] }> {
    const now = clock().getTime();
    if (liveCache && now - liveCache.at < cacheMs) return liveCache;
    // One small query while the same release stays live; its flows are read again only when another goes live.
    const releaseId = await findLiveReleaseId(db);
    if (liveCache?.releaseId === releaseId) {
      liveCache = { ...liveCache, at: now };
      return liveCache;
    }
    const content = releaseId === null ? null : await readReleaseContent(db, releaseId);
    liveCache = { at: now, releaseId, flows: content ? await releaseFlows(content) : [] };
    return liveCache;
  }

  /** The release's problems; with `texts`, also those texts' placeholders that nothing fills. */
  async function validate(
    tx: DbOrTx,
    content: ReleaseContent,
    options: { drafts?: readonly FlowDefinition[]; texts?: readonly ReleaseTemplateRef[] } = {},
  ) {
    const loaded = await loadContent(tx, content);
    const drafts = options.drafts ?? [];
    const replaced = new Set(drafts.map((flow) => flow.id));
    loaded.flows = [...loaded.flows.filter((flow) => !replaced.has(flow.id)), ...drafts];
    return [
      ...validateReleaseContent(loaded, { actions: deps.actions, inputs: deps.inputs, languages }),
      ...placeholderProblems(loaded, options.texts ?? []),
    ];
  }

  /**
   * Checked only for the text versions a publish brings (one namespace, or a release never live before, and a
   * release's draft): going back to a release, a flow's publish and the shipped files' import at start put back or
   * keep texts that were live already, and are not refused for them (an import at start must never fail on them).
   */
  function placeholderProblems(
    loaded: { flows: readonly FlowDefinition[]; templates: TemplateResources },
    texts: readonly ReleaseTemplateRef[],
  ): FlowProblem[] {
    if (!deps.shippedTemplates) return [];
    return findPlaceholderProblems(loaded, deps.shippedTemplates, texts);
  }

  async function checkWithLive(flows: readonly FlowDefinition[]): Promise<FlowProblem[]> {
    const { content } = await readLiveContent(db);
    return validate(db, content, { drafts: flows });
  }

  /**
   * Builds a release from the live one with `change` applied, validates it as a whole, stores it and makes it live, in
   * the caller's transaction; `invalid` turns the problems into the caller's error.
   */
  async function publishChange(
    tx: Tx,
    change: { flows?: readonly ReleaseFlowRef[]; templates?: readonly ReleaseTemplateRef[] },
    meta: { name: string; origin?: ReleaseOrigin; actor: string | null; rollback?: boolean; checkTexts?: boolean },
    invalid: (problems: FlowProblem[]) => Error,
  ) {
    const { releaseId: previousReleaseId, content: previous } = await readLiveContent(tx, { lock: true });
    const content = applyToContent(previous, change);
    const problems = await validate(tx, content, meta.checkTexts ? { texts: newTexts(content, previous) } : {});
    if (problems.length > 0) throw invalid(problems);
    const releaseId = await insertRelease(
      tx,
      { name: meta.name, ...(meta.origin ? { origin: meta.origin } : {}), createdBy: meta.actor ?? undefined },
      content,
    );
    await setLiveRelease(tx, releaseId, meta.rollback ? 'rollback' : 'publish', meta.actor, clock());
    return { releaseId, previousReleaseId, previous };
  }

  async function publishFlow(
    flowId: string,
    version: number,
    context: C,
    options: { actor?: string; rollback?: boolean },
  ) {
    const result = await withTransaction(db, async (tx) => {
      const found = await readVersion(tx, flowId, version);
      if (!found) throw ConversationErrors.flowNotFound(flowId, version);
      const rollback = options.rollback ?? false;
      const { releaseId, previous } = await publishChange(
        tx,
        { flows: [{ flowId, version }] },
        {
          // The name for logs and the CLI; screens name it from its origin, in their language.
          name: `${rollback ? 'rollback of' : 'publish'} ${flowId} v${version}`,
          origin: { kind: 'flow', flowId, title: found.definition.title, version, rollback },
          actor: options.actor ?? null,
          ...(options.rollback ? { rollback: true } : {}),
        },
        (problems) => ConversationErrors.flowInvalid(flowId, problems),
      );
      const previousVersion = previous.flows.find((ref) => ref.flowId === flowId)?.version ?? null;
      await deps.audit(tx, context, {
        action: options.rollback ? 'flow.rollback' : 'flow.publish',
        target: { type: 'flow', id: flowId },
        before: previousVersion === null ? null : { version: previousVersion },
        after: { version, release: releaseId },
      });
      return { previousVersion, releaseId };
    });
    liveCache = null;
    return result;
  }

  async function publishTemplateVersions(
    namespace: string,
    versions: Partial<Record<Language, number>>,
    context: C,
    options: { actor?: string } = {},
  ): Promise<{ releaseId: number }> {
    const refs = languages
      .filter((language) => versions[language] !== undefined)
      .map((language) => ({ namespace, language, version: versions[language] ?? 0 }));
    if (refs.length === 0) throw new Error('publishTemplateVersions: no version to publish');
    const result = await withTransaction(db, async (tx) => {
      for (const { language, version } of refs) {
        if (!(await templateVersionExists(tx, namespace, language, version)))
          throw ConversationErrors.templateVersionNotFound(namespace, language, version);
      }
      const named = refs.map((ref) => `${ref.language}/${namespace} v${ref.version}`).join(', ');
      const { releaseId, previous } = await publishChange(
        tx,
        { templates: refs },
        {
          name: `publish templates ${named}`,
          origin: { kind: 'texts', namespace, versions: refs.map(({ language, version }) => ({ language, version })) },
          actor: options.actor ?? null,
          checkTexts: true,
        },
        (problems) => ConversationErrors.templatesInvalid(problems),
      );
      for (const { language, version } of refs) {
        const previousVersion =
          previous.templates.find((ref) => ref.namespace === namespace && ref.language === language)?.version ?? null;
        await deps.audit(tx, context, {
          action: 'templates.publish',
          target: { type: 'templates', id: `${language}/${namespace}` },
          before: previousVersion === null ? null : { version: previousVersion },
          after: { version, release: releaseId },
        });
      }
      return { releaseId };
    });
    liveCache = null;
    return result;
  }

  /** Makes an existing release live: `publish` any release not live now, `rollback` one that was live before. */
  async function makeLive(releaseId: number, context: C, options: { actor?: string }, kind: 'publish' | 'rollback') {
    const result = await withTransaction(db, async (tx) => {
      const { releaseId: previousReleaseId, content: live } = await readLiveContent(tx, { lock: true });
      const content = await readReleaseContent(tx, releaseId);
      if (!content) throw ConversationErrors.releaseNotFound(releaseId);
      if (previousReleaseId === releaseId) throw ConversationErrors.releaseAlreadyLive(releaseId);
      const everLive = await wasEverLive(tx, releaseId);
      if (kind === 'rollback' && !everLive) throw ConversationErrors.releaseNeverLive(releaseId);
      const problems = await validate(tx, content, everLive ? {} : { texts: newTexts(content, live) });
      if (problems.length > 0) throw ConversationErrors.releaseInvalid(releaseId, problems);
      await setLiveRelease(tx, releaseId, kind, options.actor ?? null, clock());
      await deps.audit(tx, context, {
        action: kind === 'rollback' ? 'release.rollback' : 'release.publish',
        target: { type: 'release', id: String(releaseId) },
        before: previousReleaseId === null ? null : { release: previousReleaseId },
        after: { release: releaseId },
      });
      return { previousReleaseId };
    });
    liveCache = null;
    return result;
  }

  const store: FlowStore<C> = {
    async listPublished() {
      return (await readLive()).flows;
    },
    async findPublished(flowId) {
      return (await readLive()).flows.find((f) => f.flow.id === flowId) ?? null;
    },
    findVersion,
    invalidate() {
      liveCache = null;
    },
    async liveReleaseId() {
      return (await readLive()).releaseId;
    },
    async loadRelease(releaseId) {
      const content = await readReleaseContent(db, releaseId);
      if (!content) return null;
      return {
        id: releaseId,
        flows: await releaseFlows(content),
        templates: await loadReleaseTemplates(db, releaseId),
      };
    },

    async createVersion(input, context) {
      const parsed = flowDefinitionSchema.safeParse(input.definition);
      if (!parsed.success) {
        throw ConversationErrors.flowInvalid('?', schemaProblems('?', parsed.error.issues, input.definition));
      }
      const flow = parsed.data;
      // Two editors saving at once both compute the same next number; the primary key rejects one, which retries.
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await withTransaction(db, async (tx) => {
            const [row] = await tx
              .select({ latest: max(conversationFlowVersions.version) })
              .from(conversationFlowVersions)
              .where(eq(conversationFlowVersions.flowId, flow.id));
            const version = (row?.latest ?? 0) + 1;
            await tx.insert(conversationFlowVersions).values({
              flowId: flow.id,
              version,
              definition: flow,
              source: input.source ?? null,
              createdBy: input.createdBy ?? null,
            });
            if (context !== undefined) {
              await deps.audit(tx, context, {
                action: 'flow.version.create',
                target: { type: 'flow', id: flow.id },
                before: null,
                after: { version },
              });
            }
            return { flowId: flow.id, version };
          });
        } catch (error) {
          // Only a clash on the version number (another save took it) is worth another try.
          if (attempt >= 3 || !isUniqueViolation(error)) throw error;
        }
      }
    },

    async checkDraft(raw) {
      const parsed = flowDefinitionSchema.safeParse(raw);
      if (!parsed.success) {
        const flowId =
          typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : '?';
        return {
          flow: null,
          problems: schemaProblems(flowId, parsed.error.issues, raw),
        };
      }
      return { flow: parsed.data, problems: await checkWithLive([parsed.data]) };
    },

    async check(flowId, version) {
      const found = await readVersion(db, flowId, version);
      if (!found) throw ConversationErrors.flowNotFound(flowId, version);
      return checkWithLive([found.definition]);
    },

    publish: (flowId, version, context, options = {}) => publishFlow(flowId, version, context, options),
    rollback: (flowId, version, context, options = {}) =>
      publishFlow(flowId, version, context, { ...options, rollback: true }),

    async publishAll(change, context, options) {
      const result = await withTransaction(db, async (tx) => {
        const { releaseId, previousReleaseId } = await publishChange(
          tx,
          change,
          { name: options.name, ...(options.origin ? { origin: options.origin } : {}), actor: options.actor ?? null },
          (problems) => ConversationErrors.releaseInvalid(null, problems),
        );
        await deps.audit(tx, context, {
          action: 'release.publish',
          target: { type: 'release', id: String(releaseId) },
          before: previousReleaseId === null ? null : { release: previousReleaseId },
          after: {
            release: releaseId,
            name: options.name,
            flows: change.flows ?? [],
            templates: change.templates ?? [],
          },
        });
        return { releaseId };
      });
      liveCache = null;
      return result;
    },

    async getVersion(flowId, version) {
      const found = await readVersion(db, flowId, version);
      if (!found) throw ConversationErrors.flowNotFound(flowId, version);
      return { definition: found.definition, source: found.source ?? stringifyYaml(found.definition) };
    },

    async listVersions(flowId) {
      const { content } = await readLiveContent(db);
      const published = content.flows.find((ref) => ref.flowId === flowId)?.version;
      const rows = await db
        .select({
          version: conversationFlowVersions.version,
          createdBy: conversationFlowVersions.createdBy,
          createdAt: conversationFlowVersions.createdAt,
        })
        .from(conversationFlowVersions)
        .where(eq(conversationFlowVersions.flowId, flowId))
        .orderBy(desc(conversationFlowVersions.version));
      return rows.map((row) => ({ flowId, ...row, published: row.version === published }));
    },

    async listFlows() {
      // Each flow's newest version row: its number, who saved it and when.
      const latest = await db
        .selectDistinctOn([conversationFlowVersions.flowId], {
          flowId: conversationFlowVersions.flowId,
          latestVersion: conversationFlowVersions.version,
          latestBy: conversationFlowVersions.createdBy,
          latestAt: conversationFlowVersions.createdAt,
          title: sql<string | null>`${conversationFlowVersions.definition}->>'title'`,
        })
        .from(conversationFlowVersions)
        .orderBy(conversationFlowVersions.flowId, desc(conversationFlowVersions.version));
      const { content } = await readLiveContent(db);
      const publishedById = new Map(content.flows.map((ref) => [ref.flowId, ref.version]));
      return latest
        .map((row) => ({ ...row, publishedVersion: publishedById.get(row.flowId) ?? null }))
        .sort((a, b) => a.flowId.localeCompare(b.flowId));
    },

    async createTemplateVersion(input, context) {
      const content = templateTreeSchema.safeParse(input.content);
      if (!content.success)
        throw ConversationErrors.templatesInvalid(content.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await withTransaction(db, async (tx) => {
            const [row] = await tx
              .select({ latest: max(conversationTemplateVersions.version) })
              .from(conversationTemplateVersions)
              .where(
                and(
                  eq(conversationTemplateVersions.namespace, input.namespace),
                  eq(conversationTemplateVersions.language, input.language),
                ),
              );
            const version = (row?.latest ?? 0) + 1;
            await tx.insert(conversationTemplateVersions).values({
              namespace: input.namespace,
              language: input.language,
              version,
              content: content.data,
              createdBy: input.createdBy ?? null,
            });
            if (context !== undefined) {
              await deps.audit(tx, context, {
                action: 'templates.version.create',
                target: { type: 'templates', id: `${input.language}/${input.namespace}` },
                before: null,
                after: { version },
              });
            }
            return version;
          });
        } catch (error) {
          // Only a clash on the version number (another save took it) is worth another try.
          if (attempt >= 3 || !isUniqueViolation(error)) throw error;
        }
      }
    },

    publishTemplates(namespace, language, version, context, options = {}) {
      return publishTemplateVersions(namespace, { [language]: version }, context, options);
    },

    publishTemplateVersions,

    loadPublishedTemplates: () => loadPublishedTemplates(db),

    async createRelease(draft, context) {
      return withTransaction(db, async (tx) => {
        const base = draft.base === 'latest' ? await readLatestContent(tx) : (await readLiveContent(tx)).content;
        const content = applyToContent(base, draft);
        const loaded = await loadContent(tx, content);
        if (loaded.missing.length > 0) throw ConversationErrors.releaseVersionsMissing(loaded.missing);
        const problems = [
          ...validateReleaseContent(loaded, { actions: deps.actions, inputs: deps.inputs, languages }),
          ...placeholderProblems(loaded, newTexts(content, (await readLiveContent(tx)).content)),
        ];
        const releaseId = await insertRelease(tx, draft, content);
        await deps.audit(tx, context, {
          action: 'release.create',
          target: { type: 'release', id: String(releaseId) },
          before: null,
          after: { name: draft.name, base: draft.base ?? 'live', ...content, problems: problems.length },
        });
        const release = await findRelease(tx, releaseId);
        if (!release) throw ConversationErrors.releaseNotFound(releaseId);
        return { release, problems };
      });
    },

    listReleases: (options = {}) => listReleases(db, options.limit ?? DEFAULT_RELEASE_LIST_LIMIT),

    async getRelease(releaseId) {
      const release = await findRelease(db, releaseId);
      if (!release) throw ConversationErrors.releaseNotFound(releaseId);
      return release;
    },

    async checkRelease(releaseId) {
      const content = await readReleaseContent(db, releaseId);
      if (!content) throw ConversationErrors.releaseNotFound(releaseId);
      // A release that was live before checks no text again (see `placeholderProblems`), as `makeLive` does.
      if (await wasEverLive(db, releaseId)) return validate(db, content);
      return validate(db, content, { texts: newTexts(content, (await readLiveContent(db)).content) });
    },

    publishRelease: (releaseId, context, options = {}) => makeLive(releaseId, context, options, 'publish'),
    rollbackRelease: (releaseId, context, options = {}) => makeLive(releaseId, context, options, 'rollback'),

    async diffReleases(fromId, toId) {
      const from = await readReleaseContent(db, fromId);
      if (!from) throw ConversationErrors.releaseNotFound(fromId);
      const to = await readReleaseContent(db, toId);
      if (!to) throw ConversationErrors.releaseNotFound(toId);
      return diffContents({ id: fromId, content: from }, { id: toId, content: to });
    },
  };
  return store;
}
