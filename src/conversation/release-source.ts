import { languageSchema } from './channel.js';
import type { FlowSource, VersionedFlow } from './flow-source.js';
import {
  createTemplateRenderer,
  loadTemplateResources,
  type TemplateDefaults,
  type TemplateRenderer,
  type TemplateResources,
} from './template-renderer.js';

/** What a conversation runs on: one release's flows (a version of each) and its texts. */
export interface ReleaseView {
  /** The stored release; null for flows and templates that are no stored release (unit tests, the simulator). */
  id: number | null;
  flows: readonly VersionedFlow[];
  templates: TemplateRenderer;
}

/**
 * Where the turn runner finds releases: the live one for a new conversation, and the one a conversation in flight
 * started on (pinned in its session), so publishing never changes the flows or the texts of a conversation under way.
 */
export interface ReleaseSource {
  live(): Promise<ReleaseView>;
  /** A release by id, or null when there is none (the runner then continues on the live one). */
  find(releaseId: number): Promise<ReleaseView | null>;
}

/** One unnamed release made of the given flows and templates; nothing is pinned (tests, the simulator, the CLI). */
export function createFixedReleaseSource(flows: FlowSource, templates: TemplateRenderer): ReleaseSource {
  return {
    live: async () => ({ id: null, flows: await flows.listPublished(), templates }),
    find: () => Promise.resolve(null),
  };
}

export interface StoredReleaseSourceOptions {
  /** The flow store (or anything that reads releases the same way). */
  store: {
    liveReleaseId(): Promise<number | null>;
    loadRelease(
      releaseId: number,
    ): Promise<{ id: number; flows: VersionedFlow[]; templates: TemplateResources } | null>;
  };
  /** Shipped templates, the base under each release's (a key a release lacks falls back to the file's). */
  templatesDir?: string;
  /** Variables every template sees (`province.*`, `you`; see `TemplateRendererOptions.defaults`). */
  defaults?: TemplateDefaults;
  /** Releases kept loaded (each holds its flows and a renderer). Default 8: the live one and a few pinned. */
  maxCached?: number;
}

/**
 * Releases from the flow store, each with its own renderer, kept in a small least-recently-used cache: releases are
 * immutable, so a cached one never goes stale; which one is live is asked of the store (which caches it briefly).
 */
export function createStoredReleaseSource(options: StoredReleaseSourceOptions): ReleaseSource {
  const maxCached = options.maxCached ?? 8;
  const files = options.templatesDir ? loadTemplateResources(options.templatesDir) : {};
  const cache = new Map<number, Promise<ReleaseView | null>>();

  function render(stored: TemplateResources): TemplateRenderer {
    const merged: TemplateResources = {};
    for (const language of languageSchema.options) {
      const combined = { ...files[language], ...stored[language] };
      if (Object.keys(combined).length > 0) merged[language] = combined;
    }
    return createTemplateRenderer({ resources: merged, ...(options.defaults ? { defaults: options.defaults } : {}) });
  }

  function find(releaseId: number): Promise<ReleaseView | null> {
    const cached = cache.get(releaseId);
    if (cached) {
      // Most recently used last: the first key is the one to evict.
      cache.delete(releaseId);
      cache.set(releaseId, cached);
      return cached;
    }
    const loading = options.store
      .loadRelease(releaseId)
      .then((loaded) => (loaded ? { id: loaded.id, flows: loaded.flows, templates: render(loaded.templates) } : null));
    cache.set(releaseId, loading);
    // A failed load (an outage) or a release that does not exist is asked again next time.
    void loading.then(
      (view) => {
        if (!view) cache.delete(releaseId);
      },
      () => {
        cache.delete(releaseId);
      },
    );
    while (cache.size > maxCached) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return loading;
  }

  let empty: ReleaseView | null = null;
  return {
    find,
    async live() {
      const releaseId = await options.store.liveReleaseId();
      // Before the first publish there is nothing to run: no flows, the shipped texts only.
      if (releaseId === null) return (empty ??= { id: null, flows: [], templates: render({}) });
      return (await find(releaseId)) ?? (empty ??= { id: null, flows: [], templates: render({}) });
    },
  };
}
