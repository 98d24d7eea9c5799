import { and, desc, eq, max } from 'drizzle-orm';
import { conversationTemplatePublications, conversationTemplateVersions } from './schema.js';
import type { DbOrTx } from '../platform/db.js';

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

// The flow store writes and publishes template versions; listing them is a read the store does not offer, so the admin
// API reads the conversation module's exported tables directly.

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
  const published = await db
    .select({
      namespace: conversationTemplatePublications.namespace,
      language: conversationTemplatePublications.language,
      version: conversationTemplatePublications.version,
    })
    .from(conversationTemplatePublications);
  const publishedByKey = new Map(published.map((row) => [`${row.language}/${row.namespace}`, row.version]));
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
    .where(
      and(
        eq(conversationTemplateVersions.namespace, namespace),
        eq(conversationTemplateVersions.language, language),
        eq(conversationTemplateVersions.version, version),
      ),
    );
  return row ? { content: row.content } : null;
}

/** The published version number of one namespace in one language, or null when none is published. */
export async function findPublishedTemplateVersion(
  db: DbOrTx,
  namespace: string,
  language: string,
): Promise<number | null> {
  const [row] = await db
    .select({ version: conversationTemplatePublications.version })
    .from(conversationTemplatePublications)
    .where(
      and(
        eq(conversationTemplatePublications.namespace, namespace),
        eq(conversationTemplatePublications.language, language),
      ),
    );
  return row?.version ?? null;
}
