import { z } from 'zod';
import { languageSchema } from './channel.js';

/**
 * What a release the server made itself is, for screens to name it in their language: the shipped files imported,
 * one flow version published (or put back), one text namespace's versions published. A release an editor drafts has
 * none: its name is the one they typed.
 */
export const releaseOriginSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('shipped'),
      forced: z.boolean().meta({ description: '`npm run flows -- import --force`: the shipped files over changes' }),
    }),
    z.object({
      kind: z.literal('flow'),
      flowId: z.string(),
      title: z.string().nullable().meta({ description: "The version's title; null when it has none" }),
      version: z.number().int(),
      rollback: z.boolean().meta({ description: 'An earlier version put back' }),
    }),
    z.object({
      kind: z.literal('texts'),
      namespace: z.string(),
      versions: z.array(z.object({ language: languageSchema, version: z.number().int() })).min(1),
    }),
  ])
  .meta({
    id: 'ReleaseOrigin',
    description:
      'What the server published, for a screen to name the release in its language: `shipped` (the shipped flows ' +
      'and texts imported), `flow` (one flow version published, or put back: `rollback`), `texts` (one text ' +
      "namespace's versions). Null for a release someone drafted and named.",
  });
export type ReleaseOrigin = z.infer<typeof releaseOriginSchema>;

// The names the server gave its releases before it stored their origin (`flow-store.ts`, `seed-flow-store.ts`).
const SHIPPED = /^shipped flows and templates( \(forced import\))?$/;
const FLOW = /^(publish|rollback of) ([a-z][a-z0-9_]*) v(\d+)$/;
const TEXTS = /^publish templates (.+)$/;
const TEXTS_VERSION = /^([a-z]{2})\/([a-z][a-z0-9_-]*) v(\d+)$/;

/**
 * A release's origin: the one stored, else, for a release made before origins were stored (`madeBeforeOrigins`), what
 * the name the server gave it says ("publish help v2", "publish templates vi/smalltalk v3, en/smalltalk v2"), else null:
 * a name someone typed (any name, on a release made since, however it reads), or one no longer understood. A flow read
 * from its name has no title yet (`title: null`).
 */
export function releaseOriginOf(release: {
  stored: unknown;
  name: string;
  madeBeforeOrigins: boolean;
}): ReleaseOrigin | null {
  const { stored, name } = release;
  if (stored !== null && stored !== undefined) {
    const parsed = releaseOriginSchema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  }
  if (!release.madeBeforeOrigins) return null;
  const shipped = SHIPPED.exec(name);
  if (shipped) return { kind: 'shipped', forced: shipped[1] !== undefined };
  const flow = FLOW.exec(name);
  if (flow) {
    const [, verb, flowId = '', version] = flow;
    return { kind: 'flow', flowId, title: null, version: Number(version), rollback: verb === 'rollback of' };
  }
  const texts = TEXTS.exec(name)?.[1]
    ?.split(', ')
    .map((part) => TEXTS_VERSION.exec(part));
  if (!texts?.every((match) => match !== null)) return null;
  const namespaces = new Set(texts.map((match) => match[2]));
  const versions = texts.flatMap((match) => {
    const language = languageSchema.safeParse(match[1]);
    return language.success ? [{ language: language.data, version: Number(match[3]) }] : [];
  });
  const [namespace] = namespaces;
  if (namespaces.size !== 1 || namespace === undefined || versions.length !== texts.length) return null;
  return { kind: 'texts', namespace, versions };
}
