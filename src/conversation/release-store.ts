import { and, asc, count, countDistinct, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../platform/db.js';
import type { ActionRegistry } from './actions.js';
import { languageSchema, type Language } from './channel.js';
import { validateEngineTemplates } from './engine-templates.js';
import type { InputTypeRegistry } from './input-types.js';
import { flowDefinitionSchema, type FlowDefinition } from './flow-schema.js';
import type { FlowProblem } from './flow-problem.js';
import {
  conversationFlowVersions,
  conversationLiveRelease,
  conversationReleaseFlows,
  conversationReleasePublications,
  conversationReleases,
  conversationReleaseTemplates,
  conversationTemplateVersions,
} from './schema.js';
import { createTemplateRenderer, templateTreeSchema, type TemplateResources } from './template-renderer.js';
import { validateFlows } from './validate-flow.js';
import { findUnansweredTemplatePayloads } from './validate-payloads.js';
import { releaseOriginOf, type ReleaseOrigin } from './release-origin.js';

// Releases in PostgreSQL: a release is an immutable set of flow versions and template versions; exactly one is live
// (`conversation_live_release`). Everything here takes the caller's transaction; the flow store composes them.

export interface ReleaseFlowRef {
  flowId: string;
  version: number;
}

export interface ReleaseTemplateRef {
  namespace: string;
  language: Language;
  version: number;
}

/** What a release holds: one version of each flow and of each template namespace in each language. */
export interface ReleaseContent {
  flows: ReleaseFlowRef[];
  templates: ReleaseTemplateRef[];
}

/** `live`: what new conversations start on; `previous`: was live once (a rollback target); `draft`: never live. */
export type ReleaseStatus = 'live' | 'previous' | 'draft';

export interface ReleaseSummary {
  id: number;
  name: string;
  /** What the server published (a flow, texts, the shipped files); null for a release someone drafted and named. */
  origin: ReleaseOrigin | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  status: ReleaseStatus;
  /** When it last went live (publish or rollback); null for a draft. */
  lastPublishedAt: Date | null;
  /** Who made it live that last time (an account's email); null for a draft or when not recorded. */
  lastPublishedBy: string | null;
  flowCount: number;
  /** Text namespaces times languages (each is a version of its own). */
  templateCount: number;
  /** Text namespaces ("core", "lgsp"…), whatever their languages: the groups the texts page lists. */
  textGroupCount: number;
}

export interface ReleaseDetail extends ReleaseSummary, ReleaseContent {}

/** One flow or template namespace whose version differs between two releases (null: absent from that release). */
export interface ReleaseDiff {
  from: number;
  to: number;
  flows: { flowId: string; from: number | null; to: number | null }[];
  templates: { namespace: string; language: Language; from: number | null; to: number | null }[];
}

const EMPTY_CONTENT: ReleaseContent = { flows: [], templates: [] };
const templateKey = (ref: { namespace: string; language: string }) => `${ref.language}/${ref.namespace}`;

/** The live release's id (null before the first publish); `lock` holds the pointer until the transaction ends. */
export async function findLiveReleaseId(tx: DbOrTx, options: { lock?: boolean } = {}): Promise<number | null> {
  const query = tx
    .select({ releaseId: conversationLiveRelease.releaseId })
    .from(conversationLiveRelease)
    .where(eq(conversationLiveRelease.id, 1));
  const [row] = options.lock ? await query.for('update') : await query;
  return row?.releaseId ?? null;
}

/** The versions a release holds, or null when there is no such release. */
export async function readReleaseContent(tx: DbOrTx, releaseId: number): Promise<ReleaseContent | null> {
  const [release] = await tx
    .select({ id: conversationReleases.id })
    .from(conversationReleases)
    .where(eq(conversationReleases.id, releaseId));
  if (!release) return null;
  const flows = await tx
    .select({ flowId: conversationReleaseFlows.flowId, version: conversationReleaseFlows.version })
    .from(conversationReleaseFlows)
    .where(eq(conversationReleaseFlows.releaseId, releaseId))
    .orderBy(asc(conversationReleaseFlows.flowId));
  const templates = await tx
    .select({
      namespace: conversationReleaseTemplates.namespace,
      language: conversationReleaseTemplates.language,
      version: conversationReleaseTemplates.version,
    })
    .from(conversationReleaseTemplates)
    .where(eq(conversationReleaseTemplates.releaseId, releaseId))
    .orderBy(asc(conversationReleaseTemplates.namespace), asc(conversationReleaseTemplates.language));
  return { flows, templates: templates.flatMap((row) => parseTemplateRef(row)) };
}

/** The live release's versions; empty before the first publish. */
export async function readLiveContent(tx: DbOrTx, options: { lock?: boolean } = {}) {
  const releaseId = await findLiveReleaseId(tx, options);
  const content = releaseId === null ? null : await readReleaseContent(tx, releaseId);
  return { releaseId, content: content ?? EMPTY_CONTENT };
}

/** The newest stored version of every flow and of every template namespace in every language. */
export async function readLatestContent(tx: DbOrTx): Promise<ReleaseContent> {
  const flows = await tx
    .select({ flowId: conversationFlowVersions.flowId, version: max(conversationFlowVersions.version) })
    .from(conversationFlowVersions)
    .groupBy(conversationFlowVersions.flowId);
  const templates = await tx
    .select({
      namespace: conversationTemplateVersions.namespace,
      language: conversationTemplateVersions.language,
      version: max(conversationTemplateVersions.version),
    })
    .from(conversationTemplateVersions)
    .groupBy(conversationTemplateVersions.namespace, conversationTemplateVersions.language);
  return normalizeContent({
    flows: flows.map((row) => ({ flowId: row.flowId, version: row.version ?? 1 })),
    templates: templates.flatMap((row) => parseTemplateRef({ ...row, version: row.version ?? 1 })),
  });
}

/** `base` with the given versions in place (added when new) and the listed flows left out; sorted. */
export function applyToContent(
  base: ReleaseContent,
  change: {
    flows?: readonly ReleaseFlowRef[];
    templates?: readonly ReleaseTemplateRef[];
    withoutFlows?: readonly string[];
  },
): ReleaseContent {
  const flows = new Map(base.flows.map((ref) => [ref.flowId, ref]));
  for (const ref of change.flows ?? []) flows.set(ref.flowId, ref);
  for (const flowId of change.withoutFlows ?? []) flows.delete(flowId);
  const templates = new Map(base.templates.map((ref) => [templateKey(ref), ref]));
  for (const ref of change.templates ?? []) templates.set(templateKey(ref), ref);
  return normalizeContent({ flows: [...flows.values()], templates: [...templates.values()] });
}

function normalizeContent(content: ReleaseContent): ReleaseContent {
  return {
    flows: [...content.flows].sort((a, b) => a.flowId.localeCompare(b.flowId)),
    templates: [...content.templates].sort(
      (a, b) => a.namespace.localeCompare(b.namespace) || a.language.localeCompare(b.language),
    ),
  };
}

function parseTemplateRef(row: { namespace: string; language: string; version: number }): ReleaseTemplateRef[] {
  const language = languageSchema.safeParse(row.language);
  return language.success ? [{ namespace: row.namespace, language: language.data, version: row.version }] : [];
}

/** The definitions and texts a content names (two queries); `missing` lists versions that do not exist. */
export async function loadContent(
  tx: DbOrTx,
  content: ReleaseContent,
): Promise<{ flows: FlowDefinition[]; templates: TemplateResources; missing: string[] }> {
  const flowRows =
    content.flows.length === 0
      ? []
      : await tx
          .select({
            flowId: conversationFlowVersions.flowId,
            version: conversationFlowVersions.version,
            definition: conversationFlowVersions.definition,
          })
          .from(conversationFlowVersions)
          .where(
            sql`(${conversationFlowVersions.flowId}, ${conversationFlowVersions.version}) in (${sql.join(
              content.flows.map((ref) => sql`(${ref.flowId}, ${ref.version})`),
              sql`, `,
            )})`,
          );
  const templateRows =
    content.templates.length === 0
      ? []
      : await tx
          .select({
            namespace: conversationTemplateVersions.namespace,
            language: conversationTemplateVersions.language,
            version: conversationTemplateVersions.version,
            content: conversationTemplateVersions.content,
          })
          .from(conversationTemplateVersions)
          .where(
            sql`(${conversationTemplateVersions.namespace}, ${conversationTemplateVersions.language}, ${conversationTemplateVersions.version}) in (${sql.join(
              content.templates.map((ref) => sql`(${ref.namespace}, ${ref.language}, ${ref.version})`),
              sql`, `,
            )})`,
          );
  const flowsByKey = new Map(flowRows.map((row) => [`${row.flowId}@${row.version}`, row.definition]));
  const templatesByKey = new Map(
    templateRows.map((row) => [`${row.language}/${row.namespace}@${row.version}`, row.content]),
  );
  const flows: FlowDefinition[] = [];
  const templates: TemplateResources = {};
  const missing: string[] = [];
  for (const ref of content.flows) {
    const definition = flowsByKey.get(`${ref.flowId}@${ref.version}`);
    if (definition === undefined) missing.push(`flow ${ref.flowId} v${ref.version}`);
    else flows.push(flowDefinitionSchema.parse(definition));
  }
  for (const ref of content.templates) {
    const tree = templateTreeSchema.safeParse(templatesByKey.get(`${templateKey(ref)}@${ref.version}`));
    if (tree.success) templates[ref.language] = { ...templates[ref.language], [ref.namespace]: tree.data };
    else missing.push(`templates ${ref.language}/${ref.namespace} v${ref.version}`);
  }
  return { flows, templates, missing };
}

/** The templates of a release joined in one query (what the renderer of a pinned conversation needs). */
export async function loadReleaseTemplates(tx: DbOrTx, releaseId: number): Promise<TemplateResources> {
  const rows = await tx
    .select({
      namespace: conversationTemplateVersions.namespace,
      language: conversationTemplateVersions.language,
      content: conversationTemplateVersions.content,
    })
    .from(conversationReleaseTemplates)
    .innerJoin(
      conversationTemplateVersions,
      and(
        eq(conversationTemplateVersions.namespace, conversationReleaseTemplates.namespace),
        eq(conversationTemplateVersions.language, conversationReleaseTemplates.language),
        eq(conversationTemplateVersions.version, conversationReleaseTemplates.version),
      ),
    )
    .where(eq(conversationReleaseTemplates.releaseId, releaseId));
  const resources: TemplateResources = {};
  for (const row of rows) {
    const language = languageSchema.safeParse(row.language);
    const content = templateTreeSchema.safeParse(row.content);
    if (!language.success || !content.success) continue;
    resources[language.data] = { ...resources[language.data], [row.namespace]: content.data };
  }
  return resources;
}

/**
 * Checks a release as a whole, against its own texts only: every flow (steps, actions and their arguments, the flows
 * it starts, buttons), every template key a flow or the engine uses, in every language, and every `#payload` a button
 * sends (flows and templates) answered by some flow of the release.
 */
export function validateReleaseContent(
  loaded: { flows: readonly FlowDefinition[]; templates: TemplateResources; missing: readonly string[] },
  context: { actions: ActionRegistry; inputs: InputTypeRegistry; languages: readonly Language[] },
): FlowProblem[] {
  const renderer = createTemplateRenderer({ resources: loaded.templates });
  return [
    ...loaded.missing.map((what) => ({
      kind: 'schema' as const,
      code: 'release_part_missing' as const,
      params: { part: what },
      flowId: '(release)',
      message: `${what} does not exist`,
    })),
    ...validateFlows(loaded.flows, {
      actions: context.actions,
      inputs: context.inputs,
      templates: renderer,
      languages: context.languages,
    }),
    ...validateEngineTemplates(renderer, context.languages).map((problem) => ({
      kind: problem.kind,
      code: problem.code,
      params: problem.params,
      flowId: '(engine)',
      message: problem.message,
    })),
    ...findUnansweredTemplatePayloads(loaded.flows, loaded.templates),
  ];
}

/** Stores a release (not live). Returns its id. */
export async function insertRelease(
  tx: Tx,
  meta: { name: string; origin?: ReleaseOrigin; note?: string | undefined; createdBy?: string | undefined },
  content: ReleaseContent,
): Promise<number> {
  const [row] = await tx
    .insert(conversationReleases)
    .values({
      name: meta.name,
      origin: meta.origin ?? null,
      note: meta.note ?? null,
      createdBy: meta.createdBy ?? null,
    })
    .returning({ id: conversationReleases.id });
  if (!row) throw new Error('insert into conversation_releases returned no row');
  if (content.flows.length > 0) {
    await tx.insert(conversationReleaseFlows).values(content.flows.map((ref) => ({ releaseId: row.id, ...ref })));
  }
  if (content.templates.length > 0) {
    await tx
      .insert(conversationReleaseTemplates)
      .values(content.templates.map((ref) => ({ releaseId: row.id, ...ref })));
  }
  return row.id;
}

/** Makes a release live and records it in the history; the caller locked the pointer (`findLiveReleaseId` with lock). */
export async function setLiveRelease(
  tx: Tx,
  releaseId: number,
  kind: 'publish' | 'rollback',
  publishedBy: string | null,
  publishedAt: Date,
): Promise<void> {
  await tx
    .insert(conversationLiveRelease)
    .values({ id: 1, releaseId, publishedBy, publishedAt })
    .onConflictDoUpdate({ target: conversationLiveRelease.id, set: { releaseId, publishedBy, publishedAt } });
  await tx.insert(conversationReleasePublications).values({ releaseId, kind, publishedBy, publishedAt });
}

/** Whether the release was ever live. */
export async function wasEverLive(tx: DbOrTx, releaseId: number): Promise<boolean> {
  const [row] = await tx
    .select({ n: count() })
    .from(conversationReleasePublications)
    .where(eq(conversationReleasePublications.releaseId, releaseId));
  return (row?.n ?? 0) > 0;
}

/** Releases, newest first (at most `limit`), with their status; and the live one's id. */
export async function listReleases(
  tx: DbOrTx,
  limit: number,
): Promise<{ items: ReleaseSummary[]; liveReleaseId: number | null }> {
  const liveId = await findLiveReleaseId(tx);
  const flowCounts = tx
    .select({ releaseId: conversationReleaseFlows.releaseId, n: count().as('flow_count') })
    .from(conversationReleaseFlows)
    .groupBy(conversationReleaseFlows.releaseId)
    .as('flow_counts');
  const templateCounts = tx
    .select({
      releaseId: conversationReleaseTemplates.releaseId,
      n: count().as('template_count'),
      groups: countDistinct(conversationReleaseTemplates.namespace).as('text_group_count'),
    })
    .from(conversationReleaseTemplates)
    .groupBy(conversationReleaseTemplates.releaseId)
    .as('template_counts');
  const publications = tx
    .select({
      releaseId: conversationReleasePublications.releaseId,
      at: max(conversationReleasePublications.publishedAt).as('last_published_at'),
    })
    .from(conversationReleasePublications)
    .groupBy(conversationReleasePublications.releaseId)
    .as('publications');
  const rows = await tx
    .select({
      id: conversationReleases.id,
      name: conversationReleases.name,
      origin: conversationReleases.origin,
      madeBeforeOrigins: conversationReleases.madeBeforeOrigins,
      note: conversationReleases.note,
      createdBy: conversationReleases.createdBy,
      createdAt: conversationReleases.createdAt,
      flowCount: sql<number>`coalesce(${flowCounts.n}, 0)`.mapWith(Number),
      templateCount: sql<number>`coalesce(${templateCounts.n}, 0)`.mapWith(Number),
      textGroupCount: sql<number>`coalesce(${templateCounts.groups}, 0)`.mapWith(Number),
      lastPublishedAt: publications.at,
    })
    .from(conversationReleases)
    .leftJoin(flowCounts, eq(flowCounts.releaseId, conversationReleases.id))
    .leftJoin(templateCounts, eq(templateCounts.releaseId, conversationReleases.id))
    .leftJoin(publications, eq(publications.releaseId, conversationReleases.id))
    .orderBy(desc(conversationReleases.id))
    .limit(limit);
  const publishers = await lastPublishers(
    tx,
    rows.map((row) => row.id),
  );
  const origins = await originsOf(tx, rows);
  const items = rows.map(({ madeBeforeOrigins: _, ...row }, index): ReleaseSummary => {
    const lastPublishedAt = row.lastPublishedAt === null ? null : new Date(row.lastPublishedAt);
    return {
      ...row,
      origin: origins[index] ?? null,
      lastPublishedAt,
      lastPublishedBy: publishers.get(row.id) ?? null,
      status: row.id === liveId ? 'live' : lastPublishedAt ? 'previous' : 'draft',
    };
  });
  return { items, liveReleaseId: liveId };
}

/** Who last made each of these releases live (publish or rollback), by release id. */
async function lastPublishers(tx: DbOrTx, releaseIds: number[]): Promise<Map<number, string | null>> {
  if (releaseIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([conversationReleasePublications.releaseId], {
      releaseId: conversationReleasePublications.releaseId,
      publishedBy: conversationReleasePublications.publishedBy,
    })
    .from(conversationReleasePublications)
    .where(inArray(conversationReleasePublications.releaseId, releaseIds))
    .orderBy(conversationReleasePublications.releaseId, desc(conversationReleasePublications.seq));
  return new Map(rows.map((row) => [row.releaseId, row.publishedBy]));
}

/** One release with its versions, or null. */
export async function findRelease(tx: DbOrTx, releaseId: number): Promise<ReleaseDetail | null> {
  const [release] = await tx.select().from(conversationReleases).where(eq(conversationReleases.id, releaseId));
  const content = await readReleaseContent(tx, releaseId);
  if (!release || !content) return null;
  const liveId = await findLiveReleaseId(tx);
  const [published] = await tx
    .select({ at: max(conversationReleasePublications.publishedAt) })
    .from(conversationReleasePublications)
    .where(eq(conversationReleasePublications.releaseId, releaseId));
  const lastPublishedAt = published?.at ? new Date(published.at) : null;
  const [origin = null] = await originsOf(tx, [release]);
  const { madeBeforeOrigins: _, ...columns } = release;
  return {
    ...columns,
    ...content,
    origin,
    status: releaseId === liveId ? 'live' : lastPublishedAt ? 'previous' : 'draft',
    lastPublishedAt,
    lastPublishedBy: (await lastPublishers(tx, [releaseId])).get(releaseId) ?? null,
    flowCount: content.flows.length,
    templateCount: content.templates.length,
    textGroupCount: new Set(content.templates.map((ref) => ref.namespace)).size,
  };
}

/**
 * The releases' origins (`releaseOriginOf`); a flow read from an older release's name gets the title its version has
 * (one query for them all), so an older release is named like a new one.
 */
async function originsOf(
  tx: DbOrTx,
  rows: ReadonlyArray<{ origin: unknown; name: string; madeBeforeOrigins: boolean }>,
): Promise<Array<ReleaseOrigin | null>> {
  const origins = rows.map((row) => releaseOriginOf({ stored: row.origin, ...row }));
  const untitled = origins.flatMap((origin) =>
    origin?.kind === 'flow' && origin.title === null ? [{ flowId: origin.flowId, version: origin.version }] : [],
  );
  if (untitled.length === 0) return origins;
  const titled = await tx
    .select({
      flowId: conversationFlowVersions.flowId,
      version: conversationFlowVersions.version,
      title: sql<string | null>`${conversationFlowVersions.definition}->>'title'`,
    })
    .from(conversationFlowVersions)
    .where(
      sql`(${conversationFlowVersions.flowId}, ${conversationFlowVersions.version}) in (${sql.join(
        untitled.map((ref) => sql`(${ref.flowId}, ${ref.version})`),
        sql`, `,
      )})`,
    );
  const titles = new Map(titled.map((row) => [`${row.flowId}@${row.version}`, row.title]));
  return origins.map((origin) =>
    origin?.kind === 'flow' && origin.title === null
      ? { ...origin, title: titles.get(`${origin.flowId}@${origin.version}`) ?? null }
      : origin,
  );
}

/** What changed from one release's content to another's: only flows and namespaces whose version differs. */
export function diffContents(
  from: { id: number; content: ReleaseContent },
  to: { id: number; content: ReleaseContent },
): ReleaseDiff {
  const fromFlows = new Map(from.content.flows.map((ref) => [ref.flowId, ref.version]));
  const toFlows = new Map(to.content.flows.map((ref) => [ref.flowId, ref.version]));
  const flowIds = [...new Set([...fromFlows.keys(), ...toFlows.keys()])].sort();
  const fromTemplates = new Map(from.content.templates.map((ref) => [templateKey(ref), ref]));
  const toTemplates = new Map(to.content.templates.map((ref) => [templateKey(ref), ref]));
  const templateKeys = [...new Set([...fromTemplates.keys(), ...toTemplates.keys()])];
  const templates = templateKeys.flatMap((key) => {
    const before = fromTemplates.get(key);
    const after = toTemplates.get(key);
    const ref = after ?? before;
    if (!ref || before?.version === after?.version) return [];
    return [
      { namespace: ref.namespace, language: ref.language, from: before?.version ?? null, to: after?.version ?? null },
    ];
  });
  return {
    from: from.id,
    to: to.id,
    flows: flowIds.flatMap((flowId) => {
      const before = fromFlows.get(flowId) ?? null;
      const after = toFlows.get(flowId) ?? null;
      return before === after ? [] : [{ flowId, from: before, to: after }];
    }),
    templates: templates.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.language.localeCompare(b.language)),
  };
}
