import { and, desc, eq, max } from 'drizzle-orm';
import { stringify as stringifyYaml } from 'yaml';
import { isUniqueViolation, withTransaction, type Db, type DbOrTx, type Tx } from '../platform/db.js';
import type { ActionRegistry } from './actions.js';
import type { InputTypeRegistry } from './input-types.js';
import { languageSchema, type Language } from './channel.js';
import { validateEngineTemplates } from './engine-templates.js';
import { findPublishedTemplateVersion, findTemplateVersionContent } from './template-versions.js';
import { ConversationErrors } from './errors.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import type { FlowSource, VersionedFlow } from './flow-source.js';
import {
  conversationFlowPublications,
  conversationFlowVersions,
  conversationTemplatePublications,
  conversationTemplateVersions,
} from './schema.js';
import {
  createTemplateRenderer,
  templateTreeSchema,
  type TemplateResources,
  type TemplateTree,
} from './template-renderer.js';
import { validateFlow, type FlowProblem } from './validate-flow.js';

/** What a publish or rollback changed, for the audit log (the admin module's `recordAudit` fits this shape). */
export interface FlowStoreAuditChange {
  action: 'flow.version.create' | 'flow.publish' | 'flow.rollback' | 'templates.version.create' | 'templates.publish';
  target: { type: 'flow' | 'templates'; id: string };
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
  /** How long the list of published flows is cached, in milliseconds. Default 2000. */
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

export interface FlowStore<C> extends FlowSource {
  /**
   * Stores a new immutable version (schema-checked, not yet published). Returns its number. With a context, the
   * version and its `flow.version.create` audit row commit together.
   */
  createVersion(
    input: { definition: unknown; source?: string; createdBy?: string },
    context?: C,
  ): Promise<{ flowId: string; version: number }>;
  /** Validates the version against actions, templates and the other published flows, then publishes it atomically with an audit row. */
  publish(
    flowId: string,
    version: number,
    context: C,
    options?: { actor?: string; rollback?: boolean },
  ): Promise<{ previousVersion: number | null }>;
  /** Publishes several versions at once (flows that start each other), validated together, in one transaction. */
  publishAll(
    items: readonly { flowId: string; version: number }[],
    context: C,
    options?: { actor?: string },
  ): Promise<void>;
  /** Parses and validates a draft (e.g. from the editor) against the published flows and templates, without storing it. */
  checkDraft(raw: unknown): Promise<{ flow: FlowDefinition | null; problems: FlowProblem[] }>;
  /** Republishes an older version (audited as `flow.rollback`). */
  rollback(
    flowId: string,
    version: number,
    context: C,
    options?: { actor?: string },
  ): Promise<{ previousVersion: number | null }>;
  /** Validates a version without publishing; an empty list means it would publish. */
  check(flowId: string, version: number): Promise<FlowProblem[]>;
  /** A stored version with its YAML source (the original text when imported from a file). */
  getVersion(flowId: string, version: number): Promise<{ definition: FlowDefinition; source: string }>;
  listVersions(flowId: string): Promise<FlowVersionInfo[]>;
  /** Every flow id with its latest and published version numbers. */
  listFlows(): Promise<{ flowId: string; latestVersion: number; publishedVersion: number | null }[]>;
  /** Stores a new version of one template namespace in one language; with a context, audited in the same transaction. */
  createTemplateVersion(
    input: { namespace: string; language: Language; content: unknown; createdBy?: string },
    context?: C,
  ): Promise<number>;
  /** Publishes a template version (engine keys must remain present) with an audit row. */
  publishTemplates(
    namespace: string,
    language: Language,
    version: number,
    context: C,
    options?: { actor?: string },
  ): Promise<void>;
  /** The published templates of every namespace and language. */
  loadPublishedTemplates(): Promise<TemplateResources>;
  /** Forgets cached published flows (tests, after a publish in another process when waiting is not an option). */
  invalidate(): void;
}

/** The published templates of every namespace and language (for `createReloadingTemplateRenderer`). */
export async function loadPublishedTemplates(tx: DbOrTx): Promise<TemplateResources> {
  const rows = await tx
    .select({
      namespace: conversationTemplateVersions.namespace,
      language: conversationTemplateVersions.language,
      content: conversationTemplateVersions.content,
    })
    .from(conversationTemplatePublications)
    .innerJoin(
      conversationTemplateVersions,
      and(
        eq(conversationTemplateVersions.namespace, conversationTemplatePublications.namespace),
        eq(conversationTemplateVersions.language, conversationTemplatePublications.language),
        eq(conversationTemplateVersions.version, conversationTemplatePublications.version),
      ),
    );
  const resources: TemplateResources = {};
  for (const row of rows) {
    const language = languageSchema.safeParse(row.language);
    const content = templateTreeSchema.safeParse(row.content);
    if (!language.success || !content.success) continue;
    resources[language.data] = { ...resources[language.data], [row.namespace]: content.data };
  }
  return resources;
}

/** Flows and templates in PostgreSQL: immutable numbered versions, one published each. Versions are cached forever (immutable). */
export function createFlowStore<C>(deps: FlowStoreDeps<C>): FlowStore<C> {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const languages = deps.languages ?? languageSchema.options;
  const cacheMs = deps.publishedCacheMs ?? 2000;
  const versionCache = new Map<string, FlowDefinition>();
  let publishedCache: { at: number; flows: VersionedFlow[] } | null = null;

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

  async function listPublished(): Promise<VersionedFlow[]> {
    const now = clock().getTime();
    if (publishedCache && now - publishedCache.at < cacheMs) return publishedCache.flows;
    const rows = await db
      .select({ flowId: conversationFlowPublications.flowId, version: conversationFlowPublications.version })
      .from(conversationFlowPublications);
    const flows: VersionedFlow[] = [];
    for (const row of rows) {
      const flow = await findVersion(row.flowId, row.version);
      if (flow) flows.push({ flow, version: row.version });
    }
    publishedCache = { at: now, flows };
    return flows;
  }

  async function validateVersions(tx: DbOrTx, flows: readonly FlowDefinition[]): Promise<FlowProblem[]> {
    const published = await tx
      .select({ flowId: conversationFlowPublications.flowId })
      .from(conversationFlowPublications);
    const templates = createTemplateRenderer({ resources: await loadPublishedTemplates(tx) });
    const flowIds = new Set([...published.map((p) => p.flowId), ...flows.map((f) => f.id)]);
    return flows.flatMap((flow) =>
      validateFlow(flow, { actions: deps.actions, inputs: deps.inputs, templates, languages, flowIds }),
    );
  }
  const validateVersion = (tx: DbOrTx, flow: FlowDefinition) => validateVersions(tx, [flow]);

  /** Points a flow at a version and writes the audit row; the caller validated and holds the transaction. */
  async function setPublished(
    tx: Tx,
    flowId: string,
    version: number,
    context: C,
    options: { actor?: string; rollback?: boolean },
  ) {
    const [current] = await tx
      .select({ version: conversationFlowPublications.version })
      .from(conversationFlowPublications)
      .where(eq(conversationFlowPublications.flowId, flowId))
      .for('update');
    const publishedAt = clock();
    await tx
      .insert(conversationFlowPublications)
      .values({ flowId, version, publishedBy: options.actor ?? null, publishedAt })
      .onConflictDoUpdate({
        target: conversationFlowPublications.flowId,
        set: { version, publishedBy: options.actor ?? null, publishedAt },
      });
    await deps.audit(tx, context, {
      action: options.rollback ? 'flow.rollback' : 'flow.publish',
      target: { type: 'flow', id: flowId },
      before: current ? { version: current.version } : null,
      after: { version },
    });
    return current?.version ?? null;
  }

  const store: FlowStore<C> = {
    listPublished,
    async findPublished(flowId) {
      return (await listPublished()).find((f) => f.flow.id === flowId) ?? null;
    },
    findVersion,
    invalidate() {
      publishedCache = null;
    },

    async createVersion(input, context) {
      const parsed = flowDefinitionSchema.safeParse(input.definition);
      if (!parsed.success) {
        throw ConversationErrors.flowInvalid(
          '?',
          parsed.error.issues.map((i) => ({ kind: 'schema', message: `${i.path.join('.')}: ${i.message}` })),
        );
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
          problems: parsed.error.issues.map((issue) => ({
            kind: 'schema' as const,
            flowId,
            message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          })),
        };
      }
      return { flow: parsed.data, problems: await validateVersion(db, parsed.data) };
    },

    async check(flowId, version) {
      const found = await readVersion(db, flowId, version);
      if (!found) throw ConversationErrors.flowNotFound(flowId, version);
      return validateVersion(db, found.definition);
    },

    async publish(flowId, version, context, options = {}) {
      const previousVersion = await withTransaction(db, async (tx) => {
        const found = await readVersion(tx, flowId, version);
        if (!found) throw ConversationErrors.flowNotFound(flowId, version);
        const problems = await validateVersion(tx, found.definition);
        if (problems.length > 0) throw ConversationErrors.flowInvalid(flowId, problems);
        return setPublished(tx, flowId, version, context, options);
      });
      publishedCache = null;
      return { previousVersion };
    },

    async publishAll(items, context, options = {}) {
      await withTransaction(db, async (tx) => {
        const flows: FlowDefinition[] = [];
        for (const item of items) {
          const found = await readVersion(tx, item.flowId, item.version);
          if (!found) throw ConversationErrors.flowNotFound(item.flowId, item.version);
          flows.push(found.definition);
        }
        const problems = await validateVersions(tx, flows);
        if (problems.length > 0) throw ConversationErrors.flowInvalid(flows.map((f) => f.id).join(','), problems);
        for (const item of items) await setPublished(tx, item.flowId, item.version, context, options);
      });
      publishedCache = null;
    },

    async getVersion(flowId, version) {
      const found = await readVersion(db, flowId, version);
      if (!found) throw ConversationErrors.flowNotFound(flowId, version);
      return { definition: found.definition, source: found.source ?? stringifyYaml(found.definition) };
    },

    async listVersions(flowId) {
      const [published] = await db
        .select({ version: conversationFlowPublications.version })
        .from(conversationFlowPublications)
        .where(eq(conversationFlowPublications.flowId, flowId));
      const rows = await db
        .select({
          version: conversationFlowVersions.version,
          createdBy: conversationFlowVersions.createdBy,
          createdAt: conversationFlowVersions.createdAt,
        })
        .from(conversationFlowVersions)
        .where(eq(conversationFlowVersions.flowId, flowId))
        .orderBy(desc(conversationFlowVersions.version));
      return rows.map((row) => ({ flowId, ...row, published: row.version === published?.version }));
    },

    async listFlows() {
      const latest = await db
        .select({ flowId: conversationFlowVersions.flowId, latestVersion: max(conversationFlowVersions.version) })
        .from(conversationFlowVersions)
        .groupBy(conversationFlowVersions.flowId);
      const published = await db
        .select({ flowId: conversationFlowPublications.flowId, version: conversationFlowPublications.version })
        .from(conversationFlowPublications);
      const publishedById = new Map(published.map((p) => [p.flowId, p.version]));
      return latest
        .map((row) => ({
          flowId: row.flowId,
          latestVersion: row.latestVersion ?? 0,
          publishedVersion: publishedById.get(row.flowId) ?? null,
        }))
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

    async publishTemplates(namespace, language, version, context, options = {}) {
      await withTransaction(db, async (tx) => {
        const row = await findTemplateVersionContent(tx, namespace, language, version);
        if (!row) throw ConversationErrors.templateVersionNotFound(namespace, language, version);
        const content: TemplateTree = templateTreeSchema.parse(row.content);
        const resources = await loadPublishedTemplates(tx);
        resources[language] = { ...resources[language], [namespace]: content };
        // The new texts must still cover the engine's own keys and every key the published flows use.
        const renderer = createTemplateRenderer({ resources });
        const problems: unknown[] = validateEngineTemplates(renderer, [language], { namespace });
        const publishedRows = await tx
          .select({ flowId: conversationFlowPublications.flowId, version: conversationFlowPublications.version })
          .from(conversationFlowPublications);
        const flowIds = new Set(publishedRows.map((row) => row.flowId));
        for (const row of publishedRows) {
          const found = await readVersion(tx, row.flowId, row.version);
          if (!found) continue;
          problems.push(
            ...validateFlow(found.definition, {
              actions: deps.actions,
              inputs: deps.inputs,
              templates: renderer,
              languages: [language],
              flowIds,
            }).filter((problem) => problem.kind === 'missing_template'),
          );
        }
        if (problems.length > 0) throw ConversationErrors.templatesInvalid(problems);
        const currentVersion = await findPublishedTemplateVersion(tx, namespace, language);
        const publishedAt = clock();
        await tx
          .insert(conversationTemplatePublications)
          .values({ namespace, language, version, publishedBy: options.actor ?? null, publishedAt })
          .onConflictDoUpdate({
            target: [conversationTemplatePublications.namespace, conversationTemplatePublications.language],
            set: { version, publishedBy: options.actor ?? null, publishedAt },
          });
        await deps.audit(tx, context, {
          action: 'templates.publish',
          target: { type: 'templates', id: `${language}/${namespace}` },
          before: currentVersion === null ? null : { version: currentVersion },
          after: { version },
        });
      });
    },

    loadPublishedTemplates: () => loadPublishedTemplates(db),
    rollback: (flowId, version, context, options = {}) =>
      store.publish(flowId, version, context, { ...options, rollback: true }),
  };
  return store;
}
