/** One commune of the catalogue: what the name lookup needs of the LGSP's administrative units. */
export interface CommuneUnit {
  code: string;
  name: string;
}

export type CommuneCatalogueResult = { status: 'ok'; value: CommuneUnit[] } | { status: 'not_found' | 'unavailable' };

/**
 * Commune code → name, from the LGSP's catalogue of the province (`PROVINCE_CODE`, the one feedback places are matched
 * in). Kept in memory for `ttlMs` (a fan-out renders thousands of messages a minute; the LGSP client caches the
 * catalogue in Redis for a day besides); a failed read is tried again after a minute.
 */
export function createCommuneNames(options: CommuneCatalogueOptions): (code: string) => Promise<string | null> {
  return createCommuneCatalogue(options).name;
}

export interface CommuneCatalogueOptions {
  load: () => Promise<CommuneCatalogueResult>;
  ttlMs?: number;
  clock?: () => number;
}

/** The province's communes, read through the same cache. */
export interface CommuneCatalogue {
  /** A code's name; null for a code the catalogue does not know, or while it cannot be read. */
  name(code: string): Promise<string | null>;
  /** Every commune (code, name) in the catalogue's order; null while the catalogue cannot be read. */
  list(): Promise<CommuneUnit[] | null>;
}

/** {@link createCommuneNames}, with the whole list besides (the admin API's commune picker and audience check). */
export function createCommuneCatalogue(options: CommuneCatalogueOptions): CommuneCatalogue {
  const ttlMs = options.ttlMs ?? 3_600_000;
  const clock = options.clock ?? Date.now;
  let names: Map<string, string> | null = null;
  let units: CommuneUnit[] | null = null;
  let until = 0;
  let loading: Promise<void> | null = null;

  async function load() {
    const result = await options.load().catch(() => ({ status: 'unavailable' as const }));
    if (result.status === 'ok') {
      names = new Map(result.value.map((unit) => [unit.code, unit.name]));
      units = result.value.map((unit) => ({ code: unit.code, name: unit.name }));
      until = clock() + ttlMs;
    } else {
      until = clock() + 60_000;
    }
  }

  async function fresh() {
    if (clock() >= until) {
      loading ??= load().finally(() => (loading = null));
      await loading;
    }
  }

  return {
    async name(code) {
      await fresh();
      return names?.get(code) ?? null;
    },
    async list() {
      await fresh();
      return units;
    },
  };
}
