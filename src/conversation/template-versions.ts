import { and, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db.js';
import { readLiveContent } from './release-store.js';
import { conversationTemplateVersions } from './schema.js';

/** One template namespace in one language, as the admin API lists it. */
export interface TemplateNamespaceView {
  namespace: string;
  language: string;
  latestVersion: number;
  publishedVersion: number | null;
}

export interface TemplateVersionView {
  namespace: string;
  language: string;
  version: number;
  createdBy: string | null;
  createdAt: string;
  published: boolean;
}

// The flow store writes and publishes template versions; these are the reads the admin API lists them with.

/** Every namespace and language with its latest and published version numbers, sorted by namespace then language. */
export async function listTemplateNamespaces(db: DbOrTx): Promise<TemplateNamespaceView[]> {
  const latest = await db
    .select({
      namespace: conversationTemplateVersions.namespace,
      language: conversationTemplateVersions.language,
      latestVersion: max(conversationTemplateVersions.version),
    })
    .from(conversationTemplateVersions)
    .groupBy(conversationTemplateVersions.namespace, conversationTemplateVersions.language);
  const { content } = await readLiveContent(db);
  const publishedByKey = new Map(content.templates.map((ref) => [`${ref.language}/${ref.namespace}`, ref.version]));
  return latest
    .map((row) => ({
      namespace: row.namespace,
      language: row.language,
      latestVersion: row.latestVersion ?? 0,
      publishedVersion: publishedByKey.get(`${row.language}/${row.namespace}`) ?? null,
    }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.language.localeCompare(b.language));
}

/** The versions of one namespace in one language, newest first (empty when the namespace is unknown). */
export async function listTemplateVersions(
  db: DbOrTx,
  namespace: string,
  language: string,
): Promise<TemplateVersionView[]> {
  const published = await findPublishedTemplateVersion(db, namespace, language);
  const rows = await db
    .select({
      version: conversationTemplateVersions.version,
      createdBy: conversationTemplateVersions.createdBy,
      createdAt: conversationTemplateVersions.createdAt,
    })
    .from(conversationTemplateVersions)
    .where(
      and(eq(conversationTemplateVersions.namespace, namespace), eq(conversationTemplateVersions.language, language)),
    )
    .orderBy(desc(conversationTemplateVersions.version));
  return rows.map((row) => ({
    namespace,
    language,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    published: row.version === published,
  }));
}

/** The row of one version of a namespace's texts in one language. */
const versionIs = (namespace: string, language: string, version: number) =>
  and(
    eq(conversationTemplateVersions.namespace, namespace),
    eq(conversationTemplateVersions.language, language),
    eq(conversationTemplateVersions.version, version),
  );

/** The content of one template version, or null when it does not exist. */
export async function findTemplateVersionContent(
  db: DbOrTx,
  namespace: string,
  language: string,
  version: number,
): Promise<{ content: unknown } | null> {
  const [row] = await db
    .select({ content: conversationTemplateVersions.content })
    .from(conversationTemplateVersions)
    .where(versionIs(namespace, language, version));
  return row ? { content: row.content } : null;
}

/** Whether that template version exists (without reading its texts). */
export async function templateVersionExists(
  db: DbOrTx,
  namespace: string,
  language: string,
  version: number,
): Promise<boolean> {
  const rows = await db
    .select({ version: conversationTemplateVersions.version })
    .from(conversationTemplateVersions)
    .where(versionIs(namespace, language, version));
  return rows.length > 0;
}

/** The version of one namespace in one language in the live release, or null when it has none. */
export async function findPublishedTemplateVersion(
  db: DbOrTx,
  namespace: string,
  language: string,
): Promise<number | null> {
  const { content } = await readLiveContent(db);
  return content.templates.find((ref) => ref.namespace === namespace && ref.language === language)?.version ?? null;
}
